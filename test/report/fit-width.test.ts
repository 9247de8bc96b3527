import { describe, expect, it } from "vitest";
import { fitToWidth, widest } from "../../src/report/fit-width.js";

/**
 * A stand-in for a table: a border of `frame` columns around texts of the given lengths, each cut at `cut`
 * letters (the texts that give way) in a column no narrower than `head` (its heading). Each render is
 * recorded, to see which cuts were tried.
 */
function table(frame: number, lengths: number[], head = 0) {
  const cuts: number[] = [];
  const render = (cut: number) => {
    cuts.push(cut);
    return "#".repeat(frame + lengths.reduce((n, l) => n + Math.max(head, Math.min(l, cut)), 0));
  };
  return { render, cuts };
}

describe("fitToWidth", () => {
  it("leaves a table exactly as wide as the terminal whole (it fits: nothing is cut)", () => {
    const t = table(10, [40]);
    expect(fitToWidth(t.render, 50, 40)).toBe("#".repeat(50));
    expect(t.cuts).toEqual([Infinity]);
  });

  it("cuts one text that gives way to the widest that fits, guessed at once", () => {
    const t = table(10, [40]);
    expect(widest(fitToWidth(t.render, 35, 40))).toBe(35);
    // The whole, the guess (40 − 15 letters too many), then one letter wider, which no longer fits.
    expect(t.cuts).toEqual([Infinity, 25, 26]);
  });

  it("cuts two texts that give way to the widest that fits (the guess takes off twice the letters needed)", () => {
    const t = table(10, [40, 30]);
    // Whole: 80 columns; guessed at 20 letters (50 columns), then wider while it fits: 25 letters make 60.
    expect(widest(fitToWidth(t.render, 60, 40))).toBe(60);
    expect(t.cuts.at(-1)).toBe(26);
  });

  it("cuts no text below `min`, and down to it while the table is too wide", () => {
    // A heading of 30 columns: cutting the text below 30 letters makes the table no narrower.
    const t = table(10, [40], 30);
    expect(widest(fitToWidth(t.render, 35, 40))).toBe(40);
    expect(Math.min(...t.cuts)).toBe(16);
  });
});

describe("widest", () => {
  it("counts the columns of the widest line, its colours left out", () => {
    expect(widest("ab\n\x1b[31mabc\x1b[39m\na")).toBe(3);
  });
});
