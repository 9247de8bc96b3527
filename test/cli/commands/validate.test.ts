import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/run-cli.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../../scripts/gen-corpus.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "egov-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("validate of a large batch", () => {
  // 600 files and more keep their findings in the temporary folder while they are checked.
  it("keeps its findings in a folder of its own in the temporary folder, removed at the end; one that cannot be used is said, exit 2", async () => {
    generate(600, path.join(dir, "files"));
    const systemTmp = process.env.TMPDIR;
    try {
      process.env.TMPDIR = mkdtempSync(path.join(dir, "tmp-"));
      const ok = await runCli(["validate", path.join(dir, "files"), "--format", "json"]);
      expect(ok.code).toBe(1);
      expect(JSON.parse(ok.stdout)).toMatchObject({ valid: 570, invalid: 30 });
      expect(readdirSync(process.env.TMPDIR)).toEqual([]);
      process.env.TMPDIR = path.join(dir, "not-there");
      const r = await runCli(["validate", path.join(dir, "files")]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Cannot use the temporary folder ${path.join(dir, "not-there")}, where score, validate and rubric impact keep a large batch's results while they run`);
    } finally {
      if (systemTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = systemTmp;
    }
  });
});

describe("validate --format json lists the files in file order", () => {
  // It listed the valid files first, then the invalid, then those repeating an agency id: not the order the files were
  // named and found, nor the order score lists its files not scored in.
  it.each([
    ["a small batch, its findings in memory", 40],
    ["a large batch, its findings in the temporary folder", 600],
  ])("%s: each file where it was named or found, valid or not, not there or there (as score lists them)", async (_, count) => {
    const folder = path.join(dir, `order-${count}`);
    generate(count, folder);
    // The same agency sent again under a later name: invalid, between valid files.
    copyFileSync(path.join(folder, "agency-000003.yaml"), path.join(folder, "agency-000003b.yaml"));
    // Paths not there were listed first, wherever they were named: a collector reading the list against the command line lost its place.
    const missing = [path.join(dir, "not-there-a.yaml"), path.join(dir, "not-there-b.yaml")];
    const r = await runCli(["validate", missing[0]!, folder, missing[1]!, "--format", "json"]);
    const files = (JSON.parse(r.stdout) as { files: { file: string; valid: boolean }[] }).files;
    const found = readdirSync(folder).sort().map((f) => path.join(folder, f));
    expect(files.map((f) => f.file)).toEqual([missing[0], ...found, missing[1]]);
    expect(files.find((f) => f.file.endsWith("agency-000003b.yaml"))!.valid).toBe(false);
    expect(files.find((f) => f.file.endsWith("agency-000008.yaml"))!.valid).toBe(true);
    const scored = JSON.parse((await runCli(["score", missing[0]!, folder, missing[1]!, "--format", "json"])).stdout) as { not_scored: { file: string }[] };
    expect(files.filter((f) => !f.valid).map((f) => f.file)).toEqual(scored.not_scored.map((f) => f.file));
  });
});

// A path not there was counted among the invalid files: "1 valid file, 1 invalid" for a file never read.
describe("validate's closing line counts the paths not read apart from the invalid files", () => {
  it.each([
    ["en", ["examples/invalid/so-xay-dung-loi.yaml"], "1 valid file, 1 invalid, 1 not read"],
    ["vi", ["examples/invalid/so-xay-dung-loi.yaml"], "1 tệp hợp lệ, 1 tệp lỗi, 1 tệp không đọc được"],
    ["en", [], "1 valid file, 0 invalid, 1 not read"],
  ])("%s, %j beside a valid file and a path not there", async (lang, invalid, closing) => {
    const r = await runCli(["--lang", lang, "validate", "examples/kho-bac-quang-binh.yaml", path.join(dir, "khong-co.yaml"), ...invalid]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe(closing);
  });
});

describe("validate --format json gives each finding's hints, as the text format prints them", () => {
  it.each([
    ["en", "add this line at the top of the file: rubric: {id: dti-cap-so, version: \"2025.1\"} (the rubric the file was checked against), or name the rubric with --rubric"],
    ["vi", "thêm dòng này ở đầu tệp: rubric: {id: dti-cap-so, version: \"2025.1\"} (bộ chỉ số đã dùng để kiểm tra tệp), hoặc ghi bộ chỉ số sau --rubric"],
  ])("%s: a file without its rubric line, told the line to add; a finding without a hint, []", async (lang, hint) => {
    const unnamed = path.join(dir, `unnamed-${lang}.yaml`);
    writeFileSync(unnamed, readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/^rubric:.*\n/m, ""));
    const r = await runCli(["validate", unnamed, "examples/invalid/so-xay-dung-loi.yaml", "--format", "json", "--lang", lang]);
    const report = JSON.parse(r.stdout) as { files: { diagnostics: { code: string; hints: string[] }[] }[] };
    expect(report.files[0]!.diagnostics.map((d) => [d.code, d.hints])).toEqual([["missing-field", [hint]]]);
    expect(report.files[1]!.diagnostics.find((d) => d.code === "out-of-range")?.hints).toEqual([]);
  });
});

// score warned of one agency sent under two ids; validate, run first on the files received, said nothing of it.
describe("validate warns of the same agency under two ids, as score does", () => {
  it("the later file gets the warning at its id, naming the earlier file; both stay valid", async () => {
    const folder = path.join(dir, "same-agency");
    generate(3, folder);
    const first = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
    writeFileSync(path.join(folder, "so-khcn.yaml"), first);
    writeFileSync(path.join(folder, "so-khcn-sua-ma.yaml"), first.replace("id: qb-skhcn", "id: qb-skhcn-2"));
    const later = path.join(folder, "so-khcn.yaml");
    const text = await runCli(["validate", folder, "--lang", "en"]);
    expect(text.code).toBe(0);
    expect(text.stderr).toContain(`${later}:10:7 warning Likely the same agency as ${path.join(folder, "so-khcn-sua-ma.yaml")} (id "qb-skhcn-2") under another id, "qb-skhcn"`);
    // validate ranks nothing: what it says of the ranking is what score will do.
    expect(text.stderr).toContain("the same answer to every indicator; when scored, both files are ranked");
    const json = JSON.parse((await runCli(["validate", folder, "--format", "json"])).stdout) as { valid: number; files: { file: string; valid: boolean; diagnostics: { code: string; line: number; params: Record<string, unknown> }[] }[] };
    const warned = json.files.filter((f) => f.diagnostics.some((d) => d.code === "same-agency-other-id"));
    expect(warned.map((f) => [f.file, f.valid])).toEqual([[later, true]]);
    expect(warned[0]!.diagnostics.find((d) => d.code === "same-agency-other-id")).toMatchObject({ line: 10, params: { first_id: "qb-skhcn-2", match: "answers" } });
    // The same files score gives the same warning to.
    const scored = JSON.parse((await runCli(["score", folder, "--format", "json"])).stdout) as { rubrics: { agencies: { file: string; file_warnings?: { code: string }[] }[] }[] };
    expect(scored.rubrics.flatMap((s) => s.agencies).filter((a) => a.file_warnings?.some((w) => w.code === "same-agency-other-id")).map((a) => a.file)).toEqual([later]);
  });
});

// The percentage meant was said with YAML's point in Vietnamese ("tức 0.00001 %"), and below 0.000001 in an
// exponent ("write 1e-7"), which no officer types and the file takes as text.
describe("validate's percent-looks-like-share says the percentage meant in the language, the figure to write as YAML's", () => {
  it.each([
    ["vi", "0.0000001", "(tức 0,00001 %), hãy viết 0.00001 [percent-looks-like-share]"],
    ["en", "0.0000001", "(that is 0.00001 %), write 0.00001 [percent-looks-like-share]"],
    ["vi", "0.000000001", "(tức 0,0000001 %), hãy viết 0.0000001 [percent-looks-like-share]"],
    ["en", "0.000000001", "(that is 0.0000001 %), write 0.0000001 [percent-looks-like-share]"],
  ])("%s, value: %s at percentage indicator 2.2", async (lang, value, said) => {
    const file = path.join(dir, `share-${lang}-${value}.yaml`);
    writeFileSync(file, readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace(/("2\.2":\n\s+value: )95\n/, `$1${value}\n`));
    const r = await runCli(["validate", file, "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(said);
  });
});

// A header block's field removed entirely said `Thiếu trường bắt buộc "name"`, not whether the agency's or the
// respondent's: only line:column told. Both validate and score's reports now name the block.
describe("a missing field of the agency or respondent block names the block", () => {
  const seed = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
  it.each([
    ["agency", "vi", 'Thiếu trường bắt buộc "name" trong phần agency'],
    ["respondent", "en", 'Missing required field "name" in the respondent block'],
  ])("no name in %s, in %s", async (block, lang, said) => {
    const file = path.join(dir, `no-${block}-name.yaml`);
    writeFileSync(file, seed.replace(new RegExp(`(^${block}:\\n(?:  .*\\n)*?)  name: .*\\n`, "m"), "$1"));
    const checked = await runCli(["validate", file, "--lang", lang]);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(`${said} [missing-field]`);
    const scored = await runCli(["score", file, "--format", "md", "--lang", lang]);
    expect(scored.code).toBe(1);
    expect(scored.stdout).toContain(`: ${said}\n`);
  });
});

// An unquoted `value: 80%` was told "(e.g. 95, not 95%)" with no "did you mean 80?", which "80%" in quotes was given.
describe("a percentage written with its sign gets the figure to write, quoted or not", () => {
  it.each([
    ["en", "write the percentage without the % sign [percent-sign]", "hint: did you mean 80?"],
    ["vi", "viết số phần trăm không kèm dấu % [percent-sign]", "gợi ý: có phải là 80?"],
  ])("%s", async (lang, said, hint) => {
    for (const value of ["80%", '"80%"']) {
      const file = path.join(dir, `percent-${lang}-${value.length}.yaml`);
      writeFileSync(file, readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace(/("2\.2":\n\s+value: )95\n/, `$1${value}\n`));
      const r = await runCli(["validate", file, "--lang", lang]);
      expect(r.code, value).toBe(1);
      expect(r.stderr, value).toContain(`"80%": ${said}`);
      expect(r.stderr, value).toContain(hint);
    }
  });
});

// validate -o FILE wrote "egov-score --lang en init" in the file it wrote, where score's report files keep the plain
// command: a file is shared, and its reader's locale chooses the language. The terminal keeps the --lang given.
describe("validate -o FILE: the commands the report suggests are plain, as in score's report files", () => {
  it("the file and -o - write `egov-score init`; the terminal, `egov-score --lang en init`", async () => {
    const notAgency = path.join(dir, "not-agency.yaml");
    writeFileSync(notAgency, "foo: bar\n");
    const terminal = await runCli(["--lang", "en", "validate", notAgency]);
    expect(terminal.stderr).toContain("hint: egov-score --lang en init writes a blank agency file");
    const out = path.join(dir, "not-agency-findings.txt");
    const written = await runCli(["--lang", "en", "validate", notAgency, "-o", out]);
    expect(written.code).toBe(1);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("hint: egov-score init writes a blank agency file");
    expect(text).not.toContain("--lang");
    const piped = await runCli(["--lang", "en", "validate", notAgency, "-o", "-"]);
    expect(piped.stdout).toContain("hint: egov-score init writes a blank agency file");
    expect(piped.stdout).not.toContain("--lang");
    // score's report file, as it was: the same finding, the plain command.
    const report = path.join(dir, "not-agency-report.md");
    await runCli(["--lang", "en", "score", notAgency, "examples/kho-bac-quang-binh.yaml", "--format", "md", "-o", report]);
    expect(readFileSync(report, "utf8")).toContain("egov-score init writes a blank agency file");
    expect(readFileSync(report, "utf8")).not.toContain("--lang");
  });
});

// A plan's issue date after the date the file was sent passed without a word (found by helper officer55).
describe("validate of a date answer after the date the file was sent", () => {
  it.each([
    ["vi", "cảnh báo Câu trả lời ghi ngày 12/10/2025, sau ngày gửi 01/10/2025"],
    ["en", "warning The answer is dated 2025-10-12, after the date the file was sent, 2025-10-01"],
  ] as const)("warns at the value, file:line:column (%s); the file stays valid", async (lang, said) => {
    const file = path.join(dir, `sent-${lang}.yaml`);
    const lines = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8").split("\n");
    const at = lines.findIndex((l) => l === '    value: "2025-08-12"');
    lines[at] = '    value: "2025-10-12"';
    writeFileSync(file, lines.join("\n").replace(/^submitted: .*$/m, 'submitted: "2025-10-01"'));
    const r = await runCli(["--lang", lang, "validate", file, "--rubric", "dti-cap-xa"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${file}:${at + 1}:12 ${said}`);
    expect(r.stderr).toContain("[answer-after-submission]");
  });
});
