import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";
import { withoutIndicator16 } from "./helpers/rubrics.js";
import { all, parseXml, type XmlElement } from "./helpers/xml.js";

/** `rubric impact --format github|junit`: what a rubric author's CI shows when a change breaks a budget. */

const DIR = "test/rubric-ci/fixtures/impact";
const V1 = `${DIR}/v1.yaml`, V2 = `${DIR}/v2.yaml`, CORPUS = `${DIR}/corpus`;
const tempDir = tempDirs();
const impact = async (args: string[], env: Record<string, string> = {}) => runCli(["rubric", "impact", ...args], { env });
const BUDGETS = ["--budget-points", "40", "--budget-rank", "1"];

/** v2 with its only agency type replaced: A, B and C (version 1) cannot be scored under it; D and E (version 2) fail it. */
function typeRemoved(): string {
  const v3 = path.join(tempDir(), "v3.yaml");
  writeFileSync(v3, readFileSync(V2, "utf8").replace("- {id: unit, label: {vi: \"Đơn vị\", en: \"Unit\"}}", "- {id: office, label: {vi: \"Văn phòng\", en: \"Office\"}}"));
  return v3;
}

// The effect of v1 → v2 is worked out by hand in impact.test.ts: E +50 (rank 5 → 2), A −50 (1 → 3), B −30 (2 → 4),
// D +30 (3 → 1), C −20 (3 → 4). Over ±40 points: E and A; over ±1 place: E, A, B, D. C is within both.
describe("rubric impact --format github", () => {
  // A, B and C answer 1.3, which v2 removed: score refuses their files under v2, which each one's annotation says.
  const refused = (file: string) => `; score would refuse this file under the new version (2) until it is corrected: 1.3 (the indicator no longer exists); run egov-score assess ${CORPUS}/${file} --rubric ${V2} to correct it`;

  it("each rubric change a notice at its line in the new rubric, each agency over budget an error at its id; within budget nothing, unless score would refuse its file", async () => {
    const r = await impact([V1, V2, "--corpus", CORPUS, ...BUDGETS, "--format", "github"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n")).toEqual([
      `::notice file=${V2},line=3,col=10,title=egov-score rubric impact%3A version::version: 1 → 2`,
      `::notice file=${V2},line=19,col=9,title=egov-score rubric impact%3A changed 1.1::Has a web portal: max: 40 → 20`,
      // 1.3 is gone: pointed at its group, 1, which the new rubric still has.
      `::notice file=${V2},line=15,col=5,title=egov-score rubric impact%3A removed 1.3::Share of digitally signed documents: max 30`,
      `::notice file=${V2},line=29,col=9,title=egov-score rubric impact%3A added 1.4::Has an open-data section: max 50`,
      `::error file=${CORPUS}/e.yaml,line=4,col=14,title=egov-score rubric impact%3A e::Đơn vị E (e): total 0.00 → 50.00 (+50.00), rank 5 → 2/5; over the points budget ±40 and the rank budget ±1`,
      `::error file=${CORPUS}/a.yaml,line=4,col=14,title=egov-score rubric impact%3A a::Đơn vị A (a): total 90.00 → 40.00 (−50.00), rank 1 → 3/5; over the points budget ±40 and the rank budget ±1${refused("a.yaml")}`,
      `::error file=${CORPUS}/b.yaml,line=4,col=14,title=egov-score rubric impact%3A b::Đơn vị B (b): total 60.00 → 30.00 (−30.00), rank 2 → 4/5; over the rank budget ±1${refused("b.yaml")}`,
      `::error file=${CORPUS}/d.yaml,line=4,col=14,title=egov-score rubric impact%3A d::Đơn vị D (d): total 50.00 → 80.00 (+30.00), rank 3 → 1/5; over the rank budget ±1`,
      // C is within both budgets, but its file would be refused: a warning, which does not fail the run (it had no annotation; the refusal was only in the summary on standard error).
      `::warning file=${CORPUS}/c.yaml,line=4,col=14,title=egov-score rubric impact%3A c::Đơn vị C (c): total 50.00 → 30.00 (−20.00), rank 3 → 4/5${refused("c.yaml")}`,
    ]);
    // The log says why the step failed, beside the annotations.
    expect(r.stderr).toContain("Points budget ±40: exceeded (2 agencies)\nRank budget ±1: exceeded (4 agencies)\n");
  });

  it("the summary on standard error shows a name's control characters as symbols, as the table does", async () => {
    const file = path.join(tempDir(), "a.yaml");
    writeFileSync(file, readFileSync(`${CORPUS}/a.yaml`, "utf8").replace(`name: "Đơn vị A"`, String.raw`name: "A\a\e]0;x"`));
    const r = await impact([V1, V2, "--corpus", file, "--budget-points", "5", "--format", "github"]);
    expect(r.stderr).toContain("largest decrease: A␇␛]0;x −50.00");
    expect(r.stderr).not.toMatch(/[\u0007\u001b]/);
  });

  it("without a budget: the notices, and a warning at each file score would refuse under the new version; exit 0", async () => {
    const r = await impact([V1, V2, "--corpus", CORPUS, "--format", "github"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n").map((l) => l.slice(0, l.indexOf(" ")))).toEqual([...Array(4).fill("::notice"), ...Array(3).fill("::warning")]);
    expect(r.stdout).toContain(`::warning file=${CORPUS}/a.yaml,line=4,col=14,title=egov-score rubric impact%3A a::Đơn vị A (a): total 90.00 → 40.00 (−50.00), rank 1 → 3/5${refused("a.yaml")}`);
  });

  it("files are named relative to the repository's root (GITHUB_WORKSPACE), as lint's are", async () => {
    const root = path.resolve("..");
    const r = await impact([V1, V2, "--corpus", `${CORPUS}/a.yaml`, ...BUDGETS, "--format", "github"], { GITHUB_WORKSPACE: root });
    const from = (file: string) => path.relative(root, path.resolve(file)).split(path.sep).join("/");
    expect(r.stdout).toContain(`::notice file=${from(V2)},line=3,`);
    expect(r.stdout).toContain(`::error file=${from(`${CORPUS}/a.yaml`)},line=4,col=14,`);
  });

  it("what cannot be scored under a version is said under that version: an error with a budget, a warning without", async () => {
    const v3 = typeRemoved();
    const r = await impact([V1, v3, "--corpus", CORPUS, "--budget-points", "1000", "--format", "github"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n").filter((l) => !l.startsWith("::notice"));
    expect(lines).toEqual([
      ...["a", "b", "c"].map((id) => `::error file=${CORPUS}/${id}.yaml,line=4,col=14,title=egov-score rubric impact%3A ${id}::Đơn vị ${id.toUpperCase()} (${id}) cannot be scored under the new version (2): its agency type no longer exists; its movement cannot be checked against the budget`),
      // D and E name version 2, which v3 is: checked against it, they fail it.
      ...["d", "e"].map((id) => expect.stringMatching(new RegExp(`^::error file=${CORPUS}/${id}\\.yaml,line=4,col=\\d+,title=egov-score not-allowed-value::Invalid under the new version \\(2\\), not rescored: `))),
    ]);
    const quiet = await impact([V1, v3, "--corpus", CORPUS, "--format", "github"]);
    expect(quiet.code).toBe(0);
    const levels = quiet.stdout.trimEnd().split("\n").filter((l) => !l.startsWith("::notice")).map((l) => l.slice(0, l.indexOf(" ")));
    expect(levels).toEqual(Array(5).fill("::warning"));
    expect(quiet.stdout).not.toContain("budget");
  });

  it("a change that keeps the version is a warning at the version; a corpus with nothing to compare an error of its own", async () => {
    const dir = tempDir();
    const edited = path.join(dir, "v1-edited.yaml");
    writeFileSync(edited, readFileSync(V1, "utf8").replace("max: 40", "max: 30").replace(/max: 30\n(\s+)input: \{type: count\}/, "max: 40\n$1input: {type: count}"));
    const r = await impact([V1, edited, "--corpus", "examples/so-khcn-quang-binh.yaml", "--budget-points", "5", "--format", "github"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::warning file=${edited.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},line=3,col=10,title=egov-score rubric impact%3A version::The rubric changed but its version is still 1`));
    expect(r.stdout).toContain("::error title=egov-score rubric impact::no agency could be scored under both versions");
  });

  it("a verified total (ᵛ) is said what it is: no legend stands beside an annotation", async () => {
    const edited = path.join(tempDir(), "dti-cap-so.yaml");
    writeFileSync(edited, withoutIndicator16(readFileSync("rubrics/dti-cap-so.yaml", "utf8")));
    const r = await impact(["dti-cap-so", edited, "--corpus", "examples/so-tai-chinh-quang-binh.yaml", "--budget-points", "5", "--format", "github"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=examples\/so-tai-chinh-quang-binh\.yaml,line=\d+,col=\d+,title=egov-score rubric impact%3A qb-stc::.*: total [\d.]+ᵛ → [\d.]+ᵛ .*; over the points budget ±5 \(ᵛ = verified score \(the collector's verified values are used\)\); score would refuse this file .*: 1\.6 \(the indicator no longer exists\); .*$/m);
  });
});

describe("rubric impact --format github: files score would refuse under the new version", () => {
  it("an agency within budget whose file holds an answer to a removed indicator gets a warning at its id naming the answer and why, in vi too (it got no annotation: the refusal was only in the summary on standard error)", async () => {
    const edited = path.join(tempDir(), "dti-cap-so.yaml");
    writeFileSync(edited, withoutIndicator16(readFileSync("rubrics/dti-cap-so.yaml", "utf8")));
    const file = "examples/ban-qlkkt-quang-binh.yaml";
    const r = await impact(["dti-cap-so", edited, "--corpus", file, "--budget-points", "10", "--format", "github"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^::warning file=examples/ban-qlkkt-quang-binh\\.yaml,line=8,col=7,title=egov-score rubric impact%3A qb-bqlkkt::.*\\(−6\\.00\\), rank 1/1; score would refuse this file under the new version \\(2025\\.1\\) until it is corrected: 1\\.6 \\(the indicator no longer exists\\); run egov-score assess examples/ban-qlkkt-quang-binh\\.yaml --rubric .*dti-cap-so\\.yaml to correct it$`, "m"));
    const vi = await impact(["dti-cap-so", edited, "--corpus", file, "--budget-points", "10", "--format", "github", "--lang", "vi"]);
    expect(vi.stdout).toMatch(/^::warning file=examples\/ban-qlkkt-quang-binh\.yaml,.*hạng 1\/1; lệnh score sẽ từ chối tệp này theo phiên bản mới \(2025\.1\) cho đến khi sửa: 1\.6 \(chỉ số không còn\); chạy egov-score assess examples\/ban-qlkkt-quang-binh\.yaml --rubric .* để sửa$/m);
  });

  it("evidence short of the new version is said so at the file, with the indicator and what it lacks", async () => {
    const edited = path.join(tempDir(), "dti-cap-so.yaml");
    const rubric = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const at = rubric.indexOf(`      - code: "5.6"`);
    writeFileSync(edited, rubric.slice(0, at) + rubric.slice(at).replace("evidence: {required: false, fields: [number, date, title]}", "evidence: {required: true, min: 1, fields: [number, date, title]}"));
    const r = await impact(["dti-cap-so", edited, "--corpus", "examples/so-khcn-quang-binh.yaml", "--budget-points", "5", "--format", "github"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning file=examples\/so-khcn-quang-binh\.yaml,.*\(0\.00\), rank 1\/1; score would refuse this file under the new version \(2025\.1\) until it is corrected: 5\.6 \(indicator 5\.6 needs at least 1 evidence item; it has 0: add to evidence\); run egov-score assess /m);
  });
});

describe("rubric impact --format junit", () => {
  const cases = (root: XmlElement) => all(root, "testcase");
  const byName = (root: XmlElement, name: string) => cases(root).find((c) => c.attrs.name === name)!;

  it("parses back: every agency a case, over budget a failure naming the file, totals, ranks and the budget; the changes in the first case's output", async () => {
    const r = await impact([V1, V2, "--corpus", CORPUS, ...BUDGETS, "--format", "junit"]);
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    expect(root.attrs).toMatchObject({ name: "egov-score rubric impact", tests: "6", failures: "4", errors: "0" });
    expect(all(root, "testsuite").map((s) => s.attrs.name)).toEqual(["impact-demo@1 → impact-demo@2"]);
    expect(cases(root).map((c) => [c.attrs.classname, c.attrs.name])).toEqual([
      [V2, "rubric changes"], ...["e", "a", "b", "d", "c"].map((id) => [`${CORPUS}/${id}.yaml`, `Đơn vị ${id.toUpperCase()} (${id})`]),
    ]);
    expect(all(byName(root, "rubric changes"), "system-out")[0]!.text).toBe([
      `${V2}:3:10 version: 1 → 2`,
      `${V2}:19:9 changed 1.1 Has a web portal: max: 40 → 20`,
      `${V2}:15:5 removed 1.3 Share of digitally signed documents: max 30`,
      `${V2}:29:9 added 1.4 Has an open-data section: max 50`,
    ].join("\n"));
    const failure = all(byName(root, "Đơn vị B (b)"), "failure")[0]!;
    expect(failure.attrs).toEqual({ type: "rank", message: "Đơn vị B (b): total 60.00 → 30.00 (−30.00), rank 2 → 4/5; over the rank budget ±1" });
    expect(failure.text).toBe(`${CORPUS}/b.yaml:4:14 ${failure.attrs.message}\nunder the new version: answer to 1.3 dropped (the indicator no longer exists), counted as unanswered; score refuses the file under the new version until the answer is taken out of it`);
    // Within both budgets: a passing case, its figures in its output.
    const c = byName(root, "Đơn vị C (c)");
    expect(all(c, "failure")).toEqual([]);
    expect(all(c, "system-out")[0]!.text).toMatch(/^test\/rubric-ci\/fixtures\/impact\/corpus\/c\.yaml:4:14 Đơn vị C \(c\): total 50\.00 → 30\.00 \(−20\.00\), rank 3 → 4\/5\n/);
  });

  it("-o FILE.xml writes JUnit, as lint's and test's -o do; the exit code is the budget's", async () => {
    const out = path.join(tempDir(), "impact.xml");
    const r = await impact([V1, V2, "--corpus", CORPUS, "--budget-points", "50", "-o", out]);
    expect(r.code).toBe(0);
    const root = parseXml(readFileSync(out, "utf8"));
    expect(root.attrs).toMatchObject({ tests: "6", failures: "0", errors: "0" });
    expect(r.stderr).toContain("Points budget ±50: within");
  });

  it("what cannot be scored is an error with a budget (under the version it fails), a passing case with its reason without one", async () => {
    const v3 = typeRemoved();
    const r = await impact([V1, v3, "--corpus", CORPUS, "--budget-rank", "3", "--format", "junit", "--lang", "vi"]);
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    expect(root.attrs).toMatchObject({ tests: "6", failures: "0", errors: "5" });
    const a = all(byName(root, "Đơn vị A (a)"), "error")[0]!;
    expect(a.attrs).toEqual({ type: "not-comparable", message: "Đơn vị A (a) không chấm được theo phiên bản mới (2): loại cơ quan của nó không còn; không kiểm tra được độ thay đổi so với mức cho phép" });
    const d = all(byName(root, `${CORPUS}/d.yaml`), "error")[0]!;
    expect(d.attrs.type).toBe("not-allowed-value");
    expect(d.text).toMatch(new RegExp(`^Tệp không hợp lệ theo phiên bản mới \\(2\\), không được chấm lại\n${CORPUS}/d\\.yaml:4:\\d+ `));
    const free = parseXml((await impact([V1, v3, "--corpus", CORPUS, "--format", "junit"])).stdout);
    expect(free.attrs).toMatchObject({ tests: "6", failures: "0", errors: "0" });
    expect(all(byName(free, "Đơn vị A (a)"), "system-out")[0]!.text).toContain("cannot be scored under the new version (2): its agency type no longer exists");
  });

  it("a corpus path that cannot be read is an error case of its own when a budget is set", async () => {
    const root = parseXml((await impact([V1, V2, "--corpus", CORPUS, "nope.yaml", "--budget-points", "100", "--format", "junit"])).stdout);
    expect(root.attrs).toMatchObject({ tests: "7", failures: "0", errors: "1" });
    expect(all(byName(root, "nope.yaml"), "error")[0]!.attrs.type).toBe("file-not-found");
  });
});

describe("rubric impact with an unusable rubric, in the CI formats", () => {
  /** v1 with a scale its groups do not add up to: it cannot be loaded. */
  function broken(): string {
    const file = path.join(tempDir(), "broken.yaml");
    writeFileSync(file, readFileSync(V1, "utf8").replace("scale: 100", "scale: 77"));
    return file;
  }

  it("junit: the report is written with an error case naming the rubric and why, as rubric test's is (no file was written); exit 2", async () => {
    const old = broken();
    const out = path.join(tempDir(), "report.xml");
    const r = await impact([old, V2, "--corpus", CORPUS, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`The rubric ${old} cannot be used`);
    const root = parseXml(readFileSync(out, "utf8"));
    expect(root.attrs).toMatchObject({ name: "egov-score rubric impact", tests: "1", failures: "0", errors: "1" });
    expect(all(root, "testsuite")[0]!.attrs.name).toBe(old);
    expect(all(root, "error")[0]!.attrs).toMatchObject({ type: "scale-mismatch" });
    expect(all(root, "error")[0]!.attrs.message).toContain(`${old}:8:8 The scale is 77`);
    // Both unusable: both named.
    const other = path.join(tempDir(), "v2.yaml");
    writeFileSync(other, readFileSync(V2, "utf8").replace("scale: 100", "scale: 5"));
    const both = parseXml((await impact([old, other, "--corpus", CORPUS, "--format", "junit"])).stdout);
    expect(both.attrs).toMatchObject({ tests: "2", errors: "2" });
    expect(all(both, "testsuite").map((s) => s.attrs.name)).toEqual([old, other]);
  });

  // A CI step that keeps standard output (or -o FILE) as the report got an empty file, or none, for json and md.
  it("json: a document naming each unusable rubric, old or new, with its located findings, as rubric test's json; exit 2", async () => {
    const old = path.join(tempDir(), "schema.yaml");
    writeFileSync(old, readFileSync(V1, "utf8").replace("scale: 100", "scale: trăm"));
    const r = await impact([old, V2, "--corpus", CORPUS, "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`The rubric ${old} cannot be used`);
    const json = JSON.parse(r.stdout);
    expect(json.tool.name).toBe("egov-score");
    expect(json.unusable).toEqual([{ role: "old", file: old, errors: [{ code: "wrong-type", file: old, line: 8, col: 8, path: "scale", message: "Wrong type of value; found: trăm; expected: a number", params: expect.any(Object) }] }]);
    expect(json.agencies).toBeUndefined();
    // Written to the file asked for, in Vietnamese too.
    const out = path.join(tempDir(), "impact.json");
    expect((await impact([V1, broken(), "--corpus", CORPUS, "-o", out], { LANG: "vi_VN.UTF-8" })).code).toBe(2);
    const vi = JSON.parse(readFileSync(out, "utf8"));
    expect(vi.unusable.map((u: { role: string; errors: { code: string; line: number; col: number; message: string }[] }) => [u.role, u.errors.map((e) => [e.code, e.line, e.col])])).toEqual([["new", [["scale-mismatch", 8, 8]]]]);
    expect(vi.unusable[0].errors[0].message).toMatch(/^Thang điểm/);
  });

  it("md: a comment that says the impact could not be worked out, with each finding located; exit 2", async () => {
    const old = broken();
    const out = path.join(tempDir(), "impact.md");
    const r = await impact([old, V2, "--corpus", CORPUS, "-o", out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe([
      "## The impact of the change cannot be worked out: a rubric cannot be used",
      "",
      `❌ The rubric ${old} cannot be used`,
      "",
      `- \`${old}:8:8\` The scale is 77 but the groups' maxima add up to 100: fix the scale, or the max of the group that is wrong \`[scale-mismatch]\``,
      "",
    ].join("\n"));
  });

  it("table to -o FILE: the file says the impact could not be worked out, each finding with its code frame (none was written); to the terminal, standard error alone says it; exit 2", async () => {
    const old = broken();
    const out = path.join(tempDir(), "impact.txt");
    const r = await impact([old, V2, "--corpus", CORPUS, "-o", out]);
    expect(r.code).toBe(2);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/^The impact of the change cannot be worked out: a rubric cannot be used\n\nThe rubric .* cannot be used\n/);
    expect(text).toContain(`${old}:8:8 error The scale is 77`);
    expect(text).toContain("> 8 | scale: 77");
    expect(text).not.toContain("\u001b[");
    const shown = await impact([old, V2, "--corpus", CORPUS]);
    expect(shown.code).toBe(2);
    expect(shown.stdout).toBe("");
  });

  it("github: an error annotation at each of its findings, as rubric test's; exit 2", async () => {
    const old = broken();
    const r = await impact([old, V2, "--corpus", CORPUS, "--format", "github"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`::error file=${old},line=8,col=8,title=egov-score scale-mismatch::The scale is 77 but the groups' maxima add up to 100: fix the scale, or the max of the group that is wrong\n`);
  });
});

describe("rubric impact: a code moved alone", () => {
  // The swap of two codes has no field to list: the github notice and the junit line ended on "Title: ".
  it("is its title, with no colon left hanging, in github and junit", async () => {
    const dir = tempDir();
    const v1 = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const v2 = v1.replace('version: "2025.1"', 'version: "2025.2"').replace('- code: "6.4.4"', '- code: "6.4.5"');
    writeFileSync(path.join(dir, "v1.yaml"), v1);
    writeFileSync(path.join(dir, "v2.yaml"), v2);
    const args = [path.join(dir, "v1.yaml"), path.join(dir, "v2.yaml"), "--corpus", "examples/kho-bac-quang-binh.yaml", "--lang", "en"];
    const github = (await impact([...args, "--format", "github"])).stdout.split("\n").filter((l) => l.includes("recoded"));
    expect(github).toHaveLength(1);
    expect(github[0]).toMatch(/recoded 6\.4\.4 → 6\.4\.5::Other specialised software in use \(description\)$/);
    const junit = (await impact([...args, "--format", "junit"])).stdout.split("\n").filter((l) => l.includes("recoded"));
    expect(junit).toHaveLength(1);
    for (const line of [...github, ...junit]) expect(line).not.toMatch(/:\s*(<\/system-out>)?$/);
  });
});

describe("rubric impact: an invalid corpus file's warnings beside its errors", () => {
  // Invalid for its unknown indicator 9.9; its date after the date sent is a warning only, listed first (line 10).
  function setup(): { old: string; now: string; file: string } {
    const dir = tempDir();
    const old = "test/fixtures/rubrics/deadline-parts.yaml";
    const now = path.join(dir, "v2.yaml");
    writeFileSync(now, readFileSync(old, "utf8").replace('version: "1"', 'version: "2"'));
    const file = path.join(dir, "x.yaml");
    writeFileSync(file, [
      `rubric: {id: plan-mini, version: "1"}`, "agency:", "  id: x", `  name: "Xã X"`, "  type: commune", `period: "2025"`,
      `respondent: {name: "A"}`, `submitted: "2025-09-01"`, "answers:",
      `  "1.1": {value: {co: true, ngay: "2025-09-15"}}`, `  "1.4": {value: true}`, `  "9.9": {value: true}`, "",
    ].join("\n"));
    return { old, now, file };
  }

  it("github: the warning is a ::warning, only the error an ::error that fails the run", async () => {
    const { old, now, file } = setup();
    const r = await impact([old, now, "--corpus", file, "--budget-points", "5", "--format", "github"]);
    const lines = r.stdout.trimEnd().split("\n").filter((l) => l.includes(`file=${file},`));
    expect(lines.map((l) => l.slice(0, l.indexOf(" ")))).toEqual(["::warning", "::error"]);
    expect(lines[0]).toContain("title=egov-score answer-after-submission::");
    expect(lines[1]).toContain("title=egov-score unknown-indicator::");
  });

  it("junit: the error's type and message are the error's, not the warning listed before it", async () => {
    const { old, now, file } = setup();
    const r = await impact([old, now, "--corpus", file, "--budget-points", "5", "--format", "junit"]);
    const error = all(parseXml(r.stdout), "error")[0]!;
    expect(error.attrs.type).toBe("unknown-indicator");
    expect(error.attrs.message).toContain("9.9");
    expect(error.text).toContain("[answer-after-submission]");
  });
});
