import path from "node:path";
import type { Command } from "commander";
import type { OutputOptions } from "./emit-report.js";

/** An option typed on the command line that changes nothing in this run, with the message that says why. */
interface UnusedOption { option: string; key: "option-unused-force" | "option-unused-force-dir" | "option-unused-csv" | "option-unused-group-ranks" | "option-unused-top-json" | "option-unused-limit-json" }

/**
 * Options given that this run does not use: said (not refused), so that nobody believes `--csv-sep ";"` made the
 * xlsx Excel-ready, or that `--force` protected or replaced something. Only what was typed counts, not defaults.
 */
export async function unusedOptions(command: Command): Promise<UnusedOption[]> {
  const typed = (name: string) => command.getOptionValueSource(name) === "cli";
  const opts = command.opts<{ output?: string | string[]; outputDir?: string }>();
  const unused: UnusedOption[] = [];
  // `-o -` is standard output: there is nothing to replace.
  const files = [opts.output ?? []].flat().filter((f) => f !== "-");
  if (typed("force") && files.length === 0 && opts.outputDir === undefined) {
    const key = command.options.some((o) => o.long === "--output-dir") ? "option-unused-force-dir" : "option-unused-force";
    unused.push({ option: "--force", key });
  }
  const csvOptions = [["csvSep", "--csv-sep"], ["csvLayout", "--csv-layout"]].filter(([name]) => typed(name!));
  if (csvOptions.length > 0) {
    const { planOutputs } = await import("./emit-report.js");
    // Only score has the csv options, and its -o is a list.
    if (!planOutputs(command.opts<OutputOptions>()).some((t) => t.format === "csv")) for (const [, option] of csvOptions) unused.push({ option: option!, key: "option-unused-csv" });
  }
  // The long csv has a row per indicator and no ranks per group; every other report shows them.
  if (typed("groupRanks") && command.opts<{ csvLayout?: string }>().csvLayout === "long") {
    const { planOutputs } = await import("./emit-report.js");
    if (planOutputs(command.opts<OutputOptions>()).every((t) => t.format === "csv")) unused.push({ option: "--group-ranks", key: "option-unused-group-ranks" });
  }
  // explain's json lists every gain and rubric impact's every agency (a program picks its own); only the text,
  // table and md are cut to --top or --limit.
  const cut = command.name() === "explain" ? (["top", "--top", "option-unused-top-json"] as const)
    : command.name() === "impact" ? (["limit", "--limit", "option-unused-limit-json"] as const) : undefined;
  if (cut && typed(cut[0])) {
    const { format, output } = command.opts<{ format?: string; output?: string }>();
    const json = format !== undefined ? format.toLowerCase() === "json" : output !== undefined && output !== "-" && path.extname(output).toLowerCase() === ".json";
    if (json) unused.push({ option: cut[1], key: cut[2] });
  }
  return unused;
}
