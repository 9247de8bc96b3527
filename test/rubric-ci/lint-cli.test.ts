import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";
import { all, parseXml } from "./helpers/xml.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const FAIL = (code: string) => `test/fixtures/lint/${code}.fail.yaml`;
const PASS = "test/fixtures/lint/band-gap.pass.yaml";
const tempDir = tempDirs();

/** The OASIS SARIF 2.1.0 schema (test/fixtures/lint/sarif-schema-2.1.0.json) is draft-04; ajv reads it as draft-07 once its draft-04 header is set aside (it uses no keyword whose meaning changed). */
let sarifValidator: ValidateFunction | undefined;
function validateSarif(log: unknown): ValidateFunction["errors"] {
  if (!sarifValidator) {
    const { $schema: _draft, id: _id, ...schema } = JSON.parse(readFileSync("test/fixtures/lint/sarif-schema-2.1.0.json", "utf8")) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    sarifValidator = ajv.compile(schema);
  }
  return sarifValidator(log) ? null : sarifValidator.errors;
}

describe("rubric lint --previous: texts still naming the codes a revision moved", () => {
  const previous = "test/fixtures/lint/code-reference-stale.previous.yaml";

  it("says each stale reference with the code to write, as a warning (exit 1 only with --fail-severity warning)", async () => {
    const r = await runCli(["rubric", "lint", FAIL("code-reference-stale"), "--previous", previous, "--fail-severity", "warning"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("code-reference-stale.fail.yaml:38:175 warning The text still names 1.1 as version 1 did, but that item (the same title) is 1.2 now");
    expect((await runCli(["rubric", "lint", FAIL("code-reference-stale"), "--previous", previous])).code).toBe(0);
    // "item" is mục in Vietnamese: chỉ tiêu is a target (so với chỉ tiêu), which the item is not.
    const vi = await runCli(["rubric", "lint", FAIL("code-reference-stale"), "--previous", previous, "--lang", "vi"]);
    expect(vi.stderr).toContain("Văn bản vẫn nhắc đến 1.1 như ở phiên bản 1, nhưng mục đó (cùng tên) nay mang mã 1.2");
  });

  it("github: a stale code in a >- text is annotated on the line and column of the code, not on the >- line (an unchanged line)", async () => {
    const file = path.join(tempDir(), "d.yaml");
    let text = readFileSync("rubrics/dti-cap-xa.yaml", "utf8");
    // A new 6.1 inserted before the old one, the rest renumbered: the provenance note (a >- text) still names the old 6.1.
    for (let n = 8; n >= 1; n--) text = text.replace(`      - code: "6.${n}"`, `      - code: "6.${n + 1}"`);
    text = text.replace('      - code: "6.2"', '      - code: "6.1"\n        title: {vi: "Tỷ lệ hộ gia đình có địa chỉ số", en: "Share of households with a digital address"}\n        max: 10\n        input: {type: percent}\n        rule: {type: ratio}\n        evidence: {required: true, min: 1, fields: [number, date, title]}\n      - code: "6.2"');
    text = text.replace('en: "Digital-society activity"}\n    max: 80', 'en: "Digital-society activity"}\n    max: 90').replace("scale: 960", "scale: 970");
    writeFileSync(file, text);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("ở chỉ số 6.1 dùng")) + 1;
    expect(lines[line - 2]).not.toMatch(/>-/);
    const col = lines[line - 1]!.indexOf("6.1 dùng") + 1;
    const r = await runCli(["rubric", "lint", file, "--previous", "dti-cap-xa", "--format", "github"]);
    expect(r.stdout).toMatch(new RegExp(`^::warning file=[^,]*d\\.yaml,line=${line},col=${col},title=egov-score code-reference-stale::The text still names 6\\.1 `, "m"));
  });

  it.each([
    ["two rubrics: the earlier version is one rubric's", [FAIL("code-reference-stale"), PASS, "--previous", previous], "--previous can be used only when linting one rubric file (it is that rubric's earlier version), and the arguments here name 2 files: name one"],
    ["the earlier version of another rubric", ["dti-cap-so", "--previous", previous], "--previous names rubric lint-base, not dti-cap-so: give the earlier version of dti-cap-so itself"],
    ["an earlier version that is not there", [FAIL("code-reference-stale"), "--previous", "nope/old.yaml"], "nope/old.yaml"],
  ])("usage (exit 2): %s", async (_, args, said) => {
    const r = await runCli(["rubric", "lint", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
  });
});

describe("rubric lint: exit codes and --fail-severity", () => {
  it("0 for clean files, 1 for an error, 2 for a file that cannot be opened", async () => {
    expect((await runCli(["rubric", "lint", PASS, "dti-cap-xa"])).code).toBe(0);
    expect((await runCli(["rubric", "lint", FAIL("zero-weights")])).code).toBe(1);
    const missing = await runCli(["rubric", "lint", "nope/missing.yaml", FAIL("zero-weights")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope/missing.yaml");
    expect(missing.stderr).toContain("[file-not-found]");
    expect(missing.stderr).toContain("[zero-weights]");
  });

  // A path copied from a Windows colleague: `score 'C:\…'` says the drive, lint said only "no such file".
  it.skipIf(process.platform === "win32")("a rubric on a Windows drive (C:\\rubrics\\dti.yaml) says the drive, as score does (exit 2)", async () => {
    const r = await runCli(["rubric", "lint", "C:\\rubrics\\dti.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[file-not-found]");
    expect(r.stderr).toContain("hint: C: names a disk of a Windows computer, which this machine does not have: copy the file to this machine and give its path here");
  });

  it.each([
    ["a folder without YAML files is named", (dir: string) => [dir], (dir: string) => `No .yaml/.yml files found in ${dir}`],
    ["a mistyped rubric id is said as such, with where to find the ids", () => ["dti-cap-sox"], () => 'No file or bundled rubric named "dti-cap-sox"; did you mean dti-cap-so? (egov-score rubric list lists the bundled ones)'],
  ])("usage (exit 2): %s", async (_, args, said) => {
    const dir = tempDir();
    const r = await runCli(["rubric", "lint", ...args(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said(dir));
    expect(r.stderr).not.toContain("{");
  });

  it.each([
    ["relative to the repository's root (GITHUB_WORKSPACE), where GitHub looks for the file", { GITHUB_WORKSPACE: path.resolve("..") }, path.relative(path.resolve(".."), path.resolve(FAIL("zero-weights"))).split(path.sep).join("/")],
    ["as given, outside a GitHub job", {}, FAIL("zero-weights")],
  ])("github annotations name the file %s", async (_, env: Record<string, string>, file) => {
    const r = await runCli(["rubric", "lint", FAIL("zero-weights"), "--format", "github"], { env });
    expect(r.stdout).toContain(`::error file=${file},line=`);
  });

  it.skipIf(process.platform === "win32")("github annotations stay relative when the workspace is reached through a symbolic link (a self-hosted runner's)", async () => {
    const link = path.join(tempDir(), "workspace");
    symlinkSync(process.cwd(), link);
    const r = await runCli(["rubric", "lint", FAIL("zero-weights"), "--format", "github"], { env: { GITHUB_WORKSPACE: link } });
    expect(r.stdout).toContain(`::error file=${FAIL("zero-weights")},line=`);
  });

  it("a scale or points beyond a million are refused where they are written (they would crash scoring or lose exactness)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "big.yaml");
    const text = readFileSync(PASS, "utf8");
    const huge = text.replace(/^scale: .*$/m, "scale: 1e308");
    writeFileSync(file, huge);
    const r = await runCli(["rubric", "lint", file, "--format", "json"]);
    expect(r.code).toBe(1);
    const scaleLine = huge.split("\n").findIndex((l) => l.startsWith("scale:")) + 1;
    expect(JSON.parse(r.stdout).files[0].findings).toContainEqual(expect.objectContaining({ rule: "out-of-range", line: scaleLine }));
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--rubric", file])).code).toBe(2);
  });

  it("warnings fail only with --fail-severity warning", async () => {
    const lenient = await runCli(["rubric", "lint", FAIL("band-gap")]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/band-gap\.fail\.yaml:40:10 warning The lowest band \(chua-dat\) starts at 20 %/);
    expect((await runCli(["rubric", "lint", FAIL("band-gap"), "--fail-severity", "warning"])).code).toBe(1);
    expect((await runCli(["rubric", "lint", FAIL("band-gap"), "--fail-severity", "fatal"])).code).toBe(2);
  });

  it("says how many warnings the rubric's lint.accept kept, in the summary line and the json, in both languages", async () => {
    const accepted = "test/fixtures/lint/lint-accept-unused.pass.yaml";
    const stylish = await runCli(["rubric", "lint", accepted]);
    expect(stylish.code).toBe(0);
    expect(stylish.stderr).toContain("1 file checked, no problems (1 warning kept on purpose by the rubric's lint.accept, not shown)");
    const json = await runCli(["rubric", "lint", accepted, "--format", "json", "--lang", "vi"]);
    expect(json.stderr).toContain("(1 cảnh báo được giữ có chủ ý theo lint.accept của bộ chỉ số, không hiện)");
    const report = JSON.parse(json.stdout) as { summary: { accepted: number; warnings: number }; files: { accepted: number }[] };
    expect([report.summary.accepted, report.summary.warnings, report.files[0]!.accepted]).toEqual([1, 0, 1]);
    // Nothing accepted, nothing said.
    expect((await runCli(["rubric", "lint", PASS])).stderr).not.toContain("lint.accept");
  });

  it("names what lint.accept kept and why: each entry at its line, its rule, code, the lines of the warnings and the reason", async () => {
    const accepted = "test/fixtures/lint/lint-accept-unused.pass.yaml";
    const line = `${accepted}:44:7 lint.accept keeps 1 stale-year warning at 1.1, line 24: "the 2025 results are measured"`;
    expect((await runCli(["rubric", "lint", accepted])).stderr).toContain(line);
    // The CI formats' log says it too, in Vietnamese as well.
    expect((await runCli(["rubric", "lint", accepted, "--format", "github"])).stderr).toContain(line);
    expect((await runCli(["rubric", "lint", accepted, "--lang", "vi"])).stderr).toContain(`${accepted}:44:7 lint.accept giữ 1 cảnh báo stale-year tại 1.1, dòng 24: "the 2025 results are measured"`);
    const json = JSON.parse((await runCli(["rubric", "lint", accepted, "--format", "json"])).stdout) as { files: { acceptances: { rule: string; code: string; reason: string; line: number; col: number; warnings: { line: number; path: string }[] }[] }[] };
    expect(json.files[0]!.acceptances).toMatchObject([{ rule: "stale-year", code: "1.1", reason: "the 2025 results are measured", line: 44, col: 7, warnings: [{ line: 24, path: "groups/0/items/0/title/vi" }] }]);
    // --quiet keeps the count only.
    expect((await runCli(["rubric", "lint", accepted, "--quiet"])).stderr).not.toContain("lint.accept keeps");
  });

  it("--quiet leaves warnings out and says how many, not 'no problems'", async () => {
    const quiet = await runCli(["rubric", "lint", FAIL("band-gap"), "--quiet"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain("band-gap");
    expect(quiet.stderr).toContain("1 file checked, no errors (1 warning not shown: --quiet)");
    expect((await runCli(["rubric", "lint", FAIL("band-gap"), "--quiet", "--fail-severity", "warning"])).stderr).toContain("band-gap");
  });

  it("usage errors are 2: an unknown format, no files at all", async () => {
    expect((await runCli(["rubric", "lint", PASS, "--format", "xml"])).code).toBe(2);
    expect((await runCli(["rubric", "lint"])).code).toBe(2);
    expect((await runCli(["rubric", "lint", tempDir()])).code).toBe(2);
  });

  it("a folder lints its *.yaml files but not its subfolders (where fixtures live)", async () => {
    const r = await runCli(["rubric", "lint", "rubrics", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(["rubrics/dti-cap-so.yaml", "rubrics/dti-cap-xa.yaml", "rubrics/un-losi-2022.yaml"]);
  });

  it("a folder's hidden files are left out: an editor's mark of a rubric being edited (Emacs's .#NAME.yaml, a link to nowhere) ended the lint in an internal error", async () => {
    const dir = tempDir();
    copyFileSync(PASS, path.join(dir, "a.yaml"));
    symlinkSync("user@host.1234:1700000000", path.join(dir, ".#a.yaml"));
    const r = await runCli(["rubric", "lint", dir, "--format", "json"]);
    expect(r.stderr).not.toContain("Internal error");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => path.basename(f.file))).toEqual(["a.yaml"]);
  });

  it.skipIf(process.platform === "win32")("links in a pull request to files outside the folder are not read by lint or test (a rubric, expected.yaml or a fixture linked to the CI job's .git/config had its token quoted in the log)", async () => {
    const dir = tempDir();
    const secret = path.join(tempDir(), "config");
    writeFileSync(secret, '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
    copyFileSync("rubrics/un-losi-2022.yaml", path.join(dir, "un-losi-2022.yaml"));
    symlinkSync(secret, path.join(dir, "leak.yaml"));
    const fixtures = path.join(dir, "fixtures", "un-losi-2022");
    mkdirSync(fixtures, { recursive: true });
    copyFileSync("rubrics/fixtures/un-losi-2022/full-marks.yaml", path.join(fixtures, "full-marks.yaml"));
    writeFileSync(path.join(fixtures, "expected.yaml"), "fixtures:\n  full-marks.yaml: {total: 86}\n  leak.yaml: {total: 1}\n");
    symlinkSync(secret, path.join(fixtures, "leak.yaml"));
    const lint = await runCli(["rubric", "lint", dir, "--format", "json"]);
    expect(lint.stdout + lint.stderr).not.toContain("c2VjcmV0");
    expect(JSON.parse(lint.stdout).files.find((f: { file: string }) => f.file.endsWith("leak.yaml")).findings.map((f: { rule: string }) => f.rule)).toEqual(["link-outside-folder"]);
    const test = await runCli(["rubric", "test", dir]);
    expect(test.stdout + test.stderr).not.toContain("c2VjcmV0");
    expect(test.stdout + test.stderr).toContain(`leak.yaml error This is a link to a file outside the folder read (${realpathSync(secret)})`);
    expect(test.stdout + test.stderr).toContain("full-marks.yaml  86.00");
    rmSync(path.join(fixtures, "expected.yaml"));
    symlinkSync(secret, path.join(fixtures, "expected.yaml"));
    const expected = await runCli(["rubric", "test", path.join(dir, "un-losi-2022.yaml")]);
    expect(expected.stdout + expected.stderr).not.toContain("c2VjcmV0");
    expect(expected.stdout + expected.stderr).toContain("[link-outside-folder]");
  });

  it("speaks Vietnamese with --lang vi", async () => {
    const r = await runCli(["--lang", "vi", "rubric", "lint", FAIL("band-gap")]);
    expect(r.stderr).toContain("cảnh báo Mức xếp loại thấp nhất (chua-dat) bắt đầu từ 20 %");
    expect(r.stderr).toContain("1 vấn đề (0 lỗi, 1 cảnh báo) trong 1 tệp");
  });
});

describe("rubric lint output formats", () => {
  it("stylish: file:line:col, severity, message, [rule], a code frame; then a summary", async () => {
    const r = await runCli(["rubric", "lint", FAIL("cap-above-max")]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("test/fixtures/lint/cap-above-max.fail.yaml:32:45 warning The cap 50 of 1.2 is above its max 40, so it never applies [cap-above-max]");
    expect(r.stderr).toContain("> 32 |     rule: {type: per_unit, points: 10, cap: 50}");
    expect(r.stderr).toContain("1 problem (0 errors, 1 warning) in 1 file");
  });

  it("stylish on a terminal: findings wrapped at spaces and code frames cut to its width, as validate shows them", async () => {
    const files = [FAIL("aggregate-overlap"), FAIL("bad-range")];
    const piped = await runCli(["rubric", "lint", ...files], { env: { LANG: "vi_VN.UTF-8" } });
    expect(piped.stderr.split("\n").some((l) => [...l].length > 100)).toBe(true);
    for (const columns of [40, 60]) {
      const shown = await runCli(["rubric", "lint", ...files], { stderrColumns: columns, env: { LANG: "vi_VN.UTF-8", NO_COLOR: "1" } });
      expect(shown.code).toBe(piped.code);
      // The file's place is never broken (copied, it must name the file), nor a frame whose caret is past the
      // edge (validate's rule); every other line fits, and frame lines are cut with "…".
      const lines = shown.stderr.trimEnd().split("\n");
      const frame = (l: string) => /^\s+(>\s+)?\d*\s*\|/.test(l);
      const place = (l: string) => /^test\/fixtures\/\S+:\d+:\d+$/.test(l);
      for (const line of lines.filter((l) => !place(l) && !frame(l))) expect([...line].length, line).toBeLessThan(columns);
      expect(lines.some((l) => frame(l) && l.endsWith("…"))).toBe(true);
      expect(shown.stderr).toContain("[aggregate-overlap]");
    }
    // Written to a file (-o), nothing is cut.
    const file = path.join(tempDir(), "lint.txt");
    await runCli(["rubric", "lint", ...files, "-o", file], { stderrColumns: 40, env: { LANG: "vi_VN.UTF-8" } });
    expect(readFileSync(file, "utf8")).toBe(piped.stderr);
  });

  it("json: a stable shape with rule, severity, line, col, path and message", async () => {
    const r = await runCli(["rubric", "lint", FAIL("unreachable-item"), PASS, "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ files: 2, errors: 2, warnings: 0, failed: true, accepted: 0 });
    expect(report.fail_severity).toBe("error");
    expect(report.files[0].findings[1]).toEqual({
      rule: "unreachable-item", severity: "error", line: 28, col: 17, path: "groups/0/items/0/applies_to",
      message: "1.1 applies only to commune, none of them among the agency types that can reach it (department): no agency can ever answer it",
      params: { code: "1.1", types: "commune", parent: "department" },
    });
    expect(report.files[1]).toEqual({ file: PASS, unreadable: false, errors: 0, warnings: 0, accepted: 0, acceptances: [], findings: [] });
  });

  // "children add up to 100" left the author adding the children up again to find the max that is wrong.
  it("a group's or the scale's sum that misses its max lists the maxima it adds up, each by its code, in vi and en", async () => {
    const en = await runCli(["rubric", "lint", FAIL("max-mismatch")]);
    expect(en.stderr).toContain("    hint: the children's maxima: 1.1 (60) + 1.2 (40)\n");
    // One group's max is the sum the sentence says already.
    expect(en.stderr).not.toContain("hint: the groups' maxima");
    const vi = await runCli(["rubric", "lint", FAIL("max-mismatch"), "--lang", "vi"]);
    expect(vi.stderr).toContain("    gợi ý: điểm tối đa các mục con: 1.1 (60) + 1.2 (40)\n");
    const dir = tempDir();
    const twoGroups = path.join(dir, "two-groups.yaml");
    writeFileSync(twoGroups, readFileSync(FAIL("max-mismatch"), "utf8").replace("max: 90", "max: 100").replace("\nbands:", `
- code: '2'
  title: {vi: Nhóm thứ hai, en: Second group}
  max: 10
  items:
  - code: '2.1'
    title: {vi: Có ứng dụng di động, en: Has a mobile app}
    max: 10
    input: {type: boolean}
    rule: {type: fixed}
bands:`));
    expect((await runCli(["rubric", "lint", twoGroups])).stderr).toContain("    hint: the groups' maxima: 1 (100) + 2 (10)\n");
    expect((await runCli(["rubric", "lint", twoGroups, "--lang", "vi"])).stderr).toContain("    gợi ý: điểm tối đa các nhóm: 1 (100) + 2 (10)\n");
  });

  it("github: one workflow command per finding, with file, line, col and an escaped message", async () => {
    const r = await runCli(["rubric", "lint", FAIL("max-mismatch"), FAIL("band-gap"), "--format", "github"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n")).toEqual([
      "::error file=test/fixtures/lint/max-mismatch.fail.yaml,line=8,col=8,title=egov-score scale-mismatch::The scale is 100 but the groups' maxima add up to 90: fix the scale, or the max of the group that is wrong",
      "::error file=test/fixtures/lint/max-mismatch.fail.yaml,line=21,col=8,title=egov-score max-mismatch::The max of group 1 is 90 but its children add up to 100: fix the group's max, or the max of the child that is wrong; the children's maxima: 1.1 (60) + 1.2 (40)",
      "::warning file=test/fixtures/lint/band-gap.fail.yaml,line=40,col=10,title=egov-score band-gap::The lowest band (chua-dat) starts at 20 %25: a lower total gets no band; write min: 0 on chua-dat, or add a lowest band from 0",
    ]);
  });

  it("github: file names with ':' or ',' and messages with newlines stay one command each", async () => {
    const dir = tempDir();
    const odd = path.join(dir, "a,b:c.yaml");
    writeFileSync(odd, "id: x\n  bad: [\n");
    const r = await runCli(["rubric", "lint", odd, "--format", "github"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^::error file=[^,:]*a%2Cb%3Ac\.yaml,line=\d+,col=\d+,title=egov-score [\w.-]+::[^\n\r]*$/);
  });

  it("junit: parses back; failures at or above --fail-severity, warnings as passing cases, clean files as one case", async () => {
    const r = await runCli(["rubric", "lint", FAIL("max-mismatch"), FAIL("band-gap"), PASS, "--format", "junit"]);
    const root = parseXml(r.stdout);
    expect(root.name).toBe("testsuites");
    expect(root.attrs).toMatchObject({ tests: "4", failures: "2", errors: "0" });
    const suites = all(root, "testsuite");
    expect(suites.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures])).toEqual([
      ["test/fixtures/lint/max-mismatch.fail.yaml", "2", "2"],
      ["test/fixtures/lint/band-gap.fail.yaml", "1", "0"],
      [PASS, "1", "0"],
    ]);
    const failure = all(suites[0]!, "failure")[1]!;
    expect(failure.attrs.type).toBe("max-mismatch");
    expect(failure.attrs.message).toBe("The max of group 1 is 90 but its children add up to 100: fix the group's max, or the max of the child that is wrong; the children's maxima: 1.1 (60) + 1.2 (40)");
    expect(failure.text).toBe("test/fixtures/lint/max-mismatch.fail.yaml:21:8 error The max of group 1 is 90 but its children add up to 100: fix the group's max, or the max of the child that is wrong; the children's maxima: 1.1 (60) + 1.2 (40) [max-mismatch]");
    expect(all(suites[1]!, "system-out")[0]!.text).toContain("warning The lowest band");
    expect(all(suites[2]!, "testcase")[0]!.attrs.name).toBe("rubric lint");
    const strict = parseXml((await runCli(["rubric", "lint", FAIL("band-gap"), "--format", "junit", "--fail-severity", "warning"])).stdout);
    expect(strict.attrs.failures).toBe("1");
  });

  it("junit: markup and control characters in texts are escaped so the XML stays well-formed", async () => {
    const dir = tempDir();
    const file = path.join(dir, "x&<y>.yaml");
    // A YAML double-quoted text with markup, quotes and a BEL (\a), which XML 1.0 cannot carry at all.
    writeFileSync(file, readFileSync(FAIL("translation-identical"), "utf8").replace(/Số cuộc họp về chuyển đổi số/g, String.raw`"Họp <b> & \"ký số\" 'x' \a"`));
    const r = await runCli(["rubric", "lint", file, "--format", "junit"]);
    const root = parseXml(r.stdout);
    const suite = all(root, "testsuite")[0]!;
    expect(suite.attrs.name).toBe(file);
    const outputs = all(suite, "system-out").map((o) => o.text);
    expect(outputs.find((o) => o.includes("[translation-identical]"))).toContain(`"Họp <b> & "ký số" 'x' \uFFFD"`);
    // The BEL is the rubric's own mistake too, said at the text that holds it.
    expect(outputs.filter((o) => o.includes("[text-control-character]"))).toHaveLength(2);
  });

  it("an unopenable file is a JUnit error, not a failure", async () => {
    const root = parseXml((await runCli(["rubric", "lint", "nope.yaml", "--format", "junit"])).stdout);
    expect(root.attrs).toMatchObject({ tests: "1", failures: "0", errors: "1" });
    expect(all(root, "error")[0]!.attrs.type).toBe("file-not-found");
  });

  it("sarif: valid against the SARIF 2.1.0 schema, with rule metadata and regions", async () => {
    const r = await runCli(["rubric", "lint", FAIL("max-mismatch"), FAIL("band-gap"), PASS, "--format", "sarif"]);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toBeNull();
    const run = log.runs[0];
    expect(log.version).toBe("2.1.0");
    expect(run.tool.driver.name).toBe("egov-score");
    expect(run.results).toHaveLength(3);
    const gap = run.results[2];
    expect(gap).toMatchObject({ ruleId: "band-gap", level: "warning", locations: [{ physicalLocation: { artifactLocation: { uri: "test/fixtures/lint/band-gap.fail.yaml", index: 1 }, region: { startLine: 40, startColumn: 10, endColumn: 12 } } }] });
    expect(run.tool.driver.rules[gap.ruleIndex].id).toBe("band-gap");
    expect(run.tool.driver.rules[gap.ruleIndex].shortDescription.text).toBe("The lowest band starts above 0");
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(["test/fixtures/lint/max-mismatch.fail.yaml", "test/fixtures/lint/band-gap.fail.yaml", PASS]);
  });

  it("sarif: every rule has the fullDescription.text and help.text GitHub code scanning requires", async () => {
    for (const lang of ["en", "vi"]) {
      const log = JSON.parse((await runCli(["--lang", lang, "rubric", "lint", FAIL("band-gap"), "--format", "sarif"])).stdout);
      const rules = log.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; fullDescription?: { text?: string }; help?: { text?: string } }[];
      for (const rule of rules) {
        expect(rule.fullDescription?.text, rule.id).toBeTruthy();
        expect(rule.help?.text, rule.id).toContain(rule.id);
      }
      expect(validateSarif(log)).toBeNull();
    }
  });

  it("sarif: a bare ? in a rubric is a YAML rule with its description, not the catalogue's key", async () => {
    const file = path.join(tempDir(), "bare.yaml");
    writeFileSync(file, readFileSync(PASS, "utf8").replace(/^scale: .*$/m, "scale: ?"));
    for (const lang of ["en", "vi"]) {
      const log = JSON.parse((await runCli(["--lang", lang, "rubric", "lint", file, "--format", "sarif"])).stdout);
      const run = log.runs[0];
      expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["bare-question-mark"]);
      const rule = run.tool.driver.rules[run.results[0].ruleIndex];
      expect(rule.shortDescription.text).not.toMatch(/lint-rule-/);
      expect(rule.properties.category).toBe("yaml");
    }
    // A rubric has no answer to leave open: the sentence says to write the value first (it spoke only of answers).
    const text = await runCli(["--lang", "en", "rubric", "lint", file]);
    expect(text.stdout + text.stderr).toContain("A bare ? after a colon is YAML syntax of its own, not a value: write the value; in an agency file,");
  });

  it("sarif: a result's URI is relative to the repository's root (GITHUB_WORKSPACE), where code scanning resolves it", async () => {
    const env = { GITHUB_WORKSPACE: path.resolve("..") };
    const log = JSON.parse((await runCli(["rubric", "lint", FAIL("band-gap"), "--format", "sarif"], { env })).stdout);
    const fromRoot = path.relative(path.resolve(".."), path.resolve(FAIL("band-gap"))).split(path.sep).map(encodeURIComponent).join("/");
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(fromRoot);
    expect(log.runs[0].artifacts[0].location.uri).toBe(fromRoot);
  });

  it("sarif: still valid for YAML errors, unopenable files, absolute and odd paths, in Vietnamese", async () => {
    const dir = tempDir();
    const odd = path.join(dir, "tệp có dấu cách #1.yaml");
    writeFileSync(odd, "id: [unclosed\n");
    copyFileSync(FAIL("translation-missing"), path.join(dir, "b.yaml"));
    const r = await runCli(["--lang", "vi", "rubric", "lint", odd, path.join(dir, "b.yaml"), "missing.yaml", "--format", "sarif"]);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toBeNull();
    expect(log.runs[0].language).toBe("vi");
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].artifacts[0].location.uri).toMatch(/^file:\/\/\/.*t%E1%BB%87p%20c%C3%B3%20d%E1%BA%A5u%20c%C3%A1ch%20%231\.yaml$/);
  });

  it("sarif: each result's fingerprint survives a line added above it, and no two results share one", async () => {
    const dir = tempDir();
    const fixtures = readdirSync("test/fixtures/lint").filter((f) => f.endsWith(".fail.yaml"));
    for (const f of fixtures) copyFileSync(path.join("test/fixtures/lint", f), path.join(dir, f));
    // Findings without a YAML path: a syntax error, a tab run, and the same key written twice in two maps (alike but for their lines).
    writeFileSync(path.join(dir, "yaml-syntax.yaml"), "id: [unclosed\n");
    writeFileSync(path.join(dir, "tabs.yaml"), "a:\n\t- x\n\t- y\n");
    writeFileSync(path.join(dir, "twice.yaml"), "a:\n  x: 1\n  x: 2\nb:\n  x: 1\n  x: 2\n");
    type Result = { locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[]; partialFingerprints: Record<string, string> };
    const lint = async (lang = "en") => {
      const log = JSON.parse((await runCli(["--lang", lang, "rubric", "lint", dir, "--format", "sarif"])).stdout);
      expect(validateSarif(log)).toBeNull();
      return (log.runs[0].results as Result[]).map((r) => ({ uri: r.locations[0]!.physicalLocation.artifactLocation.uri, line: r.locations[0]!.physicalLocation.region?.startLine, print: r.partialFingerprints["egovScore/v1"] }));
    };
    const before = await lint();
    expect(before.length).toBeGreaterThan(fixtures.length);
    expect(before.every((r) => /^[0-9a-f]{32}:\d+$/.test(r.print ?? ""))).toBe(true);
    expect(new Set(before.map((r) => r.print)).size).toBe(before.length);
    expect(before.filter((r) => r.uri.endsWith("twice.yaml")).map((r) => r.print!.split(":")[1])).toEqual(["1", "2"]);
    // The words follow --lang; the fingerprint does not.
    expect((await lint("vi")).map((r) => r.print)).toEqual(before.map((r) => r.print));
    for (const f of readdirSync(dir)) writeFileSync(path.join(dir, f), "# a line added above\n" + readFileSync(path.join(dir, f), "utf8"));
    const after = await lint();
    expect(after.map((r) => r.line)).toEqual(before.map((r) => (r.line === undefined ? undefined : r.line + 1)));
    expect(after.map((r) => r.print)).toEqual(before.map((r) => r.print));
  });

  it("the SARIF check is real: the schema rejects a broken log", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [{ level: "fatal" }] }] })).not.toBeNull();
  });

  it("-o writes the report to a file and refuses to overwrite it without --force", async () => {
    const out = path.join(tempDir(), "lint.sarif");
    expect((await runCli(["rubric", "lint", PASS, "--format", "sarif", "-o", out])).code).toBe(0);
    expect(validateSarif(JSON.parse(readFileSync(out, "utf8")))).toBeNull();
    expect((await runCli(["rubric", "lint", PASS, "--format", "sarif", "-o", out])).code).toBe(2);
    expect((await runCli(["rubric", "lint", PASS, "--format", "sarif", "-o", out, "--force"])).code).toBe(0);
  });

  it("-o without --format takes the format its extension names, as score -o does; an extension that names none is refused", async () => {
    const dir = tempDir();
    const cases: [string[], string, (text: string) => boolean][] = [
      [["rubric", "lint", PASS], "l.sarif", (t) => JSON.parse(t).version === "2.1.0"],
      [["rubric", "lint", PASS], "l.xml", (t) => t.startsWith("<?xml")],
      [["rubric", "test", "un-losi-2022"], "t.json", (t) => Array.isArray(JSON.parse(t).rubrics)],
      [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", "examples/so-khcn-quang-binh.yaml"], "i.json", (t) => JSON.parse(t).summary !== undefined],
      [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", "examples/so-khcn-quang-binh.yaml"], "i.md", (t) => t.startsWith("#")],
      [["rubric", "show", "dti-cap-xa"], "s.md", (t) => t.startsWith("#")],
    ];
    for (const [args, name, check] of cases) {
      const file = path.join(dir, name);
      const r = await runCli([...args, "-o", file]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(check(readFileSync(file, "utf8")), name).toBe(true);
    }
    // It used to write the terminal's text into a file named .html.
    const refused = await runCli(["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", "examples/so-khcn-quang-binh.yaml", "-o", path.join(dir, "i.html")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Cannot tell which format to write to");
    expect((await runCli(["explain", "examples/so-khcn-quang-binh.yaml", "-o", path.join(dir, "e.html")])).code).toBe(2);
  });

  it("every rubric command that writes -o says so on standard error, as score and explain do; --quiet keeps quiet", async () => {
    const dir = tempDir();
    const runs: [string[], string][] = [
      [["rubric", "lint", PASS, "-o", path.join(dir, "lint.txt")], "stylish"],
      [["rubric", "show", "dti-cap-xa", "--format", "md", "-o", path.join(dir, "show.md")], "md"],
      [["rubric", "show", "dti-cap-xa", "-o", path.join(dir, "show.txt")], "table"],
      [["rubric", "test", "un-losi-2022", "-o", path.join(dir, "test.txt")], "table"],
      [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", "examples/so-khcn-quang-binh.yaml", "--format", "json", "-o", path.join(dir, "impact.json")], "json"],
    ];
    for (const [args, format] of runs) {
      const file = args[args.indexOf("-o") + 1]!;
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr, args.join(" ")).toContain(`Wrote ${file} (${format})`);
      expect((await runCli([...args, "--force", "--quiet"])).stderr).not.toContain("Wrote");
    }
  });
});

describe("rubric lint: numbers written the Vietnamese way, in a rubric", () => {
  const variant = (from: RegExp, to: string) => {
    const file = path.join(tempDir(), "r.yaml");
    writeFileSync(file, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(from, to));
    return file;
  };
  it.each([
    ["50% for an option's fraction (a share from 0 to 1)", /fraction: 0\.5\}/, "fraction: 50%}", "percent-as-fraction", { as_fraction: "0.5" }],
    ["0,5 inside braces", /fraction: 0\.5\}/, "fraction: 0,5}", "unknown-field", { field: "5", hint_comma: "5" }],
    ["a merge key", /      - code: "1\.1"\n/, '      - <<: {max: 20}\n        code: "1.1"\n', "merge-key", {}],
  ])("%s", async (_, from, to, code, params) => {
    const r = await runCli(["rubric", "lint", variant(from, to), "--format", "json"]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].findings;
    expect(findings[0]).toMatchObject({ rule: code, params });
  });
});

describe("rubric lint of an input with a field its type does not take", () => {
  it("names the fields of that type only (it listed every input type's, min among them, for a count)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "count-min.yaml");
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const count = `input: {type: count, unit: {vi: "đơn vị", en: "units"}}`;
    expect(text).toContain(count);
    writeFileSync(file, text.replace(count, `input: {type: count, unit: {vi: "đơn vị", en: "units"}, min: 3}`));
    const r = await runCli(["rubric", "lint", file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('There is no field "min" in the file\'s format');
    // type and unit are written: max is the one field left to name.
    expect(r.stdout + r.stderr).toContain("expected: one of the fields not written here yet: max\n");
  });
});

describe("a YAML slip that sets off thousands of findings", () => {
  it("is said by its first 100 and how many more, in lint and wherever the rubric is loaded (6,212 findings were listed)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "slip.yaml");
    // One character at the end of a line early in the file: every line after it is out of place.
    writeFileSync(file, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(/^(title:.*)$/m, "$1 }"));
    const lint = await runCli(["rubric", "lint", file, "--format", "json"]);
    const findings = JSON.parse(lint.stdout).files[0].findings as { rule: string; params: { count?: number } }[];
    expect(findings.length).toBe(101);
    expect(findings.at(-1)).toMatchObject({ rule: "more-findings" });
    expect(findings.at(-1)!.params.count).toBeGreaterThan(0);
    // The summary counts every finding, those left out included (it said "101 problems" after "… and 655 more").
    const report = JSON.parse(lint.stdout) as { summary: { errors: number; warnings: number }; files: { errors: number; warnings: number }[] };
    expect(report.summary.errors + report.summary.warnings).toBe(100 + findings.at(-1)!.params.count!);
    expect(report.files[0]!.errors + report.files[0]!.warnings).toBe(100 + findings.at(-1)!.params.count!);
    const stylish = await runCli(["rubric", "lint", file]);
    expect(stylish.stderr).toContain(`${100 + findings.at(-1)!.params.count!} problems`);
    const score = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--rubric", file]);
    expect(score.code).toBe(2);
    expect(score.stderr.match(/\[yaml-syntax\]/g)?.length ?? 0).toBeLessThanOrEqual(100);
    expect(score.stderr).toContain("[more-findings]");
  });
});

describe("an agency file named where a rubric goes", () => {
  // It drew "Missing required fields id, version, title…" and an "Unknown field" for each of its keys, never
  // saying it is an agency file.
  it.each([
    ["rubric lint", ["rubric", "lint", "examples/kho-bac-quang-binh.yaml"], 2],
    ["score --rubric", ["score", "examples/kho-bac-quang-binh.yaml", "--rubric", "examples/so-khcn-quang-binh.yaml"], 2],
    ["rubric show", ["rubric", "show", "examples/so-khcn-quang-binh.yaml"], 2],
  ])("%s: one finding saying what it is", async (_, args, code) => {
    const r = await runCli([...args, "--lang", "en"]);
    expect(r.code).toBe(code);
    expect(r.stderr.match(/\[not-rubric-file\]/g)).toHaveLength(1);
    expect(r.stderr).toContain("This is not a rubric: it is an agency file");
    // The --lang given is in the command suggested (rubric lint's stylish findings do not carry it yet).
    expect(r.stderr).toMatch(/hint: check an agency file with egov-score (--lang en )?validate/);
    expect(r.stderr).not.toContain("[unknown-field]");
  });

  it("a rubric with its groups misspelt is still reported key by key (its agency_types is like an agency file's key)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.yaml");
    writeFileSync(file, readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace(/^groups:/m, "grups:"));
    const r = await runCli(["rubric", "lint", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("[not-rubric-file]");
    expect(r.stderr).toContain("[unknown-field]");
  });

  it("a rubric with a stray agency or answers key is still a rubric: that key is an unknown field", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.yaml");
    writeFileSync(file, `${readFileSync("rubrics/dti-cap-xa.yaml", "utf8")}\nagency: {name: X}\nanswers: {}\n`);
    const r = await runCli(["rubric", "lint", file, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("[not-rubric-file]");
    expect(r.stderr).toContain("[unknown-field]");
  });

  // A CI workflow named to lint drew 6 "Missing required fields" and "Unknown field" errors, never "not a rubric".
  it.each([
    ["stylish", "examples/ci/github-workflow.yml", "This is not a rubric: it has none of the parts a rubric has at its top (id, version, groups, bands…)"],
    ["json", "examples/ci/github-workflow.yml", "This is not a rubric: it has none of the parts a rubric has at its top"],
    ["github", "examples/ci/github-workflow.yml", "::error file=examples/ci/github-workflow.yml,line=17,col=1,title=egov-score not-rubric-file::This is not a rubric: it has none"],
    ["stylish", "rubrics/fixtures/dti-cap-xa/expected.yaml", "This is not a rubric: it is the expected results of a rubric's fixtures"],
  ])("other YAML named to lint (%s, %s): one finding saying it is no rubric, exit 2", async (format, file, said) => {
    const r = await runCli(["rubric", "lint", file, "--format", format, "--lang", "en"]);
    expect(r.code).toBe(2);
    const out = format === "stylish" ? r.stderr : r.stdout;
    expect(out.match(/not-rubric-file/g)).toHaveLength(1);
    expect(out).toContain(said);
    expect(out).not.toMatch(/missing-field|unknown-field/);
  });

  // rubric test given an expected.yaml was told "egov-score rubric test runs the fixtures": the command it had just run.
  it("an expected.yaml given to rubric test or lint is told the command with its rubric, in both languages", async () => {
    const test = await runCli(["rubric", "test", "rubrics/fixtures/dti-cap-so/expected.yaml", "--lang", "en"]);
    expect(test.code).toBe(2);
    expect(test.stderr).toContain("hint: these fixtures run with egov-score --lang en rubric test dti-cap-so (the rubric, not its expected.yaml)");
    const vi = await runCli(["rubric", "lint", "rubrics/fixtures/dti-cap-so/expected.yaml", "--lang", "vi"]);
    expect(vi.stderr).toContain("gợi ý: bộ kiểm thử này chạy bằng egov-score --lang vi rubric test dti-cap-so (nêu bộ chỉ số, không phải expected.yaml)");
  });

  // rubric lint's findings on a terminal suggested "egov-score validate", "egov-score schema rubric" without the --lang
  // given, where validate's and rubric test's carry it; a file written (-o) keeps the plain command, as validate's.
  it("the commands its findings suggest carry the --lang given on the terminal, not in a file written", async () => {
    const agency = await runCli(["--lang", "en", "rubric", "lint", "examples/kho-bac-quang-binh.yaml"]);
    expect(agency.stderr).toContain("hint: check an agency file with egov-score --lang en validate and score it with egov-score --lang en score;");
    const other = await runCli(["rubric", "lint", "examples/ci/github-workflow.yml", "--lang", "vi"]);
    expect(other.stderr).toContain("egov-score --lang vi schema rubric");
    const out = path.join(tempDir(), "lint.txt");
    const written = await runCli(["--lang", "en", "rubric", "lint", "examples/kho-bac-quang-binh.yaml", "-o", out]);
    expect(written.code).toBe(2);
    expect(readFileSync(out, "utf8")).toContain("hint: check an agency file with egov-score validate and score it with egov-score score;");
    const plain = await runCli(["rubric", "lint", "examples/kho-bac-quang-binh.yaml"], { env: { LANG: "en_US.UTF-8" } });
    expect(plain.stderr).toContain("hint: check an agency file with egov-score validate and score it with egov-score score;");
  });

  it("says it in Vietnamese too", async () => {
    const r = await runCli(["rubric", "lint", "examples/ci/github-workflow.yml", "--lang", "vi"]);
    expect(r.stderr).toContain("Tệp này không phải bộ chỉ số: không có phần nào mà một bộ chỉ số có ở đầu tệp");
  });

  /** A repository's folder: dti-cap-xa beside its CI workflow, its fixtures' expected.yaml and an agency file. */
  const repositoryFolder = () => {
    const dir = tempDir();
    copyFileSync("rubrics/dti-cap-xa.yaml", path.join(dir, "dti-cap-xa.yaml"));
    copyFileSync("examples/ci/github-workflow.yml", path.join(dir, "rubric-ci.yml"));
    copyFileSync("rubrics/fixtures/dti-cap-xa/expected.yaml", path.join(dir, "expected.yaml"));
    copyFileSync("examples/kho-bac-quang-binh.yaml", path.join(dir, "kho-bac.yaml"));
    return dir;
  };

  // A repository's folder with its workflow, a fixtures' expected.yaml and an agency file beside the rubric failed the run.
  it("a folder's other YAML files are skipped and said; the rubric is linted", async () => {
    const dir = repositoryFolder();
    for (const format of ["stylish", "json", "github"]) {
      const r = await runCli(["rubric", "lint", dir, "--format", format, "--lang", "en"]);
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toContain("not-rubric-file");
      expect(r.stderr).toContain("1 file checked, no problems");
      expect(r.stderr).toMatch(/Skipped .*rubric-ci\.yml: not a rubric \(no id, groups, bands… at its top/);
      expect(r.stderr).toMatch(/Skipped .*expected\.yaml: not a rubric but a fixtures' expected results/);
      expect(r.stderr).toMatch(/Skipped .*kho-bac\.yaml: not a rubric but an agency file \(check it with egov-score --lang en validate\)/);
    }
    const quiet = await runCli(["rubric", "lint", dir, "--quiet"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain("Skipped");
  });

  // With --previous the folder's other YAML files were counted as rubrics: "…name 4 files: name one" (exit 2).
  it("--previous on a folder of one rubric and other YAML files lints that rubric; two rubrics are still refused", async () => {
    const dir = repositoryFolder();
    const r = await runCli(["rubric", "lint", dir, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(r.stderr).not.toContain("name one");
    expect(r.stderr).toContain("1 file checked, no problems");
    expect(r.code).toBe(0);
    copyFileSync("rubrics/dti-cap-so.yaml", path.join(dir, "dti-cap-so.yaml"));
    const two = await runCli(["rubric", "lint", dir, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("the arguments here name 2 files: name one");
  });

  it("a folder with no rubric in it is a usage error", async () => {
    const dir = tempDir();
    copyFileSync("examples/ci/github-workflow.yml", path.join(dir, "rubric-ci.yml"));
    for (const previous of [[], ["--previous", "dti-cap-xa"]]) {
      const r = await runCli(["rubric", "lint", dir, ...previous, "--lang", "en"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("the 1 YAML file there is no rubric");
    }
  });

  it("SARIF names the rule in its catalogue", async () => {
    const r = await runCli(["rubric", "lint", "examples/kho-bac-quang-binh.yaml", "--format", "sarif"]);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toBeNull();
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(["not-rubric-file"]);
  });
});
