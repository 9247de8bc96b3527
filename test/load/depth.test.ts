import { describe, expect, it } from "vitest";
import { findExcessiveDepth } from "../../src/load/depth.js";
import { parseYaml } from "../../src/load/parse-yaml.js";

const codes = (text: string) => { const r = parseYaml(text); return r.ok ? [] : r.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`); };
const DEEP = "[".repeat(1000);

describe("findExcessiveDepth, where a quote or a comment the parser does not see comes first", () => {
  // Each text before `b:` is read by the parser as plain text (or a quote it closes where the scan saw none):
  // the scan took a quote or a comment there, which hid the brackets after it; the parser then met 1,000 of
  // them and said too-deep where its stack ran out (4:804, 3:804, 2:818…), with a syntax error beside it.
  it.each([
    ["a comma outside brackets", "note: a, 'x\nb: ", 3],
    ["a dash inside a text", "note: a - 'x\nb: ", 3],
    ["a question mark inside a text", "note: a ? 'x\nb: ", 3],
    ["a text going on on the next line", "note: a\n  'x\nb: ", 4],
    ["a flow collection cut short by a line indented too little", "x: [\nnote: a, 'y\nb: ", 4],
  ])("%s: one too-deep, where the brackets pass the limit", (_name, before, line) => {
    expect(codes(`rubric: x\n${before}${DEEP}\n`)).toEqual([`too-deep@${line}:104`]);
  });

  it("a quote after a colon with no space, in braces (JSON's way), and a # inside it", () => {
    // The scan takes no quote there, so " #" read as a comment hid the rest of the line.
    expect(codes(`rubric: x\nx: {"a":"b #", c: ${DEEP}\n`)).toEqual(["too-deep@2:118"]);
  });

  it("the same for block nesting: a line of 3,000 dashes after such a quote", () => {
    expect(codes(`rubric: x\nnote: a, 'x\nb:\n${"- ".repeat(3000)}1\n`)).toEqual(["too-deep@4:101"]);
  });

  it.each([
    ["brackets in a quoted text", `note: "${"[".repeat(150)}"\n`],
    ["brackets in a comment", `# ${"[".repeat(150)}\nnote: x\n`],
    ["a separator line of dashes in a comment", `# ${"-".repeat(150)}\nnote: x\n`],
    // The block text last, with no line break after it: its token then ends in no line break either.
    ["a block text of long lines after a comment that sends the text to the parser's tokens", `# ${"[".repeat(150)}\nnote: |\n  ${"x".repeat(300)}\n  ${"y".repeat(300)}`],
    ["a quoted text of many lines, each with colons", `note: "${Array.from({ length: 50 }, () => "  a: b: c: d: e: f:").join("\n")}"\n`],
  ])("%s: text to the parser, so no depth (measured again on its tokens)", (_name, text) => {
    expect(findExcessiveDepth(text, 100)).toBeUndefined();
    expect(codes(text)).toEqual([]);
  });
});

describe("findExcessiveDepth, lines counted through a double-quoted text continued with a backslash", () => {
  it("the line break after the backslash is a line: the brackets are found on their own line (one too few before)", () => {
    // "a\ then b" on the next line is one text, "ab", to the parser; its line break is still the file's.
    const text = `rubric: x\nnote: "a\\\n  b"\nx: ${DEEP}\n`;
    expect(findExcessiveDepth(text, 100)).toMatchObject({ line: 4, col: 104 });
    expect(codes(text)).toEqual(["too-deep@4:104"]);
  });

  it("an escaped quote still leaves the text open, and a backslash before CRLF counts one line too", () => {
    expect(findExcessiveDepth(`note: "a\\" [[["\nx: ${DEEP}\n`, 100)).toMatchObject({ line: 2, col: 104 });
    expect(findExcessiveDepth(`note: "a\\\r\n  b"\r\nx: ${DEEP}\r\n`, 100)).toMatchObject({ line: 3 });
  });
});
