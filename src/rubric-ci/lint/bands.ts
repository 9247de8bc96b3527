import type { Issue } from "../../core/issue.js";
import type { BandSet, Rubric } from "../../core/rubric.js";

/**
 * band-gap: the lowest level starts above 0, so a low total gets no band at all.
 * band-unreachable: a level starts above what a total can reach (100 % or the scale: totals are clamped to it).
 */
export function checkBands(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const check = (set: BandSet, path: string[]) => {
    const ceiling = set.basis === "percent" ? 100 : rubric.scale;
    const unit = set.basis === "percent" ? " %" : "";
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
  return issues;
}
