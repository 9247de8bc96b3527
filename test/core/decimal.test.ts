import { describe, expect, it } from "vitest";
import { shareBetween } from "../../src/core/decimal.js";
import { applyRule } from "../../src/core/rules.js";
import { toUnits } from "../../src/core/round.js";
import type { Rule, SimpleInput } from "../../src/core/rubric.js";

describe("shareBetween: (x − from) / (to − from), exact on the decimals typed", () => {
  it.each([
    // (9 − 8.21) / 8 in doubles is 0.098749999…: × 20 it rounded to 1.97 where 1.975 rounds to 1.98.
    [8.21, 9, 1, 0.09875],
    [50, 20, 80, 0.5],
    [1.37, 1.37, 9.5, 0],
    [0.3, 0.1, 0.5, 0.5],
    [1e-7, 0, 1e-6, 0.1],
    [2.5e21, 0, 1e22, 0.25],
    [-1.5, -3, 0, 0.5],
  ])("shareBetween(%s, %s, %s) = %s", (x, from, to, share) => {
    expect(shareBetween(x, from, to)).toBe(share);
  });

  it("a number with many digits (a fraction's percentage, 100/3) is still within an ulp of the quotient", () => {
    const x = 100 / 3;
    expect(Math.abs(shareBetween(x, 0, 100) - x / 100)).toBeLessThanOrEqual(Number.EPSILON);
  });
});

describe("min_max on typed decimals rounds half-up on the exact value", () => {
  const days: SimpleInput = { type: "number", min: 0, decimals: 2 } as SimpleInput;
  const cohort = { best: 9, min: 1, max: 9, count: 3 };
  /** Points in hundredths, half-up on the exact quotient: 20 × (900 − v) / 800 for lower is better, 20 × (v − 100) / 800 otherwise. */
  const exact = (hundredths: number, lowerIsBetter: boolean) => {
    const num = 20n * 100n * BigInt(lowerIsBetter ? 900 - hundredths : hundredths - 100);
    return Number((2n * num + 800n) / 1600n);
  };

  it.each([[8.21, 198], [8.47, 133], [8.55, 113], [8.63, 93], [8.65, 88], [8.71, 73]])("lower is better, %s days of 1–9: %s hundredths (each read 0.01 short)", (value, units) => {
    expect(toUnits(applyRule({ type: "min_max", lower_is_better: true } as Rule, days, value, 20, { cohort }), 2)).toBe(units);
  });

  it("every value from 1.00 to 9.00 in steps of 0.01, in both directions", () => {
    const wrong: string[] = [];
    for (let h = 100; h <= 900; h++) {
      const value = Number((h / 100).toFixed(2));
      for (const lowerIsBetter of [true, false]) {
        const got = toUnits(applyRule({ type: "min_max", lower_is_better: lowerIsBetter } as Rule, days, value, 20, { cohort }), 2);
        if (got !== exact(h, lowerIsBetter)) wrong.push(`${value} ${lowerIsBetter ? "lower" : "higher"}: ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("a level's share is exact too: 1.14 on a scale of 1.1 to 4.3 is 0.0125, × 10 = 0.125 → 0.13 (it read 0.12)", () => {
    const level = { type: "level", min: 1.1, max: 4.3 } as SimpleInput;
    expect(toUnits(applyRule({ type: "ratio" } as Rule, level, 1.14, 10), 2)).toBe(13);
  });
});
