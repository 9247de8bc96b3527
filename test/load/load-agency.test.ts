import { describe, expect, it } from "vitest";
import { loadRubric } from "../../src/load/load-rubric.js";
import { parseAgencyFile, rubricRef, validateAgency } from "../../src/load/load-agency.js";
import { expectedText, message } from "../../src/i18n/messages.js";
import { hintTexts } from "../../src/report/hints.js";

const outcome = loadRubric("test/fixtures/rubrics/assess-mini.yaml");
if (!outcome.ok) throw new Error("test rubric does not load");
const loaded = outcome.loaded;

/** What validate says of a file of the test rubric: codes and where. */
function findings(text: string) {
  const parsed = parseAgencyFile("agency.yaml", text);
  if (!parsed.ok) throw new Error("not YAML");
  const r = validateAgency(parsed.agency, loaded);
  return (r.ok ? r.warnings : r.diagnostics).map((d) => `${d.code} ${d.line}:${d.col}`);
}

const head = (rubric = '{id: assess-mini, version: "1"}') => `rubric: ${rubric}\nagency: {id: t, name: "Sở Thử", type: department}\nperiod: "2025"\nrespondent: {name: "Nguyễn Văn A"}\nanswers:\n`;

describe("rubricRef, the rubric a file names", () => {
  it.each([
    ["written as text, it still names the rubric", "dti-cap-xa", { id: "dti-cap-xa" }],
    ["id and version", { id: "dti-cap-xa", version: "2025" }, { id: "dti-cap-xa", version: "2025" }],
    ["neither", 5, {}],
    ["an empty version names none", { id: "dti-cap-xa", version: " " }, { id: "dti-cap-xa" }],
  ])("%s", (_, rubric, ref) => expect(rubricRef({ rubric })).toEqual(ref));
});

describe("validateAgency", () => {
  it("a file of another rubric is said so, alone: its answers are not checked against codes it never had", () => {
    expect(findings(`${head('{id: other, version: "1"}')}  "9.9": {value: "x"}\n`)).toEqual(["rubric-mismatch 1:14"]);
  });

  // "Add a reason" first, where N/A is not allowed at all: the reason typed, the file was refused again for the N/A.
  it("N/A without a reason where the indicator allows no N/A is said as not allowed alone, not also as lacking its reason", () => {
    expect(findings(`${head()}  "1.2": {na: true}\n`)).toEqual(["na-not-allowed 6:15"]);
    expect(findings(`${head()}  "1.2":\n    value: 5\n    verified: {na: true, by: "Lê B"}\n`).filter((f) => !f.startsWith("evidence"))).toEqual(["na-not-allowed 8:20"]);
    // Where N/A is allowed, the reason is what is missing.
    expect(findings(`${head()}  "1.3": {na: true}\n`)).toEqual(["missing-field 6:3"]);
  });

  it("a collector's verified value written in doubt (1.000) is asked about, as the answer's own would be", () => {
    expect(findings(`${head()}  "1.2":\n    value: 1000\n    verified: {value: 1.000, by: "Lê B", date: "2025-03-01"}\n`)).toContain("ambiguous-number-whole 8:23");
  });

  // 2.2 is a level from 0 to 5: 1000 is none, so 1.000 is 1 (it was asked "for 1000 write 1000; for 1 write 1").
  it("a level written 1.000 is read as 1, no question: its thousands reading is above the level's maximum", () => {
    expect(findings(`${head()}  "2.2":\n    value: 1.000\n`).filter((f) => f.startsWith("ambiguous"))).toEqual([]);
  });

  it("a fraction whose denominator is written in doubt (1.250) is that finding alone, not also a > b of the misread number", () => {
    expect(findings(`${head()}  "1.4":\n    value: {a: 92, b: 1.250}\n`)).toEqual(["ambiguous-number 7:23"]);
  });
});

describe("a percentage written with a decimal comma, or in quotes", () => {
  /** The hints validate prints for the answer to the percent indicator 1.3 written as `value`. */
  const hints = (value: string, code = "decimal-comma", lang: "vi" | "en" = "en") => {
    const parsed = parseAgencyFile("agency.yaml", `${head()}  "1.3":\n    value: ${value}\n`);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, loaded);
    const d = r.ok ? undefined : r.diagnostics.find((x) => x.code === code);
    return d ? hintTexts(d, lang) : [];
  };
  it("0,85 is said with both readings, 85 first (\"did you mean 0.85?\" alone was then warned as looking like a share of 1)", () => {
    expect(hints("0,85")).toEqual(["did you mean 85 (0.85 as a share of 1, that is 85 %), or 0.85 (that is 0.85 %)?"]);
  });
  it("\"0.85\" in quotes is said with both readings too (\"remove the quotes\" alone led to the same warning)", () => {
    expect(hints('"0.85"', "number-quoted")).toEqual(["did you mean 85 (0.85 as a share of 1, that is 85 %), or 0.85 (that is 0.85 %)?"]);
    expect(hints('"85"', "number-quoted")).toEqual([]);
  });
  // "có phải là 1e-7 (tức 0,0000001 %, …) … chép từ Excel (0.00001 %)": an exponent no officer types, and a dot in vi.
  it("0,0000001 % is said in full, the percentages as the language writes them", () => {
    expect(hints('"0,0000001 %"', "percent-sign")).toEqual(["did you mean 0.0000001 (that is 0.0000001 %, as the % sign says)? So small a percentage is then warned about as maybe a share of 1 copied from Excel (0.00001 %): if 0.0000001 % is right, nothing more needs changing"]);
    expect(hints('"0,0000001 %"', "percent-sign", "vi")).toEqual(["có phải là 0.0000001 (tức 0,0000001 %, như dấu % cho biết)? Tỷ lệ nhỏ như vậy sẽ được cảnh báo là có thể là tỷ lệ trên 1 chép từ Excel (0,00001 %): nếu đúng là 0,0000001 % thì không cần sửa gì thêm"]);
  });
  it("85,5 has one reading", () => {
    expect(hints("85,5")).toEqual(["did you mean 85.5?"]);
  });
  // String() wrote 1e-7, a figure no officer types (and the question refuses): "or 1e-7 (that is 1e-7 %)".
  it("0,0000001 is said in full, without an exponent", () => {
    expect(hints("0,0000001")).toEqual(["did you mean 0.00001 (0.0000001 as a share of 1, that is 0.00001 %), or 0.0000001 (that is 0.0000001 %)?"]);
  });
  // "tức 0.00001 %": the percentage it stands for is text, in vi with a comma as the rest of the hint; the figure to write stays YAML's.
  it("in vi, the percentage a share of 1 stands for is written with a decimal comma", () => {
    expect(hints("0,0000001", "decimal-comma", "vi")).toEqual(["có phải là 0.00001 (0,0000001 là tỷ lệ trên 1, tức 0,00001 %), hay 0.0000001 (tức 0,0000001 %)?"]);
  });
});

// "khoảng 35%" was told only to take the % sign away ("write the percentage without the % sign") and "khoảng 35"
// nothing but its type: assess, typed the same, says to give the figure alone and the estimate in the note.
describe("a figure written after an estimate's words", () => {
  const hints = (code: string, value: string, lang: "vi" | "en") => {
    const parsed = parseAgencyFile("agency.yaml", `${head()}  "${code}":\n    value: ${value}\n`);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, loaded);
    const d = r.ok ? undefined : r.diagnostics.find((x) => x.path === `answers/${code}/value`);
    return d ? [d.code, ...hintTexts(d, lang)] : [];
  };
  it.each([
    ["1.3", "khoảng 35%", "vi", ["wrong-type", "chỉ ghi con số, bỏ \"khoảng\" phía trước: viết 35 nếu đúng là số liệu; số ước tính thì ghi rõ ở note:"]],
    ["1.3", "gần 85,5 %", "en", ["wrong-type", "write the number alone, without \"gần\" before it: write 85.5 if that is the figure; say it is an estimate under note:"]],
    ["1.2", "khoảng 12", "vi", ["wrong-type", "chỉ ghi con số, bỏ \"khoảng\" phía trước: viết 12 nếu đúng là số liệu; số ước tính thì ghi rõ ở note:"]],
  ])("%s: %s is given the figure to write", (code, value, lang, expected) => {
    expect(hints(code, value, lang as "vi" | "en")).toEqual(expected);
  });
  it("not where the figure is no answer there (a count of 2,5)", () => {
    expect(hints("1.2", "gần 2,5", "en").slice(1)).not.toContainEqual(expect.stringContaining("write the number alone"));
  });
});

describe("a count written with a decimal comma", () => {
  const hints = (value: string) => {
    const parsed = parseAgencyFile("agency.yaml", `${head()}  "1.2":\n    value: ${value}\n`);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, loaded);
    const d = r.ok ? undefined : r.diagnostics.find((x) => x.code === "decimal-comma");
    return d ? [hintTexts(d, "en"), hintTexts(d, "vi")] : [];
  };
  it("1,5 is said to be no whole number, with the whole numbers each side (\"use a dot (1.5)\" alone gave no answer either)", () => {
    expect(hints("1,5")).toEqual([["the answer here is a whole number, and 1.5 has a fraction: write 1 or 2"], ["câu trả lời ở đây là số nguyên, còn 1,5 có phần lẻ: hãy ghi 1 hoặc 2"]]);
  });
  it("0,0000001 is said in full, without an exponent", () => {
    expect(hints("0,0000001")).toEqual([["the answer here is a whole number, and 0.0000001 has a fraction: write 0 or 1"], ["câu trả lời ở đây là số nguyên, còn 0,0000001 có phần lẻ: hãy ghi 0 hoặc 1"]]);
  });
  it("a whole number written with a comma is not said to have a fraction", () => {
    expect(hints("450,000")[0]).not.toContainEqual(expect.stringContaining("whole number"));
  });
});

// Only a rubric line left empty as a whole expects the rubric's id and version; a part of it left empty expects its text.
describe("a rubric line with one part left empty", () => {
  it("is said at that part, expecting text", () => {
    const parsed = parseAgencyFile("agency.yaml", `${head('{id: "", version: "1"}')}  "1.1": {value: 1}\n`);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, loaded);
    const d = (r.ok ? r.warnings : r.diagnostics).find((f) => f.code === "empty-value")!;
    expect([`${d.line}:${d.col}`, expectedText("en", String(d.params.expected_key), d.params)]).toEqual(["1:14", expectedText("en", "string", {})]);
  });

  // Only its id and version name the rubric: another key left empty is said as the key the line does not take, not also as empty.
  it("a key it does not take, left empty, is said as that key alone", () => {
    expect(findings(`${head('{id: assess-mini, version: "1", name: ""}')}  "1.1": {value: 1}\n`).filter((f) => f.includes(" 1:"))).toEqual(["unknown-field 1:41"]);
  });
});

// The range of codes an unknown one is said with ended "(the list: egov-score rubric show assess-mini)": for a
// rubric given as a file, that id is no bundled rubric, and the command failed as written.
describe("an unknown code's list of codes names the rubric as rubric show finds it", () => {
  const expectedOf = (text: string, rubric: typeof loaded, lang: "vi" | "en") => {
    const parsed = parseAgencyFile("agency.yaml", text);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, rubric);
    const d = (r.ok ? r.warnings : r.diagnostics).find((f) => f.code === "unknown-indicator")!;
    return expectedText(lang, String(d.params.expected_key), d.params);
  };
  it("a rubric file: its path", () => {
    const text = `${head()}  "9.9": {value: 1}\n`;
    expect(expectedOf(text, loaded, "en")).toMatch(/\(the list: egov-score rubric show test\/fixtures\/rubrics\/assess-mini\.yaml\)$/);
    expect(expectedOf(text, loaded, "vi")).toMatch(/\(xem danh sách: egov-score rubric show test\/fixtures\/rubrics\/assess-mini\.yaml\)$/);
  });
  it("a bundled rubric, however it was named: its id", () => {
    const bundled = loadRubric("rubrics/dti-cap-xa.yaml");
    if (!bundled.ok) throw new Error("bundled rubric");
    const text = `rubric: {id: dti-cap-xa, version: "${bundled.loaded.rubric.version}"}\nagency: {id: t, name: "Xã Thử", type: commune}\nperiod: "2025"\nrespondent: {name: "Nguyễn Văn A"}\nanswers:\n  "99.9": {value: 1}\n`;
    expect(expectedOf(text, bundled.loaded, "en")).toMatch(/\(the list: egov-score rubric show dti-cap-xa\)$/);
  });
});

// "80%" or "abc" at 1.4 of dti-cap-xa, a level from 0 to 5, was expected to be "a whole number" (vi "một số nguyên").
describe("an answer that is a level is expected as a level, with its bounds", () => {
  const bundled = loadRubric("rubrics/dti-cap-xa.yaml");
  if (!bundled.ok) throw new Error("bundled rubric");
  const expectedAt = (value: string, lang: "vi" | "en") => {
    const text = `rubric: {id: dti-cap-xa, version: "${bundled.loaded.rubric.version}"}\nagency: {id: t, name: "Xã Thử", type: commune}\nperiod: "2025"\nrespondent: {name: "Nguyễn Văn A"}\nanswers:\n  "1.4": {value: ${value}}\n`;
    const parsed = parseAgencyFile("agency.yaml", text);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, bundled.loaded);
    const d = (r.ok ? r.warnings : r.diagnostics).find((f) => f.path === "answers/1.4/value")!;
    return expectedText(lang, String(d.params.expected_key), d.params);
  };
  it.each([['"80%"'], ["abc"], ["2.5"]])("%s", (value) => {
    expect(expectedAt(value, "en")).toBe("a level from 0 to 5");
    expect(expectedAt(value, "vi")).toBe("mức từ 0 đến 5");
  });
  // 7 (or -1) was expected "≤ 5" ("≥ 0"), where "80%" at the same question and assess's "chọn mức từ 0 đến 5" name the level.
  it.each([["7"], ["-1"]])("%s, past the bounds", (value) => {
    expect(expectedAt(value, "en")).toBe("a level from 0 to 5");
    expect(expectedAt(value, "vi")).toBe("mức từ 0 đến 5");
  });
  it("a count is still a whole number", () => {
    const parsed = parseAgencyFile("agency.yaml", `rubric: {id: dti-cap-xa, version: "${bundled.loaded.rubric.version}"}\nagency: {id: t, name: "Xã Thử", type: commune}\nperiod: "2025"\nrespondent: {name: "Nguyễn Văn A"}\nanswers:\n  "1.3": {value: {a: abc, b: 10}}\n`);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, bundled.loaded);
    const d = (r.ok ? r.warnings : r.diagnostics).find((f) => f.path === "answers/1.3/value/a")!;
    expect(expectedText("en", String(d.params.expected_key), d.params)).toBe("a whole number");
  });
});

describe("a list written with a full-width comma", () => {
  it("[qlvb，mot-cua] is one item to YAML: the comma is named as the full-width one, with the list to write", () => {
    const parsed = parseAgencyFile("agency.yaml", `${head()}  "2.1":\n    value: [qlvb，mot-cua]\n`);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, loaded);
    const d = r.ok ? undefined : r.diagnostics.find((x) => x.code === "not-allowed-value");
    expect(d && hintTexts(d, "en")).toEqual(["the comma in qlvb，mot-cua is a full-width ， (U+FF0C, as an input method set to Chinese or Japanese punctuation types it), which YAML does not read as a comma: type the keyboard's , and write qlvb, mot-cua"]);
  });

  it("a value of a full-width comma then 100,000 spaces is read in linear time (a hostile agency file held validate 19 s)", () => {
    const parsed = parseAgencyFile("agency.yaml", `${head()}  "2.1":\n    value: ["，a${" ".repeat(100_000)}x"]\n`);
    if (!parsed.ok) throw new Error("not YAML");
    const started = performance.now();
    const r = validateAgency(parsed.agency, loaded);
    expect(performance.now() - started).toBeLessThan(5000); // a hang guard (backtracking took 16–47 s), not a speed measure: room for a loaded CI
    expect(r.ok ? [] : r.diagnostics.map((d) => d.code)).toContain("not-allowed-value");
  });
});

describe("a number whose dot may separate thousands", () => {
  const said = (value: string) => {
    const parsed = parseAgencyFile("agency.yaml", `${head()}  "1.4":\n    value: {a: ${value}, b: 5000}\n`);
    if (!parsed.ok) throw new Error("not YAML");
    const r = validateAgency(parsed.agency, loaded);
    const d = r.ok ? undefined : r.diagnostics.find((x) => x.code === "ambiguous-number");
    return d ? message("en", d.code, d.params) : undefined;
  };
  it("3.125, which YAML reads as written, is said with both readings (\"YAML reads 3.125 as 3.125\" said nothing)", () => {
    expect(said("3.125")).toBe("3.125 can be read two ways: 3125 (thousands, as Vietnamese writes them with a dot) or 3.125 (a decimal, as YAML reads the dot). For 3125 write 3125 (no dots); for 3.125 write 3.1250: the 0 added at the end keeps the value and marks the dot as a decimal point");
  });
  it("1.200 too, the decimal written without its zeros", () => {
    expect(said("1.200")).toBe("1.200 can be read two ways: 1200 (thousands, as Vietnamese writes them with a dot) or 1.2 (a decimal, as YAML reads the dot). For 1200 write 1200 (no dots); for 1.2 write 1.2");
  });
});
