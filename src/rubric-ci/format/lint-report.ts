import type { Lang } from "../../core/rubric.js";
import { expectedText, foundText, message, suggestionText } from "../../i18n/messages.js";
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

interface LintSummary { files: number; errors: number; warnings: number; failed: boolean; unreadable: number }

export function summarize(report: LintReport): LintSummary {
  const all = report.files.flatMap((f) => f.findings);
  return {
    files: report.files.length,
    ...countFindings(all),
    failed: all.some((d) => fails(d, report.failSeverity)) || report.files.some((f) => f.unreadable),
    unreadable: report.files.filter((f) => f.unreadable).length,
  };
}

/** A finding at or above --fail-severity fails the run. */
export function fails(d: LocatedDiagnostic, threshold: Severity): boolean {
  return atOrAbove(d.severity, threshold);
}

/** The message of a finding on one line, with what was found and expected when the finding knows them. */
export function findingText(d: LocatedDiagnostic, lang: Lang): string {
  const p = d.params;
  const parts = [message(lang, d.code, p)];
  if (p.found !== undefined) parts.push(`${message(lang, "found")}: ${foundText(lang, d.code, p.found)}`);
  if (p.expected_key !== undefined) parts.push(`${message(lang, "expected")}: ${expectedText(lang, String(p.expected_key), p)}`);
  const suggested = suggestionText(lang, p);
  if (suggested !== undefined) parts.push(suggested);
  if (p.hint_date_part !== undefined) parts.push(message(lang, "date-without-time", p));
  if (p.hint_when_missing !== undefined) parts.push(message(lang, "when-missing-needs-required"));
  return parts.join("; ");
}
