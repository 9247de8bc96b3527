import { describe, expect, it } from "vitest";
import { fromUnits, meanUnits, percentDown, roundComputedUnits, roundTo, toUnits } from "../../src/core/round.js";

describe("rounding", () => {
  it.each([
    [0.145, 2, 15],
    [1.005, 2, 101],
    [2.675, 2, 268],
    [12.5, 0, 13],
    [0, 2, 0],
    // Below zero (a verified score lower than the self-score, deductions beyond the points): rounded away from 0 as above it.
    [-0.145, 2, -15],
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

describe("percentDown: a share cut, never rounded up, from the exact quotient", () => {
  it.each([
    // points, max, decimals, percent (float division gave the value in the comment)
    [688.54, 1000, 2, 68.85],
    [688.54, 1000, 1, 68.8],
    [670.55, 1000, 2, 67.05], // 67.05499999…
    [656.45, 1000, 2, 65.64], // 65.64500000…1
    [710.15, 1000, 2, 71.01],
    [649.95, 1000, 2, 64.99], // 64.995 % does not reach a band at 65 %, and does not read as if it did
    [799.96, 1000, 2, 79.99],
    [570, 1000, 2, 57], // 56.99999999999999
    [66, 68, 1, 97],
    [1, 3, 2, 33.33],
    [2, 3, 2, 66.66],
    [0, 100, 2, 0],
    [5, 0, 2, 0],
    [1000, 1000, 2, 100],
    [8.2, 10, 2, 82], // 8.2 × 10⁶ is 8199999.999999999: taken to the nearest millionth, not cut
  ])("%s of %s to %s places is %s %%", (points, max, decimals, percent) => {
    expect(percentDown(points, max, decimals)).toBe(percent);
  });
});

describe("meanUnits: a mean of whole units, half-up on the exact quotient", () => {
  it.each([
    ["94.175 (565.05 / 6), which floats print 94.17", [9417, 9417, 9418, 9418, 9417, 9418], 9418],
    ["465.575 (four communes)", [46374, 47574, 46141, 46141], 46558],
    ["an exact mean", [100, 200], 150],
    ["one agency", [12345], 12345],
  ])("%s", (_, units, expected) => {
    expect(meanUnits(units.reduce((a, b) => a + b, 0), units.length)).toBe(expected);
  });
});

describe("roundComputedUnits: half-up on units several float operations computed", () => {
  it("112.5 computed as 112.49999999999999 rounds up, as 112.5 does", () => {
    expect(roundComputedUnits(112.49999999999999)).toBe(113);
  });
});
