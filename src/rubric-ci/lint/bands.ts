import type { Issue } from "../../core/issue.js";
import type { BandSet, Rubric } from "../../core/rubric.js";

/**
 * band-gap: the lowest level starts above 0, so a low total gets no band at all.
 * band-unreachable: a level starts above what a total can reach (100 % or the scale: totals are clamped to it).
 * band-rank-swapped: a by_agency_type set gives a lower min to a band than to one the main bands rank below it, so
 * that an agency of those types earning more gets what the main bands call the lower band (each set's own order is
 * bands-order's, an error; this is the rank of the ids across sets, which nothing else compares).
 */
export function checkBands(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const check = (set: BandSet, path: string[]) => {
    const ceiling = set.basis === "percent" ? 100 : rubric.scale;
    const unit = unitOf(set);
    let lowest = 0;
    set.levels.forEach((level, i) => {
      if (level.min < set.levels[lowest]!.min) lowest = i;
      if (level.min > ceiling) issues.push({ code: "band-unreachable", severity: "warning", path: [...path, "levels", String(i), "min"], params: { band: level.id, min: `${level.min}${unit}`, ceiling: `${ceiling}${unit}` } });
    });
    const low = set.levels[lowest];
    if (low && low.min > 0) issues.push({ code: "band-gap", severity: "warning", path: [...path, "levels", String(lowest), "min"], params: { band: low.id, min: `${low.min}${unit}` } });
  };
  check(rubric.bands, ["bands"]);
  rubric.bands.by_agency_type?.forEach((set, i) => check(set, ["bands", "by_agency_type", String(i)]));
  const rank = new Map(rubric.bands.levels.map((level, i) => [level.id, i]));
  rubric.bands.by_agency_type?.forEach((set, s) => set.levels.forEach((level, i) => {
    const own = rank.get(level.id);
    if (own === undefined) return;
    // By threshold, not by place in the list: a set listed out of order is bands-order's finding.
    const above = set.levels.find((l) => (rank.get(l.id) ?? -1) > own && l.min > level.min);
    if (!above) return;
    const unit = unitOf(set);
    issues.push({ code: "band-rank-swapped", severity: "warning", path: ["bands", "by_agency_type", String(s), "levels", String(i), "id"], params: { band: level.id, min: `${level.min}${unit}`, other: above.id, other_min: `${above.min}${unit}`, types: set.agency_types.join(", ") } });
  }));
  return issues;
}

function unitOf(set: BandSet): string {
  return set.basis === "percent" ? " %" : "";
}
