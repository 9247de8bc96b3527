import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { citationInNumberIssues, citedFields } from "../../src/load/evidence-citation.js";
import { runCli } from "../helpers/run-cli.js";

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

  // Agency files come from 100+ agencies: one hostile value must not hold validate or a batch for half a minute.
  it.each([
    ["số, then 100,000 spaces", `số${" ".repeat(100_000)}x`],
    ["a number, then 100,000 spaces", `số 12/KH-UBND${" ".repeat(100_000)}x`],
    ["a number and ngày, then 100,000 spaces", `số 12/KH-UBND ngày 1${" ".repeat(100_000)}x`],
  ])("%s is read in linear time", (_, text) => {
    const started = performance.now();
    citedFields(text);
    expect(performance.now() - started).toBeLessThan(5000); // a hang guard (backtracking took 16–47 s), not a speed measure: room for a loaded CI
  });
});

describe("an evidence number written as the whole citation (by hand)", () => {
  const at = (item: Record<string, string>) => citationInNumberIssues({ answers: { "1.4": { value: 1, evidence: [item] } } }).map((i) => [i.path.join("/"), i.severity, i.params.fields]);

  it.each([
    ["its kind without số, date and title given apart", { number: "Kế hoạch 12/KH-UBND ngày 15/2/2025 về ứng dụng AI", date: "2025-02-15", title: "Kế hoạch ứng dụng AI" }, 'number: "12/KH-UBND"'],
    ["with số, nothing else given", { number: "Kế hoạch số 12/KH-UBND ngày 15/2/2025 về ứng dụng AI" }, 'number: "12/KH-UBND", date: "2025-02-15", title: "Kế hoạch về ứng dụng AI"'],
  ])("%s: a warning at it, with the split assess makes", (_, item, fields) => {
    expect(at(item)).toEqual([["answers/1.4/evidence/0/number", "warning", fields]]);
  });

  it.each([["12/KH-UBND"], ["CV 15/KH-UBND"], ["Số 12"]])("%j: nothing said", (number) => {
    expect(at({ number })).toEqual([]);
  });

  it("a file with one is scored, the warning placed at the number (the fast path does not vouch for it)", async () => {
    const text = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8").replace('number: "1650/GM-UBND"', 'number: Kế hoạch 12/KH-UBND ngày 15/2/2025 về ứng dụng AI');
    const r = await runCli(["score", "-", "--format", "json"], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/<stdin>:39:18 warning .* write number: "12\/KH-UBND" \[evidence-number-citation\]/);
  });

  it("an item holding only such a number is one error, whose hint is the fields the citation gives (not a made-up example)", async () => {
    const xa = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
    const text = xa.replace(/- \{number: "1650\/GM-UBND".*\}/, "- number: Kế hoạch 12/KH-UBND ngày 15/2/2025 về ứng dụng AI");
    const r = await runCli(["validate", "-"], { stdin: text });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('hint: the document number (number) holds the whole sentence citing the document, which gives the missing fields: write number: "12/KH-UBND", date: "2025-02-15", title: "Kế hoạch về ứng dụng AI"');
    expect(r.stderr).not.toContain("Kế hoạch chuyển đổi số năm 2025");
    expect(r.stderr).not.toContain("[evidence-number-citation]");
    // A citation without its title gives the date only: the title is still to write, the example kept.
    const dated = await runCli(["validate", "-"], { stdin: xa.replace(/- \{number: "1650\/GM-UBND".*\}/, "- number: số 12/KH-UBND ngày 15/2/2025") });
    expect(dated.stderr).toContain("[evidence-number-citation]");
    expect(dated.stderr).toContain('for example: date: "2025-03-15", title: "Kế hoạch chuyển đổi số năm 2025"');
  });

  // The citation dated 15/2/2025, the item's date 2025-03-01: one of them is wrong, and nothing said so.
  it("a citation's date that is not the item's own date is said in the same warning, not in a second one", async () => {
    const xa = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
    const item = (date: string) => `- {number: "Kế hoạch 12/KH-UBND ngày 15/2/2025 về ứng dụng AI", date: "${date}", title: "Tham dự tập huấn"}`;
    const r = await runCli(["validate", "-"], { stdin: xa.replace(/- \{number: "1650\/GM-UBND".*\}/, item("2025-03-01")) });
    expect(r.stderr.match(/\[evidence-number-citation\]/g)).toHaveLength(1);
    expect(r.stderr).toContain("hint: the citation is dated 2025-02-15, the item's date is 2025-03-01: write in date the date the document was issued");
    const vi = await runCli(["validate", "-", "--lang", "vi"], { stdin: xa.replace(/- \{number: "1650\/GM-UBND".*\}/, item("2025-03-01")) });
    expect(vi.stderr).toContain("gợi ý: câu trích dẫn ghi ngày 15/02/2025, còn ngày của mục (date) là 01/03/2025");
    // The same day, written either way, is no disagreement.
    const same = await runCli(["validate", "-"], { stdin: xa.replace(/- \{number: "1650\/GM-UBND".*\}/, item("2025-02-15")) });
    expect(same.stderr).toContain("[evidence-number-citation]");
    expect(same.stderr).not.toContain("the citation is dated");
  });

  it("an item whose title is missing keeps the dates that disagree in the one missing-field error the warning merges into", async () => {
    const xa = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
    const r = await runCli(["validate", "-"], { stdin: xa.replace(/- \{number: "1650\/GM-UBND".*\}/, '- {number: "Kế hoạch 12/KH-UBND ngày 15/2/2025 về ứng dụng AI", date: "2025-03-01"}') });
    expect(r.stderr).toContain("[missing-field]");
    expect(r.stderr).not.toContain("[evidence-number-citation]");
    expect(r.stderr).toContain("hint: the citation is dated 2025-02-15, the item's date is 2025-03-01");
  });
});
