import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { naPolicy } from "../../core/codes.js";

/**
 * N/A with full marks on a bonus or penalty item, written on the item or inherited from `defaults.na`: an
 * agency answering N/A would earn the bonus, or be docked the whole penalty, for nothing it did.
 */
export function checkNaPolicy(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  for (const adjustment of ["bonus", "penalty"] as const) {
    rubric[adjustment]?.items.forEach((item, i) => {
      // An item worth nothing (for information) gives or takes nothing for N/A.
      if (item.info_only || item.max <= 0) return;
      const own = item.na !== undefined;
      if (naPolicy(rubric, item) !== "full") return;
      const path = own ? [adjustment, "items", String(i), "na"] : ["defaults", "na"];
      issues.push({ code: `na-full-${adjustment}`, severity: "error", path, params: { code: item.code, max: item.max, from: own ? "na: full" : "defaults.na: full" } });
    });
  }
  return issues;
}
