import { toUnits } from "../core/round.js";
import type { AgencyScore } from "../core/result.js";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { rankingAggregates, bandSetFinder, finalScore, flattenGroups, ColumnGatherer, type AggregateColumn } from "./common.js";
import { IncompleteGatherer } from "./incomplete.js";
import type { Scratch } from "./scratch.js";
import type { RankedSection } from "./ranked.js";
import type { RankedAgency, SectionHead } from "./report.js";
import { BAND_COLORS, NO_BAND_COLOR } from "./svg.js";
import { dataText } from "./html-text.js";
import { agencyId, namesakeHtml } from "./html-parts.js";
import { rankingColumns, rankingRow } from "./html-ranking.js";

/** Agencies above this many get a histogram of totals instead of one bar each. */
const BARS_PER_AGENCY_LIMIT = 60;

/** A section's agencies in ranking order, each with its place in the section as listed (its html id is made of it). */
export function* placed(agencies: Iterable<RankedAgency>, order: readonly number[]): Generator<[RankedAgency, number]> {
  let n = 0;
  for (const a of agencies) yield [a, order[n++]!];
}

/** A cohort of a section, in ranking order: its size, whether some agency is verified, and its groups' sums for their averages. */
export interface CohortFacts { cohort: string; size: number; verified: boolean; groups: { share: number; units: number; count: number }[] }

/**
 * What a section's charts, ranking notes and agencies need of all its agencies, gathered in one reading of
 * them in ranking order (sums over a cohort are added in the order the report in memory added them).
 */
export interface SectionFacts {
  section: RankedSection;
  size: number;
  bands: { id: string; label: string; color: string; count: number }[];
  /** The bands counted per band set, as the band lines say them: a vertical agency's Good is not a department's. `types`: the set's, where several rate the section's agencies. */
  bandCharts: { types: string[] | undefined; size: number; bands: SectionFacts["bands"] }[];
  /** The agencies, when few enough for a bar each. */
  bars: RankedAgency[] | undefined;
  /** Agencies per 10 % of the scale. */
  buckets: number[];
  cohorts: CohortFacts[];
  aggregates: AggregateColumn[];
  marks: { verified: boolean; provisional: boolean };
  incomplete: IncompleteGatherer;
  periods: Map<string, number>;
  /** The agencies' types: the band sets the section's head lists. */
  types: Set<string>;
  /** Per cohort, how many agencies have a rank on each top-level group (--group-ranks; a group that does not apply to some ranks fewer). */
  rankSizes: Map<string, Record<string, number>>;
  /** The contents' links to the agencies, when no more than the detail limit. */
  links: string[] | undefined;
  /** Each agency's cohort and ranking row (rankingRow), in ranking order. */
  rows: Scratch;
}

export function gather(section: RankedSection, si: number, lang: Lang, limit: number, rows: Scratch): SectionFacts {
  const { head, first } = section;
  const columns = rankingColumns(section);
  const codes = first ? flattenGroups(first.score.groups).map((g) => g.code) : [];
  const aggregates = new ColumnGatherer();
  if (first) aggregates.add(first);
  const bandSetOf = bandSetFinder(head);
  const bandStatsPerSet = new Map<number, { types: string[] | undefined; size: number; stats: Map<string, BandStats> }>();
  const cohorts = new Map<string, CohortFacts>();
  const rankSizes = new Map<string, Record<string, number>>();
  const periods = new Map<string, number>();
  const types = new Set<string>();
  const buckets = Array.from({ length: 10 }, () => 0);
  const marks = { verified: false, provisional: false };
  const incomplete = new IncompleteGatherer();
  let bars: RankedAgency[] | undefined = [];
  let links: string[] | undefined = [];
  let size = 0;
  for (const [a, at] of placed(section.summaries, section.order)) {
    const s = finalScore(a);
    size++;
    if (bars && bars.push(a) > BARS_PER_AGENCY_LIMIT) bars = undefined;
    // Long batches list only the rubrics: the ranking tables link to every agency.
    if (links && links.push(`<li><a href="#${agencyId(si, at)}">${dataText(s.agency.name, lang)}${namesakeHtml(s.agency.id, section.namesakes)}</a></li>`) > limit) links = undefined;
    rows.add([a.score.agency.cohort, ...rankingRow(head, columns, a, at, lang, si, section.namesakes)]);
    const id = s.band?.id ?? "";
    const set = bandSetOf(s.agency.type);
    const perSet = bandStatsPerSet.get(set?.at ?? -1) ?? { types: set?.types, size: 0, stats: new Map<string, BandStats>() };
    bandStatsPerSet.set(set?.at ?? -1, perSet);
    perSet.size++;
    const bandStats = perSet.stats;
    const band = bandStats.get(id) ?? { label: s.band?.label[lang] ?? message(lang, "no-band"), sum: 0, count: 0, at };
    band.sum += s.percent;
    band.count++;
    band.at = Math.min(band.at, at);
    bandStats.set(id, band);
    buckets[Math.min(9, Math.floor(s.percent / 10))]!++;
    aggregates.add(a);
    if (a.verified) marks.verified = true;
    if (s.provisional) marks.provisional = true;
    incomplete.add(a);
    periods.set(s.period, (periods.get(s.period) ?? 0) + 1);
    types.add(s.agency.type);
    const sizes = rankSizes.get(s.agency.cohort) ?? (Object.create(null) as Record<string, number>);
    for (const code of Object.keys(a.group_ranks ?? {})) sizes[code] = (sizes[code] ?? 0) + 1;
    rankSizes.set(s.agency.cohort, sizes);
    const key = a.score.agency.cohort;
    let cohort = cohorts.get(key);
    if (!cohort) cohorts.set(key, (cohort = { cohort: key, size: 0, verified: false, groups: codes.map(() => ({ share: 0, units: 0, count: 0 })) }));
    cohort.size++;
    if (a.verified) cohort.verified = true;
    // Each group's mean share of its max, over the agencies it applies to; points summed as whole units, their mean
    // rounded half-up as the rubric rounds (floats made 94.175 94.17).
    const groups = flattenGroups(s.groups);
    codes.forEach((code, k) => {
      const g = groups.find((x) => x.code === code);
      if (!g || g.excluded || g.max <= 0) return;
      const sum = cohort.groups[k]!;
      sum.share += g.points / g.max; sum.units += toUnits(g.points, head.decimals); sum.count++;
    });
  }
  const bandCharts = [...bandStatsPerSet.entries()].sort((x, y) => x[0] - y[0])
    .map(([, set]) => ({ types: bandStatsPerSet.size > 1 ? set.types : undefined, size: set.size, bands: bandOrder(head, set.stats) }));
  return { section, size, bands: bandCharts.flatMap((c) => c.bands), bandCharts, bars, buckets, cohorts: [...cohorts.values()], aggregates: rankingAggregates(head, columns.top, aggregates.result().aggregates), marks, incomplete, periods, types, rankSizes, links, rows };
}

/**
 * The bands the agencies reached, best first, each in the colour of its place among the rubric's bands (so
 * "Weak" is never drawn in the best colour because no one reached the better ones). A report read back
 * from json of an earlier version has no list of bands: they are ordered by the average percentage of
 * the agencies that reached them (ties in the order the agencies are listed).
 */
interface BandStats { label: string; sum: number; count: number; at: number }

function bandOrder(head: SectionHead, stats: Map<string, BandStats>): SectionFacts["bands"] {
  const place = new Map((head.bands ?? []).map((b, i) => [b.id, i]));
  const reached = [...stats.entries()].filter(([id]) => id !== "").sort((x, y) => x[1].at - y[1].at);
  const ordered = place.size > 0
    ? reached.map(([id, e]) => [id, e, place.get(id) ?? place.size] as const).sort((x, y) => x[2] - y[2])
    : reached.sort((x, y) => y[1].sum / y[1].count - x[1].sum / x[1].count).map(([id, e], i) => [id, e, i] as const);
  const out = ordered.map(([id, e, i]) => ({ id, label: e.label, color: BAND_COLORS[Math.min(i, BAND_COLORS.length - 1)]!, count: e.count }));
  const none = stats.get("");
  if (none) out.push({ id: "", label: none.label, color: NO_BAND_COLOR, count: none.count });
  return out;
}

/** An agency's band in the colour the section's charts give it. */
export function bandColor(facts: SectionFacts, s: AgencyScore): string {
  return facts.bands.find((b) => b.id === (s.band?.id ?? ""))?.color ?? NO_BAND_COLOR;
}
