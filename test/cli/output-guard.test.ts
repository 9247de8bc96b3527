import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-guard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);
copyFileSync("rubrics/dti-cap-so.yaml", at("r.yaml"));
copyFileSync("examples/so-khcn-quang-binh.yaml", at("a.yaml"));
copyFileSync("examples/so-tai-chinh-quang-binh.yaml", at("b.yaml"));
// Reports named through links to the inputs, as a mistyped -o or an old link in a CI folder names them.
symlinkSync(at("r.yaml"), at("rubric.md"));
symlinkSync(at("r.yaml"), at("rubric.json"));
symlinkSync(at("b.yaml"), at("batch.md"));

describe("no command's report replaces a file its run reads, even with --force", () => {
  it.each([
    ["schema agency, its rubric", ["schema", "agency", "--rubric", at("r.yaml"), "-o", at("r.yaml")]],
    ["init, its rubric", ["init", "--rubric", at("r.yaml"), "-o", at("r.yaml")]],
    ["explain, a file of its batch", ["explain", at("a.yaml"), "--batch", at("b.yaml"), "-o", at("batch.md")]],
    ["explain, its rubric", ["explain", at("a.yaml"), "--rubric", at("r.yaml"), "-o", at("rubric.md")]],
    ["rubric show, the rubric", ["rubric", "show", at("r.yaml"), "-o", at("rubric.md")]],
    ["rubric lint, the rubric", ["rubric", "lint", at("r.yaml"), "-o", at("rubric.json")]],
    ["rubric impact, a version", ["rubric", "impact", at("r.yaml"), "dti-cap-so", "--corpus", at("a.yaml"), "-o", at("rubric.md")]],
    ["rubric impact, a corpus file", ["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", at("b.yaml"), "-o", at("batch.md")]],
    ["score, a file it scores", ["score", at("a.yaml"), at("b.yaml"), "-o", at("batch.md")]],
  ])("%s", async (_, args) => {
    const before = [readFileSync(at("r.yaml")), readFileSync(at("b.yaml"))];
    const r = await runCli([...args, "--force", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is a file this run reads");
    expect([readFileSync(at("r.yaml")), readFileSync(at("b.yaml"))]).toEqual(before);
  });
});

describe("a report file that exists, without --force", () => {
  // Said after the work, rubric impact rescored a whole corpus twice (and listed its invalid files) to end in "exists".
  it.each([
    ["rubric impact, before rescoring the corpus", ["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", "examples/invalid/so-xay-dung-loi.yaml"]],
    ["rubric test, before loading the rubric and running its fixtures", ["rubric", "test", "test/fixtures/lint/translation-missing-empty.fail.yaml"]],
  ])("is refused before the work, as score refuses it: %s", async (_, args) => {
    const existing = at("earlier-report.txt");
    writeFileSync(existing, "an earlier run's report\n");
    const r = await runCli([...args, "-o", existing, "--lang", "en"]);
    expect([r.code, r.stderr]).toEqual([2, `${existing} exists; use --force to overwrite it\n`]);
    expect(readFileSync(existing, "utf8")).toBe("an earlier run's report\n");
  });
});

describe("an output folder that is a link to nowhere, or a loop of links", () => {
  symlinkSync(at("nowhere"), at("dangling"));
  symlinkSync(at("gone.md"), at("link.md"));
  symlinkSync(at("loop-b"), at("loop-a"));
  symlinkSync(at("loop-a"), at("loop-b"));
  it.each([
    ["--output-dir to nowhere", ["--format", "md", "--output-dir", at("dangling")], "a symbolic link to nowhere"],
    ["-o into a loop", ["-o", path.join(at("loop-a"), "x.md")], "a loop of symbolic links"],
    ["-o into nowhere", ["-o", path.join(at("dangling"), "x.md")], "a symbolic link to nowhere"],
    ["-o a link to nowhere (it was replaced by a file)", ["-o", at("link.md")], "a symbolic link to nowhere"],
  ])("%s is a usage error that says so, not an internal error", async (_, args, said) => {
    const r = await runCli(["score", at("a.yaml"), ...args, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).not.toContain("Internal error");
  });

  // init -o makes its folder (as score's -o does): a folder name over the system's length, or a NUL in the path,
  // was said by Node's bare code (ENAMETOOLONG, ERR_INVALID_ARG_VALUE) in either language.
  it.each([
    ["init -o into a folder of too long a name", ["init", "-o", path.join(at("x".repeat(300)), "a.yaml")], "the name is too long", "tên quá dài"],
    ["init -o through a NUL", ["init", "-o", path.join(at("nu\0l"), "a.yaml")], "the name holds a NUL character", "tên chứa ký tự NUL"],
    ["score -o through a NUL", ["score", at("a.yaml"), "-o", path.join(at("nu\0l"), "x.md")], "the name holds a NUL character", "tên chứa ký tự NUL"],
  ])("%s says why in the user's language", async (_, args, en, vi) => {
    for (const [lang, said] of [["en", en], ["vi", vi]] as const) {
      const r = await runCli([...args, "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(said);
      expect(r.stderr).not.toMatch(/ENAMETOOLONG|ERR_INVALID_ARG_VALUE|Internal error/);
    }
  });
});

describe("report files of an earlier run in --output-dir", () => {
  // Told only of the first (the html), a collector gave --force and replaced the csv, xlsx and md too, unaware they were there.
  it("are all named at once, each left as it was, in either language", async () => {
    const out = at("reports");
    const first = await runCli(["score", at("a.yaml"), "--format", "html,csv,md", "--output-dir", out, "--quiet"]);
    expect(first.code).toBe(0);
    const files = ["html", "csv", "md"].map((ext) => path.join(out, `egov-score-report.${ext}`));
    const before = files.map((f) => readFileSync(f));
    const en = await runCli(["score", at("b.yaml"), "--format", "html,csv,md", "--output-dir", out, "--lang", "en"]);
    expect([en.code, en.stderr]).toEqual([2, `${files.join(", ")} exist; use --force to overwrite them all\n`]);
    const vi = await runCli(["score", at("b.yaml"), "--format", "html,csv,md", "--output-dir", out, "--lang", "vi"]);
    expect(vi.stderr).toBe(`Các tệp ${files.join(", ")} đã có; dùng --force để ghi đè tất cả các tệp này\n`);
    expect(files.map((f) => readFileSync(f))).toEqual(before);
    // One file there is said as before.
    const one = await runCli(["score", at("b.yaml"), "-o", files[2]!, "--lang", "en"]);
    expect(one.stderr).toBe(`${files[2]} exists; use --force to overwrite it\n`);
  });
});
