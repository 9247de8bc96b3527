import { describe, expect, it } from "vitest";
import { wrapWords } from "../../src/report/wrap.js";

describe("wrapWords", () => {
  it.each([
    ["fits", "một hai ba", 20, "", ["một hai ba"]],
    ["breaks at spaces, never inside a syllable", "được 20 điểm; 3 cuộc 15 điểm", 13, "", ["được 20 điểm;", "3 cuộc 15", "điểm"]],
    ["indents the lines after the first", "aaa bbb ccc ddd", 8, "  ", ["aaa bbb", "  ccc", "  ddd"]],
    ["cuts a word longer than a line", "https://example.vn/a/very/long/link", 12, "", ["https://exam", "ple.vn/a/ver", "y/long/link"]],
    ["counts a Vietnamese letter as one column", "điểm điểm", 10, "", ["điểm điểm"]],
    ["empty", "", 10, "", [""]],
  ] as const)("%s", (_, text, width, indent, expected) => {
    expect(wrapWords(text, width, indent)).toEqual(expected);
    for (const line of wrapWords(text, width, indent)) expect([...line].length).toBeLessThanOrEqual(width);
  });
});

it("keeps the text's leading spaces on its first line", () => {
  expect(wrapWords("  Hướng dẫn: đếm các cuộc họp", 16, "    ")).toEqual(["  Hướng dẫn: đếm", "    các cuộc họp"]);
});
