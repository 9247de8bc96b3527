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

  it("takes a name with characters that show as nothing (zero-width space, word joiner, soft hyphen) for the name it shows as", () => {
    const names = ["Sở Tài chính", "Sở Tài\u200b chính", "Sở Tài chính\u2060\u00ad", "Sở Tài chính khác"];
    expect(namesakeIds(names.map((name, i) => ({ name, id: `s${i}` })))).toEqual(new Set(["s0", "s1", "s2"]));
  });
});

describe("namesakes in a narrow terminal (64 columns)", () => {
  // Two communes of one name, verified (✓), beside one of a long name: the ids and ✓ follow the name, which
  // keeps the 16 letters any name keeps; it was cut to "UBND xã Q…" for the marks.
  const narrow = mkdtempSync(path.join(tmpdir(), "egov-namesakes-narrow-"));
  afterAll(() => rmSync(narrow, { recursive: true, force: true }));
  const commune = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
  const named = (id: string, name: string) => commune.replace("id: tn-xa-can-giuoc", `id: ${id}`).replace('name: "UBND xã Cần Giuộc, tỉnh Tây Ninh"', `name: "${name}"`);
  writeFileSync(path.join(narrow, "qb-xa-00.yaml"), named("qb-xa-00", "UBND xã Quảng Phú"));
  writeFileSync(path.join(narrow, "qb-xa-01.yaml"), named("qb-xa-01", "UBND xã Quảng Phú"));
  writeFileSync(path.join(narrow, "qb-xa-02.yaml"), named("qb-xa-02", "UBND xã Quảng Hòa, huyện Quảng Trạch"));

  it.each([64, 72, 80, 100])("keeps at least 16 letters of each namesake's name before its id, at %i columns", async (columns) => {
    const r = await runCli(["score", narrow, "--lang", "vi", "--no-color"], { columns });
    const ranking = r.stdout.slice(r.stdout.indexOf("Xếp hạng"));
    for (const id of ["qb-xa-00", "qb-xa-01"]) expect(ranking).toMatch(new RegExp(`UBND xã Quảng Phú \\(${id}\\) ✓`));
    for (const line of ranking.split("\n")) expect([...line].length).toBeLessThanOrEqual(columns);
  });
});

describe("names a narrow terminal cuts to one text", () => {
  // Three wards whose names differ past the letters a terminal of 80 or 100 columns keeps: all three rows read
  // "Ủy ban nhân dân phường Đồng …", and the official could not say which ward ranked where.
  const wards = mkdtempSync(path.join(tmpdir(), "egov-namesakes-cut-"));
  afterAll(() => rmSync(wards, { recursive: true, force: true }));
  const commune = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
  const named = (id: string, name: string) => commune.replace("id: tn-xa-can-giuoc", `id: ${id}`).replace('name: "UBND xã Cần Giuộc, tỉnh Tây Ninh"', `name: "${name}"`);
  for (const [id, ward] of [["qt-dong-hoi", "Đồng Hới"], ["qt-dong-son", "Đồng Sơn"], ["qt-dong-thuan", "Đồng Thuận"]] as const) {
    writeFileSync(path.join(wards, `${id}.yaml`), named(id, `Ủy ban nhân dân phường ${ward}, tỉnh Quảng Trị`));
  }

  it.each([60, 80, 100, 120])("each row still tells its agency apart, at %i columns", async (columns) => {
    const r = await runCli(["score", wards, "--lang", "vi", "--no-color"], { columns });
    const ranking = r.stdout.slice(r.stdout.indexOf("Xếp hạng"));
    const rows = ranking.split("\n").filter((l) => l.includes("Ủy ban nhân dân"));
    expect(rows).toHaveLength(3);
    expect(new Set(rows).size, rows.join("\n")).toBe(3);
    for (const line of ranking.split("\n")) expect([...line].length).toBeLessThanOrEqual(columns);
  });

  it("a name that is not cut is not tagged (a file or a pipe)", async () => {
    const r = await runCli(["score", wards, "--lang", "vi", "--no-color"]);
    expect(r.stdout.slice(r.stdout.indexOf("Xếp hạng"))).not.toContain("(qt-dong-");
  });
});
