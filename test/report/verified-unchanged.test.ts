import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { xlsxCells } from "../helpers/xlsx-parts.js";
import { cleanup, REPRODUCIBLE, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

/**
 * The Sở KH&CN example with 1.1 and 1.5 verified as the agency answered them (4 meetings, a section: yes), 1.1 with a
 * note and who verified; nothing changes the total.
 */
function verifiedAsAnswered(): string {
  const text = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
  const meetings = `      - {number: "05/TB-BCĐ", date: "2025-01-16", title: "Thông báo kết luận cuộc họp tổng kết CĐS năm 2024, triển khai nhiệm vụ năm 2025"}\n`;
  const section = `      - {title: "Chuyên mục Chuyển đổi số trên Trang thông tin điện tử của Sở", link: "https://skhcn.quangbinh.gov.vn/chuyen-doi-so"}\n`;
  if (!text.includes(meetings) || !text.includes(section) || !text.includes(`"1.1":\n    value: 4\n`)) throw new Error("the example's 1.1 or 1.5 changed: the test's file was not made");
  const file = path.join(tempDir(temps), "skhcn.yaml");
  writeFileSync(file, text
    .replace(meetings, `${meetings}    verified: {value: 4, note: "Đã kiểm tra biên bản", by: "Sở TT&TT", date: "2025-10-08"}\n`)
    .replace(section, `${section}    verified: {value: true}\n`));
  return file;
}

// A verified value equal to the agency's own showed only in the long csv: the terminal, md and xlsx said
// "Verified score: 840.66 (self-score 840.66, difference 0.00)" and nothing else, as if nothing had been checked,
// and the collector's note on it was nowhere.
describe("verified values equal to the agency's own", () => {
  const file = verifiedAsAnswered();
  const score = async (...args: string[]) => {
    const r = await runCli(["score", file, ...args], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it.each([
    ["en", "table", "  Verified, unchanged: 1.1 (Đã kiểm tra biên bản), 1.5\n"],
    ["vi", "table", "  Đã thẩm định, giữ nguyên: 1.1 (Đã kiểm tra biên bản), 1.5\n"],
    ["en", "md", "\n\nVerified, unchanged: 1.1 (Đã kiểm tra biên bản), 1.5\n\n"],
    ["vi", "md", "\n\nĐã thẩm định, giữ nguyên: 1.1 (Đã kiểm tra biên bản), 1.5\n\n"],
  ])("%s %s lists them under the verified score", async (lang, format, said) => {
    expect(await score("-f", format, "--lang", lang)).toContain(said);
  });

  it("the html's indicator table marks each verified row ✓", async () => {
    const out = await score("-f", "html", "--lang", "en");
    expect(out.match(/class="verified-self"/g)).toHaveLength(2);
  });

  it("the xlsx Verification sheet has a row for each, difference 0, its note saying it is unchanged", async () => {
    const out = path.join(tempDir(temps), "r.xlsx");
    await score("-o", out, "--lang", "vi");
    const sheet = xlsxCells(out).get("Thẩm định")!;
    const row = (code: string) => {
      const ref = [...sheet].find(([r, c]) => r.startsWith("D") && c.value === code)?.[0];
      expect(ref, code).toBeDefined();
      const n = ref!.slice(1);
      return ["F", "G", "H", "I", "J", "K", "M"].map((c) => sheet.get(`${c}${n}`)?.value);
    };
    expect(row("1.1")).toEqual(["4", "20", "4", "20", "0", "Đã thẩm định, giữ nguyên · Đã kiểm tra biên bản", "Sở TT&TT"]);
    expect(row("1.5")).toEqual(["Có", "10", "Có", "10", "0", "Đã thẩm định, giữ nguyên", undefined]);
  });
});

// The batch md gave a verified agency its ✓ and difference alone: "0.00" beside the Sở KH&CN read the same whether 1.1
// was checked and confirmed or the collector verified something else. A list under the ranking says each agency's.
describe("the batch md's verified values", () => {
  it.each([
    ["en", "- Sở Khoa học và Công nghệ tỉnh Quảng Bình (qb-skhcn)\n  - Verified, unchanged: 1.1 (Đã kiểm tra biên bản)\n", "- Sở Tài chính tỉnh Quảng Bình (qb-stc)\n  - 6.1.4: 15.00 → 10.00 (−5.00)"],
    ["vi", "- Sở Khoa học và Công nghệ tỉnh Quảng Bình (qb-skhcn)\n  - Đã thẩm định, giữ nguyên: 1.1 (Đã kiểm tra biên bản)\n", "- Sở Tài chính tỉnh Quảng Bình (qb-stc)\n  - 6.1.4: 15,00 → 10,00 (−5,00)"],
  ])("%s lists each agency's changes and the indicators verified as answered", async (lang, unchanged, changed) => {
    const r = await runCli(["score", "test/fixtures/verified-batch/so-khcn.yaml", "examples/so-tai-chinh-quang-binh.yaml", "examples/so-noi-vu-quang-binh-chua-xong.yaml", "-f", "md", "--lang", lang], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(unchanged);
    expect(r.stdout).toContain(changed);
    // Not verified: not listed.
    expect(r.stdout).not.toMatch(/^- Sở Nội vụ/m);
  });
});
