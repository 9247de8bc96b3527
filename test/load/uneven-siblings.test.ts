import { afterEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, tempDir } from "../report/helpers.js";

const HEADER = 'rubric: {id: dti-cap-so, version: "2025.1"}\nagency: {id: a, name: A, type: department}\nperiod: "2025"\nanswers:\n';
const hintsOf = (text: string) => {
  const r = parseYaml(text);
  if (r.ok) throw new Error("parsed");
  return r.diagnostics.map((d) => ({ line: d.line, col: d.col, ...Object.fromEntries(Object.entries(d.params ?? {}).filter(([k]) => k.startsWith("hint"))) }));
};

// The keys of one mapping at two columns: the line whose column differs from its siblings', not the line the parser met next.
describe("keys of one mapping at two columns", () => {
  const temps: string[] = [];
  afterEach(() => cleanup(temps));

  it.each([
    // One field each side, the answer's fields two columns right of it as the file's other levels are: the first is off.
    ["the first field a column right of the one below it (5, 4)", '  "1.2":\n     value: thu-truong\n    evidence:\n      - {number: "5/QĐ", date: "2025-01-10", title: "QĐ"}\n', [{ line: 6, col: 6, hint_sibling_found: 5, hint_indent_expected: 4, hint_sibling_line: 7 }]],
    ["the first field, a block under it, a column right of the one below it", '  "1.2":\n     value:\n       - 1\n    note: z\n', [{ line: 6, col: 6, hint_sibling_found: 5, hint_indent_expected: 4, hint_sibling_line: 8 }]],
    ["the first field a column left of the one below it (3, 4)", '  "1.2":\n    value: x\n   note: z\n', [{ line: 7, col: 4, hint_sibling_found: 3, hint_indent_expected: 4, hint_sibling_line: 6 }]],
    // 4, 4, 5: the last is off.
    ["the last of three a column right (4, 4, 5)", '  "1.2":\n    value: x\n    note: z\n     evidence: []\n', [{ line: 8, col: 6, hint_indent: 5, hint_indent_expected: 4 }]],
    // 4, 5, 5, 5: most are at 5, the first is off (it said the second was, "more than the key above it").
    ["the first of four a column left of the three below it (4, 5, 5, 5)", '  "1.2":\n    value: x\n     note: z\n     evidence: []\n     flag: w\n', [{ line: 6, col: 5, hint_sibling_found: 4, hint_indent_expected: 5, hint_sibling_line: 7 }]],
  ] as const)("%s", (_name, body, expected) => {
    expect(hintsOf(HEADER + body)).toEqual(expected);
  });

  it.each([
    // A rubric's indicator: the dash fixes its first key's column.
    ["a rubric indicator's second key a column right of its code", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n         title: x\n        max: 4\n', [{ line: 5, col: 10, hint_indent: 9, hint_indent_expected: 8 }]],
    ["a rubric rule's first key a column right of the two below it", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        rule:\n           type: bands\n          steps:\n            - {min: 4, points: 20}\n          cap: 20\n', [{ line: 6, col: 12, hint_sibling_found: 11, hint_indent_expected: 10, hint_sibling_line: 7 }]],
    ["a rubric rule's two keys at 11 and 10: both lines named", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        rule:\n           type: bands\n          steps:\n            - {min: 4, points: 20}\n', [{ line: 7, col: 11, hint_uneven_line: 6, hint_uneven_spaces: 11, hint_uneven_other_line: 7, hint_uneven_other_spaces: 10 }]],
    // The holder is a list item's key: no step to tell 11 from 10, so both lines are named.
    ["a text's two languages at 11 and 10 under a list item's key", 'items:\n  - code: "1.1"\n    guidance:\n       vi: "a"\n      en: "b"\n', [{ line: 5, col: 7, hint_uneven_line: 4, hint_uneven_spaces: 7, hint_uneven_other_line: 5, hint_uneven_other_spaces: 6 }]],
  ] as const)("%s", (_name, text, expected) => {
    expect(hintsOf(text)).toEqual(expected);
  });

  // Several keys off the column: each is named, not only the first (the parser reports the keys after each change of column).
  it.each([
    ["two at 5, three at 4, one at 5 (the step says 4)", '  "1.1":\n     value: 3\n     evidence: "a"\n    note: "n"\n    flag: true\n    xa: 1\n     xb: 2\n', [
      { line: 6, col: 6, hint_sibling_found: 5, hint_indent_expected: 4, hint_sibling_line: 8 },
      { line: 7, col: 6, hint_sibling_found: 5, hint_indent_expected: 4, hint_sibling_line: 8 },
      { line: 11, col: 6, hint_sibling_found: 5, hint_indent_expected: 4, hint_sibling_line: 10 },
    ]],
    ["two at 3 among four at 4 (the majority says 4)", '  "1.1":\n    value: 3\n   evidence: "a"\n    note: "n"\n   flag: true\n    xa: 1\n    xb: 2\n', [
      { line: 7, col: 4, hint_outdent: 3, hint_indent_expected: 4 },
      { line: 9, col: 4, hint_outdent: 3, hint_indent_expected: 4 },
    ]],
  ] as const)("%s", (_name, body, expected) => {
    expect(hintsOf(HEADER + body)).toEqual(expected);
  });

  // One advice for the whole mapping: a line's neighbours alone ("less than the keys above and below it", "more than
  // the key above it") do not overrule the column its keys tell, which said the opposite of another finding.
  it.each([
    ["keys alternating 5, 4, 5, 4, 5, 4 (the step says 4)", '  "1.1":\n     value: 3\n    evidence: "a"\n     note: "n"\n    flag: true\n     xa: 1\n    xb: 2\n', [
      { line: 6, col: 6, hint_sibling_found: 5, hint_indent_expected: 4, hint_sibling_line: 7 },
      { line: 8, col: 6, hint_misaligned: 5, hint_indent_expected: 4 },
      { line: 10, col: 6, hint_misaligned: 5, hint_indent_expected: 4 },
    ]],
    ["a field at 3 then one at 4 under a 2-space step: the one at 3", '  "1.2":\n   value: 3\n    note: "n"\n', [
      { line: 6, col: 4, hint_sibling_found: 3, hint_indent_expected: 4, hint_sibling_line: 7 },
    ]],
    ["keys at 4, 5, 6 under a 2-space step: both deeper ones to 4", '  "1.2":\n    value: 3\n     note: "n"\n      flag: x\n', [
      { line: 7, col: 6, hint_indent: 5, hint_indent_expected: 4 },
      { line: 8, col: 7, hint_sibling_found: 6, hint_indent_expected: 4, hint_sibling_line: 6 },
    ]],
  ] as const)("%s", (_name, body, expected) => {
    expect(hintsOf(HEADER + body)).toEqual(expected);
  });

  // Not guessed: an answer's code among the fields of the answer above (the mapping was misread, not a field off).
  it("an answer a column right of the answer above it is not said to be that answer's field", () => {
    expect(hintsOf(HEADER + '  "1.1":\n    value: x\n   "1.2":\n    value: y\n')).toEqual([{ line: 7, col: 4 }]);
  });

  it.each([
    ["vi", "thụt lề 5 dấu cách, còn các dòng cùng cấp với nó (như dòng 7) thụt lề 4 dấu cách: sửa dòng này thành 4 dấu cách"],
    ["en", "indented 5 spaces, the lines of its level (such as line 7) 4: indent it 4 spaces"],
  ])("the code frame points at the line named, with the hint in %s", async (lang, hint) => {
    const dir = tempDir(temps);
    const file = path.join(dir, "ind.yaml");
    writeFileSync(file, HEADER + '  "1.2":\n     value: thu-truong\n    evidence:\n      - {number: "5/QĐ", date: "2025-01-10", title: "QĐ"}\n');
    const r = await runCli(["validate", file, "--lang", lang, "--no-color"]);
    const out = r.stdout + r.stderr;
    expect(r.code).toBe(1);
    expect(out).toContain("ind.yaml:6:6");
    expect(out).toMatch(/> 6 \|      value: thu-truong\n\s+\|      \^/);
    expect(out).toContain(hint);
  });
});
