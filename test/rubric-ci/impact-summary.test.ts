import { describe, expect, it } from "vitest";
import type { AgencyImpact } from "../../src/rubric-ci/impact/rescore.js";
import { checkBudgets, summarize } from "../../src/rubric-ci/impact/summary.js";
import { driversText, summaryLines } from "../../src/rubric-ci/impact/words.js";

// Mutants of src/rubric-ci/impact (summary.ts, words.ts) that the impact tests let through: a budget passed
// (exit 0) on an agency whose movement cannot be bounded, "no change" said beside agencies that lost their
// score, a wrong count of the drivers left unlisted. Pure, on agencies written by hand.
const side = (total: number, rank: number) => ({ total, percent: total, band: null, rank, size: 2, cohort: "unit", basis: "self" as const });
const agencyImpact = (id: string, over: Partial<AgencyImpact>): AgencyImpact => ({
  file: `${id}.yaml`, agency: { id, name: id.toUpperCase(), type: "department", cohort: "unit" },
  old: side(50, 1), new: side(50, 1), delta: 0, rank_change: 0, band_changed: false, thresholds: [], drivers: [], other: 0, rescaled: [], reweighted: [], other_caps_only: false,
  notes: { old: [], new: [] }, unscorable: {}, ...over,
});
const unchanged = agencyImpact("a", {});
const onlyOld = agencyImpact("b", { new: null, delta: null, rank_change: null, unscorable: { new: "agency-type-removed" } });

describe("rubric impact's budgets and summary", () => {
  it("--budget-rank alone is broken by an agency scored under one version only: its places cannot be bounded", () => {
    expect(checkBudgets([unchanged, onlyOld], undefined, 3).breaches).toEqual([{ id: "b", name: "B", file: "b.yaml", kind: "not-comparable", value: null, budget: 3 }]);
  });

  it("'no change' is not said while an agency can be scored under one version only", () => {
    const cohort = (id: string) => id;
    expect(summaryLines(summarize([unchanged], 2), 2, "en", cohort)).toContain("No agency's score, band or rank changes.");
    expect(summaryLines(summarize([unchanged, onlyOld], 2), 2, "en", cohort).join("\n")).not.toContain("No agency's score, band or rank changes.");
  });

  it("a mean change that rounds to nothing is printed without a sign, neither a gain nor a loss", () => {
    // Three agencies down 0.01 and two up 0.01 move the mean by -0.002: rounded in units to -0, which is printed 0.00.
    const moved = [-0.01, -0.01, -0.01, 0.01, 0.01].map((delta, i) => agencyImpact(`m${i}`, { new: side(50 + delta, 1), delta }));
    const lines = summaryLines(summarize(moved, 2), 2, "en", (id) => id).join("\n");
    expect(lines).toContain("mean Δ 0.00 ");
    expect(lines).not.toMatch(/[−+]0\.00\b/);
  });

  it("the drivers beyond the first three are counted as those left unlisted", () => {
    const drivers = [1, 2, 3, 4, 5].map((n) => ({ code: `1.${n}`, title: { vi: "", en: "" }, old: 0, new: n, delta: n }));
    expect(driversText({ drivers, other: 0, rescaled: [], reweighted: [] }, 0, "en")).toBe("1.1 +1, 1.2 +2, 1.3 +3, +2 more");
  });

  it("counts, means and the largest moves of a corpus where one agency is unchanged, one gains, one loses and one cannot be compared", () => {
    const up = agencyImpact("c", { old: side(40, 2), new: side(42.5, 1), delta: 2.5, rank_change: 1 });
    const down = agencyImpact("d", { old: side(48, 1), new: side(47, 3), delta: -1, rank_change: -2, band_changed: true });
    const lines = summaryLines(summarize([unchanged, up, down, onlyOld], 2), 2, "en", (id) => id);
    // Means over the three compared: (0 + 2.5 − 1) / 3 and (0 + 2.5 + 1) / 3; D's two places down outmove C's one up.
    expect(lines.slice(0, 2)).toEqual([
      "4 agencies, 3 compared, 2 changed · mean Δ +0.50 (mean |Δ| 1.17) · 1 band change · 2 rank changes",
      "largest increase: C +2.50 · largest decrease: D −1.00 · largest rank move: D 1 → 3 (cohort unit)",
    ]);
  });

  it("--budget-rank alone is broken by invalid corpus files too: a budget judged on the valid files alone could pass on one agency in five", () => {
    expect(checkBudgets([unchanged], undefined, 3, 2).breaches).toEqual([{ id: "", name: "", file: "", kind: "invalid-files", value: 2, budget: 3 }]);
  });

  it("an agency the new version alone scores, its evidence short of that version, is counted among those score would refuse", () => {
    const onlyNew = agencyImpact("e", { old: null, delta: null, rank_change: null, unscorable: { old: "agency-type-removed" }, notes: { old: [], new: [{ code: "5.6", reason: "evidence-missing", evidence: true, params: {} }] } } as unknown as Partial<AgencyImpact>);
    expect(summaryLines(summarize([unchanged, onlyNew], 2), 2, "en", (id) => id).join("\n")).toContain("1 agency would be refused by score under the new version");
  });
});
