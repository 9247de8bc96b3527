import { describe, expect, it } from "vitest";
import { bandFor, nextBand, reaches } from "../../src/core/bands.js";
import type { Bands } from "../../src/core/rubric.js";

const text = (s: string) => ({ vi: s, en: s });
const PERCENT: Bands = {
  basis: "percent",
  levels: [
    { id: "a", label: text("A"), min: 90 },
    { id: "b", label: text("B"), min: 57 },
    { id: "c", label: text("C"), min: 0 },
  ],
  by_agency_type: [{ agency_types: ["vertical"], basis: "points", levels: [{ id: "ok", label: text("OK"), min: 500 }] }],
} as Bands;

describe("bandFor: the first level whose minimum is reached", () => {
  it.each([
    // 570 of 1000 divided out is 56.99999999999999 %: it reaches 57 % (binary floating point, not a lower band).
    ["570 of 1000", 570, (570 / 1000) * 100, "b"],
    ["just under 57 %", 569.9, 56.99, "c"],
    ["90 % exactly", 900, 90, "a"],
    ["0", 0, 0, "c"],
  ])("%s → %s", (_name, total, percent, band) => {
    expect(bandFor(PERCENT, "department", total, percent)?.id).toBe(band);
  });

  it("an agency type with bands of its own uses them, on their basis (points here)", () => {
    expect(bandFor(PERCENT, "vertical", 500, 50)?.id).toBe("ok");
    expect(bandFor(PERCENT, "vertical", 499.99, 99)).toBeNull();
  });
});

describe("nextBand: the band above the one reached, and the least total that reaches it", () => {
  it.each([
    // The total whose exact share reaches 57 % of 1000 is 570, not 570.01 (56.99999999999999 % divided out).
    ["below B, scale 1000", 569.99, 1000, 2, "b", 570],
    ["in B", 570, 1000, 2, "a", 900],
    ["at the top", 900, 1000, 2, undefined, undefined],
    // 57 % of 960 is 547.2: at two decimals 547.20, with none 548 (547 is 56.98 %).
    ["a scale of 960, two decimals", 500, 960, 2, "b", 547.2],
    ["a scale of 960, no decimals", 500, 960, 0, "b", 548],
    ["a scale of 1, three decimals", 0, 1, 3, "b", 0.57],
  ])("%s: %s of %s at %s decimals → %s from %s", (_name, total, scale, decimals, band, from) => {
    const next = nextBand(PERCENT, "department", total, scale, decimals);
    expect(next === null ? [undefined, undefined] : [next.id, next.from]).toEqual([band, from]);
  });

  it("on points, for a type with bands of its own; below the lowest band, the lowest", () => {
    expect(nextBand(PERCENT, "vertical", 499.99, 1000, 2)).toMatchObject({ id: "ok", from: 500 });
    expect(nextBand(PERCENT, "vertical", 500, 1000, 2)).toBeNull();
  });

  // Mutants of bands.ts that every test let through: the band set above had one level of its own, and no minimum
  // whose product with the scale floating point puts above the whole number.
  it("below every band of several, the next is the lowest, not the highest", () => {
    const two: Bands = { basis: "points", levels: [{ id: "good", label: text("Good"), min: 800 }, { id: "fair", label: text("Fair"), min: 500 }] } as Bands;
    expect(nextBand(two, "department", 400, 1000, 2)).toMatchObject({ id: "fair", from: 500 });
  });

  it("a minimum of 64.4 % of 100 is first reached at 64.40, not 64.41 (64.4 × 100 is 6440.000000000001 in floating point)", () => {
    const fine: Bands = { basis: "percent", levels: [{ id: "ok", label: text("OK"), min: 64.4 }] } as Bands;
    expect(nextBand(fine, "department", 50, 100, 2)).toMatchObject({ id: "ok", from: 64.4 });
  });

  it("on points, a minimum finer than the rubric's decimals is reached at the next total those allow", () => {
    const fine: Bands = { basis: "points", levels: [{ id: "ok", label: text("OK"), min: 500.4 }] } as Bands;
    // Totals are whole here: 500 falls short of 500.4 (bandFor gives no band), 501 reaches it.
    expect(bandFor(fine, "department", 500, 50)).toBeNull();
    expect(nextBand(fine, "department", 400, 1000, 0)).toMatchObject({ id: "ok", from: 501 });
    expect(nextBand(fine, "department", 400, 1000, 2)).toMatchObject({ id: "ok", from: 500.4 });
  });
});

describe("reaches", () => {
  it.each([
    [56.99999999999999, 57, true],
    [56.9999, 57, false],
    [57, 57, true],
  ])("%s reaches %s: %s", (value, min, expected) => {
    expect(reaches(value, min)).toBe(expected);
  });
});
