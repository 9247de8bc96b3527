import type { Issue } from "../../core/issue.js";
import type { BandSet, Rubric } from "../../core/rubric.js";

/**
 * band-gap: the lowest level starts above 0, so a low total gets no band at all.
 * band-unreachable: a level starts above what a total can reach (100 % or the scale: totals are clamped to it).
 * band-rank-swapped: a by_agency_type set gives a lower min to a band than to one ranked below it, so that an agency
 * of those types earning more gets the lower band (each set's own order is bands-order's, an error; this is the rank
 * of the ids across sets, which nothing else compares). The main bands rank a pair of ids when they hold both;
 * otherwise the per-type sets holding both do, so sets that share ids the main bands lack (main bands of three,
 * or one placeholder band, beside per-type sets of five) are compared with each other.
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
  const sets = rubric.bands.by_agency_type ?? [];
  sets.forEach((set, s) => set.levels.forEach((level, i) => {
    // By threshold, not by place in the list: a set listed out of order is bands-order's finding.
    for (const other of set.levels) {
      if (other.min <= level.min) continue;
      const judge = rankedAbove(rubric, level.id, other.id);
      if (!judge) continue;
      const unit = unitOf(set);
      const params: Issue["params"] = { band: level.id, min: `${level.min}${unit}`, other: other.id, other_min: `${other.min}${unit}`, types: set.agency_types.join(", ") };
      if (judge !== "main") Object.assign(params, { ref_types: sets[judge.set]!.agency_types.join(", "), first_path: ["bands", "by_agency_type", String(judge.set), "levels", String(judge.level), "id"].join("/") });
      issues.push({ code: "band-rank-swapped", severity: "warning", path: ["bands", "by_agency_type", String(s), "levels", String(i), "id"], params });
      return;
    }
  }));
  return issues;
}

function unitOf(set: BandSet): string {
  return set.basis === "percent" ? " %" : "";
}

/**
 * Whether band `high` ranks above band `low`, and who says so: the main bands when they hold both ids; else the
 * per-type sets that hold both, the order most of them give (on a tie, the first one's), named by the first set
 * that gives it. Undefined when nobody ranks the pair, or it ranks them the other way.
 */
function rankedAbove(rubric: Rubric, high: string, low: string): "main" | { set: number; level: number } | undefined {
  const order = (set: BandSet) => {
    // A set listed out of order (bands-order's error) ranks nothing: its list and its mins say two orders.
    if (set.levels.some((l, i) => i > 0 && l.min >= set.levels[i - 1]!.min)) return undefined;
    const hi = set.levels.findIndex((l) => l.id === high), lo = set.levels.findIndex((l) => l.id === low);
    return hi < 0 || lo < 0 ? undefined : { above: set.levels[hi]!.min > set.levels[lo]!.min, level: hi };
  };
  const main = order(rubric.bands);
  if (main) return main.above ? "main" : undefined;
  const votes = (rubric.bands.by_agency_type ?? []).flatMap((set, s) => { const o = order(set); return o ? [{ ...o, set: s }] : []; });
  const up = votes.filter((v) => v.above);
  const agreed = up.length * 2 > votes.length || (up.length * 2 === votes.length && votes[0]?.above === true);
  return agreed ? { set: up[0]!.set, level: up[0]!.level } : undefined;
}
