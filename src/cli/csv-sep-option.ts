import { UsageError } from "./errors.js";

/**
 * `--csv-sep` as typed, checked (see parseCsvSep): "," when not given; a usage error for one that cannot separate.
 * The csv module is loaded only to read a separator given (start-up of a one-file score).
 */
export async function csvSepOption(spec: string | undefined): Promise<string> {
  if (spec === undefined) return ",";
  const sep = (await import("../report/csv.js")).parseCsvSep(spec);
  // Shown escaped: a separator such as a carriage return would otherwise act on the terminal.
  if (sep === undefined) throw new UsageError("rpt-bad-csv-sep", { sep: JSON.stringify(spec).slice(1, -1) });
  return sep;
}
