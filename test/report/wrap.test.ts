import { describe, expect, it } from "vitest";
import { isTableLine, wrapForTerminal, wrapWords } from "../../src/report/wrap.js";

describe("wrapWords", () => {
  it.each([
    ["fits", "một hai ba", 20, "", ["một hai ba"]],
    ["breaks at spaces, never inside a syllable", "được 20 điểm; 3 cuộc 15 điểm", 13, "", ["được 20 điểm;", "3 cuộc 15", "điểm"]],
    ["indents the lines after the first", "aaa bbb ccc ddd", 8, "  ", ["aaa bbb", "  ccc", "  ddd"]],
    ["leaves a word longer than a line whole, on a line of its own (a path or link must be copied whole)", "xem https://example.vn/a/very/long/link nhé", 12, "  ", ["xem", "  https://example.vn/a/very/long/link", "  nhé"]],
    ["keeps runs of spaces in a text that fits (a path with two spaces)", "Tiếp tục /tmp/so  khcn.yaml", 40, "", ["Tiếp tục /tmp/so  khcn.yaml"]],
    ["keeps a percent sign with its number, taking the number down with it", "Đạt từ 90 % trở lên", 10, "", ["Đạt từ", "90 % trở", "lên"]],
    ["keeps a percent sign with the bracket or comma after it (explain's \"(100 %)\" was split into \"(100\" and \"%)\")", "= b = 68 người (100 %), xong", 16, "", ["= b = 68 người", "(100 %), xong"]],
    ["keeps a name in «…» whole where it fits", "Cơ quan loại «Cơ quan ngành dọc» không xếp hạng", 30, "", ["Cơ quan loại", "«Cơ quan ngành dọc» không xếp", "hạng"]],
    // rubric show at 40 columns held dti-cap-so's 57-column type label on one line.
    ["breaks a name in «…» longer than a line at its spaces", "Áp dụng cho: «Ban Quản lý khu kinh tế, cơ quan khác»", 30, "", ["Áp dụng cho:", "«Ban Quản lý khu kinh tế, cơ", "quan khác»"]],
    ["counts a letter written decomposed (NFD) as one column", "Nguyễn Văn An".normalize("NFD"), 12, "", ["Nguyễn Văn".normalize("NFD"), "An"]],
    ["counts a wide (CJK) letter as two columns", "漢字漢字 漢字漢字", 12, "", ["漢字漢字", "漢字漢字"]],
    ["leaves no empty line for spaces at the end", "abcdefghij  ", 10, "", ["abcdefghij"]],
    ["keeps runs of spaces inside a wrapped line, and drops them where the line breaks", "một  hai ba  bốn", 9, "", ["một  hai", "ba  bốn"]],
    ["counts a Vietnamese letter as one column", "điểm điểm", 10, "", ["điểm điểm"]],
    ["keeps a figure over its maximum together (9,00 / 15 was split at the slash)", "Điều kiện 9,00 / 15 điểm", 14, "", ["Điều kiện", "9,00 / 15 điểm"]],
    ["keeps a provisional mark with its figure (921,88 † went to the next line alone)", "Tổng 921,88 † · Tự chấm 921,88 †", 30, "", ["Tổng 921,88 † ·", "Tự chấm 921,88 †"]],
    ["keeps a figure ending a line with its label (the completeness line ended \"thiếu minh chứng\" and the next line was \"0\")", "đã trả lời 41 chưa trả lời 0 thiếu minh chứng 0", 45, "  ", ["đã trả lời 41 chưa trả lời 0 thiếu minh", "  chứng 0"]],
    ["keeps a figure ending a part with its label", "Kỳ đánh giá của các sở ngành 2025 · Gửi", 30, "  ", ["Kỳ đánh giá của các sở", "  ngành 2025 · Gửi"]],
    ["breaks at a \" · \" first, a part that fits on a line of its own kept whole", "Phải trả lời 46 chỉ số: đã trả lời 41 · trả lời không áp dụng 5 · chưa trả lời 0 · thiếu minh chứng 0", 99, "  ", ["Phải trả lời 46 chỉ số: đã trả lời 41 · trả lời không áp dụng 5 · chưa trả lời 0 ·", "  thiếu minh chứng 0"]],
    ["in English too", "Indicators to answer 46: answered 41 · answered not applicable 5 · unanswered 0 · missing evidence 0", 99, "  ", ["Indicators to answer 46: answered 41 · answered not applicable 5 · unanswered 0 ·", "  missing evidence 0"]],
    ["keeps a signed figure in brackets ending a line with its label", "Verified score: 895.28 (self-score 900.28, difference −5.00)", 59, "  ", ["Verified score: 895.28 (self-score 900.28,", "  difference −5.00)"]],
    ["splits a part longer than a line at its spaces", "Xếp loại: Tốt · hạng 1 trên 2 trong khối sở ngành", 24, "  ", ["Xếp loại: Tốt · hạng 1", "  trên 2 trong khối sở", "  ngành"]],
    ["keeps a verified mark with the name before it", "1  Sở Tài chính tỉnh Quảng Bình ✓", 31, "", ["1  Sở Tài chính tỉnh Quảng", "Bình ✓"]],
    ["keeps a slash between words breakable", "thành lập / không phải lập", 12, "", ["thành lập /", "không phải", "lập"]],
    ["leaves no space at the end of a line broken at a run of spaces", "chuyển đổi số  10,00", 15, "", ["chuyển đổi số", "10,00"]],
    ["empty", "", 10, "", [""]],
  ] as const)("%s", (_, text, width, indent, expected) => {
    expect(wrapWords(text, width, indent)).toEqual(expected);
    // Only a word longer than a line goes past the width.
    for (const line of wrapWords(text, width, indent)) if (!line.trim().includes("://")) expect([...line.normalize("NFC")].length).toBeLessThanOrEqual(width);
  });
});

it("keeps the text's leading spaces on its first line", () => {
  expect(wrapWords("  Hướng dẫn: đếm các cuộc họp", 16, "    ")).toEqual(["  Hướng dẫn: đếm", "    các cuộc họp"]);
});

describe("wrapForTerminal", () => {
  it.each([
    ["a pipe (no width): as it is", "Bộ chỉ số: Bộ chỉ số đánh giá chuyển đổi số của các sở, ban, ngành cấp tỉnh", undefined, ["Bộ chỉ số: Bộ chỉ số đánh giá chuyển đổi số của các sở, ban, ngành cấp tỉnh"]],
    ["wrapped below the width, continued two columns in", "Bộ chỉ số: Bộ chỉ số đánh giá chuyển đổi số của các sở, ban, ngành cấp tỉnh (DTI cấp sở)", 41, ["Bộ chỉ số: Bộ chỉ số đánh giá chuyển đổi", "  số của các sở, ban, ngành cấp tỉnh", "  (DTI cấp sở)"]],
    ["each line of a text on its own, under its own indentation", "Thiếu minh chứng:\n  → 1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3", 41, ["Thiếu minh chứng:", "  → 1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 2.3,", "    2.4, 3.1, 3.2, 3.3"]],
    ["at 20 columns, one less", "một hai ba bốn năm sáu bảy tám", 20, ["một hai ba bốn năm", "  sáu bảy tám"]],
    ["below 20 columns (too narrow to wrap to): as it is", "một hai ba bốn năm sáu bảy tám", 19, ["một hai ba bốn năm sáu bảy tám"]],
  ] as const)("%s", (_, text, columns, expected) => {
    expect(wrapForTerminal(text, columns).split("\n")).toEqual(expected);
    // Below the terminal's last column: a line that fills it would make some terminals add an empty one.
    if (columns && columns >= 20) for (const line of expected) expect([...line].length).toBeLessThan(columns);
  });
});

describe("texts kept whole", () => {
  it("a file path with spaces is never broken across lines (copied, it would name another file)", () => {
    const file = "/tmp/Sở Khoa học/Báo cáo  quý III/phiếu tự đánh giá sở xây dựng.yaml";
    const line = `${file}:45:12 lỗi Thiếu minh chứng cho chỉ số 6.2.1`;
    const wrapped = wrapForTerminal(line, 60, undefined, [`${file}:45:12`]).split("\n");
    expect(wrapped[0]).toBe(`${file}:45:12`);
    expect(wrapped.slice(1).join(" ").replace(/\s+/g, " ").trim()).toBe("lỗi Thiếu minh chứng cho chỉ số 6.2.1");
    // Without it, the path breaks at its spaces.
    expect(wrapForTerminal(line, 60).split("\n")[0]).not.toContain(file);
  });
});

it("leaves each line of a drawn table whole, its rows too (wrapped at a space, a row broke the table apart)", () => {
  const table = ["┌───┬──────────────────────────────┐", "│ 1 │ Sở Tài chính tỉnh Quảng Bình │", "└───┴──────────────────────────────┘"].join("\n");
  expect(wrapForTerminal(`${table}\nXếp loại: Tốt · hạng 1 trên 2 (Sở, ban, ngành)`, 30, isTableLine)).toBe(`${table}\nXếp loại: Tốt · hạng 1 trên 2\n  (Sở, ban, ngành)`);
});
