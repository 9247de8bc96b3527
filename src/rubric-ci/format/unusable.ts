import type { Lang } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import type { LocatedDiagnostic } from "../../load/located.js";
import type { ChalkInstance } from "chalk";
import { formatDiagnostic, placeOf } from "../../report/diagnostics.js";
import { jsonText } from "../../report/json-bidi.js";
import { code, md } from "../../report/md-escape.js";
import { annotation } from "./github.js";
import type { JunitSuite } from "./junit.js";
import { errorLine } from "../../report/common.js";

/**
 * A rubric file that could not be loaded, said in the CI formats of `rubric test` and `rubric impact` alike: a
 * CI that publishes the test report or the annotations showed nothing where the command wrote none, the reason
 * only in the log.
 */
export interface UnusableRubric { file: string; diagnostics: LocatedDiagnostic[]; /** `rubric impact`'s OLD or NEW. */ role?: "old" | "new" }

type Show = (file: string) => string;

/** One suite per unusable rubric, its one case an error with every finding. */
export function unusableSuites(unusable: UnusableRubric[], lang: Lang, show: Show): JunitSuite[] {
  return unusable.map((u) => {
    const texts = u.diagnostics.map((x) => `${placeOf(show(x.file), x)} ${errorLine(x, lang)} [${x.code}]`);
    return { name: show(u.file), cases: [{ classname: show(u.file), name: "rubric", error: { type: u.diagnostics[0]?.code ?? "rubric-unusable", message: texts[0] ?? "", body: texts.join("\n") } }] };
  });
}

/** An error annotation at each finding of each unusable rubric. */
export function unusableAnnotations(unusable: UnusableRubric[], lang: Lang, show: Show): string[] {
  return unusable.flatMap((u) => u.diagnostics.map((x) => annotation("error", show(x.file), x, errorLine(x, lang))));
}

/** Findings as the json formats give them: located, said in the user's language, with their parameters. */
export function jsonFindings(list: LocatedDiagnostic[], lang: Lang, show: Show) {
  return list.map((d) => ({ code: d.code, file: show(d.file), line: d.line ?? null, col: d.col ?? null, path: d.path ?? null, message: errorLine(d, lang), params: d.params }));
}

/** Each unusable rubric with its findings: `rubric test`'s json lists them under `unusable`. */
export function unusableJson(unusable: UnusableRubric[], lang: Lang, show: Show) {
  return unusable.map((u) => ({ ...(u.role ? { role: u.role } : {}), file: show(u.file), errors: jsonFindings(u.diagnostics, lang, show) }));
}

/**
 * `rubric impact --format json` when OLD or NEW cannot be loaded: a document that says so (no agencies, no
 * summary: nothing was compared), where standard output or the -o file was left empty.
 */
export function unusableImpactJson(unusable: UnusableRubric[], tool: { name: string; version: string }, lang: Lang, show: Show): string {
  return jsonText({ tool, unusable: unusableJson(unusable, lang, show) });
}

/** The same as a pull-request comment: a title saying nothing was compared, then each rubric and its findings, located. */
/** The same as text, for a table report written to a file (-o): each finding as standard error shows it, code frame and all. */
export function unusableImpactText(unusable: UnusableRubric[], lang: Lang, color: ChalkInstance): string {
  const out = [message(lang, "impact-unusable-title"), ""];
  for (const u of unusable) out.push(message(lang, "rubric-unusable", { file: u.file }), ...u.diagnostics.map((x) => formatDiagnostic(x, lang, color) + "\n"));
  return out.join("\n");
}

export function unusableImpactMd(unusable: UnusableRubric[], lang: Lang, show: Show): string {
  const out = [`## ${md(message(lang, "impact-unusable-title"))}`, ""];
  for (const u of unusable) {
    out.push(`❌ ${md(message(lang, "rubric-unusable", { file: show(u.file) }))}`, "");
    out.push(...u.diagnostics.map((x) => `- ${code(placeOf(show(x.file), x))} ${md(errorLine(x, lang))} ${code(`[${x.code}]`)}`), "");
  }
  return out.join("\n");
}
