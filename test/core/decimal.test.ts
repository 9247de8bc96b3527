import { describe, expect, it } from "vitest";
import { shareBetween } from "../../src/core/decimal.js";
import { applyRule } from "../../src/core/rules.js";
import { measureOf, ratioOf } from "../../src/core/measure.js";
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

describe("min_max on shares of two counts (a fraction's a × 100 / b) rounds half-up on the exact value", () => {
  const share: SimpleInput = { type: "fraction" } as SimpleInput;
  const pct = ([a, b]: [number, number]) => (a * 100) / b;
  /** Hundredths of max × (x − lo) / (hi − lo), or (hi − x) / (hi − lo), half-up on fractions of integers. */
  const exact = (x: [number, number], lo: [number, number], hi: [number, number], max: number, lower: boolean) => {
    const [p, q] = lower ? [hi, x] : [x, lo];
    // (p − q) / (hi − lo) with p = pa/pb …: numerator (pa·qb − qa·pb)·hb·lb, denominator pb·qb·(ha·lb − la·hb)
    const num = BigInt(p[0] * q[1] - q[0] * p[1]) * BigInt(hi[1] * lo[1]);
    const den = BigInt(p[1] * q[1]) * BigInt(hi[0] * lo[1] - lo[0] * hi[1]);
    const units = BigInt(max * 100) * num;
    return Number((2n * units + den) / (2n * den));
  };
  const points = (x: [number, number], lo: [number, number], hi: [number, number], max: number, lower: boolean) =>
    toUnits(applyRule({ type: "min_max", lower_is_better: lower } as Rule, share, { a: x[0], b: x[1] }, max, { cohort: { best: 0, min: pct(lo), max: pct(hi), count: 3 } }), 2);

  it.each([
    // 10 × (70 − 66.67) / (70 − 16.67) is 0.625 exactly: it read 0.62.
    [[2, 3], [1, 6], [7, 10], 10, true, 63],
    [[3, 4], [1, 9], [7, 9], 15, true, 63],
    [[2, 5], [4, 11], [4, 7], 15, false, 263],
  ] as const)("%j of %j to %j, max %s, lower is better %s: %s hundredths", (x, lo, hi, max, lower, units) => {
    expect(points([...x], [...lo], [...hi], max, lower)).toBe(units);
  });

  it("every share a/b with b up to 9 against cohorts of such shares, both directions", () => {
    const fractions: [number, number][] = [];
    for (let b = 1; b <= 9; b++) for (let a = 0; a <= b; a++) fractions.push([a, b]);
    const wrong: string[] = [];
    for (const lo of fractions) for (const hi of fractions) {
      if (pct(hi) <= pct(lo)) continue;
      for (const x of fractions) {
        if (pct(x) < pct(lo) || pct(x) > pct(hi)) continue;
        for (const lower of [false, true]) if (points(x, lo, hi, 15, lower) !== exact(x, lo, hi, 15, lower)) wrong.push(`${x} in ${lo}–${hi} ${lower}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("a fraction whose a and b have decimals (0.07 of 0.16 billion đồng)", () => {
  const share: SimpleInput = { type: "fraction" } as SimpleInput;
  it("is 43.75 %, exactly (0.07 × 100 / 0.16 gave 43.75000000000001)", () => {
    expect(measureOf(share, { a: 0.07, b: 0.16 })).toBe(43.75);
    expect(ratioOf(share, { a: 0.07, b: 0.16 })).toBe(0.4375);
  });

  it("min_max against 0 % and 50 %, lower is better, max 3: (50 − 43.75) / 50 × 3 = 0.375 → 0.38 (it read 0.37)", () => {
    const points = applyRule({ type: "min_max", lower_is_better: true } as Rule, share, { a: 0.07, b: 0.16 }, 3, { cohort: { best: 50, min: 0, max: 50, count: 3 } });
    expect(toUnits(points, 2)).toBe(38);
  });
});
