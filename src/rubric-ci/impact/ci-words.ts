import type { Lang } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { terminalSafe } from "../../report/terminal-safe.js";
import type { AnswerNote, InvalidFile } from "./corpus.js";
import { isNotRead } from "../../load/read.js";
import type { AgencyImpact } from "./rescore.js";
import { impactDecimals, onlyInvalidData, type ImpactReport } from "./run-impact.js";
import type { BudgetBreach } from "./summary.js";
import { anyVerified, budgetLine, cohortLabel, impactNamesakes, noteReason, noteText, rankText, reasonText, scoreCell, summaryLines } from "./words.js";
import { refusesFile } from "./summary.js";
import { assessCommand, shellWord } from "../../load/shell-word.js";
import { signedPoints } from "../../report/common.js";

/** The sentences of the CI formats (github, junit): one per agency, whole, since each stands alone in a CI's list. */

/** Each agency's breaches by its file (one agency a file): the CI formats put them on the agency. */
export function breachesByFile(report: ImpactReport): Map<string, BudgetBreach[]> {
  const out = new Map<string, BudgetBreach[]>();
  for (const b of report.budgets.breaches) if (b.file !== "") out.set(b.file, [...(out.get(b.file) ?? []), b]);
  return out;
}

/**
 * An agency compared: "Sở A (so-a): total 90.00 → 40.00 (−50.00), rank 1 → 3/5", then the budgets it is over.
 * An agency scored under one version only: why not under the other, and that no budget can be checked on it.
 */
export function agencyText(report: ImpactReport, a: AgencyImpact, breaches: readonly BudgetBreach[], lang: Lang): string {
  const d = impactDecimals(report);
  const who = { name: a.agency.name, id: a.agency.id };
  if (a.delta === null) {
    const side = a.old ? "new" : "old";
    const code = a.unscorable[side] ?? "";
    const text = message(lang, "impact-ci-unscorable", { ...who, side: message(lang, `impact-side-${side}`), version: report[side].version, reason: reasonText(code, side, lang) ?? code });
    return breaches.length > 0 ? `${text}; ${message(lang, "impact-ci-unbounded")}` : text;
  }
  const text = message(lang, "impact-ci-agency", { ...who, old: scoreCell(a, "old", d, lang), new: scoreCell(a, "new", d, lang), delta: signedPoints(a.delta, d, lang), rank: rankText(a, (id) => cohortLabel(report, id, lang)) });
  const points = breaches.find((b) => b.kind === "points")?.budget;
  const rank = breaches.find((b) => b.kind === "rank" || b.kind === "cohort-changed")?.budget;
  const over = points !== undefined && rank !== undefined ? message(lang, "impact-ci-over-both", { points, rank })
    : points !== undefined ? message(lang, "impact-ci-over-points", { budget: points })
    : rank !== undefined ? message(lang, "impact-ci-over-rank", { budget: rank }) : undefined;
  // A total marked ᵛ is said what it is: no legend stands beside an annotation, as one does under md's table.
  const mark = anyVerified([a]) ? ` (${message(lang, "impact-verified-mark")})` : "";
  return (over === undefined ? text : `${text}; ${over}`) + mark;
}

/**
 * Where `score` would refuse the agency's file under the new version as it is written (answers it does not take,
 * evidence short of it): which answers and why, and the command that corrects it. A CI annotation stands alone: the
 * summary that says it is on standard error, away from the file. Undefined where the file is taken as it is.
 */
export function refusalText(report: ImpactReport, a: AgencyImpact, lang: Lang): string | undefined {
  const refusing = a.notes.new.filter((n) => refusesFile(n) || n.evidence);
  if (refusing.length === 0) return undefined;
  const answers = refusing.map((n) => `${n.code} (${n.ticks !== undefined ? `${n.ticks.join(", ")}: ${reasonText("not-allowed-value", "new", lang)}` : noteReason(n, "new", lang)})`);
  return message(lang, "impact-ci-refused", { version: report.new.version, answers: [...new Set(answers)].join("; "), command: assessCommand(a.file, shellWord(report.new.file)) });
}

/** Why an invalid corpus file was left out (or one not read): under the version it was checked against, where it got that far. */
export function invalidText(report: ImpactReport, f: InvalidFile, lang: Lang): string {
  const code = f.diagnostics[0]?.code;
  if (f.side === undefined) return message(lang, code === "folder-unreadable" ? "impact-ci-unread-folder" : isNotRead(code) ? "impact-ci-unread" : "impact-ci-invalid");
  return message(lang, "impact-ci-invalid-under", { side: message(lang, `impact-side-${f.side}`), version: report[f.side].version });
}

/** An agency's answers carried or dropped, one line each with the version it was carried to. */
export function agencyNotes(a: AgencyImpact, lang: Lang, only?: (n: AnswerNote) => boolean): string[] {
  return (["old", "new"] as const).flatMap((side) => a.notes[side].filter((n) => only?.(n) ?? true).map((n) => `${message(lang, `impact-side-${side}`)}: ${noteText(n, side, lang)}`));
}

/** Answers carried to a code that asks another question in the other version (diff's retitled): the answer may now be wrong. */
export function retitledText(a: AgencyImpact, lang: Lang): string | undefined {
  const lines = agencyNotes(a, lang, (n) => n.reason === "retitled");
  return lines.length > 0 ? lines.join("; ") : undefined;
}

/** What a CI log says on standard error beside the annotations or the test report: the summary, then each budget kept or exceeded. */
export function ciSummary(report: ImpactReport, lang: Lang, format: "github" | "junit"): string[] {
  const budgets = (["points", "rank"] as const).map((kind) => budgetLine(kind, report.budgets[kind], report.budgets.breaches, lang));
  const lines = [...summaryLines(report.summary, impactDecimals(report), lang, (id) => cohortLabel(report, id, lang), impactNamesakes(report), report.new.file, format), ...budgets.filter((l): l is string => l !== undefined)];
  if (onlyInvalidData(report)) lines.push(message(lang, "impact-only-invalid"));
  // Names and cohort labels come from the corpus and the rubric: no control character reaches the terminal.
  return lines.map((l) => terminalSafe(l));
}
