import { describe, expect, it } from "vitest";
import { figureAndWords, figureInUnit, halfWidth, inUnitsOf, splitFigure } from "../../src/core/number-words.js";

describe("splitFigure", () => {
  it.each([
    ["85 người", { figure: "85", words: "người" }],
    ["4 cuộc họp", { figure: "4", words: "cuộc họp" }],
    ["12,5 tỷ đồng", { figure: "12,5", words: "tỷ đồng" }],
    ["  4 lần/năm ", { figure: "4", words: "lần/năm" }],
    ["150 triệu đồng", { figure: "150", words: "triệu đồng" }],
    ["1 000 hộ", { figure: "1 000", words: "hộ" }],
    ["1\u00a0000 người", { figure: "1\u00a0000", words: "người" }],
    ["3k", { figure: "3", words: "k" }],
    ["85", undefined],
    ["người 85", undefined],
    ["85%", undefined],
    ["", undefined],
  ])("%j → %j", (text, expected) => {
    expect(splitFigure(text)).toEqual(expected);
  });

  it("reads decomposed (NFD) words as composed", () => {
    expect(splitFigure("85 người".normalize("NFD"))?.words).toBe("người");
  });
});

describe("figureAndWords: none where a word multiplies the figure", () => {
  it.each([
    ["85 người", "85"],
    ["10 triệu", undefined],
    ["5 nghìn người", undefined],
    ["3k", undefined],
    ["2 Tỷ", undefined],
    ["7 máy", "7"],
  ])("%j → %j", (text, figure) => {
    expect(figureAndWords(text)?.figure).toBe(figure);
  });
});

describe("figureInUnit: the figure of a number typed with the question's own unit", () => {
  const unit = { vi: "triệu đồng", en: "million VND" };
  it.each([
    ["150 triệu đồng", unit, "150"],
    ["150 Million VND", unit, "150"],
    ["150 tỷ đồng", unit, undefined],
    ["150 triệu đồng", undefined, undefined],
  ])("%j in %j → %j", (text, u, figure) => {
    expect(figureInUnit(text, u)).toBe(figure);
  });
});

describe("inUnitsOf: an amount over its maximum written in the unit's base (đồng for triệu đồng)", () => {
  const million = { vi: "triệu đồng", en: "million VND" };
  it.each([
    [450_000_000, million, 450],
    [450_500_000, million, 450.5],
    // Not a whole thousandth of the unit, or still over the maximum, or no larger than one unit: no reading.
    [450_000_123, million, undefined],
    [2_000_000_000_000, million, undefined],
    [999_999, million, undefined],
    [3_000_000_000, { vi: "tỷ đồng", en: "billion VND" }, 3],
    [450_000_000, { vi: "người", en: "people" }, undefined],
    [450_000_000, undefined, undefined],
  ])("%s with unit %j → %s", (value, unit, scaled) => {
    expect(inUnitsOf(value, unit, 0, 1_000_000)).toBe(scaled);
  });
});

describe("halfWidth: full-width forms only", () => {
  it.each([
    ["１２", "12"], ["１，５", "1,5"], ["８５％", "85%"], ["１\u3000０００", "1 000"], ["“８５”", "“85”"],
    // Other compatibility forms stay: NFKC would read 10² as 102.
    ["10²", "10²"], ["①", "①"], ["½", "½"], ["85", "85"],
  ])("%j → %j", (text, expected) => expect(halfWidth(text)).toBe(expected));
});
