import { describe, expect, it } from "vitest";
import { numberText } from "../../src/core/number-text.js";

describe("numberText", () => {
  it("writes the language's decimal mark, no trailing zeros", () => {
    expect(numberText(12.5, "vi")).toBe("12,5");
    expect(numberText(12.5, "en")).toBe("12.5");
    expect(numberText(85, "vi")).toBe("85");
  });
});

describe("numberText", () => {
  it.each([
    [1e-7, "en", "0.0000001"],
    [1e-7, "vi", "0,0000001"],
    [-1.25e-7, "en", "-0.000000125"],
    [1e21, "en", "1000000000000000000000"],
    [1.5e21, "vi", "1500000000000000000000"],
    [12.5, "vi", "12,5"],
  ] as const)("%s in %s is %s", (n, lang, text) => {
    expect(numberText(n, lang)).toBe(text);
  });

  it("reads back as the same number", () => {
    for (const n of [1e-7, 1.234e-9, 9.99e22, 5e-324]) expect(Number(numberText(n, "en"))).toBe(n);
  });
});
