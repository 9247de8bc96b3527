import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/messages.js";
import { EN_SENTENCES, VI_SENTENCES, yamlDetailEn, yamlDetailVi } from "../../src/i18n/yaml-details.js";
import { parseYaml } from "../../src/load/parse-yaml.js";

/** Broken texts and a phrase of the Vietnamese sentence each must be explained with. */
const CASES: [string, string][] = [
  ["period: [2025\nrespondent: x\n", "chưa được đóng bằng ]"],
  ["a: {b: 1\n", "chưa được đóng bằng }"],
  ["a: \"abc\n", "thiếu dấu nháy kép"],
  ["a: 'abc\n", "thiếu dấu nháy đơn"],
  ["a:\n  b: 1\n c: 2\n", "cùng một cột"],
  ["a:\n  - 1\n - 2\n", "thụt lề không đều, hoặc danh sách nằm sai chỗ"],
  ["a: b: c\n", "hai dấu hai chấm"],
  ["a: 'x' y\n", "chữ thừa sau giá trị"],
  ["a: ]\n", "ký tự \"]\" không đúng chỗ"],
  ["a: \"\\q\"\n", "\\q không phải ký tự thoát"],
  ["a: @x\n", "ký tự @"],
  ["a: - b\n", "không nằm cùng dòng với tên đứng trước dấu hai chấm"],
  ["key with\n newline: 1\n", "một dòng"],
  ["a: [b\n c: d]\n", "một mục trong đó có dấu hai chấm"],
  ["a: 1\nb\n", "sau tên (mã chỉ số hay tên trường) phải có dấu hai chấm"],
  ["[a]: 1\n", "tên đứng trước dấu hai chấm phải là chữ hoặc số"],
  ["a: 1\na: 2\n", "chỉ được viết một lần"],
  ["a: &x &y 1\n", "một neo"],
  ["a: !!str !!str 1\n", "một thẻ"],
  ["a: *x\nb: &x 1\n", "*x được dùng trước khi đặt neo &x"],
  ['a: "2025-02-14"# ngày ký\n', "trước dấu # của ghi chú phải có khoảng trắng"],
  ["a: {a: 52; b: 68}\n", "các mục cách nhau bằng dấu phẩy"],
  ["a: {x: {} y: 1}\n", "thiếu dấu phẩy giữa các mục trong {…}"],
  ['a: {"x" "y"}\n', "thiếu dấu phẩy hoặc dấu hai chấm giữa các mục trong {…}"],
  ["a: [x {}]\n", "thiếu dấu phẩy giữa các mục trong […]"],
  ["a: {x: 1,, y: 2}\n", "dấu phẩy không đúng chỗ"],
  ["a: [1,,2]\n", "dấu phẩy không đúng chỗ"],
  ["a: {b: 7{}\n", "có dấu { thừa"],
  ["a: {b: 7{}\n", "có dấu } hoặc ] thừa"],
  ["a: {x: 1}[\n", "có dấu [ thừa"],
  ['a: {t: "x"}"y"\n', "dấu nháy kép \" thừa sau giá trị"],
  ["a: {t: 'x'}'y'\n", "dấu nháy đơn ' thừa sau giá trị"],
  ['a: {d: "x"&a, t: 1}\n', "có dấu & thừa"],
  ["a: {x: 1}!t\n", "có dấu ! thừa"],
  ["a: {x: 1}*b\n", "có dấu * thừa"],
  ["e:\n  - {a: 1}\n    - {b: 2}\n", "bắt đầu bằng - của cùng một danh sách"],
  ["a:\n  !!str - x\n", "đứng trước một danh sách phải xuống dòng"],
  [`${"k".repeat(1100)}: 1\n`, "tên đứng trước dấu hai chấm quá dài"],
  ["a: &x[1]\n", "sau dấu ! hoặc & phải có khoảng trắng"],
  ['a: 86\n  - {t: "x", l: "y"}\n', "có chữ hoặc ký tự không đúng chỗ"],
  ['a:\n  b: "x\ny"\n', "văn bản trong dấu nháy viết tiếp sang dòng này"],
  ['e:\n  – {t: "x"}\n  - {t: "y"}\n', "dấu chấm đầu dòng của trình soạn thảo văn bản"],
];

/** Every message a broken text gets, in the language asked for. */
function messages(text: string, lang: "vi" | "en"): string[] {
  const outcome = parseYaml(text);
  expect(outcome.ok, text).toBe(false);
  return outcome.ok ? [] : outcome.diagnostics.map((d) => message(lang, d.code, d.params as Record<string, string | number>));
}

describe("the yaml parser's syntax errors in Vietnamese", () => {
  it.each(CASES)("%j is explained in Vietnamese", (text, phrase) => {
    const said = messages(text, "vi");
    expect(said.some((m) => m.includes(phrase)), said.join("\n")).toBe(true);
  });

  it("knows every sentence it lists from the installed parser (an upgrade that rewords one fails here)", () => {
    const details = CASES.flatMap(([text]) => {
      const outcome = parseYaml(text);
      return outcome.ok ? [] : outcome.diagnostics.map((d) => String(d.params.detail ?? ""));
    });
    for (const [pattern] of VI_SENTENCES) expect(details.some((d) => pattern.test(d)), String(pattern)).toBe(true);
  });

  it("leaves a sentence it does not know untouched", () => {
    expect(yamlDetailVi("Some new sentence")).toBe("Some new sentence");
    expect(yamlDetailEn("Some new sentence")).toBe("Some new sentence");
    expect(message("vi", "yaml-syntax", { detail: "Some new sentence" })).toBe("Lỗi cú pháp YAML: Some new sentence");
  });

  it("puts text from the file into the sentence as it is ($ patterns are not read)", () => {
    expect(yamlDetailVi('Unexpected scalar token in YAML stream: "$&$1"')).toBe('ký tự "$&$1" không đúng chỗ');
  });
});

describe("the yaml parser's syntax errors in plain English, with the fix the Vietnamese gives (the parser's own named its tokens)", () => {
  it.each([
    ["a: [1, 2\n", "YAML syntax error: a list opened with [ is not closed with ] (or the lines after it are not indented enough)"],
    ["a: {a: 52; b: 68}\n", "YAML syntax error: inside {…} or […] items are separated by commas, not semicolons or line breaks: e.g. {a: 52, b: 68}"],
    ["a: \"\\M\"\n", "YAML syntax error: \\M is not a valid escape in double quotes (to write \\ write \\\\, or use single quotes)"],
    ["a: - b\n", "YAML syntax error: a list's - must start a new line, not stand on the line of the name before the colon (as evidence:)"],
  ])("%j", (text, said) => {
    expect(messages(text, "en")).toContain(said);
  });

  it("says every case in its own words, not the parser's", () => {
    for (const [text] of CASES) {
      const outcome = parseYaml(text);
      const raw = outcome.ok ? [] : outcome.diagnostics.map((d) => String(d.params.detail ?? ""));
      for (const detail of raw) if (EN_SENTENCES.some(([p]) => p.test(detail))) expect(yamlDetailEn(detail), detail).not.toBe(detail);
    }
  });
});
