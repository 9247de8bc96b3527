import type { Bands, Text } from "./rubric.js";

/** The rating band reached: the first level (highest first) whose minimum the total or its percentage reaches. */
export function bandFor(bands: Bands, agencyType: string, total: number, percent: number): { id: string; label: Text } | null {
  const set = bands.by_agency_type?.find((b) => b.agency_types.includes(agencyType)) ?? bands;
  const value = set.basis === "percent" ? percent : total;
  const level = set.levels.find((l) => value >= l.min - 1e-9);
  return level ? { id: level.id, label: level.label } : null;
}
