import { describe, expect, it } from "vitest";
import { baseUnit, figureAndWords, figureInUnit, figureInUnitMagnitude, halfWidth, magnitudeInUnit, inUnitsOf, saysNotApplicable, slashFraction, splitFigure, splitRemark } from "../../src/core/number-words.js";
import { cpuTimed } from "../helpers/cpu-time.js";

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
    ["2 bn", undefined],
    ["7 máy", "7"],
    // A letter O typed for a zero: "2O" is twenty, not 2 and a word.
    ["2O", undefined],
    ["1OO", undefined],
    ["3o", undefined],
    ["2 O", "2"],
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
    // Its first words, as officers shorten a unit; not its other words, nor more than it.
    ["4 cuộc", { vi: "cuộc họp", en: "meetings" }, "4"],
    ["4 họp", { vi: "cuộc họp", en: "meetings" }, undefined],
    ["4 cuộc họp lớn", { vi: "cuộc họp", en: "meetings" }, undefined],
    // "per" inside a word ("paper") makes no rate: the unit's first word is its short form still.
    ["12 paper", { vi: "hồ sơ giấy", en: "paper records" }, "12"],
    // A rate is said whole: its first words are another count.
    ["5 doanh nghiệp", { vi: "doanh nghiệp/1000 dân", en: "firms/1000 people" }, undefined],
    ["5 doanh", { vi: "doanh nghiệp/1000 dân", en: "firms/1000 people" }, undefined],
    // dti-cap-xa 5.2's own unit, whose English says its rate in words and groups 1,000 with a comma (5 firms was taken).
    ["5 firms", { vi: "doanh nghiệp/1000 dân", en: "firms per 1,000 residents" }, undefined],
    ["5 firms per", { vi: "doanh nghiệp/1000 dân", en: "firms per 1,000 residents" }, undefined],
    ["5 doanh nghiệp", { vi: "doanh nghiệp/1000 dân", en: "firms per 1,000 residents" }, undefined],
    ["5 residents", { vi: "doanh nghiệp/1000 dân", en: "firms per 1,000 residents" }, undefined],
  ])("%j in %j → %j", (text, u, figure) => {
    expect(figureInUnit(text, u)).toBe(figure);
  });
});

describe("figureInUnitMagnitude: the figure of a number typed with its unit's magnitude word alone", () => {
  const unit = { vi: "triệu đồng", en: "million VND" };
  it.each([
    ["1250 triệu", unit, "1250"],
    ["1250 Triệu", unit, "1250"],
    ["1250 tr", unit, "1250"],
    ["1250 million", unit, "1250"],
    ["12,5 triệu", unit, "12,5"],
    // Another magnitude is another amount; a unit that multiplies nothing has no such word.
    ["1250 tỷ", unit, undefined],
    ["1250 nghìn", unit, undefined],
    ["1250 triệu đồng", unit, undefined], // the whole unit: figureInUnit's
    ["1250 triệu", { vi: "người", en: "people" }, undefined],
    ["1250 triệu", undefined, undefined],
    ["3 tỉ", { vi: "tỷ đồng", en: "billion VND" }, "3"],
  ])("%j in %j → %j", (text, u, figure) => {
    expect(figureInUnitMagnitude(text, u)).toBe(figure);
  });
});

describe("magnitudeInUnit: a figure typed with another magnitude than its question's unit", () => {
  const money = { vi: "triệu đồng", en: "million VND" };
  const people = { vi: "người", en: "people" };
  it.each([
    ["1,2 tỷ đồng", money, { figure: "1,2", times: 1000 }],
    ["1,2 tỷ", money, { figure: "1,2", times: 1000 }],
    ["1,2 Tỷ đồng".normalize("NFD"), money, { figure: "1,2", times: 1000 }],
    ["500 nghìn đồng", money, { figure: "500", times: 0.001 }],
    ["500k", money, { figure: "500", times: 0.001 }],
    ["1.2 billion VND", money, { figure: "1.2", times: 1000 }],
    ["5 nghìn người", people, { figure: "5", times: 1000 }],
    ["5 nghìn", people, { figure: "5", times: 1000 }],
    ["5 nghìn", undefined, { figure: "5", times: 1000 }],
    // The unit's own magnitude is figureInUnitMagnitude's; other words after the magnitude are another unit.
    ["1250 triệu", money, undefined],
    ["5 nghìn hộ", people, undefined],
    ["1,2 tỷ USD", money, undefined],
    ["5 m", people, undefined],
    ["85 người", people, undefined],
  ])("%j in %j → %j", (text, u, expected) => {
    expect(magnitudeInUnit(text, u)).toEqual(expected);
  });
});

describe("splitRemark: a figure with a remark after it, as a form's cell is annotated", () => {
  it.each([
    ["95 - đạt", { figure: "95", remark: "đạt" }],
    ["95 – đạt kế hoạch", { figure: "95", remark: "đạt kế hoạch" }],
    ["95 (ước tính)", { figure: "95", remark: "ước tính" }],
    ["95 người (ước tính)", { figure: "95 người", remark: "ước tính" }],
    ["85,5 - theo báo cáo quý III", { figure: "85,5", remark: "theo báo cáo quý III" }],
    // No letter in it: a range or a sum, no remark.
    ["95 - 100", undefined],
    ["95 (2024)", undefined],
    ["95-đạt", undefined],
    ["đạt - 95", undefined],
    ["95", undefined],
    ["(ước tính)", undefined],
    // The shortest figure, over both kinds; a line end only where spaces may be.
    ["95 - a (b)", { figure: "95", remark: "a (b)" }],
    ["95 x (a) - b", { figure: "95 x (a)", remark: "b" }],
    ["95 x - a\nb (c)", undefined],
    ["95\n- đạt", { figure: "95", remark: "đạt" }],
    ["95 - đạt\nx", undefined],
    // A dash on a later line is no remark of the figure's; nor a parenthesis inside the last.
    ["95\nghi chú - đạt", undefined],
    ["95 (ước tính (sơ bộ))", undefined],
    ["9(5 (a)", { figure: "9(5", remark: "a" }],
  ])("%j → %j", (text, expected) => {
    expect(splitRemark(text)).toEqual(expected);
  });

  // A value from a file is untrusted: the one regular expression this replaced took 24 s for the first (the square of its length).
  it.each([
    ["spaces between two figures", "1" + " ".repeat(100_000) + "1x"],
    ["an unclosed parenthesis", "1 (" + "a".repeat(100_000) + " x"],
    ["a parenthesis not the last", "1 (" + "a".repeat(100_000) + "(x)"],
    ["dashes, then a line end", "1" + " - a".repeat(25_000) + "\nb"],
  ])("reads a 100,000-letter value at once: %s", (_, text) => {
    const { result, ms } = cpuTimed(() => splitRemark(text));
    expect(result).toBeUndefined();
    expect(ms).toBeLessThan(200);
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
    // One unit exactly is one; an amount below the answer's least is none.
    [1_000_000, million, 1],
    [-450_000_000, million, undefined],
    [3_000_000_000, { vi: "tỷ đồng", en: "billion VND" }, 3],
    [450_000_000, { vi: "người", en: "people" }, undefined],
    [450_000_000, undefined, undefined],
  ])("%s with unit %j → %s", (value, unit, scaled) => {
    expect(inUnitsOf(value, unit, 0, 1_000_000)).toBe(scaled);
  });
});

describe("slashFraction: a share written as a form's cell writes it", () => {
  it.each([
    ["66/68", { a: 66, b: 68 }],
    [" 66 / 68 ", { a: 66, b: 68 }],
    ["12.5/20", { a: 12.5, b: 20 }],
    ["６６/６８", { a: 66, b: 68 }], // full-width digits, as an IME types them
    ["68/68", { a: 68, b: 68 }], // all of them
    ["68/66", undefined], // more done than there are: which is which is unsure
    ["66/68 thủ tục", undefined],
    ["thủ tục 66/68", undefined], // words before it too
    ["12/20.5", { a: 12, b: 20.5 }],
    // Said in words, as an officer writes a share (it was read as no share, validate suggesting nothing).
    ["5 trên 8", { a: 5, b: 8 }],
    ["5 trong số 8", { a: 5, b: 8 }],
    ["5 of 8", { a: 5, b: 8 }],
    ["5 out of 8", { a: 5, b: 8 }],
    ["8 trên 5", undefined],
    ["5 trên 8 thủ tục", undefined],
  ])("%j → %j", (text, expected) => {
    expect(slashFraction(text)).toEqual(expected);
  });
});

describe("halfWidth: full-width forms only", () => {
  it.each([
    ["１２", "12"], ["１，５", "1,5"], ["８５％", "85%"], ["１\u3000０００", "1 000"], ["“８５”", "“85”"], ["！～", "!~"], // the first and last of the range
    // Other compatibility forms stay: NFKC would read 10² as 102.
    ["10²", "10²"], ["①", "①"], ["½", "½"], ["85", "85"],
  ])("%j → %j", (text, expected) => expect(halfWidth(text)).toBe(expected));
});

describe("saysNotApplicable: N/A in words, the whole text", () => {
  it.each([
    ["NA", true],
    ["  N/A  ", true],
    ["k/a/d", true],
    ["Không áp dụng".normalize("NFD"), true], // decomposed, as some keyboards type it
    ["Nam Định", false], // a text that starts as na does
    ["Hanna", false], // or ends so
    ["không áp dụng được", false],
  ])("%j → %s", (text, expected) => {
    expect(saysNotApplicable(text)).toBe(expected);
  });
});

describe("baseUnit: the unit a figure in the base is written in", () => {
  it.each([["triệu đồng", "đồng"], ["tỷ đồng Việt Nam", "đồng Việt Nam"], ["triệu", ""]])("%j → %j", (unit, base) => {
    expect(baseUnit(unit)).toBe(base);
  });
});
