import type { Lang } from "../../core/rubric.js";
import type { LocatedDiagnostic } from "../../load/located.js";
import { countFindings } from "../../load/first-findings.js";
import { atOrAbove, type Severity } from "../lint/catalogue.js";
import type { LintedFile } from "../lint/lint-file.js";

/** What every lint output format is made from; file names are already as the user should see them. */
export interface LintReport {
  tool: { name: string; version: string };
  lang: Lang;
  failSeverity: Severity;
  files: LintedFile[];
  /** Warnings --quiet left out of `files` (they do not fail the run). */
  hidden?: number;
}

interface LintSummary { files: number; errors: number; warnings: number; failed: boolean; unreadable: number; accepted: number }

export function summarize(report: LintReport): LintSummary {
  const all = report.files.flatMap((f) => f.findings);
  return {
    files: report.files.length,
    ...countFindings(all),
    failed: all.some((d) => fails(d, report.failSeverity)) || report.files.some((f) => f.unreadable),
    unreadable: report.files.filter((f) => f.unreadable).length,
    accepted: report.files.reduce((n, f) => n + (f.accepted ?? 0), 0),
  };
}

/** A finding at or above --fail-severity fails the run. */
export function fails(d: LocatedDiagnostic, threshold: Severity): boolean {
  return atOrAbove(d.severity, threshold);
}

