import { describe, expect, it } from "vitest";
import { typedLine } from "../../src/prompts/typed-line.js";

describe("typedLine: the keys readline left in the line under TERM=dumb, applied", () => {
  it.each([
    ["Backspace (DEL) takes the letter before it", "Lê A\x7fB", "Lê B"],
    ["Backspace (Ctrl-H) too", "12\b3", "13"],
    ["Backspace over a letter typed decomposed takes it whole", "Tie\u0302\u0301\x7fn", "Tin"],
    ["Backspace at the start takes nothing", "\x7fA", "A"],
    ["Ctrl-U the line before it", "abc\x1550", "50"],
    ["Ctrl-W the word before it", "Sở Nội vụ \x17Tư pháp", "Sở Nội Tư pháp"],
    ["an arrow key's sequence is dropped", "ab\x1b[Dc", "abc"],
    ["other control characters are dropped, a tab kept", "a\x01b\x02c\td", "abc\td"],
    ["a line without them, composed", "Nguye\u0302\u0303n Văn A", "Nguyễn Văn A"],
  ])("%s", (_, raw, expected) => {
    expect(typedLine(raw)).toBe(expected);
  });
});
