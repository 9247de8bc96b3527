import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatHtml } from "../../src/report/html.js";
import { parseReportJson } from "../helpers/report-json.js";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, REPRODUCIBLE, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

/** The Sở Tài chính example with its headcount 4.1 (information only) verified as 90 people, not the 95 it gave. */
function verifiedHeadcount(): string {
  const line = `  "4.1": {value: 95}\n`;
  const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
  if (!text.includes(line)) throw new Error("the example no longer answers 4.1 with 95: the test's file was not made");
  const file = path.join(tempDir(temps), "stc.yaml");
  writeFileSync(file, text.replace(line, `  "4.1": {value: 95, verified: {value: 90, by: "Sở KH&CN", date: "2025-10-08"}}\n`));
  return file;
}

// An indicator that earns nothing was listed with points: "4.1: 0.00 → 0.00 (0.00) · answer 95 people → 90 people",
// 0,00 on both sides of the md and the xlsx (its sheet: test/report/xlsx-formats.test.ts), "Chênh lệch 0,00" under it in the html.
describe("a verified information-only indicator", () => {
  const file = verifiedHeadcount();
  const score = async (...args: string[]) => {
    const r = await runCli(["score", file, ...args], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it.each([
    ["vi", "table", "  4.1: chỉ thu thập thông tin · trả lời 95 người → 90 người · Sở KH&CN thẩm định ngày 08/10/2025\n"],
    ["en", "table", "  4.1: information only · answer 95 people → 90 people · verified by Sở KH&CN on 2025-10-08\n"],
    ["vi", "md", "| 4.1 | 95 người | chỉ thu thập thông tin | 90 người | chỉ thu thập thông tin |  | Sở KH&amp;CN thẩm định ngày 08/10/2025 |\n"],
    ["en", "md", "| 4.1 | 95 people | information only | 90 people | information only |  | verified by Sở KH&amp;CN on 2025-10-08 |\n"],
  ])("%s %s says the answer changed, without points", async (lang, format, said) => {
    expect(await score("-f", format, "--lang", lang)).toContain(said);
  });

  // The long csv wrote 0 in its verified points column, as if the collector had taken points away; it has no verified status column to say why.
  it.each([
    ["vi", "chỉ thu thập thông tin"],
    ["en", "information only"],
  ])("the %s long csv says information only in the verified points column, as the xlsx Verification sheet does", async (lang, words) => {
    const row = (await score("-f", "csv", "--csv-layout", "long", "--lang", lang)).split("\r\n").find((line) => line.includes(",qb-stc,") && line.includes(",4.1,"));
    expect(row).toMatch(new RegExp(`,90,${words},,Sở KH&CN,2025-10-08$`));
  });

  it("the html's list of changes, where the indicator tables are left out, says it as the terminal does", async () => {
    const report = parseReportJson(await score("-f", "json"));
    const html = formatHtml(report, { lang: "en", detailLimit: 0 });
    expect(html).toContain(`<li>4.1: information only · answer 95 people → 90 people · verified by <span lang="vi">Sở KH&amp;CN</span> on 2025-10-08</li>`);
  });

  it("the html's verified row has no difference of points under its empty points cell", async () => {
    const html = await score("-f", "html", "--lang", "vi");
    const row = html.match(/<tr class="verified"><td><span class="basis">Thẩm định<\/span> ✓ 90 người.*?<\/tr>/)?.[0];
    expect(row).toContain(`<td class="num"></td><td class="num"></td><td>chỉ thu thập thông tin ✓</td>`);
    expect(row).not.toContain("Chênh lệch");
  });
});
