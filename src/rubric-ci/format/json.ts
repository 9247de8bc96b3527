import { summarize, type LintReport } from "./lint-report.js";
import { errorLine } from "../../report/common.js";
import { countFindings } from "../../load/first-findings.js";
import { jsonText } from "../../report/json-bidi.js";

/** A stable JSON shape: per file its findings (rule, severity, line, col, path, message, params), and a summary. */
export function formatLintJson(report: LintReport): string {
  const s = summarize(report);
  return jsonText({
    tool: report.tool,
    fail_severity: report.failSeverity,
    summary: { files: s.files, errors: s.errors, warnings: s.warnings, failed: s.failed, accepted: s.accepted },
    files: report.files.map((f) => ({
      file: f.file,
      unreadable: f.unreadable,
      ...countFindings(f.findings),
      accepted: f.accepted ?? 0,
      acceptances: (f.acceptances ?? []).map((a) => ({
        rule: a.rule, code: a.code ?? null, reason: a.reason, line: a.line ?? null, col: a.col ?? null,
        warnings: a.warnings.map((d) => ({ line: d.line ?? null, col: d.col ?? null, path: d.path ?? null, message: errorLine(d, report.lang), params: d.params })),
      })),
      findings: f.findings.map((d) => ({
        rule: d.code, severity: d.severity, line: d.line ?? null, col: d.col ?? null, path: d.path ?? null,
        message: errorLine(d, report.lang), params: d.params,
      })),
    })),
  });
}
