import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreFiles } from "../../src/batch/score-files.js";

/**
 * The seed agency (Sở KH&CN Quảng Bình) scored by hand from rubrics/dti-cap-so.yaml, indicator by
 * indicator. Scored alone, so the batch-relative 3.3 and 6.1.3 are provisional (full marks).
 */
const HAND: [code: string, points: number, why: string][] = [
  ["1.1", 20, "4 meetings ≥ 4 → 20"],
  ["1.2", 15, "head of agency → fraction 1 × 15"],
  ["1.3", 10, "chairs own meetings only → 10"],
  ["1.4", 20, "plan 2025-02-14 ≤ 2025-02-28 → 20"],
  ["1.5", 10, "yes → 10"],
  ["1.6", 9, "level 3 of 0–5 → 3/5 × 15"],
  ["2.1", 0, "N/A, rescale: excluded"],
  ["2.2", 23.61, "85 / target 90 × 25 = 23.611"],
  ["2.3", 22.5, "450 between (300, 20) and (600, 25) → 20 + 150/300 × 5"],
  ["2.4", 15, "quy-che-vbdt 10 + thi-dua 5"],
  ["3.1", 19.41, "66/68 × 20 = 19.412"],
  ["3.2", 18, "6/6 × 15 + 3 apps × 1"],
  ["3.3", 15, "relative to best, alone → 15 (provisional)"],
  ["3.4", 20, "best of: provincial data centre yes → 20"],
  ["3.5", 18, "2 drills → band 18"],
  ["4.1", 0, "information only"],
  ["4.2", 30, "dedicated staff → 1 × 30"],
  ["4.3", 22.94, "52/68 × 30 = 22.941"],
  ["4.4", 20, "64 / target 80 × 25"],
  ["4.5", 0, "N/A, zero"],
  ["5.1", 15, "2/2 × 15"], ["5.2", 5, "1/2 × 10"], ["5.3", 10, "2/2 × 10"],
  ["5.4", 14.25, "95 % × 15"], ["5.5", 6, "1 → 6"], ["5.6", 10, "0/0, zero_denominator full → 10"],
  ["5.7", 5, "yes"], ["5.8", 10, "yes"], ["5.9", 5, "yes"], ["5.10", 8.82, "60/68 × 10 = 8.824"],
  ["6.1.1", 40, "100 % signed electronic documents ≥ target 97 → 40"],
  ["6.1.2", 25, "13 digital signatures ≥ 10 → 25"],
  ["6.1.3", 20, "min–max alone → 20 (provisional)"],
  ["6.1.4", 25, "electronic ISO 9001:2015 in 5 units × 5"],
  ["6.1.5", 18, "9/10 × 20"],
  ["6.2.1", 45, "65/65 procedures through the one-stop-shop × 45"],
  ["6.2.2", 17, "1 level-3 × 2 + 3 level-4 × 5"],
  ["6.2.3", 30, "96/148 = 64.9 % ≥ target 50 → 30"],
  ["6.2.4", 25, "148/148 × 25"],
  ["6.2.5", 20, "98 % ≥ 95 → 20"],
  ["6.3.1", 36.33, "245 news items between (150, 30) and (300, 40) → 30 + 95/150 × 10"],
  ["6.3.2", 45, "9 of 10 sections × 5"],
  ["6.4.1", 45, "qlvb 10 + mot-cua 10 + tax, social insurance, budget settlement, emulation, accounting 5 each"],
  ["6.4.2", 20, "1/2 × 40"],
  ["6.4.3", 15, "piloted → 0.5 × 30"],
  ["6.4.4", 0, "information only"],
  ["T.1", 0, "no award"], ["T.2", 10, "1 initiative × 10"],
  ["TR.1", 5, "1 late report × 5"], ["TR.2", 0, "no incident"],
];

const GROUPS: [code: string, points: number, why: string][] = [
  ["1", 84, "20 + 15 + 10 + 20 + 10 + 9"],
  ["2", 81.48, "(23.61 + 22.5 + 15) = 61.11 of 75 applicable, × 100/75"],
  ["3", 90.41, "19.41 + 18 + 15 + 20 + 18"],
  ["4", 72.94, "30 + 22.94 + 20 + 0"],
  ["5", 89.07, "15 + 5 + 10 + 14.25 + 6 + 10 + 5 + 10 + 5 + 8.82"],
  ["6.1", 128, "40 + 25 + 20 + 25 + 18"],
  ["6.2", 137, "45 + 17 + 30 + 25 + 20"],
  ["6.3", 81.33, "36.33 + 45"],
  ["6.4", 80, "45 + 20 + 15"],
  ["6", 426.33, "128 + 137 + 81.33 + 80"],
];

describe("the seed agency, scored by hand", () => {
  const outcome = scoreFiles([{ file: "examples/so-khcn-quang-binh.yaml" }]);
  const score = outcome.sections[0]!.agencies[0]!.self;

  it("is valid and answers the default rubric", () => {
    expect(outcome.failures).toEqual([]);
    expect(outcome.sections[0]!.rubric.rubric.id).toBe("dti-cap-so");
    expect(readFileSync("examples/so-khcn-quang-binh.yaml", "utf8")).toContain("Sở Khoa học và Công nghệ tỉnh Quảng Bình");
  });

  it.each(HAND)("indicator %s = %s (%s)", (code, points) => {
    expect(score.indicators.find((i) => i.code === code)?.points).toBe(points);
  });

  it.each(GROUPS)("group %s = %s (%s)", (code, points) => {
    const all = score.groups.flatMap((g) => [g, ...g.groups]);
    expect(all.find((g) => g.code === code)?.points).toBe(points);
  });

  it("total = 844.23 base + 10 bonus − 5 penalty = 849.23, 84.92 %, band Tốt", () => {
    expect(score.base.points).toBe(844.23);
    expect(score.bonus.points).toBe(10);
    expect(score.penalty.points).toBe(5);
    expect(score.total).toBe(849.23);
    expect(score.percent).toBe(84.92);
    expect(score.band?.label.vi).toBe("Tốt");
    expect(score.indicators.filter((i) => i.status === "provisional").map((i) => i.code)).toEqual(["3.3", "6.1.3"]);
  });
});
