import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

// Last year's file left in the folder was ranked among this year's with nothing on its row: only a note under the
// ranking (and a warning on standard error) said the batch mixed periods, not which agency was of another year.
const dir = mkdtempSync(path.join(tmpdir(), "egov-other-period-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync("examples/so-khcn-quang-binh.yaml", path.join(dir, "so-khcn.yaml"));
const old = path.join(dir, "so-tai-chinh.yaml");
writeFileSync(old, readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace('period: "2025"', 'period: "2024"'));

describe("a file of another period than the rubric's, in the ranking", () => {
  it.each([
    ["table", "en", /│ +\d │ Sở Tài chính tỉnh Quảng Bình \(period 2024\) ✓ +│/],
    ["table", "vi", /│ +\d │ Sở Tài chính tỉnh Quảng Bình \(kỳ 2024\) ✓ +│/],
    ["md", "en", /\| \d \| Sở Tài chính tỉnh Quảng Bình \(period 2024\) ✓ \(example\) \|/],
    ["html", "vi", /Sở Tài chính tỉnh Quảng Bình<\/a> <span class="tag warn">\(kỳ 2024\)<\/span> ✓/],
  ])("%s (%s): its period beside its name; none beside this year's", async (format, lang, row) => {
    const r = await runCli(["score", dir, "--format", format, "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(row);
    expect(r.stdout.match(/\((period|kỳ) 20\d\d\)/g)).toHaveLength(1);
  });

  it("a name cut to the table's width keeps the period and the mark", async () => {
    const r = await runCli(["score", dir, "--lang", "en"], { columns: 70 });
    expect(r.stdout).toMatch(/│ +\d │ Sở Tài chính[^│]*… \(period 2024\) ✓ *│/);
  });
});

describe("the tag of another period: text as written, and for that warning only", () => {
  // A period is any text a file gives; a file of this year sent in a slipped year has a warning naming its period too.
  const odd = mkdtempSync(path.join(tmpdir(), "egov-other-period-odd-"));
  afterAll(() => rmSync(odd, { recursive: true, force: true }));
  writeFileSync(path.join(odd, "so-tai-chinh.yaml"), readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace('period: "2025"', 'period: "2024 <b>|x"'));
  writeFileSync(path.join(odd, "so-khcn.yaml"), readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").replace('submitted: "2025-09-25"', 'submitted: "2052-09-25"'));

  it.each([
    ["md", "en", "| Sở Tài chính tỉnh Quảng Bình (period 2024 &lt;b&gt;\\|x) ✓ (example) |"],
    ["html", "vi", '<span class="tag warn">(kỳ 2024 &lt;b&gt;|x)</span>'],
    ["table", "en", "Sở Tài chính tỉnh Quảng Bình (period 2024 <b>|x) ✓"],
  ])("%s (%s): escaped as the format needs; no tag beside the file of this year", async (format, lang, tagged) => {
    const r = await runCli(["score", odd, "--format", format, "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(tagged);
    expect(r.stdout).not.toMatch(/\((period|kỳ) 2025\)/);
  });
});
