import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { errorLine } from "../../src/report/common.js";
import { hintTexts } from "../../src/report/hints.js";
import { xlsxCells } from "../helpers/xlsx-parts.js";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, REPRODUCIBLE, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

describe("hintTexts: a finding's hints, as validate prints them and the reports write them", () => {
  it.each([
    ["no rubric key, no --rubric", { code: "missing-field", path: "", params: { fields: '"rubric"', hint_rubric_line: "rubric: {id: x, version: \"1\"}" } }, ['add this line at the top of the file: rubric: {id: x, version: "1"} (the rubric the file was checked against), or name the rubric with --rubric']],
    ["an empty rubric key, --rubric given", { code: "rubric-from-option", path: "rubric", params: { hint_rubric_line: "rubric: {id: x, version: \"1\"}" } }, ['write this line in place of the empty rubric: rubric: {id: x, version: "1"}']],
    ["no rubric key, in rubric test or rubric impact (no --rubric to name)", { code: "missing-field", path: "", params: { fields: '"rubric"', hint_rubric_line: "rubric: {id: x, version: \"1\"}", rubric_option: "none" } }, ['add this line at the top of the file: rubric: {id: x, version: "1"}']],
    ["an empty rubric key, there", { code: "empty-value", path: "rubric", params: { hint_rubric_line: "rubric: {id: x, version: \"1\"}", rubric_option: "none" } }, ['write this line in place of the empty rubric: rubric: {id: x, version: "1"}']],
    ["a rubric id left empty", { code: "empty-value", path: "rubric/id", params: { hint_rubric_line: "rubric: {id: x, version: \"1\"}" } }, ['write the line in full: rubric: {id: x, version: "1"} (the rubric the file was checked against)']],
    ["an evidence item lacking its number and date", { code: "missing-field", path: "answers/1.1/evidence/0", params: { fields: '"number", "date"' } }, ['add it, for example: number: "12/QĐ-UBND", date: "2025-03-15"']],
    ["a code read as a yes/no", { code: "wrong-type", path: "answers/1.1/value", params: { hint_source: "True" } }, ['write it in quotes: "True" (without them YAML reads a yes/no)']],
    ["an evidence item written as its citation", { code: "wrong-type", path: "answers/1.1/evidence/0", params: { hint_evidence_item: '- {number: "1/TB", date: "2025-03-28"}', hint_evidence_form: "citation" } }, ['an evidence item is written as its fields (number, date, title), not as the sentence citing it: write - {number: "1/TB", date: "2025-03-28"}']],
    ["an evidence item written as its citation, a field missing", { code: "wrong-type", path: "answers/1.1/evidence/0", params: { hint_evidence_item: '- {number: "1/TB", date: "…"}', hint_evidence_form: "citation-gaps" } }, ['an evidence item is written as its fields (number, date, title), not as the sentence citing it: write - {number: "1/TB", date: "…"}, each … filled in from the document']],
    ["an evidence item written as a line of text", { code: "wrong-type", path: "answers/1.1/evidence/0", params: { hint_evidence_item: '- {number: "…", title: "Biên bản"}', hint_evidence_form: "text-gaps" } }, ['an evidence item is written as its fields, not as a line of text: write - {number: "…", title: "Biên bản"}, each … filled in from the document']],
    ["evidence written as one text, not a list", { code: "wrong-type", path: "answers/1.1/evidence", params: { hint_evidence_item: '- {number: "1/TB"}', hint_evidence_form: "not-list" } }, ['evidence is a list, each item on a line of its own under evidence: and written as its fields: - {number: "1/TB"}']],
    ["a bare address", { code: "wrong-type", path: "answers/1.1/evidence/0", params: { hint_evidence_item: "- {link: https://a.vn}" } }, ["an evidence item is written as its fields, not a bare address: write - {link: https://a.vn}"]],
    ["a duplicate dated before the ranked file", { code: "duplicate-agency", path: "agency/id", params: { id: "qb-stc", first: "a.yaml", submitted: "2025-09-20", first_submitted_later: "2025-09-29" } }, ["this file says it was sent on 2025-09-20, before a.yaml's 2025-09-29 (the file ranked): if that one is the resubmission, this is the older file; take it out of the batch"]],
    ["a duplicate that is a copy of the ranked file", { code: "duplicate-agency", path: "agency/id", params: { id: "qb-stc", first: "a.yaml", hint_identical: 1 } }, ["this file has the same content as a.yaml (likely the same file received twice): delete this copy"]],
    ["a copy of it, the ranked file named as the copy", { code: "duplicate-agency", path: "agency/id", params: { id: "qb-stc", first: "a copy (2).yaml", hint_identical: 1, identical_copy: "first" } }, ["this file has the same content as a copy (2).yaml, whose name marks it as a copy: that copy is ranked in this file's place (the same answers, the same score); delete a copy (2).yaml and keep this file"]],
    ["a single quote inside a quoted value", { code: "yaml-syntax", path: "", params: { hint_inner_quote: "'" } }, ["a single quote inside the value ends it early: write two single quotes '' for the quote inside, or put the whole value in double quotes"]],
    ["a double quote inside a quoted value", { code: "yaml-syntax", path: "", params: { hint_inner_quote: '"' } }, ["a double quote inside the value ends it early: write \\\" for the quote inside, or put the whole value in single quotes ('Sở \"A\" tỉnh')"]],
    // A unit that is its magnitude word alone (triệu) has no base unit to name: the figure stands alone, one space after it.
    ["an amount in the base of a unit named by its magnitude alone", { code: "out-of-range", path: "answers/1.1/value", params: { found: "450000000", hint_unit: "450", unit_vi: "triệu", unit_en: "million", base_vi: "", base_en: "" } }, ["this answer is written in million: 450000000 is 450 million; write 450"]],
    ["a key written twice", { code: "duplicate-key", path: "", params: { key: "note", first_line: 4 } }, ["this key is already at line 4: merge the two or delete one"]],
    ["the code in a word processor's quotes", { code: "wrong-type", path: "", params: {"hint_curly": "1.1"} }, ["the code is in curly quotes (a word processor's): write \"1.1\" with straight quotes"]],
    ["a key indented too far", { code: "yaml-syntax", path: "", params: {"hint_indent": 5, "hint_indent_expected": 4} }, ["this line is indented 5 spaces, more than the key above it (4): keys at one level start at one column"]],
    ["an e-mail's signature saved with the file", { code: "yaml-syntax", path: "", params: {"hint_signature": 12} }, ["from this line on, the text looks like an e-mail's signature, saved along with the file: delete those lines (to the end of the file)"]],
    ["a key a column off its siblings", { code: "yaml-syntax", path: "", params: {"hint_misaligned": 3, "hint_indent_expected": 2} }, ["this line is indented 3 spaces, the lines of its level above and below it 2: line it up with them"]],
    ["a list under a key with a value", { code: "yaml-syntax", path: "", params: {"hint_list_key": "evidence"} }, ["evidence already has a value on this line, so it cannot also hold the list below: remove this value and leave evidence: alone on its line, or remove the list"]],
    ["a list item started with Word's en dash", { code: "yaml-syntax", path: "", params: { hint_list_mark: "–" } }, ["this line starts with \"–\", which Word puts in place of \"- \" (AutoCorrect, or a list pasted from Word); YAML takes only the keyboard's -: delete \"–\" and type - in its place"]],
    ["a dash alone after evidence:, the items below it", { code: "yaml-syntax", path: "", params: {"hint_lone_dash": "evidence", "hint_lone_dash_items": 7} }, ["delete the - after evidence: and leave evidence: alone on this line; each item of the list below has its own -"]],
    ["a dash alone after evidence:, nothing below it", { code: "yaml-syntax", path: "", params: {"hint_lone_dash": "evidence"} }, ["a - alone is no evidence: if there is none yet, delete this line; if there is, leave evidence: alone on its line and write each document on a line below it, indented, e.g. - {number: \"12/QĐ-UBND\", date: \"2025-03-15\", title: \"…\"}"]],
    ["a dash alone after another key", { code: "yaml-syntax", path: "", params: {"hint_lone_dash": "value"} }, ["a - alone is no value: if there is nothing to write, delete this line; for a list, leave value: alone on its line and write each item on a line below it, indented, starting with -"]],
    ["a full-width colon", { code: "yaml-syntax", path: "", params: {"hint_wide_colon": "value", "hint_written": "value: 4"} }, ["the colon after value is a full-width ： (U+FF1A, as an input method set to Chinese or Japanese punctuation types it), which YAML does not read as a colon: type the keyboard's :, write value: 4"]],
    ["an en dash for a minus", { code: "wrong-type", path: "", params: {"suggestion": "-5", "hint_dash": "\u2013"} }, ["did you mean -5?", "the \u2013 in front is U+2013 (en dash), as Word or a phone's keyboard types it, not the keyboard's -: type it again with the keyboard's -"]],
    ["an en dash before an answer that is not below 0", { code: "wrong-type", path: "", params: {"hint_dash": "\u2013", "hint_dash_floor": "0"} }, ["the \u2013 in front is U+2013 (en dash), as Word or a phone's keyboard types it, not the keyboard's -, and this answer is not below 0: delete it, writing the figure alone if that is the answer"]],
    ["an en dash before a figure over the answer's most too (–500 at a percentage)", { code: "wrong-type", path: "", params: {"hint_dash": "\u2013", "hint_dash_floor": "0", "hint_dash_max": "100"} }, ["the \u2013 in front is U+2013 (en dash), as Word or a phone's keyboard types it, not the keyboard's -, and this answer is from 0 to 100: the figure after the dash is over 100 too, check it"]],
    ["one line indented with a tab", { code: "tab-indent", path: "", params: {"hint_tab_spaces": 4} }, ["write 4 spaces in place of the tab, in line with the lines of its level"]],
    ["a colon in a value in {…}", { code: "yaml-syntax", path: "", params: {"hint_flow_colon": "title: \"Kế hoạch: CĐS\""} }, ["the value holds a colon and a space, which YAML reads as another key: put the value in quotes, write title: \"Kế hoạch: CĐS\""]],
    ["a dash alone for none", { code: "wrong-type", path: "", params: {"hint_dash_alone": "\u2013", "dash_zero": "0", "dash_na": "allowed"} }, ["a dash \u2013 alone is no number: if there is none, write 0; to answer later, write \"?\"; if the indicator does not apply to the agency, write na: true with a reason"]],
    ["a dash alone for none, N/A forbidden, 0 below the least", { code: "wrong-type", path: "", params: {"hint_dash_alone": "-"} }, ["a dash - alone is no number: to answer later, write \"?\""]],
    ["a # in a one-line mapping", { code: "yaml-syntax", path: "", params: {"hint_flow_comment": "title: \"Số #5\"", "hint_flow_close": "}"} }, ["a # after a space starts a comment, which hides the rest of the line and its closing }: put the value in quotes, title: \"Số #5\""]],
    ["a key's colon left out", { code: "yaml-syntax", path: "", params: {"hint_missing_colon": "note", "hint_written": "note: \"x\""} }, ["the colon after note is missing: write note: \"x\""]],
    ["a space left out after a colon", { code: "wrong-type", path: "", params: {"hint_colon": "value: 4"} }, ["a colon needs a space after it: write value: 4"]],
    ["a rubric's field of an answer out-dented", { code: "unknown-indicator", path: "", params: {"hint_answer_field": "note"} }, ["\"note\" belongs to an answer, it is no indicator code: indent it under the answer above, in line with that answer's fields (value:, evidence: …)"]],
    ["a field of an answer out-dented, the answer above holding one", { code: "unknown-indicator", path: "", params: {"hint_answer_field": "note", "hint_answer_field_held": "1.4"} }, ["\"note\" belongs to an answer, it is no indicator code, but the answer 1.4 above has its note already: delete this line (and the lines indented under it), or copy what to keep into 1.4's note first"]],
    ["a file of a later version", { code: "rubric-version-mismatch", path: "", params: {"found": "2026.1", "expected": "2025.1", "hint_later_version": "2026.1"} }, ["the file answers a later version than 2025.1, the one in use: check and score it with the rubric file of version 2026.1 (--rubric FILE, from the collector), rather than writing 2025.1 into it"]],
    ["a fraction written as points", { code: "out-of-range", path: "", params: {"hint_fraction_points": "2"} }, ["fraction is a share of the max, from 0 to 1 (50 % is 0.5); for a number of points, write points: 2"]],
    ["a rubric text without its English", { code: "wrong-type", path: "", params: {"hint_translation": "1"} }, ["each text of a rubric has Vietnamese and English, {vi: \"…\", en: \"…\"}; a rubric written in Vietnamese only declares languages: [vi] and may write en: TODO"]],
    ["a Word document", { code: "binary-file", path: "", params: {"hint_office": "docx"} }, ["this is a Word or Excel document (.docx, .xlsx, .doc, .xls), not plain text: make a new file with egov-score init, or copy the content into Notepad or VS Code and save it as UTF-8 text named .yaml"]],
    ["when_missing without required", { code: "missing-field", path: "", params: {"hint_when_missing": "1"} }, ["when_missing says what an answer short of its required evidence does: it goes with required: true (add it, or remove when_missing)"]],
    ["an agency's file of another period", { code: "duplicate-agency", path: "", params: {"period": "2025", "first": "a.yaml", "first_period": "2024"} }, ["this file is for period 2025 and a.yaml for 2024: score each period's (each year's) files as a separate batch, one folder per year for example"]],
    ["a table saved as CSV", { code: "root-not-mapping", path: "", params: {"found": "string", "hint_table": "csv", "hint_separator": ";"} }, ["the file holds a table as a spreadsheet (Excel) saves one as CSV, its values separated by \";\", not key: value lines: an agency file is made with egov-score init (a blank file to fill in) or egov-score assess"]],
    ["a table saved as CSV with tabs", { code: "root-not-mapping", path: "", params: {"found": "string", "hint_table": "csv", "hint_separator": "\t"} }, ["the file holds a table as a spreadsheet (Excel) saves one as CSV, its values separated by Tab, not key: value lines: an agency file is made with egov-score init (a blank file to fill in) or egov-score assess"]],
    ["a web page", { code: "root-not-mapping", path: "", params: {"found": "string", "hint_table": "html"} }, ["the file is a web page (HTML), as Excel or Word saves a document as a Web Page, not key: value lines: an agency file is made with egov-score init (a blank file to fill in) or egov-score assess"]],
    ["a decimal comma inside braces", { code: "unknown-field", path: "", params: {"hint_comma": "5"} }, ["inside {…} a comma separates entries, so the decimals 5 became a key of their own: write a decimal point (0.5, not 0,5)"]],
    ["a decimal comma and a % sign inside braces", { code: "unknown-field", path: "", params: {"hint_comma": "5", "hint_comma_percent": "%"} }, ["inside {…} a comma separates entries, so the decimals 5 and the % sign became a key of their own: write a decimal point and no % sign (85.5, not 85,5%)"]],
    ["a decimal comma inside braces, its whole part read", { code: "unknown-field", path: "", params: {"hint_comma": "5", "hint_comma_whole": "64"} }, ["inside {…} a comma separates entries, so the decimals 5 became a key of their own: write a decimal point (64.5, not 64,5)"]],
    ["a decimal comma and a % sign inside braces, its whole part read", { code: "unknown-field", path: "", params: {"hint_comma": "75", "hint_comma_percent": "%", "hint_comma_whole": "12"} }, ["inside {…} a comma separates entries, so the decimals 75 and the % sign became a key of their own: write a decimal point and no % sign (12.75, not 12,75%)"]],
    ["a date written with a time", { code: "wrong-type", path: "", params: {"hint_date_part": "2025-03-15"} }, ["a date here is written without the time of day: write 2025-03-15 if that is the day meant"]],
    ["nothing to add", { code: "out-of-range", path: "answers/5.4/value", params: { found: 110 } }, []],
    // The agency drops out of the ranking for the collector's own slip: said, and that its self-score does not stand in.
    ["an error in the collector's verified block", { code: "unknown-field", severity: "error", path: "answers/6.1.4/verified/vaule", params: { field: "vaule", suggestion: "value" } },
      ["did you mean value?", "this is in the verified block the collector added, not in the agency's answer: until it is corrected the file is not scored and the agency is not in the ranking (its self-score is not used in its place)"]],
    ["a warning there keeps the file scored: no such hint", { code: "text-in-quotes", severity: "warning", path: "answers/6.1.4/verified/by", params: {} }, []],
    ["a byte-order mark inside a line, at its column", { code: "unusual-space", path: "", params: { hint_space: "U+FEFF", hint_space_col: 7 } }, ["this line holds an invisible character (U+FEFF (byte-order mark, zero-width no-break space) at column 7), usually pasted from Word or a chat app: delete it"]],
    ["a remark after the figure where the answer has a note", { code: "number-with-unit", path: "answers/1.1/value", params: { hint_note: '"đạt"', hint_note_add: "add" } }, ['the answer has a note: add the remark "đạt" to it']],
    ["one agency under another id", { code: "same-agency-other-id", path: "agency/id", params: { id: "x-2", first: "a.yaml", first_id: "x-1", match: "answers" } }, ["if this is a resubmission with a corrected id, take the older file out of the batch and score again; if they are two agencies of one name, write in their names what tells them apart (the district, the province)"]],
    ["a rubric's title left out", { code: "missing-field", path: "groups/0", params: { fields: '"title", "code"', text_fields: "title" } }, ['add it, for example: title: {vi: "…", en: "…"}']],
    ["a rubric key without its version", { code: "missing-field", path: "rubric", params: { fields: '"version"', hint_rubric_line: 'rubric: {id: x, version: "1"}' } }, ['write the line in full: rubric: {id: x, version: "1"} (the rubric the file was checked against)']],
    ["N/A written as the value where the rubric takes none", { code: "wrong-type", path: "answers/1.1/value", params: { hint_na: "forbidden" } }, ["the rubric does not let this indicator be answered not applicable: enter a value, or leave it empty if there is none yet (it scores 0 and is listed as unanswered)"]],
    ["a rubric not bundled, found beside the file", { code: "unknown-rubric", path: "rubric/id", params: { hint_rubric_file: "rubrics/qt.yaml", id: "qt" } }, ['rubric "qt" is in the file rubrics/qt.yaml: add --rubric rubrics/qt.yaml']],
    ["a rubric's Vietnamese left as English", { code: "x", path: "", params: { hint_write_lang: "vi" } }, ["write the Vietnamese text at vi (a name, code or unit that is the same in both languages may stay)"]],
  ])("%s", (_, finding, expected) => {
    expect(hintTexts(finding, "en")).toEqual(expected);
  });

  it("in Vietnamese, the base unit and the dates as Vietnamese writes them", () => {
    expect(hintTexts({ code: "out-of-range", path: "answers/1.1/value", params: { found: "450000000", hint_unit: "450", unit_vi: "triệu đồng", unit_en: "million VND", base_vi: "đồng", base_en: "VND" } }, "vi")).toEqual(["chỉ số này ghi theo đơn vị triệu đồng: 450000000 đồng đổi ra triệu đồng là 450, hãy ghi 450"]);
    expect(hintTexts({ code: "duplicate-agency", path: "agency/id", params: { id: "qb-stc", first: "a.yaml", submitted: "2025-09-20", first_submitted_later: "2025-09-29" } }, "vi")).toEqual(["tệp này ghi ngày gửi 20/09/2025, trước ngày 29/09/2025 của a.yaml (tệp được xếp hạng): nếu a.yaml là bản gửi lại, tệp này là bản cũ, hãy bỏ nó khỏi lô"]);
  });

  it("a percentage read as a share of 1: both readings, the figures to write as YAML takes them, the percentages as Vietnamese writes them", () => {
    expect(hintTexts({ code: "decimal-comma", path: "", params: { hint_share: "0.85", share_percent: "85" } }, "vi")).toEqual(["có phải là 85 (0,85 là tỷ lệ trên 1, tức 85 %), hay 0.85 (tức 0,85 %)?"]);
  });

  it("errorLine ends with the hints, after what was found and expected", () => {
    expect(errorLine({ code: "rubric-from-option", path: "", params: { rubric: "x", version: "1", hint_rubric_line: "rubric: {id: x, version: \"1\"}" } }, "vi"))
      .toBe('Tệp không ghi bộ chỉ số (rubric) nên được đọc là phiếu tự đánh giá theo bộ chỉ số x phiên bản 1, bộ chỉ số ghi sau --rubric; thêm dòng này ở đầu tệp: rubric: {id: x, version: "1"}');
  });
});

describe("the md, html and xlsx reports give a finding's hint, as standard error does", () => {
  const example = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/^rubric:.*\n/m, "");
  const line = 'rubric: {id: dti-cap-so, version: "2025.1"}';

  it.each([
    ["a scored file's warning (--rubric given)", ["--rubric", "dti-cap-so"], `add this line at the top of the file: ${line}`],
    ["a file not scored (no --rubric)", [], `add this line at the top of the file: ${line} (the rubric the file was checked against), or name the rubric with --rubric`],
  ])("%s", async (_, option, hint) => {
    const dir = tempDir(temps);
    const file = path.join(dir, "kho-bac.yaml");
    writeFileSync(file, example);
    const run = await runCli(["score", ...option, file, "examples/so-khcn-quang-binh.yaml", "--format", "md,html,xlsx", "--output-dir", dir, "--lang", "en"], { env: REPRODUCIBLE });
    expect(run.stderr).toContain(`hint: ${hint}`);
    const md = readFileSync(path.join(dir, "egov-score-report.md"), "utf8");
    expect(md).toContain(hint.replace(/[{}]/g, "\\$&"));
    const html = readFileSync(path.join(dir, "egov-score-report.html"), "utf8");
    expect(html).toContain(hint.replace(/"/g, "&quot;"));
    const cells = [...xlsxCells(path.join(dir, "egov-score-report.xlsx")).values()].flatMap((sheet) => [...sheet.values()].map((c) => c.value));
    expect(cells.some((text) => text.endsWith(`; ${hint}`))).toBe(true);
  });
});

describe("a decimal comma inside {…}: the hint gives the figure typed, not a fixed example", () => {
  const lines = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").split("\n");
  it.each([
    ["{a: 64,5%, b: 65}", "(64.5, not 64,5%)", "(64.5, không phải 64,5%)"],
    ["{a: 64,5, b: 65}", "(64.5, not 64,5)", "(64.5, không phải 64,5)"],
    ["{a: 12 ,75, b: 65}", "(12.75, not 12,75)", "(12.75, không phải 12,75)"],
  ])("value: %s", async (value, en, vi) => {
    const dir = tempDir(temps);
    const file = path.join(dir, "t.yaml");
    writeFileSync(file, lines.map((l, i) => (i === 72 ? `    value: ${value}` : l)).join("\n"));
    expect((await runCli(["validate", file])).stderr).toContain(en);
    expect((await runCli(["validate", file, "--lang", "vi"])).stderr).toContain(vi);
  });
});

describe("rubric impact, which has no --rubric, does not tell a corpus file to use it", () => {
  it("a corpus file without its rubric: line is told the line to add, and that only", async () => {
    const dir = tempDir(temps);
    writeFileSync(path.join(dir, "kho-bac.yaml"), readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/^rubric:.*\n/m, ""));
    writeFileSync(path.join(dir, "so-khcn.yaml"), readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").replace(/^rubric:.*$/m, 'rubric: ""'));
    const run = await runCli(["rubric", "impact", "rubrics/dti-cap-so.yaml", "rubrics/dti-cap-so.yaml", "--corpus", dir, "--lang", "en"]);
    expect(run.stderr).toContain('hint: add this line at the top of the file: rubric: {id: dti-cap-so, version: "2025.1"}\n');
    expect(run.stderr).toContain('hint: write this line in place of the empty rubric: rubric: {id: dti-cap-so, version: "2025.1"}\n');
    expect(run.stderr).not.toContain("--rubric");
  });
});
