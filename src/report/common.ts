import type { AgencyScore, GroupResult, IndicatorResult, Subtotal } from "../core/result.js";
import { fromUnits, toUnits } from "../core/round.js";
import type { Lang, Text } from "../core/rubric.js";
import { typeList } from "../core/type-list.js";
import { withoutInvisible } from "../core/unicode.js";
import { expectedText, findingText, foundText, message } from "../i18n/messages.js";
import { dateText, formatMax, formatPoints } from "./format-number.js";
import type { RankedAgency, ReportError, ScoreReport } from "./report.js";
import { answerText, type AnswerLabels } from "./value-text.js";
import { hintTexts } from "./hints.js";
import type { SkippedKind } from "../batch/skipped-kind.js";

/** Helpers shared by the report formats: every format reads the one ScoreReport the same way. */

export type Section = ScoreReport["rubrics"][number];

/** Above this many agencies the terminal table shows the rankings only: a table of groups for each of thousands is read by no one. */
export const TABLE_DETAIL_LIMIT = 50;
/**
 * The html of more agencies than this leaves out the per-indicator tables (the xlsx and the long csv have
 * them): a province's departments, districts or communes are at most a few hundred, about 40 KB each.
 */
export const HTML_DETAIL_LIMIT = 300;

/** A score without what only an agency's own table or annex shows (its groups, pillars and indicators). */
export function scoreHead(s: AgencyScore): AgencyScore {
  return { ...s, groups: [], aggregates: [], indicators: [] };
}

/** The score a ranking uses: the verified one where the collector gave verified values. */
export function finalScore(a: RankedAgency): AgencyScore {
  return a.verified ?? a.score;
}

/** Every group of the tree, depth first (parents before their sub-groups). */
export function flattenGroups(groups: GroupResult[]): GroupResult[] {
  const out: GroupResult[] = [];
  const walk = (gs: GroupResult[]) => { for (const g of gs) { out.push(g); walk(g.groups); } };
  walk(groups);
  return out;
}

/** Whether some group of the agency's was rescaled (an N/A indicator's points spread over the rest): rescaled-note says what its * means. */
export function anyGroupRescaled(s: AgencyScore): boolean {
  return flattenGroups(s.groups).some((g) => g.rescaled);
}

/** Agencies ordered for a ranking: by cohort (see cohortOrder), then rank, then name (see byName). */
export function rankingOrder(section: Section): RankedAgency[] {
  const byCohort = cohortOrder(section);
  return [...section.agencies].sort((a, b) => {
    const ca = a.score.agency.cohort, cb = b.score.agency.cohort;
    if (ca !== cb) return byCohort(ca, cb);
    if (a.rank !== b.rank) return a.rank - b.rank;
    return byName(a.score.agency, b.score.agency);
  });
}

/** Vietnamese order with numbers read as numbers: "Phường 2" before "Phường 10", as a province lists its wards. */
const VIETNAMESE_NAMES = new Intl.Collator("vi", { numeric: true });

/**
 * Agencies of equal rank: by name as Vietnamese sorts it (Dương before Đông, Phường 2 before Phường 10, whatever
 * the machine's locale), then by id, which no two agencies of a batch share: two agencies of the same name (a
 * commune's name is often another district's) are in the same order whatever the order the files were named in.
 */
export function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return VIETNAMESE_NAMES.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Cohorts in the order the rubric lists them (its main cohort first, as a leader reads the ranking), then
 * cohorts by agency type in the order of its types, then any other by id.
 */
export function cohortOrder(section: Pick<Section, "cohorts" | "agency_types">): (a: string, b: string) => number {
  const place = new Map<string, number>();
  for (const c of section.cohorts ?? []) if (!place.has(c.id)) place.set(c.id, place.size);
  for (const t of section.agency_types) if (!place.has(t.id)) place.set(t.id, place.size);
  const last = place.size;
  return (a, b) => (place.get(a) ?? last) - (place.get(b) ?? last) || (a === b ? 0 : a < b ? -1 : 1);
}

/** Cohorts in ranking order, each with its agencies ranked. */
export function cohorts(section: Section): { cohort: string; agencies: RankedAgency[] }[] {
  const map = new Map<string, RankedAgency[]>();
  // Pushed, not copied: a cohort of 100,000 agencies copied at each one was quadratic.
  for (const a of rankingOrder(section)) {
    const list = map.get(a.score.agency.cohort);
    if (list) list.push(a);
    else map.set(a.score.agency.cohort, [a]);
  }
  return [...map.entries()].map(([cohort, agencies]) => ({ cohort, agencies }));
}

export function typeLabel(section: Pick<Section, "agency_types">, type: string, lang: Lang): string {
  return section.agency_types.find((t) => t.id === type)?.label[lang] ?? type;
}

/** Agency types' labels in one line, as the rubric commands list them (typeList): dti-cap-so's two labels with commas read as two, not four. */
export function typeLabelList(section: Pick<Section, "agency_types">, types: readonly string[], lang: Lang): string {
  return typeList(types.map((t) => typeLabel(section, t, lang)), lang);
}

/** A band set of a rubric section: the agency types it rates (none: the main set, for every type without its own), its basis and levels, best first. */
interface SectionBandSet { types?: string[]; basis: "percent" | "points"; levels: { id: string; label: Text; min: number }[] }

/** The band sets a section's bands hold (none from a report of an earlier version, which has no thresholds). */
function sectionBandSets(head: Pick<Section, "bands">): SectionBandSet[] {
  const bands = head.bands ?? [];
  const main = bands.flatMap((b) => (b.min !== undefined && b.basis !== undefined ? [{ id: b.id, label: b.label, min: b.min, basis: b.basis }] : []));
  const own = new Map<string, SectionBandSet>();
  for (const b of bands) {
    for (const t of b.by_agency_type ?? []) {
      const key = t.agency_types.join("\n");
      const set = own.get(key) ?? { types: t.agency_types, basis: t.basis, levels: [] };
      set.levels.push({ id: b.id, label: b.label, min: t.min });
      own.set(key, set);
    }
  }
  for (const set of own.values()) set.levels.sort((x, y) => y.min - x.min);
  return [...(main.length > 0 ? [{ basis: main[0]!.basis, levels: main }] : []), ...own.values()];
}

/** Where a set's level starts, in the set's basis ("≥ 90", "≥ 860"); a lowest level from 0 as below the one above ("< 50"). */
function bandStartText(set: SectionBandSet, index: number, decimals: number, lang: Lang): string {
  const level = set.levels[index]!;
  const above = set.levels[index - 1];
  const figure = (n: number) => formatMax(n, set.basis === "percent" ? 2 : decimals, lang);
  return level.min <= 0 && index === set.levels.length - 1 && above ? `< ${figure(above.min)}` : `≥ ${figure(level.min)}`;
}

/**
 * The section head's lines of bands: each set's labels and thresholds in its basis, one line a set, naming the agency
 * types it rates where some type has its own (a ward at 89.72 % "Excellent" beside a commune at 88.91 % "Good"
 * read as a mistake until the report said that wards' bands are on points).
 */
export function bandLines(head: Pick<Section, "bands" | "agency_types" | "scale" | "decimals">, lang: Lang, ratedTypes?: ReadonlySet<string>): string[] {
  return bandTexts(head, lang, ratedTypes).map((t) => t.line);
}

/**
 * The pieces of band lines a wrapped line keeps whole: each set's basis ("(on % of the scale):") and each band with
 * its threshold ("Trung bình ≥ 50"), so a line breaks between bands, never inside one ("Good ≥" and "80" a line apart).
 */
export function bandWholes(head: Pick<Section, "bands" | "agency_types" | "scale" | "decimals">, lang: Lang, ratedTypes?: ReadonlySet<string>): string[] {
  return bandTexts(head, lang, ratedTypes).flatMap((t) => t.wholes);
}

function bandTexts(head: Pick<Section, "bands" | "agency_types" | "scale" | "decimals">, lang: Lang, ratedTypes?: ReadonlySet<string>): { line: string; wholes: string[] }[] {
  const sets = sectionBandSets(head);
  const owned = new Set(sets.flatMap((set) => set.types ?? []));
  return sets.flatMap((set) => {
    const types = typesRatedBy(set, head, owned);
    // Every agency type has a set of its own: the main one rates none.
    if (owned.size > 0 && types.length === 0) return [];
    // `ratedTypes`: the types of the agencies shown; a set that rates none of them is left out (a department's
    // report listed the vertical agencies' bands too, two long lines that wrapped).
    if (ratedTypes && owned.size > 0 && !types.some((t) => ratedTypes.has(t))) return [];
    const basis = set.basis === "percent" ? message(lang, "rpt-bands-percent") : message(lang, "rpt-bands-points", { scale: formatMax(head.scale, head.decimals, lang) });
    const levels = set.levels.map((l, i) => `${l.label[lang]} ${bandStartText(set, i, head.decimals, lang)}`);
    const line = owned.size === 0 ? message(lang, "rpt-bands", { basis, levels: levels.join(" · ") }) : message(lang, "rpt-bands-for", { types: typeLabelList(head, types, lang), basis, levels: levels.join(" · ") });
    return [{ line, wholes: [`(${basis}):`, ...levels] }];
  });
}

/** The agency types of the agencies a report shows: the band sets that rate them (bandLines' `ratedTypes`). */
export function typesOf(agencies: Iterable<RankedAgency>): Set<string> {
  const types = new Set<string>();
  for (const a of agencies) types.add(a.score.agency.type);
  return types;
}

/**
 * The band set that rates an agency type: its place among the section's sets (the order of the band lines) and the
 * types it rates, for what is counted per set. Undefined where the report has no thresholds. The sets are built once
 * for the section and each type looked up once: a batch asks for every agency.
 */
export function bandSetFinder(head: Pick<Section, "bands" | "agency_types">): (type: string) => { at: number; types: string[] } | undefined {
  const sets = sectionBandSets(head);
  const owned = new Set(sets.flatMap((set) => set.types ?? []));
  const byType = new Map<string, { at: number; types: string[] } | undefined>();
  return (type) => {
    if (!byType.has(type)) {
      const at = setIndexFor(sets, type);
      byType.set(type, at === -1 ? undefined : { at, types: typesRatedBy(sets[at]!, head, owned) });
    }
    return byType.get(type);
  };
}

/** Where among the sets is the one that rates an agency type: its type's own, else the main set; -1 where none. */
function setIndexFor(sets: SectionBandSet[], type: string): number {
  const own = sets.findIndex((x) => x.types?.includes(type));
  return own !== -1 ? own : sets.findIndex((x) => x.types === undefined);
}

/** The agency types a set rates: its own, or for the main set every type that has no set of its own (`owned`). */
function typesRatedBy(set: SectionBandSet, head: Pick<Section, "agency_types">, owned: ReadonlySet<string>): string[] {
  return set.types ?? head.agency_types.map((t) => t.id).filter((id) => !owned.has(id));
}

/** Where an agency's band starts, with its unit ("≥ 860 points", "≥ 90 %"): a cell beside the band, its set's own. Empty where the report has no thresholds. */
export function bandStartOf(head: Pick<Section, "bands" | "decimals">, s: AgencyScore, lang: Lang): string {
  const sets = sectionBandSets(head);
  const set = sets[setIndexFor(sets, s.agency.type)];
  const index = set?.levels.findIndex((l) => l.id === s.band?.id) ?? -1;
  if (!set || index === -1) return "";
  return `${bandStartText(set, index, head.decimals, lang)} ${set.basis === "percent" ? "%" : message(lang, "rpt-bands-points-unit")}`;
}

/** A cohort in words: the rubric's label for it, or its agency type's when agencies are ranked by type. */
export function cohortLabel(section: Pick<Section, "cohorts" | "agency_types">, cohort: string, lang: Lang): string {
  return section.cohorts?.find((c) => c.id === cohort)?.label[lang] ?? typeLabel(section, cohort, lang);
}

/** Group columns of a (possibly multi-rubric) table: every group of every rubric, in rubric order. */
interface GroupColumn { rubric: string; code: string; title: { vi: string; en: string }; max: number; depth: number }

export function groupColumns(report: ScoreReport): GroupColumn[] {
  const out: GroupColumn[] = [];
  for (const section of report.rubrics) {
    const first = section.agencies[0];
    if (!first) continue;
    for (const g of flattenGroups(first.score.groups)) out.push({ rubric: `${section.id}@${section.version}`, code: g.code, title: g.title, max: g.max, depth: g.depth });
  }
  return out;
}

/**
 * The rubric's aggregates (pillars counted across groups), for ranking columns: id, title and max. An
 * aggregate's max follows the indicators that apply to each agency's type (a treasury's service pillar is
 * not a department's): null where the section's agencies differ, whichever file came first.
 */
export function aggregateColumns(section: AgencyList): AggregateColumn[] {
  return sectionColumns(section).aggregates;
}

export type AggregateColumn = Omit<Subtotal, "points" | "max"> & { max: number | null };
type IndicatorColumn = Pick<IndicatorResult, "code" | "title" | "parent" | "input" | "rule" | "max">;

/** A section's agencies, in memory or read one at a time from a batch's spool. */
interface AgencyList { agencies: Iterable<RankedAgency> }

export interface SectionColumns { aggregates: AggregateColumn[]; indicators: IndicatorColumn[] }

/** The columns of a section that depend on every agency (aggregates: see aggregateColumns; indicators in rubric order, the order the engine reports them). */
function sectionColumns(section: AgencyList): SectionColumns {
  const columns = new ColumnGatherer();
  for (const a of section.agencies) columns.add(a);
  return columns.result();
}

/** sectionColumns, gathered agency by agency while something else reads them (a large batch's agencies are read from disk). */
export class ColumnGatherer {
  private first: AgencyScore | undefined;
  private readonly indicatorMax = new Map<string, number>();
  private readonly aggregateMax = new Map<string, number | null>();

  add(a: RankedAgency): void {
    const s = a.score;
    if (!this.first) { this.first = s; for (const x of s.aggregates) this.aggregateMax.set(x.id, x.max); }
    // The max of an indicator not applicable to the first agency's type is 0 there; take the largest seen.
    for (const i of s.indicators) this.indicatorMax.set(i.code, Math.max(this.indicatorMax.get(i.code) ?? 0, i.max));
    for (const [id, max] of this.aggregateMax) if (max !== null && s.aggregates.find((y) => y.id === id)?.max !== max) this.aggregateMax.set(id, null);
  }

  result(): SectionColumns {
    return {
      aggregates: (this.first?.aggregates ?? []).map((x) => ({ id: x.id, title: x.title, max: this.aggregateMax.get(x.id) ?? null })),
      indicators: (this.first?.indicators ?? []).map((i) => ({ code: i.code, title: i.title, parent: i.parent, input: i.input, rule: i.rule, max: this.indicatorMax.get(i.code) ?? i.max })),
    };
  }
}

/**
 * The aggregates a ranking table gives a column: not one that adds up exactly one top-level group, whose column
 * beside it would repeat the group's (csv, xlsx and json keep it: a figure of its own for whoever reads it by id).
 */
export function rankingAggregates<T extends { id: string }>(head: Pick<Section, "aggregates">, top: readonly { code: string }[], columns: readonly T[]): T[] {
  const repeatsGroup = (id: string) => {
    const include = head.aggregates?.find((x) => x.id === id)?.include;
    return include?.length === 1 && top.some((g) => g.code === include[0]);
  };
  return columns.filter((x) => !repeatsGroup(x.id));
}

/** An aggregate's points in a score; undefined where the score has none of that id. */
export function aggregatePoints(s: AgencyScore, id: string): number | undefined {
  return s.aggregates.find((x) => x.id === id)?.points;
}

/** Under a ranking whose group and aggregate columns are headed by codes or short titles: each with its title and max. */
export function columnLegend(section: Section, lang: Lang, columns: AggregateColumn[] = aggregateColumns(section)): string {
  const maxText = (n: number) => formatMax(n, section.decimals, lang);
  const groups = (section.agencies[0]?.score.groups ?? []).map((g) => `${g.code} ${g.title[lang]} (${maxText(g.max)})`);
  const aggregates = columns.map((x) => `${x.title[lang]} (${x.max === null ? message(lang, "rpt-max-varies") : maxText(x.max)})`);
  return [...groups, ...aggregates].join(" · ");
}

/** What the marks of a ranking's rows mean (✓ verified, † provisional), for the marks it has. */
export function rankingMarks(section: Section, lang: Lang): string[] {
  return marksKey({ verified: section.agencies.some((a) => a.verified), provisional: section.agencies.some((a) => finalScore(a).provisional) }, lang);
}

/** rankingMarks of a section whose agencies were read one at a time: whether some is verified, some provisional. */
export function marksKey(has: { verified: boolean; provisional: boolean }, lang: Lang): string[] {
  return [...(has.verified ? [message(lang, "rpt-verified-mark")] : []), ...(has.provisional ? [message(lang, "rpt-provisional-mark")] : [])];
}

/**
 * Agencies of several periods ranked together (last year's file left in the folder), said under the ranking of
 * the documents others read (md, html), as score says it on stderr: the ranking compares unlike years.
 */
export function mixedPeriodsNote(section: Section, lang: Lang): string[] {
  const counts = new Map<string, number>();
  for (const a of section.agencies) { const period = finalScore(a).period; counts.set(period, (counts.get(period) ?? 0) + 1); }
  return periodsNote(section, counts, lang);
}

/** mixedPeriodsNote from the agencies counted by period. */
export function periodsNote(section: Pick<Section, "id" | "version">, counts: Map<string, number>, lang: Lang): string[] {
  if (counts.size < 2) return [];
  return [message(lang, "mixed-periods", { rubric: `${section.id} ${section.version}`, periods: periodCounts(counts, lang) })];
}

/** "2024: 1 file, 2025: 4 files", by period; `shown` writes a period for where it goes (a terminal). */
export function periodCounts(counts: Map<string, number>, lang: Lang, shown: (period: string) => string = (p) => p): string {
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([period, count]) => message(lang, "period-count", { period: shown(period), count })).join(", ");
}

/**
 * The ids of a ranking's agencies whose name another of them has, whatever its case or spacing: a commune's name
 * is often another district's, and two rows of one name, with nothing else to tell them apart, could not be told
 * apart by the official who reads the ranking; the ranking writes their ids beside their names.
 */
export function namesakeIds(agencies: Iterable<{ name: string; id: string }>): Set<string> {
  const byName = new Map<string, string[]>();
  for (const { name, id } of agencies) {
    // As the reports show it: a name with a zero-width space or a soft hyphen in it read like the other, untagged.
    const key = withoutInvisible(name).trim().replace(/\s+/g, " ").toLowerCase();
    const ids = byName.get(key);
    if (ids) ids.push(id);
    else byName.set(key, [id]);
  }
  return new Set([...byName.values()].filter((ids) => ids.length > 1).flat());
}

/** The id beside an agency's name in a ranking where another agency of it has that name (see namesakeIds). */
export function namesakeTag(id: string, namesakes: ReadonlySet<string>): string | undefined {
  return namesakes.has(id) ? `(${id})` : undefined;
}

/**
 * The tag beside an agency's name in a ranking when its file is for another period than the rubric's (the
 * period-mismatch warning: last year's file left in the folder), so that the row itself says it ranks unlike years.
 */
export function otherPeriodTag(a: RankedAgency, lang: Lang): string | undefined {
  const warning = a.file_warnings?.find((w) => w.code === "period-mismatch");
  return warning ? message(lang, "rpt-other-period", { period: String(warning.params.period) }) : undefined;
}

/** What the verification did to the total (verified − self), exact at the rubric's decimals; null without verified values. */
export function verifiedDifference(a: RankedAgency, decimals: number): number | null {
  return a.verified ? fromUnits(toUnits(a.verified.total, decimals) - toUnits(a.score.total, decimals), decimals) : null;
}

/**
 * The mark a ranking puts after a provisional total (a batch-relative indicator scored with no other agency of
 * its cohort to compare against), explained under the table: such a total may still change.
 */
export const PROVISIONAL_MARK = "†";

/** " · Sent 2025-09-26" (vi "Gửi ngày 26/09/2025") for an agency's line, where its file gives the day it was sent. */
export function sentOn(a: RankedAgency, lang: Lang): string {
  return a.submitted === undefined ? "" : ` · ${message(lang, "rpt-sent-on", { date: dateText(a.submitted, lang) })}`;
}

/** " †" after a total that counts provisional points, else nothing. */
export function provisionalMark(s: AgencyScore): string {
  return s.provisional ? ` ${PROVISIONAL_MARK}` : "";
}

/**
 * An agency's rank on a top-level group, undefined where it has none (a group that does not apply to it). Own keys
 * only: a group a rubric codes `valueOf` read the prototype's function, printed in html and md, and csv crashed on it.
 */
export function groupRank(ranks: Record<string, number> | undefined, code: string): number | undefined {
  return ranks !== undefined && Object.hasOwn(ranks, code) ? ranks[code] : undefined;
}

/** Top-level group codes of the per-group ranks (--group-ranks); none when the section was not ranked per group. */
export function groupRankCodes(section: Section): string[] {
  if (!section.agencies.some((a) => a.group_ranks)) return [];
  return section.agencies[0]?.score.groups.map((g) => g.code) ?? [];
}

/**
 * An indicator the collector verified: its self-assessed and verified results, and what the change does to
 * the total before any rescaling (verified minus self points; the other way round for a penalty, which is
 * deducted). `changed`: the points or the status differ (unanswered → N/A moves no points of its own).
 */
export interface VerifiedIndicator { self: IndicatorResult; verified: IndicatorResult; diff: number; changed: boolean }

/**
 * The indicators with a verified value, and those whose points the verification moved anyway (a batch-relative
 * rule measured against a cohort the collector corrected), in rubric order, keyed by code; empty without a verified score.
 */
export function verifiedIndicators(a: RankedAgency): Map<string, VerifiedIndicator> {
  const out = new Map<string, VerifiedIndicator>();
  if (!a.verified) return out;
  const self = new Map(a.score.indicators.map((i) => [i.code, i]));
  for (const v of a.verified.indicators) {
    const s = self.get(v.code);
    if (!s || !(v.verified || v.points !== s.points)) continue;
    // Points carry at most the rubric's few decimals: the difference without the subtraction's float noise
    // (20 − 17.14 is 2.8599999999999994), which a spreadsheet cell would show.
    const diff = Number(((v.parent === "penalty" ? -1 : 1) * (v.points - s.points)).toFixed(10));
    // A figure the collector corrected counts as a change though its points did not move (100 % to 95 % above a target
    // of 90 %, a count that informs only): left out, the agency sent its differences never learnt of the correction.
    const corrected = v.verified === true && !sameAnswer(s, v);
    out.set(v.code, { self: s, verified: v, diff, changed: diff !== 0 || v.status !== s.status || v.excluded !== s.excluded || corrected });
  }
  return out;
}

/**
 * The verified indicators whose points, status or answer changed, and `rest`: what their differences leave of the
 * total's (groups rescaled around an indicator that became, or stopped being, not applicable; caps on
 * groups; bonus and penalty), so that the listed lines and `rest` add up to the total's difference.
 */
export function verifiedChanges(a: RankedAgency, decimals: number): { changed: VerifiedIndicator[]; rest: number } {
  const changed = [...verifiedIndicators(a).values()].filter((v) => v.changed);
  if (!a.verified) return { changed, rest: 0 };
  let units = toUnits(a.verified.total - a.score.total, decimals);
  for (const v of changed) units -= toUnits(v.diff, decimals);
  return { changed, rest: fromUnits(units, decimals) };
}

/**
 * How a line mixing the report's words with text from a file is written: as it is (the terminal), or in the html
 * each part escaped, the file's text (a collector's note, an N/A reason, a value found) marked as Vietnamese in an English page.
 */
export interface LineParts { words: (text: string) => string; fileText: (text: string) => string }
const PLAIN_PARTS: LineParts = { words: (t) => t, fileText: (t) => t };

/**
 * Per indicator, where the verification changed the points or the status: "6.1.4: 25,00 → 20,00 (−5,00)",
 * "2.1: chưa trả lời → không áp dụng (0,00)", a penalty as deducted ("TR.1: −5,00 → −15,00 (−10,00)");
 * then what rescaling, caps, bonus and penalty add, so that the lines add up to the total's difference: the
 * terminal's agency block, and the html's where its indicator tables are left out.
 */
export function verifiedChangeLines(ranked: RankedAgency, decimals: number, lang: Lang, parts: LineParts = PLAIN_PARTS, labels?: (code: string) => AnswerLabels | undefined): string[] {
  const { changed, rest } = verifiedChanges(ranked, decimals);
  const { words, fileText } = parts;
  // The figure the collector corrected, which the points alone may not show (95 % and 90 % both reach a 90 % target);
  // a verified N/A says its reason instead.
  const answers = (v: VerifiedIndicator) => {
    if (!v.verified.verified || rescored(v) || (v.verified.status === "not_applicable" && v.self.status !== "not_applicable")) return [];
    const label = labels?.(v.self.code);
    return [`${words(`${message(lang, "rpt-verified-answer-change")} `)}${fileText(answerText(v.self, lang, label))}${words(" → ")}${fileText(answerText(v.verified, lang, label))}`];
  };
  // A line the collector gave no value for moved with the cohort's verified figures: it says so.
  const why = (v: VerifiedIndicator) => [
    ...answers(v),
    ...(v.verified.verified_note ? [fileText(oneLine(v.verified.verified_note))] : []),
    ...(verifiedByText(v.verified, lang) ? [verifiedByText(v.verified, lang, parts)] : []),
    ...(rescored(v) ? [words(message(lang, "rpt-rescored-label").toLocaleLowerCase(lang))] : []),
  ].map((x) => `${words(" · ")}${x}`).join("");
  // A verified N/A says the collector's reason, as the html and the long csv do.
  const reason = (v: VerifiedIndicator) => (v.verified.status === "not_applicable" && v.self.status !== "not_applicable" && v.verified.na_cause === "answer" && v.verified.reason ? `${words(": ")}${fileText(oneLine(v.verified.reason))}` : "");
  // An information-only indicator earns nothing on either side: said once, without points ("4.1: chỉ thu thập thông tin · trả lời 95 người → 90 người").
  const lines = changed.map((v) => (informational(v)
    ? `${words(`${v.verified.code}: ${message(lang, "rpt-status-info_only")}`)}${why(v)}`
    : `${words(`${v.verified.code}: ${verifiedSides(v, decimals, lang).join(" → ")}`)}${reason(v)}${words(` (${signedPoints(v.diff, decimals, lang)})`)}${why(v)}`));
  if (rest !== 0) lines.push(words(`${message(lang, "rpt-difference-elsewhere")}: ${signedPoints(rest, decimals, lang)}`));
  const unchanged = verifiedUnchangedLine(ranked, lang, parts);
  if (unchanged) lines.push(unchanged);
  return lines;
}

/**
 * The indicators the collector verified and found as the agency answered them (the same answer, status and points),
 * in rubric order: listed apart from the changes, or a report read as if they had not been checked.
 */
export function verifiedUnchanged(a: RankedAgency): VerifiedIndicator[] {
  return [...verifiedIndicators(a).values()].filter((v) => v.verified.verified === true && !v.changed);
}

/**
 * "Verified, unchanged: 1.1 (Đã kiểm tra biên bản), 1.5": the indicators verified as answered, each with the
 * collector's note where there is one; undefined where there are none. The terminal, the md and the html without its
 * indicator tables (whose ✓ rows say it) write it under the changes.
 */
export function verifiedUnchangedLine(a: RankedAgency, lang: Lang, parts: LineParts = PLAIN_PARTS): string | undefined {
  const list = verifiedUnchanged(a);
  if (list.length === 0) return undefined;
  const { words, fileText } = parts;
  const item = (v: VerifiedIndicator) => words(v.self.code) + (v.verified.verified_note ? `${words(" (")}${fileText(oneLine(v.verified.verified_note))}${words(")")}` : "");
  return `${words(`${message(lang, "rpt-verified-unchanged")}: `)}${list.map(item).join(words(", "))}`;
}

/**
 * Whether the verification moved these points through the cohort's figures rather than the agency's answer:
 * no verified value of its own, or one that confirms the agency's (the same status and value).
 */
export function rescored(v: VerifiedIndicator): boolean {
  return !v.verified.verified || sameAnswer(v.self, v.verified);
}

/**
 * Whether two answers to an indicator are the same: status and value, and for an N/A answered so its reason (the
 * collector's other reason is a finding of the verification, never "unchanged").
 */
function sameAnswer(self: IndicatorResult, verified: IndicatorResult): boolean {
  const reason = (i: IndicatorResult) => (i.status === "not_applicable" && i.na_cause === "answer" ? i.reason ?? "" : "");
  return self.status === verified.status && JSON.stringify(self.value ?? null) === JSON.stringify(verified.value ?? null) && reason(self) === reason(verified);
}

/**
 * The note of a verified change, as the md and the xlsx Verification sheet write it: the collector's, who verified and
 * when (not in the xlsx, whose columns give them: `withWho` false), then whether the cohort's figures moved the points.
 */
export function verifiedChangeNote(v: VerifiedIndicator, lang: Lang, withWho = true): string {
  return [withWho ? verifiedRemark(v.verified, lang) : v.verified.verified_note ?? "", rescored(v) ? message(lang, "rpt-rescored-label") : ""].filter(Boolean).join(" · ");
}

/**
 * Whether a verified indicator only collects information (max 0, no rule; so on both sides): its answer changed,
 * never its points, which the reports then leave out ("0,00 → 0,00 (0,00)" read as points it could earn).
 */
export function informational(v: VerifiedIndicator): boolean {
  return v.verified.status === "info_only";
}

/**
 * Both sides of a verified indicator, self then verified: points, or the status where it changed ("chưa trả lời",
 * "không áp dụng") or where there are no points to give ("chỉ thu thập thông tin"). Points that count are always
 * said: a provisional figure's, and an N/A's at full points beside its status ("không áp dụng 20,00").
 */
export function verifiedSides(v: VerifiedIndicator, decimals: number, lang: Lang): [string, string] {
  const side = (i: IndicatorResult) => {
    const points = indicatorPoints(i, decimals, lang);
    if (i.status === "info_only") return message(lang, "rpt-status-info_only");
    if (v.self.status === v.verified.status || i.status === "scored" || i.status === "provisional") return points;
    return i.points === 0 ? message(lang, `rpt-status-${i.status}`) : `${message(lang, `rpt-status-${i.status}`)} ${points}`;
  };
  return [side(v.self), side(v.verified)];
}

/** An indicator's points as the reports write them: a penalty with its minus sign ("−5,00"). */
function indicatorPoints(i: IndicatorResult, decimals: number, lang: Lang): string {
  return i.parent === "penalty" ? deducted(i.points, decimals, lang) : formatPoints(i.points, decimals, lang);
}

/** Points deducted, with a minus sign when there are some ("−5,00", but "0,00": nothing is taken). */
export function deducted(points: number, decimals: number, lang: Lang): string {
  return (points > 0 ? "−" : "") + formatPoints(points, decimals, lang);
}

/**
 * The ranking's columns of bonus and penalty points, those the rubric has (a cap above 0): without them a total read
 * as a sum of the group columns that is not (840.66 beside groups of 835.66, the bonus of 5 nowhere).
 */
export function adjustmentColumns(first: AgencyScore | undefined): ("bonus" | "penalty")[] {
  return first ? (["bonus", "penalty"] as const).filter((kind) => first[kind].cap > 0) : [];
}

/** An agency's cell in an adjustment column: the bonus with its sign ("+15.00"), the penalty as deducted ("−10.00"). */
export function adjustmentCell(s: AgencyScore, kind: "bonus" | "penalty", decimals: number, lang: Lang): string {
  return kind === "bonus" ? signedPoints(s.bonus.points, decimals, lang) : deducted(s.penalty.points, decimals, lang);
}

/**
 * A difference of points with its sign: "+1,50", "−5,00" (a true minus sign, as the other reports write it). One
 * that rounds to nothing has none, "0,00", as the csv and xlsx write it: a collector reads "+0,00" as a gain.
 */
export function signedPoints(diff: number, decimals: number, lang: Lang): string {
  const magnitude = formatPoints(Math.abs(diff), decimals, lang);
  if (Number(Math.abs(diff).toFixed(decimals)) === 0) return magnitude;
  return (diff > 0 ? "+" : "−") + magnitude;
}

export function groupByCode(score: AgencyScore): Map<string, GroupResult> {
  return new Map(flattenGroups(score.groups).map((g) => [g.code, g]));
}

/**
 * Remove characters that are invalid in XML 1.0 and HTML text (C0 controls except tab, LF, CR; lone
 * surrogates; U+FFFE/FFFF), C1 controls (U+0080–U+009F: a terminal reading a csv or md report acts on
 * them), and bidirectional controls; the Unicode line and paragraph separators become spaces.
 */
export function stripControls(text: string): string {
  return withoutBidiControls(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")).replace(/[\u2028\u2029]/g, " ");
}

/**
 * Text without the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
 * and marks (U+200E, U+200F, U+061C): a name holding U+202E would show reversed in a ranking ("LTR" for
 * "RTL"), and a mark reorders the text around it. Vietnamese never needs them.
 */
function withoutBidiControls(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, "");
}

/** Who a file not scored is from, as it says: "Sở Xây dựng (qb-sxd)", the name or the id alone, or nothing. */
export function notScoredAgency(f: ScoreReport["not_scored"][number]): string {
  const { id, name } = f.agency ?? {};
  return name !== undefined ? (id !== undefined ? `${name} (${id})` : name) : id ?? "";
}

/** A file and what was found in it, as the not-scored list holds them: a scored file's warnings take the same shape. */
export type FileFindings = ScoreReport["not_scored"][number];

/**
 * What stopped a file being scored: its first error. A not-scored file's findings are in file order and may
 * begin with warnings (an answer ignored for the agency's type, above the error that stops it), which did not.
 */
export function firstError(f: FileFindings): FileFindings["errors"][number] | undefined {
  return f.errors.find((e) => e.severity === "error") ?? f.errors[0];
}

/** How many errors a file not scored has besides the one shown (firstError). */
export function moreErrors(f: FileFindings): number {
  return Math.max(0, (f.error_count ?? f.errors.filter((e) => e.severity === "error").length) - 1);
}

/** A warning among a refused file's findings, marked where the column is headed Error, so that it is not read as what refused the file. */
export function warningMark(severity: string | undefined, lang: Lang): string {
  return severity === "warning" ? `${message(lang, "warning")}: ` : "";
}

/** A scored agency's warnings as a file's findings. */
export function warnedFile(a: RankedAgency): FileFindings {
  return { file: a.file, agency: { id: a.score.agency.id, name: a.score.agency.name }, errors: a.file_warnings ?? [] };
}

/** The scored files with warnings, rubric by rubric in ranking order. */
export function warnedFiles(report: Pick<ScoreReport, "rubrics">): FileFindings[] {
  return report.rubrics.flatMap((s) => rankingOrder(s).filter((a) => a.file_warnings).map(warnedFile));
}

export function warningsHeading(files: readonly FileFindings[], lang: Lang): string {
  return warningsHeadingOf(files.length, files.reduce((n, f) => n + f.errors.length, 0), lang);
}

/** warningsHeading of files counted as they were read: how many, and their warnings in all. */
export function warningsHeadingOf(files: number, count: number, lang: Lang): string {
  return message(lang, "rpt-warnings", { files, count });
}

/** The heading of the not-scored list: a folder that could not be read is counted as a folder, not as a file. */
export function notScoredHeading(notScored: readonly { errors: readonly { code: string }[] }[], lang: Lang): string {
  return notScoredHeadingOf(notScored.length, notScored.filter(unreadableFolder).length, lang);
}

/** A folder that could not be read, among the files not scored. */
export function unreadableFolder(f: { errors: readonly { code: string }[] }): boolean {
  return f.errors[0]?.code === "folder-unreadable";
}

/** notScoredHeading of a list counted as it was read: its entries, and the folders among them. */
export function notScoredHeadingOf(entries: number, folders: number, lang: Lang): string {
  const files = entries - folders;
  return folders === 0 ? message(lang, "not-scored", { count: files }) : message(lang, "not-scored-folders", { files, folders });
}

/**
 * Who verified a value and when, in the report's words ("verified by Sở KH&CN on 2025-10-08", "Sở KH&CN thẩm định
 * ngày 08/10/2025"); "" where the verified block gives neither. Not a note: a block without one showed "(Sở KH&CN, …)" as its note.
 */
export function verifiedByText(i: Pick<IndicatorResult, "verified_by" | "verified_on">, lang: Lang, { words, fileText }: LineParts = PLAIN_PARTS): string {
  const date = i.verified_on === undefined ? undefined : dateText(i.verified_on, lang);
  if (i.verified_by === undefined) return date === undefined ? "" : words(message(lang, "rpt-verified-on", { date }));
  // The name is the file's text (marked Vietnamese in an English html), the words around it the report's.
  const [before = "", after = ""] = message(lang, date === undefined ? "rpt-verified-by" : "rpt-verified-by-on", { by: "\u0000", date: date ?? "" }).split("\u0000");
  return `${before ? words(before) : ""}${fileText(oneLine(i.verified_by))}${after ? words(after) : ""}`;
}

/** A collector's text on one line: its line breaks as spaces, and none at either end (a YAML `note: |` block ends in one). */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** The collector's note, where there is one, then who verified and when: "Chưa có minh chứng · verified by Sở KH&CN on 2025-10-08". */
export function verifiedRemark(i: Pick<IndicatorResult, "verified_note" | "verified_by" | "verified_on">, lang: Lang): string {
  return [oneLine(i.verified_note ?? ""), verifiedByText(i, lang)].filter(Boolean).join(" · ");
}

/** A not-scored file's error on one line, with what was found, what was expected and its hints (as validate says them). */
export function errorLine(e: Pick<ReportError, "code" | "params"> & { path?: string | null; severity?: string }, lang: Lang, { words, fileText }: LineParts = PLAIN_PARTS): string {
  const p = e.params;
  const own = findingText(lang, e);
  // Which answer, where the finding's words do not say: "44:20 Wrong type" in a table sent on told the reader not which.
  const code = p.indicator === undefined ? undefined : String(p.indicator);
  const field = code === undefined ? headerField(e) : undefined;
  const about = code !== undefined && !namesCode(own, code) ? words(`${message(lang, "finding-about", { code })}: `)
    : field !== undefined ? words(`${message(lang, "finding-field", { field })}: `) : "";
  const parts = [about + words(own)];
  // What was found is the file's own text ("mười hai" where a number goes).
  if (p.found !== undefined) parts.push(`${words(`${message(lang, "found")}: `)}${fileText(String(foundText(lang, e.code, p.found)))}`);
  if (p.expected_key !== undefined) parts.push(words(`${message(lang, "expected")}: ${expectedText(lang, String(p.expected_key), p)}`));
  parts.push(...hintTexts(e, lang).map(words));
  return parts.join(words("; "));
}

/** The schema's findings whose words name no place: "Left empty (required)". */
const PLACELESS_CODES = new Set(["empty-value", "wrong-type", "out-of-range", "not-allowed-value", "bad-format", "too-short", "too-long", "duplicate-item", "invalid-value", "no-such-date"]);
const HEADER_KEYS = new Set(["rubric", "agency", "period", "respondent", "submitted", "example"]);

/**
 * The header field such a finding is about, as the file writes it ("respondent.name"): "15:18 Left empty (required)"
 * in a report sent on said not whether the agency's name, the period or the respondent's was left empty.
 */
function headerField(e: { code: string; path?: string | null }): string | undefined {
  const keys = e.path ? e.path.split("/") : [];
  return PLACELESS_CODES.has(e.code) && HEADER_KEYS.has(keys[0] ?? "") ? keys.join(".") : undefined;
}

/** Whether `text` names `code` as a code (1.1 is not named by 1.10 or 11.1). */
function namesCode(text: string, code: string): boolean {
  const at = text.indexOf(code);
  if (at < 0) return false;
  const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}.]/u.test(c) || (c === "." && !/\d/.test(text[at + code.length + 1] ?? ""));
  return edge(text[at - 1]) && edge(text[at + code.length]) || namesCode(text.slice(at + 1), code);
}

/** The rubric's aggregates (pillars) of one agency, for a note: "Pillar 334.52 / 500 · …". */
export function aggregatesText(s: AgencyScore, decimals: number, lang: Lang): string {
  return `${message(lang, "aggregates")}: ` + s.aggregates.map((x) => `${x.title[lang]} ${formatPoints(x.points, decimals, lang)} / ${formatMax(x.max, decimals, lang)}`).join(" · ");
}

/**
 * An agency's completeness in one line: the indicators it must answer, then how they stand (the parts add up to the
 * first figure). Of a verified score, a figure the self-assessment's differs from says that one too ("unanswered 0
 * (1 in the self-assessment)"): a collector's verified value filled what the agency left unanswered.
 */
export function completenessText(c: AgencyScore["completeness"], lang: Lang, self?: AgencyScore["completeness"]): string {
  const figure = (key: keyof AgencyScore["completeness"]): string | number =>
    self === undefined || self[key] === c[key] ? c[key] : `${c[key]} ${message(lang, "completeness-self", { count: self[key] })}`;
  return message(lang, "completeness", { answered: figure("answered"), applicable: figure("applicable"), unanswered: figure("unanswered"), na: figure("not_applicable"), evidence: figure("missing_evidence") });
}

/**
 * The heading of an agency's table of indicators: how many it lists and, where some are not to answer, which
 * (the "to answer" figure is the completeness line's): "All 63 indicators" beside "Indicators to answer 62" read as a slip.
 */
export function indicatorsHeadText(s: AgencyScore, lang: Lang): string {
  const counts = { answer: 0, info: 0, bonus: 0, type: 0 };
  // In the order score.ts leaves them out of the completeness's "applicable".
  for (const i of s.indicators) counts[i.na_cause === "agency_type" ? "type" : i.status === "info_only" ? "info" : i.parent === "bonus" ? "bonus" : "answer"]++;
  if (counts.answer === s.indicators.length) return message(lang, "rpt-indicators", { count: s.indicators.length });
  const parts = [message(lang, "rpt-indicators-to-answer", { count: counts.answer })];
  if (counts.info > 0) parts.push(message(lang, "rpt-indicators-info-only", { count: counts.info }));
  if (counts.bonus > 0) parts.push(message(lang, "rpt-indicators-bonus", { count: counts.bonus }));
  if (counts.type > 0) parts.push(message(lang, "rpt-indicators-other-type", { count: counts.type }));
  return message(lang, "rpt-indicators-parts", { count: s.indicators.length, parts: parts.join(", ") });
}

/** The completeness line of a ranked agency: its final score's, with the self-assessment's figures where they differ. */
export function rankedCompletenessText(a: RankedAgency, lang: Lang): string {
  return completenessText(finalScore(a).completeness, lang, a.verified ? a.score.completeness : undefined);
}

/** The cautions under an agency's score, in every format: provisional points, unanswered penalty items, a clamped total. */
export function cautionNotes(s: AgencyScore, lang: Lang): string[] {
  const notes: string[] = [];
  const provisional = s.indicators.filter((i) => i.status === "provisional").map((i) => i.code);
  // The note begins with the mark the total carries, so that a reader finds what "849,23 †" refers to.
  if (provisional.length > 0) notes.push(`${PROVISIONAL_MARK} ${message(lang, "provisional-note", { codes: provisional.join(", "), count: provisional.length })}`);
  const penalties = s.warnings.filter((w) => w.code === "penalty_unanswered").map((w) => w.indicator);
  if (penalties.length > 0) notes.push(message(lang, "penalty-unanswered-note", { codes: penalties.join(", "), count: penalties.length }));
  const parts = s.warnings.filter((w) => w.code === "part_unanswered").map((w) => `${w.indicator} (${w.params?.fields})`);
  if (parts.length > 0) notes.push(message(lang, "part-unanswered-note", { codes: parts.join(", "), count: parts.length }));
  // Clamped to 0 (a penalty above the base) or to the scale (a bonus above it).
  if (s.warnings.some((w) => w.code === "total_clamped")) notes.push(message(lang, s.total === 0 ? "clamped-zero-note" : "clamped-note"));
  return notes;
}

/** The labels an indicator's answer is shown with, as the section lists them (own keys only: a report read back is data). */
export function answerLabels(section: Pick<Section, "answer_labels">, code: string): AnswerLabels | undefined {
  return section.answer_labels && Object.hasOwn(section.answer_labels, code) ? section.answer_labels[code] : undefined;
}

/**
 * The files passed over grouped by what they are (rubrics, fixtures' expectations, other YAML), each group's
 * files in their order; undefined without their kinds (a report read back from json, which does not write them).
 */
/** The heading over the files passed over: of YAML files, or of files when a document is among them. */
export function skippedHeadKey(key: "rpt-skipped-head" | "rpt-skipped-count", kinds: readonly SkippedKind[] | undefined): string {
  return kinds?.includes("document") ? `${key}-files` : key;
}

export function skippedGroups(files: string[], kinds: SkippedKind[] | undefined): { kind: SkippedKind; files: string[] }[] | undefined {
  if (!kinds) return undefined;
  // Documents first: an agency's answers may be among them, left out of the results.
  const order: SkippedKind[] = ["document", "rubric", "fixtures", "other"];
  return order.map((kind) => ({ kind, files: files.filter((_, i) => (kinds[i] ?? "other") === kind) })).filter((g) => g.files.length > 0);
}
