import type { Bands, BandSet, Text } from "./rubric.js";

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
