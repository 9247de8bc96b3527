import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { keptLayout } from "../../src/assess/kept-layout.js";

/** The save's text as `keptLayout` gets it: `written` and the document printed as it. */
const kept = (before: string, written: string) => keptLayout(before, written, parseDocument(written));

describe("keptLayout", () => {
  it.each([
    ["a run of blank lines printed as one", "a: 1\n\n\nb: 2\n", "a: 1\n\nb: 2\n", "a: 1\n\n\nb: 2\n"],
    ["blank lines holding spaces", "a: 1\n  \n\t\nb: 2\n", "a: 1\n\nb: 2\n", "a: 1\n  \n\t\nb: 2\n"],
    ["an aligned comment, the line unchanged", "a: 1      # x\nb: 2\n", "a: 1 # x\nb: 3\n", "a: 1      # x\nb: 3\n"],
    ["an aligned comment on a line written anew keeps its column", "a: 1      # x\n", "a: 2 # x\n", "a: 2      # x\n"],
    ["aligned comments, one of their lines written anew: still aligned", "a: no    # x\nb: yes   # y\n", "a: yes # x\nb: yes # y\n", "a: yes   # x\nb: yes   # y\n"],
    ["the new text reaching the comment's column: one space", "a: 1   # x\n", "a: 12345 # x\n", "a: 12345 # x\n"],
    ["the new text ending one space before it: at its column", "a: 1   # x\n", "a: 123 # x\n", "a: 123 # x\n"],
    ["a tab before the comment: as the save writes it (its width is the editor's)", "a: 1\t# x\n", "a: 2 # x\n", "a: 2 # x\n"],
    ["a quoted text holding \" #\" before the comment", 'a: "p #1"    # x\n', 'a: "q #1" # x\n', 'a: "q #1"    # x\n'],
    // In single quotes a backslash is a backslash, and two quotes are one: where the text ends is where its comment may begin.
    ["a single-quoted text ending in a backslash before the comment", "a: 'x\\'    # c\n", "a: 'y\\' # c\n", "a: 'y\\'    # c\n"],
    ["a single-quoted text holding '' and \" #\" before the comment", "a: 'it''s # no'    # c\n", "a: 'it''s # no!' # c\n", "a: 'it''s # no!'   # c\n"],
    ["another comment on the line written anew: as the save writes it", "a: 1      # x\n", "a: 2 # y\n", "a: 2 # y\n"],
    ["Windows line ends", "a: 1      # x\r\nb: 2\r\n", "a: 2 # x\r\nb: 2\r\n", "a: 2      # x\r\nb: 2\r\n"],
    ["letters with diacritics counted as one column each", "a: Hà      # x\n", "a: Huế # x\n", "a: Huế     # x\n"],
    ["a comment line indented deeper than the save writes it keeps its column", "a:\n  b: 1\n    # x\n", "a:\n  b: 1\n  # x\n", "a:\n  b: 1\n    # x\n"],
    ["the same under a line written anew", "a:\n  b: 1\n    # x\nc: 2\n", "a:\n  b: 3\n  # x\nc: 2\n", "a:\n  b: 3\n    # x\nc: 2\n"],
    // A tab is no indent to YAML: a comment line beginning with one is read at column 0, whatever the editor shows.
    ["a comment line beginning with tabs is read at column 0: at the save's column", "a:\n  b: 1\n\t\t\t\t# x\n  c: 2\n", "a:\n  b: 1\n  # x\n  c: 3\n", "a:\n  b: 1\n  # x\n  c: 3\n"],
    // As many tabs as the save's indent has spaces: still column 0 to YAML, not the save's column.
    ["a comment line beginning with as many tabs as the save's spaces: at the save's column", "a:\n  b: 1\n\t\t# x\n  c: 2\n", "a:\n  b: 1\n  # x\n  c: 3\n", "a:\n  b: 1\n  # x\n  c: 3\n"],
    ["a comment line indented by a tab: at the save's column", "a:\n  b: 1\n\t# x\n  c: 2\n", "a:\n  b: 1\n  # x\n  c: 3\n", "a:\n  b: 1\n  # x\n  c: 3\n"],
    ["spaces then a tab, read at the spaces' column, where the save writes it: kept", "a:\n  b: 1\n  \t# x\n  c: 2\n", "a:\n  b: 1\n  # x\n  c: 3\n", "a:\n  b: 1\n  \t# x\n  c: 3\n"],
    ["a comment line indented less than the save writes it is the save's (it says whose comment it is)", "a:\n  b: 1\n# x\n", "a:\n  b: 1\n  # x\n", "a:\n  b: 1\n  # x\n"],
    // The file indented by four, written by two: its comments at the save's column too, not mixed with the keys' new one.
    ["a comment under a line indented otherwise than the save writes it is the save's", "a:\n    b: 1\n      # x\n", "a:\n  b: 1\n  # x\n", "a:\n  b: 1\n  # x\n"],
    ["lines of mixed line ends, each kept with its own", "a: 1   # x\r\nb: 2\nc: 3\r\n", "a: 1 # x\r\nb: 2\r\nc: 4\r\n", "a: 1   # x\r\nb: 2\nc: 4\r\n"],
    ["no line end at the end of the file", "a: 1   # x", "a: 1 # x\n", "a: 1   # x"],
    ["a line removed between blank runs", "a: 1\n\n\nb: 2\n\n\nc: 3\n", "a: 1\n\nc: 3\n", "a: 1\n\n\nc: 3\n"],
    ["a line moved from between two blank runs: the run left above the line it stood above keeps its length", "a: 1\n\n\nb: 2\n\n\n\n# h\nc: 3\n", "a: 1\n\n# h\nc: 3\nb: 2\n", "a: 1\n\n\n\n# h\nc: 3\nb: 2\n"],
    ["a line moved elsewhere keeps its layout", "a: 1      # x\nb: 2\nc: 3\n", "b: 2\nc: 3\na: 1 # x\n", "b: 2\nc: 3\na: 1      # x\n"],
    ["a line moved elsewhere and written anew keeps its comment's column", "a: 1      # x\nb: 2\nc: 3\n", "b: 2\nc: 3\nd: 1 # x\n", "b: 2\nc: 3\nd: 1      # x\n"],
    ["a run above a line written anew keeps its length", "a: 1\n\n\nb: 2\nc: 3\n", "a: 1\n\nb: 4\nc: 3\n", "a: 1\n\n\nb: 4\nc: 3\n"],
    // A flow value written over several lines by hand, which the printer writes on one line.
    ["a flow mapping over two lines, another line changed: kept", "a: {x: 70,\n   y: 65}\nb: 1\n", "a: {x: 70, y: 65}\nb: 2\n", "a: {x: 70,\n   y: 65}\nb: 2\n"],
    ["a list item's flow mapping over two lines", "l:\n  - {n: x,\n     t: y}\nb: 1\n", "l:\n  - {n: x, t: y}\nb: 2\n", "l:\n  - {n: x,\n     t: y}\nb: 2\n"],
    ["a flow sequence with its brackets on their own lines", "a: [\n  1,\n  2\n]\nb: 1\n", "a: [1, 2]\nb: 2\n", "a: [\n  1,\n  2\n]\nb: 2\n"],
    ["nested flow values over three lines", "a: {x: [1,\n  2], y: {p: 1,\n  q: 2}}\nb: 1\n", "a: {x: [1, 2], y: {p: 1, q: 2}}\nb: 2\n", "a: {x: [1,\n  2], y: {p: 1,\n  q: 2}}\nb: 2\n"],
    ["a quoted text broken over two lines inside it", 'a: {t: "Kế hoạch\n  số 5"}\nb: 1\n', 'a: {t: "Kế hoạch số 5"}\nb: 2\n', 'a: {t: "Kế hoạch\n  số 5"}\nb: 2\n'],
    ["a \"{\" in a quoted text does not open one", 'a: {t: "x {",\n  u: 1}\nb: 1\n', 'a: {t: "x {", u: 1}\nb: 2\n', 'a: {t: "x {",\n  u: 1}\nb: 2\n'],
    ["a single-quoted text ending in a backslash inside it", "a: {t: 'x\\',\n  u: 1}\nb: 1\n", "a: {t: 'x\\', u: 1}\nb: 2\n", "a: {t: 'x\\',\n  u: 1}\nb: 2\n"],
    ["Windows line ends", "a: {x: 1,\r\n  y: 2}\r\nb: 1\r\n", "a: {x: 1, y: 2}\r\nb: 2\r\n", "a: {x: 1,\r\n  y: 2}\r\nb: 2\r\n"],
    ["a quoted text over two lines in a block value", 't: "Kế hoạch\n  số 5"\nb: 1\n', 't: "Kế hoạch số 5"\nb: 2\n', 't: "Kế hoạch\n  số 5"\nb: 2\n'],
    // A plain text wrapped by hand (a long note), which the printer writes on one line.
    ["a note wrapped over three lines, another line changed: kept", "n: Số liệu lấy từ\n  hệ thống báo cáo,\n  quý III\nb: 1\n", "n: Số liệu lấy từ hệ thống báo cáo, quý III\nb: 2\n", "n: Số liệu lấy từ\n  hệ thống báo cáo,\n  quý III\nb: 2\n"],
    ["a list item's text wrapped", "l:\n  - Kế hoạch số 5\n    năm 2025\nb: 1\n", "l:\n  - Kế hoạch số 5 năm 2025\nb: 2\n", "l:\n  - Kế hoạch số 5\n    năm 2025\nb: 2\n"],
    ["a wrapped note changed: as the save writes it", "n: Số liệu lấy từ\n  hệ thống\nb: 1\n", "n: Số liệu mới\nb: 1\n", "n: Số liệu mới\nb: 1\n"],
    ["a deeper comment under a value is no part of it", "a:\n  n: x\n    # c\n  b: 1\n", "a:\n  n: x\n  # c\n  b: 2\n", "a:\n  n: x\n    # c\n  b: 2\n"],
    ["its value changed: as the save writes it", "a: {x: 70,\n   y: 65}\nb: 1\n", "a: {x: 71, y: 65}\nb: 1\n", "a: {x: 71, y: 65}\nb: 1\n"],
    ["an item without a space after its comma: as the save writes it", "a: [1,2,\n  3]\n", "a: [1, 2, 3]\n", "a: [1, 2, 3]\n"],
    ["a comment inside it: as the save writes it", "a: {x: 1, # c\n  y: 2}\nb: 1\n", "a: {x: 1, y: 2} # c\nb: 2\n", "a: {x: 1, y: 2} # c\nb: 2\n"],
    ["a plain text holding \"{\" in a block value opens none", "t: a {b\nu: 1\nv: 2\n", "t: a {b\nu: 1\nv: 3\n", "t: a {b\nu: 1\nv: 3\n"],
    ["one never closed: its lines matched one by one", "a: {x: 1,\nb: 1\n", "a: {x: 1,\nb: 2\n", "a: {x: 1,\nb: 2\n"],
    // List items aligned after their dash by hand (`-   number: x`, an editor's tab stops): the printer writes `- `.
    ["an item's mapping aligned after its dash, another line changed: kept", "l:\n  -   n: x\n      t: y\n  -   {n: z}\nb: 1\n", "l:\n  - n: x\n    t: y\n  - {n: z}\nb: 2\n", "l:\n  -   n: x\n      t: y\n  -   {n: z}\nb: 2\n"],
    ["a list in an item aligned so, its items aligned too", "l:\n  -   n: x\n      m:\n        -   p\n        -   q\n      t: y\nb: 1\n", "l:\n  - n: x\n    m:\n      - p\n      - q\n    t: y\nb: 2\n", "l:\n  -   n: x\n      m:\n        -   p\n        -   q\n      t: y\nb: 2\n"],
    ["a comment under the item's text keeps its column", "l:\n  -   n: x\n      # c\n      t: y\nb: 1\n", "l:\n  - n: x\n    # c\n    t: y\nb: 2\n", "l:\n  -   n: x\n      # c\n      t: y\nb: 2\n"],
    ["a comment in the item less deep than its text: the item's lines still kept", "l:\n  -   n: x\n    # c\n      t: y\nb: 1\n", "l:\n  - n: x\n    # c\n    t: y\nb: 2\n", "l:\n  -   n: x\n    # c\n      t: y\nb: 2\n"],
    ["a block text in an item: its lines moved with it, not looked into", "l:\n  -   n: |\n        -   a\n      t: y\nb: 1\n", "l:\n  - n: |\n      -   a\n    t: y\nb: 2\n", "l:\n  -   n: |\n        -   a\n      t: y\nb: 2\n"],
    // The block text ends at a line as deep as its key: the item's lines after it are looked into again.
    ["a block text in an item, then a list aligned so: kept", "l:\n  -   n: |\n        a\n      m:\n        -   p\nb: 1\n", "l:\n  - n: |\n      a\n    m:\n      - p\nb: 2\n", "l:\n  -   n: |\n        a\n      m:\n        -   p\nb: 2\n"],
    ["a line of the item written anew: the item as the save writes it, the rest kept", "l:\n  -   n: x\n      t: y\nb: 1   # c\n", "l:\n  - n: x\n    t: z\nb: 1 # c\n", "l:\n  - n: x\n    t: z\nb: 1   # c\n"],
    ["the item changed: as the save writes it", "l:\n  -   {n: x}\nb: 1\n", "l:\n  - {n: w}\nb: 1\n", "l:\n  - {n: w}\nb: 1\n"],
    // Explicit keys (`? "1.1"` then `:`), which the printer writes `"1.1":`.
    ["an explicit key, its answer below the `:`, another line changed: kept", 'a:\n  ? "1.1"\n  :\n    v: 1\nb: 1\n', 'a:\n  "1.1":\n    v: 1\nb: 2\n', 'a:\n  ? "1.1"\n  :\n    v: 1\nb: 2\n'],
    ["an explicit key, its answer's first key on the `:` line: kept", 'a:\n  ? "1.1"\n  : v: 1\n    w: 2\nb: 1\n', 'a:\n  "1.1":\n    v: 1\n    w: 2\nb: 2\n', 'a:\n  ? "1.1"\n  : v: 1\n    w: 2\nb: 2\n'],
    ["the key on the `:` line written anew: both lines as the save writes them", 'a:\n  ? "1.1"\n  : v: 1\n    w: 2\n', 'a:\n  "1.1":\n    v: 9\n    w: 2\n', 'a:\n  "1.1":\n    v: 9\n    w: 2\n'],
    ["the key renamed (an answer moved to another code): as the save writes it", 'a:\n  ? "1.6"\n  : v: 1\n    w: 2\n', 'a:\n  "1.7":\n    v: 1\n    w: 2\n', 'a:\n  "1.7":\n    v: 1\n    w: 2\n'],
    ["a comment on the `?` line: the key as the save writes it, the comment at its column", 'a:\n  ? "1.1"  # c\n  :\n    v: 1\nb: 1\n', 'a:\n  "1.1": # c\n    v: 1\nb: 2\n', 'a:\n  "1.1":   # c\n    v: 1\nb: 2\n'],
    // A comment on the `:` line: the printer writes it on the answer's first key's line, or on a line of its own below the key.
    ["a comment on the `:` line after the answer's first key, another line changed: kept", 'a:\n  ? "1.1"\n  : v: 1   # c\n    w: 2\nb: 1\n', 'a:\n  "1.1":\n    v: 1 # c\n    w: 2\nb: 2\n', 'a:\n  ? "1.1"\n  : v: 1   # c\n    w: 2\nb: 2\n'],
    ["a comment alone on the `:` line, the answer below it: kept", 'a:\n  ? "1.1"\n  :   # c\n    v: 1\nb: 1\n', 'a:\n  "1.1":\n    # c\n    v: 1\nb: 2\n', 'a:\n  ? "1.1"\n  :   # c\n    v: 1\nb: 2\n'],
    ["the same, a comment line under it: kept", 'a:\n  ? "1.1"\n  : # c\n    # d\n    v: 1\nb: 1\n', 'a:\n  "1.1":\n    # c\n    # d\n    v: 1\nb: 2\n', 'a:\n  ? "1.1"\n  : # c\n    # d\n    v: 1\nb: 2\n'],
    ["the key holding the comment written anew: both lines as the save writes them, the comment on its line", 'a:\n  ? "1.1"\n  : v: 1   # c\n    w: 2\n', 'a:\n  "1.1":\n    v: 9 # c\n    w: 2\n', 'a:\n  "1.1":\n    v: 9 # c\n    w: 2\n'],
    ["a flow value on the `:` line: as the save writes it", 'a:\n  ? "1.1"\n  : {v: 1}\nb: 1\n', 'a:\n  "1.1": {v: 1}\nb: 2\n', 'a:\n  "1.1": {v: 1}\nb: 2\n'],
  ])("%s", (_, before, written, expected) => {
    expect(kept(before, written)).toBe(expected);
  });

  it("writes the save's text where the file differs from it in more lines than a save changes (re-indented by hand)", () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `k${i}:\n    v: ${i}   # c`);
    const before = `${lines.join("\n")}\n`;
    const written = before.replace(/^ {4}v: (\d+) {3}#/gm, "  v: $1 #").replace("v: 5 #", "v: 6 #");
    expect(kept(before, written)).toBe(written);
    // Within the limit, the same file keeps its comments aligned, the changed line's too.
    const few = lines.slice(0, 300).join("\n") + "\n";
    expect(kept(few, few.replace("v: 5   #", "v: 6 #"))).toBe(few.replace("v: 5   #", "v: 6   #"));
  });
});
