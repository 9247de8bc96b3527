import { describe, expect, it } from "vitest";
import { codePointName, nfc } from "../../src/core/unicode.js";
import { normalizeText } from "../../src/load/normalize.js";

describe("codePointName", () => {
  it.each([["\u200B", "U+200B"], ["a", "U+0061"], ["😀", "U+1F600"]])("%j is %s", (char, name) => expect(codePointName(char)).toBe(name));
});

describe("nfc", () => {
  it.each([
    ["decomposed Vietnamese", "Tie\u0302\u0301ng Vie\u0323\u0302t"],
    ["already composed", "Sở Khoa học và Công nghệ"],
    ["marks reordered by class", "a\u0301\u0323"],
    ["thirty marks in a row, the stream-safe limit", `a${"\u0301\u0323".repeat(15)}`],
    ["no text", ""],
  ])("is NFC for text that writes a language: %s", (_, text) => {
    expect(nfc(text)).toBe(text.normalize("NFC"));
  });

  it("takes time in proportion to a run of marks of alternating classes (100,000 took 3.7 s, quadratic)", () => {
    const text = `1 a${"\u0301\u0323".repeat(50_000)}`;
    const start = Date.now();
    const out = nfc(text);
    expect(Date.now() - start).toBeLessThan(1000);
    // A grapheme joiner after every 30 marks, and the run otherwise in NFC's order within each piece.
    expect([...out].filter((c) => c === "\u034F")).toHaveLength(Math.ceil(100_000 / 30) - 1);
    expect(nfc(out)).toBe(out);
    expect(out.normalize("NFC")).toBe(out);
  });

  it("is what the loader normalizes every string and key with", () => {
    const run = `a${"\u0301\u0323".repeat(20_000)}`;
    const start = Date.now();
    const out = normalizeText({ [run]: [run] }) as Record<string, string[]>;
    expect(Date.now() - start).toBeLessThan(1000);
    expect(Object.keys(out)[0]).toBe(nfc(run));
    expect(Object.values(out)[0]).toEqual([nfc(run)]);
  });
});
