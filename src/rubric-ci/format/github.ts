import type { Lang } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { githubData, githubProperty } from "./escape.js";
import { errorLine } from "../../report/common.js";
import type { LintReport } from "./lint-report.js";

/** GitHub Actions workflow commands: each finding becomes an annotation on its file and line in the pull request. */
export function formatGithub(report: LintReport): string {
  return githubCommands(report.files.flatMap((f) => f.findings.map((d) => annotation(d.severity, f.file, d, errorLine(d, report.lang)))), report.lang);
}

/** Annotations of one kind GitHub shows per step; the others are in the step's log only, dropped from the pull request unsaid. */
const SHOWN_PER_KIND = 10;
const KINDS = ["error", "warning", "notice"] as const;

/**
 * Workflow commands, a line each. Where a kind has more than GitHub shows, a notice first (shown: the first of its
 * kind) says how many of which kind there are and that the rest are in the step's log.
 */
export function githubCommands(lines: string[], lang: Lang): string {
  if (lines.length === 0) return "";
  const counts = KINDS.map((kind) => lines.filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`)).length);
  if (counts.every((n) => n <= SHOWN_PER_KIND)) return lines.join("\n") + "\n";
  counts[2]!++; // the notice below takes one of its kind's places
  const kinds = KINDS.flatMap((kind, i) => (counts[i]! > SHOWN_PER_KIND ? [message(lang, `github-kind-${kind}`, { count: counts[i]! })] : []));
  const hidden = counts.reduce((n, c) => n + Math.max(0, c - SHOWN_PER_KIND), 0);
  return [`::notice title=egov-score::${githubData(message(lang, "github-hidden", { kinds: kinds.join(", "), hidden }))}`, ...lines].join("\n") + "\n";
}

/** One workflow command: `::error file=F,line=L,col=C,title=egov-score CODE::text` (line and col when known). */
export function annotation(level: string, file: string, d: { code: string; line?: number; col?: number }, text: string): string {
  const props = [`file=${githubProperty(file)}`];
  if (d.line !== undefined) props.push(`line=${d.line}`, `col=${d.col ?? 1}`);
  props.push(`title=${githubProperty(`egov-score ${d.code}`)}`);
  return `::${level} ${props.join(",")}::${githubData(text)}`;
}
