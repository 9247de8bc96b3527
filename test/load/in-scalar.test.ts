import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { offsetInScalar } from "../../src/load/in-scalar.js";

/** The source offset `offsetInScalar` gives for the first `words` of `text`'s value, as line:col. */
function placed(source: string, words: string): string | undefined {
  const value = (parse(source) as { t: string }).t;
  const start = source.indexOf("t: ") + 3;
  const at = offsetInScalar(source, start, value, value.indexOf(words));
  if (at === undefined) return undefined;
  const before = source.slice(0, at).split("\n");
  expect(source.slice(at, at + 3)).toBe(words.slice(0, 3));
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe("offsetInScalar: where words of a text value are written (a finding sat at the scalar's first character)", () => {
  it.each([
    ["a folded block (>-), on its third line", "t: >-\n  Nếu không có phản ánh\n  (mẫu số bằng 0), đủ điểm;\n  đối chiếu chỉ số 6.1 nhé.\n", "6.1", "4:20"],
    ["a literal block (|) with a more-indented line", "t: |\n  dòng một\n    thụt vào\n  xem chỉ số 6.1\n", "6.1", "4:14"],
    ["a plain text over two lines", "t: xem các\n  chỉ số 6.1 và 6.2\n", "6.2", "2:17"],
    ["double quotes with escapes before the words", 't: "\\u00e0 \\"x\\" \\n xem 6.1"\n', "6.1", "1:25"],
    ["single quotes with a doubled quote", "t: 'it''s 6.1'\n", "6.1", "1:11"],
    ["on the first line of a plain text", "t: chỉ số 6.1\n", "6.1", "1:11"],
  ])("%s", (_name, source, words, at) => {
    expect(placed(source, words)).toBe(at);
  });

  it("a value that does not follow its source (a text the model changed) gives no place", () => {
    expect(offsetInScalar("t: abc\n", 3, "xyz", 2)).toBeUndefined();
  });
});
