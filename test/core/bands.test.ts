import { describe, expect, it } from "vitest";
import { bandFor, reaches } from "../../src/core/bands.js";
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

describe("reaches", () => {
  it.each([
    [56.99999999999999, 57, true],
    [56.9999, 57, false],
    [57, 57, true],
  ])("%s reaches %s: %s", (value, min, expected) => {
    expect(reaches(value, min)).toBe(expected);
  });
});
