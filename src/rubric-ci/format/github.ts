import { githubData, githubProperty } from "./escape.js";
import { findingText, type LintReport } from "./lint-report.js";

/** GitHub Actions workflow commands: each finding becomes an annotation on its file and line in the pull request. */
export function formatGithub(report: LintReport): string {
  const lines = report.files.flatMap((f) => f.findings.map((d) => {
    const props = [`file=${githubProperty(f.file)}`];
    if (d.line !== undefined) props.push(`line=${d.line}`, `col=${d.col ?? 1}`);
    props.push(`title=${githubProperty(`egov-score ${d.code}`)}`);
    return `::${d.severity} ${props.join(",")}::${githubData(findingText(d, report.lang))}`;
  }));
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}
