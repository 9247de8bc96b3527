import { Chalk } from "chalk";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { checkFiles } from "../../src/batch/score-files.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { withFrame } from "../../src/load/located.js";
import { formatDiagnostic } from "../../src/report/diagnostics.js";

const plain = new Chalk({ level: 0 });

/** The caret line of a diagnostic on `line` 2 of a file, its value found at `value`. */
function caretLine(text: string, value: string): { frameLine: string; caret: string } {
  const lines = text.split("\n");
  const col = lines[1]!.indexOf(value) + 1;
  const out = formatDiagnostic(withFrame({ code: "wrong-type", line: 2, col, length: value.length, params: {} }, "a.yaml", text), "en", plain).split("\n");
  return { frameLine: out.find((l) => l.startsWith("  > "))!, caret: out.find((l) => l.includes("^"))! };
}

/** Column (counted in characters a terminal shows: combining marks take none) where `needle` starts. */
const shownColumn = (line: string, needle: string) => [...line.normalize("NFC").slice(0, line.normalize("NFC").indexOf(needle.normalize("NFC")))].length;

describe("formatDiagnostic's caret", () => {
  const text = 'title: x\n  "6.1.2": {note: "Kế hoạch số 12 về chuyển đổi số", date: "2025-13-40"}\n';
  it.each([
    ["composed (NFC)", text.normalize("NFC")],
    ["decomposed (NFD), as macOS archives store it", text.normalize("NFD")],
    ["with a tab before the value", text.replace("{note", "\t{note")],
  ])("sits under the value in a line written %s", (_, source) => {
    const { frameLine, caret } = caretLine(source, '"2025-13-40"');
    const shown = frameLine.replace(/\t/g, " ");
    expect(caret.replace(/\t/g, " ").indexOf("^")).toBe(shownColumn(shown, '"2025-13-40"'));
    expect(caret.match(/\^+/)![0]).toHaveLength('"2025-13-40"'.length);
  });

  it("is as wide as the marked text shows, not as its characters count", () => {
    const { caret } = caretLine('a: 1\nb: "Sở"\n'.normalize("NFD"), '"Sở"'.normalize("NFD"));
    expect(caret.match(/\^+/)![0]).toBe("^^^^");
  });
});

describe("formatDiagnostic on lines a terminal shows differently", () => {
  it.each([
    ["wide letters before the value", "漢字漢字"],
    ["emoji before the value", "📄 ghi chú 📄"],
  ])("%s: the caret still meets the value", (_, note) => {
    const { frameLine, caret } = caretLine(`a: 1\nb: {note: "${note}", date: "2025-13-40"}\n`, '"2025-13-40"');
    // Where the value starts on the terminal: these letters and emoji take two columns each.
    const before = [...frameLine.slice(0, frameLine.indexOf('"2025'))];
    const columns = before.reduce((n, ch) => n + (/[\u4e00-\u9fff\u{1f4c4}]/u.test(ch) ? 2 : 1), 0);
    expect(caret.indexOf("^")).toBe(columns);
  });

  it.each([
    ["an emoji shown wide outside the common blocks", "xong ✅ 🫡"],
    ["an emoji shown narrow (no presentation selector)", "trụ sở 🏛 số 2"],
  ])("%s: the caret meets the value where the tables measure it (string-width)", (_, note) => {
    const { frameLine, caret } = caretLine(`a: 1\nb: {note: "${note}", date: "2025-13-40"}\n`, '"2025-13-40"');
    expect(caret.indexOf("^")).toBe(stringWidth(frameLine.slice(0, frameLine.indexOf('"2025'))));
  });

  it("a value far along a long line: the line is shown around it, and the caret under it", () => {
    const long = `c: {note: "${"x".repeat(300)}", date: "2025-13-40", tail: "${"y".repeat(100)}"}`;
    const out = formatDiagnostic(withFrame({ code: "bad-format", line: 2, col: long.indexOf('"2025') + 1, length: 12, params: {} }, "a.yaml", `a: 1\n${long}\n`), "en", plain).split("\n");
    const shown = out.find((l) => l.startsWith("  > "))!;
    const caret = out.find((l) => l.includes("^"))!;
    expect(shown).toMatch(/^ {2}> 2 \| …x+", date: "2025-13-40", tail: "y+…$/);
    expect(shown.slice(caret.indexOf("^"), caret.indexOf("^") + 12)).toBe('"2025-13-40"');
  });
});

describe("formatDiagnostic on a terminal of a given width", () => {
  const text = 'answers:\n  "2.4O": {value: 3, note: "Số liệu lấy từ hệ thống quản lý văn bản và điều hành của tỉnh Quảng Bình năm 2025"}\n';
  const found = withFrame({ code: "unknown-indicator", line: 2, col: 3, length: 6, params: { code: "2.4O", rubric: "dti-cap-so", suggestion: "2.4" } }, "examples/so-khoa-hoc-va-cong-nghe-quang-binh.yaml", text);

  it("wraps its sentences at spaces, and cuts the code frame's lines at the edge with … where the caret is within it", () => {
    const out = formatDiagnostic(found, "vi", plain, 60).split("\n");
    const prose = out.filter((l) => !/^\s+(>\s+)?\d*\s*\|/.test(l));
    expect(prose.length).toBeGreaterThan(2);
    for (const line of out) expect([...line].length, line).toBeLessThan(60);
    // The sentence is whole once its lines are joined back.
    expect(prose.slice(0, 2).join(" ").replace(/\s+/g, " ")).toContain('Không có chỉ số "2.4O" trong bộ chỉ số dti-cap-so');
    const frame = out.find((l) => l.startsWith("  > "))!;
    expect(frame).toMatch(/^ {2}> 2 \| {3}"2\.4O": \{value: 3, note: "Số liệu.*…$/);
    expect(`  > 2 | ${text.split("\n")[1]}`.startsWith(frame.slice(0, -1))).toBe(true);
    expect(out[out.indexOf(frame) + 1]).toBe("      |   ^^^^^^");
  });

  it("leaves the frame whole when the caret is past the edge (cut, the marked text would not show)", () => {
    const late = withFrame({ code: "wrong-type", line: 2, col: 90, length: 4, params: {} }, "a.yaml", text);
    const frame = formatDiagnostic(late, "vi", plain, 60).split("\n").find((l) => l.startsWith("  > "))!;
    expect(frame).toBe(`  > 2 | ${text.split("\n")[1]}`);
  });

  it("is as it was without a width (a pipe, a file)", () => {
    const out = formatDiagnostic(found, "vi", plain).split("\n");
    expect(out[0]).toMatch(/^examples\/so-khoa-hoc-va-cong-nghe-quang-binh\.yaml:2:3 lỗi Không có chỉ số "2\.4O" trong bộ chỉ số dti-cap-so \[unknown-indicator\]$/);
  });
});

describe("formatDiagnostic: what a message quotes stays on its line", () => {
  it.each([
    ["a line feed", "a\nb", 'There is no field "a␊b" in the file\'s format'],
    ["a carriage return", "a\rb", 'There is no field "a␍b" in the file\'s format'],
  ])("%s in a key is shown as a symbol", (_, key, said) => {
    const found = { file: "r.yaml", line: 3, col: 1, severity: "error" as const, code: "unknown-field", params: { key, field: key } };
    const first = formatDiagnostic(found, "en", plain).split("\n")[0]!;
    expect(first).toContain(said);
    expect(found.params.key).toBe(key);
  });
});

describe("formatDiagnostic's hints", () => {
  it.each([
    [{ field: "a:52", hint_colon: "a: 52" }, "unknown-field", "    gợi ý: sau dấu hai chấm phải có một dấu cách: viết a: 52"],
    [{ found: "N/A", expected_key: "number", hint_na: "allowed" }, "wrong-type", "    gợi ý: để trả lời không áp dụng, thay value bằng na: true và ghi lý do: {na: true, reason: \"…\"}"],
    [{ found: "N/A", expected_key: "number", hint_na: "forbidden" }, "wrong-type", "    gợi ý: bộ chỉ số không cho phép trả lời không áp dụng ở chỉ số này: hãy ghi giá trị, hoặc để trống nếu chưa có (khi đó chỉ số bị tính 0 điểm và ghi là chưa trả lời)"],
    [{ hint_office: "office" }, "binary-file", "    gợi ý: tệp này là một tài liệu Word hoặc Excel (.docx, .xlsx, .doc, .xls), không phải văn bản thuần: tạo tệp mới bằng egov-score init, hoặc chép nội dung sang Notepad hay VS Code rồi lưu dạng văn bản UTF-8 với đuôi .yaml"],
    [{ detail: "x", hint_outdent: 0, hint_indent_expected: 2 }, "yaml-syntax", "    gợi ý: dòng này thụt lề 0 dấu cách, ít hơn các dòng cùng cấp ở trên và dưới (2 dấu cách): thêm dấu cách cho thẳng cột với chúng"],
    [{ detail: "x", hint_misaligned: 3, hint_indent_expected: 2 }, "yaml-syntax", "    gợi ý: dòng này thụt lề 3 dấu cách, các dòng cùng cấp ở trên và dưới thụt lề 2 dấu cách: sửa cho thẳng cột với chúng"],
    [{ detail: "x", hint_child: 2, hint_indent_expected: 4 }, "yaml-syntax", "    gợi ý: dòng này thụt lề 2 dấu cách, bằng dòng trên nên không nằm bên trong dòng đó: thụt lề 4 dấu cách cho thẳng cột với các dòng bên dưới"],
    [{ source: "95 - đạt", number: "95", hint_note: '"đạt"' }, "number-with-unit", '    gợi ý: ghi phần chú thích vào trường note của câu trả lời, dưới value: note: "đạt"'],
    [{ source: "95 - đạt", number: "95", hint_note: '"đạt"', hint_note_add: "add" }, "number-with-unit", '    gợi ý: câu trả lời đã có note: thêm phần chú thích "đạt" vào đó'],
    [{ code: "note", rubric: "dti-cap-so", hint_answer_field: "note" }, "unknown-indicator", "    gợi ý: \"note\" là một trường của câu trả lời, không phải mã chỉ số: thụt lề nó vào dưới câu trả lời phía trên, thẳng cột với các trường của câu trả lời đó (value:, evidence: …)"],
  ])("%j: a hint line", (params, code, hint) => {
    const out = formatDiagnostic({ file: "a.yaml", line: 3, col: 5, severity: "error", code, params }, "vi", plain).split("\n");
    expect(out).toContain(hint);
  });
});

describe("formatDiagnostic: a missing field is shown written", () => {
  it.each([
    ['"date"', 'gợi ý: hãy bổ sung, ví dụ: date: "2025-03-15"'],
    ['"number", "date"', 'gợi ý: hãy bổ sung, ví dụ: number: "12/QĐ-UBND", date: "2025-03-15"'],
    ['"reason"', 'gợi ý: hãy bổ sung, ví dụ: reason: "…"'],
    ['"rubric"', undefined], // the header's fields: init writes them
  ])("%s", (fields, hint) => {
    const out = formatDiagnostic({ file: "a.yaml", line: 3, col: 5, severity: "error", code: "missing-field", params: { fields, count: 1 } }, "vi", plain).split("\n");
    expect(out.find((l) => l.includes("gợi ý"))?.trim()).toBe(hint);
  });
});

describe("formatDiagnostic: a space that is no space", () => {
  it.each([
    // Named, not by code point alone: "U+00A0" told a collector nothing.
    ["U+00A0", "vi", "gợi ý: dòng này có một ký tự trông như dấu cách nhưng không phải (U+00A0 (dấu cách không ngắt dòng) tại cột 9), thường do dán từ Word hoặc Zalo: hãy xóa và gõ lại dấu cách thường"],
    ["U+00A0", "en", "hint: this line holds a character that looks like a space but is not one (U+00A0 (no-break space) at column 9), usually pasted from Word or a chat app: delete it and type an ordinary space"],
    ["U+200B", "vi", "gợi ý: dòng này có một ký tự vô hình (U+200B (dấu cách không độ rộng) tại cột 9), thường do dán từ Word hoặc Zalo: hãy xóa ký tự này"], // no space to type again
    ["U+FEFF", "en", "hint: this line holds an invisible character (U+FEFF (byte-order mark, zero-width no-break space) at column 9), usually pasted from Word or a chat app: delete it"],
    ["U+3000", "en", "hint: this line holds a character that looks like a space but is not one (U+3000 (ideographic space) at column 9), usually pasted from Word or a chat app: delete it and type an ordinary space"],
    // A rare one keeps its code point alone.
    ["U+1680", "en", "hint: this line holds a character that looks like a space but is not one (U+1680 at column 9), usually pasted from Word or a chat app: delete it and type an ordinary space"],
  ] as const)("%s (%s)", (char, lang, hint) => {
    const out = formatDiagnostic({ file: "a.yaml", line: 3, col: 5, severity: "error", code: "wrong-type", params: { hint_space: char, hint_space_col: 9 } }, lang, plain).split("\n");
    expect(out.find((l) => l.includes(lang === "vi" ? "gợi ý" : "hint"))?.trim()).toBe(hint);
  });

  it("is not hinted under an invisible character in a name, which that finding names already", () => {
    const text = "agency:\n  name: Sở Tài\u200b chính\n";
    expect(withFrame({ code: "invisible-character", line: 2, col: 9, params: { char: "U+200B", position: 7 } }, "a.yaml", text).params.hint_space).toBeUndefined();
    expect(withFrame({ code: "wrong-type", line: 2, col: 9, params: {} }, "a.yaml", text).params.hint_space).toBe("U+200B");
  });
});

describe("a file of another version of its rubric", () => {
  it.each([
    // assess offers the move, saying what changes for the file: editing the version by hand was the one way said.
    ["en", 'hint: to answer version 2025.2 instead: egov-score assess on this file with that rubric says what changes for the file and moves it; or write version: "2025.2" and check the file again with egov-score validate'],
    ["vi", 'gợi ý: để trả lời theo phiên bản 2025.2: egov-score assess tệp này với bộ chỉ số đó cho biết những gì thay đổi với tệp rồi chuyển tệp; hoặc sửa thành version: "2025.2" rồi kiểm tra lại tệp bằng egov-score validate'],
  ] as const)("says how it is moved to the version in use (%s)", (lang, hint) => {
    const text = 'rubric: {id: dti-cap-xa, version: "2025.1"}\n';
    const d = withFrame({ code: "rubric-version-mismatch", line: 1, col: 35, length: 8, params: { found: "2025.1", expected: "2025.2", rubric: "dti-cap-xa", hint_version: "2025.2" } }, "a.yaml", text);
    expect(formatDiagnostic(d, lang, plain)).toContain(hint);
  });
});

describe("last year's file: an older version of the rubric, for another period", () => {
  it.each([
    ["en", "hint: the file is also for period 2024, and the rubric in use for 2025: likely another year's file (last year's sent again); ask the agency for its 2025 file rather than writing version 2025.1 into it"],
    ["vi", "gợi ý: tệp còn ghi kỳ đánh giá 2024, còn bộ chỉ số đang dùng dành cho kỳ 2025: có lẽ là phiếu của năm khác (phiếu năm trước gửi lại); đề nghị cơ quan gửi phiếu kỳ 2025, đừng sửa phiên bản trong tệp thành 2025.1"],
  ] as const)("asks for this year's file, never says to write the version in use (%s)", (lang, hint) => {
    const text = 'rubric: {id: dti-cap-so, version: "2024.1"}\n';
    const d = withFrame({ code: "rubric-version-mismatch", line: 1, col: 35, length: 8, params: { found: "2024.1", expected: "2025.1", rubric: "dti-cap-so", hint_other_year: "2024", rubric_period: "2025" } }, "a.yaml", text);
    const said = formatDiagnostic(d, lang, plain);
    expect(said).toContain(hint);
    expect(said).not.toContain('version: "2025.1"');
  });
});

describe("a file of a later version than the rubric in use", () => {
  it.each([
    ["en", "hint: the file answers a later version than 2025.1, the one in use: check and score it with the rubric file of version 2026.1 (--rubric FILE"],
    ["vi", "gợi ý: tệp trả lời một phiên bản mới hơn phiên bản 2025.1 đang dùng: hãy kiểm tra và chấm tệp theo tệp bộ chỉ số phiên bản 2026.1 (--rubric TỆP"],
  ] as const)("sends it to that version's rubric, never says to write the older version into it (%s)", (lang, hint) => {
    const text = 'rubric: {id: dti-cap-so, version: "2026.1"}\n';
    const d = withFrame({ code: "rubric-version-mismatch", line: 1, col: 35, length: 8, params: { found: "2026.1", expected: "2025.1", rubric: "dti-cap-so", hint_later_version: "2026.1" } }, "a.yaml", text);
    const said = formatDiagnostic(d, lang, plain);
    expect(said).toContain(hint);
    expect(said).not.toContain('version: "2025.1" ');
  });
});

describe("a date outside the rubric's range", () => {
  it.each([
    ["en", { expected_key: "dateBetween", min: "2025-10-01", max: "2026-12-31" }, "expected: a date from 2025-10-01 to 2026-12-31"],
    ["vi", { expected_key: "dateBetween", min: "2025-10-01", max: "2026-12-31" }, "một ngày từ 2025-10-01 đến 2026-12-31"],
    ["en", { expected_key: "dateFrom", min: "2025-10-01" }, "expected: a date on or after 2025-10-01"],
    ["en", { expected_key: "dateUntil", max: "2026-12-31" }, "expected: a date on or before 2026-12-31"],
  ] as const)("says the range (%s)", (lang, range, said) => {
    const d = withFrame({ code: "date-out-of-range", line: 1, col: 8, params: { found: "2025-02-14", ...range } }, "a.yaml", 'value: "2025-02-14"\n');
    expect(formatDiagnostic(d, lang, plain)).toContain(said);
  });
});

describe("formatDiagnostic's hints on a date", () => {
  it.each([
    [{ found: "45702", expected_key: "date", suggestion: '"2025-02-14"', hint_excel_date: "45702" }, 'hint: 45702 looks like a date as Excel stores it (a day number counted from 1900): did you mean "2025-02-14"?'],
    [{ found: "2025-02-14T10:30:00", expected_key: "date", hint_date_part: '"2025-02-14"' }, 'hint: a date here is written without the time of day: write "2025-02-14" if that is the day meant'],
    [{ found: "14/02/2025", expected_key: "date", suggestion: '"2025-02-14"' }, 'hint: did you mean "2025-02-14"?'],
  ])("%j: %s", (params, hint) => {
    const out = formatDiagnostic(withFrame({ code: "wrong-type", line: 1, col: 4, params }, "a.yaml", "v: x\n"), "en", plain).split("\n");
    expect(out.filter((l) => l.trim().startsWith("hint:")).map((l) => l.trim())).toEqual([hint]);
    expect(out).toContain('    expected: a date "YYYY-MM-DD" in quotes');
  });
});

describe("formatDiagnostic's place", () => {
  it("keeps a file name with a line feed on its line", () => {
    const out = formatDiagnostic({ code: "binary-file", severity: "error", file: "nop/a\nnop/b.yaml:1:1 ok.yaml", line: 1, col: 1, params: {} }, "en", plain).split("\n");
    expect(out[0]).toMatch(/^nop\/a\u240anop\/b\.yaml:1:1 ok\.yaml:1:1 error /);
    expect(out.some((l) => l.startsWith("nop/b.yaml"))).toBe(false);
  });
});

describe("a finding inside an answer names its indicator", () => {
  it.each([
    ["en", "    indicator 5.4: Share of computers"],
    ["vi", "    chỉ số 5.4: Tỷ lệ máy tính"],
  ] as const)("under the frame, in the reader's language (%s)", (lang, said) => {
    const params = { found: "110", expected_key: "maximum", limit: 100, indicator: "5.4", indicator_title_vi: "Tỷ lệ máy tính", indicator_title_en: "Share of computers" };
    const out = formatDiagnostic(withFrame({ code: "out-of-range", line: 2, col: 12, length: 3, params }, "a.yaml", '  "5.4":\n    value: 110\n'), lang, plain).split("\n");
    const caret = out.findIndex((l) => l.includes("^"));
    expect(out[caret + 1]).toBe(said);
  });
});

describe("formatDiagnostic: a file that is not a mapping says what it is in the user's words", () => {
  it.each([
    ["list", "en", "not a list [root-not-mapping]", "    found: a list"],
    ["string", "en", "not text [root-not-mapping]", "    found: text"],
    ["number", "en", "not a number [root-not-mapping]", "    found: a number"],
    ["list", "vi", "không phải một danh sách [root-not-mapping]", "    đã ghi: một danh sách"],
    ["string", "vi", "không phải một chuỗi ký tự [root-not-mapping]", "    đã ghi: một chuỗi ký tự"],
  ] as const)("%s in %s", (found, lang, sentence, foundLine) => {
    const out = formatDiagnostic({ file: "a.yaml", line: 1, col: 1, severity: "error", code: "root-not-mapping", params: { found } }, lang, plain).split("\n");
    expect(out[0]).toContain(sentence);
    expect(out).toContain(foundLine);
  });
});

describe("an amount written in đồng where the answer counts in triệu đồng", () => {
  it.each([
    ["vi", "gợi ý: chỉ số này ghi theo đơn vị triệu đồng: 450000000 đồng đổi ra triệu đồng là 450, hãy ghi 450"],
    ["en", "hint: this answer is written in million VND: 450000000 VND is 450 million VND; write 450"],
  ] as const)("gives the figure in the question's unit (%s)", (lang, hint) => {
    const text = 'answers:\n  "2.3":\n    value: 450000000\n';
    const d = withFrame({ code: "out-of-range", line: 3, col: 12, params: { found: "450000000", expected_key: "maximum", limit: 1000000, hint_unit: "450", unit_vi: "triệu đồng", unit_en: "million VND", base_vi: "đồng", base_en: "VND" } }, "a.yaml", text);
    expect(formatDiagnostic(d, lang, plain).split("\n").map((l) => l.trim())).toContain(hint);
  });
});

describe("formatDiagnostic's quoted texts", () => {
  it("a text from the file is cut at 300 letters with …, however long (a 100 KB value printed 100 KB for one finding)", () => {
    const long = "Kế hoạch ".repeat(20_000);
    const out = formatDiagnostic({ code: "wrong-type", severity: "error", file: "a.yaml", line: 2, col: 3, path: "answers/1.1/value", params: { found: long, expected_key: "expected-number" } } as never, "vi", plain);
    const found = out.split("\n").find((l) => l.includes("Kế hoạch"))!;
    expect([...found].length).toBeLessThan(330);
    expect(found.endsWith("…")).toBe(true);
    const short = formatDiagnostic({ code: "wrong-type", severity: "error", file: "a.yaml", line: 2, col: 3, path: "answers/1.1/value", params: { found: "Kế hoạch 22" } } as never, "vi", plain);
    expect(short).toContain(": Kế hoạch 22");
  });

  it("the earlier file of a repeated agency id is named whole, however long its path (it is to be opened)", () => {
    const first = `/srv/${"thu-muc-nop-bao-cao/".repeat(20)}so-tai-chinh.yaml`;
    const out = formatDiagnostic({ code: "duplicate-agency", severity: "error", file: "b.yaml", line: 5, col: 7, path: "agency/id", params: { id: "qb-stc", first } } as never, "en", plain);
    expect(first.length).toBeGreaterThan(300);
    expect(out).toContain(`already used by ${first}`);
  });
});

describe("formatDiagnostic: a rubric's text in both languages", () => {
  // What the author wrote, through the loader: a title left out (or its key misspelt), and one written as plain text.
  const rubricWith = (title: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-text-pair-"));
    const file = path.join(dir, "r.yaml");
    writeFileSync(file, `id: r\nversion: "1"\ntitle: {vi: "Bộ", en: "Set"}\nissuer: {vi: "Sở", en: "Department"}\nlegal_basis: []\nperiod: "2025"\nscale: 10\nprovenance: {fidelity: illustrative, sources: [{title: "x"}]}\nagency_types: [{id: so, label: {vi: "Sở", en: "Department"}}]\ngroups:\n  - code: "1"\n${title}    max: 10\n    items:\n      - {code: "1.1", title: {vi: "Có", en: "Yes"}, max: 10, input: {type: boolean}, rule: {type: fixed}}\nbands: {basis: percent, levels: [{id: a, min: 0, label: {vi: "Đạt", en: "Pass"}}]}\n`);
    const outcome = loadRubric(file);
    rmSync(dir, { recursive: true, force: true });
    if (outcome.ok) throw new Error("the rubric was accepted");
    return outcome.diagnostics.map((d) => formatDiagnostic(d, "en", plain)).join("\n");
  };

  it("a missing title is shown as the pair to write, not an agency file's text", () => {
    // A key no suggestion names ("titel" is said as the misspelt title, and "tieu_de", Vietnamese for title, as the
    // title it stands for: neither as a title missing).
    const out = rubricWith('    chu_de: {vi: "Một", en: "One"}\n');
    expect(out).toContain('hint: add it, for example: title: {vi: "…", en: "…"}');
    expect(out).not.toContain("Kế hoạch");
  });

  it("a misspelt title is one finding: the unknown key with its suggestion, not also a title missing", () => {
    const out = rubricWith('    titel: {vi: "Một", en: "One"}\n');
    expect(out).toContain('There is no field "titel" in the file\'s format');
    expect(out).toContain("did you mean title?");
    expect(out).not.toContain("Missing required field");
  });

  it("an agency file's evidence item without its title keeps the plain text example, not the pair", () => {
    const text = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/^(\s+- \{number: "05\/TB-KBQB", date: "2025-01-20"), title: "[^"]*"\}$/m, "$1}");
    const { failures } = checkFiles([{ file: "no-title.yaml", text }]);
    const out = failures.flatMap((f) => f.diagnostics).map((d) => formatDiagnostic(d, "en", plain)).join("\n");
    expect(out).toContain('Missing required field "title"');
    expect(out).toContain('hint: add it, for example: title: "Kế hoạch chuyển đổi số năm 2025"');
    expect(out).not.toContain('{vi: "…", en: "…"}');
  });

  it("a title written as plain text expects the pair, not just a mapping", () => {
    expect(rubricWith('    title: "Một"\n')).toContain('expected: a text in both languages: {vi: "…", en: "…"}');
  });
});
