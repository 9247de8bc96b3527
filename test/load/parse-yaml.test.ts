import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findExcessiveDepth } from "../../src/load/depth.js";
import { locate, quotedAt } from "../../src/load/locate.js";
import { message } from "../../src/i18n/messages.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { hintTexts } from "../../src/report/hints.js";
import { cpuTimed } from "../helpers/cpu-time.js";
import { runCli } from "../helpers/run-cli.js";

const codes = (text: string) => { const r = parseYaml(text); return r.ok ? [] : r.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`); };

describe("parseYaml", () => {
  it.each([
    ["a: 1\na: 2\n", "duplicate-key@2:1"],
    ["a:\n\tb: 1\n", "tab-indent@2:1"],
    ["a: [1, 2\n", "yaml-syntax"],
    ["a: 1\n---\nb: 2\n", "multiple-documents"],
    ["%YAML 1.1\n---\na: yes\n", "yaml-1.1@1:1"],
    ["a: !foo x\n", "unknown-tag@1:4"],
    ["a: !!binary aGk=\n", "unknown-tag@1:4"],
    ["", "empty-file@1:1"],
    ["# only a comment\n", "empty-file@1:1"],
    ["- 1\n- 2\n", "root-not-mapping@1:1"],
    ["just text\n", "root-not-mapping@1:1"],
  ])("%j → %s", (text, expected) => {
    expect(codes(text).join(" ")).toContain(expected);
  });

  it("a \\uD800 escape, half of a character, is refused where it is written, in a value or a key; a whole pair is kept", () => {
    expect(codes('a: "x\\uD800"\nb: "\\uDC00y"\n"\\uDBFF": 1\n')).toEqual(["lone-surrogate@1:4", "lone-surrogate@2:4", "lone-surrogate@3:1"]);
    expect(parseYaml('a: "\\uD83D\\uDE00"\n')).toMatchObject({ ok: true, parsed: { data: { a: "\u{1F600}" } } });
  });

  it("a rubric whose version holds half a character is refused by lint and by the commands using it (each ended in an internal error)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-half-"));
    const file = path.join(dir, "r.yaml");
    writeFileSync(file, readFileSync("rubrics/un-losi-2022.yaml", "utf8").replace('version: "2022"', 'version: "2022\\uD800"'));
    for (const args of [["rubric", "lint", file], ["schema", "agency", "--rubric", file], ["validate", "examples/so-khcn-quang-binh.yaml", "--rubric", file]]) {
      const r = await runCli(args);
      expect(r.stderr, args.join(" ")).not.toContain("Internal error");
      expect(r.stderr, args.join(" ")).toContain("[lone-surrogate]");
    }
    rmSync(dir, { recursive: true, force: true });
  });

  // A table saved from Excel and renamed .yaml: said as the table it is, with what makes an agency file.
  it.each([
    ["Mã chỉ số;Giá trị\r\n1.1;4\r\n1.2;thu-truong\r\n", { hint_table: "csv", hint_separator: ";" }],
    ["Mã chỉ số,Giá trị\n1.1,4\n", { hint_table: "csv", hint_separator: "," }],
    ["Mã chỉ số\tGiá trị\n1.1\t4\n", { hint_table: "csv", hint_separator: "\t" }],
    ["<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<style>\ntd {mso-style-parent:style0; font-size: 11.0pt}\n</style>\n<table><tr><td>1.1</td></tr></table></html>\n", { hint_table: "html" }],
  ])("a table saved as CSV or a web page (%j) is one finding that says so", (text, params) => {
    const r = parseYaml(text);
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.code, d.line, d.col, d.params])).toEqual([["root-not-mapping", 1, 1, { found: "string", ...params }]]);
  });

  it.each(["just text\n", "Xin gửi phiếu, kèm báo cáo\n", "Kính gửi: Sở; Phòng\nNội dung, xem tệp đính kèm\n"])("a text that is no table (%j) gets no table hint", (text) => {
    const r = parseYaml(text);
    expect(r.ok ? undefined : r.diagnostics[0]!.params.hint_table).toBeUndefined();
  });

  it.each([
    ["-- \nNguyễn Văn A | Chuyên viên\nGửi từ Zalo\n", 3],
    ["Sent from my iPhone\n", 3],
    ["Gửi từ iPhone của tôi\n", 3],
  ])("an e-mail signature below the data (%j) is one finding at its first line, said as such", (signature, line) => {
    const r = parseYaml(`agency:\n  id: a\n${signature}`);
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.code, d.line, d.col, d.params.hint_signature])).toEqual([["yaml-syntax", line, 1, line]]);
  });

  // Word's AutoCorrect turns "- " into "– ", and a list pasted from Word starts its items with •: one such line set off 1,000 findings, none on it.
  const items = (first: string, second: string) => `answers:\n  "1.1":\n    value: 3\n    evidence:\n      ${first} {number: "08/TB", title: "Thông báo"}\n      ${second} {number: "41/TB", title: "Kế hoạch"}\n  "1.2":\n    value: cap-pho\n`;
  it.each([
    ["an en dash before the first item", items("–", "-"), [[5, 7, "–"]]],
    ["a bullet before the first item", items("•", "-"), [[5, 7, "•"]]],
    ["a bullet and a tab", items("•\t", "-"), [[5, 7, "•"]]],
    ["an en dash before every item", items("–", "–"), [[5, 7, "–"], [6, 7, "–"]]],
    ["an em dash before the second item", items("-", "—"), [[6, 7, "—"]]],
  ])("%s is said at that line, as the mark to type - for, and alone", (_, text, expected) => {
    const r = parseYaml(text);
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.line, d.col, d.params.hint_list_mark])).toEqual(expected);
  });

  it("an en dash starting a note's line is the note's text: the error below is said where it is", () => {
    const r = parseYaml("agency:\n  note: |\n    – họp quý I\n    – họp quý II\nanswers:\n  \"1.1\": {value: 1\n");
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.line, d.params.hint_list_mark])).toEqual([[6, undefined]]);
  });

  it.each([
    ["agency:\n  id: a\n  note: |\n    Cảm ơn.\n    --\n    Phòng CNTT\nanswers:\n  \"1.1\": {value: 1\n", 8],
    ["agency:\n  note: |\n    Gửi từ phòng một cửa\nanswers:\n  \"1.1\": \"abc\n", 5],
  ])("a signature-like line inside a note (%j) is the note's text: the error below is said where it is", (text, line) => {
    const r = parseYaml(text);
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.line, d.params.hint_signature])).toEqual([[line, undefined]]);
  });

  it("a signature typed in decomposed Unicode (a Mac's mail) is still one", () => {
    const r = parseYaml("agency:\n  id: a\n" + "Gửi từ iPhone\n".normalize("NFD"));
    expect(r.ok ? [] : r.diagnostics.map((d) => d.params.hint_signature)).toEqual([3]);
  });

  it("a -- line among the data's own errors is no signature", () => {
    const r = parseYaml("agency: [1, 2\n-- \nname: x\n");
    expect(r.ok ? [] : r.diagnostics.every((d) => d.params.hint_signature === undefined)).toBe(true);
  });

  it("refuses alias bombs", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill("*" + String.fromCharCode(96 + i)).join(", ")}]`);
    expect(codes(lines.join("\n") + "\n")).toEqual(["alias-limit@3:40"]);
  });

  it("refuses aliases that repeat a large text beyond what a file may hold, at the first alias", () => {
    const big = "A".repeat(1_000_000);
    const refs = Array.from({ length: 6 }, (_, i) => `  n${i}: *big`).join("\n");
    expect(codes(`name: &big "${big}"\nnotes:\n${refs}\n`)).toEqual(["alias-expansion@3:7"]);
    // Within the limit, aliases still read.
    const r = parseYaml(`name: &n "${"A".repeat(1000)}"\nagain: *n\n`);
    expect(r.ok && (r.parsed.data.again as string).length).toBe(1000);
  });

  it("reports every repeated key, each with the line of its first occurrence", () => {
    const lines = Array.from({ length: 5000 }, () => "  k: 1").join("\n");
    const r = parseYaml(`x:\n${lines}\ny: 1\ny: 2\n`);
    expect(r.ok).toBe(false);
    const found = r.ok ? [] : r.diagnostics;
    expect(found).toHaveLength(5000);
    expect(found.every((d) => d.code === "duplicate-key")).toBe(true);
    expect(found[0]).toMatchObject({ line: 3, col: 3, params: { first_line: 2 } });
    expect(found.at(-1)).toMatchObject({ line: 5003, col: 1, params: { first_line: 5002 } });
  });

  it("an item of a list whose first key comes again is said once, as the dash of a new item left out", () => {
    const text = 'items:\n  - code: "1"\n    max: 5\n    code: "2"\n    max: 10\n  - code: "3"\n    max: 1\n';
    const r = parseYaml(text);
    const found = r.ok ? [] : r.diagnostics;
    expect(found.map((d) => [d.code, d.line, d.col, d.params.hint_new_item])).toEqual([["duplicate-key", 4, 5, "code"]]);
    expect(hintTexts(found[0]!, "en")).toEqual(["if a new item of the list starts at this line, write a dash before its first key: - code: (as the item at line 2 does)"]);
    // A key repeated that is not the item's first, or in a mapping that is not a list's item, is merged or deleted.
    for (const other of ['items:\n  - code: "1"\n    max: 5\n    max: 10\n', 'code: "1"\nmax: 5\ncode: "2"\n']) {
      const d = parseYaml(other);
      expect(d.ok ? [] : d.diagnostics.map((x) => x.params.hint_new_item)).toEqual([undefined]);
    }
  });

  it("a key repeated just below a key left empty (a collector's `verified:` with its value not indented under it) is said to be that key's, not to merge", async () => {
    const text = 'answers:\n  "2.2":\n    value: 70\n    verified:\n    value: 60\n    note: "x"\n';
    const r = parseYaml(text);
    const found = r.ok ? [] : r.diagnostics;
    expect(found.map((d) => [d.code, d.line, d.col, d.params.hint_under])).toEqual([["duplicate-key", 5, 5, "verified"]]);
    expect(hintTexts(found[0]!, "en")).toEqual(["this key is already at line 3, and verified: just above it holds nothing: if this line is meant for verified, indent it further than verified:"]);
    expect(hintTexts(found[0]!, "vi")).toEqual(["khóa này đã có ở dòng 3, còn verified: ngay phía trên đang để trống: nếu dòng này thuộc verified, hãy thụt lề dòng này vào sâu hơn verified:"]);
    // Below a key that holds something, a repeated key is merged or deleted, as before.
    const d = parseYaml('answers:\n  "2.2":\n    value: 70\n    note: "a"\n    value: 60\n');
    expect(d.ok ? [] : d.diagnostics.map((x) => [x.params.hint_under, hintTexts(x, "en")])).toEqual([[undefined, ["this key is already at line 3: merge the two or delete one"]]]);
  });

  it("survives two 1000-deep documents in one process", () => {
    for (let i = 0; i < 2; i++) expect(codes("a: " + "[".repeat(1000) + "\n")[0]).toMatch(/^too-deep@1:/);
    expect(codes("a:\n" + Array.from({ length: 150 }, (_, i) => " ".repeat(i + 1) + "- x").join("\n"))[0]).toMatch(/^too-deep/);
  });

  it("keeps codes as written, leaves yes/no as text and dates as strings (YAML 1.2)", () => {
    const r = parseYaml('answers:\n  1.10: {value: yes}\n  "1.2": {value: 2025-01-31}\n');
    expect(r.ok && r.parsed.data).toEqual({ answers: { "1.10": { value: "yes" }, "1.2": { value: "2025-01-31" } } });
  });

  it("normalises text to NFC and keeps __proto__ an inert own key", () => {
    const nfd = "Sở Khoa học".normalize("NFD");
    const r = parseYaml(`name: ${nfd}\n__proto__: {polluted: true}\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parsed.data.name).toBe("Sở Khoa học".normalize("NFC"));
    expect(Object.hasOwn(r.parsed.data, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.parsed.data)).toBe(Object.prototype);
  });

  it("normalises to NFC inside lists and nested mappings too, keys and values", () => {
    const nfd = "Sở Tài chính".normalize("NFD"), nfc = "Sở Tài chính".normalize("NFC");
    const r = parseYaml(`answers:\n  "1.1":\n    value: [${nfd}, ${nfd}]\n    evidence:\n      - {title: ${nfd}}\n  ${nfd}: 1\n`);
    expect(r.ok && r.parsed.data).toEqual({ answers: { "1.1": { value: [nfc, nfc], evidence: [{ title: nfc }] }, [nfc]: 1 } });
  });
});

describe("slips placed where they are made", () => {
  const first = (text: string) => { const r = parseYaml(text); return r.ok ? undefined : r.diagnostics; };
  it("a key indented more than the one above: that line, with both indentations (it pointed at the value above, as 'two colons')", () => {
    const d = first("agency:\n  id: x\n   name: A\n  type: department\n")!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 3, col: 4, params: { hint_indent: 3, hint_indent_expected: 2 } });
  });
  it("a list under a key that already has a value: the value (it pointed at the list's first dash)", () => {
    const d = first('answers:\n  "1.1":\n    evidence: "có"\n      - {title: x}\n')!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 3, col: 15, params: { hint_list_key: "evidence" } });
  });
  it.each([
    ["among keys below it", 'answers:\n  "1.1":\n    value：4\n    note: x\n', 3, 10, "value", "value: 4"],
    ["the last of its answer", 'answers:\n  "1.1":\n    note: x\n    value：4\n  "1.2": {value: 3}\n', 4, 10, "value", "value: 4"],
    ["with a comment after it (the parser said the next key was out of column)", 'answers:\n  "1.1":\n    value：4  # c\n    note: x\n', 3, 10, "value", "value: 4"],
    ["spaces around it, full-width figures after it", 'answers:\n  "1.1":\n    value ： ４\n    note: x\n', 3, 11, "value", "value: 4"],
    ["after a quoted code (it was told a quote inside a value)", 'answers:\n  "1.0": {value: 1}\n  "1.1"：\n    value: 4\n  "1.2": {value: 1}\n', 3, 8, '"1.1"', '"1.1":'],
    ["in the header", "agency:\n  id：qb\n  name: x\n", 2, 5, "id", "id: qb"],
  ])("a full-width colon (U+FF1A) %s: one finding at it, the line as meant", (_, text, line, col, key, written) => {
    const d = first(text)!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line, col, params: { hint_wide_colon: key, hint_written: written } });
    expect(d[0]!.params).not.toHaveProperty("hint_inner_quote");
  });
  it.each([
    ["first in the item", '    evidence:\n      - {title: Kế hoạch: CĐS 2025, number: "1/QD"}\n', 17, 'title: "Kế hoạch: CĐS 2025"'],
    ["last in the item", '    evidence:\n      - {number: "1/QD", title: Kế hoạch: CĐS 2025}\n', 33, 'title: "Kế hoạch: CĐS 2025"'],
  ])("a value holding ': ' in {…}, %s: one finding at it, the value in quotes (it was told commas were left out)", (_, lines, col, written) => {
    const d = first(`answers:\n  "1.1":\n${lines}`)!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 4, col, params: { hint_flow_colon: written } });
    expect(message("en", "yaml-syntax", d[0]!.params as Record<string, string>)).toBe("YAML syntax error: a value inside {…} holds a colon");
  });
  it.each([["a part's id", '  "1.1": {value: {a: 52 b: 68}}\n'], ["a field", '  "1.1":\n    evidence:\n      - {number: 45/KH-SKHCN date: 2025-02-14, title: "Kế hoạch"}\n']])(
    "a comma left out in {…} before %s is not a colon in a value (it was told to quote the rest as one value)", (_, lines) => {
      const d = first(`answers:\n${lines}`);
      expect(d).toBeDefined();
      expect(d![0]!.params).not.toHaveProperty("hint_flow_colon");
    });
  it("a ; between the entries of {…} is not that slip: said as the parser's sentence says it", () => {
    const d = first('answers:\n  "1.1": {value: 52; note: x}\n');
    expect(d?.[0]?.params).not.toHaveProperty("hint_flow_colon");
  });
  it("a dash alone on a key's line, the list's items below it: one finding at the dash (the first item was a second one, 'the name before a colon must be whole on one line')", () => {
    for (const items of ["      - {title: a}\n      - {title: b}\n", "    - {title: a}\n    - {title: b}\n"]) {
      const d = first(`answers:\n  "1.1":\n    value: 1\n    evidence: -\n${items}    note: x\n  "1.2": {value: 2}\n`)!;
      expect(d).toHaveLength(1);
      expect(d[0]).toMatchObject({ line: 4, col: 15, params: { hint_lone_dash: "evidence", hint_lone_dash_items: 6 } });
    }
  });
  it("a dash alone on a key's line, nothing below it: one finding at the dash, no list to delete it before", () => {
    const d = first('answers:\n  "1.1":\n    value: 1\n    evidence: -   # none\n  "1.2": {value: 2}\n')!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 4, col: 15, params: { hint_lone_dash: "evidence" } });
    expect(d[0]!.params).not.toHaveProperty("hint_lone_dash_items");
  });
  // A value line off within its answer (`     value:` above `    evidence:`) is told by test/load/uneven-siblings.test.ts.
  it("a key a column off with no sibling below it gets no guess at the column", () => {
    const hints = (text: string) => (first(text) ?? []).map((d) => Object.keys(d.params ?? {}).filter((k) => k.startsWith("hint")));
    expect(hints('answers:\n  "1.1":\n    value: 1\n   "1.2":\n    value: 2\n')).toEqual([[]]);
  });
  it("a plain value going on over a deeper line is no slip; a key there is one", () => {
    expect(first("note: a\n  b c\n")).toBeUndefined();
    expect(first("note: a\n  b: c\n")?.[0]?.params?.hint_indent).toBe(2);
  });
  it.each([
    ["in a list item", "evidence:\n  - number: 12/QD\n     title: x\n", { line: 3, col: 6, params: { hint_indent: 5, hint_indent_expected: 4 } }],
    ["under a quoted key with a colon", 'agency:\n  "id:x": a\n     name: y\n', { line: 3, col: 6, params: { hint_indent: 5, hint_indent_expected: 2 } }],
    ["under a quoted value with a colon", 'agency:\n  name: "S: A"\n     id: y\n', { line: 3, col: 6, params: { hint_indent: 5, hint_indent_expected: 2 } }],
    ["under a value with a comment", "agency:\n  id: x   # c: d\n     name: y\n", { line: 3, col: 6, params: { hint_indent: 5, hint_indent_expected: 2 } }],
    ["a list under a quoted key with a colon", 'answers:\n  "1.1":\n    "ev:x": "a"\n      - a\n', { line: 3, col: 13, params: { hint_list_key: '"ev:x"' } }],
    // One answer out-dented among the others: that line (it was each later answer, 35 findings in a real file).
    ["an answer at column 1 among answers at 3", 'answers:\n  "1.1":\n    value: 1\n    evidence:\n      - {title: x}\n"1.2": {value: 2}\n  "1.3":\n    value: 3\n  "1.4": {value: 4}\n', { line: 6, col: 1, params: { hint_outdent: 0, hint_indent_expected: 2 } }],
    ["an answer at column 1 among answers at 3, its value below it", 'answers:\n  "1.1":\n    value: 1\n    evidence:\n      - {title: x}\n"1.2":\n    value: 2\n  "1.3":\n    value: 3\n  "1.4": {value: 4}\n', { line: 6, col: 1, params: { hint_outdent: 0, hint_indent_expected: 2 } }],
    // A key a column or two left of its siblings (a rubric's `max:` in an indicator): that line. It was the next
    // line, "indented 8 spaces, more than the key above it (7)", which sent the author to out-dent the right ones.
    ["a rubric key a column left of its siblings in a list item", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        title: x\n       max: 4\n        input: {type: boolean}\n        rule: {type: fixed}\n', { line: 6, col: 8, params: { hint_outdent: 7, hint_indent_expected: 8 } }],
    ["a rubric key at its list's dash column", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        title: x\n      max: 4\n        input: {type: boolean}\n        rule: {type: fixed}\n', { line: 6, col: 7, params: { hint_outdent: 6, hint_indent_expected: 8 } }],
    ["a key a column left, after a deeper value", 'items:\n  - code: "1.1"\n    input:\n      type: count\n   rule: {type: ratio}\n    max: 4\n', { line: 5, col: 4, params: { hint_outdent: 3, hint_indent_expected: 4 } }],
    ["a rubric's list item two columns left of its siblings", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        max: 4\n    - code: "1.2"\n        max: 5\n        input: {type: boolean}\n      - code: "1.3"\n        max: 1\n', { line: 6, col: 5, params: { hint_outdent: 4, hint_indent_expected: 6 } }],
    // The last item of a group pasted off its column (an indicator moved to the end of another group): the parser said
    // "a list may not be a key" with no column, and, an item deeper, that `evidence:` above it should lose its value.
    ["the last item of a list two columns left of the items above it", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        max: 4\n        evidence: {required: true}\n    - code: "1.2"\n      max: 5\nbands: {}\n', { line: 7, col: 5, params: { hint_item_column: 4, hint_indent_expected: 6, hint_item_line: 4 } }],
    ["the last item of a list two columns right of the items above it", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        max: 4\n        evidence: {required: true}\n        - code: "1.2"\n          max: 5\nbands: {}\n', { line: 7, col: 9, params: { hint_item_column: 8, hint_indent_expected: 6, hint_item_line: 4 } }],
    // The same in the middle of a list: the parser said it at the item and again at the next one, back in line, neither
    // with a column, and the second with `evidence:` above it to lose its value.
    ["an item in the middle of a list two columns left of the items around it", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        max: 4\n        evidence: {required: true}\n    - code: "1.2"\n      max: 5\n      evidence: {required: true}\n      - code: "1.3"\n        max: 1\nbands: {}\n', { line: 7, col: 5, params: { hint_item_column: 4, hint_indent_expected: 6, hint_item_line: 4 } }],
    ["an item in the middle of a list two columns right of the items around it", 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        max: 4\n        evidence: {required: true}\n        - code: "1.2"\n          max: 5\n          evidence: {required: true}\n      - code: "1.3"\n        max: 1\nbands: {}\n', { line: 7, col: 9, params: { hint_item_column: 8, hint_indent_expected: 6, hint_item_line: 4 } }],
    ["a list item two columns left, after an item with a list of its own", 'items:\n  - code: "1.1"\n    max: 4\n  - code: "1.2"\n    input:\n      type: choice\n      options:\n        - {id: a}\n        - {id: b}\n- code: "1.3"\n    max: 5\n    input: {type: boolean}\n  - code: "1.4"\n    max: 1\n', { line: 10, col: 1, params: { hint_outdent: 0, hint_indent_expected: 2 } }],
    ["an answer's note a column left of its value and evidence", 'answers:\n  "1.1":\n    value: 1\n   note: x\n    evidence:\n      - {title: x}\n', { line: 4, col: 4, params: { hint_outdent: 3, hint_indent_expected: 4 } }],
    // A one-line answer, then a field of it indented under it: the field is the slip, not the answer.
    ["a field under a one-line answer", 'answers:\n  "1.5":\n    value: true\n  "1.6": {value: 0}\n    note: "chưa có"\n', { line: 5, col: 5, params: { hint_indent: 4, hint_indent_expected: 2 } }],
    // Among worded keys the shape is as often a key indented too far: that is what is said.
    ["a top-level key's neighbour indented too far", 'agency:\n  id: x\n  name: A\nperiod: "2025"\n  submitted: "2025-01-01"\n', { line: 5, col: 3, params: { hint_indent: 2, hint_indent_expected: 0 } }],
    // An answer a column off its siblings: the column they share is said (the parser said only "same column").
    ["an answer one space deeper than the answers around it", 'answers:\n  "1.1":\n    value: 1\n    evidence:\n      - {title: x}\n   "1.2":\n    value: 2\n  "1.3":\n    value: 3\n', { line: 6, col: 4, params: { hint_misaligned: 3, hint_indent_expected: 2 } }],
    ["an answer's value at the answer's column", 'answers:\n  "1.1":\n  value: 1\n    evidence:\n      - {title: x}\n  "1.2": {value: 2}\n', { line: 3, col: 3, params: { hint_child: 2, hint_indent_expected: 4 } }],
  ])("%s: placed where it is made, said once", (_name, text, at) => {
    const d = first(text)!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject(at);
  });
});

describe("a finding the parser places on a blank line", () => {
  // An item pasted with the empty line above it: "7:1", a line with nothing to show; the item's dash is what it met.
  it("is placed at the content after it", () => {
    const text = 'groups:\n  - code: "1"\n    items:\n      - code: "1.1"\n        max: 4\n        evidence: {required: true}\n\n    - code: "1.2"\n      max: 5\n      - code: "1.3"\n        max: 1\n';
    const r = parseYaml(text);
    if (r.ok) throw new Error("parsed");
    expect(r.diagnostics.map((d) => `${d.line}:${d.col}`)[0]).toBe("8:5");
    expect(r.diagnostics.filter((d) => d.line === 7)).toEqual([]);
  });
});

// Found by changing the slip finders' guards one at a time: each of these lines was told a column to move to, its own or a wrong one.
describe("a key is told the column to move to only where its neighbours agree on one", () => {
  const hintAt = (text: string, line: number) => {
    const r = parseYaml(text);
    if (r.ok) throw new Error("parsed");
    const d = r.diagnostics.find((x) => x.line === line)!;
    return Object.fromEntries(Object.entries(d.params ?? {}).filter(([k]) => k !== "detail"));
  };
  it.each([
    ["answers one column right of the first answer: not told its column (the first is the odd one)", ' answers:\n "1.1":\n    value: 1\n    evidence:\n      - {title: x}\n  "1.2": {value: 2}\n  "1.3":\n    value: 3\n  "1.4": {value: 4}\n', 6, {}],
    ["the next of them: not told its own column as the one to move to", ' answers:\n "1.1":\n    value: 1\n    evidence:\n      - {title: x}\n  "1.2": {value: 2}\n  "1.3":\n    value: 3\n  "1.4": {value: 4}\n', 7, {}],
    ["a field left of its answer, an answer code below it: not told the code's column", 'answers:\n  "1.1":\n    value: 1\n evidence:\n      - {title: x}\n"1.2": {value: 2}\n  "1.3":\n    value: 3\n  "1.4": {value: 4}\n', 4, {}],
    ["an answer below a field out-dented above it: not told its own column", 'answers:\n"1.1":\n    value: 1\n  evidence:\n      - {title: x}\n  "1.2": {value: 2}\n  "1.3":\n    value: 3\n  "1.4": {value: 4}\n', 6, {}],
    ["a key at its list's dash column, the list's item at its parent's column: the item's keys' column", 'groups:\n    - code: "1"\n    items:\n      - code: "1.1"\n        title: x\n      max: 4\n        input: {type: boolean}\n        rule: {type: fixed}\n', 6, { hint_outdent: 6, hint_indent_expected: 8 }],
  ] as const)("%s", (_name, text, line, hint) => {
    expect(hintAt(text, line)).toEqual(hint);
  });
});

describe("a key with its colon left out", () => {
  const first = (text: string) => { const r = parseYaml(text); return r.ok ? undefined : r.diagnostics; };
  it.each([
    ["a value after a field", 'answers:\n  "1.2":\n    value cap-pho\n    evidence:\n      - {title: x}\n', { line: 3, col: 5, params: { hint_missing_colon: "value", hint_written: "value: cap-pho" } }],
    ["a header field written once", 'agency:\n  id: x\nperiod "2025"\nanswers: {}\n', { line: 3, col: 1, params: { hint_missing_colon: "period", hint_written: 'period: "2025"' } }],
    ["a field whose sibling is above the answer's list", 'answers:\n  "1.4":\n    value: "2025-03-12"\n    evidence:\n      - {title: x}\n    note "chậm"\n  "1.5": {value: true}\n', { line: 6, col: 5, params: { hint_missing_colon: "note", hint_written: 'note: "chậm"' } }],
    ["an indicator code alone", 'answers:\n  "1.1": {value: 1}\n  "1.2"\n    value: cap-pho\n', { line: 3, col: 3, params: { hint_missing_colon: '"1.2"', hint_written: '"1.2":' } }],
    // What the parser makes of the list below a key it reads as going on is that slip's: 980 findings in a real file.
    ["a key above its list, nothing after it said", 'answers:\n  "1.2":\n    value: cap-pho\n    evidence\n      - {number: "1/QĐ", date: "2025-01-02", title: "x"}\n  "1.3":\n    value: [a]\n', { line: 4, col: 5, params: { hint_missing_colon: "evidence", hint_written: "evidence:" } }],
  ])("%s: said at its line, written as meant", (_name, text, at) => {
    const d = first(text)!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject(at);
  });
  it.each([["en", "hint: the colon after value is missing: write value: 4"], ["vi", "gợi ý: thiếu dấu hai chấm sau value: viết value: 4"]])("the hint as shown (%s)", async (lang, hint) => {
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace("  \"1.6\":\n    value: 4\n", "  \"1.6\":\n    value 4\n");
    const r = await runCli(["validate", "-", "--lang", lang], { stdin: text });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`<stdin>:44:5 `);
    expect(r.stderr).toContain(hint);
  });
  // A file is untrusted: the line's value and the spaces after it were matched in turns, 9 s for this line.
  it("a 100 KB line of spaces is looked at once: a value, then a # not after a space", () => {
    const { result, ms } = cpuTimed(() => first(`answers:\n  "1.1":\n    value: 1\n    note x${" ".repeat(100_000)}a#b\n    flag: true\n`));
    expect(ms).toBeLessThan(1000);
    const d = result!;
    expect(d.every((x) => x.params?.hint_missing_colon === undefined)).toBe(true);
  });
  it("a value with spaces inside and a no-break space and spaces after it: written as meant, those after it left out", () => {
    const d = first('answers:\n  "1.2":\n    value cap  pho\u00a0  \n    evidence:\n      - {title: x}\n')!;
    expect(d[0]).toMatchObject({ params: { hint_missing_colon: "value", hint_written: "value: cap  pho" } });
  });
  it("a wrapped value's next line at the key's column starts with no key: no guess", () => {
    const d = first("answers:\n  \"1.1\":\n    note: Ban hành chậm\n    do chờ kế hoạch\n    value: 1\n")!;
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((x) => x.params?.hint_missing_colon === undefined)).toBe(true);
  });
});

// "the name before a colon must be whole on one line", or "not at the same column" at the next key, said nothing of
// the space an officer left out after a colon.
describe("a key glued to its value, no space after the colon", () => {
  const first = (text: string) => { const r = parseYaml(text); return r.ok ? undefined : r.diagnostics; };
  it.each([
    ["an answer's value", 'answers:\n  "1.1":\n    value:4\n    evidence:\n      - {title: x}\n', { line: 3, col: 5, params: { hint_colon: "value: 4" } }],
    ["a header field", 'agency:\n  id:qb-x\n  name: A\nperiod: "2025"\n', { line: 2, col: 3, params: { hint_colon: "id: qb-x" } }],
    ["a link", 'answers:\n  "1.1":\n    evidence:\n      - title: x\n        link:https://a.vn/b\n        date: "2025-01-02"\n', { line: 5, col: 9, params: { hint_colon: "link: https://a.vn/b" } }],
    // Its comment ends the line: the parser reports the next key; the slip is the line above it.
    ["with a comment after it", 'answers:\n  "1.2":\n    value:cap-pho # người đứng đầu\n    evidence:\n      - {title: x}\n', { line: 3, col: 5, params: { hint_colon: "value: cap-pho" } }],
    ["a colon left out, with a comment after it", 'answers:\n  "1.2":\n    value cap-pho # người đứng đầu\n    evidence:\n      - {title: x}\n', { line: 3, col: 5, params: { hint_missing_colon: "value", hint_written: "value: cap-pho" } }],
  ])("%s: said at its line, written as meant", (_name, text, at) => {
    const d = first(text)!;
    expect(d[0]).toMatchObject(at);
  });
  it("a wrapped value's next line with a colon in it starts with no key: no guess", () => {
    const d = first("answers:\n  \"1.1\":\n    note: Ban hành chậm\n    do:chờ kế hoạch\n    value: 1\n")!;
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((x) => x.params?.hint_colon === undefined)).toBe(true);
  });
  it.each([["en", "hint: a colon needs a space after it: write value: 4"], ["vi", "gợi ý: sau dấu hai chấm phải có một dấu cách: viết value: 4"]])("the hint as shown (%s)", async (lang, hint) => {
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace("  \"1.6\":\n    value: 4\n", "  \"1.6\":\n    value:4\n");
    const r = await runCli(["validate", "-", "--lang", lang], { stdin: text });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("<stdin>:44:5 ");
    expect(r.stderr).toContain(hint);
  });
});

describe("a # in a one-line mapping or list, which starts a comment hiding its closing bracket", () => {
  const first = (text: string) => { const r = parseYaml(text); return r.ok ? undefined : r.diagnostics.map((d) => [d.line, d.col, d.params.hint_flow_comment, d.params.hint_flow_close]); };
  it.each([
    // Said at the next key, or after the line's last content, with nothing of the comment.
    ["an evidence item, a list item after it", "a:\n  - {title: Báo cáo số #2, date: 2025-03-01}\n  - {title: x}\n", [[2, 24, 'title: "Báo cáo số #2"', "}"]]],
    ["an answer on one line, a key after it", 'answers:\n  "4.1": {value: 95, note: Ghi chú #2}\n  "4.2": {value: 1}\n', [[2, 36, 'note: "Ghi chú #2"', "}"]]],
    ["at the end of the file", "a: {b: x #c}\n", [[1, 10, 'b: "x #c"', "}"]]],
    ["a list", "a: [x, y #z]\nb: 1\n", [[1, 10, '"y #z"', "]"]]],
    ["a value with a backslash and a quote", 'a: {b: D:\\x "y" #1}\nc: 1\n', [[1, 17, 'b: "D:\\\\x \\"y\\" #1"', "}"]]],
  ])("%s: said at the #, with the value in quotes", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  // A file is untrusted: each quote was looked at with a pattern over the line before it, 5 s for this line.
  it("a 100 KB line of quotes is looked at once", () => {
    const { result, ms } = cpuTimed(() => first(`a:\n  - {title: a${"'".repeat(100_000)} #x, date: y}\n  - {b: c}\n`));
    expect(result).toEqual([[2, 100_015, `title: "a${"'".repeat(100_000)} #x"`, "}"]]);
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ["a quoted value, then a comment", 'a: {b: "x" #c}\nd: 1\n'],
    ["a comment that hides no bracket", "id: x\nb: {c: 1   # ghi chú\n"],
    ["a # in quotes", 'a: {b: "x #c"\nd: 1\n'],
  ])("%s: no such hint", (_name, text) => {
    expect(first(text)?.every(([, , hint]) => hint === undefined)).toBe(true);
  });

  it.each([
    ["en", 'hint: a # after a space starts a comment, which hides the rest of the line and its closing }: put the value in quotes, title: "Báo cáo số #2"'],
    ["vi", 'gợi ý: dấu # đứng sau dấu cách bắt đầu một lời chú thích, che mất phần còn lại của dòng và dấu } đóng: đặt giá trị trong dấu nháy, title: "Báo cáo số #2"'],
  ])("in a clerk's file, as shown (%s), and the edit it gives validates", async (lang, hint) => {
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace('      - {title: "Xác nhận kết nối SOC tỉnh"}', "      - {title: Báo cáo số #2, date: 2025-03-01}");
    const r = await runCli(["validate", "-", "--lang", lang], { stdin: text });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("<stdin>:143:28 ");
    expect(r.stderr).toContain("> 143 |");
    expect(r.stderr).toContain(hint);
    const fixed = await runCli(["validate", "-"], { stdin: text.replace("title: Báo cáo số #2", 'title: "Báo cáo số #2"') });
    expect([fixed.code, fixed.stderr]).toEqual([0, "1 valid file, 0 invalid\n"]);
  });
});

describe("a quote inside a quoted value", () => {
  const hint = (text: string) => { const r = parseYaml(text); return r.ok ? undefined : r.diagnostics[0]!.params?.hint_inner_quote; };
  it.each([
    ['name: "Sở "A" tỉnh"\n', '"'],
    ["name: 'Sở 'A' tỉnh'\n", "'"],
    ['- {title: "Thông báo "kết luận" họp"}\n', '"'],
    ['name: Sở "A" tỉnh: x\n', undefined], // no quoted value to end early
    ['- {number: "12/QĐ", date: "2025-01-01" title: "x"}\n', undefined], // a comma left out between two values
    ['date: "2025-02-14"# ngày ký\n', undefined], // a comment touching the closing quote: no quote inside
  ])("%j: hint %s (the parser's advice, quote the whole value, was already followed)", (text, quote) => {
    expect(hint(text)).toBe(quote);
  });
});

describe("a closing quote left out before the next key of {…}", () => {
  // `{vi: "Sở X, en: "Dept X"}` was said as a quote inside the value, with the advice to write \" for it.
  it.each([
    ['title: {vi: "Số bộ dữ liệu mở, en: "Open datasets"}\n', "en", 30],
    ['- {number: "12/QĐ, date: "2025-01-01", title: "x"}\n', "date", 18],
  ])("%j: said at the comma, with the key it swallowed", (text, key, col) => {
    const r = parseYaml(text);
    const d = r.ok ? undefined : r.diagnostics[0]!;
    expect([d?.code, d?.col, d?.params.hint_unclosed_key, d?.params.hint_inner_quote]).toEqual(["yaml-syntax", col, key, undefined]);
    expect(hintTexts(d!, "en")).toEqual([`the closing quote before ", ${key}:" looks left out: write it just before that comma`]);
  });
});

describe("a text in quotes broken onto a line indented too little", () => {
  // A collector's note typed with Enter in it: said as a closing quote missing (it is written below), then 100
  // findings for the rest of the file, 14 with the advice to escape a quote inside.
  const oneAnswer = 'answers:\n  "1.6": {value: 0, verified: {value: 1, note: "Kiểm tra lại: chỉ một cuộc họp\ncó biên bản", by: "Sở KH&CN"}}\n' + Array.from({ length: 30 }, (_, i) => `  "2.${i + 1}": {value: {a: 29, b: 53}, note: "Đã cập nhật"}\n`).join("");
  it.each([
    ["in a one-line answer, the rest at the line's start", oneAnswer, { line: 3, col: 1, params: { hint_quote_line: 2, hint_quote_indent: 3 } }],
    ["in a block, the rest at the parent's column", 'answers:\n  "1.1":\n    value: 3\n    note: "Lãnh đạo\n  Sở vắng 01 phiên họp."\n    flag: true\n', { line: 5, col: 3, params: { hint_quote_line: 4, hint_quote_indent: 5 } }],
    ["in a list item, single quotes, a '' inside", "evidence:\n  - title: 'Thông báo\n    số ''12'' của Sở'\n    date: \"2025-01-02\"\n", { line: 3, col: 5, params: { hint_quote_line: 2, hint_quote_indent: 5 } }],
    // The first line below deep enough, a later one not: the parser says the quote is missing on that first line below.
    ["over three lines, only the third at the line's start", 'answers:\n  "1.1":\n    value: 3\n    note: "Lãnh đạo\n      Sở vắng 01\nphiên họp."\n    flag: true\n', { line: 6, col: 1, params: { hint_quote_line: 4, hint_quote_indent: 5, hint_quote_above: 5 } }],
    ["over four lines, single quotes, the fourth too shallow", "evidence:\n  - title: 'Thông báo\n      số ''12''\n      của\n   Sở'\n    date: \"2025-01-02\"\n", { line: 5, col: 4, params: { hint_quote_line: 2, hint_quote_indent: 5, hint_quote_above: 4 } }],
  ])("%s: one finding, at the line to indent, with the spaces it needs", (_name, text, at) => {
    const r = parseYaml(text);
    const d = r.ok ? [] : r.diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject(at);
    expect(d[0]!.params?.hint_inner_quote).toBeUndefined();
  });
  it("a later line too shallow is told to join the line above it, not the text's first", () => {
    const r = parseYaml('answers:\n  "1.1":\n    note: "Lãnh đạo\n      Sở vắng 01\nphiên họp."\n');
    expect(hintTexts(r.ok ? { code: "", params: {} } as never : r.diagnostics[0]!, "en")).toEqual(["the text opened in quotes on line 3 breaks onto this line: YAML reads it on only where the lines after are indented at least 5 spaces (deeper than the field's name on line 3); add spaces at the start of this line, or join it to the end of line 4"]);
  });
  it("indented as the hint says, the file reads", () => {
    expect(parseYaml(oneAnswer.replace("\ncó biên bản", "\n   có biên bản")).ok).toBe(true);
  });
  it("a quote left open above the next field is still said as a closing quote missing", () => {
    const r = parseYaml('answers:\n  "1.1":\n    value: 3\n    note: "Thiếu minh chứng\n    by: "Sở X"\n');
    expect(r.ok ? undefined : r.diagnostics[0]).toMatchObject({ line: 4, params: { detail: 'Missing closing "quote' } });
  });
  it.each([
    ["vi", "Lỗi cú pháp YAML: văn bản trong dấu nháy viết tiếp sang dòng này, nhưng dòng này thụt lề chưa đủ sâu", "văn bản mở dấu nháy ở dòng 2 và xuống dòng ở giữa: YAML chỉ đọc tiếp khi các dòng sau thụt lề ít nhất 3 dấu cách (sâu hơn tên trường ở dòng 2); thêm dấu cách ở đầu dòng này, hoặc nối nó vào cuối dòng 2"],
    ["en", "YAML syntax error: a text in quotes goes on to this line, which is not indented enough", "the text opened in quotes on line 2 breaks onto this line: YAML reads it on only where the lines after are indented at least 3 spaces (deeper than the field's name on line 2); add spaces at the start of this line, or join it to the end of line 2"],
  ] as const)("said in %s", (lang, said, hint) => {
    const r = parseYaml(oneAnswer);
    const d = r.ok ? undefined : r.diagnostics[0]!;
    expect(message(lang, d!.code, d!.params as Record<string, string | number>)).toBe(said);
    expect(hintTexts(d!, lang)).toEqual([hint]);
  });
});

describe("a syntax error at the end of the text", () => {
  it.each([
    ["agency: [a\n", "yaml-syntax@1:11"],
    ["agency: [a\n\n\n", "yaml-syntax@1:11"],
    ["id: x\nb: {c: 1\n", "yaml-syntax@2:9"],
    ["id: x\nb: {c: 1   # ghi chú\n# cuối tệp\n\n", "yaml-syntax@2:9"], // not after the comments, where a } would be one
    ['answers:\n  "1.1": {value: 4, note: "Phòng #2"\n# end\n', "yaml-syntax@2:37"], // a # inside quotes is text

  ])("%j is placed after its last content, not on the line after its last line break", (text, at) => {
    expect(codes(text)).toContain(at);
  });
});

describe("findExcessiveDepth", () => {
  it("ignores brackets inside quotes and comments", () => {
    expect(findExcessiveDepth(`a: "${"[".repeat(500)}"\nb: 1 # ${"{".repeat(500)}\n`, 100)).toBeUndefined();
  });
  it.each([
    ["a line of dashes alone", "a:\n  " + "- ".repeat(1000) + "\n", { line: 2, col: 101 }],
    ["a line of explicit-key marks alone", "a:\n  " + "? ".repeat(1000) + "\n", { line: 2, col: 101 }],
    ["a line of value marks alone", "a:\n  " + ": ".repeat(1000) + "\n", { line: 2, col: 101 }],
    ["a dash under each deeper indentation", Array.from({ length: 300 }, (_, i) => " ".repeat(i) + "-\n").join(""), { line: 101, col: 101 }],
    ["dashes then a value", "a:\n  " + "- ".repeat(300) + "1\n", { line: 2, col: 101 }],
  ])("counts a line made only of indicators: %s (a 4 KB file of them aborted Node)", (_name, text, at) => {
    expect(findExcessiveDepth(text, 100)).toMatchObject(at);
    expect(codes(text)[0]).toBe(`too-deep@${at.line}:${at.col}`);
  });
  it.each([
    ["keys after a key", '"1.1":\n  note: ' + "a: ".repeat(3000) + "\n  value: 1\n", { line: 2, col: 304 }],
    ["explicit-key marks after a key", "x:\n  y: " + "? ".repeat(3000) + "\nz: 1\n", { line: 2, col: 202 }],
  ])("counts what opens a mapping further on a line: %s (3,000 of them overflowed the parser's stack, an internal error)", (_name, text, at) => {
    expect(findExcessiveDepth(text, 100)).toMatchObject(at);
    expect(codes(text)[0]).toBe(`too-deep@${at.line}:${at.col}`);
  });
  it("takes a line of dashes in a note for text, not for nesting (a 110-dash separator made a valid file too deep)", () => {
    const note = `answers:\n  "1.1":\n    note: |\n      x\n      ${"-".repeat(110)}\n      ${"?:".repeat(60)}\n    value: 13\n`;
    expect(findExcessiveDepth(note, 100)).toBeUndefined();
    expect(codes(note)).toEqual([]);
  });
  it("reports where the limit is crossed", () => {
    expect(findExcessiveDepth("x:\n  y: " + "[".repeat(200), 100)).toMatchObject({ line: 2 });
  });
  it.each([
    ["flow brackets under deep indentation count with it", "a:\n" + " ".repeat(60) + "x: " + "[".repeat(50) + "]".repeat(50) + "\n", { line: 2, col: 104, depth: 101 }],
    ["a # inside a word is text, not a comment hiding the brackets after it", "k: [a#, " + "[".repeat(150) + "]".repeat(151) + "\n", { line: 1, col: 108, depth: 101 }],
    ["a backslash in a single-quoted text is a letter, not an escape hiding the quote that ends it", "k: ['a\\', " + "[".repeat(150) + "]".repeat(151) + "\n", { line: 1, col: 110, depth: 101 }],
  ])("never under-estimates: %s", (_name, text, at) => {
    expect(findExcessiveDepth(text, 100)).toEqual(at);
    expect(codes(text)[0]).toBe(`too-deep@${at.line}:${at.col}`);
  });
  it("takes a quote inside plain text for text, not the start of a quoted value that hides what follows", () => {
    const text = `"1.1": {value: a, note: rock 'n roll}\nx: ${"[".repeat(1000)}${"]".repeat(1000)}\n`;
    expect(findExcessiveDepth(text, 100)).toMatchObject({ line: 2 });
    expect(codes(text)[0]).toMatch(/^too-deep@2:/);
    expect(findExcessiveDepth(`a: it's [1]\nb: 'x' # ' [\nc: - "[[["\nd: {e: "[", f: '['}\n`, 100)).toBeUndefined();
  });
  it("fills in the limit in the message whichever check finds the nesting", () => {
    const r = parseYaml("a: " + "[".repeat(1000));
    expect(!r.ok && r.diagnostics[0]!.params).toMatchObject({ limit: 100 });
  });
});

describe("locate", () => {
  it("finds values, keys and the nearest parent of a missing key (1-based, CRLF-safe)", () => {
    const r = parseYaml("agency:\r\n  id: x\r\nanswers:\r\n  \"1.2\":\r\n    value: 70\r\n");
    if (!r.ok) throw new Error("parse failed");
    const { doc, lineCounter } = r.parsed;
    expect(locate(doc, lineCounter, ["answers", "1.2", "value"])).toMatchObject({ line: 5, col: 12, length: 2, exact: true, source: "70" });
    expect(locate(doc, lineCounter, ["answers", "1.2"], true)).toMatchObject({ line: 4, col: 3 });
    expect(locate(doc, lineCounter, ["agency", "name"])).toMatchObject({ line: 2, exact: false });
  });

  it("finds a key typed decomposed (as a Mac or an input method writes it) by its composed name, not its parent", () => {
    const r = parseYaml("x: 1\nw:\n  te\u0302n: Sở\n");
    if (!r.ok) throw new Error("parse failed");
    expect(locate(r.parsed.doc, r.parsed.lineCounter, ["w", "tên"])).toMatchObject({ line: 3, col: 9, exact: true });
  });

  it.each([
    ['v: "450\u00a0"\n', true],
    ["v: '450\u00a0'\n", true],
    ["v: 450\u00a0\n", false],
    ["x: 1\r\nw:\r\n  v: 450\u00a0\r\n", false],
    ['x: 1\nw: {v: "450"}\n', true],
  ])("quotedAt tells a quoted value from a plain one in %j (the data alone cannot)", (text, quoted) => {
    const r = parseYaml(text);
    if (!r.ok) throw new Error("parse failed");
    const path = "w" in r.parsed.data ? ["w", "v"] : ["v"];
    expect(quotedAt(r.parsed.map, text, path)).toBe(quoted);
    expect(quotedAt(r.parsed.map, text, ["nothing"])).toBeUndefined();
  });
});

describe("parseYaml reports the cause of a cascade, not the cascade", () => {
  const seed = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
  it.each([
    ["one line indented with a tab", seed.replace('"2.2":\n    value:', '"2.2":\n\tvalue:'), "tab-indent"],
    ["a bare ? as a value", seed.replace(/("2\.2":\n    value: )\S+/, "$1?"), "bare-question-mark"],
    ["a bare ? in a one-line answer", seed.replace(/"2\.2":\n    value: \S+/, '"2.2": {value: ?, note: "chưa có số liệu"}\n    x:'), "bare-question-mark"],
  ])("%s: only that is reported", (_, text, code) => {
    expect(text).not.toBe(seed);
    const outcome = parseYaml(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it.each([
    // A file indented with tabs throughout gave a finding per line (100 and "more findings") for one mistake.
    ["every line of the answers", (t: string) => t.replace(/^(  +)(?=\S)/gm, (m, _s, offset: number) => (offset > t.indexOf("answers:") ? `\t${m.slice(2)}` : m)), 1],
    ["two answers apart, space-indented lines between", (t: string) => t.replace(/"1\.1":\n    value:/, '"1.1":\n\tvalue:').replace(/"2\.2":\n    value: (\S+)\n    evidence:/, '"2.2":\n\tvalue: $1\n\tevidence:'), 2],
  ])("tabs on %s: one finding per run of them, at its first line, saying how many lines", (_, edit, runs) => {
    const text = edit(seed);
    const outcome = parseYaml(text);
    const found = outcome.ok ? [] : outcome.diagnostics;
    expect(found.map((d) => d.code)).toEqual(Array(runs).fill("tab-indent"));
    const lines = text.split("\n");
    const first = lines.findIndex((l) => l.startsWith("\t") && !/^\t#/.test(l)) + 1;
    expect(found[0]!.line).toBe(first);
    if (runs === 1) {
      const last = lines.length - [...lines].reverse().findIndex((l) => l.startsWith("\t") && l.trim() !== "" && !/^\t#/.test(l));
      const count = lines.filter((l) => l.startsWith("\t") && l.trim() !== "" && !/^\t#/.test(l)).length;
      expect(found[0]!.params).toMatchObject({ tab_lines: count, tab_from: first, tab_to: last });
      expect(message("en", "tab-indent", found[0]!.params)).toBe(`${count} lines, from line ${first} to line ${last}, are indented with tabs; YAML allows only spaces: replace the tabs with spaces (an editor can usually convert the whole file at once)`);
      expect(message("vi", "tab-indent", found[0]!.params)).toContain(`${count} dòng, từ dòng ${first} đến dòng ${last}`);
    } else {
      // A run of two lines, then one line on its own, said as before.
      expect(found.map((d) => d.params?.tab_lines)).toEqual([undefined, 2]);
      expect(message("en", "tab-indent", found[0]!.params)).toBe("Indentation with a tab; YAML allows only spaces");
    }
  });

  it.each([
    ["the first key under an answer's code", 'answers:\n  "1.1":\n\tvalue: 4\n    note: x\n', 4],
    ["a key after its sibling", 'answers:\n  "1.1":\n    value: 4\n\tnote: x\n', 4],
    ["an answer's only key", 'answers:\n  "1.1":\n\tvalue: 4\n  "1.2": {value: 3}\n', 4],
    ["an evidence item after another", 'answers:\n  "1.1":\n    evidence:\n      - {title: a}\n\t- {title: b}\n', 6],
    ["a key of a list item after its first", 'groups:\n  - code: "1"\n\ttitle: x\n', 4],
    ["a list's first item, its key below it", 'a:\n  items:\n\t- code: "1.1"\n      title: x\n', 4],
    ["a key after an evidence item: the answer's or the item's? not told", 'answers:\n  "1.1":\n    evidence:\n      - {title: a}\n\tnote: x\n', undefined],
    ["a tab then spaces: not told", 'a:\n  items:\n\t  - code: "1.1"\n', undefined],
  ])("one line indented with a tab (%s): the spaces to write in its place", (_, text, spaces) => {
    const outcome = parseYaml(text);
    const found = outcome.ok ? [] : outcome.diagnostics;
    expect(found.map((d) => d.code)).toEqual(["tab-indent"]);
    expect(found[0]!.params?.hint_tab_spaces).toBe(spaces);
  });

  // A tab after spaces (an editor mixing both): the parser counts the spaces alone and said the line was out of
  // place, "two colons", a duplicate key…: 6 findings in a rubric, none of them a tab.
  const rubricItem = (indentation: string) => `groups:\n  - code: "1"\n    max: 4\n    items:\n      - code: "1.2"\n        title: x\n${indentation}max: 4\n        input: {type: boolean}\n        rule: {type: fixed}\n      - code: "1.3"\n        title: y\n`;
  it.each([
    ["six spaces, a tab, two spaces", rubricItem("      \t  "), "tab-indent 7:7"],
    ["a space then a tab", rubricItem(" \t"), "tab-indent 7:2"],
    ["two lines of them: one run", rubricItem("      \t  ").replace("        input:", "  \t      input:"), "tab-indent 7:7"],
  ])("a tab after spaces in a line's indentation (%s) is said as a tab, once", (_, text, at) => {
    const outcome = parseYaml(text);
    expect(outcome.ok ? [] : outcome.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual([at]);
    if (text.includes("  \t      input:") && !outcome.ok) expect(outcome.diagnostics[0]!.params).toMatchObject({ tab_lines: 2, tab_from: 7, tab_to: 8 });
  });

  it.each([
    ["a: ?\n", "1:4"],
    ["a: ? # why?\n", "1:4"],
    ['b: 1\n"TR.2": {value: ?, note: "x"}\n', "2:17"],
    ["a: {x: ?}\n", "1:8"],
  ])("a bare ? in %j is placed at the ?", (text, at) => {
    const outcome = parseYaml(text);
    expect(outcome.ok ? [] : outcome.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual([`bare-question-mark ${at}`]);
  });

  // A file is untrusted: the one-line mapping's pattern tried every { of a line against every colon after it,
  // 4 s for a line of 100,000 braces (and 11 min for a 4 MB line of 300,000 evidence items written {title: t},).
  it("a line of many braces, in a file with a syntax error, is looked at once", () => {
    const { result, ms } = cpuTimed(() => parseYaml(`a: "${"{".repeat(100_000)}"\nb: [1\n`));
    expect(result).toMatchObject({ ok: false, diagnostics: [{ code: "yaml-syntax" }] });
    expect(ms).toBeLessThan(1000);
    expect(codes(`a: [${"{x: 1}, ".repeat(1000)}{y: ?}]\n`)).toEqual(["bare-question-mark@1:8009"]);
  });

  it.each(['a: "?"\n', 'a: {x: "?"}\n', "q: is it? yes\n"])("a quoted ? or a ? in text is no slip: %j", (text) => {
    expect(parseYaml(text).ok).toBe(true);
  });
});

describe("parseYaml and stack traces", () => {
  it("leaves Error.stackTraceLimit as it found it, after a file of many syntax errors (the parser's own are made without stack traces)", () => {
    const before = Error.stackTraceLimit;
    const text = Array.from({ length: 300 }, (_, i) => `"${i}": {value: "x" ${i}}`).join("\n");
    const r = parseYaml(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? 0 : r.diagnostics.length).toBeGreaterThan(100);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error("after").stack).toContain("parse-yaml.test.ts");
  });
});
