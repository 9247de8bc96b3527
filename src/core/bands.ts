import type { BandLevel, Bands, BandSet, Text } from "./rubric.js";

/** The rating band reached: the first level (highest first) whose minimum the total or its percentage reaches. */
export function bandFor(bands: Bands, agencyType: string, total: number, percent: number): { id: string; label: Text } | null {
  const set = bandSetFor(bands, agencyType);
  const value = set.basis === "percent" ? percent : total;
  const level = set.levels.find((l) => reaches(value, l.min));
  return level ? { id: level.id, label: level.label } : null;
}

/**
 * The band above the one a total reaches (the lowest band when it reaches none), and the least total that
 * reaches it at the rubric's decimals: a percentage minimum is read as bandFor reads it, on the exact share.
 */
export function nextBand(bands: Bands, agencyType: string, total: number, scale: number, decimals: number): { id: string; label: Text; from: number } | null {
  const set = bandSetFor(bands, agencyType);
  const value = set.basis === "percent" ? (total / scale) * 100 : total;
  const reached = set.levels.findIndex((l) => reaches(value, l.min));
  const next = reached === -1 ? set.levels.at(-1) : set.levels[reached - 1];
  if (!next) return null;
  const step = 10 ** decimals;
  // 90 % of 960 is 864 exactly: the small allowance keeps binary floating point from asking for 864.01. A
  // minimum on points finer than the decimals (500.4 where totals are whole) is first reached at 501.
  const from = Math.ceil((set.basis === "percent" ? (next.min * scale * step) / 100 : next.min * step) - 1e-6) / step;
  return { id: next.id, label: next.label, from };
}

/** The bands an agency type is rated on: its own set where the rubric gives one, else the rubric's. */
export function bandSetFor(bands: Bands, agencyType: string): BandSet {
  return bands.by_agency_type?.find((b) => b.agency_types.includes(agencyType)) ?? bands;
}

/**
 * Whether a score reaches a minimum, allowing for binary floating point: 570 of 1000 is 56.99999999999999 %
 * when divided out, and reaches 57 %.
 */
export function reaches(value: number, min: number): boolean {
  return value >= min - 1e-9;
}

/**
 * The levels the revision gave another id alone: gone under the old id, new under another, with the same label and
 * minimum. Said as a rename ("Good: id tot → tot-2026"); as a level gone and one added it read as two thresholds moved.
 */
export function idsRenamed(was: BandSet, now: BandSet): Map<string, BandLevel> {
  const gone = was.levels.filter((l) => !now.levels.some((x) => x.id === l.id));
  const added = now.levels.filter((l) => !was.levels.some((x) => x.id === l.id));
  const same = (x: BandLevel, y: BandLevel) => x.min === y.min && x.label.vi === y.label.vi && x.label.en === y.label.en;
  const out = new Map<string, BandLevel>();
  for (const l of gone) {
    const matches = added.filter((x) => same(l, x));
    // One each way only: two levels alike would leave which became which a guess.
    if (matches.length === 1 && gone.filter((x) => same(x, matches[0]!)).length === 1) out.set(l.id, matches[0]!);
  }
  return out;
}

/** An agency as one version rates it: that version's bands, the agency's type and the band id it reaches (null: none). */
export interface RatedOn { bands: Bands; type: string; band: string | null }

/**
 * Whether an agency is in another band under the next version: not where that version renamed its level's id alone
 * (same label, same minimum, see idsRenamed). `rubric impact` counted such a rename as a band change for every
 * agency rated in that level, where `rubric test` said no fixture changed band.
 */
export function bandMoved(before: RatedOn, after: RatedOn): boolean {
  if (before.band === after.band) return false;
  if (before.band === null || after.band === null) return true;
  const o = bandSetFor(before.bands, before.type), n = bandSetFor(after.bands, after.type);
  return o.basis !== n.basis || idsRenamed(o, n).get(before.band)?.id !== after.band;
}
