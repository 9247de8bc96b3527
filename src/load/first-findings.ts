import type { DiagnosticInput } from "./diagnostic.js";
import { withFrame, type LocatedDiagnostic } from "./located.js";

/** Findings shown per file: past this many, a file (a generated one, most likely) is better fixed from the first ones. */
export const MAX_FINDINGS_PER_FILE = 100;

/** A file's first findings, and past the limit one more saying how many are left (a YAML slip can set off thousands). */
export function firstFindings(all: LocatedDiagnostic[], file: string): LocatedDiagnostic[] {
  return firstOf(all, file, (d) => d);
}

/**
 * The first findings of a file's text, each with its code frame: cut before the frames are made (a file with a
 * syntax error on every line set off 1,216 findings, and framing them all took 17 ms of which 15 were thrown away).
 */
export function firstFindingsPlaced(all: DiagnosticInput[], file: string, text: string): LocatedDiagnostic[] {
  return firstOf(all, file, (d) => withFrame(d, file, text));
}

function firstOf<T extends { severity?: LocatedDiagnostic["severity"] }>(all: T[], file: string, place: (d: T) => LocatedDiagnostic): LocatedDiagnostic[] {
  if (all.length <= MAX_FINDINGS_PER_FILE) return all.map(place);
  const shown = all.slice(0, MAX_FINDINGS_PER_FILE).map(place);
  const rest = all.slice(MAX_FINDINGS_PER_FILE);
  // A finding given without a severity is an error (as withFrame makes it).
  const isError = (d: T) => (d.severity ?? "error") === "error";
  const severity = all.some(isError) ? "error" : "warning";
  // What the left-out findings are, so that a summary counts every finding, not the ones shown.
  const errors = rest.filter(isError).length;
  return [...shown, { code: "more-findings", severity, file, params: { count: rest.length, errors, warnings: rest.length - errors } }];
}

/** Errors and warnings among findings; the marker of those left out past a file's limit counts what it stands for. */
export function countFindings(findings: LocatedDiagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of findings) {
    if (d.code === "more-findings") { errors += Number(d.params.errors ?? 0); warnings += Number(d.params.warnings ?? 0); }
    else if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
  }
  return { errors, warnings };
}
