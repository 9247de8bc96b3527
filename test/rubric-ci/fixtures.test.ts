import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/messages.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import type { AgencyScore } from "../../src/core/result.js";
import { compare, runFixtures } from "../../src/rubric-ci/fixtures/run-fixtures.js";
import { mismatchText } from "../../src/rubric-ci/fixtures/test-words.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";
import { all, parseXml } from "./helpers/xml.js";

const tempDir = tempDirs();

/** A copy of the dti-cap-xa rubric with its fixtures, to break in a test. */
function copyXa(): { rubric: string; fixtures: string } {
  const dir = tempDir();
  cpSync("rubrics/dti-cap-xa.yaml", path.join(dir, "dti-cap-xa.yaml"));
  cpSync("rubrics/fixtures/dti-cap-xa", path.join(dir, "fixtures", "dti-cap-xa"), { recursive: true });
  return { rubric: path.join(dir, "dti-cap-xa.yaml"), fixtures: path.join(dir, "fixtures", "dti-cap-xa") };
}
const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, "utf8").replace(from, to));

describe("rubric test FOLDER: the folder's rubrics, as rubric lint takes them", () => {
  it("runs every *.yaml and *.yml rubric of the folder, not its subfolders (a folder was refused: \"it is a folder\")", async () => {
    const { rubric } = copyXa();
    const dir = path.dirname(rubric);
    cpSync("rubrics/un-losi-2022.yaml", path.join(dir, "un-losi-2022.yml"));
    cpSync("rubrics/fixtures/un-losi-2022", path.join(dir, "fixtures", "un-losi-2022"), { recursive: true });
    const r = await runCli(["rubric", "test", dir, "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics.map((x: { id: string }) => x.id)).toEqual(["dti-cap-xa", "un-losi-2022"]);
    expect(report.summary).toMatchObject({ passed: 13, failed: 0, unusable: 0 });
  });

  // A repository's folder with its CI workflow and an agency file beside the rubric: lint skipped them, test failed (exit 2).
  it("a folder's other YAML files are skipped and said, as rubric lint skips them; its rubric's fixtures run", async () => {
    const { rubric } = copyXa();
    const dir = path.dirname(rubric);
    cpSync("examples/ci/github-workflow.yml", path.join(dir, "rubric-ci.yml"));
    cpSync("examples/kho-bac-quang-binh.yaml", path.join(dir, "kho-bac.yaml"));
    const r = await runCli(["rubric", "test", dir, "--format", "json", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ passed: 8, failed: 0, unusable: 0 });
    expect(r.stderr).not.toContain("not-rubric-file");
    expect(r.stderr).toMatch(/Skipped .*rubric-ci\.yml: not a rubric \(no id, groups, bands… at its top/);
    expect(r.stderr).toMatch(/Skipped .*kho-bac\.yaml: not a rubric but an agency file/);
    expect((await runCli(["rubric", "test", dir, "--quiet"])).stderr).not.toContain("Skipped");
    // Named on its own, such a file is still no rubric (exit 2).
    expect((await runCli(["rubric", "test", path.join(dir, "rubric-ci.yml")])).code).toBe(2);
    const none = tempDir();
    cpSync("examples/ci/github-workflow.yml", path.join(none, "rubric-ci.yml"));
    const alone = await runCli(["rubric", "test", none, "--lang", "en"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("the 1 YAML file there is no rubric");
  });

  it("--previous with a folder of one rubric and other YAML files: the skipped files are not counted", async () => {
    const { rubric } = copyXa();
    const dir = path.dirname(rubric);
    cpSync("examples/ci/github-workflow.yml", path.join(dir, "rubric-ci.yml"));
    const r = await runCli(["rubric", "test", dir, "--previous", "dti-cap-xa", "--format", "json", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ passed: 8, failed: 0, unusable: 0 });
  });

  it("a folder with no rubric is a usage error, not a run of nothing that passes", async () => {
    const r = await runCli(["rubric", "test", tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("No .yaml/.yml files found in");
  });

  it.each([
    ["en", "--fixtures can be used only when testing one rubric, and the arguments here name 2 (a folder names every rubric in it)"],
    ["vi", "--fixtures chỉ dùng được khi kiểm thử một bộ chỉ số, còn các tham số ở đây chỉ tới 2 bộ (một thư mục là mọi bộ chỉ số trong đó)"],
  ])("--fixtures takes one rubric: a folder of two is refused, saying it names two (%s; it said only \"one rubric\", to one argument)", async (lang, said) => {
    const { rubric, fixtures } = copyXa();
    cpSync("rubrics/un-losi-2022.yaml", path.join(path.dirname(rubric), "un-losi-2022.yaml"));
    const r = await runCli(["rubric", "test", path.dirname(rubric), "--fixtures", fixtures, "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
  });

  it.each([
    ["en", "give only the rubric to test (its file or its id)"],
    ["vi", "hãy chỉ ghi một bộ chỉ số cần kiểm thử (tệp hoặc mã của nó)"],
  ])("--fixtures with two bundled ids asks for one rubric, file or id (%s; it asked for \"the rubric file\")", async (lang, said) => {
    const { fixtures } = copyXa();
    const r = await runCli(["rubric", "test", "dti-cap-so", "dti-cap-xa", "--fixtures", fixtures, "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
  });
});

describe("rubric test: the bundled rubrics' fixtures", () => {
  it("every bundled rubric has fixtures and they all pass (exit 0)", async () => {
    const r = await runCli(["rubric", "test", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics.map((x: { id: string }) => x.id)).toEqual(["dti-cap-so", "dti-cap-xa", "un-losi-2022"]);
    expect(report.summary).toEqual({ passed: 23, failed: 0, total: 23, problems: 0, unusable: 0, unanswered_indicators: 0, passed_with_notes: 0 });
    // A description given in both languages is shown in the one asked for.
    expect(report.rubrics[0].fixtures.find((f: { name: string }) => f.name === "full-marks.yaml").description).toBe("every indicator at full marks, no bonus or penalty");
    const vi = await runCli(["rubric", "test", "un-losi-2022", "--lang", "vi"]);
    expect(vi.stdout).toContain("✔ all-zero.yaml  0,00 — không đạt tiêu chí nào");
    for (const rubric of report.rubrics) expect(rubric.passed, rubric.id).toBe(true);
  });

  it("covers the edge cases: full marks, all zero, N/A, bonus and penalty at their caps", async () => {
    const report = JSON.parse((await runCli(["rubric", "test", "dti-cap-so", "--format", "json"])).stdout);
    const totals = Object.fromEntries(report.rubrics[0].fixtures.map((f: { name: string; total: number }) => [f.name, f.total]));
    expect(totals).toMatchObject({
      "full-marks.yaml": 1000, "all-zero.yaml": 0, "na-where-allowed-full-elsewhere.yaml": 985, "na-where-allowed-zero-elsewhere.yaml": 26.67,
      "bonus-at-cap.yaml": 50, "penalty-at-cap.yaml": 950, "bonus-over-scale.yaml": 1000, "penalty-below-zero.yaml": 0, "partial.yaml": 740.67,
    });
  });

  it("the table lists each fixture with its total", async () => {
    const r = await runCli(["rubric", "test", "un-losi-2022"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("un-losi-2022 2022 · fixtures in rubrics/fixtures/un-losi-2022");
    expect(r.stdout).toContain("✔ band-edge-65.yaml  65.00 — 65 criteria: just inside the top band");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("5/5 fixtures passed");
  });
});

describe("rubric test: failures", () => {
  it("a wrong expectation fails (exit 1) with every difference: total, band, group, indicator", async () => {
    const { rubric, fixtures } = copyXa();
    edit(path.join(fixtures, "expected.yaml"), /total: 940\n    percent: 97.91\n    band: xuat-sac\n    groups: \{"1": 60/, "total: 941\n    percent: 97.91\n    band: tot\n    groups: {\"1\": 61");
    edit(path.join(fixtures, "expected.yaml"), `indicators: {"1.1": 0, "1.2": 0, "3.1": 0, "3.5": 10}`, `indicators: {"1.1": 0, "1.2": 0, "3.1": 0, "3.5": 10, "9.9": 1}`);
    const r = await runCli(["rubric", "test", rubric]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✖ na-where-allowed.yaml — N/A wherever allowed, full marks elsewhere");
    expect(r.stdout).toContain("total: expected 941.00, got 940.00");
    expect(r.stdout).toContain("band: expected Good (tot), got Excellent (xuat-sac)");
    expect(r.stdout).toContain("group 1: expected 61.00, got 60.00");
    expect(r.stdout).toContain("indicator 9.9: expected 1.00, got –");
    expect(r.stdout).toContain("7/8 fixtures passed");
    const vi = await runCli(["--lang", "vi", "rubric", "test", rubric]);
    expect(vi.stdout).toContain("tổng điểm: mong đợi 941,00, thực tế 940,00");
  });

  it("a wrong band is named in the user's language with its id beside it (it said \"xếp loại: mong đợi high, thực tế very-high\", ids alone)", async () => {
    const dir = tempDir();
    cpSync("rubrics/un-losi-2022.yaml", path.join(dir, "un-losi-2022.yaml"));
    cpSync("rubrics/fixtures", path.join(dir, "fixtures"), { recursive: true });
    edit(path.join(dir, "fixtures", "un-losi-2022", "expected.yaml"), "    band: very-high\n", "    band: high\n");
    const vi = await runCli(["--lang", "vi", "rubric", "test", path.join(dir, "un-losi-2022.yaml")]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain("xếp loại: mong đợi Cao (high), thực tế Rất cao (very-high)");
    const github = await runCli(["--lang", "en", "rubric", "test", path.join(dir, "un-losi-2022.yaml"), "--format", "github"]);
    expect(github.stdout).toContain("band: expected High (high), got Very high (very-high)");
    const json = JSON.parse((await runCli(["rubric", "test", path.join(dir, "un-losi-2022.yaml"), "--format", "json"])).stdout);
    const [band] = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "full-marks.yaml").mismatches;
    expect(band).toMatchObject({ what: "band", expected: "high", actual: "very-high" });
  });

  it("a wrong bonus or penalty fails too, with the difference (the bundled expectations of both were never shown to check anything)", async () => {
    const dir = tempDir();
    cpSync("rubrics/dti-cap-so.yaml", path.join(dir, "dti-cap-so.yaml"));
    cpSync("rubrics/fixtures/dti-cap-so", path.join(dir, "fixtures", "dti-cap-so"), { recursive: true });
    const expected = path.join(dir, "fixtures", "dti-cap-so", "expected.yaml");
    edit(expected, "    bonus: 50\n    penalty: 0\n", "    bonus: 49\n    penalty: 0\n");
    edit(expected, "    bonus: 0\n    penalty: 50", "    bonus: 0\n    penalty: 45");
    const r = await runCli(["rubric", "test", path.join(dir, "dti-cap-so.yaml"), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("bonus: expected 49.00, got 50.00");
    expect(r.stdout).toContain("penalty: expected 45.00, got 50.00");
  });

  it("a fixture scored alone for want of a batch says its batch-relative points are provisional", async () => {
    const { rubric, fixtures } = copyXa();
    edit(path.join(fixtures, "expected.yaml"), /\n    batch: spending/g, "");
    const r = await runCli(["rubric", "test", rubric, "--fixtures", fixtures, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/indicator [\d.]+: expected [\d.]+, got [\d.]+ \(provisional: a batch-relative rule had no other agency of its cohort with a figure to compare with \(the fixture scored alone, or the others left it unanswered or N\/A\)/);
  });

  it("a point off by less than half the last decimal still passes; by half of it, fails", async () => {
    const { rubric, fixtures } = copyXa();
    edit(path.join(fixtures, "expected.yaml"), "total: 901.59", "total: 901.594");
    expect((await runCli(["rubric", "test", rubric])).code).toBe(0);
    edit(path.join(fixtures, "expected.yaml"), "total: 901.594", "total: 901.595");
    expect((await runCli(["rubric", "test", rubric])).code).toBe(1);
  });

  it("fixture files without an expectation, expectations without a file, and invalid fixtures all fail", async () => {
    const { rubric, fixtures } = copyXa();
    cpSync(path.join(fixtures, "all-zero.yaml"), path.join(fixtures, "extra.yaml"));
    rmSync(path.join(fixtures, "full-marks.yaml"));
    edit(path.join(fixtures, "all-zero.yaml"), `"2.1": {value: "khong"}`, `"2.1": {value: "khong-co"}`);
    const r = await runCli(["rubric", "test", rubric, "--format", "json"]);
    expect(r.code).toBe(1);
    const fixturesOut = JSON.parse(r.stdout).rubrics[0].fixtures;
    const byName = Object.fromEntries(fixturesOut.map((f: { name: string }) => [f.name, f]));
    expect(byName["extra.yaml"].errors[0].code).toBe("fixture-unlisted");
    // Said where expected.yaml lists it: there is no fixture file to point at.
    expect(byName["full-marks.yaml"].errors[0]).toMatchObject({ code: "fixture-file-missing", file: path.join(fixtures, "expected.yaml"), line: expect.any(Number), col: 3 });
    expect(byName["all-zero.yaml"].errors[0]).toMatchObject({ code: "not-allowed-value", path: "answers/2.1/value", line: expect.any(Number) });
  });

  // A fixture renamed, or listed with a slip (ward_na for ward-na, Full-marks on a Windows disk): two failures, "listed
  // but the file does not exist" and "has no expected result", that said nothing of each other.
  it.each([["full_marks.yaml"], ["Full-marks.yaml"]])("a listed fixture missing beside an unlisted %s: one failure, naming the file to match", async (near) => {
    const { rubric, fixtures } = copyXa();
    renameSync(path.join(fixtures, "full-marks.yaml"), path.join(fixtures, near));
    const loaded = loadRubric(rubric);
    if (!loaded.ok) throw new Error("rubric");
    const failed = runFixtures(loaded.loaded, fixtures).fixtures.filter((f) => !f.passed);
    expect(failed.map((f) => [f.name, f.diagnostics.map((d) => d.code)])).toEqual([["full-marks.yaml", ["fixture-file-missing"]]]);
    const [d] = failed[0]!.diagnostics;
    expect(message("en", d!.code, d!.params)).toBe(`full-marks.yaml is listed in expected.yaml but the file does not exist; the folder has ${near}, which expected.yaml does not list: give the file and its entry one name`);
    expect(message("vi", d!.code, d!.params)).toBe(`full-marks.yaml có trong expected.yaml nhưng không có tệp; thư mục có tệp ${near} mà expected.yaml không ghi: hãy đặt cho tệp và mục của nó cùng một tên`);
    const r = await runCli(["rubric", "test", rubric, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`the folder has ${near}`);
  });

  it("on a terminal, the table's lines and a failing fixture's findings are wrapped at its width, as validate's are", async () => {
    const { rubric, fixtures } = copyXa();
    edit(path.join(fixtures, "all-zero.yaml"), `"2.1": {value: "khong"}`, `"2.1": {value: "khong-co"}`);
    const piped = await runCli(["rubric", "test", rubric, "--lang", "vi"]);
    expect(piped.stdout.split("\n").some((l) => [...l].length > 100)).toBe(true);
    for (const columns of [40, 60]) {
      const r = await runCli(["rubric", "test", rubric, "--lang", "vi"], { columns, env: { NO_COLOR: "1" } });
      expect(r.code).toBe(piped.code);
      // Kept whole: a path (copied, it must name the file) and a frame line whose caret is past the edge (validate's rule).
      const kept = (l: string) => /^\s*\S*\/\S+$/.test(l) || /^\s+(>\s+)?\d*\s*\|/.test(l);
      for (const line of r.stdout.split("\n").filter((l) => !kept(l))) expect([...line].length, `${columns}: ${line}`).toBeLessThan(columns);
      // Joined back, the words are the same.
      expect(r.stdout.replace(/\s+/g, " ")).toContain(piped.stdout.split("\n").find((l) => l.includes("✔"))!.trim().replace(/\s+/g, " "));
    }
  });

  it("a fixture may name another version of the rubric, but not another rubric", async () => {
    const { rubric, fixtures } = copyXa();
    edit(path.join(fixtures, "all-zero.yaml"), `version: "2025.1"`, `version: "2024.9"`);
    expect((await runCli(["rubric", "test", rubric])).code).toBe(0);
    edit(path.join(fixtures, "all-zero.yaml"), `id: dti-cap-xa`, `id: dti-cap-so`);
    const r = await runCli(["rubric", "test", rubric]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[rubric-mismatch]");
  });

  it("basis: verified compares the collector's verified score", async () => {
    const dir = tempDir();
    const fixture = readFileSync("rubrics/fixtures/un-losi-2022/band-edge-65.yaml", "utf8").replace(`"1.1": {value: true}`, `"1.1": {value: true, verified: {value: false, by: "Sở KH&CN"}}`);
    writeFileSync(path.join(dir, "checked.yaml"), fixture);
    writeFileSync(path.join(dir, "expected.yaml"), "fixtures:\n  checked.yaml: {total: 64, basis: verified}\n");
    expect((await runCli(["rubric", "test", "un-losi-2022", "--fixtures", dir])).code).toBe(0);
    writeFileSync(path.join(dir, "expected.yaml"), "fixtures:\n  checked.yaml: {total: 64}\n");
    expect((await runCli(["rubric", "test", "un-losi-2022", "--fixtures", dir])).stdout).toContain("total: expected 64.00, got 65.00");
  });

  it("a broken expected.yaml is reported at file:line:col", async () => {
    const { rubric, fixtures } = copyXa();
    edit(path.join(fixtures, "expected.yaml"), "    total: 960\n", "    total: lots\n");
    const r = await runCli(["rubric", "test", rubric]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/expected\.yaml:\d+:12 error Wrong type of value \[wrong-type\]/);
  });

  it("a fixture name that is a path is one finding at its own key, in words (it was two, at the first entry, with a regex)", async () => {
    const { rubric, fixtures } = copyXa();
    writeFileSync(path.join(fixtures, "expected.yaml"), "fixtures:\n  full-marks.yaml:\n    total: 1000\n  ../../../secret.txt:\n    total: 1\n");
    const r = await runCli(["rubric", "test", rubric, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/expected\.yaml:4:3 error Wrong format \[bad-format\]/);
    expect(r.stdout).toContain("expected: the name of a .yaml or .yml file in the fixtures folder itself, with no / or \\; for example full-marks.yaml");
    expect(r.stdout).not.toContain("property name must be valid");
    expect(r.stdout).toContain("1 problem with the fixtures folder or expected.yaml");
  });

  it("expected.yaml for another rubric is a located problem, exit 1 (a copied folder passed on the wrong rubric)", async () => {
    const { rubric, fixtures } = copyXa();
    const file = path.join(fixtures, "expected.yaml");
    writeFileSync(file, `rubric: dti-cap-tinh\n${readFileSync(file, "utf8").replace(/^rubric:.*\n/m, "")}`);
    const r = await runCli(["rubric", "test", rubric, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/expected\.yaml:1:\d+ error expected\.yaml is for rubric "dti-cap-tinh", not "dti-cap-xa" \[fixtures-other-rubric\]/);
  });

  it("expected.yaml naming an indicator, group or band the rubric has not is a located problem, with the closest one", async () => {
    const dir = tempDir();
    cpSync("rubrics/fixtures/un-losi-2022", dir, { recursive: true });
    const file = path.join(dir, "expected.yaml");
    writeFileSync(file, readFileSync(file, "utf8")
      .replace("    band: very-high\n", "    band: Very-high\n    indicators: {\"1.1O\": 1}\n")
      .replace('groups: {"1": 0,', 'groups: {"7": 0, "1": 0,'));
    const r = await runCli(["rubric", "test", "un-losi-2022", "--fixtures", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const problems = new Map<string, any>(JSON.parse(r.stdout).rubrics[0].problems.map((p: any) => [p.code, p.params]));
    expect([...problems.keys()].sort()).toEqual(["expected-unknown-band", "expected-unknown-group", "expected-unknown-indicator"]);
    expect(problems.get("expected-unknown-band").suggestion).toBe("very-high");
    expect(problems.get("expected-unknown-indicator")).toMatchObject({ code: "1.1O", suggestion: "1.1" });
    expect(problems.get("expected-unknown-group").code).toBe("7");
    const typo = await runCli(["rubric", "test", "un-losi-2022", "--fixtures", dir]);
    expect(typo.stdout).toMatch(/expected\.yaml:\d+:\d+ error There is no band "Very-high"/);
    writeFileSync(file, readFileSync(file, "utf8").replace("    total: 86", "    totl: 86"));
    expect((await runCli(["rubric", "test", "un-losi-2022", "--fixtures", dir])).stdout).toContain("did you mean total?");
  });

  it("a band written by its label, as the reports print it (\"Very high\", \"Trung bình\"), is told the id of that band", async () => {
    // Before: no suggestion for either, the label not being a slip of the id's spelling.
    const dir = tempDir();
    cpSync("rubrics/fixtures/un-losi-2022", dir, { recursive: true });
    const file = path.join(dir, "expected.yaml");
    const original = readFileSync(file, "utf8");
    const suggested = async (band: string) => {
      writeFileSync(file, original.replace("    band: very-high\n", `    band: "${band}"\n`));
      const r = await runCli(["rubric", "test", "un-losi-2022", "--fixtures", dir, "--format", "json"]);
      return r.stdout && JSON.parse(r.stdout).rubrics[0].problems.find((p: any) => p.code === "expected-unknown-band")?.params.suggestion;
    };
    expect(await suggested("Very high")).toBe("very-high");
    expect(await suggested("Trung bình")).toBe("middle");
    expect(await suggested("thấp")).toBe("low");
  });

  it("a group's code under indicators, or an indicator's under groups, says where it goes instead of a look-alike", async () => {
    const dir = tempDir();
    cpSync("rubrics/fixtures/un-losi-2022", dir, { recursive: true });
    const file = path.join(dir, "expected.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("    band: very-high\n", "    band: very-high\n    indicators: {\"1\": 0}\n").replace('groups: {"1": 0,', 'groups: {"1.1": 0, "1": 0,'));
    const r = await runCli(["rubric", "test", "un-losi-2022", "--fixtures", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const problems = new Map<string, any>(JSON.parse(r.stdout).rubrics[0].problems.map((p: any) => [p.code, p.params]));
    expect([...problems.keys()].sort()).toEqual(["expected-group-is-indicator", "expected-indicator-is-group"]);
    expect(problems.get("expected-group-is-indicator")).toEqual({ code: "1.1" });
    expect(problems.get("expected-indicator-is-group")).toEqual({ code: "1" });
    const text = await runCli(["rubric", "test", "un-losi-2022", "--fixtures", dir]);
    expect(text.stdout).toMatch(/expected\.yaml:\d+:\d+ error 1\.1 is an indicator, not a group: put its expected points under indicators \[expected-group-is-indicator\]/);
  });

  it("no fixtures folder is a failure, not a silent pass; --fixtures points elsewhere", async () => {
    const dir = tempDir();
    cpSync("rubrics/un-losi-2022.yaml", path.join(dir, "un-losi-2022.yaml"));
    const r = await runCli(["rubric", "test", path.join(dir, "un-losi-2022.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Rubric un-losi-2022 has no fixtures: there is no folder");
    // What to make, said where it is missing (it named the folder only).
    expect(r.stdout.replace(/\s+/g, " ")).toContain(`there is no folder ${path.join(dir, "fixtures", "un-losi-2022")}; make it, with agency files and an expected.yaml of their expected scores, or name another folder with --fixtures DIR`);
    const vi = await runCli(["rubric", "test", path.join(dir, "un-losi-2022.yaml"), "--lang", "vi"]);
    expect(vi.stdout.replace(/\s+/g, " ")).toContain("; hãy tạo thư mục đó, gồm các phiếu tự đánh giá và tệp expected.yaml ghi điểm mong đợi, hoặc chỉ ra thư mục khác bằng --fixtures THƯ_MỤC");
    // Counted as a problem, not as a fixture that failed.
    expect(r.stdout).toContain("0/0 fixtures passed; 1 problem with the fixtures folder or expected.yaml (see above)");
    // An unusable rubric alone: its errors on standard error, and no count of fixtures that never ran.
    const broken = path.join(dir, "broken.yaml");
    writeFileSync(broken, readFileSync("rubrics/un-losi-2022.yaml", "utf8").replace("scale: 86", "scale: 87"));
    const unusable = await runCli(["rubric", "test", broken]);
    expect(unusable.code).toBe(2);
    expect(unusable.stdout).toBe("");
    expect((await runCli(["rubric", "test", path.join(dir, "un-losi-2022.yaml"), "--fixtures", "rubrics/fixtures/un-losi-2022"])).code).toBe(0);
  });

  it("an unusable rubric does not stop the others: their fixtures run, the JUnit file is written and names it, exit 2", async () => {
    const dir = tempDir();
    const broken = path.join(dir, "broken.yaml");
    writeFileSync(broken, readFileSync("rubrics/un-losi-2022.yaml", "utf8").replace("scale: 86", "scale: 87"));
    const out = path.join(dir, "report.xml");
    const r = await runCli(["rubric", "test", "dti-cap-xa", broken, "--format", "junit", "-o", out]);
    expect(r.code).toBe(2);
    const root = parseXml(readFileSync(out, "utf8"));
    expect(root.attrs).toMatchObject({ tests: "9", failures: "0", errors: "1" });
    const error = all(root, "error")[0]!;
    expect(error.attrs.type).toBe("scale-mismatch");
    expect(all(root, "testsuite")[0]!.attrs.name).toBe(broken);
    const github = await runCli(["rubric", "test", "dti-cap-xa", broken, "--format", "github"]);
    expect(github.code).toBe(2);
    expect(github.stdout).toMatch(new RegExp(`^::error file=${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},line=\\d+,col=\\d+,title=egov-score scale-mismatch::`));
    // The closing line and the json summary count it: "8/8 fixtures passed" alone read as all was well.
    const table = await runCli(["rubric", "test", "dti-cap-xa", broken]);
    expect(table.stdout.trim().split("\n").at(-1)).toBe("8/8 fixtures passed; 1 rubric could not be used, its fixtures not run (see above)");
    const json = await runCli(["rubric", "test", "dti-cap-xa", broken, "--format", "json"]);
    expect([json.code, JSON.parse(json.stdout).summary]).toEqual([2, { passed: 8, failed: 0, total: 8, problems: 0, unusable: 1, unanswered_indicators: 0, passed_with_notes: 0 }]);
  });

  it("usage errors are 2: --fixtures with several rubrics, an unknown rubric, an unusable rubric", async () => {
    expect((await runCli(["rubric", "test", "dti-cap-so", "dti-cap-xa", "--fixtures", "x"])).code).toBe(2);
    expect((await runCli(["rubric", "test", "no-such-rubric"])).code).toBe(2);
    const dir = tempDir();
    writeFileSync(path.join(dir, "broken.yaml"), readFileSync("rubrics/un-losi-2022.yaml", "utf8").replace("scale: 86", "scale: 87"));
    expect((await runCli(["rubric", "test", path.join(dir, "broken.yaml")])).code).toBe(2);
  });
});

describe("rubric test: CI formats", () => {
  it("junit: one suite per rubric, one case per fixture; differences are failures, invalid fixtures errors", async () => {
    const { rubric, fixtures } = copyXa();
    edit(path.join(fixtures, "expected.yaml"), "total: 960", "total: 959");
    edit(path.join(fixtures, "all-zero.yaml"), `"2.1": {value: "khong"}`, `"2.1": {value: "khong-co"}`);
    const root = parseXml((await runCli(["rubric", "test", rubric, "--format", "junit"])).stdout);
    expect(root.attrs).toMatchObject({ name: "egov-score rubric test", tests: "8", failures: "1", errors: "1" });
    const cases = all(root, "testcase");
    expect(cases.map((c) => c.attrs.name)).toContain("full-marks.yaml");
    const failed = cases.find((c) => c.attrs.name === "full-marks.yaml")!;
    expect(all(failed, "failure")[0]!.attrs.message).toBe("total: expected 959.00, got 960.00");
    expect(all(cases.find((c) => c.attrs.name === "all-zero.yaml")!, "error")[0]!.attrs.type).toBe("not-allowed-value");
  });

  it("github: each difference at the line of expected.yaml that writes the value (it had no line: an annotation on no line of the fixture)", async () => {
    const { rubric, fixtures } = copyXa();
    const expected = path.join(fixtures, "expected.yaml");
    edit(expected, "total: 960", "total: 959");
    const line = readFileSync(expected, "utf8").split("\n").findIndex((l) => l.includes("total: 959")) + 1;
    const r = await runCli(["rubric", "test", rubric, "--format", "github"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`::error file=${expected},line=${line},col=12,title=egov-score rubric test full-marks.yaml::total: expected 959.00, got 960.00\n`);
    expect(r.stderr).toContain("7/8 fixtures passed");
  });

  it("github: an indicator's difference at its code in expected.yaml", async () => {
    const { rubric, fixtures } = copyXa();
    const expected = path.join(fixtures, "expected.yaml");
    const text = readFileSync(expected, "utf8");
    const m = /indicators: \{"([\d.]+)": (\d+)/.exec(text)!;
    edit(expected, m[0], `indicators: {"${m[1]}": ${Number(m[2]) + 1}`);
    const line = text.slice(0, m.index).split("\n").length;
    const r = await runCli(["rubric", "test", rubric, "--format", "github"]);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},line=${line},col=\\d+,title=egov-score rubric test [^:]+::indicator ${m[1]!.replace(".", "\\.")}: expected`, "m"));
  });

  it("github: a warning beside a fixture's errors is a ::warning, not an ::error (period-mismatch counted among 12 errors)", async () => {
    const { rubric, fixtures } = copyXa();
    const zero = path.join(fixtures, "all-zero.yaml");
    edit(zero, /^period: .*$/m, 'period: "2024"');
    edit(zero, '"1.1": {value: 0}', '"1.1": {value: "khong"}');
    const r = await runCli(["rubric", "test", rubric, "--format", "github"]);
    const about = r.stdout.split("\n").filter((l) => l.includes("all-zero.yaml"));
    expect(about.find((l) => l.includes("period-mismatch"))).toMatch(/^::warning file=/);
    expect(about.some((l) => l.startsWith("::error "))).toBe(true);
  });

  it("github: a rubric without fixtures is said on the rubric's file, not on a folder that is not there", async () => {
    const { rubric, fixtures } = copyXa();
    rmSync(fixtures, { recursive: true });
    const r = await runCli(["rubric", "test", rubric, "--format", "github"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${rubric.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},title=egov-score fixtures-missing::`));
  });

  it("--previous: fixtures of the version before a renumbering are told which old code is which new one (\"did you mean\" guessed by spelling)", async () => {
    const { rubric, fixtures } = copyXa();
    edit(rubric, '      - code: "1.7"', '      - code: "1.8"');
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    edit(path.join(fixtures, "expected.yaml"), 'indicators: {"1.1": 0,', 'indicators: {"1.7": 0, "1.1": 0,');
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout).rubrics[0];
    const answered = report.fixtures.find((f: { name: string }) => f.name === "all-zero.yaml").errors.find((e: { code: string }) => e.code === "unknown-indicator");
    expect(answered.message).toBe("There is no indicator \"1.7\" in rubric dti-cap-xa; 1.7 of version 2025.2 is 1.8 now (the same title): write 1.8 for 1.7");
    expect(report.problems.map((p: { code: string; message: string }) => [p.code, p.message])).toEqual([["expected-unknown-indicator", "There is no indicator \"1.7\" in rubric dti-cap-xa; 1.7 of version 2025.2 is 1.8 now (the same title): write 1.8 for 1.7"]]);
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("1.7 của phiên bản 2025.2 nay là 1.8 (cùng tên chỉ số)");
  });

  it("--previous: an answer or expectation under a code the revision removed says so, not \"did you mean\" a new indicator that took no part of it", async () => {
    const { rubric, fixtures } = copyXa();
    // 1.6 (CCTV) retired; 1.8, a new indicator, added: "1.6 … did you mean 1.8?" sent the answer to it.
    const text = readFileSync(rubric, "utf8");
    const [at6, at7] = ['      - code: "1.6"', '      - code: "1.7"'].map((c) => text.indexOf(c));
    const added = text.slice(at6, at7).replace('code: "1.6"', 'code: "1.8"').replace(/vi: "Triển khai[^"]*"/, 'vi: "Tỷ lệ chi cho chuyển đổi số"').replace(/en: "CCTV[^"]*"/, 'en: "Share of spending on digital transformation"');
    writeFileSync(rubric, text.slice(0, at6) + text.slice(at7).replace("\n  # ------------------------------------------------------------------ 2", added + "\n  # ------------------------------------------------------------------ 2").replace(/^version: .*$/m, 'version: "2026.1"'));
    edit(path.join(fixtures, "expected.yaml"), 'indicators: {"1.1": 0,', 'indicators: {"1.6": 0, "1.1": 0,');
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"]);
    const report = JSON.parse(r.stdout).rubrics[0];
    const answered = report.fixtures.find((f: { name: string }) => f.name === "all-zero.yaml").errors.find((e: { code: string }) => e.code === "unknown-indicator");
    expect(answered.message).toBe("There is no indicator \"1.6\" in rubric dti-cap-xa; 1.6 of version 2025.2 was removed (no indicator of this version has its title): remove it here");
    expect(report.problems.map((p: { message: string }) => p.message)).toEqual(["There is no indicator \"1.6\" in rubric dti-cap-xa; 1.6 of version 2025.2 was removed (no indicator of this version has its title): remove it here"]);
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("1.6 của phiên bản 2025.2 đã bị bỏ (không chỉ số nào của phiên bản này có tên đó): hãy xóa ở đây");
    expect(vi.stdout).not.toContain("1.8?");
  });

  it("--previous: an answer under the code of an indicator renamed and renumbered at once (not matched by title), now another indicator's, says the old code is unknown in this version", async () => {
    const { rubric } = copyXa();
    // 1.5 (computers, a fraction) renamed and moved to 1.7; the CCTV 1.6 and radio 1.7 move up to 1.5 and 1.6.
    const text = readFileSync(rubric, "utf8");
    const [at5, at6, at7, end] = ['      - code: "1.5"', '      - code: "1.6"', '      - code: "1.7"', "\n  # ------------------------------------------------------------------ 2"].map((c) => text.indexOf(c));
    const computers = text.slice(at5, at6).replace('code: "1.5"', 'code: "1.7"').replace("Trang bị máy tính cho CBCCVC", "Tỷ lệ CBCCVC có máy tính").replace("Computers provided to officials and public employees", "Share of officials with a work computer");
    const moved = text.slice(at6, at7).replace('code: "1.6"', 'code: "1.5"') + text.slice(at7, end).replace('code: "1.7"', 'code: "1.6"');
    writeFileSync(rubric, (text.slice(0, at5) + moved + "\n" + computers.trimEnd() + text.slice(end)).replace(/^version: .*$/m, 'version: "2026.1"'));
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"]);
    const report = JSON.parse(r.stdout).rubrics[0];
    const answered = report.fixtures.find((f: { name: string }) => f.name === "all-zero.yaml").errors.find((e: { path: string }) => e.path === "answers/1.5/value");
    expect(answered.code).toBe("wrong-type");
    expect(answered.message).toContain("1.5 of version 2025.2 (“Computers provided to officials and public…”) is unknown in this version: no indicator has its title (removed, or renamed and renumbered at once: --previous matches by title and cannot tell), and 1.5 is another indicator now (“CCTV system for security and public order deployed”)");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("1.5 của phiên bản 2025.2 («Trang bị máy tính cho CBCCVC») không có trong phiên bản này");
  });

  it("--previous: a difference at a renumbered code names the new code only where the item scores the expected points there (an expectation already moved is not sent to move again)", async () => {
    const { rubric, fixtures } = copyXa();
    // A new 1.7 (for information) inserted: the old 1.7 is 1.8 now; the answers moved, expected.yaml in part.
    edit(rubric, '      - code: "1.7"', '      - code: "1.7"\n        title: {vi: "Số lượt nghe đài truyền thanh", en: "Radio audience"}\n        max: 0\n        info_only: true\n        input: {type: count}\n      - code: "1.8"');
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    for (const name of readdirSync(fixtures).filter((f) => f !== "expected.yaml")) edit(path.join(fixtures, name), '"1.7":', '"1.8":');
    const expected = path.join(fixtures, "expected.yaml");
    // full-marks: the old 1.7's 10 points left under 1.7; commune-band-edge: moved, with the points mistyped.
    edit(expected, 'indicators: {"2.4": 20,', 'indicators: {"1.7": 10, "2.4": 20,');
    edit(expected, "    percent: 89.58\n", '    percent: 89.58\n    indicators: {"1.7": 3}\n');
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("indicator 1.7: expected 10.00, got 0.00 (1.7 of version 2025.2 is 1.8 now, which scores 10.00: write 1.8 for 1.7)");
    expect(r.stdout).toMatch(/indicator 1\.7: expected 3\.00, got 0\.00\n/);
  });

  it("--previous: an answer under a code the revision gave a new indicator of the same type, its old item's new code unanswered, is said where the scores differ (it was scored as the new one's without a word)", async () => {
    const { rubric } = copyXa();
    // A new yes/no 1.7 inserted before the old 1.7 (a yes/no too), now 1.8; the fixtures left as they were.
    edit(rubric, '      - code: "1.7"', '      - code: "1.7"\n        title: {vi: "Camera được kết nối về Trung tâm giám sát của tỉnh", en: "CCTV cameras connected to the provincial centre"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n      - code: "1.8"');
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    edit(rubric, "    max: 80\n", "    max: 90\n");
    edit(rubric, "scale: 960", "scale: 970");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('full-marks.yaml:20:3 warning 1.7 of version 2025.2 (“Commune/ward radio content produced and broadcast…”) is 1.8 now, and 1.7 is another indicator (“CCTV cameras connected to the provincial centre”): this answer is scored as the new 1.7\'s and 1.8 is left unanswered; if it was written for the old item, write 1.8 for 1.7 [fixture-answer-code-taken]');
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain('1.7 của phiên bản 2025.2 («Nội dung thông tin của đài truyền thanh xã, phường…») nay là 1.8, còn 1.7 nay là chỉ số khác («Camera được kết nối về Trung tâm giám sát của tỉnh»)');
    const junit = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "junit"]);
    expect(junit.stdout).toMatch(/full-marks\.yaml:20:3 1\.7 of version 2025\.2 .* \[fixture-answer-code-taken\]/);
    // Without --previous nothing tells the old 1.7 from the new one: not said.
    expect((await runCli(["rubric", "test", rubric])).stdout).not.toContain("fixture-answer-code-taken");
  });

  it("--previous: the titles in fixture-answer-code-taken are cut by the tool's word-cut: one of 51 letters is whole (its last word was cut off)", async () => {
    const { rubric } = copyXa();
    edit(rubric, '      - code: "1.7"', '      - code: "1.7"\n        title: {vi: "Camera kết nối về Trung tâm giám sát an ninh của tỉnh", en: "Share of dossiers handled fully online (end to end)"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n      - code: "1.8"');
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    edit(rubric, "    max: 80\n", "    max: 90\n");
    edit(rubric, "scale: 960", "scale: 970");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"]);
    expect(r.stdout).toContain('1.7 of version 2025.2 (“Commune/ward radio content produced and broadcast…”) is 1.8 now, and 1.7 is another indicator (“Share of dossiers handled fully online (end to end)”)');
  });

  it("--previous: an answer under a code the revision gave a new indicator is said on a fixture that passes too, as a warning that fails nothing (expected.yaml updated to the misread score passed silently)", async () => {
    const { rubric, fixtures } = copyXa();
    edit(rubric, '      - code: "1.7"', '      - code: "1.7"\n        title: {vi: "Camera được kết nối về Trung tâm giám sát của tỉnh", en: "CCTV cameras connected to the provincial centre"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n      - code: "1.8"');
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    edit(rubric, "    max: 80\n", "    max: 90\n");
    edit(rubric, "scale: 960", "scale: 970");
    // full-marks's expectation moved to the score of the misreading: its old 1.7 scored as the new 1.7, 1.8 left at 0.
    edit(path.join(fixtures, "expected.yaml"), "    total: 960\n    percent: 100\n", "    total: 960\n    percent: 98.96\n");
    const note = 'full-marks.yaml:20:3 warning 1.7 of version 2025.2 (“Commune/ward radio content produced and broadcast…”) is 1.8 now, and 1.7 is another indicator (“CCTV cameras connected to the provincial centre”): this answer is scored as the new 1.7\'s and 1.8 is left unanswered; if it was written for the old item, write 1.8 for 1.7 [fixture-answer-code-taken]';
    const text = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"])).stdout;
    expect(text).toMatch(/✔ full-marks\.yaml {2}960\.00 — every indicator at full marks\n {6}\S*full-marks\.yaml:20:3 warning 1\.7 of version 2025\.2/);
    expect(text).toContain(note);
    expect(text).toMatch(/2\/8 fixtures passed; 1 scored indicator answered by no fixture; 2 fixtures passed with a warning \(see above\)/);

    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const full = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "full-marks.yaml");
    expect([full.passed, full.errors, full.notes.map((n: { code: string; line: number }) => [n.code, n.line])]).toEqual([true, [], [["fixture-answer-code-taken", 20]]]);
    expect(json.summary).toMatchObject({ passed: 2, failed: 6, passed_with_notes: 2 });

    const junit = parseXml((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "junit"])).stdout);
    const fullCase = all(junit, "testcase").find((c) => c.attrs.name === "full-marks.yaml")!;
    expect([all(fullCase, "failure").length, all(fullCase, "error").length]).toEqual([0, 0]);
    expect(all(fullCase, "system-out")[0]!.text).toMatch(/full-marks\.yaml:20:3 1\.7 of version 2025\.2 .* \[fixture-answer-code-taken\]$/);

    const github = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "github"])).stdout;
    expect(github).toMatch(/^::warning file=[^,]*full-marks\.yaml,line=20,col=3,title=egov-score fixture-answer-code-taken::1\.7 of version 2025\.2 /m);
  });

  it("--previous: an expectation under a code the revision gave a new item, the old item's new code expected nowhere, is said though it passes (the new 2.5 scored what the old one was expected to, and the old one, 2.6 now, went unchecked)", async () => {
    const { rubric, fixtures } = copyXa();
    // A new 2.5 (for information, 0 points) inserted: the old 2.5 is 2.6 now; the answers moved, expected.yaml not.
    edit(rubric, '      - code: "2.5"', '      - code: "2.5"\n        title: {vi: "Số thành viên Tổ Công nghệ số cộng đồng", en: "Community digital-technology team members"}\n        max: 0\n        info_only: true\n        input: {type: count}\n      - code: "2.6"');
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    for (const name of readdirSync(fixtures).filter((f) => f !== "expected.yaml")) edit(path.join(fixtures, name), '"2.5":', '"2.6":');
    const note = 'expected.yaml:44:18 warning 2.5 of version 2025.2 (“Share of community digital-technology team members…”) is 2.6 now, and 2.5 is another indicator (“Community digital-technology team members”): this expectation is checked against the new 2.5 and 2.6 is no longer checked; if it was written for the old item, write 2.6 for 2.5 [expected-code-taken]';
    const text = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/✔ zero-denominators\.yaml {2}901\.59 — .*\n {6}\S*expected\.yaml:44:18 warning 2\.5 of version 2025\.2/);
    expect(text.stdout).toContain(note);
    expect(text.stdout).toContain("8/8 fixtures passed; 1 fixture passed with a warning (see above)");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain('2.5 của phiên bản 2025.2 («Tỷ lệ thành viên Tổ Công nghệ số cộng đồng được…») nay là 2.6, còn 2.5 nay là chỉ số khác («Số thành viên Tổ Công nghệ số cộng đồng»): điểm mong đợi này được so với 2.5 mới và 2.6 không còn được kiểm tra; nếu nó viết cho chỉ số cũ, hãy đổi mã 2.5 thành 2.6');

    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const zero = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "zero-denominators.yaml");
    expect([zero.passed, zero.notes.map((n: { code: string; line: number; col: number }) => [n.code, n.line, n.col])]).toEqual([true, [["expected-code-taken", 44, 18]]]);
    expect(json.summary).toMatchObject({ passed: 8, failed: 0, passed_with_notes: 1 });
    const junit = parseXml((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "junit"])).stdout);
    const zeroCase = all(junit, "testcase").find((c) => c.attrs.name === "zero-denominators.yaml")!;
    expect(all(zeroCase, "system-out")[0]!.text).toMatch(/expected\.yaml:44:18 2\.5 of version 2025\.2 .* \[expected-code-taken\]$/);
    const github = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "github"])).stdout;
    expect(github).toMatch(/^::warning file=[^,]*expected\.yaml,line=44,col=18,title=egov-score expected-code-taken::2\.5 of version 2025\.2 /m);

    // Expected under both codes (moved, and the new 2.5 expected on its own): nothing said.
    edit(path.join(fixtures, "expected.yaml"), 'indicators: {"2.5": 0, ', 'indicators: {"2.5": 0, "2.6": 0, ');
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"])).stdout).not.toContain("expected-code-taken");
    // Without --previous nothing tells the old 2.5 from the new one: not said.
    edit(path.join(fixtures, "expected.yaml"), '"2.6": 0, ', "");
    expect((await runCli(["rubric", "test", rubric])).stdout).not.toContain("expected-code-taken");
  });

  it("--previous: an expectation under a code the revision gave another item is not sent to the old item where that one could never have scored it (a 9 for the old 1.5, a yes/no worth 10)", async () => {
    const dir = tempDir();
    const rubric = path.join(dir, "dti-cap-so.yaml"), fixtures = path.join(dir, "fixtures", "dti-cap-so");
    cpSync("rubrics/dti-cap-so.yaml", rubric);
    cpSync("rubrics/fixtures/dti-cap-so", fixtures, { recursive: true });
    // 1.5 (the portal's section, a yes/no worth 10) moved to group 2 as 2.5; 1.6 (the maturity level, 0–5 of 15) is 1.5 now.
    const text = readFileSync(rubric, "utf8");
    const old15 = text.slice(text.indexOf('      - code: "1.5"'), text.indexOf('      - code: "1.6"'));
    const group3 = text.indexOf('  - code: "3"');
    writeFileSync(rubric, (text.slice(0, group3 - 1) + old15.replace('"1.5"', '"2.5"') + text.slice(group3 - 1)).replace(old15, "")
      .replace('- code: "1.6"', '- code: "1.5"').replace(/^version: .*$/m, 'version: "2026.1"')
      .replace(/(code: "1"\n(?:.*\n){4}) {4}max: 100/, "$1    max: 90").replace(/(code: "2"\n(?:.*\n){4}) {4}max: 100/, "$1    max: 110"));
    // The answers and partial.yaml's 9 for the old 1.6 moved as the hints say.
    for (const name of readdirSync(fixtures).filter((f) => f !== "expected.yaml")) edit(path.join(fixtures, name), /"1\.5":([^\n]*\n) {2}"1\.6":/, '"2.5":$1  "1.5":');
    edit(path.join(fixtures, "expected.yaml"), '"1.6": 9', '"1.5": 9');
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so"]);
    expect(r.stdout).toContain("group 1: expected 61.50, got 51.50");
    expect(r.stdout).not.toContain("expected-code-taken");
    // A value the old 1.5 could give (10, or 0) may have been written for it: still said.
    edit(path.join(fixtures, "expected.yaml"), '"1.5": 9', '"1.5": 0');
    edit(path.join(fixtures, "partial.yaml"), '"1.5": {value: 3,', '"1.5": {value: 0,');
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so"])).stdout).toContain("if it was written for the old item, write 2.5 for 1.5 [expected-code-taken]");
  });

  it("--previous: a total or group that differs says the scale or the group's max the revision changed (\"group 2: expected 100.00, got 90.00\" did not say why)", async () => {
    const { rubric, fixtures } = copyXa();
    // 2.5 (10 points) removed, and its answers and expectation with it: group 2 is 90, the scale 950.
    const text = readFileSync(rubric, "utf8");
    writeFileSync(rubric, text.slice(0, text.indexOf('      - code: "2.5"')) + text.slice(text.indexOf("  # ------------------------------------------------------------------ 3")));
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    edit(rubric, '    title: {vi: "Nhân lực số", en: "Digital human resources"}\n    max: 100', '    title: {vi: "Nhân lực số", en: "Digital human resources"}\n    max: 90');
    edit(rubric, "scale: 960", "scale: 950");
    for (const name of readdirSync(fixtures)) edit(path.join(fixtures, name), /^  "2\.5":.*\n/m, "");
    edit(path.join(fixtures, "expected.yaml"), 'indicators: {"2.5": 0, ', "indicators: {");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("total: expected 960.00, got 950.00 (the scale was 960 in version 2025.2, 950 now)");
    expect(r.stdout).toContain("group 2: expected 100.00, got 90.00 (group 2's max was 100 in version 2025.2, 90 now; 2.5 removed)");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("nhóm 2: mong đợi 100,00, thực tế 90,00 (điểm tối đa của nhóm 2 ở phiên bản 2025.2 là 100, nay là 90; bỏ chỉ số 2.5)");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const full = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "full-marks.yaml");
    expect(full.mismatches.map((m: { what: string; max_changed?: unknown }) => [m.what, m.max_changed])).toEqual([
      ["total", { version: "2025.2", was: 960, now: 950 }], ["group", { version: "2025.2", was: 100, now: 90 }],
    ]);
    const github = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "github"]);
    expect(github.stdout).toContain("group 2: expected 100.00, got 90.00 (group 2's max was 100 in version 2025.2, 90 now; 2.5 removed)");
    // Without --previous the earlier max is not known: the difference alone.
    expect((await runCli(["rubric", "test", rubric])).stdout).toMatch(/group 2: expected 100\.00, got 90\.00\n/);
  });

  it("--previous: a group that differs names the indicators the revision moved into or out of it, or added to it (its max alone did not say which)", async () => {
    const { rubric, fixtures } = copyXa();
    // 6.8 (10 points) moved to group 1 as 1.8: group 1 is 90, group 6 70; the fixtures answer 1.8 now, expected.yaml is as it was.
    const text = readFileSync(rubric, "utf8");
    const at68 = text.indexOf('      - code: "6.8"');
    const old68 = text.slice(at68, text.indexOf("\n\n", at68) + 1);
    const group2 = text.indexOf("  # ------------------------------------------------------------------ 2");
    writeFileSync(rubric, (text.slice(0, group2 - 1) + old68.replace('"6.8"', '"1.8"') + "\n" + text.slice(group2)).replace("\n" + old68, "\n").replace(/^version: .*$/m, 'version: "2026.1"')
      .replace(/(code: "1"\n(?:.*\n){1}) {4}max: 80/, "$1    max: 90").replace(/(code: "6"\n(?:.*\n){1}) {4}max: 80/, "$1    max: 70"));
    for (const name of readdirSync(fixtures).filter((f) => f !== "expected.yaml")) edit(path.join(fixtures, name), /"6\.8":/, '"1.8":');
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"]);
    expect(r.stdout).toContain("group 1: expected 80.00, got 90.00 (group 1's max was 80 in version 2025.2, 90 now; 6.8 moved in, now 1.8)");
    expect(r.stdout).toContain("group 6: expected 80.00, got 70.00 (group 6's max was 80 in version 2025.2, 70 now; 6.8 moved out, now 1.8)");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("nhóm 1: mong đợi 80,00, thực tế 90,00 (điểm tối đa của nhóm 1 ở phiên bản 2025.2 là 80, nay là 90; chỉ số 6.8 chuyển vào, nay là 1.8)");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const full = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "full-marks.yaml");
    expect(full.mismatches.map((m: { code?: string; members_changed?: unknown }) => [m.code, m.members_changed])).toEqual([
      ["1", { version: "2025.2", indicators: [{ change: "moved_in", was: "6.8", now: "1.8" }] }],
      ["6", { version: "2025.2", indicators: [{ change: "moved_out", was: "6.8", now: "1.8" }] }],
    ]);

    // An indicator inserted at 1.3 (the old 1.3–1.7 are 1.4–1.8 now), which the fixtures answer: named as added, the others not as moved.
    const { rubric: inserted, fixtures: insertedFixtures } = copyXa();
    const xa = readFileSync(inserted, "utf8");
    const at13 = xa.indexOf('      - code: "1.3"');
    const new13 = '      - code: "1.3"\n        title: {vi: "Wifi công cộng tại trụ sở", en: "Public wifi at the office"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n';
    let renumbered = xa.slice(at13, xa.indexOf("  # ------------------------------------------------------------------ 2"));
    for (const n of [7, 6, 5, 4, 3]) renumbered = renumbered.replace(`code: "1.${n}"`, `code: "1.${n + 1}"`);
    writeFileSync(inserted, (xa.slice(0, at13) + new13 + renumbered + xa.slice(xa.indexOf("  # ------------------------------------------------------------------ 2")))
      .replace(/^version: .*$/m, 'version: "2026.1"').replace(/(code: "1"\n(?:.*\n){1}) {4}max: 80/, "$1    max: 90").replace("scale: 960", "scale: 970"));
    const full2 = path.join(insertedFixtures, "full-marks.yaml");
    for (const n of [7, 6, 5, 4, 3]) edit(full2, `"1.${n}":`, `"1.${n + 1}":`);
    edit(full2, '"1.4":', '"1.3": {value: true}\n  "1.4":');
    const added = await runCli(["rubric", "test", inserted, "--previous", "dti-cap-xa"]);
    expect(added.stdout).toContain("group 1: expected 80.00, got 90.00 (group 1's max was 80 in version 2025.2, 90 now; 1.3 added)");
  });

  it("--previous: a total or group moved by an indicator's changed max names the indicator (it said only the scale, which changed because of it)", async () => {
    const { rubric } = copyXa();
    // 1.2 raised from 10 to 15: group 1 is 85, the scale 965.
    edit(rubric, /(      - code: "1\.2"[\s\S]*?max: )10/, "$115");
    edit(rubric, '    title: {vi: "Hạ tầng và Nền tảng số", en: "Digital infrastructure and platforms"}\n    max: 80', '    title: {vi: "Hạ tầng và Nền tảng số", en: "Digital infrastructure and platforms"}\n    max: 85');
    edit(rubric, "scale: 960", "scale: 965");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("total: expected 960.00, got 965.00 (see 1.2 below)");
    expect(r.stdout).toContain("group 1: expected 80.00, got 85.00 (see 1.2 below)");
    expect(r.stdout).toContain("Changed since version 2025.2 (what the differences above may come from):\n        1.2: max: 10 → 15\n");
    // A percentage moves with the scale itself: that is still its note.
    expect(r.stdout).toContain("percent: expected 89.58, got 89.63 (the scale was 960 in version 2025.2, 965 now)");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("tổng điểm: mong đợi 960,00, thực tế 965,00 (xem 1.2 ở dưới)");
    expect(vi.stdout).toContain("1.2: điểm tối đa: 10 → 15");
    // Written as rubric impact writes the same change ("1.2: max 10.00 → 15.00" where impact said "max: 10 → 15").
    const impact = await runCli(["rubric", "impact", "dti-cap-xa", rubric, "--corpus", "examples/xa-can-giuoc-tay-ninh.yaml", "--lang", "vi", "--format", "md"]);
    expect(impact.stdout).toContain("| điểm tối đa: 10 → 15 |");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const full = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "full-marks.yaml");
    expect(full.mismatches[0]).toMatchObject({ what: "total", indicators_max_changed: { version: "2025.2", indicators: [{ code: "1.2", was: 10, now: 15 }] } });
    expect(full.mismatches[0].max_changed).toBeUndefined();
  });

  it("--previous: in a group rescaled for an N/A, a difference names the indicators whose max changed (\"group 1: expected 22.50, got 15.00\" named nothing: the max also moves the group's applicable max)", async () => {
    const indicator = (code: string, max: number, rule: string) => `      - code: "${code}"\n        title: {vi: "Chỉ số ${code}", en: "Indicator ${code}"}\n        max: ${max}\n        input: {type: boolean}\n        rule: {type: ${rule}}\n        na: rescale\n`;
    const rubric = (version: string, group: number, maxes: [number, number, number], scale: number) => `id: na-mini\nversion: "${version}"\ntitle: {vi: "Bộ chỉ số thử", en: "Test rubric"}\nissuer: {vi: "egov-score", en: "egov-score"}\nlegal_basis: []\nperiod: "2025"\nscale: ${scale}\n`
      + "provenance: {fidelity: illustrative, sources: [{title: \"egov-score tests\"}]}\nagency_types: [{id: commune, label: {vi: \"Xã\", en: \"Commune\"}}]\n"
      + `groups:\n  - code: "1"\n    title: {vi: "Nhóm một", en: "Group one"}\n    max: ${group}\n    items:\n${indicator("1.1", maxes[0], "fixed")}${indicator("1.2", maxes[1], "fixed")}${indicator("1.3", maxes[2], "fixed")}`
      + '  - code: "2"\n    title: {vi: "Nhóm hai", en: "Group two"}\n    max: 10\n    items:\n' + indicator("2.1", 10, "fixed")
      + "bands: {basis: percent, levels: [{id: tot, min: 80, label: {vi: \"Tốt\", en: \"Good\"}}, {id: yeu, min: 0, label: {vi: \"Yếu\", en: \"Weak\"}}]}\n";
    // 1.1 answered N/A: group 1 is 1.2 and 1.3 rescaled to 30. Under version 1 (1.1 10, 1.2 15, 1.3 5): 15 of an applicable 20 is 22.5.
    const revise = (now: string, old = rubric("1", 30, [10, 15, 5], 40), answer12 = "true", expected = '{total: 32.5, groups: {"1": 22.5}}') => {
      const dir = tempDir();
      writeFileSync(path.join(dir, "old.yaml"), old);
      writeFileSync(path.join(dir, "na-mini.yaml"), now);
      mkdirSync(path.join(dir, "fixtures", "na-mini"), { recursive: true });
      writeFileSync(path.join(dir, "fixtures", "na-mini", "half.yaml"), 'rubric: {id: na-mini, version: "2"}\nexample: true\nagency: {id: x-half, name: "UBND xã thử", type: commune}\nperiod: "2025"\nrespondent: {name: "Người thử"}\n'
        + `answers:\n  "1.1": {na: true, reason: "Không có"}\n  "1.2": {value: ${answer12}}\n  "1.3": {value: false}\n  "2.1": {value: true}\n`);
      writeFileSync(path.join(dir, "fixtures", "na-mini", "expected.yaml"), `rubric: na-mini\nfixtures:\n  half.yaml: ${expected}\n`);
      return (lang: string) => runCli(["rubric", "test", path.join(dir, "na-mini.yaml"), "--previous", path.join(dir, "old.yaml"), "--lang", lang]);
    };
    // 1.2 lowered from 15 to 10 and 1.3 raised from 5 to 10: group 1's max and the scale stay, and 10 of 20 is 15 now.
    const run = revise(rubric("2", 30, [10, 10, 10], 40));
    const en = await run("en");
    expect(en.code, en.stderr).toBe(1);
    expect(en.stdout).toContain("total: expected 32.50, got 25.00 (see 1.2, 1.3 below)");
    expect(en.stdout).toContain("group 1: expected 22.50, got 15.00 (see 1.2, 1.3 below)");
    expect(en.stdout).toContain("        1.2: max: 15 → 10\n        1.3: max: 5 → 10\n");
    const vi = await run("vi");
    expect(vi.stdout).toContain("nhóm 1: mong đợi 22,50, thực tế 15,00 (xem 1.2, 1.3 ở dưới)");
    expect(vi.stdout).toContain("1.3: điểm tối đa: 5 → 10");

    // The indicator answered N/A changed (1.1 from 10 to 5): it moved the max group 1 is rescaled to, and is named, not the group's max alone.
    const na = await revise(rubric("2", 25, [5, 15, 5], 35))("en");
    expect(na.stdout).toContain("group 1: expected 22.50, got 18.75 (see 1.1 below)");
    expect(na.stdout).toContain("total: expected 32.50, got 28.75 (see 1.1 below)");

    // 1.2 a count at a point each, capped at its max (15 → 10): 12 documents kept 12 of 15 and earn 10 of 10 now, not the
    // same share of the max. Scored again by the engine under the old max, it is named; rescaled by hand, it was not.
    const perUnit = (text: string) => text.replace(/(code: "1\.2"\n(?: {8}.*\n){2}) {8}input: \{type: boolean\}\n {8}rule: \{type: fixed\}/, "$1        input: {type: count}\n        rule: {type: per_unit, points: 1}");
    expect(perUnit(rubric("2", 25, [10, 10, 5], 35))).toContain("rule: {type: per_unit, points: 1}");
    // Version 1: 12 of an applicable 20 is 18 of 30; total 28. Now: 10 of 15 is 16.67 of 25.
    const counted = await revise(perUnit(rubric("2", 25, [10, 10, 5], 35)), perUnit(rubric("1", 30, [10, 15, 5], 40)), "12", '{total: 28, groups: {"1": 18}}')("en");
    expect(counted.stdout).toContain("group 1: expected 18.00, got 16.67 (see 1.2 below)");
    expect(counted.stdout).toContain("total: expected 28.00, got 26.67 (see 1.2 below)");
  });

  it("--previous: a group that differs names the changed rule of an indicator the fixture answers (\"group 5: expected 80.00, got 76.00\" named nothing)", async () => {
    const { rubric } = copyXa();
    // 5.4's target raised from 80 to 100: full-marks.yaml answers 80, which now earns 16 of 20.
    edit(rubric, "rule: {type: target, target: 80}", "rule: {type: target, target: 100}");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("group 5: expected 80.00, got 76.00 (see 5.4 below)");
    expect(r.stdout).toContain("total: expected 960.00, got 956.00 (see 5.4 below)");
    // Said once under the fixture's differences, not on each of them.
    expect(r.stdout).toContain("\n        5.4: rule: target for full marks from 80 % to 100 %\n");
    expect(r.stdout.split("\n").filter((l) => l.includes("expected") && l.includes("target for full marks"))).toEqual([]);
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("nhóm 5: mong đợi 80,00, thực tế 76,00 (xem 5.4 ở dưới)");
    expect(vi.stdout).toContain("Đã đổi so với phiên bản 2025.2 (các chênh lệch trên có thể do đó):\n        5.4: quy tắc: chỉ tiêu để đạt điểm tối đa từ 80 % thành 100 %");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const full = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "full-marks.yaml");
    expect(full.mismatches.find((m: { what: string }) => m.what === "group")).toMatchObject({ code: "5", rules_changed: { version: "2025.2", indicators: [{ code: "5.4", rule: { field: "rule", rule: [{ what: "target", old: 80, new: 100 }] } }] } });
    // A group whose indicators kept their rules names none; without --previous the difference alone.
    expect(r.stdout).not.toMatch(/group [1-46]:.*see/);
    expect((await runCli(["rubric", "test", rubric])).stdout).toMatch(/group 5: expected 80\.00, got 76\.00\n/);
  });

  it("--previous: an N/A policy changed is named where the fixture answers N/A there (\"indicator 3.5: expected 10.00, got 0.00\" named nothing)", async () => {
    const { rubric } = copyXa();
    // 3.5 N/A: full marks in 2025.2, none now; na-where-allowed.yaml answers it N/A, the others answer it.
    edit(rubric, "        rule: {type: fixed}\n        na: full\n", "        rule: {type: fixed}\n        na: zero\n");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("indicator 3.5: expected 10.00, got 0.00 (see 3.5 below)");
    expect(r.stdout).toContain("group 3: expected 100.00, got 75.00 (see 3.5 below)");
    expect(r.stdout).toContain("\n        3.5: N/A policy: full → zero\n");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("3.5: không áp dụng (N/A): đủ điểm → 0 điểm");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const na = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "na-where-allowed.yaml");
    expect(na.mismatches.find((m: { what: string }) => m.what === "indicator").rules_changed).toEqual({ version: "2025.2", indicators: [{ code: "3.5", rule: { field: "na", old: "full", new: "zero" } }] });
  });

  it("--previous: N/A forbidden by the revision says, at the fixture's na-not-allowed, that the earlier version allowed it (the finding alone read as a fixture wrong from the start)", async () => {
    const { rubric } = copyXa();
    // 3.5 N/A: full marks in 2025.2, not allowed now; na-where-allowed.yaml answers it N/A.
    edit(rubric, "        rule: {type: fixed}\n        na: full\n", "        rule: {type: fixed}\n        na: forbidden\n");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("[na-not-allowed]");
    expect(r.stdout).toContain("hint: N/A was allowed in version 2025.2 (na: full), not now: give this fixture a value and update its expected scores, or drop it if it only tried N/A");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("gợi ý: phiên bản 2025.2 cho phép trả lời không áp dụng (na: full), phiên bản này thì không");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json", "--lang", "en"])).stdout);
    const na = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "na-where-allowed.yaml");
    expect(na.errors[0]).toMatchObject({ code: "na-not-allowed", params: { hint_na_version: "2025.2", hint_na_was: "full" } });
    expect(na.errors[0].message).toContain("; N/A was allowed in version 2025.2 (na: full), not now");
    // Without --previous the earlier policy is not known: the finding alone.
    expect((await runCli(["rubric", "test", rubric, "--lang", "en"])).stdout).not.toContain("was allowed in version");
  });

  it("--previous: N/A forbidden on an indicator the revision also renumbered (3.4 removed, 3.5 now 3.4) says the earlier policy under its old code (it said nothing, or sent the answer to another code)", async () => {
    const { rubric, fixtures } = copyXa();
    const text = readFileSync(rubric, "utf8");
    const start = text.indexOf('      - code: "3.4"'), end = text.indexOf('      - code: "3.5"');
    writeFileSync(rubric, (text.slice(0, start) + text.slice(end))
      .replace('      - code: "3.5"', '      - code: "3.4"').replace('      - code: "3.6"', '      - code: "3.5"')
      .replace("        rule: {type: fixed}\n        na: full\n", "        rule: {type: fixed}\n        na: forbidden\n")
      .replace('en: "Information security and cybersecurity"}\n    max: 100', 'en: "Information security and cybersecurity"}\n    max: 80')
      .replace("scale: 960", "scale: 940"));
    // The fixture moved to the new codes, as the recoded hints say: its N/A (full marks in 2025.2) is now at 3.4.
    const fixture = path.join(fixtures, "na-where-allowed.yaml");
    writeFileSync(fixture, readFileSync(fixture, "utf8").replace(/\n  "3\.4": [^\n]*/, "").replace('\n  "3.5":', '\n  "3.4":').replace('\n  "3.6":', '\n  "3.5":'));
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    const na = r.stdout.slice(r.stdout.indexOf("✖ na-where-allowed.yaml"), r.stdout.indexOf("✖ ward-band-edge.yaml"));
    expect(na).toContain("[na-not-allowed]");
    expect(na).toContain("hint: N/A was allowed in version 2025.2 (as 3.5, na: full), not now: give this fixture a value and update its expected scores, or drop it if it only tried N/A");
    // The old 3.4 (a share of computers) allowed no N/A: the answer was not written for it.
    expect(na).not.toContain("is unknown in this version");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("gợi ý: phiên bản 2025.2 cho phép trả lời không áp dụng (khi đó là 3.5, na: full), phiên bản này thì không");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json", "--lang", "en"])).stdout);
    const errors = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "na-where-allowed.yaml").errors;
    expect(errors[0]).toMatchObject({ code: "na-not-allowed", params: { hint_na_version: "2025.2", hint_na_was: "full", hint_na_code: "3.5" } });
  });

  it("--previous: an N/A answer still under the old code of an indicator renumbered and forbidden N/A says both (\"write 3.4 for 3.5\" alone led to a second refusal)", async () => {
    const { rubric } = copyXa();
    const text = readFileSync(rubric, "utf8");
    const start = text.indexOf('      - code: "3.4"'), end = text.indexOf('      - code: "3.5"');
    writeFileSync(rubric, (text.slice(0, start) + text.slice(end))
      .replace('      - code: "3.5"', '      - code: "3.4"').replace('      - code: "3.6"', '      - code: "3.5"')
      .replace("        rule: {type: fixed}\n        na: full\n", "        rule: {type: fixed}\n        na: forbidden\n")
      .replace('en: "Information security and cybersecurity"}\n    max: 100', 'en: "Information security and cybersecurity"}\n    max: 80')
      .replace("scale: 960", "scale: 940"));
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json", "--lang", "en"])).stdout);
    const errors = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "na-where-allowed.yaml").errors;
    const na = errors.find((e: { code: string }) => e.code === "na-not-allowed");
    expect(na.path).toBe("answers/3.5/na");
    expect(na.params).toMatchObject({ hint_recoded_from: "3.5", hint_recoded_to: "3.4", hint_na_version: "2025.2", hint_na_was: "full", hint_na_code: "3.5" });
    expect(na.message).toContain("write 3.4 for 3.5; N/A was allowed in version 2025.2 (as 3.5, na: full), not now");
  });

  it("--previous: an N/A policy changed is not named where the fixture answers a value there", async () => {
    const { rubric } = copyXa();
    // 3.5 now no N/A at all, and 5.4's target raised: full-marks.yaml answers 3.5 yes and differs at group 5 alone.
    edit(rubric, "        rule: {type: fixed}\n        na: full\n", "        rule: {type: fixed}\n        na: zero\n");
    edit(rubric, "rule: {type: target, target: 80}", "rule: {type: target, target: 100}");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    const full = r.stdout.slice(r.stdout.indexOf("✖ full-marks.yaml"), r.stdout.indexOf("na-where-allowed.yaml"));
    expect(full).toContain("total: expected 960.00, got 956.00 (see 5.4 below)");
    expect(full).not.toContain("3.5");
  });

  it("--previous: an option re-valued is named where it moves the answer, a rule that scores the fixture's answer alike is not (1.2 named nothing, 1.1 was named at a 3 that scores 15 under both)", async () => {
    const dir = tempDir();
    const rubric = path.join(dir, "dti-cap-so.yaml");
    cpSync("rubrics/dti-cap-so.yaml", rubric);
    cpSync("rubrics/fixtures/dti-cap-so", path.join(dir, "fixtures", "dti-cap-so"), { recursive: true });
    edit(rubric, "            - {min: 1, points: 5}\n", "");
    edit(rubric, `en: "Deputy head"}, fraction: 0.5}`, `en: "Deputy head"}, fraction: 0.4}`);
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(1);
    const partial = r.stdout.slice(r.stdout.indexOf("✖ partial.yaml"), r.stdout.indexOf("✔ penalty-at-cap.yaml"));
    expect(partial).toContain("indicator 1.2: expected 7.50, got 6.00 (see 1.2 below)");
    expect(partial).toContain("group 1: expected 61.50, got 60.00 (see 1.2 below)");
    expect(partial).toContain("        1.2: option cap-pho: ×0.5 → ×0.4\n");
    expect(partial).not.toContain("1.1");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "vi"]);
    expect(vi.stdout).toContain("        1.2: lựa chọn cap-pho: ×0,5 → ×0,4\n");
  });

  it("--previous: a batch-relative difference names the agencies of the batch the revision ranks in another cohort (it named nothing)", async () => {
    const { rubric, fixtures } = copyXa();
    // A is a ward: in 2025.2 each agency of the batch is alone in its type; the revision ranks communes and wards together.
    edit(path.join(fixtures, "batch-spending-a.yaml"), '  type: "commune"', '  type: "ward"');
    edit(rubric, "defaults: {na: forbidden}", 'cohorts:\n  - {id: xa-phuong, label: {vi: "Xã, phường", en: "Communes and wards"}, agency_types: [commune, ward]}\ndefaults: {na: forbidden}');
    // B's expectations as 2025.2 scored it, alone in its cohort.
    edit(path.join(fixtures, "expected.yaml"), 'total: 29\n    percent: 3.02\n    band: yeu\n    groups: {"4": 25, "5": 4}\n    indicators: {"4.7": 5, "4.8": 20, "4.9": 0, "5.2": 4}', 'total: 60\n    percent: 6.25\n    band: yeu\n    groups: {"4": 40, "5": 20}\n    indicators: {"4.7": 20, "4.8": 20, "4.9": 0, "5.2": 20}');
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("indicator 4.7: expected 20.00, got 5.00 (see kt-xa-chi-nhieu, kt-xa-chi-it below)");
    expect(r.stdout).toContain("group 5: expected 20.00, got 4.00 (see kt-xa-chi-nhieu, kt-xa-chi-it below)");
    expect(r.stdout).toContain("agency kt-xa-chi-nhieu: compared within cohort ward → xa-phuong\n        agency kt-xa-chi-it: compared within cohort commune → xa-phuong\n");
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"])).stdout)
      .toContain("cơ quan kt-xa-chi-nhieu: so sánh trong khối ward → xa-phuong");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const b = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "batch-spending-b.yaml");
    expect(b.mismatches.find((m: { code?: string }) => m.code === "4.7").cohorts_changed).toEqual({ version: "2025.2", agencies: [{ id: "kt-xa-chi-nhieu", was: "ward", now: "xa-phuong" }, { id: "kt-xa-chi-it", was: "commune", now: "xa-phuong" }] });
    // Only the batch's fixture is told: a ward scored alone (ward-band-edge.yaml, its cohort changed too) is compared with no other.
    expect(b.mismatches.every((m: { cohorts_changed?: unknown }) => m.cohorts_changed !== undefined)).toBe(true);
    // Each agency said once under the fixture's differences, not at each of them.
    expect(r.stdout.split("\n").filter((l) => l.includes("compared within cohort"))).toHaveLength(2);
  });

  it("--previous: an indicator whose own max the revision changed says so at its difference (\"expected 10.00, got 15.00\" alone did not say why), in every format", async () => {
    const { rubric, fixtures } = copyXa();
    // 1.2 re-weighted from 10 to 15; full-marks.yaml's expected.yaml still holds the old 10.
    edit(rubric, /(      - code: "1\.2"[\s\S]*?max: )10/, "$115");
    edit(rubric, '    title: {vi: "Hạ tầng và Nền tảng số", en: "Digital infrastructure and platforms"}\n    max: 80', '    title: {vi: "Hạ tầng và Nền tảng số", en: "Digital infrastructure and platforms"}\n    max: 85');
    edit(rubric, "scale: 960", "scale: 965");
    edit(path.join(fixtures, "expected.yaml"), 'indicators: {"2.4": 20, ', 'indicators: {"1.2": 10, "2.4": 20, ');
    const said = "indicator 1.2: expected 10.00, got 15.00 (indicator 1.2's max was 10 in version 2025.2, 15 now)";
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa"])).stdout).toContain(said);
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"])).stdout)
      .toContain("chỉ số 1.2: mong đợi 10,00, thực tế 15,00 (điểm tối đa của chỉ số 1.2 ở phiên bản 2025.2 là 10, nay là 15)");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    const full = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "full-marks.yaml");
    expect(full.mismatches.find((m: { what: string }) => m.what === "indicator")).toMatchObject({ code: "1.2", max_changed: { version: "2025.2", was: 10, now: 15 } });
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "junit"])).stdout).toContain(said);
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "github"])).stdout).toContain(said);
    // Without --previous the earlier max is not known: the difference alone.
    expect((await runCli(["rubric", "test", rubric])).stdout).toMatch(/indicator 1\.2: expected 10\.00, got 15\.00\n/);
  });

  it("--previous: a max in a difference's note is written as the change list beside it writes it (\"max was 10.00\" beside \"max: 10 → 12.5\")", async () => {
    const { rubric, fixtures } = copyXa();
    edit(rubric, /(      - code: "1\.2"[\s\S]*?max: )10/, "$112.5");
    edit(rubric, '    title: {vi: "Hạ tầng và Nền tảng số", en: "Digital infrastructure and platforms"}\n    max: 80', '    title: {vi: "Hạ tầng và Nền tảng số", en: "Digital infrastructure and platforms"}\n    max: 82.5');
    edit(rubric, "scale: 960", "scale: 962.5");
    edit(path.join(fixtures, "expected.yaml"), 'indicators: {"2.4": 20, ', 'indicators: {"1.2": 10, "2.4": 20, ');
    const en = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"])).stdout;
    expect(en).toContain("indicator 1.2: expected 10.00, got 12.50 (indicator 1.2's max was 10 in version 2025.2, 12.5 now)");
    expect(en).toContain("1.2: max: 10 → 12.5");
    const vi = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"])).stdout;
    expect(vi).toContain("(điểm tối đa của chỉ số 1.2 ở phiên bản 2025.2 là 10, nay là 12,5)");
    expect(vi).toContain("1.2: điểm tối đa: 10 → 12,5");
  });

  it("--previous: a total, bonus or penalty moved by a bonus or penalty item's changed max names the item (only indicators inside groups were named)", async () => {
    const dir = tempDir();
    const rubric = path.join(dir, "dti-cap-so.yaml");
    cpSync("rubrics/dti-cap-so.yaml", rubric);
    cpSync("rubrics/fixtures/dti-cap-so", path.join(dir, "fixtures", "dti-cap-so"), { recursive: true });
    // T.2 raised from 20 to 30, TR.2 (a yes: all its max) from 30 to 40, both caps to 60.
    edit(rubric, /(    - code: "T\.2"[\s\S]*?max: )20/, "$130");
    edit(rubric, /(    - code: "TR\.2"[\s\S]*?max: )30/, "$140");
    edit(rubric, /^(bonus|penalty):\n  cap: 50/gm, "$1:\n  cap: 60");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "json"])).stdout);
    const said = (name: string) => json.rubrics[0].fixtures.find((f: { name: string }) => f.name === name).mismatches
      .filter((m: { what: string }) => m.what !== "indicator" && m.what !== "percent").map((m: { what: string; indicators_max_changed?: unknown }) => [m.what, m.indicators_max_changed]);
    expect(said("bonus-at-cap.yaml")).toEqual([
      ["total", { version: "2025.1", indicators: [{ code: "T.2", was: 20, now: 30 }] }], ["bonus", { version: "2025.1", indicators: [{ code: "T.2", was: 20, now: 30 }] }],
    ]);
    expect(said("penalty-at-cap.yaml")).toEqual([
      ["total", { version: "2025.1", indicators: [{ code: "TR.2", was: 30, now: 40 }] }], ["penalty", { version: "2025.1", indicators: [{ code: "TR.2", was: 30, now: 40 }] }],
    ]);
    const text = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so"])).stdout;
    // The raised cap let TR.2's 10 more points through: both are said.
    expect(text).toContain("total: expected 950.00, got 940.00 (see TR.2, penalty cap below)");
    expect(text).toContain("penalty: expected 50.00, got 60.00 (see TR.2, penalty cap below)");
    expect(text).toContain("        TR.2: max: 30 → 40\n        penalty cap: 50 → 60\n");
  });

  it("--previous: a total, bonus or penalty moved by a changed bonus or penalty cap names the cap (no item changed, so nothing was said)", async () => {
    const dir = tempDir();
    const rubric = path.join(dir, "dti-cap-so.yaml");
    cpSync("rubrics/dti-cap-so.yaml", rubric);
    cpSync("rubrics/fixtures/dti-cap-so", path.join(dir, "fixtures", "dti-cap-so"), { recursive: true });
    // The bonus cap lowered from 50 to 40: bonus-at-cap.yaml's 30 + 20 is cut at 40.
    edit(rubric, /^bonus:\n  cap: 50/m, "bonus:\n  cap: 40");
    // The penalty cap raised from 50 to 70, above every fixture's penalty (50 at most): it moves nothing, and is not said.
    edit(rubric, /^penalty:\n  cap: 50/m, "penalty:\n  cap: 70");
    const text = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so"])).stdout;
    expect(text).toContain("total: expected 50.00, got 40.00 (see bonus cap below)");
    expect(text).toContain("bonus: expected 50.00, got 40.00 (see bonus cap below)");
    // The percentage moves with the total (the scale kept): it named nothing.
    expect(text).toContain("percent: expected 5.00, got 4.00 (see bonus cap below)");
    expect(text).toContain("\n        bonus cap: 50 → 40\n");
    expect(text.split("\n").filter((l) => l.includes("expected") && l.includes("50.00 → 40.00"))).toEqual([]);
    expect(text).toMatch(/✔ penalty-at-cap\.yaml/);
    expect(text).not.toContain("penalty cap");
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "vi"])).stdout)
      .toContain("điểm thưởng: mong đợi 50,00, thực tế 40,00 (xem trần điểm thưởng ở dưới)");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "json"])).stdout);
    const atCap = json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "bonus-at-cap.yaml");
    expect(atCap.mismatches.filter((m: { what: string }) => m.what !== "percent").map((m: { what: string; caps_changed?: unknown }) => [m.what, m.caps_changed])).toEqual([
      ["total", { version: "2025.1", caps: [{ of: "bonus", was: 50, now: 40 }] }], ["bonus", { version: "2025.1", caps: [{ of: "bonus", was: 50, now: 40 }] }],
    ]);
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "junit"])).stdout).toContain("bonus: expected 50.00, got 40.00 (see bonus cap below)\nChanged since version 2025.1 (what the differences above may come from):\n  bonus cap: 50 → 40");
    // An annotation stands alone: the change beside each difference, in short.
    expect((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "github"])).stdout).toContain("bonus: expected 50.00, got 40.00 (changed since version 2025.1: bonus cap: 50 → 40)");
  });

  it("--previous: a band moved by a changed bonus cap names the cap, as the total does (the band named nothing)", async () => {
    const dir = tempDir();
    const rubric = path.join(dir, "dti-cap-so.yaml"), previous = path.join(dir, "previous.yaml");
    cpSync("rubrics/dti-cap-so.yaml", rubric);
    cpSync("rubrics/fixtures/dti-cap-so", path.join(dir, "fixtures", "dti-cap-so"), { recursive: true });
    // Both versions rate 4.5 % Average, so that bonus-at-cap.yaml's 50 points (5 %) are Average and its 40 under a cap of 40 Weak.
    edit(rubric, /\{id: trung-binh, min: 50,/g, "{id: trung-binh, min: 4.5,");
    cpSync(rubric, previous);
    edit(rubric, /^bonus:\n  cap: 50/m, "bonus:\n  cap: 40");
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    edit(path.join(dir, "fixtures", "dti-cap-so", "expected.yaml"), "    percent: 5\n    band: yeu\n", "    percent: 5\n    band: trung-binh\n");
    const r = await runCli(["rubric", "test", rubric, "--previous", previous, "--lang", "en"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("band: expected Average (trung-binh), got Weak (yeu) (see bonus cap below)");
    expect(r.stdout).not.toContain("Band thresholds changed");
  });

  it("--previous: a fixture already moved to the rubric's version answers the new codes: no old code named in it", async () => {
    const { rubric, fixtures } = copyXa();
    edit(rubric, '      - code: "1.7"', '      - code: "1.8"');
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    // Moved to 2026.1 but its 1.7 left as it was: refused, and not said to be the old 1.7.
    edit(path.join(fixtures, "all-zero.yaml"), /version: "[^"]+"/, 'version: "2026.1"');
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"]);
    const fixturesRun = JSON.parse(r.stdout).rubrics[0].fixtures;
    const said = (name: string) => fixturesRun.find((f: { name: string }) => f.name === name).errors.map((e: { message: string }) => e.message).join("\n");
    expect(said("all-zero.yaml")).toContain("There is no indicator \"1.7\"");
    expect(said("all-zero.yaml")).not.toContain("is 1.8 now");
    expect(said("full-marks.yaml")).toContain("1.7 of version 2025.2 is 1.8 now");
  });

  it("--previous: a renumbering that kept the version string still names each old code's new one (the fixtures name the version --previous is)", async () => {
    const { rubric } = copyXa();
    edit(rubric, '      - code: "1.7"', '      - code: "1.8"');
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"]);
    const zero = JSON.parse(r.stdout).rubrics[0].fixtures.find((f: { name: string }) => f.name === "all-zero.yaml");
    expect(zero.errors.map((e: { message: string }) => e.message)).toContain("There is no indicator \"1.7\" in rubric dti-cap-xa; 1.7 of version 2025.2 is 1.8 now (the same title): write 1.8 for 1.7");
  });

  it("--previous naming another rubric is a usage error (its codes said nothing of this one's: 'recoded' by chance titles)", async () => {
    const r = await runCli(["rubric", "test", "dti-cap-so", "--previous", "dti-cap-xa"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--previous names rubric dti-cap-xa, not dti-cap-so: give the earlier version of dti-cap-so itself");
  });

  it("without --previous, an answer under a code the rubric lacks in a fixture of an older version says how to be told the new codes", async () => {
    const { rubric } = copyXa();
    edit(rubric, '      - code: "1.7"', '      - code: "1.8"');
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    const r = await runCli(["rubric", "test", rubric]);
    expect(r.stdout.replace(/\s+/g, " ")).toContain("hint: this file answers version 2025.2 and the rubric is 2026.1 now: if codes were renumbered, run again with --previous FILE");
  });

  it("without --previous, the hint is also given where every code is still there but answers another item (an insertion shifted them), once per fixture", async () => {
    const { rubric } = copyXa();
    edit(rubric, /(      - code: "1.1"\n(?:.*\n)*?)        input: \{type: percent\}\n        rule: \{type: ratio\}\n        na: zero\n/, "$1        input: {type: boolean}\n        rule: {type: fixed}\n        na: zero\n");
    edit(rubric, /^version: .*$/m, 'version: "2026.1"');
    const r = await runCli(["rubric", "test", rubric, "--format", "json"]);
    const zero = JSON.parse(r.stdout).rubrics[0].fixtures.find((f: { name: string }) => f.name === "all-zero.yaml");
    const hinted = zero.errors.filter((e: { message: string }) => e.message.includes("run again with --previous"));
    expect(hinted.map((e: { path: string }) => e.path)).toEqual(["answers/1.1/value"]);
  });

  it.each(["expected.yml", "Expected.yaml"])("%s beside no expected.yaml is named, to rename (a Windows disk opened Expected.yaml, the CI's Linux did not)", (name) => {
    const { rubric, fixtures } = copyXa();
    renameSync(path.join(fixtures, "expected.yaml"), path.join(fixtures, name));
    const loaded = loadRubric(rubric);
    if (!loaded.ok) throw new Error("rubric");
    const [problem] = runFixtures(loaded.loaded, fixtures).problems;
    expect(problem!.code).toBe("fixtures-no-expected");
    expect(problem!.file).toBe(path.join(fixtures, name));
    expect(message("en", problem!.code, problem!.params)).toBe(`The expected results file ${path.join(fixtures, "expected.yaml")} is missing; the folder has ${name}: rename it expected.yaml (the name is read exactly, as the Linux of a CI job reads it)`);
    expect(message("vi", problem!.code, problem!.params)).toContain(`thư mục có tệp ${name}: hãy đổi tên thành expected.yaml`);
  });

  it("runs in-process as a function, too", () => {
    const loaded = loadRubric("rubrics/un-losi-2022.yaml");
    if (!loaded.ok) throw new Error("bundled rubric");
    const run = runFixtures(loaded.loaded, "rubrics/fixtures/un-losi-2022");
    expect(run.fixtures.map((f) => [f.name, f.passed, f.score?.band?.id])).toEqual([
      ["all-zero.yaml", true, "low"], ["band-edge-64.yaml", true, "high"], ["band-edge-65.yaml", true, "very-high"],
      ["full-marks.yaml", true, "very-high"], ["nothing-answered.yaml", true, "low"],
    ]);
  });
});

describe("rubric test: percentages", () => {
  it("are compared and said at two decimals, whatever the rubric's points decimals (at 0 decimals 84.9 % passed for 84.6 and read 85)", () => {
    const score = { total: 849, percent: 84.9, band: null, bonus: { points: 0 }, penalty: { points: 0 }, groups: [], indicators: [] } as unknown as AgencyScore;
    expect(compare({ file: "a.yaml", total: 849, percent: 84.9 }, score, 0)).toEqual([]);
    const [m] = compare({ file: "a.yaml", total: 849, percent: 84.6 }, score, 0);
    expect(m).toMatchObject({ what: "percent", expected: 84.6, actual: 84.9 });
    expect(mismatchText(m!, 0, "vi")).toBe("tỷ lệ %: mong đợi 84,60, thực tế 84,90");
  });
});

describe("rubric test: missing evidence", () => {
  it("is compared as a count when expected.yaml gives it (a rubric scoring answers without their evidence at 0 could not test that count)", () => {
    const score = { total: 900, percent: 90, band: null, bonus: { points: 0 }, penalty: { points: 0 }, groups: [], indicators: [], completeness: { missing_evidence: 2 } } as unknown as AgencyScore;
    expect(compare({ file: "a.yaml", total: 900, missing_evidence: 2 }, score, 2)).toEqual([]);
    expect(compare({ file: "a.yaml", total: 900 }, score, 2)).toEqual([]);
    const [m] = compare({ file: "a.yaml", total: 900, missing_evidence: 0 }, score, 2);
    expect(m).toMatchObject({ what: "missing_evidence", expected: 0, actual: 2 });
    expect(mismatchText(m!, 2, "en")).toBe("indicators missing evidence: expected 0, got 2");
  });
});
