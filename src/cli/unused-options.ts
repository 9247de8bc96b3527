import path from "node:path";
import type { Command } from "commander";
import type { OutputOptions } from "./emit-report.js";

/** An option typed on the command line that changes nothing in this run, with the message that says why. */
interface UnusedOption { option: string; key: "option-unused-force" | "option-unused-force-dir" | "option-unused-csv" | "option-unused-group-ranks" | "option-unused-top-json" | "option-unused-limit"; format?: string }

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
    // score's -o is a list; rubric show's, one file, is read alike (its --format one format, which score's list may be).
    if (!planOutputs(command.opts<OutputOptions>()).some((t) => t.format === "csv")) for (const [, option] of csvOptions) unused.push({ option: option!, key: "option-unused-csv" });
  }
  // The long csv has a row per indicator and no ranks per group; every other report shows them.
  if (typed("groupRanks") && command.opts<{ csvLayout?: string }>().csvLayout === "long") {
    const { planOutputs } = await import("./emit-report.js");
    if (planOutputs(command.opts<OutputOptions>()).every((t) => t.format === "csv")) unused.push({ option: "--group-ranks", key: "option-unused-group-ranks" });
  }
  // explain's json lists every gain, and rubric impact's json, github and junit every agency (a program or a CI
  // picks its own); only the text, table and md are cut to --top or --limit.
  const cut = command.name() === "explain" ? { name: "top", option: "--top", key: "option-unused-top-json", formats: ["json"], byExtension: { json: "json" } } as const
    : command.name() === "impact" ? { name: "limit", option: "--limit", key: "option-unused-limit", formats: ["json", "github", "junit"], byExtension: { json: "json", xml: "junit" } } as const : undefined;
  if (cut && typed(cut.name)) {
    const { format, output } = command.opts<{ format?: string; output?: string }>();
    const asked = format !== undefined ? format.toLowerCase() : output !== undefined && output !== "-" ? (cut.byExtension as Record<string, string>)[path.extname(output).slice(1).toLowerCase()] : undefined;
    if (asked !== undefined && (cut.formats as readonly string[]).includes(asked)) unused.push({ option: cut.option, key: cut.key, format: asked });
  }
  return unused;
}
