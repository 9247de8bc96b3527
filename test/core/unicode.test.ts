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

  // Speed is the benchmark's to measure: here, that the long run is cut where String.normalize is quadratic.
  it("cuts a long run of marks of alternating classes in a long text (100,000 took String.normalize 3.7 s, quadratic)", () => {
    const text = `1 a${"\u0301\u0323".repeat(50_000)}`;
    const out = nfc(text);
    // A grapheme joiner after every 30 marks, and the run otherwise in NFC's order within each piece.
    expect([...out].filter((c) => c === "\u034F")).toHaveLength(Math.ceil(100_000 / 30) - 1);
    expect(nfc(out)).toBe(out);
    expect(out.normalize("NFC")).toBe(out);
  });

  it("leaves a text of 8,192 characters or fewer to String.normalize, where a run costs little (8,192 marks: 16 ms)", () => {
    const short = `a${"\u0301\u0323".repeat(4_000)}`;
    expect(nfc(short)).toBe(short.normalize("NFC"));
    expect(nfc(short + "\u0301".repeat(200))).toContain("\u034F");
  });

  it("is what the loader normalizes every string and key with", () => {
    const run = `a${"\u0301\u0323".repeat(20_000)}`;
    const out = normalizeText({ [run]: [run] }) as Record<string, string[]>;
    expect(Object.keys(out)[0]).toContain("\u034F");
    expect(Object.keys(out)[0]).toBe(nfc(run));
    expect(Object.values(out)[0]).toEqual([nfc(run)]);
  });
});
