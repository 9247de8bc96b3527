import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectedText, findingText, message } from "../../src/i18n/messages.js";
import { readText } from "../../src/load/read.js";

describe("a file that cannot be read says why in words, not in the system's code", () => {
  it.each([
    ["ENOENT", "Không đọc được tệp: không có tệp hoặc thư mục này", "Cannot read the file: no such file or folder"],
    ["EACCES", "Không đọc được tệp: không có quyền truy cập", "Cannot read the file: permission denied"],
    ["EISDIR", "Không đọc được tệp: đây là một thư mục", "Cannot read the file: it is a folder"],
    // A noun phrase out of order read "a loop symbolic link"; an input/output error said reading alone.
    ["ELOOP", "Không đọc được tệp: các liên kết tượng trưng trỏ lẫn nhau thành vòng lặp", "Cannot read the file: a loop of symbolic links"],
    ["EIO", "Không đọc được tệp: lỗi đọc/ghi của thiết bị", "Cannot read the file: an input/output error"],
    ["EWHATEVER", "Không đọc được tệp: EWHATEVER", "Cannot read the file: EWHATEVER"],
    ["constructor", "Không đọc được tệp: constructor", "Cannot read the file: constructor"],
  ])("%s", (code, vi, en) => {
    for (const key of ["file-not-found", "file-unreadable"]) {
      expect(message("vi", key, { detail: code })).toBe(vi);
      expect(message("en", key, { detail: code })).toBe(en);
    }
  });

  it("a failed write is not called a failed read (EIO)", () => {
    expect(message("vi", "output-unwritable", { file: "bao-cao.csv", detail: "EIO" })).toBe("Không ghi được bao-cao.csv: lỗi đọc/ghi của thiết bị");
  });

  it("for a file that is gone and a folder given as a file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-read-"));
    try {
      const said = [path.join(dir, "gone.yaml"), dir].map((file) => {
        const read = readText(file);
        return read.ok ? "" : `${read.diagnostics[0]!.code} ${message("vi", read.diagnostics[0]!.code, read.diagnostics[0]!.params)}`;
      });
      // Gone, or there and refused: two codes.
      expect(said).toEqual(["file-not-found Không đọc được tệp: không có tệp hoặc thư mục này", "file-unreadable Không đọc được tệp: đây là một thư mục"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a rubric's words given in both languages", () => {
  it("are said in the user's language: an agency type by its label, its id beside it", () => {
    const params = { code: "6.2.1", type: "vertical", type_label_vi: "Cơ quan ngành dọc", type_label_en: "Vertically managed agency" };
    expect(message("vi", "not-applicable-answered", params)).toBe("Chỉ số 6.2.1 không áp dụng cho loại cơ quan «Cơ quan ngành dọc» (vertical); câu trả lời và giá trị thẩm định (nếu có) bị bỏ qua");
    expect(message("en", "not-applicable-answered", params)).toBe("Indicator 6.2.1 does not apply to the agency type “Vertically managed agency” (vertical); its answer and any verified value are ignored");
  });

  it("a cohort and the types it ranks by their labels too", () => {
    const params = { type: "department", cohort: "nganh-doc", types: "vertical", type_label_vi: "Sở", type_label_en: "Department", cohort_label_vi: "Ngành dọc", cohort_label_en: "Vertical agencies", types_vi: "Cơ quan ngành dọc", types_en: "Vertically managed agency" };
    expect(message("vi", "cohort-type-mismatch", params)).toBe("Cơ quan loại «Sở» (department) không xếp hạng trong khối «Ngành dọc» (nganh-doc): khối này gồm các loại Cơ quan ngành dọc");
    expect(message("en", "cohort-type-mismatch", params)).toBe("An agency of type “Department” (department) is not ranked in cohort “Vertical agencies” (nganh-doc): it ranks only Vertically managed agency");
    // One type or several, the sentence reads right ("it ranks types" named one type as several).
    expect(message("en", "cohort-type-mismatch", { ...params, types_en: "Department, Board" })).toMatch(/: it ranks only Department, Board$/);
  });
});

describe("findingText: a finding about the collector's verified value says so", () => {
  it.each([
    ["answers/5.4/verified/value", "out-of-range", "vi", /^Giá trị thẩm định: /],
    ["answers/5.4/value", "out-of-range", "vi", /^(?!Giá trị thẩm định)/],
    ["answers/5.4/verified", "verified-unanswered", "en", /^(?!Verified value: )/],
    ["agency/name", "wrong-type", "en", /^(?!Verified value: )/],
    // The sentence after the colon in lower case, as a clause ("Verified value: Missing…" read as two sentences).
    ["answers/5.4/verified/value", "out-of-range", "en", /^Verified value: value out of the allowed range/],
    ["answers/5.4/verified/value", "out-of-range", "vi", /^Giá trị thẩm định: giá trị nằm ngoài/],
    // A finding on the block itself, its note or date, or a misspelt key in it names the collector's block, not the figure.
    ["answers/5.4/verified/vaule", "unknown-field", "en", /^The collector's verified block: there is no field "name" in the file's format/],
    // "phần", as for the header's parts: "khối" is the ranking cohort ("Hạng 1/1 trong khối UBND xã").
    ["answers/5.4/verified/date", "bad-format", "vi", /^Phần thẩm định \(verified\) của đơn vị tổng hợp: /],
    ["answers/5.4/verified", "missing-field", "en", /^The collector's verified block: /],
    ["answers/5.4/verified/reason", "missing-field", "en", /^Verified value: /],
    // The agency's and the respondent's fields share names: the block is said, not left to line:column.
    ["agency", "missing-field", "en", /^Missing required field "name" in the agency block$/],
    // "phần", as "không có phần agency hay answers" says: "trong khối respondent" read as the cohort of "Hạng 1/1 trong khối UBND xã".
    ["respondent", "missing-field", "vi", /^Thiếu trường bắt buộc "name" trong phần respondent$/],
  ])("%s %s", (path, code, lang, expected) => {
    expect(findingText(lang as "vi" | "en", { code, params: { code: "5.4", found: "120", max: 100, field: "name", fields: '"name"', count: 1 }, path })).toMatch(expected);
  });

  it("gives the verified value's own advice where it differs: leaving it empty is itself an error there", () => {
    const own = findingText("vi", { code: "na-not-allowed", params: { code: "2.1" }, path: "answers/2.1/value" });
    const verified = findingText("vi", { code: "na-not-allowed", params: { code: "2.1" }, path: "answers/2.1/verified/na" });
    expect(own).toContain("để trống");
    expect(verified).toMatch(/^Giá trị thẩm định: .*bỏ phần verified/);
    expect(verified).not.toContain("để trống");
  });

  it("calls the verified block a part (phần), not a cohort (khối)", () => {
    const said = message("vi", "verified-block-error", {});
    expect(said).toMatch(/^lỗi này nằm trong phần thẩm định \(verified\)/);
    expect(said).not.toMatch(/khối/);
  });
});

// "… short of its max 25" said what was wrong and not what to write.
describe("max-unreachable says what to change", () => {
  it("in both languages: the rule, or the max down to what the rule gives", () => {
    expect(message("vi", "max-unreachable", { code: "1.1", reachable: 20, max: 25 })).toBe("Câu trả lời tốt nhất cho 1.1 chỉ được 20 điểm, không đạt điểm tối đa 25: hãy sửa quy tắc chấm hoặc ô nhập để câu trả lời tốt nhất được 25 điểm, hoặc hạ max xuống 20");
    expect(message("en", "max-unreachable", { code: "1.1", reachable: 20, max: 25 })).toBe("The best possible answer to 1.1 earns 20 points, short of its max 25: change the rule or the input so that the best answer earns 25, or lower the max to 20");
  });
});

// band-gap and deadline-never-late said what was wrong and not what to write.
describe("band-gap and deadline-never-late say what to change", () => {
  it("in both languages", () => {
    expect(message("en", "band-gap", { band: "yeu", min: "10 %" })).toBe("The lowest band (yeu) starts at 10 %: a lower total gets no band; write min: 0 on yeu, or add a lowest band from 0");
    expect(message("vi", "band-gap", { band: "yeu", min: "10 %" })).toContain("; hãy ghi min: 0 cho yeu, hoặc thêm một mức thấp nhất từ 0");
    const late = { code: "1.4", by: "2026-02-28", latest: "2025-12-31" };
    expect(message("en", "deadline-never-late", late)).toMatch(/late_points never apply; if the deadline is right, raise the input's max past it; if not, write the deadline meant in by$/);
    // "ghi đúng hạn" reads "write on time": the deadline to correct is by's.
    expect(message("vi", "deadline-never-late", late)).toMatch(/; nếu hạn đúng, hãy nâng max của ô nhập lên sau hạn; nếu không, hãy sửa by thành hạn đúng$/);
  });
});

describe("English counts of one are singular in the rubric authors' messages", () => {
  it.each([
    ["max-unreachable", { code: "1.2", reachable: 1, max: 5 }, "The best possible answer to 1.2 earns 1 point, short of its max 5: change the rule or the input so that the best answer earns 5, or lower the max to 1"],
    ["max-unreachable", { code: "1.2", reachable: 3, max: 5 }, "The best possible answer to 1.2 earns 3 points, short of its max 5: change the rule or the input so that the best answer earns 5, or lower the max to 3"],
    ["level-labels-mismatch", { code: "1.2", labels: 1, levels: 4, min: 0, max: 3 }, "The level input of 1.2 has 1 label for its 4 levels (0 to 3): each level from min to max needs one label, in order"],
    ["show-scale-value", { scale: 100, decimals: 1 }, "100 points, rounded to 1 decimal place"],
    ["show-scale-value", { scale: 1000, decimals: 2 }, "1000 points, rounded to 2 decimal places"],
  ])("%s %j", (key, params, expected) => {
    expect(message("en", key, params)).toBe(expected);
  });
});

describe("percent-sign: the figure in brackets is an example in both languages", () => {
  // For "85,5%" the English said "(95, not 95%)", as if 95 were the figure to write; the Vietnamese says "ví dụ".
  it("85,5% is not told 95", () => {
    expect(message("vi", "percent-sign", { source: "85,5%" })).toBe("\"85,5%\": viết số phần trăm không kèm dấu % (ví dụ 95, không phải 95%)");
    expect(message("en", "percent-sign", { source: "85,5%" })).toBe("\"85,5%\": write the percentage without the % sign (e.g. 95, not 95%)");
  });
  // With the figure to write in the hint (did you mean 85.5?), the example named another figure beside it.
  it("with the figure to write known, no example beside it", () => {
    expect(message("en", "percent-sign", { source: "85,5%", suggestion: "85.5" })).toBe("\"85,5%\": write the percentage without the % sign");
    expect(message("vi", "percent-sign", { source: "85,5%", suggestion: "85.5" })).toBe("\"85,5%\": viết số phần trăm không kèm dấu %");
  });
});

// A line indented out of line was said in the parser's words, "a line has two colons (a: b: c), or …", of a line
// with one colon; the hint found the indentation, the sentence above it now says so.
describe("a YAML syntax error found to be a line's indentation", () => {
  const detail = "Nested mappings are not allowed in compact mappings";
  it.each([
    ["out-dented", { hint_outdent: 3, hint_indent_expected: 4 }],
    ["misaligned", { hint_misaligned: 5, hint_indent_expected: 4 }],
    ["out-dented child", { hint_child: 2, hint_indent_expected: 4 }],
    ["over-indented", { hint_indent: 6, hint_indent_expected: 4 }],
  ])("%s: said as the indentation", (_, hint) => {
    expect(message("en", "yaml-syntax", { detail, ...hint })).toBe("YAML syntax error: this line is not indented in line with the lines of its level");
    expect(message("vi", "yaml-syntax", { detail, ...hint })).toBe("Lỗi cú pháp YAML: dòng này thụt lề không thẳng hàng với các dòng cùng cấp");
  });
  it("without such a hint, in the parser's words", () => {
    expect(message("en", "yaml-syntax", { detail })).not.toContain("indented in line");
    expect(message("en", "yaml-syntax", { detail, hint_list_key: "evidence" })).not.toContain("indented in line");
  });
});

describe("the days a finding names are written dd/mm/yyyy in Vietnamese prose, as the reports write the day sent", () => {
  it.each([
    ["evidence-after-submission", { date: "2025-12-28", submitted: "2025-09-25" }, "Minh chứng ghi ngày 28/12/2025, sau ngày gửi 25/09/2025", "Evidence dated 2025-12-28, after the date the file was sent, 2025-09-25"],
    ["answer-after-submission", { date: "2025-10-12", submitted: "2025-10-01" }, "Câu trả lời ghi ngày 12/10/2025, sau ngày gửi 01/10/2025: văn bản không thể ghi ngày sau ngày gửi hồ sơ", "The answer is dated 2025-10-12, after the date the file was sent, 2025-10-01: no document is dated after the file was sent"],
    ["evidence-after-period", { date: "2027-01-05", period: "2025" }, "Minh chứng ghi ngày 05/01/2027, quá xa sau kỳ đánh giá 2025", "Evidence dated 2027-01-05, long after the period 2025"],
    ["evidence-before-period", { count: 3, period: "2025", latest: "2024-11-12" }, "(gần nhất là ngày 12/11/2024)", "(the latest 2024-11-12)"],
    ["submitted-outside-period", { submitted: "2027-09-25", period: "2025" }, "Ngày gửi 25/09/2027 không thuộc năm", "The date sent 2027-09-25 is in neither"],
    ["verified-before-submission", { codes: "1.1", first: "1.1", date: "2025-09-01", submitted: "2025-09-25" }, "có ngày trước ngày gửi 25/09/2025 (1.1: 01/09/2025)", "before the file was sent on 2025-09-25 (1.1: 2025-09-01)"],
  ])("%s", (code, params, vi, en) => {
    expect(message("vi", code, params)).toContain(vi);
    expect(message("en", code, params)).toContain(en);
  });
});

describe("the Vietnamese messages say thư điện tử, as the respondent's field is asked", () => {
  it("the warning of one agency under two ids names the respondent's thư điện tử, not e-mail", () => {
    const said = message("vi", "same-agency-other-id", { first: "a.yaml", first_id: "a", id: "b" });
    expect(said).toContain("cùng thư điện tử hoặc số điện thoại");
    expect(said).not.toMatch(/email/i);
  });
});

describe("the verified score has one name in every message that names it", () => {
  // Score line, ranking legend, html tag, explain, rubric impact and the csv and xlsx ranking's column: one figure, so one name in each language.
  const namingKeys = ["verified-total", "rpt-verified-mark", "rpt-verified-basis", "exp-has-verified", "exp-has-verified-cohort", "impact-verified-mark", "rpt-col-verified-total"];
  it.each(namingKeys)("%s", (key) => {
    const params = { total: "899,40", self: "904,40", diff: "−5,00", band: "Tốt" };
    expect(message("vi", key, params)).toMatch(/điểm thẩm định/i);
    expect(message("vi", key, params)).not.toMatch(/điểm sau thẩm định/i);
    expect(message("en", key, params)).toMatch(/verified score/i);
    expect(message("en", key, params)).not.toMatch(/verified total/i);
  });
});

/** Every message's vi text as written in src/i18n, [key, text], its placeholders unfilled. */
const viTexts = () => readdirSync("src/i18n").flatMap((f) => [...readFileSync(path.join("src/i18n", f), "utf8").matchAll(/"([\w.-]+)": \{ vi: "((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!] as const));
/** Every message's en text as written in src/i18n, [key, text], its placeholders unfilled. */
const enTexts = () => readdirSync("src/i18n").flatMap((f) => [...readFileSync(path.join("src/i18n", f), "utf8").matchAll(/"([\w.-]+)": \{ vi: "(?:[^"\\]|\\.)*", en: "((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!] as const));

describe("the Vietnamese messages speak impersonally, as an administrative form does", () => {
  it("no vi text calls the reader bạn (one message did, where its neighbours say trong lúc trả lời)", () => {
    const said = viTexts();
    expect(said.length).toBeGreaterThan(1000);
    expect(said.filter(([, vi]) => /(^|[^\p{L}])bạn([^\p{L}]|$)/iu.test(vi)).map(([key]) => key)).toEqual([]);
    expect(message("vi", "assess-overwrote", { what: "Câu trả lời chỉ số 1.1", file: "so-tc.yaml" })).toContain("trong lúc đang trả lời;");
  });
});

// The vi texts quoted a label «…» ("loại cơ quan «{type_label}»"), a list of labels “…” (typeList) and a code or value
// "…", but also a link or a typed word «…» and an option or a title "…": one rule now, a name in «…», what a file holds
// or a person typed in "…".
/** The placeholders standing for a name: an agency type's, a cohort's, an option's label, a group's or an indicator's title. */
const NAMES = new Set(["type_label", "cohort_label", "cohort", "label", "title", "old_title", "new_title", "hint_retitled_was", "hint_retitled_now"]);
const placeholders = (quoted: string) => [...quoted.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]!);

// One rule in each language, its own quotes for a name: vi «…», en “…”.
describe.each([
  { lang: "vi", texts: viTexts, quote: "«…»", nameQuoted: /«([^»]*)»/g },
  { lang: "en", texts: enTexts, quote: "“…”", nameQuoted: /“([^”]*)”/g },
])("the $lang messages quote a name $quote and what a file holds or a person typed \"…\"", ({ texts, nameQuoted }) => {
  it("a name's quotes hold a name, never a code, a field, a link or a typed value", () => {
    const quoted = texts().flatMap(([key, text]) => [...text.matchAll(nameQuoted)].map((m) => [key, m[1]!] as const));
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter(([, inside]) => placeholders(inside).some((p) => !NAMES.has(p))).map(([key]) => key)).toEqual([]);
  });

  it("\"…\" holds no name", () => {
    const quoted = texts().flatMap(([key, text]) => [...text.matchAll(/\\"((?:[^"\\]|\\[^"])*)\\"/g)].map((m) => [key, m[1]!] as const));
    expect(quoted.filter(([, inside]) => placeholders(inside).some((p) => NAMES.has(p))).map(([key]) => key)).toEqual([]);
  });
});

describe("the Vietnamese messages quote a name «…», and what a file holds or a person typed \"…\"", () => {
  it("no vi text uses curly quotes", () => {
    expect(viTexts().filter(([, vi]) => /[“”]/.test(vi)).map(([key]) => key)).toEqual([]);
  });

  it("as the messages quote them once filled in", () => {
    expect(message("vi", "evidence-link-broken", { link: "so 12/QĐ" })).toMatch(/^Đường dẫn "so 12\/QĐ" không phải/);
    expect(message("vi", "impact-zero-option", { label: "Chưa triển khai", id: "none" })).toBe("phương án «Chưa triển khai» (none) được 0 điểm ở phiên bản mới");
    expect(message("vi", "assess-link-at-evidence")).toBe("«Đường dẫn (link)» của minh chứng");
    // English keeps its quotes: the file's own text in "…".
    expect(message("en", "header-id-unusable", { found: "a b" })).toBe('(the file has "a b", which cannot be an id)');
  });
});

// English quoted a link, a typed word or level “…” ("The link “{link}”"), as quotedLabel quotes a name, and an agency
// type, a cohort, an option or a title "…" ("the agency type \"{type_label}\""): the Vietnamese rule, in English quotes.
describe("the English messages quote a name “…”, and what a file holds or a person typed \"…\"", () => {
  it("as the messages quote them once filled in", () => {
    expect(message("en", "evidence-link-broken", { link: "so 12/QĐ" })).toMatch(/^The link "so 12\/QĐ" is not/);
    expect(message("en", "assess-choice-not-listed", { text: "ab" })).toMatch(/^"ab" names no one option/);
    expect(message("en", "impact-zero-option", { label: "Deputy head", id: "cap-pho" })).toBe("the option “Deputy head” (cap-pho) is worth 0 in the new version");
    expect(message("en", "not-applicable-answered", { code: "6.2.1", type_label: "Vertical agency", type: "vertical" })).toMatch(/the agency type “Vertical agency” \(vertical\)/);
    // Names the tool gives, not a placeholder: a section of the report, a question of assess.
    expect(message("en", "rpt-not-scored-note", { count: 2 })).toContain("see “Not scored” at the end");
    expect(message("en", "assess-link-at-evidence")).toBe("the evidence's “Link”");
  });
});

// Two duplicate hints said "it was submitted on", beside "it was sent on" of their neighbours and the reports' "Date sent".
describe("the day a file was sent has one English word, sent", () => {
  it("no en text says the file was submitted", () => {
    expect(enTexts().filter(([, en]) => /\bsubmitted\b/.test(en.replace(/\{[^}]*\}/g, ""))).map(([key]) => key)).toEqual([]);
    expect(message("en", "duplicate-resubmitted", { submitted: "2025-10-02", first: "a.yaml", first_submitted: "2025-09-20" })).toMatch(/^this file says it was sent on 2025-10-02, after a\.yaml's 2025-09-20/);
  });
});

// assess asked the "Day the self-assessment is sent to the collecting department", where every other message calls
// the đơn vị tổng hợp the collector, and the reports' column the "Date sent".
describe("the đơn vị tổng hợp has one English name, the collector", () => {
  it("no en text says collecting department, and assess asks the date sent to the collector", () => {
    expect(enTexts().filter(([, en]) => /collecting department/.test(en)).map(([key]) => key)).toEqual([]);
    expect(message("en", "assess-submitted")).toBe("Date the self-assessment is sent to the collector (the date of its covering letter)");
  });
});

// A message sent the reader to a column, a sheet or a choice by its bare name ("xem cột Chưa trả lời, Thiếu minh chứng",
// "Cuối danh sách: Trả lời sau, Mở menu"), where rpt-not-scored-note quotes the section it names, «Không chấm được».
describe("a label the tool prints elsewhere, named in a message's own text, is quoted as a name", () => {
  /** A label as the report or the prompt prints it, without its bracketed aside ("None of them (save an empty list)"). */
  const label = (lang: "vi" | "en", key: string) => message(lang, key).replace(/ \(.*\)$/, "");
  const quoted = (lang: "vi" | "en", key: string) => (lang === "vi" ? `«${label(lang, key)}»` : `“${label(lang, key)}”`);
  const withNa = (lang: "vi" | "en") => ({ na: message(lang, "assess-commands-list-na"), count: 2, limit: 100, code: "R1" });

  it.each([
    ["rpt-incomplete-more", ["rpt-col-unanswered", "rpt-col-missing-evidence"]],
    ["rpt-examples-more", ["rpt-col-example"]],
    ["rpt-lost-mark", ["rpt-col-status"]],
    ["rpt-details-omitted", ["rpt-sheet-indicators"]],
    ["rpt-not-scored-note", ["rpt-sheet-not-scored"]],
    ["assess-commands-list", ["choice-skip", "choice-menu", "choice-na"]],
    ["assess-commands-checklist", ["choice-none", "choice-skip", "choice-menu", "choice-na"]],
  ])("%s names %j in a name's quotes", (key, labels) => {
    for (const lang of ["vi", "en"] as const) for (const named of labels) expect(message(lang, key, withNa(lang))).toContain(quoted(lang, named));
  });

  it("no message writes one of the report's columns, sheets or assess's choices in straight quotes", () => {
    const labelKeys = [...viTexts(), ...enTexts()].map(([key]) => key).filter((key) => /^(rpt-col-|rpt-sheet-|choice-|menu-)/.test(key));
    const straight = new Set(labelKeys.flatMap((key) => (["vi", "en"] as const).map((lang) => `\\"${label(lang, key)}\\"`)));
    expect(straight.size).toBeGreaterThan(50);
    expect([...viTexts(), ...enTexts()].filter(([, text]) => [...straight].some((s) => text.includes(s))).map(([key]) => key)).toEqual([]);
  });
});

// 1.234 at an amount taking decimals was told "if it is a decimal, write 1.2340", an odd figure left unexplained,
// and its decimal reading said "1.234" in Vietnamese too, where 1.234 reads as a thousand.
describe("ambiguous-number says each reading as the language writes it, and what to type for it", () => {
  const params = { source: "1.234", value: 1.234, thousands: "1234", decimal: "1.2340" };
  it.each([
    ["en", "1.234 can be read two ways: 1234 (thousands, as Vietnamese writes them with a dot) or 1.234 (a decimal, as YAML reads the dot). For 1234 write 1234 (no dots); for 1.234 write 1.2340: the 0 added at the end keeps the value and marks the dot as a decimal point"],
    ["vi", "1.234 có thể hiểu theo hai cách: 1234 (số hàng nghìn, như tiếng Việt viết dấu chấm ngăn hàng nghìn) hoặc 1,234 (số thập phân, như YAML đọc dấu chấm là dấu thập phân). Nếu là 1234, hãy viết 1234 (không có dấu chấm); nếu là 1,234, hãy viết 1.2340: số 0 thêm ở cuối không đổi giá trị mà cho biết dấu chấm là dấu thập phân"],
  ] as const)("%s", (lang, said) => {
    expect(message(lang, "ambiguous-number", params)).toBe(said);
  });

  it("a decimal reading written shorter (1.200 → 1.2) has no 0 to explain", () => {
    expect(message("vi", "ambiguous-number", { source: "1.200", value: 1.2, thousands: "1200", decimal: "1.2" })).toMatch(/nếu là 1,2, hãy viết 1\.2$/);
    expect(message("en", "ambiguous-number", { source: "1.200", value: 1.2, thousands: "1200", decimal: "1.2" })).toMatch(/; for 1\.2 write 1\.2$/);
  });
});

// 1.234 at a whole-number answer (a count) read "YAML đọc 1.234 thành 1.234": the same figure twice, the second one a
// thousand to a Vietnamese reader, where ambiguous-number beside it says the decimal reading 1,234.
describe("ambiguous-number-whole says YAML's decimal reading as the language writes a decimal", () => {
  it.each([
    ["vi", { source: "1.234", value: 1.234, thousands: "1234" }, "YAML đọc 1.234 thành 1,234 vì dấu chấm là dấu thập phân, nhưng câu trả lời này là số nguyên: nếu là số hàng nghìn, hãy viết 1234 (không có dấu chấm)"],
    ["vi", { source: "1.000", value: 1, thousands: "1000" }, "YAML đọc 1.000 thành 1 vì dấu chấm là dấu thập phân, nhưng câu trả lời này là số nguyên: nếu là số hàng nghìn, hãy viết 1000 (không có dấu chấm)"],
    ["en", { source: "1.234", value: 1.234, thousands: "1234" }, "YAML reads 1.234 as 1.234: the dot is a decimal point, but this answer is a whole number: for thousands write 1234 (no dots)"],
  ] as const)("%s %j", (lang, params, said) => {
    expect(message(lang, "ambiguous-number-whole", params)).toBe(said);
  });
});

// A name of spaces alone was refused for "dấu cách hay ký tự ẩn" where every other message, the agency name's
// among them, calls the same characters "ký tự vô hình" (en "invisible characters" throughout).
describe("an invisible character has one Vietnamese name, ký tự vô hình", () => {
  it("no vi text says ký tự ẩn (the name checks of assess, the header and expected did)", () => {
    expect(viTexts().filter(([, vi]) => /ký tự ẩn/u.test(vi)).map(([key]) => key)).toEqual([]);
    for (const said of [message("vi", "assess-name-no-letter"), message("vi", "header-name-unusable"), expectedText("vi", "textPattern")]) expect(said).toContain("ký tự vô hình");
  });
});

// init -o x.yaml without --rubric said "Cơ quan loại khác tạo lại tệp theo bộ chỉ số có sẵn của mình (--force ghi đè tệp
// trống vừa tạo)": a statement where the others ask ("hãy"), and "tệp trống" for what init's help calls a phiếu trống.
describe("init's word to another kind of agency asks it, and names the blank file as init's help does", () => {
  it("vi", () => {
    expect(message("vi", "init-other-rubrics", { rubric: "dti-cap-so", types: "Sở" })).toBe("Bộ chỉ số dti-cap-so dành cho: Sở. Cơ quan loại khác hãy tạo lại phiếu theo bộ chỉ số có sẵn dành cho mình (--force ghi đè phiếu trống vừa tạo):");
  });
});

describe("a symbolic link has one Vietnamese name, liên kết tượng trưng, as the system errors say", () => {
  it("no vi text says symlink (link-outside-folder said «liên kết (symlink)»)", () => {
    expect(viTexts().filter(([, vi]) => /symlink/i.test(vi)).map(([key]) => key)).toEqual([]);
    for (const key of ["link-outside-folder", "lint-rule-link-outside-folder"]) expect(message("vi", key, { target: "/etc/passwd" })).toContain("liên kết tượng trưng");
  });
});

describe("a file that cannot be read is said so in the same words by the findings and by the lint rule that names them", () => {
  it("no vi text says «Không mở được tệp» (rubric lint's rule for file-not-found did, where the finding says «Không đọc được tệp»)", () => {
    expect(viTexts().filter(([, vi]) => /Không mở được tệp/i.test(vi)).map(([key]) => key)).toEqual([]);
    expect(message("vi", "lint-rule-file-not-found")).toBe(message("vi", "file-not-found", { detail: "" }).replace(/: $/, ""));
  });

  // The English rule said "The file cannot be opened" beside the finding's "Cannot read the file" and its neighbour's "cannot be read".
  it("the English rule for file-not-found says cannot be read, as the finding and rubric lint's file-unreadable do", () => {
    expect(message("en", "lint-rule-file-not-found")).toBe("The file cannot be read");
    expect(enTexts().filter(([key, en]) => key.startsWith("lint-rule-") && /cannot be opened/.test(en)).map(([key]) => key)).toEqual([]);
  });

  // Said after "Không đọc được tệp: …" or a YAML error: "Không mở được {file} để tiếp tục" named the same failure anew.
  // explain's batch said its paths "không đọc được (không có, hoặc không mở được)": a second word for the same failure.
  it("no vi text says «không mở được» for a file or path (a link that cannot be clicked is «không bấm mở được»)", () => {
    expect(viTexts().filter(([, vi]) => /(?<!bấm )không mở được/i.test(vi)).map(([key]) => key)).toEqual([]);
    expect(message("vi", "exp-batch-not-read", { count: 2, files: "a.yaml, b" })).toBe("2 đường dẫn trong lô không đọc được (không có, hoặc có nhưng không đọc được), không được tính vào khối xếp hạng: a.yaml, b");
  });

  it("assess, given a file it cannot read to resume or to write over, says «không đọc được» too, never «không mở được»", () => {
    expect(viTexts().filter(([key, vi]) => key.startsWith("assess-") && /mở được/i.test(vi)).map(([key]) => key)).toEqual([]);
    expect(message("vi", "assess-file-unreadable", { file: "xa.yaml" })).toMatch(/^Không đọc được xa\.yaml để tiếp tục/);
    expect(message("vi", "assess-taken-unreadable", { file: "xa.yaml" })).toContain("nhưng không đọc được");
  });
});

// "mend" stood beside "fix" for the one vi word sửa, both in one sentence once ("cannot mend: fix them in the file").
describe("the English messages say fix, as the Vietnamese say sửa", () => {
  it("no en text says mend", () => {
    expect(enTexts().filter(([, en]) => /\bmend/i.test(en)).map(([key]) => key)).toEqual([]);
    expect(message("en", "assess-resume-errors", { count: 2 })).toBe("The file has 2 errors (above) that the questions cannot fix: fix them in the file before sending it");
  });
});

// init's template and the rubric's patterns said "letters without accents", assess "letters without diacritics", for one
// vi word, không dấu: diacritics names the tone marks, ă â ê ô ơ ư and đ's stroke alike.
describe("the English messages name the marks of không dấu one way, diacritics", () => {
  it("no en text says accents", () => {
    expect(enTexts().filter(([, en]) => /\baccent/i.test(en)).map(([key]) => key)).toEqual([]);
    expect(message("en", "init-agencyId")).toBe("agency id (letters without diacritics, digits, - . _), e.g. qb-skhcn, tn-can-giuoc");
  });
});

// "node", the parser's word, named a YAML anchor's value and an aggregate's included code, where the vi says phần and mục.
describe("the English messages say what a node is: a block of the file, a group or indicator", () => {
  it("no en text says node (Node.js aside)", () => {
    expect(enTexts().filter(([, en]) => /\bnodes?\b/.test(en)).map(([key]) => key)).toEqual([]);
    expect(message("en", "alias-cycle", { alias: "*a", anchor: "&a" })).toMatch(/^The alias \*a is inside the block marked &a, the very block it refers to:/);
    expect(message("en", "aggregate-overlap", { id: "p1", code: "1", other: "1.2" })).toMatch(/they name the same group or indicator, or one is inside the other$/);
  });
});

// rubric impact said "the self-reported answer" where the reports and explain say self-assessed, for one vi tự chấm.
describe("the agency's own answer has one English word, self-assessed", () => {
  it("no en text says self-reported", () => {
    expect(enTexts().filter(([, en]) => /self-reported/i.test(en)).map(([key]) => key)).toEqual([]);
    expect(message("en", "impact-note-verified-dropped", { code: "6.1.4", reason: "outside the new range" })).toBe("the verified value of 6.1.4 dropped (outside the new range); the self-assessed answer is scored");
  });
});

// The vi told the officer where to add the evidence missing ("hãy bổ sung vào evidence"); the en stopped at the count.
describe("a message gives the same instruction in both languages", () => {
  it("evidence-missing says in English too to add the evidence", () => {
    const params = { code: "5.6", min: 2, count: 1 };
    expect(message("vi", "evidence-missing", params)).toBe("Chỉ số 5.6 phải có ít nhất 2 minh chứng, hiện có 1: hãy bổ sung vào evidence");
    expect(message("en", "evidence-missing", params)).toBe("Indicator 5.6 needs at least 2 evidence items; it has 1: add to evidence");
  });

  // The en said "Unknown field "vaule"" alone: not that the file's format has no such field, nor to check its name.
  it("unknown-field says in English too that the format has no such field and to check its name", () => {
    expect(message("vi", "unknown-field", { field: "vaule" })).toBe('Không có trường "vaule" trong định dạng của tệp (kiểm tra lại tên trường)');
    expect(message("en", "unknown-field", { field: "vaule" })).toBe('There is no field "vaule" in the file\'s format (check the field\'s name)');
  });
});

// rubric impact said "Good: min 80 → 85 %" where the vi says ngưỡng, and every other en text about a band's min says threshold.
describe("a band's min has one English word beside the vi ngưỡng, threshold", () => {
  it("impact-threshold-moved says threshold, as the vi says ngưỡng", () => {
    expect(message("vi", "impact-threshold-moved", { band: "Tốt", old: "80", new: "85 %" })).toBe("Tốt: ngưỡng 80 → 85 %");
    expect(message("en", "impact-threshold-moved", { band: "Good", old: "80", new: "85 %" })).toBe("Good: threshold 80 → 85 %");
  });
});

// rubric lint titled step-unscored "A band step without points": a band is a rating (Tốt, Khá), a step a bands rule's.
describe("a rule's step is not called a band's", () => {
  it("no en text says band step, and the lint rule's title names a rule's step in both languages", () => {
    expect(enTexts().filter(([, en]) => /\bband steps?\b/i.test(en)).map(([key]) => key)).toEqual([]);
    expect(message("en", "lint-rule-step-unscored")).toBe("A rule step without points");
    expect(message("vi", "lint-rule-step-unscored")).toBe("Bậc của quy tắc không có điểm");
  });
});

// explain's best answer said "đánh dấu thêm" beside the en "also meet": đánh dấu is assess's mark for review, and a
// checklist's items are met (đạt), as its rule is shown ("theo mục đạt", "by items met").
describe("a checklist's items to add are met in both languages", () => {
  it.each([
    ["exp-best-tick", "đạt thêm: A (a, +10)", "also meet: A (a, +10)"],
    ["exp-best-tick-none", "đạt: A (a, +10)", "meet: A (a, +10)"],
  ])("%s", (key, vi, en) => {
    expect(message("vi", key, { items: "A (a, +10)" })).toBe(vi);
    expect(message("en", key, { items: "A (a, +10)" })).toBe(en);
  });
});

// The ranking's † legend named in vi the indicators it meant, "(với cơ quan cao nhất, hoặc giữa thấp nhất và cao nhất)";
// the en said "batch-relative indicators" alone, a word an official does not know.
describe("the provisional mark names its indicators in both languages", () => {
  it("rpt-provisional-mark says what the indicators are compared against, in en as in vi", () => {
    expect(message("vi", "rpt-provisional-mark")).toContain("có chỉ số so sánh trong khối (với cơ quan cao nhất, hoặc giữa thấp nhất và cao nhất)");
    expect(message("en", "rpt-provisional-mark")).toContain("batch-relative indicators (against the best agency, or between the lowest and the highest)");
  });
});

// The vi warned that an invisible character makes two names that look alike two agencies (two people); the en said
// "are different texts", which tells an official nothing of what follows.
describe("an invisible character in a name says what follows in both languages", () => {
  it.each([
    ["invisible-character", "hai cơ quan khác nhau", "taken for two different agencies"],
    ["invisible-characters", "hai cơ quan khác nhau", "taken for two different agencies"],
    ["invisible-character-respondent", "hai người khác nhau", "taken for two different people"],
    ["invisible-characters-respondent", "hai người khác nhau", "taken for two different people"],
  ])("%s", (key, vi, en) => {
    const params = { char: "U+200B", position: 5, count: 2, list: "U+200B at 5, U+00AD at 9" };
    expect(message("vi", key, params)).toMatch(new RegExp(`hai tên trông giống nhau sẽ bị coi là ${vi}$`));
    expect(message("en", key, params)).toMatch(new RegExp(`or two names that look the same are ${en}$`));
  });
});

// assess said "The day sent in the file is no day" where its neighbours and the reports' column say "the date sent",
// for the one vi ngày gửi.
describe("the date a file was sent has one English name, the date sent", () => {
  it("no en text says day sent", () => {
    expect(enTexts().filter(([, en]) => /\bday sent\b/i.test(en)).map(([key]) => key)).toEqual([]);
    expect(message("en", "assess-submitted-unusable", { found: "31/02/2025" })).toBe('The date sent in the file ("31/02/2025") is not a date: choose it again');
  });
});

// "expected:" for a block said in en "a mapping of keys to values", a parser's word, where the vi shows what to write:
// name: value lines indented below, or {name: value, …}.
describe("what a block expects is shown the same way in both languages", () => {
  it("expected object: key: value lines, indented, or in braces", () => {
    expect(expectedText("vi", "object")).toBe("các dòng dạng tên: giá trị, thụt lề bên dưới (hoặc {tên: giá trị, …})");
    expect(expectedText("en", "object")).toBe("key: value lines, indented below (or {key: value, …})");
  });
});

// A date sent outside the period warned in en with a fragment, "Sent on 2027-01-05, neither in the year of …",
// where the vi is a sentence whose subject is the date sent (Ngày gửi … không thuộc năm …).
describe("a date sent outside the period is warned of in a sentence in both languages", () => {
  it("submitted-outside-period names the date sent as its subject", () => {
    const params = { submitted: "2027-01-05", period: "2025" };
    expect(message("vi", "submitted-outside-period", params)).toBe("Ngày gửi 05/01/2027 không thuộc năm của kỳ đánh giá 2025 hay năm sau đó: kiểm tra lại ngày (nhất là năm)");
    expect(message("en", "submitted-outside-period", params)).toBe("The date sent 2027-01-05 is in neither the year of the period 2025 nor the year after: check the date (the year above all)");
  });
});

// assess, given a file it cannot read, said in en "Cannot resume xa.yaml" alone, where the vi says it cannot be read
// (Không đọc được … để tiếp tục): not why it stopped.
describe("a file assess cannot read to resume says it cannot be read in both languages", () => {
  it("assess-file-unreadable", () => {
    expect(message("vi", "assess-file-unreadable", { file: "xa.yaml" })).toBe("Không đọc được xa.yaml để tiếp tục (xem lỗi ở trên); tệp không bị thay đổi");
    expect(message("en", "assess-file-unreadable", { file: "xa.yaml" })).toBe("Cannot read xa.yaml to resume it (see the errors above); the file was not changed");
  });
});

// assess asked in vi for the date sent in one form, with one example (ngày/tháng/năm, ví dụ 25/09/2025), in en for
// either of two; each language now names the form its own dates are shown in (the default offered is 2025-09-25 in en).
describe("the date sent is asked for in one form in each language", () => {
  it("assess-submitted-date", () => {
    expect(message("vi", "assess-submitted-date")).toBe("Ngày gửi (ngày/tháng/năm, ví dụ 25/09/2025)");
    expect(message("en", "assess-submitted-date")).toBe("Date sent (year-month-day, for example 2025-09-25)");
  });
});

// assess asked in en for the "Evaluation period" where the reports and the findings say "Period", for the one vi Kỳ đánh giá.
describe("the period has one English name, Period, as the vi has one, Kỳ đánh giá", () => {
  it("assess's header question names it as the reports do", () => {
    expect(message("vi", "header-period")).toBe(message("vi", "period"));
    expect(message("en", "header-period")).toBe("Period");
    expect(enTexts().filter(([, en]) => /\bevaluation period\b/i.test(en)).map(([key]) => key)).toEqual([]);
  });
});

// A file that is no block of lines said in en "must be a mapping of keys to values", the parser's word "expected:"
// no longer says, where the vi shows what to write: name: value lines.
describe("what a whole file must be is shown the same way as what a block expects", () => {
  it("root-not-mapping: key: value lines", () => {
    expect(message("vi", "root-not-mapping", { found: "list" })).toBe("Tệp phải gồm các dòng dạng tên: giá trị (như rubric: …, agency: …), không phải một danh sách");
    expect(message("en", "root-not-mapping", { found: "list" })).toBe("The file must be made of key: value lines (such as rubric: …, agency: …), not a list");
    expect(enTexts().filter(([, en]) => /\bmapping of keys\b/i.test(en)).map(([key]) => key)).toEqual([]);
    // The lint rule's title said "The file's root is not a mapping" beside the vi "Gốc tệp không phải bảng khóa: giá trị".
    expect(enTexts().filter(([, en]) => /\bnot a mapping\b/i.test(en)).map(([key]) => key)).toEqual([]);
    expect(message("en", "lint-rule-root-not-mapping")).toBe("The file is not made of key: value lines");
  });
});

// rubric impact said in vi "vượt ngưỡng ±40" for what the en calls a budget, where ngưỡng is a band's threshold
// ("Tốt: ngưỡng 80 → 85 %" in the same report): a budget is a mức cho phép.
describe("a budget of rubric impact has its own vi word, mức cho phép, apart from a band's ngưỡng", () => {
  it("no vi text of a budget says ngưỡng, and its lines name mức cho phép", () => {
    const budgetKeys = viTexts().filter(([key]) => /^impact-(budget|breach|ci-over|ci-unbounded|more-breaches)/.test(key));
    expect(budgetKeys.length).toBeGreaterThan(10);
    expect(budgetKeys.filter(([, vi]) => /ngưỡng/i.test(vi)).map(([key]) => key)).toEqual([]);
    expect(message("vi", "impact-budget-points-exceeded", { budget: 20, count: 2 })).toBe("Mức cho phép về điểm ±20: vượt (2 cơ quan)");
    expect(message("vi", "impact-breach-rank", { name: "Đơn vị A (a)", places: 3, budget: 2 })).toBe("Đơn vị A (a): đổi 3 hạng, vượt mức cho phép ±2");
    expect(message("vi", "impact-budgets")).toBe("Mức cho phép");
  });
});
