import { describe, expect, it } from "vitest";
import { joinPastedLines } from "../../src/prompts/paste-lines.js";

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
