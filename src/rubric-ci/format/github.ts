import { githubData, githubProperty } from "./escape.js";
import { findingText, type LintReport } from "./lint-report.js";

/** GitHub Actions workflow commands: each finding becomes an annotation on its file and line in the pull request. */
export function formatGithub(report: LintReport): string {
  const lines = report.files.flatMap((f) => f.findings.map((d) => annotation(d.severity, f.file, d, findingText(d, report.lang))));
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

/** One workflow command: `::error file=F,line=L,col=C,title=egov-score CODE::text` (line and col when known). */
export function annotation(level: string, file: string, d: { code: string; line?: number; col?: number }, text: string): string {
  const props = [`file=${githubProperty(file)}`];
  if (d.line !== undefined) props.push(`line=${d.line}`, `col=${d.col ?? 1}`);
  props.push(`title=${githubProperty(`egov-score ${d.code}`)}`);
  return `::${level} ${props.join(",")}::${githubData(text)}`;
}
