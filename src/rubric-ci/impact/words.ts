import { terminalSafe } from "../../report/terminal-safe.js";
import type { Lang, Text } from "../../core/rubric.js";
import { hasMessage, message, midSentence } from "../../i18n/messages.js";
import { dateText, formatPoints } from "../../report/format-number.js";
import type { RuleChange } from "./rule-changes.js";
import { truncateWords } from "../../core/truncate.js";
import { numberText } from "../../core/number-text.js";
import { namesakeIds, namesakeTag, signedPoints } from "../../report/common.js";
import { yearsIn, yearsOnlyChanged, type FieldChange, type ItemChange, type LabelledBands } from "./diff.js";
import type { AnswerNote, InvalidFile } from "./corpus.js";
import { isNotRead } from "../../load/read.js";
import type { AgencyImpact } from "./rescore.js";
import type { ZeroCause } from "./zeroed.js";
import type { MovedThreshold } from "./thresholds.js";
import { points } from "../show/describe-rule.js";
import { typeList } from "../../core/type-list.js";
import { quotedLabel } from "../../core/quoted-label.js";
import { refusesFile, type BudgetBreach, type ImpactSummary } from "./summary.js";
import { shellWord } from "../../load/shell-word.js";
import type { ImpactReport } from "./run-impact.js";

/** The sentences and cells shared by the table and Markdown formats of `rubric impact`. */

export function changeLabel(c: ItemChange, lang: Lang): string {
  if (c.change === "changed") {
    const title = c.fields.find((f) => f.field === "title");
    // Only its years: "year changed", as a new year's revision does to every such title, not "renamed".
    if (title && yearsOnlyChanged(title.old as Text, title.new as Text)) return message(lang, c.fields.length === 1 ? "impact-year-changed" : "impact-changed");
    if (title) return message(lang, "impact-renamed");
  }
  return message(lang, `impact-${c.change}`);
}

export function changeCode(c: ItemChange): string {
  return c.change === "recoded" ? `${c.old.code} → ${c.node.code}` : c.node.code;
}

export function changeDetails(c: ItemChange, lang: Lang): string {
  if (c.change === "added" || c.change === "removed") return `${message(lang, "impact-field-max")} ${c.node.max}`;
  return c.fields.map((f) => fieldText(f, lang)).join("; ");
}

/** A change on one line: its title, and what changed where anything did (a code moved alone has nothing more to say). */
export function titledChange(c: ItemChange, lang: Lang): string {
  const details = changeDetails(c, lang);
  return details === "" ? c.node.title[lang] : `${c.node.title[lang]}: ${details}`;
}

export function fieldText(f: FieldChange, lang: Lang): string {
  if (f.field === "title" && yearsOnlyChanged(f.old as Text, f.new as Text)) {
    const years = (t: string | Text) => [...new Set(yearsIn((t as Text)[lang]))].join(", ");
    return `${message(lang, "impact-field-title-year")}: ${years(f.old)} → ${years(f.new)}`;
  }
  if (f.rule) return `${message(lang, "impact-field-rule")}: ${f.rule.map((c) => ruleChangeText(c, lang)).join("; ")}`;
  if (f.bands) {
    const relabelled = f.relabelled ? ` (${message(lang, "impact-bands-relabelled", { count: f.relabelled })})` : "";
    return `${message(lang, `impact-field-${f.field}`)}: ${levelChanges(f.bands.old, f.bands.new, lang) ?? `${bandSetsText(f.bands.old, lang)} → ${bandSetsText(f.bands.new, lang)}`}${relabelled}`;
  }
  // A text changed in the other language only: that language's, named, not the same words on both sides.
  const other: Lang = lang === "vi" ? "en" : "vi";
  const inOther = typeof f.old !== "string" && typeof f.new !== "string" && f.old[lang] === f.new[lang] && f.old[other] !== f.new[other];
  const shown = inOther ? other : lang;
  // The texts a revision changes are names (a title, an option's or an agency type's label): quoted as names are.
  const show = (v: string | Text) => (typeof v === "string" ? termsIn(f.field, v, lang) : quotedLabel(v[shown], lang));
  const name = f.field.startsWith("option:") ? message(lang, "impact-field-option", { id: f.field.slice("option:".length) })
    : f.field.startsWith("agency_type:") ? message(lang, "impact-field-agency-type", { id: f.field.slice("agency_type:".length) })
    : message(lang, `impact-field-${f.field}`);
  return `${inOther ? `${name} (${other})` : name}: ${show(f.old)} → ${show(f.new)}`;
}

/**
 * Where the sets, their types, bases and numbers of levels stayed, the levels that changed: a minimum moved ("Good:
 * ≥ 80 % → ≥ 85 %"), a label renamed ("Excellent → Very good"), an id ("Excellent (xuat-sac → rat-tot)", where both
 * sides read alike by their labels), where both sets whole were to be compared by eye.
 * Undefined where a level or set was added or removed.
 */
function levelChanges(before: LabelledBands[], after: LabelledBands[], lang: Lang): string | undefined {
  if (before.length !== after.length) return undefined;
  const from = (min: number, basis: LabelledBands["basis"]) => (basis === "percent" ? `≥ ${numberText(min, lang)} %` : `≥ ${message(lang, "show-points", { max: numberText(min, lang) })}`);
  const out: string[] = [];
  for (const [i, o] of before.entries()) {
    const n = after[i]!;
    const same = (x: Text[] | undefined, y: Text[] | undefined) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
    if (o.basis !== n.basis || !same(o.types, n.types) || o.levels.length !== n.levels.length) return undefined;
    const changed = o.levels.flatMap((l, j) => {
      const m = n.levels[j]!;
      const renamed = !same([l.label], [m.label]), moved = l.min !== m.min, recoded = l.id !== m.id;
      if (!renamed && !moved && !recoded) return [];
      // Renamed in the other language only: that language's names, named, not the same name on both sides.
      const other: Lang = lang === "vi" ? "en" : "vi";
      const name = !renamed ? "" : l.label[lang] !== m.label[lang] ? ` → ${m.label[lang]}` : ` (${other}: ${l.label[other]} → ${m.label[other]})`;
      return [`${l.label[lang]}${name}${recoded ? ` (${l.id} → ${m.id})` : ""}${moved ? `: ${from(l.min, o.basis)} → ${from(m.min, n.basis)}` : ""}`];
    });
    if (changed.length > 0) out.push(`${o.types ? `${typeList(o.types.map((t) => t[lang]), lang)}: ` : ""}${changed.join(", ")}`);
  }
  return out.length > 0 ? out.join("; ") : undefined;
}

/** Band sets by their labels, as rubric show writes them: "Ward People's Committee: Excellent ≥ 860 points, …"; none is "–". */
function bandSetsText(sets: LabelledBands[], lang: Lang): string {
  if (sets.length === 0) return "–";
  const from = (min: number, basis: LabelledBands["basis"]) => (basis === "percent" ? `${numberText(min, lang)} %` : message(lang, "show-points", { max: numberText(min, lang) }));
  return sets.map((set) => {
    const levels = set.levels.map((l) => `${l.label[lang]} ≥ ${from(l.min, set.basis)}`).join(", ");
    return set.types ? `${typeList(set.types.map((t) => t[lang]), lang)}: ${levels}` : levels;
  }).join("; ");
}

/** One number of a rule that changed, in words: "deadline brought forward from 2025-02-28 to 2025-01-31". */
export function ruleChangeText(c: RuleChange, lang: Lang): string {
  const unit = "percent" in c && c.percent ? " %" : "";
  const n = (v: number | null) => (v === null ? "–" : numberText(v, lang) + unit);
  const worth = (w: string) => (w.startsWith("×") ? message(lang, "impact-rule-fraction", { fraction: numberText(Number(w.slice(1)), lang) }) : message(lang, "impact-rule-points-worth", { points: numberText(Number(w), lang) }));
  switch (c.what) {
    case "by": return message(lang, c.new < c.old ? "impact-rule-by-earlier" : "impact-rule-by-later", { old: dateText(c.old, lang), new: dateText(c.new, lang) });
    case "step_min": return message(lang, c.new > c.old ? "impact-rule-step-raised" : "impact-rule-step-lowered", { worth: worth(c.worth), old: n(c.old), new: n(c.new) });
    case "step_worth": return message(lang, "impact-rule-step-worth", { min: n(c.min), old: worth(c.old), new: worth(c.new) });
    case "step_added": case "step_removed": return message(lang, `impact-rule-${c.what.replace("_", "-")}`, { min: n(c.min), worth: worth(c.worth) });
    // A breakpoint's answer takes the unit, its points are points.
    case "point_worth": return message(lang, "impact-rule-point-worth", { at: n(c.at), old: worth(String(c.old)), new: worth(String(c.new)) });
    case "point_at": return message(lang, "impact-rule-point-at", { worth: worth(String(c.worth)), old: n(c.old), new: n(c.new) });
    case "point_added": case "point_removed": return message(lang, `impact-rule-${c.what.replace("_", "-")}`, { at: n(c.at), worth: worth(String(c.worth)) });
    case "point_moved": return message(lang, "impact-rule-point-moved", { old: n(c.old[0]), old_worth: worth(String(c.old[1])), new: n(c.new[0]), new_worth: worth(String(c.new[1])) });
    default: return message(lang, `impact-rule-${c.what}`, { old: n(c.old), new: n(c.new) });
  }
}

/** Words of the compact summaries (summaries.ts) a Vietnamese reader would not know, in Vietnamese; ids and numbers as they are. */
const TERMS_VI: Record<string, string> = {
  else: "còn lại", cap: "trần", late: "muộn", lower_is_better: "thấp hơn là tốt hơn", integer: "số nguyên", max: "tối đa",
  required: "bắt buộc", optional: "không bắt buộc", forbidden: "không cho phép", rescale: "quy đổi", full: "đủ điểm", zero: "0 điểm",
  no_points: "thiếu thì không tính điểm", not_applicable: "không áp dụng", sum: "tổng", mean: "trung bình", weighted: "có trọng số", points: "điểm", percent: "phần trăm",
};

/** Fields whose values are a figure (an option's worth: 5, ×0.5), written with a decimal comma in Vietnamese; not a code or a version. */
const FIGURE_FIELDS = new Set(["max", "weight", "cap", "floor", "scale", "bonus.cap", "penalty.cap"]);

function termsIn(field: string, text: string, lang: Lang): string {
  // Written by numberText, as rubric test writes the same change (String() gave 1e-7 for a tiny weight).
  if (FIGURE_FIELDS.has(field) || field.startsWith("option:")) return text.replace(/\d+(?:\.\d+)?(?:e[+-]\d+)?/g, (n) => numberText(Number(n), lang));
  if (lang !== "vi") return text;
  // An input's and a rule's kinds have their words already (rubric show uses them).
  const kind = field === "input" ? "input-kind-" : field === "rule" ? "rule-kind-" : undefined;
  // Whole words only: not inside an id (cap-pho, xuat-sac≥90, qlvb=10). Dates as the rest of the report writes them
  // in Vietnamese (31/01/2026), where a date input's range read 2025-10-01–2026-12-31 beside it.
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => dateText(iso, lang)).replace(/(?<![\w\-.])[a-z][a-z_]*(?![\w\-=≥×])/g, (word) => {
    if (kind && hasMessage(kind + word)) return message(lang, kind + word);
    return Object.hasOwn(TERMS_VI, word) ? TERMS_VI[word]! : word;
  });
}

/**
 * An agency's id to write beside its name (" (xa-tan-lap-2)") where another agency of the corpus has that name, as
 * score's rankings write it: two rows "UBND xã Tân Lập" with different scores could not be told apart.
 */
export function namesakeSuffix(report: Pick<ImpactReport, "agencies">): (a: AgencyImpact) => string {
  const namesakes = impactNamesakes(report);
  return (a) => {
    const tag = namesakeTag(a.agency.id, namesakes);
    return tag ? ` ${tag}` : "";
  };
}

/** The ids of the corpus's agencies whose name another one has: every line that names an agency writes their id beside it. */
export function impactNamesakes(report: Pick<ImpactReport, "agencies">): ReadonlySet<string> {
  return namesakeIds(report.agencies.map((a) => a.agency));
}

/** An agency's name, with its id where another agency of the corpus has that name ("UBND xã thử (x-na)"), as in the table. */
function agencyName(who: { name: string; id: string }, namesakes: ReadonlySet<string>): string {
  const tag = namesakeTag(who.id, namesakes);
  return tag ? `${who.name} ${tag}` : who.name;
}

export function bandText(a: AgencyImpact, lang: Lang): string {
  const label = (s: AgencyImpact["old"]) => (s?.band ? s.band.label[lang] : message(lang, "no-band"));
  if (!a.old || !a.new) return label(a.old ?? a.new);
  if (!a.band_changed) return label(a.new);
  // The same band under a new id ("Good → Good" read as no change): its ids.
  return a.old.band && a.new.band && label(a.old) === label(a.new) ? `${label(a.new)} (${a.old.band.id} → ${a.new.band.id})` : `${label(a.old)} → ${label(a.new)}`;
}

export function rankText(a: AgencyImpact, cohort: (id: string) => string): string {
  if (!a.old || !a.new) return String((a.old ?? a.new)?.rank ?? "–");
  // Ranked in another cohort under each version: each rank with its cohort, not one move.
  if (a.old.cohort !== a.new.cohort) return `${a.old.rank}/${a.old.size} ${cohort(a.old.cohort)} → ${a.new.rank}/${a.new.size} ${cohort(a.new.cohort)}`;
  return a.old.rank === a.new.rank ? `${a.new.rank}/${a.new.size}` : `${a.old.rank} → ${a.new.rank}/${a.new.size}`;
}

export function driversText(a: Pick<AgencyImpact, "drivers" | "other" | "rescaled" | "reweighted"> & Partial<Pick<AgencyImpact, "other_caps_only" | "thresholds">>, decimals: number, lang: Lang, limit = 3): string {
  const parts = [pointsDrivers(a, decimals, lang, limit), ...(a.thresholds ?? []).map((t) => thresholdText(t, lang))];
  return parts.filter((p) => p !== "").join(", ");
}

/** A band minimum moved across an agency's score: "Good: min 80 → 85 %" (a band changed at Δ 0 had no cause). */
function thresholdText(t: MovedThreshold, lang: Lang): string {
  const now = t.basis === "percent" ? `${numberText(t.new, lang)} %` : message(lang, "show-points", { max: numberText(t.new, lang) });
  return message(lang, "impact-threshold-moved", { band: t.label[lang], old: numberText(t.old, lang), new: now });
}

function pointsDrivers(a: Parameters<typeof driversText>[0], decimals: number, lang: Lang, limit: number): string {
  const { drivers, other } = a;
  // An indicator the new version removed goes by its old code, which the new version may give another: marked.
  const parts = drivers.slice(0, limit).map((d) => `${d.code}${d.new === null ? message(lang, "impact-old-code-mark") : ""} ${signedPoints(d.delta, decimals, lang)}`);
  if (drivers.length > limit) parts.push(message(lang, "impact-more", { count: drivers.length - limit }));
  // Rescaling named by the indicators it comes from (an N/A answer dropped moves its group, not its own points).
  // And by the groups whose weight, aggregation, cap or floor changed, first: they move the total with no indicator's points.
  // A bonus or penalty cap alone: by its name ("bonus cap −15.00"), where the long label listed weights and rescaling that did not change.
  if (other !== 0 && a.other_caps_only) return [...parts, `${a.reweighted.map((code) => message(lang, `impact-field-${code}`)).join(", ")} ${signedPoints(other, decimals, lang)}`].join(", ");
  const named = [...a.reweighted, ...a.rescaled];
  const why = named.length > 0 ? ` (${named.slice(0, limit).join(", ")}${named.length > limit ? ", …" : ""})` : "";
  if (other !== 0) parts.push(`${message(lang, a.reweighted.length > 0 ? "impact-other-weights" : "impact-other")}${why} ${signedPoints(other, decimals, lang)}`);
  return parts.join(", ");
}

/** Some listed agency's score is its verified one (marked ᵛ): the table then says what the mark means. */
export function anyVerified(agencies: readonly AgencyImpact[]): boolean {
  return agencies.some((a) => a.old?.basis === "verified" || a.new?.basis === "verified");
}

export function scoreCell(a: AgencyImpact, side: "old" | "new", decimals: number, lang: Lang): string {
  const s = a[side];
  if (!s) {
    const code = a.unscorable[side] ?? "";
    return message(lang, "impact-not-scorable", { reason: reasonText(code, side, lang) ?? code });
  }
  return formatPoints(s.total, decimals, lang) + (s.basis === "verified" ? "ᵛ" : "");
}

/** A cohort by its label in the new version (else the old one's), as the reports name it; its id when neither has it. */
export function cohortLabel(report: Pick<ImpactReport, "old" | "new">, id: string, lang: Lang): string {
  return report.new.cohorts[id]?.[lang] ?? report.old.cohorts[id]?.[lang] ?? id;
}

/** `newRubric`: NEW as the report shows it, for the command that moves an agency's file to it. */
/**
 * `where`: where the refused agencies' notes are, for the summary to point at: below it in md and the table; on each
 * agency's annotation (github) or test case (junit) where the summary goes to standard error, with nothing above it.
 */
export function summaryLines(s: ImpactSummary, decimals: number, lang: Lang, cohort: (id: string) => string, namesakes: ReadonlySet<string> = new Set(), newRubric = "NEW", where: "notes" | "github" | "junit" = "notes"): string[] {
  const lines = [message(lang, "impact-summary", {
    agencies: s.agencies, compared: s.compared, changed: s.changed,
    mean: signedPoints(s.mean_delta, decimals, lang), mean_abs: formatPoints(s.mean_abs_delta, decimals, lang),
    bands: s.band_changes, ranks: s.rank_changes,
  })];
  const parts: string[] = [];
  if (s.largest_increase) parts.push(message(lang, "impact-largest-increase", { name: agencyName(s.largest_increase, namesakes), delta: signedPoints(s.largest_increase.delta, decimals, lang) }));
  if (s.largest_decrease) parts.push(message(lang, "impact-largest-decrease", { name: agencyName(s.largest_decrease, namesakes), delta: signedPoints(s.largest_decrease.delta, decimals, lang) }));
  if (s.largest_rank_move) parts.push(message(lang, "impact-largest-rank-move", { name: agencyName(s.largest_rank_move, namesakes), from: s.largest_rank_move.from, to: s.largest_rank_move.to, cohort: cohort(s.largest_rank_move.cohort) }));
  // "No change" is never said while some agencies can be scored under one version only: they lost (or gained) a score;
  // nor while some are ranked in another cohort: their ranks moved, in places that do not count (see rank_change).
  if (parts.length === 0 && s.compared > 0 && s.band_changes === 0 && s.not_comparable === 0 && s.cohort_changes === 0) parts.push(message(lang, "impact-no-movement"));
  if (parts.length > 0) lines.push(parts.join(" · "));
  if (s.cohort_changes > 0) lines.push(message(lang, "impact-cohort-changes", { count: s.cohort_changes }));
  if (s.not_comparable > 0) lines.push(message(lang, "impact-not-comparable", { count: s.not_comparable }));
  const see = message(lang, `impact-see-${where}`);
  const counted = message(lang, where === "notes" ? "impact-counted-above" : "impact-counted");
  if (s.refused_new > 0) lines.push(message(lang, "impact-refused", { count: s.refused_new, see }));
  // Counted as unanswered to compare the versions, these answers do not merely cost points: score refuses the file.
  if (s.read_as_written) lines.push(message(lang, "impact-read-as-written", { count: s.read_as_written }));
  if (s.refused_new_answers > 0) lines.push(message(lang, "impact-refused-answers", { count: s.refused_new_answers, rubric: shellWord(newRubric), see, counted }));
  return lines;
}

export function breachText(b: BudgetBreach, decimals: number, lang: Lang, namesakes: ReadonlySet<string> = new Set()): string {
  if (b.kind === "points") return message(lang, "impact-breach-points", { name: agencyName(b, namesakes), delta: signedPoints(b.value!, decimals, lang), budget: b.budget });
  if (b.kind === "rank") return message(lang, "impact-breach-rank", { name: agencyName(b, namesakes), places: Math.abs(b.value!), budget: b.budget });
  if (b.kind === "cohort-changed") return message(lang, "impact-breach-cohort-changed", { name: agencyName(b, namesakes) });
  if (b.kind === "none-compared") return message(lang, "impact-breach-none-compared");
  if (b.kind === "invalid-files") return message(lang, "impact-breach-invalid-files", { count: b.value! });
  return message(lang, "impact-breach-not-comparable", { name: agencyName(b, namesakes) });
}

/**
 * The breaches of one budget as md and the table list them: what breaks it for the whole corpus first, then
 * the largest movements, at most `limit` agencies (--limit; json lists every one): 900 breaches made a
 * pull-request comment longer than GitHub takes.
 */
export function listedBreaches(kind: "points" | "rank", breaches: BudgetBreach[], limit: number): { listed: BudgetBreach[]; more: number } {
  const size = (b: BudgetBreach) => (b.kind === "none-compared" || b.kind === "invalid-files" ? Infinity : b.value === null ? Number.MAX_VALUE : Math.abs(b.value));
  // Sorted stably: equal movements stay in corpus order.
  const mine = breachesOf(kind, breaches).map((b, i) => ({ b, i })).sort((x, y) => size(y.b) - size(x.b) || x.i - y.i).map((x) => x.b);
  const corpusWide = mine.filter((b) => b.kind === "none-compared" || b.kind === "invalid-files").length;
  const listed = mine.slice(0, corpusWide + limit);
  return { listed, more: mine.length - listed.length };
}

/** The breaches of one budget: its own kind, and those that break every budget (movement that cannot be bounded). */
function breachesOf(kind: "points" | "rank", breaches: BudgetBreach[]): BudgetBreach[] {
  return breaches.filter((b) => b.kind === kind || (kind === "rank" && b.kind === "cohort-changed") || b.kind === "not-comparable" || b.kind === "none-compared" || b.kind === "invalid-files");
}

export function budgetLine(kind: "points" | "rank", budget: number | null, breaches: BudgetBreach[], lang: Lang): string | undefined {
  if (budget === null) return undefined;
  const mine = breachesOf(kind, breaches);
  const count = mine.filter((b) => b.kind !== "none-compared" && b.kind !== "invalid-files").length;
  if (mine.length > count) return message(lang, `impact-budget-${kind}-unbounded`, { budget });
  return message(lang, count > 0 ? `impact-budget-${kind}-exceeded` : `impact-budget-${kind}-ok`, { budget, count });
}

/** An agency to list: its score, band or rank moved (or it can be scored under one version only). */
export function moved(a: AgencyImpact): boolean {
  return a.delta !== 0 || a.rank_change !== 0 || a.band_changed;
}

/**
 * Why an answer or an agency does not fit `side`, in short words. Carried back to the old version (a file
 * naming the new one), what it lacks was added since: "no longer exists" and "the new range" were untrue there.
 */
export function reasonText(code: string, side: "old" | "new", lang: Lang): string | undefined {
  if (side === "old" && hasMessage(`impact-reason-${code}-old`)) return message(lang, `impact-reason-${code}-old`);
  return hasMessage(`impact-reason-${code}`) ? message(lang, `impact-reason-${code}`) : undefined;
}

/** Why an answer was dropped or its evidence falls short: in short words, or the finding in its own words where there is no shorter one for it ("Missing required field \"link\""). */
export function noteReason(n: AnswerNote, side: "old" | "new", lang: Lang): string {
  return reasonText(n.reason, side, lang)
    ?? (hasMessage(n.reason) ? midSentence(message(lang, n.reason, (n.params ?? {}) as Record<string, string | number>)) : n.reason);
}

/** `side`: the version the answer was carried to (back to the old one, its code is the old code). */
export function noteText(n: AnswerNote, side: "old" | "new", lang: Lang): string {
  if (side === "new" && n.as_written !== undefined) {
    const compared = n.to !== undefined ? message(lang, "impact-as-written-carried", { to: n.to }) : message(lang, "impact-as-written-counted");
    return message(lang, `impact-note-as-written-${n.as_written}`, { code: n.code, compared });
  }
  if (n.to !== undefined) return message(lang, side === "new" ? "impact-note-recoded" : "impact-note-recoded-back", { code: n.code, to: n.to });
  if (n.reason === "retitled") {
    // The question of the version carried to, and the one the file answered (the other version's).
    const titles = n.params as { old: Text; new: Text };
    const [asked, answered] = side === "new" ? [titles.new, titles.old] : [titles.old, titles.new];
    return message(lang, "impact-note-retitled", { code: n.code, new_title: asked[lang], old_title: answered[lang] });
  }
  if (n.ticks !== undefined) return message(lang, side === "new" ? "impact-note-ticks" : "impact-note-ticks-old", { code: n.code, ticks: n.ticks.join(", "), count: n.ticks.length }) + refusedText(n, side, lang);
  const reason = noteReason(n, side, lang);
  const key = n.evidence ? "impact-note-evidence" : n.verified === "only" ? "impact-note-verified-dropped" : n.verified === "with" ? "impact-note-dropped-with-verified" : "impact-note-dropped";
  return message(lang, key, { code: n.code, reason }) + refusedText(n, side, lang);
}

/**
 * Under the new version, an answer it does not take is counted as unanswered to compare the versions, but `score`
 * refuses the file as written: said with the note, or the author reads a loss of points where agencies get a refusal.
 */
function refusedText(n: AnswerNote, side: "old" | "new", lang: Lang): string {
  if (side !== "new" || !refusesFile(n)) return "";
  return `; ${message(lang, n.reason === "unknown-indicator" ? "impact-note-refused-removed" : "impact-note-refused-corrected")}`;
}

/** Agencies named on a line of adjusted answers, and such lines shown, before "and N more". */
const NOTE_NAMES = 5;
const NOTE_LINES = 50;
const NOTE_NAME_WIDTH = 60;

/**
 * The adjusted answers, one line per adjustment with the agencies it concerns: a renumbering adjusts every
 * agency's answers alike, and a line per agency made a pull-request comment of 400,000 characters, which
 * GitHub refuses (65,536 at most). The json lists every agency's own.
 */
export function noteLines(report: ImpactReport, lang: Lang): string[] {
  const namesakes = impactNamesakes(report);
  const groups = new Map<string, { side: "old" | "new"; note: string; names: string[] }>();
  const add = (side: "old" | "new", note: string, name: string) => {
    const key = `${side} ${note}`;
    const group = groups.get(key) ?? { side, note, names: [] };
    group.names.push(name);
    groups.set(key, group);
  };
  for (const a of report.agencies) {
    // Names have no length limit: five of 234 letters on each of fifty lines outgrew a comment. A namesake's id is kept whole.
    const name = agencyName({ name: truncateWords(a.agency.name, NOTE_NAME_WIDTH), id: a.agency.id }, namesakes);
    for (const side of ["old", "new"] as const) {
      // A renumbering carries an agency's answers code after code: one note for them all, so that the agencies
      // renumbered alike share one line (five codes renumbered made five lines naming the same agencies).
      const moves = a.notes[side].filter((n) => n.to !== undefined && n.as_written === undefined);
      if (moves.length > 1) add(side, message(lang, side === "new" ? "impact-note-recoded-many" : "impact-note-recoded-back-many", { moves: moves.map((n) => `${n.code} → ${n.to}`).join(", ") }), name);
      for (const n of a.notes[side]) if (moves.length <= 1 || !moves.includes(n)) add(side, noteText(n, side, lang), name);
    }
  }
  const lines = [...groups.values()].slice(0, NOTE_LINES).map(({ side, note, names }) => {
    const shown = names.slice(0, NOTE_NAMES).join(", ");
    const who = names.length > NOTE_NAMES ? message(lang, "impact-names-more", { names: shown, count: names.length - NOTE_NAMES }) : shown;
    const line = message(lang, "impact-note-group", { note, side: message(lang, `impact-side-${side}`), count: names.length, names: who });
    return line.charAt(0).toUpperCase() + line.slice(1);
  });
  if (groups.size > NOTE_LINES) lines.push(message(lang, "impact-notes-more", { count: groups.size - NOTE_LINES }));
  return lines;
}

/**
 * Why answers that had points earn 0 under the new version, one line per indicator and cause, naming the agencies
 * (five, and how many more): the setting, option or step of the new version that gave 0, as the rubric writes it.
 */
export function zeroLines(report: ImpactReport, decimals: number, lang: Lang): string[] {
  const notes = zeroNotes(report, decimals, lang);
  const lines = notes.slice(0, NOTE_LINES).map((n) => n.text);
  if (notes.length > NOTE_LINES) lines.push(message(lang, "impact-notes-more", { count: notes.length - NOTE_LINES }));
  return lines;
}

/** Every line of zeroLines with the indicator it is about: the CI formats place each at the indicator, and cut none. */
export function zeroNotes(report: ImpactReport, decimals: number, lang: Lang): { code: string; text: string }[] {
  const namesakes = impactNamesakes(report);
  const groups = new Map<string, { code: string; cause: string; names: string[] }>();
  for (const a of report.agencies) {
    for (const d of a.drivers) {
      if (!d.zeroed_by) continue;
      const cause = zeroCauseText(d.zeroed_by, decimals, lang);
      const key = `${d.code}\n${cause}`;
      const group = groups.get(key) ?? { code: d.code, cause, names: [] };
      group.names.push(agencyName({ name: truncateWords(a.agency.name, NOTE_NAME_WIDTH), id: a.agency.id }, namesakes));
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ code, cause, names }) => {
    const shown = names.slice(0, NOTE_NAMES).join(", ");
    const who = names.length > NOTE_NAMES ? message(lang, "impact-names-more", { names: shown, count: names.length - NOTE_NAMES }) : shown;
    return { code, text: message(lang, "impact-zero-line", { code, count: names.length, cause, names: who }) };
  });
}

function zeroCauseText(cause: ZeroCause, decimals: number, lang: Lang): string {
  const unit = (u: Text | undefined) => (u ? ` ${u[lang]}` : "");
  switch (cause.what) {
    case "evidence": return message(lang, "impact-zero-evidence", { min: cause.min });
    case "option": return message(lang, "impact-zero-option", { label: cause.label[lang], id: cause.option });
    case "options": return message(lang, "impact-zero-options", { ids: cause.options.join(", ") });
    case "below_steps": return message(lang, "impact-zero-below-steps", { lowest: `${numberText(cause.lowest, lang)}${unit(cause.unit)}`, else: points(cause.else, decimals, lang) });
    case "step": return message(lang, "impact-zero-step", { min: `${numberText(cause.min, lang)}${unit(cause.unit)}` });
    case "rule": return message(lang, "impact-zero-rule", { rule: cause.rule });
  }
}

/** The corpus files answering a version that neither side is, one line per version they name (they are carried to both). */
export function otherVersionLines(report: ImpactReport, lang: Lang): string[] {
  const counts = new Map<string, number>();
  for (const { version } of report.other_version) counts.set(version, (counts.get(version) ?? 0) + 1);
  return [...counts].map(([version, count]) => message(lang, "impact-other-versions", { count, version }));
}

/**
 * The corpus files of other rubrics skipped, with the rubrics they name and how many each ("dti-cap-so: 50"): a corpus
 * of another rubric's agencies (the wrong folder given) compares nothing, and "for other rubrics" alone did not say whose.
 */
export function skippedText(report: ImpactReport, lang: Lang): string | undefined {
  if (report.skipped.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const { rubric } of report.skipped) counts.set(rubric, (counts.get(rubric) ?? 0) + 1);
  const named = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rubrics = named.slice(0, 3).map(([id, count]) => `${terminalSafe(id, true)}: ${count}`).join(", ") + (named.length > 3 ? ", …" : "");
  return message(lang, "impact-skipped", { count: report.skipped.length, rubrics });
}

/** What the CI formats say of the corpus beyond its agencies: files of a third version, and files of other rubrics skipped. */
export function corpusLines(report: ImpactReport, lang: Lang): string[] {
  const skipped = report.skipped.length > 0 ? [skippedText(report, lang)!] : [];
  return [...otherVersionLines(report, lang), ...skipped];
}

/** Invalid corpus files named in md and the table before "and N more" (the md gives their first errors; json lists them all). */
export const INVALID_NAMED = 20;

/** The invalid corpus files, each shown by `show`, at most twenty and how many more. */
export function invalidFiles(report: ImpactReport, lang: Lang, show: (file: string) => string): string {
  const named = report.invalid.slice(0, INVALID_NAMED).map((f) => show(f.file)).join(", ");
  const more = report.invalid.length - INVALID_NAMED;
  return `${leftOutText("impact-invalid", report.invalid, lang)}: ${more > 0 ? message(lang, "impact-files-more", { names: named, count: more }) : named}`;
}

/**
 * How many corpus files were left out, as `key` says it: those that could not be read (a path not there) said
 * apart from the invalid ones (`key`-unread, or `key`-unread-only where there are only those), and a folder that
 * could not be read apart from both (`key`-folders): it is no file, and may have held many.
 */
export function leftOutText(key: "impact-invalid" | "impact-corpus-invalid", files: readonly InvalidFile[], lang: Lang): string {
  const folders = files.filter((f) => f.diagnostics[0]?.code === "folder-unreadable").length;
  const count = files.length - folders;
  const unread = files.filter((f) => isNotRead(f.diagnostics[0]?.code)).length - folders;
  const variant = unread === 0 ? key : unread === count ? `${key}-unread-only` : `${key}-unread`;
  const filesText = count > 0 ? message(lang, variant, { count, invalid: count - unread, unread }) : undefined;
  if (folders === 0) return filesText!;
  // The table's line goes on with the names; the corpus line ends on "see the errors above", so its folders come first.
  const corpus = key === "impact-corpus-invalid";
  const foldersText = message(lang, corpus && filesText === undefined ? `${key}-folders-only` : `${key}-folders`, { folders });
  if (filesText === undefined) return foldersText;
  return corpus ? `${foldersText}; ${filesText}` : `${filesText}; ${foldersText}`;
}

/**
 * The heading: the rubric and its two versions; both rubrics named where the ids differ, and each file's
 * sha256 where the versions read the same (an edit that did not bump the version).
 */
export function impactTitle(report: Pick<ImpactReport, "old" | "new">, lang: Lang): string {
  const { old, new: now } = report;
  if (old.id !== now.id) return message(lang, "impact-title-ids", { from: `${old.id} ${old.version}`, to: `${now.id} ${now.version}` });
  const same = old.version === now.version;
  const side = (r: typeof old) => (same ? `${r.version} (${r.sha256.slice(0, 12)})` : r.version);
  return message(lang, "impact-title", { id: now.id, from: side(old), to: side(now) });
}

/**
 * A change to a rubric that keeps its version: files naming that version are then scored by either set of
 * rules without a word (no rubric-version-mismatch tells last year's file from this year's). Undefined when
 * the version moved, the ids differ, or nothing but labels changed.
 */
export function versionNotBumped(report: Pick<ImpactReport, "old" | "new" | "diff">, lang: Lang): string | undefined {
  const { old, new: now, diff } = report;
  if (old.id !== now.id || old.version !== now.version || old.sha256 === now.sha256) return undefined;
  if (diff.rubric.length === 0 && diff.items.length === 0) return undefined;
  return message(lang, "impact-version-not-bumped", { version: now.version });
}
