import type { ChalkInstance } from "chalk";
import { message } from "../../i18n/messages.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { summarize, type LintReport } from "./lint-report.js";

/** The terminal format: each finding with its code frame, then one summary line. */
export function formatStylish(report: LintReport, color: ChalkInstance): string {
  const blocks = report.files.flatMap((f) => f.findings.map((d) => formatDiagnostic(d, report.lang, color)));
  const s = summarize(report);
  const line = s.errors + s.warnings === 0
    ? color.green(message(report.lang, "lint-clean", { files: s.files }))
    : (s.failed ? color.red : color.yellow)(message(report.lang, "lint-summary", { problems: s.errors + s.warnings, errors: s.errors, warnings: s.warnings, files: s.files }));
  return [...blocks, line].join("\n\n") + "\n";
}
