import { describe, expect, it } from "vitest";
import { asTyped, joinPastedLines } from "../../src/prompts/paste-lines.js";

describe("joinPastedLines: what arrived at once, its inner line breaks made spaces", () => {
  it.each([
    ["a\rb\rc\r", "a b c\r"], // a paste ending with a line break: Enter, kept
    ["a\r\nb", "a b"], // Windows line ends, the last line not ended
    ["a\n\nb", "a b"], // a blank line between
    ["80\r", "80\r"], // typed: one Enter at the end
    ["\r", "\r"],
    ["\x1b[B\r", "\x1b[B\r"], // an arrow key then Enter
  ])("%j → %j", (given, expected) => {
    expect(joinPastedLines(given)).toBe(expected);
  });
});

describe("asTyped: what arrived at once, as readline edits it", () => {
  it.each([
    ["a decomposed letter, composed", "Ti\u0065\u0302\u0301", "Tiế"],
    ["a decomposed paste of lines, joined and composed", "Nguye\u0302\u0303n\rVa\u0306n A\r", "Nguyễn Văn A\r"],
    ["an arrow key and Backspace, as they were", "\x1b[D\x7f", "\x1b[D\x7f"],
  ])("%s", (_, given, expected) => {
    expect(asTyped(given)).toBe(expected);
  });
});
