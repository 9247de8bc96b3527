import { message } from "../../i18n/messages.js";
import { placeOf } from "../../report/diagnostics.js";
import { junitXml, type JunitCase } from "./junit.js";
import { errorLine } from "../../report/common.js";
import { fails, type LintReport } from "./lint-report.js";

/**
 * One test suite per rubric file, one test case per finding: at or above --fail-severity a failure
 * (an unopenable file an error), below it a passing case whose output carries the warning. A clean file
 * is one passing case, so every file linted shows up in the CI's test list.
 */
export function formatLintJunit(report: LintReport): string {
  return junitXml("egov-score rubric lint", report.files.map((f) => {
    const cases: JunitCase[] = f.findings.map((d) => {
      const text = errorLine(d, report.lang);
      const where = placeOf(f.file, d);
      const body = `${where} ${message(report.lang, d.severity)} ${text} [${d.code}]`;
      const name = d.line !== undefined ? `${d.code} ${d.line}:${d.col ?? 1}` : d.code;
      if (f.unreadable) return { classname: f.file, name, error: { type: d.code, message: text, body } };
      return fails(d, report.failSeverity)
        ? { classname: f.file, name, failure: { type: d.code, message: text, body } }
        : { classname: f.file, name, output: body };
    });
    if (cases.length === 0) cases.push({ classname: f.file, name: "rubric lint" });
    return { name: f.file, cases };
  }));
}
