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

  it("cuts a run in a short text too: a file of many strings of 8,000 marks each took 4 s to validate (4 MB)", () => {
    const short = `a${"\u0301\u0323".repeat(4_000)}`;
    expect(nfc(short)).toContain("\u034F");
    expect(nfc(short).normalize("NFC")).toBe(nfc(short));
    expect(normalizeText([short, short])).toEqual([nfc(short), nfc(short)]);
  });

  it.each([
    // Runs at or above U+0300 that are no marks (Vietnamese letters, CJK) are looked at, and left to String.normalize.
    ["a long Vietnamese text", "Tiếng Việt có dấu: ở, ữ, ặ, ỵ. ".repeat(1_000)],
    ["a long run of composed letters and CJK", `${"ếộữ".repeat(20)} ${"漢字".repeat(40)}`.repeat(300)],
    ["a run of 31 marks straddling every place looked at", `${"x".repeat(17)}${"\u0301\u0323".repeat(15)}\u0301`.repeat(50)],
  ])("is String.normalize's NFC, or a run of 31 marks cut, wherever it stands: %s", (_, text) => {
    const long = /[^\P{M}\u034F]{31,}/u.test(text);
    expect(nfc(text) === text.normalize("NFC")).toBe(!long);
    if (long) expect([...nfc(text)].filter((c) => c === "\u034F")).toHaveLength(50);
  });

  it("is what the loader normalizes every string and key with", () => {
    const run = `a${"\u0301\u0323".repeat(20_000)}`;
    const out = normalizeText({ [run]: [run] }) as Record<string, string[]>;
    expect(Object.keys(out)[0]).toContain("\u034F");
    expect(Object.keys(out)[0]).toBe(nfc(run));
    expect(Object.values(out)[0]).toEqual([nfc(run)]);
  });
});
