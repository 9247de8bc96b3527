import { describe, expect, it } from "vitest";
import { namedCodePoint, withCharacterNames } from "../../src/i18n/character-names.js";
import { message } from "../../src/i18n/messages.js";

describe("namedCodePoint", () => {
  it.each([
    ["U+200B", "U+200B (zero-width space)", "U+200B (dấu cách không độ rộng)"],
    ["U+200C", "U+200C (zero-width non-joiner)", "U+200C (dấu không nối không độ rộng)"],
    ["U+200D", "U+200D (zero-width joiner)", "U+200D (dấu nối không độ rộng)"],
    ["U+2060", "U+2060 (word joiner)", "U+2060 (dấu nối từ)"],
    ["U+00AD", "U+00AD (soft hyphen)", "U+00AD (gạch nối mềm)"],
    ["U+00A0", "U+00A0 (no-break space)", "U+00A0 (dấu cách không ngắt dòng)"],
    ["U+202E", "U+202E (right-to-left override)", "U+202E (mã ép chiều phải sang trái)"],
    ["U+2068", "U+2068 (first strong isolate)", "U+2068 (mã cô lập theo chữ đầu tiên)"],
    // A tag character, each an invisible copy of an ASCII letter, by its block (the block's ends; past it, none).
    ["U+E0041", "U+E0041 (invisible tag character)", "U+E0041 (ký tự thẻ (tag) vô hình)"],
    ["U+E0000", "U+E0000 (invisible tag character)", "U+E0000 (ký tự thẻ (tag) vô hình)"],
    ["U+E007F", "U+E007F (invisible tag character)", "U+E007F (ký tự thẻ (tag) vô hình)"],
    ["U+E0080", "U+E0080", "U+E0080"],
    // Rare ones, and what is no key of the table (toString, __proto__): the code point alone.
    ["U+2061", "U+2061", "U+2061"],
    ["U+1680", "U+1680", "U+1680"],
    ["toString", "toString", "toString"],
    ["__proto__", "__proto__", "__proto__"],
  ])("%s", (code, en, vi) => {
    expect(namedCodePoint(code, "en")).toBe(en);
    expect(namedCodePoint(code, "vi")).toBe(vi);
  });
});

describe("withCharacterNames", () => {
  it("names char and each item of list, and leaves the params it was given as they were (json readers get code points)", () => {
    const params = { char: "U+200B", position: 3, count: 3, list: "U+200B (3), U+2061 (9), U+00AD (12), …" };
    expect(withCharacterNames(params, "en")).toEqual({ char: "U+200B (zero-width space)", position: 3, count: 3, list: "U+200B (zero-width space) at 3, U+2061 at 9, U+00AD (soft hyphen) at 12, …" });
    expect(withCharacterNames(params, "vi").list).toBe("U+200B (dấu cách không độ rộng) tại 3, U+2061 tại 9, U+00AD (gạch nối mềm) tại 12, …");
    expect(params.char).toBe("U+200B");
  });

  it("is what message() says for the findings naming a character", () => {
    expect(message("en", "invisible-character", { char: "U+00AD", position: 4 })).toContain("(U+00AD (soft hyphen) at character 4)");
    expect(message("vi", "unusual-space", { char: "U+202F", col: 2 })).toContain("(U+202F (dấu cách hẹp không ngắt dòng) tại cột 2)");
  });
});
