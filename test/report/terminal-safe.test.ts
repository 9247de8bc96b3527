import { describe, expect, it } from "vitest";
import { terminalSafe } from "../../src/report/terminal-safe.js";

describe("terminalSafe", () => {
  it.each([
    ["clear screen", "a\x1b[2Jb", "a␛[2Jb"],
    ["window title (OSC … BEL)", "\x1b]0;pwned\x07x", "␛]0;pwned␇x"],
    ["carriage return overwriting a line", "ok\rFAKE", "ok␍FAKE"],
    ["backspace, DEL and a C1 CSI", "a\bb\x7fc\x9b2J", "a␈b␡c\ufffd2J"],
    ["NUL and vertical tab", "a\x00b\x0bc", "a␀b␋c"],
  ])("shows %s as symbols", (_, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it.each([
    ["line feeds and tabs", "một\thai\nba"],
    ["colour sequences", "\x1b[1m\x1b[31mĐỏ\x1b[39m\x1b[22m"],
    ["Vietnamese text", "Sở Khoa học và Công nghệ"],
  ])("keeps %s", (_, text) => {
    expect(terminalSafe(text)).toBe(text);
  });
});
