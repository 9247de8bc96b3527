import { FileExistsError, writeFileAtomic } from "../io/write-atomic.js";
import { formatJson } from "../report/json.js";
import type { ScoreReport } from "../report/report.js";
import { formatTable } from "../report/table.js";
import type { Context } from "./context.js";
import { UsageError } from "./errors.js";

/** Output options of `score`: which formats, and where they go. */
export interface OutputOptions {
  /** Comma-separated formats (`table,json`); default: from the -o extensions, else table. */
  format?: string;
  /** Files to write; the format comes from the extension unless --format names one. */
  output?: string[];
  outputDir?: string;
  force?: boolean;
  csvSep?: string;
  csvLayout?: string;
}

const FORMATS = ["table", "json"] as const;
type Format = (typeof FORMATS)[number];

/** Write the report in every requested format: to stdout, or atomically to files (never overwriting without --force). */
export async function emitReport(ctx: Context, report: ScoreReport, opts: OutputOptions): Promise<void> {
  const formats = (opts.format ?? "").split(",").map((f) => f.trim()).filter(Boolean);
  for (const f of formats) if (!FORMATS.includes(f as Format)) throw new UsageError("unknown-format", { format: f, formats: FORMATS.join(", ") });
  const render = (format: Format, toFile: boolean) => (format === "json" ? formatJson(report) : formatTable(report, ctx.lang, toFile ? ctx.plain : ctx.colorOut));
  const outputs = opts.output ?? [];
  if (outputs.length === 0) {
    const format = (formats[0] as Format | undefined) ?? "table";
    ctx.io.stdout(render(format, false));
    return;
  }
  for (const file of outputs) {
    const format = (formats.length === 1 ? formats[0] : file.endsWith(".json") ? "json" : "table") as Format;
    try { writeFileAtomic(file, render(format, true), { force: opts.force === true }); }
    catch (e) { if (e instanceof FileExistsError) throw new UsageError("output-exists", { file: e.file }); throw e; }
  }
}
