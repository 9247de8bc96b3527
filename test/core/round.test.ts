import { describe, expect, it } from "vitest";
import { fromUnits, percentHalfUp, roundTo, toUnits } from "../../src/core/round.js";

describe("rounding", () => {
  it.each([
    [0.145, 2, 15],
    [1.005, 2, 101],
    [2.675, 2, 268],
    [12.5, 0, 13],
    [0, 2, 0],
  ])("toUnits(%s, %s) = %s (half-up, no binary noise)", (value, decimals, units) => {
    expect(toUnits(value, decimals)).toBe(units);
  });
  it("round-trips through units", () => {
    expect(fromUnits(toUnits(81.475, 2), 2)).toBe(81.48);
    expect(roundTo(1 / 3 * 20, 2)).toBe(6.67);
  });
  it("fromUnits gives the number the decimal text gives, for every whole number of units", () => {
    for (const decimals of [0, 1, 2, 3, 4]) {
      for (let i = 0; i < 20000; i++) {
        const units = Math.round((Math.random() - 0.2) * 10 ** (2 + (i % 8)));
        expect(fromUnits(units, decimals)).toBe(Number((units / 10 ** decimals).toFixed(decimals)));
      }
    }
    expect(Object.is(fromUnits(-0, 2), 0)).toBe(true);
  });
});

describe("percentHalfUp: a share rounded once, half-up, from the exact quotient", () => {
  it.each([
    // points, max, decimals, percent (float division and a second rounding gave the value in the comment)
    [688.54, 1000, 2, 68.85],
    [688.54, 1000, 1, 68.9], // 68.8
    [687.49, 1000, 1, 68.7], // 68.8 (68.75 rounded again)
    [670.55, 1000, 2, 67.06], // 67.05
    [656.45, 1000, 2, 65.65], // 65.64
    [710.15, 1000, 2, 71.02],
    [649.95, 1000, 2, 65], // 64.995 % is 65.00 % to two places; the band is decided on the exact share
    [570, 1000, 2, 57],
    [66, 68, 1, 97.1],
    [1, 3, 2, 33.33],
    [2, 3, 2, 66.67],
    [0, 100, 2, 0],
    [5, 0, 2, 0],
    [1000, 1000, 2, 100],
  ])("%s of %s to %s places is %s %%", (points, max, decimals, percent) => {
    expect(percentHalfUp(points, max, decimals)).toBe(percent);
  });
});
