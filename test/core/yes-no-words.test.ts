import { describe, expect, it } from "vitest";
import { yesNoWord } from "../../src/core/yes-no-words.js";
import { parseYesNo } from "../../src/assess/parse-number.js";

describe("yesNoWord", () => {
  it.each([
    ["có", true], ["Có", true], ["  YES ", true], ["Đạt", true], ["dung", true], ["đúng", true], ["Đã có", true], ["tìm thấy", true], ["x", true],
    ["không", false], ["khoong", false], ["cos", true], ["Không đạt", false], ["chưa có", false], ["Không tìm thấy", false], ["no", false], ["false", false],
    // NFD, as a macOS editor may save it.
    ["co\u0301", true], ["khoâng".normalize("NFD"), undefined],
    // One key or a digit is a prompt's answer, not a word a file is checked for.
    ["c", undefined], ["k", undefined], ["1", undefined], ["0", undefined],
    ["on", undefined], ["constructor", undefined], ["__proto__", undefined], ["", undefined],
  ] as const)("%j → %s", (text, meant) => {
    expect(yesNoWord(text)).toBe(meant);
  });
});

describe("parseYesNo reads every word validate knows, and single keys", () => {
  it.each([["dung", true], ["Chưa tìm thấy", false], ["c", true], ["đ", true], ["1", true], ["k", false], ["s", false], ["0", false], ["có\u200b", true], ["on", undefined], ["maybe", undefined]] as const)("%j → %s", (text, meant) => {
    expect(parseYesNo(text, "vi")).toBe(meant);
  });
});
