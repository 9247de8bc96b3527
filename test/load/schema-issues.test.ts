import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { expectedText, message } from "../../src/i18n/messages.js";
import { describe as describeValue, schemaIssues } from "../../src/load/schema-issues.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDirs } from "../rubric-ci/helpers/files.js";
import { lazySchemaHints } from "../../src/load/schema-keys.js";
import { agencySchema } from "../../src/core/agency-schema.js";
import { idForLabel, labelledAt } from "../../src/core/label-id.js";
import { runCli } from "../helpers/run-cli.js";
import { hintTexts } from "../../src/report/hints.js";
import { parseAgencyFile, validateAgency } from "../../src/load/load-agency.js";

const patternError = (pattern: string): ErrorObject => ({ keyword: "pattern", instancePath: "/agency/id", schemaPath: "#/properties/agency/properties/id/pattern", params: { pattern } });

describe("schemaIssues on a value of the wrong form", () => {
  it.each([
    ["^[A-Za-z0-9][A-Za-z0-9._-]*$", "chữ cái không dấu (a–z, A–Z), chữ số, dấu chấm, gạch ngang hoặc gạch dưới"],
    ["^[a-z0-9][a-z0-9._-]*$", "chữ thường không dấu (a–z)"],
    ["^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$", "các phần cách nhau bằng dấu chấm; ví dụ 6.1.2"],
  ])("the schemas' pattern %s is said in words, not as a regular expression", (pattern, words) => {
    const [issue] = schemaIssues([patternError(pattern)], { agency: { id: "sở-a" } });
    const expected = expectedText("vi", String(issue!.params!.expected_key), issue!.params!);
    expect(expected).toContain(words);
    expect(expected).not.toContain("^");
  });

  it("another pattern is shown as written", () => {
    const [issue] = schemaIssues([patternError("^x+$")], { agency: { id: "y" } });
    expect(expectedText("en", String(issue!.params!.expected_key), issue!.params!)).toBe("of the form ^x+$");
  });
});

describe("describe (the value found, on one line)", () => {
  it.each([
    [{ a: 40, b: 50 }, "{a: 40, b: 50}"],
    [{ "số cuộc họp": 13, "ghi chú": "quý 1" }, "{số cuộc họp: 13, ghi chú: quý 1}"],
    [["du-hop-tinh", "true", "1.5"], '[du-hop-tinh, "true", "1.5"]'],
    [{ x: { y: [1, null, true] } }, "{x: {y: [1, null, true]}}"],
    ["có", '"có"'],
    [12.5, "12.5"],
    [{ note: "x".repeat(100) }, `{note: ${"x".repeat(50)}…`],
    // `!!set {vi, en}` and `!!omap`: they read "{}".
    [new Set(["vi", "en"]), "{vi, en}"],
    [new Map([["a", 1]]), "{a: 1}"],
  ])("%j is written %s (a mapping was written as JSON)", (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe("schemaIssues on a text shorter than its input's min_length", () => {
  it.each([
    [20, "minLength", "at least 20 characters"],
    [1, "nonEmpty", "not empty"],
  ])("min_length %d: expected %s (\"%s\")", (limit, key, words) => {
    const e: ErrorObject = { keyword: "minLength", instancePath: "/answers/3.1/value", schemaPath: "#/minLength", params: { limit } };
    const [issue] = schemaIssues([e], { answers: { "3.1": { value: limit === 1 ? "" : "Đã có" } } });
    expect(issue!.params!.expected_key).toBe(key);
    expect(expectedText("en", key, issue!.params)).toBe(words);
  });
});

describe("schemaIssues on a mapping where a text pair is asked", () => {
  it.each([
    [["vi", "en"], "textPair"],
    [["vi", "en", "note"], "object"], // a mapping that holds more than the pair is said as a mapping
  ])("keys %j: expected %s", (keys, key) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/title", schemaPath: "#/type", params: { type: "object" } };
    const [issue] = schemaIssues([e], { title: "Nhận thức số" }, { keysAt: () => keys });
    expect(issue!.params!.expected_key).toBe(key);
  });
});

describe("schemaIssues on an entry lacking several fields", () => {
  const required = (field: string): ErrorObject => ({ keyword: "required", instancePath: "/answers/1.1/evidence/0", schemaPath: "#/required", params: { missingProperty: field } });

  it("names them all in one finding (an evidence item {title} said only \"number\", and \"date\" came at the next run)", () => {
    const issues = schemaIssues([required("number"), required("date"), required("number")], { answers: { "1.1": { evidence: [{ title: "KH" }] } } });
    expect(issues).toHaveLength(1);
    expect(message("en", "missing-field", issues[0]!.params)).toBe('Missing required fields "number", "date"');
    expect(message("vi", "missing-field", issues[0]!.params)).toBe('Thiếu trường bắt buộc "number", "date"');
  });

  it("one field reads as before", () => {
    const [issue] = schemaIssues([required("date")], { answers: { "1.1": { evidence: [{ number: "1" }] } } });
    expect(message("en", "missing-field", issue!.params)).toBe('Missing required field "date"');
  });
});

describe("schemaIssues on a value not among the allowed ids", () => {
  it("suggests the id an officer wrote out with its accents (Thủ trưởng for thu-truong got no hint)", () => {
    const e: ErrorObject = { keyword: "enum", instancePath: "/answers/1.2/value", schemaPath: "#/enum", params: { allowedValues: ["thu-truong", "cap-pho", "khong"] } };
    const [issue] = schemaIssues([e], { answers: { "1.2": { value: "Thủ trưởng" } } });
    expect(issue!.params!.suggestion).toBe("thu-truong");
  });

  it("names each allowed id with its label in the reader's language, and null as leaving it empty (bare codes and 'null' said little)", () => {
    const e: ErrorObject = { keyword: "enum", instancePath: "/agency/cohort", schemaPath: "#/enum", params: { allowedValues: ["so-nganh", "xa", null] } };
    const labelsAt = (path: string[]) => (path.join("/") === "agency/cohort" ? [{ id: "so-nganh", label: { vi: "Sở, ngành", en: "Departments" } }] : []);
    const [issue] = schemaIssues([e], { agency: { cohort: "so" } }, { labelsAt });
    expect(expectedText("vi", "enum", issue!.params!)).toBe("một trong: so-nganh (Sở, ngành), xa, để trống (null)");
    expect(expectedText("en", "enum", issue!.params!)).toBe("one of: so-nganh (Departments), xa, empty (null)");
    expect(issue!.params!.values).toBe("so-nganh, xa, null");
  });
});

describe("schemaIssues suggests the form a value should have", () => {
  it.each([
    ["31/03/2025", '"2025-03-31"'],
    ["1-4-2025", '"2025-04-01"'],
    ["31.03.2025", '"2025-03-31"'],
    ["30/02/2025", undefined], // no such day: no suggestion
    ["03/31/2025", undefined], // month first: no 31st month
    ["“2025-02-14”", '"2025-02-14"'], // a word processor's quotes
    ["2025/02/14", '"2025-02-14"'], // year first with slashes, as some software exports a date
    ["2025\u201002\u201014", '"2025-02-14"'], // a word processor's hyphens
    // A time after the date, as a spreadsheet or a database exports one: at midnight, the date it is.
    ["2025-02-14T00:00:00", '"2025-02-14"'],
    ["2025-02-14T00:00:00Z", '"2025-02-14"'],
    ["2025-02-14 00:00:00", '"2025-02-14"'],
    ["2025-02-14T00:00", '"2025-02-14"'],
    ["2025-02-14T00:00:00.000+07:00", '"2025-02-14"'],
    // Midnight in Vietnam written in UTC, as a program in UTC+7 exports a date (toISOString): the day in Vietnam.
    ["2025-02-13T17:00:00.000Z", '"2025-02-14"'],
    ["2025-02-13T17:00:00+00:00", '"2025-02-14"'],
    ["9999-12-31T17:00:00Z", undefined], // 10000-01-01 in Vietnam: no date to offer
    ["2025-02-13T17:00:30Z", undefined], // half a minute past midnight there: a time of day, not "did you mean"
    ["14/02/2025 00:00:00", '"2025-02-14"'],
    ["2025-02-14T10:30:00", undefined], // another time: not "did you mean" (the date part is offered as such, below)
    ["2025-02-30T00:00:00", undefined], // no such day
    ["2025-02-14Tnoon", undefined],
    ["45702", '"2025-02-14"'], // an Excel day number put in quotes, as the old hint said
    ["12345", undefined], // no date of this century as Excel counts
  ])("a date written %s: %s", (value, suggestion) => {
    const e: ErrorObject = { keyword: "format", instancePath: "/answers/1.4/value", schemaPath: "#/format", params: { format: "date" } };
    const [issue] = schemaIssues([e], { answers: { "1.4": { value } } });
    expect(issue!.params!.suggestion).toBe(suggestion);
  });

  it.each([
    ["2025-02-14T10:30:00", '"2025-02-14"'],
    ["2025-03-28T10:30:00Z", '"2025-03-28"'],
    // A moment with its zone is dated as in Vietnam, where the agency writes its dates: 03:30 on the 29th there.
    ["2025-03-28T20:30:00Z", '"2025-03-29"'],
    ["2025-03-28T10:30:00-08:00", '"2025-03-29"'],
    ["2025-03-01T03:00:00+09:00", '"2025-03-01"'],
    ["2025-03-01T07:37:00+07:37", '"2025-03-01"'],
    ["2025-03-01T01:00:00+09:00", '"2025-02-28"'],
    ["2024-12-31T18:00:00Z", '"2025-01-01"'],
    ["2025-02-13T17:00:30Z", '"2025-02-14"'], // seconds past midnight in Vietnam: its date part
    // +14:00 is the farthest zone there is (Kiribati): dated as in Vietnam; +15:00 is none, its date as written.
    ["2025-03-01T05:00:00+14:00", '"2025-02-28"'],
    ["2025-03-01T05:00:00+15:00", '"2025-03-01"'],
    ["2025-02-13T17:00:00Z", undefined], // midnight in Vietnam: "did you mean" says it
    ["2025-02-14T00:00:00", undefined], // midnight: "did you mean" says it
    ["2025-02-30T10:30:00", undefined],
  ])("a date with a time of day, %s, offers its date part %s as such, no \"did you mean\"", (value, part) => {
    const e: ErrorObject = { keyword: "format", instancePath: "/submitted", schemaPath: "#/format", params: { format: "date" } };
    const [issue] = schemaIssues([e], { submitted: value });
    expect(issue!.params!.hint_date_part).toBe(part);
    if (part !== undefined) {
      expect(issue!.params!.suggestion).toBeUndefined();
      expect(message("en", "date-without-time", issue!.params)).toBe(`a date here is written without the time of day: write ${part} if that is the day meant`);
    }
  });

  describe("a number typed where a date is asked (an Excel date cell pasted as its day number)", () => {
    const rubric = loadRubric(path.join("rubrics", "dti-cap-so.yaml"));
    if (!rubric.ok) throw new Error("rubric did not load");
    const hints = lazySchemaHints(() => agencySchema(rubric.loaded.rubric));
    const typeError = (pointer: string, type: string | string[]): ErrorObject => ({ keyword: "type", instancePath: pointer, schemaPath: "#/type", params: { type } });
    const at = (pointer: string, value: unknown) => pointer.slice(1).split("/").reduceRight<unknown>((inner, key) => (/^\d+$/.test(key) ? [inner] : { [key]: inner }), value);
    it.each([
      ["/answers/1.4/value", 45702, '"2025-02-14"'], // Excel's 1900 leap-year day counted: 45658 is 2025-01-01
      ["/answers/1.4/value", 45658, '"2025-01-01"'],
      ["/submitted", 45925, '"2025-09-25"'],
      ["/answers/1.1/evidence/0/date", 36526, '"2000-01-01"'], // the range's ends
      ["/answers/1.1/evidence/0/date", 73050, '"2099-12-31"'],
      ["/answers/1.4/value", 36525, undefined],
      ["/answers/1.4/value", 73051, undefined],
      ["/answers/1.4/value", 45702.5, undefined],
      ["/answers/1.4/value", 2025, undefined],
    ])("%s: %s is said against a date, suggesting %s", (pointer, value, suggestion) => {
      const [issue] = schemaIssues([typeError(pointer, pointer === "/submitted" ? ["string", "null"] : "string")], at(pointer, value), hints);
      expect(issue!.code).toBe("wrong-type");
      expect(issue!.params!.expected_key).toBe("date");
      expect(issue!.params!.suggestion).toBe(suggestion);
      expect(expectedText("en", "date")).toBe('a date "YYYY-MM-DD" in quotes');
      if (suggestion !== undefined) {
        expect(message("en", "excel-date-serial", issue!.params)).toBe(`${value} looks like a date as Excel stores it (a day number counted from 1900): did you mean ${suggestion}?`);
        expect(message("vi", "excel-date-serial", issue!.params)).toContain(`có phải là ${suggestion}?`);
      }
    });

    it("a number where text that is no date is asked is still said against text", () => {
      const [issue] = schemaIssues([typeError("/answers/1.1/note", "string")], { answers: { "1.1": { note: 45702 } } }, hints);
      expect([issue!.params!.expected_key, issue!.params!.suggestion]).toEqual(["string", undefined]);
    });
  });

  it.each([
    ["85", "number", "number-quoted", undefined], // in quotes: the quotes are the mistake ("did you mean 85?" under "found: 85")
    ["1 000", "integer", "wrong-type", "1000"],
    ["1\u00a0000", "integer", "wrong-type", "1000"],
    ["1.000.000", "integer", "wrong-type", "1000000"],
    ["\u22125", "number", "wrong-type", "-5"],
    ["８５", "integer", "wrong-type", "85"],
    ["“８５”", "integer", "wrong-type", "85"],
    // Not full-width: a square and a circled figure are no 102 and 1 (NFKC's readings were suggested).
    ["10²", "integer", "wrong-type", undefined],
    ["①", "integer", "wrong-type", undefined],
    ["“85”", "number", "wrong-type", "85"], // a word processor's quotes
    ["85,5", "number", "decimal-comma", "85.5"],
    ["1.234,5", "number", "decimal-comma", "1234.5"],
    ["85,5", "integer", "decimal-comma", undefined], // no whole number
    ["1,000", "number", "decimal-comma", undefined], // a thousand in English, one in Vietnamese: no guess
    // One reading, as assess reads them typed: commas between thousands (two or more), or both marks.
    ["450,000,000", "integer", "decimal-comma", "450000000"],
    ["1,000.5", "number", "decimal-comma", "1000.5"],
    ["１２，５", "number", "decimal-comma", "12.5"],
    ["1.2.3,5", "number", "decimal-comma", undefined], // no thousands grouping: assess refuses it too
    ["+5", "number", "number-quoted", undefined], // "+5" in quotes: the quotes are the mistake, as for "5"
    ["mười hai", "integer", "wrong-type", undefined],
    ["1 00", "integer", "wrong-type", undefined],
    // A letter O typed for a zero, as a code's 5.1O is read as 5.10: "2O" was told "write 2", a tenth of it.
    ["2O", "integer", "wrong-type", "20"],
    ["1O5", "integer", "wrong-type", "105"],
    ["1OO", "integer", "wrong-type", "100"],
    ["2o", "integer", "wrong-type", "20"],
    ["8O.5", "number", "wrong-type", "80.5"],
    ["O5", "integer", "wrong-type", undefined], // no figure before it: a word, not a zero
  ])("a number written %j for %s: %s, suggesting %s", (value, type, code, suggestion) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/1.1/value", schemaPath: "#/type", params: { type } };
    const [issue] = schemaIssues([e], { answers: { "1.1": { value } } });
    expect([issue!.code, issue!.params!.suggestion]).toEqual([code, suggestion]);
  });

  it.each([
    ["85 người", "number-with-unit", "85"],
    ["4 lần/năm", "number-with-unit", "4"],
    // A word that multiplies the figure: the figure alone would be a millionth of the answer, so the amount it makes
    // is the one to write; with other words after it (a unit the question does not name), none.
    ["12,5 triệu", "number-with-unit", "12500000"],
    ["10 triệu", "number-with-unit", "10000000"],
    ["5 nghìn người", "wrong-type", undefined],
    ["2 Tỷ đồng", "wrong-type", undefined],
    ["3k", "number-with-unit", "3000"],
    // A thousand in Vietnamese, 1 to YAML: "write 1.000" would score one.
    ["1.000 người", "wrong-type", undefined],
    ["1.500 lượt", "wrong-type", undefined],
    ["1.5 lần", "number-with-unit", "1.5"],
    // A decimal comma, as assess reads the figure typed; 1,000 has two readings.
    ["1,5 lần", "number-with-unit", "1.5"],
    ["1,000 người", "wrong-type", undefined],
    // A letter O glued to the figure is a zero mistyped, no word after it: "2" would be a tenth of the answer.
    ["2O", "wrong-type", undefined],
    ["2 O", "number-with-unit", "2"],
  ])("a number written with words, %j: %s, the figure %s", (value, code, figure) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.3/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.3": { value } } });
    expect([issue!.code, issue!.params!.number]).toEqual([code, figure]);
  });

  it.each([
    ["95 - đạt", {}, "95", '"đạt"', undefined],
    ["95 (ước tính)", {}, "95", '"ước tính"', undefined],
    ["95 người (ước tính)", {}, "95", '"ước tính"', undefined],
    ["85,5 – theo báo cáo quý III", {}, "85.5", '"theo báo cáo quý III"', undefined],
    // The answer has a note: the remark is added to it (a second note: would be a key twice).
    ["95 - đạt", { note: "Số liệu tháng 9" }, "95", '"đạt"', "add"],
    ["95 (\"ước tính\")", {}, "95", '"\\"ước tính\\""', undefined],
  ])("a figure with a remark after it, %j (answer %j): number-with-unit, the figure %s, the remark %s for note:", (value, entry, figure, note, add) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value, ...entry } } }, { maximumAt: () => 100, minimumAt: () => 0 });
    expect([issue!.code, issue!.params!.number, issue!.params!.hint_note, issue!.params!.hint_note_add]).toEqual(["number-with-unit", figure, note, add]);
  });

  it.each([
    ["95 - 100", "wrong-type"], // a range: no remark, no figure
    ["150 - đạt", "wrong-type"], // no percentage
    ["1.000 (ước tính)", "wrong-type"], // a thousand or one
  ])("%j is no figure with a remark the answer takes: %s, no hint", (value, code) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => 0 });
    expect([issue!.code, issue!.params!.number, issue!.params!.hint_note]).toEqual([code, undefined, undefined]);
  });

  it("the remark's hint in both languages", () => {
    expect(message("en", "remark-to-note", { hint_note: '"đạt"' })).toBe('put the remark in the answer\'s note, under value: note: "đạt"');
    expect(message("vi", "remark-to-note", { hint_note: '"đạt"' })).toBe('ghi phần chú thích vào trường note của câu trả lời, dưới value: note: "đạt"');
    expect(message("en", "remark-to-note-add", { hint_note: '"đạt"' })).toBe('the answer has a note: add the remark "đạt" to it');
    expect(message("vi", "remark-to-note-add", { hint_note: '"đạt"' })).toBe('câu trả lời đã có note: thêm phần chú thích "đạt" vào đó');
  });

  it.each([
    // The question's own unit, whose first word multiplies: "150 triệu đồng" where it counts in triệu đồng is 150.
    ["150 triệu đồng", "number-with-unit", "150"],
    ["150 Million VND", "number-with-unit", "150"],
    ["12,5 triệu đồng", "number-with-unit", "12.5"],
    // Another magnitude than the unit's: the figure in the unit (it was no reading, "wrong type" alone).
    ["150 tỷ đồng", "number-with-unit", "150000"],
    ["1,2 tỷ đồng", "number-with-unit", "1200"],
    ["500 nghìn đồng", "number-with-unit", "0.5"],
    ["150 tỷ USD", "wrong-type", undefined],
    // The unit's magnitude word alone, "đồng" left out as it is said: the amount in the question's unit.
    ["150 triệu", "number-with-unit", "150"],
    ["150 tr", "number-with-unit", "150"],
    ["150 tỷ", "number-with-unit", "150000"],
    ["1250 triệu (dự toán)", "number-with-unit", "1250"],
  ])("a number written with the question's unit (triệu đồng), %j: %s, the figure %s", (value, code, figure) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.3/value", schemaPath: "#/type", params: { type: "number" } };
    const unitAt = (path: string[]) => (path.join("/") === "answers/2.3/value" ? { vi: "triệu đồng", en: "million VND" } : undefined);
    const [issue] = schemaIssues([e], { answers: { "2.3": { value } } }, { unitAt });
    expect([issue!.code, issue!.params!.number]).toEqual([code, figure]);
  });

  it.each([
    [1000000, undefined], // 450 million đồng copied in đồng where the rubric counts million đồng: no reading fits
    [undefined, "450000000"],
  ])("an amount written 450.000.000 where the answer's max is %s suggests %s", (max, suggestion) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.3/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.3": { value: "450.000.000" } } }, { maximumAt: () => max, minimumAt: () => 0 });
    expect([issue!.code, issue!.params!.suggestion]).toEqual(["wrong-type", suggestion]);
  });

  it.each([
    // –5 as Word types it, where the answer may be below 0: the figure with the keyboard's -, and the dash named.
    ["\u20135", -100, { suggestion: "-5", hint_dash: "\u2013" }],
    ["\u22125", -100, { suggestion: "-5", hint_dash: "\u2212" }],
    // Where it may not (a percentage): no -5 to suggest, the dash named and the answer's least.
    ["\u20135", 0, { hint_dash: "\u2013", hint_dash_floor: "0" }],
    ["\u20145,5", 0, { hint_dash: "\u2014", hint_dash_floor: "0" }],
    ["-5", 0, {}], // the keyboard's - is no slip of a dash: the range is said (out-of-range)
    ["\u20135", 1, { hint_dash: "\u2013", hint_dash_floor: "1" }], // a count of at least 1: that least is named
    // 500 is no percentage either: "write the figure alone" would lead to out-of-range; the range is named (it had no hint).
    ["\u2013500", 0, { hint_dash: "\u2013", hint_dash_floor: "0", hint_dash_max: "100" }],
    ["\u2013100", 0, { hint_dash: "\u2013", hint_dash_floor: "0" }],
  ])("%j where the answer's least is %d: hints %j (an en dash got no word)", (value, least, hints) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => least });
    const got = Object.fromEntries(Object.entries(issue!.params!).filter(([k]) => k === "suggestion" || k.startsWith("hint_dash")));
    expect(got).toEqual(hints);
  });

  it.each([
    ["\u2013", 0, true, { hint_dash_alone: "\u2013", dash_zero: "0", dash_na: "allowed" }],
    ["-", 1, true, { hint_dash_alone: "-", dash_na: "allowed" }], // 0 below the least: not offered
    ["\u2014", 0, false, { hint_dash_alone: "\u2014", dash_zero: "0" }], // no N/A where the indicator forbids it
  ])("a dash %j alone for \"none\" (least %d, N/A allowed: %s): the meanings the answer takes (it got no word)", (value, least, na, hints) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => least, naAllowed: () => na });
    const got = Object.fromEntries(Object.entries(issue!.params!).filter(([k]) => k.startsWith("hint_dash") || k.startsWith("dash_")));
    expect(got).toEqual(hints);
  });

  it("a dash alone as the collector's verified value: the same meanings (a verified value is an answer's value too)", () => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/verified/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value: 95, verified: { value: "\u2013" } } } }, { maximumAt: () => 100, minimumAt: () => 0, naAllowed: () => true });
    expect(issue!.params).toMatchObject({ hint_dash_alone: "\u2013", dash_zero: "0", dash_na: "allowed" });
  });

  it("an amount written 450,000,000 where the answer counts in triệu đồng, at most 1000000, gets the figure to write (450), as 450.000.000 does", () => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.3/value", schemaPath: "#/type", params: { type: "number" } };
    const unitAt = () => ({ vi: "triệu đồng", en: "million VND" });
    const [issue] = schemaIssues([e], { answers: { "2.3": { value: "450,000,000" } } }, { maximumAt: () => 1000000, minimumAt: () => 0, unitAt });
    expect([issue!.code, issue!.params!.suggestion, issue!.params!.hint_unit]).toEqual(["decimal-comma", undefined, "450"]);
  });

  it.each([
    ["1 000", undefined], // a thousand is no percentage
    ["\u22125", undefined], // nor is −5
    ["8 5", undefined],
    ["85,5", "85.5"],
    ["100,5", undefined],
  ])("a percentage written %j suggests %s: only a reading the answer takes", (value, suggestion) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => 0 });
    expect(issue!.params!.suggestion).toBe(suggestion);
  });

  it.each([
    ["85,5%", "85.5"],
    ["85,5 %", "85.5"],
    ["９５％", "95"],
    // As YAML writes a number: the figure all the same, as in quotes (an unquoted 80% was told "e.g. 95, not 95%").
    ["95%", "95"],
    ["85.5%", "85.5"],
    ["100,5%", undefined], // no percentage
    ["1.000%", undefined], // a thousand or one
  ])("a percentage written %j with its sign: the figure to write is %s (85,5% was told 95, not 95%, and then failed on its comma)", (value, suggestion) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => 0 });
    expect([issue!.code, issue!.params!.suggestion]).toEqual(["percent-sign", suggestion]);
  });

  it.each([
    ["95%", "95"],
    ["85.5%", "85.5"],
    ["85 %", "85"],
    ["85,5 %", "85.5"],
    ["100,5%", undefined],
  ])("a percentage written %j with its sign in quotes: the figure to write is %s, as for 85,5 % (the quotes stay a mistake)", (value, suggestion) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => 0, quotedAt: () => true });
    expect([issue!.code, issue!.params!.suggestion]).toEqual(["percent-sign", suggestion]);
  });

  // "80%" at a level from 0 to 5 was told "write the percentage without the % sign (e.g. 95, not 95%)": 80, no level either.
  it("a figure with a % sign at a question that asks no percentage: said so, no figure suggested; with a % unit it is a percentage", async () => {
    const { message } = await import("../../src/i18n/messages.js");
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/1.4/value", schemaPath: "#/type", params: { type: "integer" } };
    const [level] = schemaIssues([e], { answers: { "1.4": { value: "80%" } } }, { maximumAt: () => 5, minimumAt: () => 0, percentAt: () => false });
    expect([level!.code, level!.params!.suggestion]).toEqual(["percent-sign", undefined]);
    expect(message("en", level!.code, level!.params as Record<string, string>)).toBe("\"80%\": this question does not ask a percentage: no % sign");
    // Said as assess says it ("Câu này không hỏi tỷ lệ phần trăm: hãy nhập số, không kèm dấu %"): ", không ghi dấu %" said what is not written, not what to write.
    expect(message("vi", level!.code, level!.params as Record<string, string>)).toBe("\"80%\": câu này không hỏi tỷ lệ phần trăm: hãy ghi số, không kèm dấu %");
    const [unitPercent] = schemaIssues([{ ...e, params: { type: "number" } }], { answers: { "1.4": { value: "80%" } } }, { maximumAt: () => 100, minimumAt: () => 0, percentAt: () => false, unitAt: () => ({ vi: "%", en: "%" }) });
    expect(message("en", unitPercent!.code, unitPercent!.params as Record<string, string>)).toBe("\"80%\": write the percentage without the % sign");
    expect(unitPercent!.params!.suggestion).toBe("80");
  });

  it.each([
    ["0,85%", { hint_small_percent: "0.85", share_percent: "85" }],
    ["0.85%", { hint_small_percent: "0.85", share_percent: "85" }],
    ["0,85 %", { hint_small_percent: "0.85", share_percent: "85" }],
    ["1%", { hint_small_percent: "1", share_percent: "100" }],
    ["85,5%", { suggestion: "85.5" }],
    ["0%", { suggestion: "0" }], // 0 is warned about by nothing
  ])("a percentage written %j with its sign, at a percentage: %j (0.85 alone was then warned about as looking like a share, unannounced)", (value, hint) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => 0, percentAt: () => true });
    const { source: _s, found: _f, expected_key: _e, ...hints } = issue!.params!;
    expect([issue!.code, hints]).toEqual(["percent-sign", hint]);
  });

  it("0,85 where the percentage is at most 50: only 0.85 is offered, 85 % being no answer there", () => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value: "0,85" } } }, { maximumAt: () => 50, minimumAt: () => 0, percentAt: () => true });
    expect([issue!.code, issue!.params!.suggestion, issue!.params!.hint_share]).toEqual(["decimal-comma", "0.85", undefined]);
  });

  it("the hint for 0,85% names the figure to write and the warning it will get, in both languages", () => {
    const d = { code: "percent-sign", severity: "error" as const, params: { source: "0,85%", hint_small_percent: "0.85", share_percent: "85" } };
    expect(hintTexts(d, "en")).toEqual(["did you mean 0.85 (that is 0.85 %, as the % sign says)? So small a percentage is then warned about as maybe a share of 1 copied from Excel (85 %): if 0.85 % is right, nothing more needs changing"]);
    expect(hintTexts(d, "vi")[0]).toContain("0,85 %");
  });

  it.each([
    // 450 and a no-break space pasted from Word, written without quotes: YAML kept it as text, but no quotes are to blame.
    ["450\u00a0", false, "number", ["wrong-type", "450"]],
    ["\u00a0450", false, "number", ["wrong-type", "450"]],
    ["1.000\u00a0", false, "number", ["wrong-type", undefined]], // a thousand or one: no guess
    ["true\u00a0", false, "boolean", ["wrong-type", "true"]],
    // In quotes, the quotes are a mistake too; where the file is not known, as before.
    ["450\u00a0", true, "number", ["number-quoted", undefined]],
    ["450\u00a0", undefined, "number", ["number-quoted", undefined]],
    ["true\u00a0", true, "boolean", ["boolean-quoted", undefined]],
  ])("%j, in quotes: %s, for a %s → %j", (value, quoted, type, expected) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.3/value", schemaPath: "#/type", params: { type } };
    const [issue] = schemaIssues([e], { answers: { "2.3": { value } } }, { quotedAt: (p) => (p.join("/") === "answers/2.3/value" ? quoted : undefined) });
    expect([issue!.code, issue!.params!.suggestion]).toEqual(expected);
  });

  it.each([["85", "number-quoted"], [" 85", "number-quoted"], ["150", "wrong-type"], ["-3", "wrong-type"]])(
    "a percentage written %j in quotes: %s (removing the quotes must leave an answer the input takes)",
    (value, code) => {
      const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
      const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => 0 });
      expect([issue!.code, issue!.params!.suggestion]).toEqual([code, undefined]);
    },
  );

  // "1.234" in quotes at an amount taking decimals was told "or 1.234 (no quotes)": written so, 1.234 is ambiguous-number's error.
  it.each([
    ["1.234", "1.2340", /or 1\.2340 \(no quotes; the 0 added at the end keeps the value and marks the dot as a decimal point\)$/],
    ["1.200", "1.2", /or 1\.2 \(no quotes\)$/],
  ])("an amount written %j in quotes: the decimal to write is %s, which no further finding reads two ways", (value, decimal, said) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.3/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.3": { value } } }, { maximumAt: () => 1000000, minimumAt: () => 0 });
    expect([issue!.code, issue!.params!.decimal]).toEqual(["number-quoted-ambiguous", decimal]);
    expect(message("en", issue!.code, issue!.params as Record<string, string>)).toMatch(said);
    expect(message("vi", issue!.code, issue!.params as Record<string, string>)).toContain(`hãy viết ${decimal} (không dấu nháy`);
  });

  it.each([
    ["150", 'without the quotes 150 is above this answer\'s maximum, 100'],
    ["-3", "without the quotes -3 is below this answer's minimum, 0"],
  ])("a percentage written %j in quotes says both mistakes: found shows no quotes, and the figure is past the range", (value, said) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/2.2/value", schemaPath: "#/type", params: { type: "number" } };
    const [issue] = schemaIssues([e], { answers: { "2.2": { value } } }, { maximumAt: () => 100, minimumAt: () => 0 });
    const [hint] = hintTexts({ code: issue!.code, params: issue!.params as Record<string, string> }, "en");
    expect(hint).toBe(`"${value}" in quotes is text, not a number; and ${said}`);
    expect(hintTexts({ code: issue!.code, params: issue!.params as Record<string, string> }, "vi")[0]).toContain("trong dấu nháy");
  });

  it.each([
    ["95 cuộc họp", 52, "95 is above this answer's maximum, 52", "95 lớn hơn mức tối đa 52"],
    ["95 - đạt", 52, "95 is above this answer's maximum, 52", "95 lớn hơn mức tối đa 52"],
    ["150 (ước tính)", 100, "150 is above this answer's maximum, 100", "150 lớn hơn mức tối đa 100"],
  ])("a figure with words, %j, past the answer's maximum %s says both mistakes (it was \"wrong type\" with no hint)", (value, max, en, vi) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/1.1/value", schemaPath: "#/type", params: { type: "integer" } };
    const [issue] = schemaIssues([e], { answers: { "1.1": { value } } }, { maximumAt: () => max, minimumAt: () => 0 });
    expect([issue!.code, issue!.params!.number, issue!.params!.hint_note]).toEqual(["wrong-type", undefined, undefined]);
    const params = { code: issue!.code, params: issue!.params as Record<string, string> };
    expect(hintTexts(params, "en")).toEqual([`write the number alone, without a unit or words; but ${en}`]);
    expect(hintTexts(params, "vi")).toEqual([`chỉ ghi con số, không kèm đơn vị hay chữ; nhưng con số ${vi} của câu trả lời này`]);
  });

  const asText = (value: string, pointer = "/answers/1.3/value", idForLabel?: (path: string[], text: string) => string | undefined) => {
    const e: ErrorObject = { keyword: "type", instancePath: pointer, schemaPath: "#/type", params: { type: "array" } };
    const path = pointer.slice(1).split("/");
    const data = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
    return schemaIssues([e], data, idForLabel ? { idForLabel } : {})[0]!.params!.suggestion;
  };

  it("a checklist written as text: the list", () => {
    expect(asText("du-hop-tinh, chu-tri-hop")).toBe("[du-hop-tinh, chu-tri-hop]");
  });

  it("one id alone: the list of it (the commonest slip got no hint)", () => {
    expect(asText("chu-tri-hop")).toBe("[chu-tri-hop]");
  });

  it("labels written out: their ids", () => {
    expect(asText("Dự đủ các cuộc họp, chu-tri-hop", "/answers/1.3/value", (_, text) => (text === "Dự đủ các cuộc họp" ? "du-hop-tinh" : undefined))).toBe("[du-hop-tinh, chu-tri-hop]");
  });

  it.each([
    // A label holding a comma: split there, "hội nghị CĐS của tỉnh" was offered as an item, which the list refuses.
    ["Dự đủ các phiên họp, hội nghị CĐS của tỉnh", "[du-hop-tinh]"],
    ["Dự đủ các phiên họp, hội nghị CĐS của tỉnh, Chủ trì các cuộc họp CĐS của cơ quan", "[du-hop-tinh, chu-tri-hop]"],
    ["chu-tri-hop, Dự đủ các phiên họp, hội nghị CĐS của tỉnh", "[chu-tri-hop, du-hop-tinh]"],
    ["du-hop-tinh, chu-tri-hop", "[du-hop-tinh, chu-tri-hop]"],
  ])("labels holding a comma, %j: %s", (text, list) => {
    const loaded = loadRubric("rubrics/dti-cap-so.yaml");
    if (!loaded.ok) throw new Error("dti-cap-so does not load");
    const rubric = loaded.loaded.rubric;
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/1.3/value", schemaPath: "#/type", params: { type: "array" } };
    const [issue] = schemaIssues([e], { answers: { "1.3": { value: text } } }, { idForLabel: (path, label) => idForLabel(rubric, path, label), labelsAt: (path) => labelledAt(rubric, path) });
    expect(issue!.params!.suggestion).toBe(list);
  });

  it.each([
    ["https://stc.quangbinh.gov.vn/chuyen-doi-so", ["link"], "- {link: https://stc.quangbinh.gov.vn/chuyen-doi-so}", undefined],
    ["www.stc.gov.vn", ["link"], "- {link: www.stc.gov.vn}", undefined],
    // A title the rubric asks for: in its place, to be filled in.
    ["https://stc.gov.vn/a", ["title", "link"], '- {title: "…", link: https://stc.gov.vn/a}', "title"],
    ["https://stc.gov.vn/a", ["title"], '- {title: "…", link: https://stc.gov.vn/a}', "title"],
    ["https://stc.gov.vn/a", undefined, "- {link: https://stc.gov.vn/a}", undefined],
    ["https://stc.gov.vn/a", ["number", "date", "title"], '- {number: "…", date: "…", title: "…", link: https://stc.gov.vn/a}', "number, date, title"],
    // A path from Explorer, or an address holding what would end a one-line mapping: in single quotes, where a backslash is a backslash.
    ["D:\\tai lieu\\soc.pdf", ["title"], "- {title: \"…\", link: 'D:\\tai lieu\\soc.pdf'}", "title"],
    ["\\\\may-chu\\minh chung\\a.pdf", ["link"], "- {link: '\\\\may-chu\\minh chung\\a.pdf'}", undefined],
    ["https://a.gov.vn/x?a=1,2#p", ["link"], "- {link: 'https://a.gov.vn/x?a=1,2#p'}", undefined],
    // Not an address: no bare-address hint (the text is given as the item's title: test/load/evidence-citation.test.ts).
    ["Báo cáo số 12", ["link"], '- {title: "Báo cáo số 12", link: "…"}', undefined],
  ])("an evidence item written as a bare address, %j (fields %j): %s", (item, fields, written, asked) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/1.5/evidence/0", schemaPath: "#/type", params: { type: "object" } };
    const [issue] = schemaIssues([e], { answers: { "1.5": { value: true, evidence: [item] } } }, { evidenceFields: (code) => (code === "1.5" ? fields : undefined) });
    expect([issue!.code, issue!.params!.hint_evidence_item, issue!.params!.hint_evidence_fields]).toEqual(["wrong-type", written, asked]);
  });

  it("the bare address's hint in both languages", () => {
    expect(message("en", "evidence-bare-link", { hint_evidence_item: "- {link: https://a.vn}" })).toBe("an evidence item is written as its fields, not a bare address: write - {link: https://a.vn}");
    expect(message("vi", "evidence-bare-link", { hint_evidence_item: "- {link: https://a.vn}" })).toBe("mỗi minh chứng được ghi bằng các trường của nó, không ghi địa chỉ trần: viết - {link: https://a.vn}");
    expect(message("en", "evidence-bare-link-fields", { hint_evidence_item: '- {title: "…", link: https://a.vn}', hint_evidence_fields: "title" })).toBe('an evidence item is written as its fields, not a bare address: write - {title: "…", link: https://a.vn}, each … filled in from the document (this indicator asks for title)');
    expect(message("vi", "evidence-bare-link-fields", { hint_evidence_item: '- {title: "…", link: https://a.vn}', hint_evidence_fields: "title" })).toBe('mỗi minh chứng được ghi bằng các trường của nó, không ghi địa chỉ trần: viết - {title: "…", link: https://a.vn}, điền thông tin của văn bản vào chỗ … (chỉ số này yêu cầu title)');
  });

  it("evidence written as text gets no list: its items are mappings", () => {
    expect(asText("18/QĐ-SKHCN, 20/01/2025", "/answers/1.3/evidence")).toBeUndefined();
  });

  // The collector's figure written where the verified block goes: the block, where the figure is one it takes.
  it.each([
    [3, "verified: {value: 3}"],
    [false, "verified: {value: false}"],
    ["cap-pho", "verified: {value: cap-pho}"],
    ["2025-02-14", 'verified: {value: "2025-02-14"}'],
    [["chu-tri-hop", "du-hop-tinh"], "verified: {value: [chu-tri-hop, du-hop-tinh]}"],
    ["3 cuộc", undefined],
    ["yes", undefined],
    [["a", 3], undefined],
  ])("verified: %j → %s", (value, suggestion) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/1.1/verified", schemaPath: "#/type", params: { type: "object" } };
    const [issue] = schemaIssues([e], { answers: { "1.1": { value: 4, verified: value } } });
    expect([issue!.code, issue!.params!.suggestion]).toEqual(["wrong-type", suggestion]);
  });

  // One document written as the evidence's text: the list it should be, the item in its fields.
  it.each([
    ["Quyết định số 18/QĐ-SKHCN ngày 20/01/2025", ["number", "date"], '- {number: "18/QĐ-SKHCN", date: "2025-01-20", title: "Quyết định"}', "not-list"],
    ["Báo cáo năm", ["number", "date"], '- {number: "…", date: "…", title: "Báo cáo năm"}', "not-list-gaps"],
    ["https://a.gov.vn/x", ["link"], "- {link: https://a.gov.vn/x}", "not-list"],
    ["  ", ["link"], undefined, undefined],
    // One item without its dash: the list's line.
    [{ number: "18/QĐ-SKHCN", title: "Quyết định" }, ["number"], '- {number: "18/QĐ-SKHCN", title: "Quyết định"}', "not-list"],
    [{ number: "18/QĐ-SKHCN", issuer: "UBND tỉnh" }, ["number"], '- {number: "18/QĐ-SKHCN", issuer: "UBND tỉnh"}', "not-list"],
    [{ number: 18 }, ["number"], undefined, undefined],
    [{ so: "18" }, ["number"], undefined, undefined],
    [{}, ["number"], undefined, undefined], // `evidence: {}`: no item to write, "- {}" would be the next finding
  ])("evidence: %j (fields %j) → %s", (text, fields, item, form) => {
    const e: ErrorObject = { keyword: "type", instancePath: "/answers/1.5/evidence", schemaPath: "#/type", params: { type: "array" } };
    const [issue] = schemaIssues([e], { answers: { "1.5": { value: true, evidence: text } } }, { evidenceFields: () => fields });
    expect([issue!.code, issue!.params!.hint_evidence_item, issue!.params!.hint_evidence_form]).toEqual(["wrong-type", item, form]);
  });
});

describe("keys written where another key was meant", () => {
  const extra = (instancePath: string, additionalProperty: string): ErrorObject => ({ keyword: "additionalProperties", instancePath, schemaPath: "#/additionalProperties", params: { additionalProperty } });
  const codes = { codes: ["2.2", "2.3"], rubric: "dti-cap-so" };

  it.each([
    ["note", { hint_answer_field: "note" }],
    ["evidence", { hint_answer_field: "evidence" }],
    ["2.4", {}],
  ])("an answer's key %s at the level of the answers: hint %j", (field, hint) => {
    const [issue] = schemaIssues([extra("/answers", field)], { answers: { [field]: "x" } }, codes);
    expect(issue!.code).toBe("unknown-indicator");
    expect(issue!.params!.hint_answer_field).toBe((hint as { hint_answer_field?: string }).hint_answer_field);
  });

  // Indented under the answer above as the hint said, a note that answer holds already was written twice there (officer21).
  it.each([
    ["holds a note already: the line is to delete", { "2.2": { value: 1, note: "a" }, note: "b" }, "2.2"],
    ["holds none: it is to indent", { "2.2": { value: 1 }, note: "b" }, undefined],
    ["holds one, a field between: to delete", { "2.2": { note: "a" }, value: 1, note: "b" }, "2.2"],
  ])("an answer's note at the level of the answers, the answer above %s", (_, answers, held) => {
    const [issue] = schemaIssues([extra("/answers", "note")], { answers }, codes);
    expect(issue!.params!.hint_answer_field).toBe("note");
    expect(issue!.params!.hint_answer_field_held).toBe(held);
  });

  it.each([
    ["verified", "verified"],
    ["note", "note"],
    ["issuers", undefined],
  ])("an answer's key %s in an evidence item (a collector's verified block indented under the list): hint %s", (field, hint) => {
    const data = { answers: { "2.2": { value: 70, evidence: [{ title: "Báo cáo", [field]: { value: 60 } }] } } };
    const [issue] = schemaIssues([extra("/answers/2.2/evidence/0", field)], data, codes);
    expect(issue!.code).toBe("unknown-field");
    expect(issue!.params!.hint_item_answer_field).toBe(hint);
    if (hint) expect(hintTexts(issue as never, "en")).toContain(`"${field}" belongs to the answer, not to an evidence item: write it in line with value:, below the evidence list`);
  });

  it.each([
    [{ "2.4": 1, "2.3": 1 }, "2.2"],
    // 2.3 is answered: the next nearest code the file does not answer.
    [{ "2.4": 1, "2.3": 1, "2.2": 1 }, undefined],
    [{ "2.4": 1 }, "2.3"],
  ])("an unknown code among answers %j: suggests %s, never a code the file answers (applied, a duplicate key)", (answers, suggestion) => {
    const [issue] = schemaIssues([extra("/answers", "2.4")], { answers }, codes);
    expect(issue!.params!.suggestion).toBe(suggestion);
  });

  it.each([
    ["a:52", null, "a: 52"], // {a:52, b:68}: one key with no value
    ["b:68", null, "b: 68"],
    ["a:52", "x", undefined], // a key written with a colon on purpose, and a value
    ["note", null, undefined],
    ["https://skhcn.gov.vn/cds", null, undefined], // a link pasted into {…} without its key
    ["14:30", null, undefined], // a time
  ])("%s (value %j) in an answer's value: hint %s", (field, value, fix) => {
    const [issue] = schemaIssues([extra("/answers/6.1.1/value", field)], { answers: { "6.1.1": { value: { [field]: value } } } });
    expect([issue!.code, issue!.params!.hint_colon]).toEqual(["unknown-field", fix]);
  });

  it.each([
    ["value：4", null, "value: 4"], // {value：4}: a full-width colon, an East Asian input method's
    ["value ： ４", null, "value: 4"],
    ["value：4", "x", undefined],
  ])("%s (value %j) in an answer: full-width colon hint %s", (field, value, fix) => {
    const [issue] = schemaIssues([extra("/answers/6.1.1", field)], { answers: { "6.1.1": { [field]: value } } });
    expect([issue!.code, issue!.params!.hint_written]).toEqual(["unknown-field", fix]);
  });

  it("the hints are said in the user's language", () => {
    expect(message("vi", "space-after-colon", { hint_colon: "a: 52" })).toBe("sau dấu hai chấm phải có một dấu cách: viết a: 52");
    expect(message("en", "answer-field-outdented", { hint_answer_field: "note" })).toBe("\"note\" belongs to an answer, it is no indicator code: indent it under the answer above, in line with that answer's fields (value:, evidence: …)");
  });
});

describe("N/A written as an answer's value", () => {
  const typeError = (instancePath: string, type: string): ErrorObject => ({ keyword: "type", instancePath, schemaPath: "#/type", params: { type } });
  it.each([
    ["N/A", "number", "allowed"],
    ["n/a", "object", "allowed"],
    ["Không áp dụng", "number", "allowed"],
    ["KAD", "number", "allowed"],
    ["chưa có", "number", undefined],
  ])("%j where a %s is expected: hint %s", (value, type, hint) => {
    const [issue] = schemaIssues([typeError("/answers/1.1/value", type)], { answers: { "1.1": { value } } });
    expect([issue!.code, issue!.params!.hint_na]).toEqual(["wrong-type", hint]);
  });

  it("says so where the indicator takes no N/A (na: true would be an error there too)", () => {
    const known = { naAllowed: (code: string) => code !== "1.1" };
    expect(schemaIssues([typeError("/answers/1.1/value", "number")], { answers: { "1.1": { value: "N/A" } } }, known)[0]!.params!.hint_na).toBe("forbidden");
    expect(schemaIssues([typeError("/answers/2.1/value", "number")], { answers: { "2.1": { value: "N/A" } } }, known)[0]!.params!.hint_na).toBe("allowed");
  });

  it("in a choice, a checklist (not taken for an option) and a date, and nowhere but an answer's value", () => {
    const choice: ErrorObject = { keyword: "enum", instancePath: "/answers/1.2/value", schemaPath: "#/enum", params: { allowedValues: ["co", "khong"] } };
    expect(schemaIssues([choice], { answers: { "1.2": { value: "N/A" } } })[0]!.params!.hint_na).toBe("allowed");
    const [list] = schemaIssues([typeError("/answers/1.3/value", "array")], { answers: { "1.3": { value: "n/a" } } });
    expect([list!.params!.hint_na, list!.params!.suggestion]).toEqual(["allowed", undefined]);
    const date: ErrorObject = { keyword: "format", instancePath: "/answers/1.4/value", schemaPath: "#/format", params: { format: "date" } };
    expect(schemaIssues([date], { answers: { "1.4": { value: "N/A" } } })[0]!.params!.hint_na).toBe("allowed");
    const [note] = schemaIssues([typeError("/answers/1.1/note", "string")], { answers: { "1.1": { note: "N/A" } } });
    expect(note!.params!.hint_na).toBeUndefined();
  });
});

describe("schemaIssues on a number where one of some texts is asked", () => {
  const errors = (allowed: string[]): ErrorObject[] => [
    { keyword: "type", instancePath: "/answers/1.2/value", schemaPath: "#/x/type", params: { type: "string" } },
    { keyword: "enum", instancePath: "/answers/1.2/value", schemaPath: "#/x/enum", params: { allowedValues: allowed } },
  ];
  it.each([
    ["not one of them in quotes either: the options alone", ["thu-truong", "cap-pho"], 1, ["not-allowed-value", undefined]],
    ["one of them in quotes: the type alone (write it in quotes)", ["1", "2"], 1, ["wrong-type", "1"]],
    ["03, which YAML reads as 3, for the option \"03\": that one in quotes", ["01", "02", "03"], 3, ["wrong-type", "03"]],
    ["yes/no for options: the options alone", ["co", "khong"], true, ["not-allowed-value", undefined]],
  ])("%s", (_, allowed, value, [code, hint]) => {
    const issues = schemaIssues(errors(allowed), { answers: { "1.2": { value } } });
    expect(issues.map((i) => [i.code, i.params.hint_source])).toEqual([[code, hint]]);
  });
});

describe("an unknown key where the rubric schema uses unevaluatedProperties (bands)", () => {
  const dirs = tempDirs();
  const bundled = readFileSync(path.join("rubrics", "un-losi-2022.yaml"), "utf8");
  it.each([
    ["`level:` for `levels:`", bundled.replace(/^  levels:/m, "  level:"), "level", "levels"],
    ["`agency_type:` in by_agency_type", bundled.replace(/^  levels:/m, "  by_agency_type:\n    - {agency_type: [x], levels: [{id: a, min: 0, label: {vi: A, en: A}}]}\n  levels:"), "agency_type", "agency_types"],
  ])("%s is an unknown field at the key, with its near spelling, not ajv's own sentence", (_, text, field, suggestion) => {
    const file = path.join(dirs(), "rubric.yaml");
    writeFileSync(file, text);
    const outcome = loadRubric(file);
    expect(outcome.ok).toBe(false);
    const diagnostics = outcome.ok ? [] : outcome.diagnostics;
    expect(diagnostics.map((d) => d.code)).not.toContain("invalid-value");
    const unknown = diagnostics.find((d) => d.code === "unknown-field");
    expect(unknown?.params).toMatchObject({ field, suggestion });
    // At the key itself (1-based), not at the first key of its mapping.
    const line = text.split("\n").findIndex((l) => new RegExp(`(^|[{ ])${field}:`).test(l)) + 1;
    expect(unknown?.line).toBe(line);
  });
});

// `when_missing` goes with `required: true` only (the schema's dependentSchemas): the finding said "Missing
// required field "required"" or "found: false, expected: one of: true" with no word of when_missing, which is
// what asks for it (evidence without `required` was always accepted).
describe("evidence.when_missing without required: true", () => {
  const dirs = tempDirs();
  const bundled = readFileSync(path.join("rubrics", "dti-cap-so.yaml"), "utf8");
  const written = "evidence: {required: true, min: 1, fields: [link]}";
  const hint = {
    en: "hint: when_missing says what an answer short of its required evidence does: it goes with required: true (add it, or remove when_missing)",
    vi: "gợi ý: when_missing nói câu trả lời thiếu minh chứng bắt buộc thì xử lý thế nào: chỉ dùng cùng required: true (thêm required: true, hoặc bỏ when_missing)",
  };
  it.each([
    ["required left out", "evidence: {min: 1, fields: [link], when_missing: no_points}", "missing-field"],
    ["required: false", "evidence: {required: false, fields: [link], when_missing: no_points}", "not-allowed-value"],
  ])("%s: the finding says why, in both languages and on one line (json)", async (_, evidence, code) => {
    expect(bundled).toContain(written);
    const file = path.join(dirs(), "rubric.yaml");
    writeFileSync(file, bundled.replace(written, evidence));
    for (const lang of ["en", "vi"] as const) {
      const r = await runCli(["rubric", "lint", file, "--lang", lang]);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain(`[${code}]`);
      expect((r.stdout + r.stderr).replace(/\s+/g, " ")).toContain(hint[lang]);
    }
    const json = await runCli(["rubric", "lint", file, "--lang", "en", "--format", "json"]);
    expect(json.stdout).toContain(hint.en.replace(/^hint: /, ""));
  });
});

/**
 * A clerk's edits to a copy of the example, validated as the clerk runs it: the hint in both languages at the
 * place (line:column, the frame's marked line), and the edit it gives, made as written, leaves a valid file.
 */
describe("hints for a hand-edited agency file, applied as written", () => {
  const example = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
  const edit = (text: string, [from, to]: readonly [string, string]) => {
    if (!text.includes(from)) throw new Error(`not in the text: ${from}`);
    return text.replace(from, to);
  };
  const validate = (text: string, lang: string) => runCli(["validate", "-", "--lang", lang], { stdin: text });
  it.each<[string, [string, string], string, { en: string; vi: string }, [string, string]]>([
    ["a renumbered code whose near code the file answers", ['  "4.1": {value: 95}', '  "4.6": {value: 95}'], "96:3", { en: "hint: did you mean 4.1?", vi: "gợi ý: có phải là 4.1?" }, ['"4.6"', '"4.1"']],
    ["a percentage with a decimal comma and its sign", ['"6.1.1":\n    value: 99.2', '"6.1.1":\n    value: 85,5%'], "159:12", { en: "hint: did you mean 85.5?", vi: "gợi ý: có phải là 85.5?" }, ["85,5%", "85.5"]],
    // In quotes, the figure typed is the one to write too: "85%" without its sign is still "85", in quotes.
    ["a quoted percentage with its sign", ['"6.1.1":\n    value: 99.2', '"6.1.1":\n    value: "85%"'], "159:12", { en: "hint: did you mean 85?", vi: "gợi ý: có phải là 85?" }, ['"85%"', "85"]],
    ["a quoted percentage with a decimal point and its sign", ['"6.1.1":\n    value: 99.2', '"6.1.1":\n    value: "85.5%"'], "159:12", { en: "hint: did you mean 85.5?", vi: "gợi ý: có phải là 85.5?" }, ['"85.5%"', "85.5"]],
    ["a quoted percentage with a decimal comma and its sign", ['"6.1.1":\n    value: 99.2', '"6.1.1":\n    value: "85,5 %"'], "159:12", { en: "hint: did you mean 85.5?", vi: "gợi ý: có phải là 85.5?" }, ['"85,5 %"', "85.5"]],
    ["an amount with its unit's short word", ['"2.3":\n    value: 1250', '"2.3":\n    value: 1250 triệu'], "59:12", { en: "write the number alone, without a unit or words (1250)", vi: "chỉ ghi con số, không kèm đơn vị hay chữ (ghi 1250)" }, ["1250 triệu", "1250"]],
    ["a figure and a remark after a dash", ['"2.2":\n    value: 95', '"2.2":\n    value: 95 - đạt'], "55:12", { en: 'hint: put the remark in the answer\'s note, under value: note: "đạt"', vi: 'gợi ý: ghi phần chú thích vào trường note của câu trả lời, dưới value: note: "đạt"' }, ["value: 95 - đạt", 'value: 95\n    note: "đạt"']],
    ["a figure and a remark in parentheses", ['"2.2":\n    value: 95', '"2.2":\n    value: 95 (ước tính)'], "55:12", { en: '(95)', vi: 'note: "ước tính"' }, ["value: 95 (ước tính)", 'value: 95\n    note: "ước tính"']],
    ["a figure and a remark in a one-line answer", ['"4.1": {value: 95}', '"4.1": {value: 95 (ước tính)}'], "96:18", { en: 'note: "ước tính"', vi: "(ghi 95)" }, ["95 (ước tính)}", '95, note: "ước tính"}']],
    ["an evidence link written bare", ['      - {title: "Chuyên mục Chuyển đổi số", link: "https://stc.quangbinh.gov.vn/chuyen-doi-so"}', "      - https://stc.quangbinh.gov.vn/chuyen-doi-so"], "42:9", { en: "hint: an evidence item is written as its fields, not a bare address: write - {link: https://stc.quangbinh.gov.vn/chuyen-doi-so}", vi: "gợi ý: mỗi minh chứng được ghi bằng các trường của nó, không ghi địa chỉ trần: viết - {link: https://stc.quangbinh.gov.vn/chuyen-doi-so}" }, ["- https://stc.quangbinh.gov.vn/chuyen-doi-so", "- {link: https://stc.quangbinh.gov.vn/chuyen-doi-so}"]],
    ["an Explorer path written bare where a title is asked", ['      - {title: "Xác nhận kết nối SOC tỉnh"}', "      - D:\\tai lieu\\soc.pdf"], "143:9", { en: "write - {title: \"…\", link: 'D:\\tai lieu\\soc.pdf'}, each … filled in from the document (this indicator asks for title)", vi: "viết - {title: \"…\", link: 'D:\\tai lieu\\soc.pdf'}, điền thông tin của văn bản vào chỗ … (chỉ số này yêu cầu title)" }, ["- D:\\tai lieu\\soc.pdf", "- {title: \"…\", link: 'D:\\tai lieu\\soc.pdf'}"]],
  ])("%s", async (_name, mistake, place, hints, fix) => {
    const text = edit(example, mistake);
    for (const lang of ["en", "vi"] as const) {
      const r = await validate(text, lang);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`<stdin>:${place} `);
      expect(r.stderr).toContain(`> ${place.split(":")[0]} |`);
      expect(r.stderr).toContain(hints[lang]);
    }
    const fixed = await validate(edit(text, fix), "en");
    expect([fixed.code, fixed.stderr]).toEqual([0, "1 valid file, 0 invalid\n"]);
  });
});

// A key the mapping holds was listed as one to write instead (`peroid:` beside `period:` was told period among them):
// renamed so, it would be a key twice. Only the fields not written yet are; with every one written, that none is left.
describe("an unknown key: the fields it may stand for are those the mapping lacks", () => {
  const SEED = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8");
  const rubric = loadRubric("rubrics/dti-cap-so.yaml");
  if (!rubric.ok) throw new Error("the default rubric does not load");
  const added = (after: string, line: string, text = SEED) => { const at = text.indexOf(after) + after.length; expect(at).toBeGreaterThan(after.length - 1); return text.slice(0, at) + line + text.slice(at); };
  it.each([
    ["peroid beside period, every top-level key written", added('period: "2025"\n', 'peroid: "2024"\n'), "field-none-left", "rubric, example, agency, period, respondent, submitted, answers",
      "no other field: every field that goes here is written already (rubric, example, agency, period, respondent, submitted, answers); delete this key",
      "không trường nào khác: mọi trường ghi được ở đây đã có (rubric, example, agency, period, respondent, submitted, answers); hãy xóa khóa này"],
    ["nmae beside the agency's name, its cohort not written", added('  name: "Kho bạc Nhà nước Quảng Bình"\n', "  nmae: Kho bạc\n", SEED.replace("  cohort: nganh-doc\n", "")), "field-of-left", "cohort",
      "one of the fields not written here yet: cohort", "một trong các trường chưa ghi ở đây: cohort"],
    // Beside a value, na and reason are no field to add: an answer gives one or the other.
    ["evidnce beside an answer's value and evidence", added("    value: 4\n", "    evidnce: []\n"), "field-of-left", "note, flag, verified",
      "one of the fields not written here yet: note, flag, verified", "một trong các trường chưa ghi ở đây: note, flag, verified"],
    // (`ghi_chu`, Vietnamese for note, is now said as note: test/load/vietnamese-keys.test.ts.)
    ["bien_ban beside an N/A answer's na and reason", added("    value: 4\n", "", SEED.replace("    value: 4\n", "    na: true\n    reason: Không có\n    bien_ban: x\n")), "field-of-left", "note, flag, verified",
      "one of the fields not written here yet: note, flag, verified", "một trong các trường chưa ghi ở đây: note, flag, verified"],
    // Nothing the item may hold is written: every field, said as before.
    ["an evidence item of an unknown key alone", added("    value: 4\n", "", SEED.replace('      - {number: "05/TB-KBQB", date: "2025-01-20", title: "Thông báo kết luận họp Ban chỉ đạo chuyển đổi số quý I/2025"}\n', "      - {van_ban: 05/TB-KBQB}\n")), "field-of", "number, date, title, link, issuer",
      "one of the fields number, date, title, link, issuer", "một trong các trường number, date, title, link, issuer"],
  ])("%s", (_, text, key, fields, en, vi) => {
    const parsed = parseAgencyFile("a.yaml", text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const outcome = validateAgency(parsed.agency, rubric.loaded);
    const unknown = (outcome.ok ? [] : outcome.diagnostics).filter((d) => d.code === "unknown-field");
    expect(unknown.map((d) => [d.params.expected_key, d.params.fields])).toEqual([[key, fields]]);
    expect(expectedText("en", key, unknown[0]!.params)).toBe(en);
    expect(expectedText("vi", key, unknown[0]!.params)).toBe(vi);
  });
});

// `input: number` and `rule: piecewise`, as a table of types invites: "expected: a mapping of keys to values" did
// not say which mapping.
describe("an input or rule written as its type alone", () => {
  const dirs = tempDirs();
  it.each([
    ["input: {type: number}", "input: number", "input: {type: number}"],
    ["rule: {type: piecewise, points: [[0, 0], [10, 15]]}", "rule: piecewise", "rule: {type: piecewise}"],
  ])("%s written %s: did you mean %s? in both languages", async (written, slip, meant) => {
    const en = await lintEdited(dirs, (clean) => clean.replace(written, slip), "en");
    expect(en.code).toBe(1);
    expect(en.out).toContain(`hint: did you mean ${meant}?`);
    expect((await lintEdited(dirs, (clean) => clean.replace(written, slip), "vi")).out).toContain(`gợi ý: có phải là ${meant}?`);
  });
  it("a word that is no type gets no such guess", async () => {
    const r = await lintEdited(dirs, (clean) => clean.replace("input: {type: number}", "input: so-lieu"), "en");
    expect(r.code).toBe(1);
    expect(r.out).not.toContain("did you mean");
  });
});

// `title: {vi: …}` alone, as a rubric in Vietnamese only is first written: "Missing required field "en"" did not say
// that such a rubric declares `languages: [vi]` and may hold a placeholder.
describe("a rubric's text without its English", () => {
  const dirs = tempDirs();
  it.each([
    ["en", "hint: each text of a rubric has Vietnamese and English, {vi: \"…\", en: \"…\"}; a rubric written in Vietnamese only declares languages: [vi] and may write en: TODO"],
    ["vi", "gợi ý: mỗi văn bản của bộ chỉ số ghi cả tiếng Việt và tiếng Anh, {vi: \"…\", en: \"…\"}; bộ chỉ số chỉ viết tiếng Việt thì khai báo languages: [vi] và có thể ghi en: TODO"],
  ] as const)("%s: the missing en is said with how a Vietnamese-only rubric is written", async (lang, hint) => {
    const r = await lintEdited(dirs, (clean) => clean.replace(/title: \{vi: ([^,}]+), en: [^}]+\}/, "title: {vi: $1}"), lang);
    expect(r.code).toBe(1);
    expect(r.out).toContain(hint);
  });

  it("a text with a note where its en goes gets no such hint: the note's key is what to fix", async () => {
    const r = await lintEdited(dirs, (clean) => clean.replace(/title: \{vi: ([^,}]+), en: ([^}]+)\}/, "title: {vi: $1, note: ghi chú}"), "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain('Missing required field "en"');
    expect(r.out).not.toContain("languages: [vi]");
  });

  it("a text missing its vi gets no such hint", async () => {
    const r = await lintEdited(dirs, (clean) => clean.replace(/title: \{vi: ([^,}]+), en: ([^}]+)\}/, "title: {en: $2}"), "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain('Missing required field "vi"');
    expect(r.out).not.toContain("languages: [vi]");
  });
});

// `fraction: 1.5` on a step or an option said "expected: ≤ 1" and no more: points written as a share of the max.
describe("a rubric's fraction above 1", () => {
  const dirs = tempDirs();
  it.each([
    ["en", "1.5", "hint: fraction is a share of the max, from 0 to 1 (50 % is 0.5); for a number of points, write points: 1.5"],
    ["vi", "50", "gợi ý: fraction là phần của điểm tối đa, từ 0 đến 1 (50 % là 0.5); nếu là số điểm, hãy viết points: 50"],
  ] as const)("%s, fraction: %s: said with what a fraction is and how points are written", async (lang, written, hint) => {
    const r = await lintEdited(dirs, (clean) => clean.replace("{min: 2, points: 10}", `{min: 2, fraction: ${written}}`), lang);
    expect(r.code).toBe(1);
    expect(r.out).toContain(hint);
  });

  // Its maximum is exactly 1: 50% there is the share 0.5, not the percentage 50.
  it("fraction: 50% is said as the share to write, 0.5", async () => {
    const r = await lintEdited(dirs, (clean) => clean.replace("{min: 2, points: 10}", "{min: 2, fraction: 50%}"), "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain('"50%": this is a share from 0 to 1, without a % sign: write 0.5');
  });
});

/** `rubric lint` in `lang` of the clean fixture rubric as `edit` changes it (which must change it): its exit code and all it printed. */
async function lintEdited(dirs: () => string, edit: (clean: string) => string, lang: "vi" | "en"): Promise<{ code: number; out: string }> {
  const clean = readFileSync("test/fixtures/rubric-checks/clean.yaml", "utf8");
  const text = edit(clean);
  expect(text).not.toBe(clean);
  const file = path.join(dirs(), "rubric.yaml");
  writeFileSync(file, text);
  const r = await runCli(["rubric", "lint", file, "--lang", lang]);
  return { code: r.code, out: r.stdout + r.stderr };
}

// "1.1" pasted from Word or Zalo with a zero-width space was refused as an unknown code "1.1�", with no word of the
// character where the line did not hold it raw (escaped "1.1\u200b"), and a "did you mean" of another code where
// the file answered 1.1 already (officer46).
describe("an answer's code holding a character that shows as nothing", () => {
  const example = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
  const named = { en: "hint: the code holds an invisible character (U+200B (zero-width space) at character 4), usually pasted from Word or a chat app: delete it", vi: "gợi ý: mã có một ký tự vô hình (U+200B (dấu cách không độ rộng) tại ký tự thứ 4), thường do dán từ Word hoặc Zalo: hãy xóa ký tự này" };
  const meant = { en: "hint: did you mean 1.1?", vi: "gợi ý: có phải là 1.1?" };
  const held = { en: "hint: the code as it shows is 1.1, which the file answers already: keep one of the two answers", vi: "gợi ý: mã hiển thị là 1.1, mà tệp đã có câu trả lời 1.1: chỉ giữ lại một trong hai câu trả lời" };
  it.each([
    ["pasted raw", '  "1.1\u200b":', [meant, named]],
    ["escaped in quotes", '  "1.1\\u200b":', [meant, named]],
    ["beside the answer of 1.1", '  "1.1\u200b": {value: 0}\n  "1.1":', [named, held]],
  ])("%s: the character named, and the code without it", async (_name, line, hints) => {
    const text = example.replace('  "1.1":', line);
    for (const command of ["validate", "score"]) {
      for (const lang of ["en", "vi"] as const) {
        const r = await runCli([command, "-", "--lang", lang], { stdin: text });
        expect(r.code).toBe(1);
        const said = r.stderr.split("\n").filter((l) => /^ {4}(hint|gợi ý): /.test(l)).map((l) => l.trim());
        // Said once, by the finding: the line's own hint about it would say it twice.
        expect(said).toEqual(hints.map((h) => h[lang]));
      }
    }
  });
});
