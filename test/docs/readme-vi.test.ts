import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectLang } from "../../src/i18n/lang.js";

const readme = readFileSync("README.md", "utf8");
/** README's Vietnamese summary: the quoted paragraph that opens with "Tiếng Việt.". */
const start = readme.indexOf("> **Tiếng Việt.**");
const summary = readme.slice(start, readme.indexOf("\n\n", start) >>> 0).replace(/\n> /g, " ");

describe("README's Vietnamese summary says which setting gives Vietnamese", () => {
  it("names the variables in the order detectLang reads them (LANG=vi_VN.UTF-8 alone loses to an English LANGUAGE or LC_ALL)", () => {
    expect(start).toBeGreaterThanOrEqual(0);
    const named = [...new Set([...summary.matchAll(/`(LANGUAGE|LC_ALL|LC_MESSAGES|LANG)`/g)].map((m) => m[1]))];
    expect(named).toEqual(["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]);
    // What the summary warns of, as the tool does it.
    expect(detectLang(undefined, { LC_ALL: "en_US.UTF-8", LANG: "vi_VN.UTF-8" }, () => undefined)).toBe("en");
    expect(detectLang(undefined, { LANGUAGE: "en", LANG: "vi_VN.UTF-8" }, () => undefined)).toBe("en");
  });

  it("tells the reader --lang vi is the way past them", () => {
    expect(summary).toMatch(/`LC_ALL=en_US\.UTF-8`.*hãy dùng `--lang vi`/);
  });
});
