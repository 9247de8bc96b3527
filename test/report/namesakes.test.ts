import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { namesakeIds } from "../../src/report/common.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-namesakes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two agencies of one name with their own ids, respondents and answers (a commune's name is often another
// district's): both ranked, and the ranking read by an official showed two rows no one could tell apart.
const seed = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
writeFileSync(path.join(dir, "a.yaml"), seed);
writeFileSync(path.join(dir, "b.yaml"), seed.replace("id: qb-stc", "id: qb-stc-2").replace("huong.ltt@example.vn", "khac@example.vn").replace("0915 222 468", "0916 333 579").replace("    value: 3\n", "    value: 1\n"));
writeFileSync(path.join(dir, "c.yaml"), readFileSync("examples/so-khcn-quang-binh.yaml", "utf8"));

describe("a ranking with two agencies of one name", () => {
  it("the two files are ranked apart (their own ids, respondents and answers): the test's premise", async () => {
    const r = await runCli(["score", dir, "--no-color"]);
    expect(r.stderr).not.toContain("same-agency-other-id");
    expect(readFileSync(path.join(dir, "b.yaml"), "utf8")).toContain("    value: 1\n");
  });

  it("writes each one's id beside its name in the terminal table, the md and the html, and no other agency's", async () => {
    const table = await runCli(["score", dir, "--no-color"]);
    const ranking = table.stdout.slice(table.stdout.indexOf("Ranking"));
    expect(ranking).toContain("Sở Tài chính tỉnh Quảng Bình (qb-stc)");
    expect(ranking).toContain("Sở Tài chính tỉnh Quảng Bình (qb-stc-2)");
    expect(ranking).not.toContain("(qb-skhcn)");

    const md = await runCli(["score", dir, "--format", "md", "--lang", "vi"]);
    expect(md.stdout).toMatch(/\| Sở Tài chính tỉnh Quảng Bình \(qb-stc\) .*\|/);
    expect(md.stdout).toMatch(/\| Sở Tài chính tỉnh Quảng Bình \(qb-stc-2\) .*\|/);
    expect(md.stdout).not.toContain("(qb-skhcn)");

    const html = await runCli(["score", dir, "--format", "html"]);
    const row = (id: string) => new RegExp(`<th scope="row"><a href="#r0-a\\d+"><span lang="vi">Sở Tài chính tỉnh Quảng Bình</span></a> <span class="code">\\(${id}\\)</span>`);
    expect(html.stdout).toMatch(row("qb-stc"));
    expect(html.stdout).toMatch(row("qb-stc-2"));
    expect(html.stdout).toMatch(/<th scope="row"><a href="#r0-a\d+"><span lang="vi">Sở Khoa học và Công nghệ tỉnh Quảng Bình<\/span><\/a> <span class="tag">/);
  });
});

describe("namesakeIds", () => {
  it("holds the ids of names met twice, whatever their case or spacing, and no other", () => {
    expect(namesakeIds([{ name: "UBND xã Quảng Phú", id: "a" }, { name: " UBND  Xã Quảng Phú", id: "b" }, { name: "UBND xã Quảng Hòa", id: "c" }])).toEqual(new Set(["a", "b"]));
  });
});
