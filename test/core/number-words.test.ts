import { describe, expect, it } from "vitest";
import { figureAndWords, splitFigure } from "../../src/core/number-words.js";

describe("splitFigure", () => {
  it.each([
    ["85 người", { figure: "85", words: "người" }],
    ["4 cuộc họp", { figure: "4", words: "cuộc họp" }],
    ["12,5 tỷ đồng", { figure: "12,5", words: "tỷ đồng" }],
    ["  4 lần/năm ", { figure: "4", words: "lần/năm" }],
    ["150 triệu đồng", { figure: "150", words: "triệu đồng" }],
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
