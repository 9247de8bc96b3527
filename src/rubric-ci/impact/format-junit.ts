import type { Lang } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { placeOf } from "../../report/diagnostics.js";
import { junitXml, type JunitCase } from "../format/junit.js";
import { errorLine } from "../../report/common.js";
import { agencyNotes, agencyText, breachesByFile, invalidText } from "./ci-words.js";
import { changePlace, type ImpactPlaces } from "./places.js";
import { impactDecimals, invalidFails, onlyInvalidData, type ImpactReport } from "./run-impact.js";
import { breachText, changeCode, changeLabel, corpusLines, fieldText, titledChange, versionNotBumped, zeroNotes } from "./words.js";

/**
 * One suite for the change, its first case the rubric's changes (in its output), then one case per agency:
 * over a budget a failure, within budget (or with no budget) a pass, so every agency shows in the CI's test
 * list. What cannot be scored (an agency under one version, an invalid corpus file) is an error where a
 * budget is set, since it fails the run then; with none it passes, the reason in its output, as the exit code is 0,
 * unless every corpus file is invalid: then the run fails, and the invalid files are errors as under a budget.
 */
export function formatImpactJunit(report: ImpactReport, lang: Lang, places: ImpactPlaces): string {
  const rubric = report.new.file;
  const changes = [
    ...[versionNotBumped(report, lang)].filter((t): t is string => t !== undefined),
    ...report.diff.rubric.map((f) => `${placeOf(rubric, places.setting(f.field) ?? {})} ${fieldText(f, lang)}`),
    ...report.diff.items.map((c) => `${placeOf(rubric, changePlace(c, places) ?? {})} ${changeLabel(c, lang)} ${changeCode(c)} ${titledChange(c, lang)}`),
  ];
  // Why answers now earn 0, under the changes that made it so, each at its indicator in the new rubric.
  const zeroed = zeroNotes(report, impactDecimals(report), lang).map((z) => `${placeOf(rubric, places.item(z.code) ?? {})} ${z.text}`);
  if (zeroed.length > 0) changes.push(message(lang, "impact-zero-title"), ...zeroed);
  const cases: JunitCase[] = [{ classname: rubric, name: "rubric changes", output: changes.length > 0 ? changes.join("\n") : message(lang, "impact-no-changes") }];
  const breaches = breachesByFile(report);
  for (const a of report.agencies) {
    const mine = breaches.get(a.file) ?? [];
    const text = agencyText(report, a, mine, lang);
    const body = [`${placeOf(a.file, places.agency(a.file))} ${text}`, ...agencyNotes(a, lang)].join("\n");
    const name = `${a.agency.name} (${a.agency.id})`;
    if (mine.length === 0) { cases.push({ classname: a.file, name, output: body }); continue; }
    const problem = { type: mine[0]!.kind, message: text, body };
    cases.push(a.delta === null ? { classname: a.file, name, error: problem } : { classname: a.file, name, failure: problem });
  }
  for (const f of report.invalid) {
    const texts = f.diagnostics.map((d) => `${placeOf(f.file, d)} ${errorLine(d, lang)} [${d.code}]`);
    const body = [invalidText(report, f, lang), ...texts].join("\n");
    if (!invalidFails(report)) { cases.push({ classname: f.file, name: f.file, output: body }); continue; }
    // The error's type and message are the first error's: a warning listed before it is not why the file is invalid.
    const first = f.diagnostics.find((d) => d.severity === "error") ?? f.diagnostics[0];
    cases.push({ classname: f.file, name: f.file, error: { type: first?.code ?? "invalid", message: first ? errorLine(first, lang) : "", body } });
  }
  // The corpus as a whole: a failure where no agency could be compared, else a pass whose output says what of it was carried or skipped.
  const aboutCorpus = corpusLines(report, lang);
  const noneCompared = report.budgets.breaches.find((x) => x.kind === "none-compared");
  if (noneCompared) {
    const text = breachText(noneCompared, 0, lang);
    cases.push({ classname: "corpus", name: "corpus", failure: { type: noneCompared.kind, message: text, body: [text, ...aboutCorpus].join("\n") } });
  } else if (onlyInvalidData(report)) {
    const text = message(lang, "impact-only-invalid");
    cases.push({ classname: "corpus", name: "corpus", failure: { type: "only-invalid", message: text, body: [text, ...aboutCorpus].join("\n") } });
  } else if (aboutCorpus.length > 0) cases.push({ classname: "corpus", name: "corpus", output: aboutCorpus.join("\n") });
  const { old, new: now } = report;
  return junitXml("egov-score rubric impact", [{ name: `${old.id}@${old.version} → ${now.id}@${now.version}`, cases }]);
}
