/**
 * How a number was written, where YAML's reading may not be what was meant: 1.000 (read as 1, perhaps meant as
 * one thousand) and 0x10, 0o17 (read in another base). validate reports both; assess asks them again.
 */
export function doubtfulNumberSource(source: string): "ambiguous" | "non-decimal" | undefined {
  // One dot only: 1.000.000 is text to YAML (a wrong type, with its own hint).
  if (/^[-+]?[1-9]\d{0,2}\.\d{3}$/.test(source)) return "ambiguous";
  if (/^[-+]?0[xXoObB]/.test(source)) return "non-decimal";
  return undefined;
}

/**
 * The decimal reading of an ambiguous source (see doubtfulNumberSource) written so that it is ambiguous no more:
 * without its trailing zeros (1.200 → 1.2) or, having none, with one more (1.234 → 1.2340).
 */
export function unambiguousDecimal(source: string): string {
  const shorter = String(Number(source));
  return shorter.length < source.length ? shorter : `${source}0`;
}
