import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { indentStyleOf } from "../../src/assess/indent-style.js";

describe("indentStyleOf", () => {
  it.each([
    ["two spaces, lists under their key (init, the examples)", 'agency:\n  id: x\nanswers:\n  "1.1":\n    evidence:\n      - {number: 1}\n', { indent: 2, indentSeq: true }],
    ["four spaces, lists at four", 'answers:\n    "1.1":\n        evidence:\n            - number: 1\n              title: y\n', { indent: 4, indentSeq: true }],
    ["four spaces, lists at two", 'answers:\n    "1.1":\n        evidence:\n          - {number: 1}\n', { indent: 4, indentSeq: false }],
    ["two spaces, lists at their key's column", 'answers:\n  "1.1":\n    evidence:\n    - {number: 1}\n', { indent: 2, indentSeq: false }],
    ["three spaces", 'answers:\n   "1.1":\n      value: 1\n', { indent: 3, indentSeq: true }],
    ["a mapping in a list's item: told from the item's key", 'answers:\n    "1.1":\n        evidence:\n            - number: 1\n              more:\n                  a: 1\n', { indent: 4, indentSeq: true }],
    ["comments above the nested keys and list: not counted", 'answers:\n# x\n    "1.1":\n      # y\n        evidence:\n  # z\n            - {number: 1}\n', { indent: 4, indentSeq: true }],
    // What the printer cannot write, or is not told, is written as it always was.
    ["four spaces, lists at their key's column (the printer writes them at four or two)", 'answers:\n    "1.1":\n        evidence:\n        - {number: 1}\n', { indent: 4, indentSeq: true }],
    ["lists at two widths", 'answers:\n  "1.1":\n    evidence:\n    - {number: 1}\n  "1.2":\n    evidence:\n      - {number: 2}\n', { indent: 2, indentSeq: true }],
    ["mappings at two widths", 'agency:\n  id: x\nanswers:\n    "1.1":\n        value: 1\n', { indent: 2, indentSeq: true }],
    ["no nested block mapping", 'rubric: {id: x, version: "1"}\nanswers: {}\n', { indent: 2, indentSeq: true }],
    ["an empty file", "", { indent: 2, indentSeq: true }],
    ["explicit keys (`? \"1.1\"`), four spaces: told from the `?`", 'agency:\n    id: x\nanswers:\n    ? "1.1"\n    :\n        value: 1\n', { indent: 4, indentSeq: true }],
    ["explicit keys, two spaces", 'agency:\n  id: x\nanswers:\n  ? "1.1"\n  :\n    value: 1\n', { indent: 2, indentSeq: true }],
    ["Windows line ends", 'answers:\r\n    "1.1":\r\n        value: 1\r\n', { indent: 4, indentSeq: true }],
  ])("%s", (_, text, style) => {
    expect(indentStyleOf(parseDocument(text), text)).toEqual(style);
  });
});
