import { describe, expect, it } from "vitest";
import type { Bands } from "../../../src/core/rubric.js";
import { thresholdsCrossed } from "../../../src/rubric-ci/impact/thresholds.js";
import { driversText } from "../../../src/rubric-ci/impact/words.js";

const bands = (good: number, basis: "points" | "percent" = "points"): Bands => ({
  basis, levels: [{ id: "tot", min: good, label: { vi: "Tốt", en: "Good" } }, { id: "kha", min: 0, label: { vi: "Khá", en: "Fair" } }],
});
const on = (b: Bands) => ({ bands: b, type: "xa" });
const nothing = { drivers: [], other: 0, rescaled: [], reweighted: [] };

// A band changed at Δ 0 had nothing under "Driven by": the minimum that moved across the score is its cause.
describe("thresholdsCrossed", () => {
  it("names a minimum moved across the new score, on points, in both languages", () => {
    const moved = thresholdsCrossed(on(bands(770)), on(bands(780)), { total: 775, percent: 77.5 });
    expect(moved).toEqual([{ id: "tot", label: { vi: "Tốt", en: "Good" }, basis: "points", old: 770, new: 780 }]);
    expect(driversText({ ...nothing, thresholds: moved }, 2, "en")).toBe("Good: threshold 770 → 780 points");
    expect(driversText({ ...nothing, thresholds: moved }, 2, "vi")).toBe("Tốt: ngưỡng 770 → 780 điểm");
    expect(driversText({ ...nothing, drivers: [{ code: "1.1", title: { vi: "", en: "" }, old: 10, new: 5, delta: -5 }], thresholds: moved }, 2, "en")).toBe("1.1 −5.00, Good: threshold 770 → 780 points");
  });

  it("not one the score reaches, or misses, under both minimums, nor across a change of basis", () => {
    expect(thresholdsCrossed(on(bands(770)), on(bands(780)), { total: 790, percent: 79 })).toEqual([]);
    expect(thresholdsCrossed(on(bands(770)), on(bands(780)), { total: 700, percent: 70 })).toEqual([]);
    expect(thresholdsCrossed(on(bands(770)), on(bands(78, "percent")), { total: 775, percent: 77.5 })).toEqual([]);
  });
});
