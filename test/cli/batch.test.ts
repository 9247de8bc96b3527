import { execFileSync } from "node:child_process";
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { captureContext, parseCsv } from "../report/helpers.js";
import { scoreSpooled } from "../../src/batch/pipeline.js";
import { materializeReport } from "../../src/batch/spooled-report.js";
import { reportSkipped } from "../../src/cli/inputs.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(): string { const d = mkdtempSync(path.join(tmpdir(), "egov-batch-")); dirs.push(d); return d; }

const SEED = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
/** The seed with another id, name and 6.1.2 count (so totals differ). */
function variant(id: string, signatures: number, cohort = "so-nganh"): string {
  return SEED.replace("id: qb-skhcn", `id: ${id}`).replace("cohort: so-nganh", `cohort: ${cohort}`).replace(/("6\.1\.2":\n\s+value: )13/, `$1${signatures}`);
}

describe("score on a folder", () => {
  it("mixed valid, invalid and foreign files: the bad one never stops the rest", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 2));
    writeFileSync(path.join(dir, "broken.yaml"), "agency: [\n");
    writeFileSync(path.join(dir, "notes.txt"), "not an agency file");
    mkdirSync(path.join(dir, "xa"));
    copyFileSync("examples/xa-can-giuoc-tay-ninh.yaml", path.join(dir, "xa", "commune.yml"));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics.map((s: { id: string }) => s.id)).toEqual(["dti-cap-so", "dti-cap-xa"]);
    expect(report.rubrics[0].agencies.map((a: { score: { agency: { id: string } }; rank: number }) => [a.score.agency.id, a.rank])).toEqual([["a", 1], ["b", 2]]);
    expect(report.not_scored.map((f: { file: string }) => path.basename(f.file))).toEqual(["broken.yaml"]);
    expect(r.stderr).toMatch(/broken\.yaml:1:10 error/);
  });

  it("a file whose alias sits inside its own anchor is not scored, located; the rest is (it ended the whole batch, exit 2)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    copyFileSync("test/fixtures/bad/alias-cycle.yaml", path.join(dir, "cycle.yaml"));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies.map((x: { score: { agency: { id: string } } }) => x.score.agency.id)).toEqual(["a"]);
    expect(report.not_scored.map((f: { file: string }) => path.basename(f.file))).toEqual(["cycle.yaml"]);
    expect(r.stderr).toMatch(/cycle\.yaml:5:9 error .*\[alias-cycle\]/);
  });

  it("a file not scored names the agency it is from, where it can be read that far (whom to call)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "wrong-value.yaml"), variant("b", 13).replace(/("6\.1\.2":\n\s+value: )13/, "$1mười ba"));
    writeFileSync(path.join(dir, "broken.yaml"), "agency: [\n");
    // A YAML mistake in the answers leaves the header readable; so does a file Notepad saved as text.
    writeFileSync(path.join(dir, "syntax.yaml"), variant("c", 13).replace(/("6\.1\.2":\n\s+value: )13/, "$1[13"));
    writeFileSync(path.join(dir, "so-d.yaml.txt"), variant("d", 13));
    // A YAML mistake in the header: elsewhere than the agency block, in it, in its name (nothing to go on but its id).
    writeFileSync(path.join(dir, "header-period.yaml"), variant("e", 13).replace('period: "2025"', 'period: ["2025"'));
    writeFileSync(path.join(dir, "header-type.yaml"), variant("f", 13).replace("  type: department", "  type: [department"));
    writeFileSync(path.join(dir, "header-name.yaml"), variant("g", 13).replace('Quảng Bình"\n  type', "Quảng Bình\n  type"));
    const report = JSON.parse((await runCli(["score", dir, "--format", "json"])).stdout);
    const name = "Sở Khoa học và Công nghệ tỉnh Quảng Bình";
    // In the folder's order, the file saved as text among the others by its name.
    expect(report.not_scored.map((f: { file: string; agency?: unknown }) => [path.basename(f.file), f.agency])).toEqual([
      ["broken.yaml", undefined], ["header-name.yaml", { id: "g" }], ["header-period.yaml", { id: "e", name }],
      ["header-type.yaml", { id: "f", name }], ["so-d.yaml.txt", { id: "d", name }], ["syntax.yaml", { id: "c", name }], ["wrong-value.yaml", { id: "b", name }],
    ]);
  });

  it("a file with a quoted note wrapped onto a line indented too little is broken YAML, located, never valid", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "wrapped.yaml"), variant("b", 13).replace('    note: "01 chứng thư số cơ quan và 12', '    note: "01 chứng thư số cơ quan,\n   và 12'));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).not_scored.map((f: { file: string; agency?: { id: string } }) => [path.basename(f.file), f.agency?.id])).toEqual([["wrapped.yaml", "b"]]);
    expect(r.stderr).toMatch(/wrapped\.yaml:\d+:\d+ error/);
  });

  it("a value only the collector gave (the agency left it unanswered) asks no evidence of the agency: none is counted missing", async () => {
    const dir = folder();
    const file = path.join(dir, "snv.yaml");
    writeFileSync(file, readFileSync("examples/so-noi-vu-quang-binh-chua-xong.yaml", "utf8").replace('  "1.4":\n', '  "1.3":\n    verified: {value: [du-hop-tinh], note: "Biên bản kiểm tra"}\n  "1.4":\n'));
    const r = await runCli(["score", file, "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout).rubrics[0].agencies[0];
    expect(a.verified.indicators.find((i: { code: string }) => i.code === "1.3")).toMatchObject({ verified: true, evidence_missing: 0 });
    expect(a.verified.indicators.find((i: { code: string }) => i.code === "1.3").points).toBeGreaterThan(0);
    expect(a.verified.completeness.missing_evidence).toBe(0);
  });

  it("a file saved as text by Notepad (x.yaml.txt) is listed as not scored with what to do, and the rest is scored", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "so-tc.yaml.txt"), variant("b", 2));
    writeFileSync(path.join(dir, "~$a.yaml"), "\u0000lock");
    const r = await runCli(["score", dir, "--format", "json", "--lang", "vi"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies.map((a: { score: { agency: { id: string } } }) => a.score.agency.id)).toEqual(["a"]);
    expect(report.not_scored.map((f: { file: string; errors: { code: string }[] }) => [path.basename(f.file), f.errors[0]!.code])).toEqual([["so-tc.yaml.txt", "saved-as-text"]]);
    expect(r.stderr).toContain("đổi tên thành so-tc.yaml");
  });

  // Windows cannot make such names; a folder from a Mac (a space typed after the name in Finder) or a zip can.
  it.skipIf(process.platform === "win32")("a file with a space or a dot after .yaml is listed as not scored with its name to use, not left out unsaid", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "so-tc.yaml "), variant("b", 2));
    writeFileSync(path.join(dir, "so-xd.YML."), variant("c", 3));
    writeFileSync(path.join(dir, "a.yaml~"), variant("a", 13));
    const r = await runCli(["score", dir, "--format", "json", "--lang", "vi"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies.map((a: { score: { agency: { id: string } } }) => a.score.agency.id)).toEqual(["a"]);
    expect(report.not_scored.map((f: { file: string; errors: { code: string }[] }) => [path.basename(f.file), f.errors[0]!.code])).toEqual([["so-tc.yaml ", "yaml-name-trailing"], ["so-xd.YML.", "yaml-name-trailing"]]);
    expect(r.stderr).toContain("đổi tên thành so-tc.yaml ");
    expect(r.stderr).toContain("đổi tên thành so-xd.YML ");
  });

  it("a file saved as text that a .yaml link points to is scored under the link's name, and not also listed to be renamed", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "so-tc.yaml.txt"), variant("b", 2));
    symlinkSync("so-tc.yaml.txt", path.join(dir, "so-tc.yaml"));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies.map((a: { score: { agency: { id: string } } }) => a.score.agency.id).sort()).toEqual(["a", "b"]);
    expect(report.not_scored).toEqual([]);
  });

  it("ranks within cohorts with shared ranks on ties (1, 1, 3) and a stable order", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "1.yaml"), variant("z", 13));
    writeFileSync(path.join(dir, "2.yaml"), variant("y", 13));
    writeFileSync(path.join(dir, "3.yaml"), variant("x", 2));
    writeFileSync(path.join(dir, "4.yaml"), variant("w", 2, "nganh-doc").replace("type: department", "type: vertical"));
    const r = await runCli(["score", dir, "--format", "json"]);
    const ranks = JSON.parse(r.stdout).rubrics[0].agencies.map((a: { score: { agency: { id: string; cohort: string } }; rank: number; cohort_size: number }) => `${a.score.agency.cohort}:${a.score.agency.id}:${a.rank}/${a.cohort_size}`);
    expect(ranks).toEqual(["so-nganh:z:1/3", "so-nganh:y:1/3", "so-nganh:x:3/3", "nganh-doc:w:1/1"]);
  });

  it("files for different periods ranked together are said to be", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 2).replace('period: "2025"', 'period: "2024"'));
    writeFileSync(path.join(dir, "c.yaml"), variant("c", 5));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Rubric dti-cap-so 2025.1: files for several periods (2024: 1 file, 2025: 2 files) are ranked together");
    const same = await runCli(["score", path.join(dir, "a.yaml"), path.join(dir, "c.yaml"), "--format", "json"]);
    expect(same.stderr).not.toContain("several periods");
  });

  it("a period written with spaces or Word's quotes around it is that period: ranked as one, shown as written plainly (it was \" 2025\" beside 2025, said to mix periods)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 2).replace('period: "2025"', 'period: " 2025"'));
    writeFileSync(path.join(dir, "c.yaml"), variant("c", 5).replace('period: "2025"', 'period: "“2025”"'));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("several periods");
    expect(r.stderr).toContain("period-in-quotes");
    expect(JSON.parse(r.stdout).rubrics[0].agencies.map((a: { score: { period: string } }) => a.score.period)).toEqual(["2025", "2025", "2025"]);
    // Its warning says so: it said the file "would rank as of another period", in the run that ranked it with 2025.
    expect(r.stderr).toContain('The period is in curly quotes, which YAML keeps as part of it: egov-score reads "2025", another program reading the file may not; write period: "2025" (straight quotes)');
    expect(r.stderr).not.toContain("another period");
    const vi = await runCli(["score", dir, "--format", "json", "--lang", "vi"]);
    expect(vi.stderr).toContain('Kỳ đánh giá nằm trong dấu nháy cong, và YAML giữ dấu nháy như một phần của kỳ: egov-score đọc là "2025", nhưng chương trình khác đọc tệp có thể không; viết period: "2025" (dấu nháy thẳng)');
  });

  it("a name or period with straight quotes kept inside YAML's ('\"…\"') is said as such, not as curly quotes the file does not have", async () => {
    const dir = folder();
    const seed = variant("a", 13);
    const name = /^  name: (.*)$/m.exec(seed)![1]!;
    writeFileSync(path.join(dir, "a.yaml"), seed.replace(`  name: ${name}`, `  name: '"Sở A"'`).replace('period: "2025"', `period: '"2025"'`));
    const r = await runCli(["validate", path.join(dir, "a.yaml")]);
    expect(r.stderr).toContain("The agency name has quotes inside YAML's own, which every ranking would print with it: write name: \"Sở A\"");
    expect(r.stderr).toContain("The period has quotes inside YAML's own");
    expect(r.stderr).not.toContain("curly");
    const vi = await runCli(["validate", path.join(dir, "a.yaml"), "--lang", "vi"]);
    expect(vi.stderr).toContain("Tên cơ quan có dấu nháy nằm bên trong dấu nháy của YAML");
    expect(vi.stderr).not.toContain("nháy cong");
  });

  it("last year's file of an agency, not scored as its duplicate, is not said to be ranked with this year's (it counted as a period ranked)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 2));
    writeFileSync(path.join(dir, "c.yaml"), variant("a", 5).replace('period: "2025"', 'period: "2024"'));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).not_scored.map((f: { file: string }) => path.basename(f.file))).toEqual(["c.yaml"]);
    expect(r.stderr).toContain("duplicate-agency");
    expect(r.stderr).not.toContain("several periods");
  });

  it("a hard link to a file is the same file: scored once, said, no duplicate (exit 0; it was a duplicate id, exit 1)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("qb-a", 13));
    linkSync(path.join(dir, "a.yaml"), path.join(dir, "b.yaml"));
    for (const command of ["score", "validate"]) {
      const r = await runCli([command, dir, "--format", "json"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`${path.join(dir, "b.yaml")} is the same file as ${path.join(dir, "a.yaml")}: scored once`);
    }
    expect(JSON.parse((await runCli(["score", dir, "--format", "json"])).stdout).rubrics[0].agencies).toHaveLength(1);
    // A hard link to an invalid file: listed, and counted, once.
    copyFileSync("examples/invalid/so-xay-dung-loi.yaml", path.join(dir, "c.yaml"));
    linkSync(path.join(dir, "c.yaml"), path.join(dir, "d.yaml"));
    const score = await runCli(["score", dir, "--format", "json"]);
    expect(JSON.parse(score.stdout).not_scored.map((f: { file: string }) => path.basename(f.file))).toEqual(["c.yaml"]);
    expect(score.stderr).toContain(`${path.join(dir, "d.yaml")} is the same file as ${path.join(dir, "c.yaml")}: scored once`);
    expect((await runCli(["validate", dir])).stderr).toContain("1 valid file, 1 invalid");
  });

  it("agency ids that differ only in case are one agency sent twice", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("qb-stc", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("QB-STC", 2));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies.map((a: { file: string }) => path.basename(a.file))).toEqual(["a.yaml"]);
    expect(report.not_scored.map((f: { file: string; errors: { code: string }[] }) => [path.basename(f.file), f.errors[0]!.code])).toEqual([["b.yaml", "duplicate-agency"]]);
    // Whom to call, as for any file not scored (it named none).
    expect(report.not_scored[0].agency).toEqual({ id: "QB-STC", name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình" });
  });

  it("a later file with an agency id already used is not scored: listed with its error, out of the ranking (exit 1)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("same", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("same", 2));
    writeFileSync(path.join(dir, "c.yaml"), variant("other", 2));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies.map((a: { file: string; rank: number; cohort_size: number }) => `${path.basename(a.file)} ${a.rank}/${a.cohort_size}`)).toEqual(["a.yaml 1/2", "c.yaml 2/2"]);
    expect(report.not_scored.map((f: { file: string; errors: { code: string }[] }) => [path.basename(f.file), f.errors[0]!.code])).toEqual([["b.yaml", "duplicate-agency"]]);
    expect(r.stderr.match(/b\.yaml:\d+:\d+ error .*"same".*a\.yaml/g)).toHaveLength(1);
  });

  it("a duplicate submitted after the ranked file is said to be a likely resubmission; the ranking stays in file order", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "so-tc.yaml"), variant("qb-stc", 13));
    writeFileSync(path.join(dir, "so-tc (ban nop lai).yaml"), variant("qb-stc", 2).replace('submitted: "2025-09-25"', 'submitted: "2025-10-02"'));
    writeFileSync(path.join(dir, "so-tc-cu.yaml"), variant("qb-stc", 5).replace('submitted: "2025-09-25"', 'submitted: "2025-09-01"'));
    const r = await runCli(["score", dir, "--format", "md", "--lang", "vi"]);
    expect(r.code).toBe(1);
    // "so-tc (ban nop lai).yaml" sorts first: it is ranked, and the files dated before it are said to be the older ones.
    expect(r.stdout).toContain("so-tc (ban nop lai).yaml");
    expect(r.stderr.match(/trùng|đã dùng/g)?.length).toBe(2);
    expect(r.stderr).not.toContain("nếu đây là bản gửi lại");
    expect(r.stderr).toContain("gợi ý: tệp này ghi ngày gửi 01/09/2025, trước ngày 02/10/2025 của");
    expect(r.stderr.match(/\(tệp được xếp hạng\): nếu .*là bản gửi lại, tệp này là bản cũ, hãy bỏ nó khỏi lô/g)).toHaveLength(2);
    const first = await runCli(["score", path.join(dir, "so-tc.yaml"), path.join(dir, "so-tc (ban nop lai).yaml"), "--format", "json"]);
    const report = JSON.parse(first.stdout);
    expect(report.rubrics[0].agencies.map((a: { file: string }) => path.basename(a.file))).toEqual(["so-tc.yaml"]);
    expect(report.not_scored[0].errors[0].params).toMatchObject({ submitted: "2025-10-02", first_submitted: "2025-09-25" });
    expect(first.stderr).toContain("hint: this file says it was sent on 2025-10-02, after");
    const md = await runCli(["score", path.join(dir, "so-tc.yaml"), path.join(dir, "so-tc (ban nop lai).yaml"), "--format", "md", "--lang", "vi"]);
    expect(md.stdout).toContain("tệp này ghi ngày gửi 02/10/2025, sau ngày 25/09/2025 của");
    const lastYear = path.join(dir, "2024", "so-tc.yaml");
    mkdirSync(path.dirname(lastYear));
    writeFileSync(lastYear, variant("qb-stc", 5).replace('period: "2025"', 'period: "2024"'));
    const years = await runCli(["score", path.join(dir, "so-tc.yaml"), lastYear, "--lang", "vi"]);
    expect(years.stderr).toContain("gợi ý: tệp này là của kỳ 2024, còn");
    expect(years.stderr).toContain("là của kỳ 2025: mỗi kỳ (mỗi năm) chấm thành một lô riêng");
    const older = await runCli(["score", path.join(dir, "so-tc.yaml"), path.join(dir, "so-tc-cu.yaml"), "--format", "json"]);
    // An older file after the ranked one is no resubmission: its dates say the ranked file is the later one.
    expect(JSON.parse(older.stdout).not_scored[0].errors[0].params).toMatchObject({ submitted: "2025-09-01", first_submitted_later: "2025-09-25" });
    expect(JSON.parse(older.stdout).not_scored[0].errors[0].params.first_submitted).toBeUndefined();
  });

  it("--fail-below on a large batch names the 20 lowest first and counts the rest (it named all of them on one line)", async () => {
    const dir = folder();
    // 22 agencies, their 6.1.2 answers (digital signatures) from 1 to 22: the fewer, the lower the total.
    for (let i = 1; i <= 22; i++) writeFileSync(path.join(dir, `a${i}.yaml`), variant(`qb-${i}`, i));
    const r = await runCli(["score", dir, "--fail-below", "99%", "--format", "json"]);
    expect(r.code).toBe(1);
    const line = r.stderr.split("\n").find((l) => l.startsWith("Below the threshold 99 %:"))!;
    const named = [...line.matchAll(/\(qb-(\d+)\): /g)].map((m) => Number(m[1]));
    expect(named).toHaveLength(20);
    expect(named.slice(0, 3)).toEqual([1, 2, 3]);
    expect(line.endsWith("… and 2 more agencies (the lowest are above; see the report)")).toBe(true);
  });

  it("--fail-below names agencies as the ranking does: by name, a namesake's id beside it (it gave ids only, which a collector had to look up)", async () => {
    const dir = folder();
    // Two communes of one name in two districts, and one agency of a name of its own.
    writeFileSync(path.join(dir, "a.yaml"), variant("qb-xa-hoa-1", 1).replace('name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình"', 'name: "UBND xã Hòa"'));
    writeFileSync(path.join(dir, "b.yaml"), variant("qb-xa-hoa-2", 2).replace('name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình"', 'name: "UBND xã  hòa"'));
    writeFileSync(path.join(dir, "c.yaml"), variant("qb-skhcn", 3));
    const en = await runCli(["score", dir, "--fail-below", "99%", "--format", "json"]);
    expect(en.code).toBe(1);
    // A namesake's score after a colon: "(qb-xa-hoa-1) (…)" read as two brackets in a row. The two tie, listed as the
    // ranking lists them (by name as Vietnamese sorts it: the double space first).
    expect(en.stderr).toMatch(/Below the threshold 99 %: UBND xã {2}hòa \(qb-xa-hoa-2\): \d+\.\d+ \/ 1000, \d+\.\d+ %; UBND xã Hòa \(qb-xa-hoa-1\): [^;]*; Sở Khoa học và Công nghệ tỉnh Quảng Bình \([^)]*\)\n/);
    const vi = await runCli(["score", dir, "--fail-below", "99%", "--format", "json", "--lang", "vi"]);
    expect(vi.stderr).toMatch(/Dưới ngưỡng 99 %: UBND xã {2}hòa \(qb-xa-hoa-2\): \d+,\d+ \/ 1000, \d+,\d+ %; UBND xã Hòa \(qb-xa-hoa-1\): [^;]*; Sở Khoa học và Công nghệ tỉnh Quảng Bình \(\d+,\d+ \/ 1000, \d+,\d+ %\)\n/);
    // With several rubrics the namesake's rubric joins its id in the bracket, not a second colon.
    writeFileSync(path.join(dir, "d.yaml"), readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8"));
    const several = await runCli(["score", dir, "--fail-below", "999", "--format", "json"]);
    expect(several.stderr).toMatch(/UBND xã Hòa \(qb-xa-hoa-1, dti-cap-so\): \d+\.\d+;/);
  });

  it("--fail-below names tied agencies in the ranking's order (by id), not in file order", async () => {
    const dir = folder();
    // Three agencies with one answer file each: the same total, written in an order their ids do not sort in.
    for (const id of ["qb-upper", "qb-be", "qb-yml"]) writeFileSync(path.join(dir, `${id === "qb-upper" ? "a" : "b"}-${id}.yaml`), variant(id, 3));
    const r = await runCli(["score", dir, "--fail-below", "99%", "--format", "json"]);
    const line = r.stderr.split("\n").find((l) => l.startsWith("Below the threshold 99 %:"))!;
    // The json keeps file order with a shared rank; the ranking table lists ties by id.
    expect(JSON.parse(r.stdout).rubrics[0].agencies.map((a: { rank: number }) => a.rank)).toEqual([1, 1, 1]);
    expect([...line.matchAll(/\((qb-[a-z]+)\): /g)].map((m) => m[1])).toEqual(["qb-be", "qb-upper", "qb-yml"]);
  });

  it("--fail-below names tied agencies of different names in the ranking's order (by name), not by id", async () => {
    const dir = folder();
    // The same total under names that sort against their ids: "Đông" after "Dương" in Vietnamese, as the ranking lists them.
    const named = (id: string, name: string) => variant(id, 3).replace('name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình"', `name: "${name}"`);
    writeFileSync(path.join(dir, "a.yaml"), named("qb-a", "UBND xã Đông Hà"));
    writeFileSync(path.join(dir, "b.yaml"), named("qb-b", "UBND xã Dương Thủy"));
    const r = await runCli(["score", dir, "--fail-below", "99%", "--format", "md"]);
    const ranking = [...r.stdout.matchAll(/UBND xã [^ |(]+ [^ |(]+/g)].map((m) => m[0]);
    expect(ranking).toEqual(["UBND xã Dương Thủy", "UBND xã Đông Hà"]);
    const line = r.stderr.split("\n").find((l) => l.startsWith("Below the threshold 99 %:"))!;
    expect([...line.matchAll(/UBND xã [^ (]+ [^ (]+/g)].map((m) => m[0])).toEqual(ranking);
  });

  it("tied wards are listed by their numbers, in the ranking, --fail-below and every report (\"Phường 10\" came before \"Phường 2\")", async () => {
    const dir = folder();
    const named = (id: string, name: string) => variant(id, 3).replace('name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình"', `name: "${name}"`);
    for (const [id, ward] of [["qb-p10", "10"], ["qb-p2", "2"], ["qb-p1", "1"]] as const) writeFileSync(path.join(dir, `${id}.yaml`), named(id, `UBND Phường ${ward}`));
    const wards = (text: string) => [...text.matchAll(/UBND Phường (\d+)/g)].map((m) => m[1]);
    const md = await runCli(["score", dir, "--fail-below", "99%", "--format", "md"]);
    expect(wards(md.stdout.split("\n").filter((l) => l.startsWith("| ")).join("\n"))).toEqual(["1", "2", "10"]);
    expect(wards(md.stderr)).toEqual(["1", "2", "10"]);
    const table = await runCli(["score", dir, "--lang", "vi"]);
    // Each agency's own table comes first, in file order; the ranking last.
    expect(wards(table.stdout).slice(-3)).toEqual(["1", "2", "10"]);
    const csv = await runCli(["score", dir, "--format", "csv"]);
    expect(wards(csv.stdout)).toEqual(["1", "2", "10"]);
  });

  it("--fail-below: points or percent, exit 1 only when an agency is below", async () => {
    const seed = "examples/so-khcn-quang-binh.yaml"; // 849.23 points, 84.92 %
    expect((await runCli(["score", seed, "--fail-below", "800", "--format", "json"])).code).toBe(0);
    const below = await runCli(["score", seed, "--fail-below", "85%", "--format", "json"]);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain("Below the threshold 85 %: Sở Khoa học và Công nghệ tỉnh Quảng Bình (849.23 † / 1000, 84.92 %, provisional)");
    // A short list too is lowest first, not in file order (kho-bac 921.88, so-khcn 829.23 in this batch, so-tai-chinh 895.28).
    const three = await runCli(["score", "examples/kho-bac-quang-binh.yaml", seed, "examples/so-tai-chinh-quang-binh.yaml", "--fail-below", "95%", "--format", "json"]);
    expect(three.stderr).toMatch(/Below the threshold 95 %: Sở Khoa học và Công nghệ tỉnh Quảng Bình \(829\.23 [^)]*\); Sở Tài chính tỉnh Quảng Bình \(895\.28 [^)]*\); Kho bạc Nhà nước Quảng Bình \(921\.88 [^)]*\)\n/);
    expect((await runCli(["score", seed, "--fail-below", "850", "--lang", "vi"])).stderr).toContain("Dưới ngưỡng 850: Sở Khoa học và Công nghệ tỉnh Quảng Bình (849,23 †, tạm tính)");
    // Echoed in the tool's form, as it writes every percentage (it was echoed as typed, "50%"), in both languages.
    expect((await runCli(["score", seed, "--fail-below", "90%", "--lang", "vi"])).stderr).toContain("Dưới ngưỡng 90 %: Sở Khoa học và Công nghệ tỉnh Quảng Bình (849,23 † / 1000, 84,92 %, tạm tính)");
    expect((await runCli(["score", seed, "--fail-below", " 90 % ", "--lang", "en"])).stderr).toContain("Below the threshold 90 %: Sở Khoa học và Công nghệ tỉnh Quảng Bình");
    // A decimal comma as Vietnamese writes it, echoed with it; the percentage cut, not rounded up to the threshold.
    expect((await runCli(["score", seed, "--fail-below", "84,924%", "--lang", "vi"])).stderr).toContain("Dưới ngưỡng 84,924 %: Sở Khoa học và Công nghệ tỉnh Quảng Bình (849,23 † / 1000, 84,92 %, tạm tính)");
    // A verified score that decides is said to be one; a provisional one is marked as the ranking marks it.
    expect((await runCli(["score", "examples/xa-can-giuoc-tay-ninh.yaml", "--fail-below", "90%"])).stderr).toContain("UBND xã Cần Giuộc, tỉnh Tây Ninh (816.14 † / 960, 85.01 %, verified score, provisional)");
    const above = await runCli(["score", seed, "--fail-below", "101%"]);
    expect([above.code, above.stderr.trim()]).toEqual([2, 'The threshold "101%" (--fail-below) is above 100 %: no agency can reach it']);
    expect((await runCli(["score", seed, "--fail-below", "abc"])).code).toBe(2);
    // Points above a rubric's scale fail all of its agencies: said, and still exit 1.
    const losi = await runCli(["score", "examples/losi/", seed, "--fail-below", "500", "--format", "json"]);
    expect(losi.code).toBe(1);
    expect(losi.stderr).toMatch(/--fail-below 500 is above the \d+-point scale of rubric un-losi-2022/);
    expect(losi.stderr).not.toContain("scale of rubric dti-cap-so");
    expect(losi.stderr).toContain("with several rubrics, give a percentage (e.g. 60%)");
    // A run of one rubric was told "with several rubrics, give a percentage": it is told what fits its own scale.
    const one = await runCli(["score", seed, "--fail-below", "1001", "--format", "json"]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain("--fail-below 1001 is above the 1000-point scale of rubric dti-cap-so: every agency is below; give at most 1000 points, or a percentage (e.g. 60%)\n");
    expect((await runCli(["score", seed, "--fail-below", "1001", "--format", "json", "--lang", "vi"])).stderr).toContain("--fail-below 1001 lớn hơn thang điểm 1000 của bộ chỉ số dti-cap-so: mọi cơ quan đều dưới ngưỡng; hãy ghi số điểm không quá 1000, hoặc phần trăm (ví dụ 60%)\n");
    // 0.8 typed for 80 % (a share, as a spreadsheet keeps it) passed every agency, exit 0, and nothing said.
    const share = await runCli(["score", seed, "--fail-below", "0,8", "--format", "json", "--lang", "vi"]);
    expect(share.code).toBe(0);
    expect(share.stderr).toContain("--fail-below 0,8 là 0,8 điểm trên thang 1000 điểm của bộ chỉ số dti-cap-so: hầu như không cơ quan nào dưới ngưỡng này; nếu muốn 80 % thang điểm, hãy viết 80%");
    // The option as typed, the points as a Vietnamese reader writes them (it quoted 0.6 as "--fail-below 0,6").
    expect((await runCli(["score", seed, "--fail-below", "0.6", "--format", "json", "--lang", "vi"])).stderr).toContain("--fail-below 0.6 là 0,6 điểm trên thang");
    expect((await runCli(["score", seed, "--fail-below", "0.855", "--format", "json"])).stderr).toContain("for 85.5 % of the scale, write 85.5%");
    expect((await runCli(["score", seed, "--fail-below", "1", "--format", "json"])).stderr).not.toContain("of the scale, write");
  });

  it("--fail-below over several rubrics names each agency's rubric: one id under two rubrics is two agencies, told apart (it read qb-skhcn twice)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "so.yaml"), SEED);
    writeFileSync(path.join(dir, "xa.yaml"), readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8").replace("id: tn-xa-can-giuoc", "id: qb-skhcn"));
    const r = await runCli(["score", dir, "--fail-below", "86%", "--format", "json"]);
    expect(r.code).toBe(1);
    // Each scored in its own rubric, ranked in its own cohort: no duplicate.
    expect(JSON.parse(r.stdout).rubrics.map((s: { id: string; agencies: { rank: number; cohort_size: number }[] }) => [s.id, s.agencies.map((a) => [a.rank, a.cohort_size])])).toEqual([["dti-cap-so", [[1, 1]]], ["dti-cap-xa", [[1, 1]]]]);
    expect(r.stderr).toContain("Below the threshold 86 %: Sở Khoa học và Công nghệ tỉnh Quảng Bình (dti-cap-so: 849.23 † / 1000, 84.92 %, provisional); UBND xã Cần Giuộc, tỉnh Tây Ninh (dti-cap-xa: 816.14 † / 960, 85.01 %, verified score, provisional)");
  });

  it("--fail-below marks a provisional total with the ranking's † and says it (it gave the bare score the ranking marks \"816,14 †\")", async () => {
    const xa = "examples/xa-can-giuoc-tay-ninh.yaml"; // scored alone: its batch-relative indicators are provisional
    const vi = await runCli(["score", xa, "--fail-below", "90%", "--lang", "vi"]);
    expect(vi.stdout).toContain("816,14 †");
    expect(vi.stderr).toContain("Dưới ngưỡng 90 %: UBND xã Cần Giuộc, tỉnh Tây Ninh (816,14 † / 960, 85,01 %, điểm thẩm định, tạm tính)");
    expect((await runCli(["score", xa, "--fail-below", "900", "--format", "json"])).stderr).toContain("Below the threshold 900: UBND xã Cần Giuộc, tỉnh Tây Ninh (816.14 †, verified score, provisional)");
    // With -o the terminal has no ranking whose legend explains the †: the line says it in words.
    const written = await runCli(["score", xa, "--fail-below", "90%", "--lang", "vi", "-o", path.join(folder(), "r.md")]);
    expect(written.stdout).not.toContain("†");
    expect(written.stderr).toContain("(816,14 † / 960, 85,01 %, điểm thẩm định, tạm tính)");
    // Scored together, only the total the ranking marks is marked: a final score with no provisional points stays bare.
    const three = await runCli(["score", "examples/kho-bac-quang-binh.yaml", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--fail-below", "95%", "--format", "md"]);
    expect(three.stdout).toContain("921.88 †");
    expect(three.stderr).toContain("Below the threshold 95 %: Sở Khoa học và Công nghệ tỉnh Quảng Bình (829.23 / 1000, 82.92 %); Sở Tài chính tỉnh Quảng Bình (895.28 / 1000, 89.52 %, verified score); Kho bạc Nhà nước Quảng Bình (921.88 † / 1000, 92.18 %, provisional)\n");
  });

  it("--fail-below 1.000 is refused, not read as 1 point (a Vietnamese thousand that failed nobody)", async () => {
    const seed = "examples/so-khcn-quang-binh.yaml";
    const dot = await runCli(["score", seed, "--fail-below", "1.000", "--lang", "vi"]);
    expect([dot.code, dot.stderr.trim()]).toEqual([2, '--fail-below "1.000" chưa rõ là 1000 hay 1: nếu là 1000, hãy viết 1000 (không dùng dấu phân cách); nếu là 1, hãy viết 1']);
    const comma = await runCli(["score", seed, "--fail-below", "1,250"]);
    expect([comma.code, comma.stderr.trim()]).toEqual([2, '--fail-below "1,250" can be read as 1250 or 1.25: for 1250 write 1250 (no separator), for 1.25 write 1.25']);
    // In Vietnamese the decimal reading is written with a comma, as a Vietnamese reader writes it.
    expect((await runCli(["score", seed, "--fail-below", "1.250", "--lang", "vi"])).stderr).toContain("nếu là 1,25, hãy viết 1,25");
    // Each reading written so that it cannot be misread in turn: 999.999 as a decimal is 999.9990.
    expect((await runCli(["score", seed, "--fail-below", "999.999"])).stderr).toContain("for 999999 write 999999 (no separator), for 999.9990 write 999.9990");
    // No thousands reading where it would be over 100 %, nor with a leading zero.
    expect((await runCli(["score", seed, "--fail-below", "1.000%"])).code).toBe(0);
    expect((await runCli(["score", seed, "--fail-below", "0.125"])).code).toBe(0);
  });

  // 849.23 of 1000 is 84.923 %, printed 84.92: a percentage threshold is compared unrounded, as the bands are.
  it.each([
    ["849.23", 0], ["849.24", 1], ["84.923%", 0], ["84.9225%", 0], ["84.9231%", 1], ["0%", 0], ["100%", 1],
  ])("--fail-below %s exits %i", async (threshold, code) => {
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--fail-below", threshold, "--format", "json"])).code).toBe(code);
  });

  // 570 / 1000 × 100 is 56.99999999999999 in binary floating point: the agency still reaches 57 %.
  it.each([["57%", 0], ["570", 0], ["57.001%", 1], ["570.01", 1]])("an agency at exactly 570 of 1000 and --fail-below %s exits %i", async (threshold, code) => {
    const dir = folder();
    const zero = readFileSync("rubrics/fixtures/dti-cap-so/all-zero.yaml", "utf8").split("\n");
    const full = readFileSync("rubrics/fixtures/dti-cap-so/full-marks.yaml", "utf8").split("\n");
    // Full marks on group 6 (500 points), 2.1, 2.2 and 1.1 (70 points), nothing elsewhere.
    for (const code of ["6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.2.1", "6.2.2", "6.2.3", "6.2.4", "6.2.5", "6.3.1", "6.3.2", "6.4.1", "6.4.2", "6.4.3", "2.1", "2.2", "1.1"]) {
      const line = (lines: string[]) => lines.findIndex((l) => l.startsWith(`  "${code}":`));
      zero[line(zero)] = full[line(full)]!;
    }
    writeFileSync(path.join(dir, "a570.yaml"), zero.join("\n"));
    const r = await runCli(["score", path.join(dir, "a570.yaml"), "--fail-below", threshold, "--format", "json"]);
    expect(JSON.parse(r.stdout).rubrics[0].agencies[0].score.total).toBe(570);
    expect(r.code).toBe(code);
  });

  it.skipIf(process.platform === "win32")("a named pipe or a device among the files is not read (it would never end), and the rest is scored", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    execFileSync("mkfifo", [path.join(dir, "pipe.yaml")]);
    const r = await runCli(["score", dir, "/dev/zero", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies).toHaveLength(1);
    expect(report.not_scored.map((f: { file: string; errors: { params: { detail: string } }[] }) => [path.basename(f.file), f.errors[0]!.params.detail])).toEqual([["pipe.yaml", "not-regular"], ["zero", "not-regular"]]);
    expect(r.stderr).toContain("pipe.yaml error Cannot read the file: it is not a plain file (a device or a pipe)");
  });

  it("validate counts a file with a repeated agency id once, as invalid", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("same", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("same", 2));
    const r = await runCli(["validate", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect([out.valid, out.invalid]).toEqual([1, 1]);
    expect(out.files.map((f: { file: string; valid: boolean }) => `${path.basename(f.file)} ${f.valid}`)).toEqual(["a.yaml true", "b.yaml false"]);
  });

  it("validate --format json gives every finding every key, null where it has no place (a file not there)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    const r = await runCli(["validate", path.join(dir, "a.yaml"), path.join(dir, "khong-co.yaml"), "--format", "json"]);
    expect(r.code).toBe(1);
    const missing = JSON.parse(r.stdout).files.find((f: { valid: boolean }) => !f.valid);
    expect(missing.diagnostics[0]).toEqual({ code: expect.any(String), severity: "error", line: null, col: null, length: null, file: expect.stringContaining("khong-co.yaml"), path: null, params: expect.any(Object), message: expect.any(String), hints: [] });
  });

  it("scores a file named twice (a path and its folder) once, and says so", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 2));
    const r = await runCli(["score", `${dir}${path.sep}.${path.sep}a.yaml`, dir, "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies.map((a: { rank: number; cohort_size: number }) => `${a.rank}/${a.cohort_size}`)).toEqual(["1/2", "2/2"]);
    expect(r.stderr).toContain(`${path.join(dir, "a.yaml")} is the same file as`);
  });

  it("expands quoted globs", async () => {
    const r = await runCli(["score", "examples/*-quang-binh.yaml", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies).toHaveLength(4);
  });
});

describe("self-assessed and verified scores", () => {
  it("reports both totals, the difference per indicator, and ranks on the verified total", async () => {
    const r = await runCli(["score", "examples/xa-can-giuoc-tay-ninh.yaml"], { env: { LANG: "vi_VN.UTF-8" } });
    expect(r.stdout).toContain("Điểm thẩm định: 816,14 (tự chấm 832,70, chênh lệch −16,56)");
    expect(r.stdout).toMatch(/^ {2}3\.4: [\d,]+ → [\d,]+ \(−[\d,]+\) · .+ · Sở Khoa học và Công nghệ thẩm định ngày 10\/04\/2026$/m);
    const json = JSON.parse((await runCli(["score", "examples/xa-can-giuoc-tay-ninh.yaml", "--format", "json"])).stdout);
    const agency = json.rubrics[0].agencies[0];
    expect([agency.score.total, agency.verified.total]).toEqual([832.7, 816.14]);
  });

  it("the table shows the verified score and its band, as every other format and the ranking do", async () => {
    const r = await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--lang", "en"]);
    const json = JSON.parse((await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"])).stdout).rubrics[0].agencies[0];
    expect(json.verified.band.id).not.toBe(json.score.band.id);
    expect(r.stdout).toContain(`Band: ${json.verified.band.label.en} ·`);
    expect(r.stdout).toMatch(new RegExp(`Total\\s*│\\s*${json.verified.total.toFixed(2)}`));
  });
});

describe("text from data printed to a terminal", () => {
  it("cannot clear the screen, set the title or overwrite a line: control characters are shown as symbols", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "evil.yaml"), SEED.replace(/name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình"/, 'name: "Evil\\e[2J\\e]0;pwned\\a\\rX\\e[8mhidden"'));
    const r = await runCli(["score", path.join(dir, "evil.yaml")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Evil␛[2J␛]0;pwned␇␍X␛[8mhidden");
    expect(r.stdout).not.toMatch(/[\x07\x1b\r]/);
    // In a diagnostic too: an unknown indicator code carrying a colour sequence.
    writeFileSync(path.join(dir, "code.yaml"), SEED.replace(/^answers:\n/m, 'answers:\n  "2.9\\e[31m": {value: 1}\n'));
    const bad = await runCli(["score", path.join(dir, "code.yaml"), "--lang", "en"]);
    expect(bad.stderr).toContain('"2.9␛[31m"');
    expect(bad.stderr).not.toMatch(/\x1b/);
  });
});

describe("foreign YAML in a folder", () => {
  it("is skipped with a notice when a folder brings it in, but checked when named", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "workflow.yml"), "name: ci\non: [push]\n");
    const walked = await runCli(["score", dir, "--format", "json"]);
    expect(walked.code).toBe(0);
    expect(walked.stderr).toContain("Skipped");
    // The reports list it too, also when --quiet leaves the notice out.
    expect(JSON.parse(walked.stdout).skipped).toEqual([path.join(dir, "workflow.yml")]);
    const md = await runCli(["score", dir, "--format", "md", "--quiet"]);
    expect(md.stderr).toBe("");
    expect(md.stdout).toContain("Passed over 1 YAML file that is no agency file:");
    expect(md.stdout).toContain("workflow.yml");
    const named = await runCli(["validate", path.join(dir, "workflow.yml")]);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain("workflow.yml:1:1 error This is not an agency file");
    // Neither a rubric nor fixtures: the hint points to init, not to --rubric or rubric test.
    expect(named.stderr).toContain("hint: egov-score init writes a blank agency file for a rubric, to fill in");
    expect(named.stderr).not.toContain("this is a rubric");
    expect(named.stderr).not.toContain("Missing required fields");
  });

  it("a Word or Excel file in the folder is listed in the md and html reports, not only on standard error (the leaders reading them never saw it)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "workflow.yml"), "name: ci\non: [push]\n");
    writeFileSync(path.join(dir, "so-xd.docx"), "PK");
    writeFileSync(path.join(dir, "xa-b.xlsx"), "PK");
    // An RTF form too, which standard error names among the documents: the reports said "Word, Excel or OpenDocument".
    writeFileSync(path.join(dir, "xa-c.rtf"), "{\\rtf1 }");
    const md = await runCli(["score", dir, "--format", "md", "--quiet"]);
    expect(md.code).toBe(0);
    // Not all YAML now: the heading counts files, the documents first (an agency's answers may be among them).
    expect(md.stdout).toContain("Passed over 4 files that are no agency files:\n\n- Word, Excel, OpenDocument or RTF documents, not read (an agency that sent its answers as a document is not in the results: ask it for the .yaml file): ");
    expect(md.stdout).toMatch(/documents, not read [^\n]*so-xd\.docx, [^\n]*xa-b\.xlsx, [^\n]*xa-c\.rtf\n- no agency or answers [^\n]*workflow\.yml/);
    const vi = await runCli(["score", dir, "--format", "html", "--lang", "vi"]);
    expect(vi.stdout).toContain("Bỏ qua 4 tệp không phải phiếu của cơ quan:");
    expect(vi.stdout).toMatch(/<li>tài liệu Word, Excel, OpenDocument hoặc RTF, không được đọc [^<]*so-xd\.docx, [^<]*xa-b\.xlsx, [^<]*xa-c\.rtf<\/li>/);
    // Standard error says them once, as before: not again file by file.
    expect(vi.stderr.match(/so-xd\.docx/g)).toHaveLength(1);
    // The json keeps its shape: the files in its list of files passed over.
    const json = JSON.parse((await runCli(["score", dir, "--format", "json"])).stdout);
    expect(json.skipped).toEqual([path.join(dir, "workflow.yml"), path.join(dir, "so-xd.docx"), path.join(dir, "xa-b.xlsx"), path.join(dir, "xa-c.rtf")]);
    // A folder of YAML alone keeps its heading.
    rmSync(path.join(dir, "so-xd.docx")); rmSync(path.join(dir, "xa-b.xlsx")); rmSync(path.join(dir, "xa-c.rtf"));
    expect((await runCli(["score", dir, "--format", "md", "--quiet"])).stdout).toContain("Passed over 1 YAML file that is no agency file:");
  });

  // Named, it drew one "unknown field" a key (14 for a rubric) and never the word "rubric".
  it.each([
    ["a rubric", "rubrics/dti-cap-xa.yaml", "9:1", "hint: this is a rubric: to score agency files against it, give it with --rubric"],
    ["a rubric's fixture expectations", "rubrics/fixtures/dti-cap-xa/expected.yaml", undefined, "hint: this is the expected results of a rubric's fixtures"],
  ])("%s named to score, validate or explain is one finding saying what it is", async (_, file, at, hint) => {
    for (const command of ["score", "validate", "explain"]) {
      const r = await runCli([command, file]);
      expect(r.code, command).toBe(1);
      expect(r.stderr.match(/\[not-agency-file\]/g), command).toHaveLength(1);
      expect(r.stderr, command).toContain(hint);
      if (at) expect(r.stderr, command).toContain(`${file}:${at} error`);
      expect(r.stderr, command).not.toContain("[unknown-field]");
      // explain said "meanwhile egov-score assess FILE shows the score so far", of a rubric.
      expect(r.stderr, command).not.toContain("egov-score assess");
    }
  });

  // Its rubric: names dti-cap-xa; checked against another rubric it is still said to be fixture expectations,
  // not a file answering the wrong rubric.
  it("a rubric's fixture expectations named with another --rubric is one not-agency-file, no rubric-mismatch", async () => {
    const r = await runCli(["validate", "rubrics/fixtures/dti-cap-xa/expected.yaml", "--rubric", "rubrics/dti-cap-so.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/\[not-agency-file\]/g)).toHaveLength(1);
    expect(r.stderr).toContain("hint: this is the expected results of a rubric's fixtures");
    expect(r.stderr).not.toContain("[rubric-mismatch]");
  });

  // A submission with misspelt keys has keys like an agency file's: reported as not scored, never dropped unsaid.
  it.each([
    ["Rubric: and Agency: capitalised", SEED.replace(/^rubric:/m, "Rubric:").replace(/^agency:/m, "Agency:")],
    ["no rubric and no agency, answers kept", SEED.replace(/^rubric:.*\n/m, "").replace(/^agency:\n(?:  .*\n)+/m, "")],
    ["every key misspelt", SEED.replace(/^rubric:/m, "rubrics:").replace(/^agency:/m, "agencies:").replace(/^answers:/m, "answer:").replace(/^period:/m, "periode:").replace(/^submitted:/m, "submit:").replace(/^respondent:/m, "respondents:")],
    ["a YAML error too", SEED.replace(/^rubric:/m, "Rubric:").replace(/^agency:/m, "agency: !custom")],
  ])("a file with %s is not scored, with its errors", async (_, text) => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "misspelt.yaml"), text);
    for (const input of [dir, `${dir}/*.yaml`]) {
      const r = await runCli(["score", input, "--format", "json"]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).not_scored.map((f: { file: string }) => path.basename(f.file))).toEqual(["misspelt.yaml"]);
      expect(r.stderr).not.toContain("Skipped");
    }
  });
});

describe("other YAML files in a folder", () => {
  const others: [string, string][] = [
    ["mkdocs.yml", "site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"],
    ["k8s.yaml", "apiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: Pod\n"],
    ["workflow.yml", "name: ci\non: push\non: pull_request\n"],
  ];

  it("are skipped with a notice even when they are not YAML this tool reads (tags, several documents, a repeated key)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    for (const [name, text] of others) writeFileSync(path.join(dir, name), text);
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies).toHaveLength(1);
    for (const [name] of others) expect(r.stderr).toContain(`Skipped ${path.join(dir, name)}: not an agency file`);
  });

  it("named on the command line, are checked and not scored, though they are not YAML this tool reads (exit 1)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    for (const [name, text] of others) writeFileSync(path.join(dir, name), text);
    const r = await runCli(["score", path.join(dir, "a.yaml"), ...others.map(([name]) => path.join(dir, name)), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).not_scored.map((f: { file: string }) => path.basename(f.file))).toEqual(others.map(([name]) => name));
    expect(r.stderr).not.toContain("Skipped");
  });

  it("are said as what the batch read them to be, though removed since (the notice and the reports read them again: a gone rubric was called other YAML)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "bo-chi-so.yaml"), readFileSync("rubrics/dti-cap-so.yaml"));
    writeFileSync(path.join(dir, "expected.yaml"), readFileSync("rubrics/fixtures/dti-cap-so/expected.yaml"));
    const inputs = ["a.yaml", "bo-chi-so.yaml", "expected.yaml"].map((name) => ({ file: path.join(dir, name), walked: true }));
    const batch = await scoreSpooled(inputs, {});
    try {
      for (const name of ["bo-chi-so.yaml", "expected.yaml"]) rmSync(path.join(dir, name));
      const { ctx, err } = await captureContext("en");
      reportSkipped(ctx, batch.skipped);
      expect(err()).toContain(`Skipped ${path.join(dir, "bo-chi-so.yaml")}: not an agency file but a rubric (it has groups, bands…)`);
      expect(err()).toContain(`Skipped ${path.join(dir, "expected.yaml")}: not an agency file but a rubric's fixtures' expected results`);
      const report = materializeReport(batch, { tool: { name: "egov-score", version: "test" }, now: new Date(0), showPath: (f) => f, groupRanks: false });
      expect(report.skipped_kinds).toEqual(["rubric", "fixtures"]);
    } finally {
      batch.dispose();
    }
  });

  // A folder "egov-score score" or "it's here": the --rubric suggested for the rubric in it named the path unquoted,
  // split at the space by the shell (the --lang even went into the path), cut at the apostrophe.
  it.each([["egov-score score", "en"], ["it's here", "vi"]] as const)("a rubric skipped in a folder named %s: the --rubric suggested quotes its path", async (name, lang) => {
    const dir = path.join(folder(), name);
    mkdirSync(dir);
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "bo-chi-so.yaml"), readFileSync("rubrics/dti-cap-so.yaml"));
    const rubric = path.join(dir, "bo-chi-so.yaml");
    const r = await runCli(["score", dir, "--format", "json", "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(lang === "en" ? `Skipped ${rubric}: not an agency file but a rubric` : `${rubric}`);
    expect(r.stderr).toContain(`--rubric "${rubric}";`);
  });

  it("a rubric and a rubric's fixture expectations beside the files are skipped too (they name a rubric and a period, and were scored with 20 errors)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "bo-chi-so.yaml"), readFileSync("rubrics/dti-cap-so.yaml"));
    writeFileSync(path.join(dir, "expected.yaml"), readFileSync("rubrics/fixtures/dti-cap-so/expected.yaml"));
    for (const rubric of [[], ["--rubric", path.join(dir, "bo-chi-so.yaml")]]) {
      const r = await runCli(["score", dir, "--format", "json", ...rubric]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).not_scored).toEqual([]);
      for (const name of ["bo-chi-so.yaml", "expected.yaml"]) expect(r.stderr).toContain(`Skipped ${path.join(dir, name)}: not an agency file`);
      // Each said as what it is: the rubric was called "a rubric, a CI workflow or some other YAML file".
      expect(r.stderr).toContain(`Skipped ${path.join(dir, "bo-chi-so.yaml")}: not an agency file but a rubric (it has groups, bands…): agency files are scored against it with --rubric ${path.join(dir, "bo-chi-so.yaml")}`);
      expect(r.stderr).toContain(`Skipped ${path.join(dir, "expected.yaml")}: not an agency file but a rubric's fixtures' expected results (egov-score rubric test runs them)`);
      expect(r.stderr).not.toContain("a CI workflow");
    }
    // An agency file that names its rubric's groups by mistake is still one: reported, not skipped.
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 13).replace("answers:", "groups: []\nanswers:"));
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).not_scored.map((f: { file: string }) => path.basename(f.file))).toEqual(["b.yaml"]);
  });

  it("when they are all there is, nothing passes: a usage error, as for an empty folder", async () => {
    const dir = folder();
    for (const [name, text] of others) writeFileSync(path.join(dir, name), text);
    for (const command of ["score", "validate"]) {
      const r = await runCli([command, dir, "--quiet", "--lang", "vi"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Không có phiếu nào của cơ quan: 3 tệp YAML đã bỏ qua vì không phải phiếu");
    }
  });
});

describe("verified figures that move the cohort", () => {
  it("an untouched agency whose batch-relative points moved with the cohort's verified best is said to be rescored, not verified", async () => {
    const dir = folder();
    // a claims 4.41 for 3.3 (the cohort's best); the collector verifies 2.0, so b (3.0) becomes the best.
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13).replace('  "3.3":\n    value: 4.41\n', '  "3.3":\n    value: 4.41\n    verified: {value: 2.0, note: "Theo hợp đồng 100 Mbps"}\n'));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 13).replace('  "3.3":\n    value: 4.41\n', '  "3.3":\n    value: 3.0\n'));
    const table = (await runCli(["score", dir, "--lang", "vi"])).stdout;
    expect(table).toMatch(/  3\.3: [\d,]+ → [\d,]+ \(\+[\d,]+\) · chấm lại theo số liệu thẩm định trong khối/);
    expect(table).toMatch(/  3\.3: [\d,]+ → [\d,]+ \(−[\d,]+\) · trả lời 4,41 Mbps\/CBCCVC → 2 Mbps\/CBCCVC · Theo hợp đồng 100 Mbps/);
    const html = (await runCli(["score", dir, "--format", "html", "--lang", "vi"])).stdout;
    expect(html).toContain('<span class="basis">Chấm lại theo số liệu thẩm định trong khối</span>');
    expect(html).toContain('<span class="basis">Thẩm định</span> ✓');
  });
});

describe("--group-ranks", () => {
  it("ranks within the cohort on each top-level group too", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 2));
    const json = JSON.parse((await runCli(["score", dir, "--format", "json", "--group-ranks"])).stdout);
    const ranks = json.rubrics[0].agencies.map((a: { group_ranks: Record<string, number> }) => a.group_ranks);
    // Only 6.1.2 differs (group 6): b is second there, tied first elsewhere.
    expect(ranks).toEqual([{ 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1 }, { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 2 }]);
    const table = await runCli(["score", dir, "--group-ranks"]);
    expect(table.stdout).toContain("6:2");
    expect(JSON.parse((await runCli(["score", dir, "--format", "json"])).stdout).rubrics[0].agencies[0].group_ranks).toBeUndefined();
  });

  it("evidence missing where the rubric gives no points without it: the file is scored and ranked, the answer at 0, counted in its completeness", async () => {
    const dir = folder();
    const rubric = path.join(dir, "rubric.yaml");
    writeFileSync(rubric, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replaceAll("evidence: {required: true, min: 1, fields: [number, date, title]}", "evidence: {required: true, min: 1, fields: [number, date, title], when_missing: no_points}"));
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13).replace(/("1\.2":\n\s+value: thu-truong\n)\s+evidence:\n\s+- \{[^\n]*\n/, "$1"));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 13));
    const r = await runCli(["score", dir, "--rubric", rubric, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/a\.yaml:30:3 warning .*1\.2.*\[evidence-missing-no-points\]/);
    const agencies = JSON.parse(r.stdout).rubrics[0].agencies.map((x: { score: { agency: { id: string }; total: number; completeness: { missing_evidence: number }; indicators: { code: string; points: number }[] }; rank: number }) => ({ id: x.score.agency.id, rank: x.rank, total: x.score.total, missing: x.score.completeness.missing_evidence, points: x.score.indicators.find((i) => i.code === "1.2")!.points }));
    const b = agencies.find((x: { id: string }) => x.id === "b");
    expect(agencies).toEqual([
      { id: "a", rank: 2, total: b.total - 15, missing: 1, points: 0 },
      { id: "b", rank: 1, total: b.total, missing: 0, points: 15 },
    ]);
  });

  it("a group that does not apply to an agency ranks it nowhere on that group (it came last, with 0 points)", async () => {
    const dir = folder();
    // Group 5 for departments only: the board (c) is left out of it, and ranked on the others.
    const rubric = path.join(dir, "rubric.yaml");
    writeFileSync(rubric, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(/^  - code: "5"\n/m, '  - code: "5"\n    applies_to: [department, vertical]\n'));
    writeFileSync(path.join(dir, "a.yaml"), variant("a", 13));
    writeFileSync(path.join(dir, "b.yaml"), variant("b", 2));
    writeFileSync(path.join(dir, "c.yaml"), variant("c", 2).replace("type: department", "type: board"));
    const r = await runCli(["score", dir, "--rubric", rubric, "--format", "json", "--group-ranks"]);
    const ranks = Object.fromEntries(JSON.parse(r.stdout).rubrics[0].agencies.map((a: { score: { agency: { id: string } }; group_ranks: Record<string, number> }) => [a.score.agency.id, a.group_ranks]));
    expect(ranks.c["5"]).toBeUndefined();
    expect([ranks.a["5"], ranks.b["5"]]).toEqual([1, 1]);
    expect(ranks.c["6"]).toBe(2);
    const csv = (await runCli(["score", dir, "--rubric", rubric, "--format", "csv", "--group-ranks"])).stdout;
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, "").replace(/\r\n$/, ""), ",");
    const group5 = header!.findIndex((h) => h.endsWith("Group 5 rank"));
    expect(group5).toBeGreaterThan(0);
    expect(rows.map((row) => [row[header!.indexOf("Agency id")], row[group5]])).toEqual(expect.arrayContaining([["c", ""], ["a", "1"], ["b", "1"]]));
    // The html counts only the agencies ranked on a group: 1 / 2 on group 5, 2 / 3 on group 6.
    const html = (await runCli(["score", dir, "--rubric", rubric, "--format", "html", "--group-ranks"])).stdout;
    const article = html.slice(html.indexOf('<article class="agency"'), html.indexOf("</article>"));
    const rankOf = (code: string) => new RegExp(`<td>${code}</td><th scope="row">[^<]*</th>(?:<td[^>]*>[^<]*</td>){3}<td class="num">([^<]*)</td>`).exec(article)?.[1];
    expect([rankOf("5"), rankOf("6")]).toEqual(["1 / 2", expect.stringMatching(/ \/ 3$/)]);
  });
});

describe("a batch over several rubrics", () => {
  const env = { SOURCE_DATE_EPOCH: "1758758400" };
  const SO = ["examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml"]; // dti-cap-so, in this order both times
  const XA = "examples/xa-can-giuoc-tay-ninh.yaml"; // dti-cap-xa
  const LOSI = "examples/losi/hue-portal-2022.yaml"; // un-losi-2022
  /** Every report of one run over `files`, by format (the table written to a file: the whole of it). */
  async function reports(files: string[], formats: string[], extra: string[] = []): Promise<Record<string, Buffer>> {
    const dir = folder();
    const r = await runCli(["score", ...files, "--format", formats.join(","), "--output-dir", dir, ...extra], { env });
    expect(r.code, r.stderr).toBe(0);
    return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
  }
  function expectSame(a: Record<string, Buffer>, b: Record<string, Buffer>): void {
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const [file, bytes] of Object.entries(a)) expect(b[file]!.equals(bytes), `${file} differs with the files in another order`).toBe(true);
  }

  // The sections followed the first file of each rubric: another folder listing, glob or order of the same files gave another report.
  it("the reports do not depend on the order the files are named in: rubrics by id, version (each format the same bytes)", async () => {
    const formats = ["table", "json", "csv", "md", "html", "xlsx"];
    const a = await reports([SO[0]!, XA, SO[1]!, LOSI], formats);
    const b = await reports([LOSI, XA, ...SO], formats);
    expectSame(a, b);
    expect(JSON.parse(a["egov-score-report.json"]!.toString("utf8")).rubrics.map((s: { id: string }) => s.id)).toEqual(["dti-cap-so", "dti-cap-xa", "un-losi-2022"]);
    expectSame(await reports([XA, LOSI, ...SO], ["csv"], ["--csv-layout", "long"]), await reports([LOSI, ...SO, XA], ["csv"], ["--csv-layout", "long"]));
  });
});
