import { describe, expect, it } from "vitest";
import { citedFields } from "../../src/load/evidence-citation.js";

describe("an evidence item written as the sentence that cites a document", () => {
  it.each([
    ["Thông báo số 12/TB-BCĐ ngày 28/3/2025", { number: "12/TB-BCĐ", date: "2025-03-28", title: "Thông báo" }],
    ["Quyết định số 45/2025/QĐ-UBND ngày 14 tháng 02 năm 2025 của UBND tỉnh về việc ban hành Kế hoạch", { number: "45/2025/QĐ-UBND", date: "2025-02-14", title: "Quyết định của UBND tỉnh về việc ban hành Kế hoạch" }],
    ["Kế hoạch số: 45/KH-SKHCN, ngày 14-02-2025", { number: "45/KH-SKHCN", date: "2025-02-14", title: "Kế hoạch" }],
    ["số 7/BC-SNV", { number: "7/BC-SNV" }],
    // A day that does not exist stays in the title, where the officer sees it.
    ["Thông báo số 12/TB-BCĐ ngày 31/2/2025", { number: "12/TB-BCĐ", title: "Thông báo ngày 31/2/2025" }],
    ["Thông báo SỐ 12/TB-BCĐ", { number: "12/TB-BCĐ", title: "Thông báo" }],
    // Copied from a Mac (decomposed letters): read as the same sentence.
    ["Thông báo số 12/TB-BCĐ ngày 28/3/2025".normalize("NFD"), { number: "12/TB-BCĐ", date: "2025-03-28", title: "Thông báo" }],
    ["Thông báo số 12/TB-BCĐ; ngày 28/3/2025", { number: "12/TB-BCĐ", date: "2025-03-28", title: "Thông báo" }],
    // The dash between the number and what the document is about is no part of its title.
    ["Kế hoạch số 45/KH-SKHCN – Triển khai chuyển đổi số", { number: "45/KH-SKHCN", title: "Kế hoạch Triển khai chuyển đổi số" }],
    // Pasted from Word with a non-breaking hyphen (U+2011): the whole number, written with the keyboard's hyphen.
    ["Kế hoạch số 15/KH\u2011UBND ngày 15/2/2025 về ứng dụng AI", { number: "15/KH-UBND", date: "2025-02-15", title: "Kế hoạch về ứng dụng AI" }],
  ])("%j → %j", (text, fields) => {
    expect(citedFields(text)).toEqual(fields);
  });

  it.each([
    ["Biên bản họp"],
    // A number with no slash is no document's number ("số 5" is a count).
    ["Biên bản số 5"],
    ["Báo cáo tổng số 12/15 đơn vị"],
    // "số" not after a space: taken as a citation it left the title "Quyết định ( )".
    ["Quyết định (số 12/QĐ-UBND)"],
  ])("%j is no citation", (text) => {
    expect(citedFields(text)).toBeUndefined();
  });
});
