import type { Bands, Text } from "./rubric.js";

/** The rating band reached: the first level (highest first) whose minimum the total or its percentage reaches. */
export function bandFor(bands: Bands, agencyType: string, total: number, percent: number): { id: string; label: Text } | null {
  const set = bands.by_agency_type?.find((b) => b.agency_types.includes(agencyType)) ?? bands;
  const value = set.basis === "percent" ? percent : total;
  const level = set.levels.find((l) => reaches(value, l.min));
  return level ? { id: level.id, label: level.label } : null;
}

/**
 * Whether a score reaches a minimum, allowing for binary floating point: 570 of 1000 is 56.99999999999999 %
 * when divided out, and reaches 57 %.
 */
export function reaches(value: number, min: number): boolean {
  return value >= min - 1e-9;
}
