import type { ChalkInstance } from "chalk";
import type { Lang } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { terminalSafe } from "../../report/terminal-safe.js";
import { wrapForTerminal } from "../../report/wrap.js";
import { summarize, type LintReport } from "./lint-report.js";

/** The terminal format: each finding with its code frame, then one summary line. */
/** `columns`: the terminal's width, when it goes to one (findings wrapped at spaces and frames cut, as validate shows them). */
/** `langOption`: the --lang given, kept in the commands the findings suggest on a terminal (not in a file written, which is shared). */
export function formatStylish(report: LintReport, color: ChalkInstance, columns?: number, langOption?: Lang): string {
  const blocks = report.files.flatMap((f) => f.findings.map((d) => formatDiagnostic(d, report.lang, color, columns, langOption)));
  const s = summarize(report);
  const hidden = report.hidden ?? 0;
  // With warnings left out by --quiet, "no problems" would not be true: "no errors", and how many were left out.
  const clean = message(report.lang, hidden > 0 ? "lint-no-errors" : "lint-clean", { files: s.files });
  const line = s.errors + s.warnings === 0
    ? color.green(clean)
    : (s.failed ? color.red : color.yellow)(message(report.lang, "lint-summary", { problems: s.errors + s.warnings, errors: s.errors, warnings: s.warnings, files: s.files }));
  const kept = acceptedLines(report).map((l) => wrapForTerminal(l, columns));
  return [...blocks, ...(kept.length > 0 ? [kept.join("\n")] : []), wrapForTerminal([line, ...lintAsides(report)].join(" "), columns)].join("\n\n") + "\n";
}

/** What the summary line leaves out and why: warnings --quiet hid, warnings the rubric's lint.accept keeps. */
export function lintAsides(report: LintReport): string[] {
  const hidden = report.hidden ?? 0;
  const { accepted } = summarize(report);
  return [...(hidden > 0 ? [message(report.lang, "lint-hidden", { hidden })] : []), ...(accepted > 0 ? [message(report.lang, "lint-accepted", { accepted })] : [])];
}

/**
 * Each lint.accept entry that kept warnings, at its own line: what it kept, where, and the reason written for it, so
 * that a reviewer of a rubric change sees what was accepted without reading the YAML.
 */
export function acceptedLines(report: LintReport): string[] {
  return report.files.flatMap((f) => (f.acceptances ?? []).map((a) => {
    const lines = [...new Set(a.warnings.map((w) => w.line ?? 1))];
    return message(report.lang, "lint-accepted-entry", {
      at: `${f.file}:${a.line ?? 1}:${a.col ?? 1}`, count: a.warnings.length, rule: a.rule, where: terminalSafe(a.where, true),
      places: lines.length, lines: lines.join(", "), reason: terminalSafe(a.reason, true),
    });
  }));
}
