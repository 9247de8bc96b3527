import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { xlsxCells } from "../helpers/xlsx-parts.js";
import { cleanup, parseCsv, REPRODUCIBLE, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

/** The Sở Tài chính example with 3.5 verified N/A by the Sở KH&CN on 08/10/2025, with no note of the collector's. */
function verifiedWithoutNote(): string {
  const evidence = `      - {title: "Danh sách kết nối LGSP: CSDL giá; quản lý tài sản công; quản lý ngân sách; một cửa điện tử"}\n`;
  const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
  if (!text.includes(evidence)) throw new Error("the example no longer cites this evidence for 3.5: the test's file was not made");
  const file = path.join(tempDir(temps), "stc.yaml");
  writeFileSync(file, text.replace(evidence, `${evidence}    verified: {na: true, reason: "Sở chưa được giao kết nối LGSP", by: "Sở KH&CN", date: "2025-10-08"}\n`));
  return file;
}

// Who verified and when was written as the note, in brackets: "(−25,00) · (Sở KH&CN, 08/10/2025)", a md note cell
// "(Sở KH&amp;CN, 08/10/2025)", explain's "Ghi chú thẩm định: (Sở KH&CN, 08/10/2025)."
describe("a verified value with who and when but no note", () => {
  const file = verifiedWithoutNote();
  const score = async (...args: string[]) => {
    const r = await runCli(["score", file, ...args], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it.each([
    ["en", "table", "3.5: 25.00 → not applicable: Sở chưa được giao kết nối LGSP (−25.00) · verified by Sở KH&CN on 2025-10-08\n"],
    ["vi", "table", "3.5: 25,00 → không áp dụng: Sở chưa được giao kết nối LGSP (−25,00) · Sở KH&CN thẩm định ngày 08/10/2025\n"],
    ["vi", "md", "| −25,00 | Sở KH&amp;CN thẩm định ngày 08/10/2025 |\n"],
    ["en", "html", `<div class="diff">verified by <span lang="vi">Sở KH&amp;CN</span> on 2025-10-08</div>`],
  ])("%s %s says who verified and when in its words, with no note", async (lang, format, said) => {
    const out = await score("-f", format, "--lang", lang);
    expect(out).toContain(said);
    expect(out).not.toMatch(/\((Sở KH&(amp;)?CN), (2025-10-08|08\/10\/2025)\)/);
  });

  it("the long csv has the note empty, then who and when in columns of their own", async () => {
    const rows = parseCsv(await score("-f", "csv", "--csv-layout", "long"), ",");
    const head = rows[0]!;
    expect(head.slice(-3)).toEqual(["Verification note", "Verified by", "Verified on"]);
    const row = rows.find((r) => r[5] === "3.5")!;
    expect(row.slice(-3)).toEqual(["", "Sở KH&CN", "2025-10-08"]);
  });

  it("the json: no verified_note, verified_by and verified_on; a note keeps its own words alone", async () => {
    const agency = JSON.parse(await score("-f", "json")).rubrics[0].agencies[0];
    const pick = (code: string) => {
      const i = agency.verified.indicators.find((x: { code: string }) => x.code === code);
      return { note: i.verified_note, by: i.verified_by, on: i.verified_on };
    };
    expect(pick("3.5")).toEqual({ note: undefined, by: "Sở KH&CN", on: "2025-10-08" });
    expect(pick("6.1.4")).toEqual({ note: "Phòng Quản lý giá chưa có quyết định áp dụng ISO điện tử.", by: "Sở Khoa học và Công nghệ", on: "2025-10-08" });
  });

  it("the xlsx Verification sheet: the note empty, the day and who in their columns", async () => {
    const out = path.join(tempDir(temps), "r.xlsx");
    await score("-o", out, "--lang", "vi");
    const sheet = xlsxCells(out).get("Thẩm định")!;
    expect(["K1", "L1", "M1"].map((c) => sheet.get(c)?.value)).toEqual(["Ghi chú thẩm định", "Ngày thẩm định", "Người thẩm định"]);
    const row = [...sheet].find(([ref, c]) => ref.startsWith("D") && c.value === "3.5")![0].slice(1);
    expect([sheet.get(`K${row}`), sheet.get(`M${row}`)?.value]).toEqual([undefined, "Sở KH&CN"]);
  });

  it.each([
    ["vi", "Tự chấm: 4 hệ thống, 25,00 điểm. Sở KH&CN thẩm định ngày 08/10/2025."],
    ["en", "Self-assessed: 4 systems, 25.00 points. Verified by Sở KH&CN on 2025-10-08."],
  ])("explain --verified (%s) says it as a sentence of its own, not as a note", async (lang, said) => {
    const r = await runCli(["explain", file, "--verified", "--lang", lang], { env: REPRODUCIBLE });
    expect(r.stdout.replace(/\n +/g, " ")).toContain(said);
    expect(r.stdout).not.toMatch(/Ghi chú thẩm định: \(|Verification note: \(/);
  });
});

// A note or reason written as a YAML block (`note: |`) ends in a line break: the terminal's line read
// "… trên LGSP  · verified by …" and "… kết nối LGSP  (−25.00)", a space too many before what follows.
describe("a verified note or reason written as a block of lines", () => {
  it("is said on one line in the table, with no space left over from its last line break", async () => {
    const file = verifiedWithoutNote();
    const text = readFileSync(file, "utf8").replace(/ {4}verified: \{na: true, .*\}\n/, [
      "    verified:", "      na: true", "      reason: |", "        Sở chưa được giao", "        kết nối LGSP",
      "      note: |", "        Đối chiếu với", "        danh sách của tỉnh", `      by: "Sở KH&CN"`, "",
    ].join("\n"));
    writeFileSync(file, text);
    const r = await runCli(["score", file], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  3.5: 25.00 → not applicable: Sở chưa được giao kết nối LGSP (−25.00) · Đối chiếu với danh sách của tỉnh · verified by Sở KH&CN\n");
  });
});
