import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

// A collector sent files whose rubric: line was deleted: --rubric says which rubric they answer (load/given-rubric.ts).
const example = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
const withoutRubric = example.replace(/^rubric:.*\n/m, "");
const dir = mkdtempSync(path.join(tmpdir(), "egov-no-rubric-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => { const f = path.join(dir, name); writeFileSync(f, text); return f; };

describe("score, validate and explain on a file that names no rubric", () => {
  const agency = file("stc.yaml", withoutRubric);

  it.each([["score"], ["validate"], ["explain"]])("%s --rubric: scored or valid (exit 0), the warning and the line to add said in vi and en", async (command) => {
    const en = await runCli([command, "--rubric", "dti-cap-so", agency, "--lang", "en"]);
    const vi = await runCli([command, "--rubric", "dti-cap-so", agency, "--lang", "vi"]);
    expect([en.code, vi.code]).toEqual([0, 0]);
    expect(en.stderr).toContain("warning The file names no rubric: it was read as answering rubric dti-cap-so version 2025.1, the one --rubric gives [rubric-from-option]");
    expect(en.stderr).toContain('hint: add this line at the top of the file: rubric: {id: dti-cap-so, version: "2025.1"}\n');
    expect(vi.stderr).toContain("Tệp không ghi bộ chỉ số (rubric) nên được đọc là phiếu tự đánh giá theo bộ chỉ số dti-cap-so phiên bản 2025.1");
    expect(vi.stderr).toContain('gợi ý: thêm dòng này ở đầu tệp: rubric: {id: dti-cap-so, version: "2025.1"}\n');
  });

  // A %YAML directive is refused by the plain reader: the file takes the slow path (yaml's parse), which must apply --rubric too.
  it("validate --rubric on a file with a %YAML directive (the slow path): valid with the warning, exit 0", async () => {
    const directive = file("directive.yaml", `%YAML 1.2\n---\n${withoutRubric}`);
    const r = await runCli(["validate", "--rubric", "dti-cap-so", directive, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning The file names no rubric");
    expect(r.stderr).not.toContain("[missing-field]");
  });

  it.each([
    ["en", "with --rubric", 'warning The file names no rubric', 'hint: write this line in place of the empty rubric: rubric: {id: dti-cap-so, version: "2025.1"}\n'],
    ["vi", "with --rubric", "Tệp không ghi bộ chỉ số (rubric)", 'gợi ý: viết dòng này thay cho dòng rubric: để trống: rubric: {id: dti-cap-so, version: "2025.1"}\n'],
    ["en", "without --rubric", "error Left empty (required) [empty-value]", 'hint: write this line in place of the empty rubric: rubric: {id: dti-cap-so, version: "2025.1"} (the rubric the file was checked against), or name the rubric with --rubric\n'],
    ["vi", "without --rubric", "[empty-value]", 'gợi ý: viết dòng này thay cho dòng rubric: để trống: rubric: {id: dti-cap-so, version: "2025.1"} (bộ chỉ số đã dùng để kiểm tra tệp), hoặc ghi bộ chỉ số sau --rubric\n'],
  ])("an empty rubric: key at the end (%s, %s): said there, with the line to write in its place", async (lang, option, said, hint) => {
    const emptyKey = file("empty-key.yaml", `${withoutRubric}rubric:\n`);
    const given = option === "with --rubric";
    const r = await runCli(["validate", ...(given ? ["--rubric", "dti-cap-so"] : []), emptyKey, "--lang", lang]);
    expect(r.code).toBe(given ? 0 : 1);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(`> ${withoutRubric.split("\n").length} | rubric:`);
    expect(r.stderr).toContain(hint);
  });

  it.each([["score"], ["validate"]])("%s without --rubric: still an error (exit 1), its hint the line to add or --rubric", async (command) => {
    const r = await runCli([command, agency, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Missing required field "rubric" [missing-field]');
    expect(r.stderr).toContain('hint: add this line at the top of the file: rubric: {id: dti-cap-so, version: "2025.1"} (the rubric the file was checked against), or name the rubric with --rubric');
  });

  // A commune's file is checked against the commune rubric its agency type belongs to: it was checked against the
  // default, told that 70 of its codes were unknown and to add the default's line.
  it.each([["score"], ["validate"], ["explain"]])("%s without --rubric on a commune's file: checked against dti-cap-xa, one finding, that rubric's line", async (command) => {
    const commune = file("xa.yaml", readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8").replace(/^rubric:.*\n/m, ""));
    const r = await runCli([command, commune, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/ error /g)).toHaveLength(1);
    expect(r.stderr).toContain('Missing required field "rubric" [missing-field]');
    expect(r.stderr).toContain('hint: add this line at the top of the file: rubric: {id: dti-cap-xa, version: "2025.2"} (the rubric the file was checked against), or name the rubric with --rubric');
  });

  // A rubric line with a part left out names no rubric to read the file as: an error either way, told the whole line.
  it.each([
    ["{id: dti-cap-so}", [], 'Missing required field "version" in the rubric block'],
    ["{id: dti-cap-so}", ["--rubric", "dti-cap-so"], 'Missing required field "version" in the rubric block'],
    ['{version: "2025.1"}', [], 'Missing required field "id" in the rubric block'],
    ['{id: "", version: "2025.1"}', ["--rubric", "dti-cap-so"], "Left empty (required) [empty-value]"],
    ['{id: dti-cap-so, version: " "}', [], "Left empty (required) [empty-value]"],
  ])("rubric: %s (%s): an error whose hint is the line in full", async (written, option, said) => {
    const partial = file("partial.yaml", example.replace(/^rubric:.*$/m, `rubric: ${written}`));
    const en = await runCli(["validate", ...option, partial, "--lang", "en"]);
    const vi = await runCli(["validate", ...option, partial, "--lang", "vi"]);
    expect([en.code, vi.code]).toEqual([1, 1]);
    expect(en.stderr).toContain(said.endsWith("]") ? said : `${said} [missing-field]`);
    expect(en.stderr).toContain('hint: write the line in full: rubric: {id: dti-cap-so, version: "2025.1"} (the rubric the file was checked against)\n');
    expect(vi.stderr).toContain('gợi ý: viết đủ dòng này: rubric: {id: dti-cap-so, version: "2025.1"} (bộ chỉ số đã dùng để kiểm tra tệp)\n');
  });

  // Left empty in text (as a hand-made template leaves it), the line names no rubric either: not a rubric called "".
  it.each([['""'], ["{}"], ['{id: "", version: ""}'], ["'  '   # điền sau"]])("rubric: %s names no rubric: with --rubric the warning, without it the line to write in its place", async (written) => {
    const blank = file("blank.yaml", example.replace(/^rubric:.*$/m, `rubric: ${written}`));
    const given = await runCli(["validate", "--rubric", "dti-cap-so", blank, "--lang", "en"]);
    expect(given.code).toBe(0);
    expect(given.stderr).toContain("[rubric-from-option]");
    expect(given.stderr).toContain('hint: write this line in place of the empty rubric: rubric: {id: dti-cap-so, version: "2025.1"}\n');
    const alone = await runCli(["validate", blank, "--lang", "en"]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain("Left empty (required) [empty-value]");
    expect(alone.stderr).not.toMatch(/rubric-not-found|rubric-mismatch|wrong-type|missing-field/);
    expect(alone.stderr).toContain('hint: write this line in place of the empty rubric: rubric: {id: dti-cap-so, version: "2025.1"} (the rubric the file was checked against), or name the rubric with --rubric\n');
  });

  it("score --format json carries the warning with the agency", async () => {
    const r = await runCli(["score", "--rubric", "dti-cap-so", agency, "--format", "json"]);
    const report = JSON.parse(r.stdout) as { rubrics: { agencies: { file_warnings?: { code: string }[] }[] }[] };
    expect(report.rubrics[0]!.agencies[0]!.file_warnings?.map((w) => w.code)).toEqual(["rubric-from-option"]);
  });
});

describe("a batch some of whose files lack the rubric: line, scored with --rubric", () => {
  const names = ["ban-qlkkt-quang-binh", "kho-bac-quang-binh", "so-khcn-quang-binh", "so-noi-vu-quang-binh-chua-xong", "so-tai-chinh-quang-binh"];
  const folder = (name: string, edit: (text: string, index: number) => string) => {
    const sub = path.join(dir, name);
    mkdirSync(sub);
    for (const [i, n] of names.entries()) file(path.join(name, `${n}.yaml`), edit(readFileSync(`examples/${n}.yaml`, "utf8"), i));
    return sub;
  };
  type Report = { rubrics: { agencies: { file: string; rank: number; score: { total: number }; file_warnings?: { code: string }[] }[] }[] };
  const scored = async (sub: string) => {
    const r = await runCli(["score", "--rubric", "dti-cap-so", sub, "--format", "json"]);
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as Report).rubrics.flatMap((s) => s.agencies)
      .map((a) => ({ file: path.basename(a.file), rank: a.rank, total: a.score.total, warned: (a.file_warnings ?? []).filter((w) => w.code === "rubric-from-option").length }));
  };

  it("ranks and totals as the same files with the line; a warning for each file without it, none for the others", async () => {
    const withLine = await scored(folder("with", (t) => t));
    // The second file's line deleted, the fourth's left empty.
    const without = await scored(folder("without", (t, i) => i % 2 === 0 ? t : t.replace(/^rubric:.*$/m, i === 1 ? "" : "rubric:")));
    expect(withLine).toHaveLength(names.length);
    expect(without.map(({ warned: _, ...a }) => a)).toEqual(withLine.map(({ warned: _, ...a }) => a));
    expect(without.filter((a) => a.warned === 1).map((a) => a.file).sort()).toEqual([names[1], names[3]].map((n) => `${n}.yaml`));
    expect(withLine.every((a) => a.warned === 0)).toBe(true);
  });
});
