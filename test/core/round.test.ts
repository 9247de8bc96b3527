import { describe, expect, it } from "vitest";
import { fromUnits, roundTo, toUnits } from "../../src/core/round.js";

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
