import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { indentStyleOf, printedIn } from "../../src/assess/indent-style.js";

describe("indentStyleOf", () => {
  it.each([
    ["two spaces, lists under their key (init, the examples)", 'agency:\n  id: x\nanswers:\n  "1.1":\n    evidence:\n      - {number: 1}\n', { indent: 2, indentSeq: true }],
    ["four spaces, lists at four", 'answers:\n    "1.1":\n        evidence:\n            - number: 1\n              title: y\n', { indent: 4, indentSeq: true }],
    ["four spaces, lists at two", 'answers:\n    "1.1":\n        evidence:\n          - {number: 1}\n', { indent: 4, indentSeq: false }],
    ["two spaces, lists at their key's column", 'answers:\n  "1.1":\n    evidence:\n    - {number: 1}\n', { indent: 2, indentSeq: false }],
    ["three spaces", 'answers:\n   "1.1":\n      value: 1\n', { indent: 3, indentSeq: true }],
    ["a mapping in a list's item: told from the item's key", 'answers:\n    "1.1":\n        evidence:\n            - number: 1\n              more:\n                  a: 1\n', { indent: 4, indentSeq: true }],
    ["comments above the nested keys and list: not counted", 'answers:\n# x\n    "1.1":\n      # y\n        evidence:\n  # z\n            - {number: 1}\n', { indent: 4, indentSeq: true }],
    // The printer writes a list two less than the indent at the least: moved to the key's column after it (printedIn).
    ["four spaces, lists at their key's column", 'answers:\n    "1.1":\n        evidence:\n        - {number: 1}\n', { indent: 4, indentSeq: false, listsAtKey: true }],
    ["three spaces, lists at their key's column", 'answers:\n   "1.1":\n      evidence:\n      - {number: 1}\n', { indent: 3, indentSeq: false, listsAtKey: true }],
    // What is not told is written as it always was.
    ["lists at two widths", 'answers:\n  "1.1":\n    evidence:\n    - {number: 1}\n  "1.2":\n    evidence:\n      - {number: 2}\n', { indent: 2, indentSeq: true }],
    ["mappings at two widths", 'agency:\n  id: x\nanswers:\n    "1.1":\n        value: 1\n', { indent: 2, indentSeq: true }],
    // The first width met is not taken for the file's (four here): the printer's two, as for any mix.
    ["mappings at two widths, four first", 'answers:\n    "1.1":\n      value: 1\n', { indent: 2, indentSeq: true }],
    ["no nested block mapping", 'rubric: {id: x, version: "1"}\nanswers: {}\n', { indent: 2, indentSeq: true }],
    ["an empty file", "", { indent: 2, indentSeq: true }],
    ["explicit keys (`? \"1.1\"`), four spaces: told from the `?`", 'agency:\n    id: x\nanswers:\n    ? "1.1"\n    :\n        value: 1\n', { indent: 4, indentSeq: true }],
    ["explicit keys, two spaces", 'agency:\n  id: x\nanswers:\n  ? "1.1"\n  :\n    value: 1\n', { indent: 2, indentSeq: true }],
    ["Windows line ends", 'answers:\r\n    "1.1":\r\n        value: 1\r\n', { indent: 4, indentSeq: true }],
  ])("%s", (_, text, style) => {
    expect(indentStyleOf(parseDocument(text), text)).toEqual(style);
  });
});

describe("printedIn", () => {
  const AT_KEY = { indent: 4, indentSeq: false, listsAtKey: true } as const;
  it.each([
    ["a list at its key's column", 'a:\n    l:\n    - 1\n    - 2\n    b: 3\n'],
    ["an item's mapping, a list in it, comments above and below the items",
      'a:\n    l:\n    # above\n    - n: 1\n      m:\n      - x\n    # below\n    b: 3\n'],
    ["a list in a list's item at the item's key's column", 'l:\n- n: 1\n  m:\n  - x\n  - y\nb: 1\n'],
    // A block text's lines are its text: a "k:" and "- b" in it are not moved.
    ["a block text holding what looks like a list", 'a:\n    note: |\n        k:\n          - b\n    l:\n    - 1\n'],
    ["a block text in a list's item", 'a:\n    l:\n    - |\n      k:\n        - b\n    - 2\n'],
  ])("%s: written as it was", (_, text) => {
    const doc = parseDocument(text);
    expect(printedIn(doc, AT_KEY, { lineWidth: 0 })).toBe(text);
  });

  it("writes a list the key's column cannot hold (an anchor on it) as the printer does, the data the same", () => {
    const doc = parseDocument("a:\n    l: &x\n    - 1\n    m: *x\n");
    const out = printedIn(doc, AT_KEY, { lineWidth: 0 });
    expect(parseDocument(out).toJS()).toEqual(doc.toJS());
  });
});
