import type { Lang } from "../../core/rubric.js";
import { githubData, githubProperty } from "../format/escape.js";
import { annotation, githubCommands } from "../format/github.js";
import { errorLine } from "../../report/common.js";
import { agencyText, breachesByFile, invalidText, refusalText, retitledText } from "./ci-words.js";
import { changePlace, type ImpactPlaces } from "./places.js";
import { impactDecimals, invalidFails, onlyInvalidData, type ImpactReport } from "./run-impact.js";
import { breachText, changeCode, changeLabel, corpusLines, fieldText, titledChange, versionNotBumped, zeroNotes } from "./words.js";
import { message } from "../../i18n/messages.js";

/**
 * GitHub Actions workflow commands: each change of the rubric a notice at its line in the new rubric; each
 * agency over a budget an error at its id in its corpus file; agencies within budget nothing. What cannot be
 * scored (an agency under one version, an invalid corpus file) is an error where a budget is set, since it
 * fails the run then, and a warning otherwise, when the exit code stays 0; invalid files are errors too where
 * they are the whole corpus, which fails the run.
 */
export function formatImpactGithub(report: ImpactReport, lang: Lang, places: ImpactPlaces): string {
  const rubric = report.new.file;
  const at = (code: string, place: { line: number; col: number } | undefined) => ({ code: `rubric impact: ${code}`, ...place });
  const lines: string[] = [];
  const unbumped = versionNotBumped(report, lang);
  if (unbumped) lines.push(annotation("warning", rubric, at("version", places.setting("version")), unbumped));
  for (const f of report.diff.rubric) lines.push(annotation("notice", rubric, at(f.field, places.setting(f.field)), fieldText(f, lang)));
  for (const c of report.diff.items) lines.push(annotation("notice", rubric, at(`${changeLabel(c, lang)} ${changeCode(c)}`, changePlace(c, places)), titledChange(c, lang)));
  // Why answers now earn 0, at the indicator in the new rubric: an agency within budget has no annotation to say it.
  for (const z of zeroNotes(report, impactDecimals(report), lang)) lines.push(annotation("notice", rubric, at(`zeroed ${z.code}`, places.item(z.code)), `${message(lang, "impact-zero-title")} ${z.text}`));
  const breaches = breachesByFile(report);
  for (const a of report.agencies) {
    const mine = breaches.get(a.file) ?? [];
    // score would refuse the file under the new version: said at the file, within budget too (a warning: it does not fail the run).
    const refusal = refusalText(report, a, lang);
    // An answer given to another question than the code now asks: a warning too, since the answer may now be wrong.
    const retitled = retitledText(a, lang);
    // Within budget, or no budget set: nothing to point at, unless it could not be scored under one version, would be refused or answered another question.
    if (mine.length === 0 && a.delta !== null && refusal === undefined && retitled === undefined) continue;
    const text = [agencyText(report, a, mine, lang), refusal, retitled].filter((t) => t !== undefined).join("; ");
    lines.push(annotation(mine.length > 0 ? "error" : "warning", a.file, at(a.agency.id, places.agency(a.file)), text));
  }
  const invalidFail = invalidFails(report);
  for (const f of report.invalid) {
    // A warning beside the errors is not why the file is invalid: a warning still, which neither fails the run nor is counted as an error.
    for (const d of f.diagnostics) lines.push(annotation(invalidFail && d.severity === "error" ? "error" : "warning", f.file, d, `${invalidText(report, f, lang)}: ${errorLine(d, lang)}`));
  }
  // About the corpus as a whole (files of a third version, of other rubrics) and a corpus with no agency to compare: no file to point at.
  const title = githubProperty("egov-score rubric impact");
  for (const line of corpusLines(report, lang)) lines.push(`::notice title=${title}::${githubData(line)}`);
  for (const b of report.budgets.breaches.filter((x) => x.kind === "none-compared")) {
    lines.push(`::error title=${title}::${githubData(breachText(b, 0, lang))}`);
  }
  if (onlyInvalidData(report)) lines.push(`::error title=${title}::${githubData(message(lang, "impact-only-invalid"))}`);
  return githubCommands(lines, lang);
}
