import stringWidth from "string-width";
import { stripVTControlCharacters } from "node:util";
import { copyFileSync, existsSync, mkdirSync, linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SEED = "examples/so-khcn-quang-binh.yaml";
const INVALID = "examples/invalid/so-xay-dung-loi.yaml";
const temps: string[] = [];
const tempDir = () => { const d = mkdtempSync(path.join(tmpdir(), "egov-")); temps.push(d); return d; };
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe("warnings carry only their own hints", () => {
  it("evidence dated after the submission: no resubmission hint (it printed 'sau ngày undefined của {first}')", async () => {
    const file = path.join(tempDir(), "late.yaml");
    writeFileSync(file, readFileSync(SEED, "utf8").replace('date: "2025-03-28"', 'date: "2026-01-05"'));
    for (const lang of ["vi", "en"]) {
      const r = await runCli(["validate", file, "--lang", lang]);
      expect(r.stderr).toContain("[evidence-after-submission]");
      expect(r.stderr).not.toMatch(/undefined|\{first\}|nộp lại|resubmi/);
    }
  });
});

describe("egov-score main()", () => {
  it("--version prints the package version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  it("an unknown command is a usage error (2)", async () => {
    const r = await runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });

  it("no command, or a help topic that names none, is a usage error (2) with the help or a suggestion on stderr", async () => {
    for (const argv of [[], ["rubric"]]) {
      const r = await runCli(argv);
      expect([argv, r.code, r.stdout]).toEqual([argv, 2, ""]);
      expect(r.stderr).toMatch(/^Usage: egov-score/);
    }
    const topic = await runCli(["help", "scor"]);
    expect([topic.code, topic.stdout]).toEqual([2, ""]);
    expect(topic.stderr).toMatch(/unknown command 'scor'[\s\S]*Did you mean score\?/);
    const asked = await runCli(["help", "score"]);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Usage: egov-score score/);
  });

  it("score prints the seed agency's groups, total and band", async () => {
    const r = await runCli(["score", SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Sở Khoa học và Công nghệ tỉnh Quảng Bình");
    expect(r.stdout).toMatch(/Total\s*│\s*[\d.]+ †\s*│\s*1000/); // scored alone: provisional
    expect(r.stdout).toMatch(/Band: \S+/);
  });

  it("--format json gives total, max, percent, band, groups, indicators with status, and the stamp", async () => {
    const r = await runCli(["score", SEED, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.tool).toEqual({ name: "egov-score", version: expect.any(String) });
    const section = report.rubrics[0];
    expect(section).toMatchObject({ id: "dti-cap-so", version: "2025.1", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const score = section.agencies[0].score;
    expect(score).toMatchObject({ total: expect.any(Number), max: 1000, percent: expect.any(Number), band: { id: expect.any(String) } });
    expect(score.groups).toHaveLength(6);
    expect(score.indicators.every((i: { status: string }) => ["scored", "not_applicable", "unanswered", "info_only", "provisional"].includes(i.status))).toBe(true);
  });

  it("an invalid file gives file:line:col, exit 1 and no stack trace", async () => {
    const r = await runCli(["score", INVALID]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${INVALID.replace(/[./]/g, "\\$&")}:\\d+:\\d+ error`));
    noStack(r.stderr);
  });

  it("scoring a folder scores the valid files and lists the invalid one", async () => {
    const r = await runCli(["score", "examples/"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Not scored (1 file)");
    expect(r.stdout).toContain("Ranking — dti-cap-so");
  });

  it("messages follow --lang vi and LANG", async () => {
    const a = await runCli(["validate", INVALID, "--lang", "vi"]);
    const b = await runCli(["validate", INVALID], { env: { LANG: "vi_VN.UTF-8" } });
    expect(a.stderr).toContain("lỗi");
    expect(b.stderr).toBe(a.stderr);
    // vn, the country's code, as many write it, is taken for vi; another value is a usage error.
    for (const lang of ["vn", "VN", "VI", "Vi"]) {
      const c = await runCli(["validate", INVALID, `--lang=${lang}`], { env: { LANG: "en_US.UTF-8" } });
      expect([c.code, c.stderr]).toEqual([1, a.stderr]);
    }
    const d = await runCli(["validate", INVALID, "--lang", "fr"], { env: { LANG: "en_US.UTF-8" } });
    expect([d.code, d.stderr.split("\n")[0]]).toEqual([2, "error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are vi, en."]);
  });

  it("validate -o writes the findings to a file (json or text by its extension), never over one without --force", async () => {
    const dir = tempDir();
    const json = path.join(dir, "check.json");
    const r = await runCli(["validate", SEED, INVALID, "-o", json]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    const report = JSON.parse(readFileSync(json, "utf8")) as { valid: number; invalid: number; files: { file: string; valid: boolean }[] };
    expect([report.valid, report.invalid]).toEqual([1, 1]);
    expect(report.files.find((f) => !f.valid)?.file).toBe(INVALID);
    const text = path.join(dir, "check.txt");
    const t = await runCli(["validate", SEED, INVALID, "-o", text, "--lang", "vi"]);
    const written = readFileSync(text, "utf8");
    expect(t.code).toBe(1);
    expect(written).toContain(`${INVALID}:45:12 lỗi`);
    expect(written).toContain("  > 45 |     value: có");
    expect(written.trimEnd().split("\n").at(-1)).toBe("1 tệp hợp lệ, 1 tệp lỗi");
    expect(written).not.toContain("\u001b");
    // The terminal gets only the line saying where the findings went.
    expect(t.stderr).not.toContain("[boolean-word]");
    const again = await runCli(["validate", SEED, "-o", text]);
    expect(again.code).toBe(2);
    expect(readFileSync(text, "utf8")).toBe(written);
    expect((await runCli(["validate", SEED, "-o", text, "--force"])).code).toBe(0);
    // `-o -` is standard output, as for score: the findings went to standard error.
    const dash = await runCli(["validate", SEED, INVALID, "-o", "-", "--lang", "vi"]);
    expect([dash.code, dash.stdout]).toEqual([1, written]);
    expect(dash.stderr).toBe("");
  });

  it("validate: a finding inside an answer names the indicator's title (json params too); an unknown code's does not", async () => {
    const r = await runCli(["validate", INVALID, "--lang", "en"]);
    expect(r.stderr).toContain("    indicator 5.4: Share of computers with licensed, centrally managed anti-malware\n");
    const unknown = r.stderr.split("\n\n").find((block) => block.includes("[unknown-indicator]"))!;
    expect(unknown).not.toMatch(/^ {4}indicator /m);
    const json = JSON.parse((await runCli(["validate", INVALID, "--format", "json"])).stdout) as { files: { diagnostics: { code: string; params: Record<string, unknown> }[] }[] };
    const range = json.files[0]!.diagnostics.find((d) => d.code === "out-of-range")!;
    expect(range.params).toMatchObject({ indicator: "5.4", indicator_title_vi: expect.stringMatching(/^Tỷ lệ máy tính/) });
  });

  it("validate: 0 for valid files, 1 for invalid ones, json for tools", async () => {
    expect((await runCli(["validate", SEED])).code).toBe(0);
    const r = await runCli(["validate", SEED, INVALID, "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ valid: 1, invalid: 1 });
    // The tool that checked them, as every other json output says it: a CI log keeps which version judged the files.
    expect(Object.keys(out)[0]).toBe("tool");
    expect(out.tool).toEqual({ name: "egov-score", version: JSON.parse(readFileSync("package.json", "utf8")).version });
    expect(out.files[0]).toMatchObject({ valid: true, rubric: { id: "dti-cap-so", version: expect.any(String) } });
    expect(out.files[1]).toMatchObject({ valid: false, rubric: null });
    expect(out.files[1].diagnostics[0]).toMatchObject({ code: expect.any(String), line: expect.any(Number), col: expect.any(Number), message: expect.any(String) });
  });

  it("reads one document from standard input with -", async () => {
    const r = await runCli(["score", "-", "--format", "json"], { stdin: readFileSync(SEED) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies[0].file).toBe("<stdin>");
  });

  it("a path that does not exist is a usage error", async () => {
    const r = await runCli(["score", "no/such/file.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no/such/file.yaml");
  });

  it("--rubric that names nothing is a usage error; an unusable rubric is 2 with its location", async () => {
    expect((await runCli(["score", SEED, "--rubric", "nope"])).code).toBe(2);
    const dir = tempDir();
    const broken = path.join(dir, "broken.yaml");
    writeFileSync(broken, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(/^scale: 1000$/m, "scale: 999"));
    const r = await runCli(["score", SEED, "--rubric", broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+ error .*scale/);
    noStack(r.stderr);
  });

  it("a rubric whose level input has min = max is refused by score, explain and rubric show, at the min", async () => {
    const dir = tempDir();
    const broken = path.join(dir, "level.yaml");
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace("type: level\n          min: 0\n", "type: level\n          min: 5\n");
    writeFileSync(broken, text);
    const line = text.split("\n").findIndex((l) => l === "          min: 5") + 1;
    for (const args of [["score", SEED, "--rubric", broken], ["explain", SEED, "--rubric", broken], ["rubric", "show", broken, "--format", "md"]]) {
      const r = await runCli(["--lang", "en", ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(`level.yaml:${line}:16 error`);
      expect(r.stderr).toContain("bad-range");
      expect(r.stdout + r.stderr).not.toMatch(/NaN|Internal error/);
      noStack(r.stderr);
    }
  });

  it("-o writes the report atomically and never overwrites without --force", async () => {
    const dir = tempDir();
    const out = path.join(dir, "report.json");
    expect((await runCli(["score", SEED, "-o", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).rubrics).toHaveLength(1);
    const again = await runCli(["score", SEED, "-o", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    // Said before any work: a missing input is not even looked for.
    const early = await runCli(["score", path.join(dir, "missing.yaml"), "-o", out]);
    expect([early.code, early.stderr.includes("missing.yaml")]).toEqual([2, false]);
    expect(early.stderr).toContain("--force");
    expect((await runCli(["score", SEED, "-o", out, "--force"])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("never writes a report over a file being scored, even with --force", async () => {
    const dir = tempDir();
    const input = path.join(dir, "in.yaml");
    copyFileSync(SEED, input);
    const before = readFileSync(input, "utf8");
    // A link elsewhere to an input, and a hard link, are that input too.
    const links = tempDir();
    symlinkSync(input, path.join(links, "link.json"));
    linkSync(input, path.join(links, "hard.json"));
    // Nor over a file the run reads without scoring it: one saved as text (to be renamed), the rubric.
    copyFileSync(SEED, path.join(dir, "saved.yaml.txt"));
    const rubric = path.join(links, "rubric.yaml");
    copyFileSync("rubrics/dti-cap-so.yaml", rubric);
    for (const args of [["-o", input, "--format", "json"], ["--format", "json", "-o", path.join(dir, ".", "in.yaml")], ["-o", path.join(links, "link.json")], ["-o", path.join(links, "hard.json")],
      ["-o", path.join(dir, "saved.yaml.txt"), "--format", "json"], ["--rubric", rubric, "-o", rubric, "--format", "json"]]) {
      const r = await runCli(["score", dir, ...args, "--force"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("is a file this run reads");
    }
    expect(readFileSync(input, "utf8")).toBe(before);
  });

  it("rubric list shows every bundled rubric; rubric show checks one", async () => {
    const list = await runCli(["rubric", "list"]);
    expect(list.code).toBe(0);
    for (const id of ["dti-cap-so", "dti-cap-xa", "un-losi-2022"]) expect(list.stdout).toContain(id);
    // The agency types, what -t takes: a district officer reads here that no bundled rubric has theirs.
    expect(list.stdout).toMatch(/dti-cap-xa[^\n]*commune, ward/);
    const narrow = await runCli(["rubric", "list", "--lang", "vi"], { columns: 60 });
    expect(narrow.stdout).toContain("\n    Loại cơ quan (-t)\n");
    expect(narrow.stdout).toContain("\n    department, board, vertical\n");
    // For tools: every bundled rubric with its id, version, texts in both languages and agency types.
    const json = await runCli(["rubric", "list", "--format", "json"]);
    const listed = JSON.parse(json.stdout) as { rubrics: { id: string; version: string; title: { vi: string }; sha256: string; agency_types: string[] }[] };
    expect(listed.rubrics.map((r) => r.id)).toEqual(["dti-cap-so", "dti-cap-xa", "un-losi-2022"]);
    expect(listed.rubrics[0]).toMatchObject({ version: "2025.1", agency_types: ["department", "board", "vertical"] });
    expect(listed.rubrics[0]!.title.vi).toContain("DTI cấp sở");
    expect(listed.rubrics[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const show = await runCli(["rubric", "show", "dti-cap-xa"]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("4.22.11");
  });

  it("rubric list -o writes the list to a file, its format from --format or the extension, as every other report (it had no -o: on Windows only > was left, which PowerShell 5.1 writes in UTF-16)", async () => {
    const dir = tempDir();
    const json = path.join(dir, "rubrics.json");
    const r = await runCli(["rubric", "list", "-o", json, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Wrote ${json} (json)`);
    expect((JSON.parse(readFileSync(json, "utf8")) as { rubrics: { id: string }[] }).rubrics.map((x) => x.id)).toEqual(["dti-cap-so", "dti-cap-xa", "un-losi-2022"]);
    // An existing file is kept without --force; a table to a .txt file is whole, never fitted to a terminal.
    expect((await runCli(["rubric", "list", "-o", json])).code).toBe(2);
    const txt = path.join(dir, "rubrics.txt");
    expect((await runCli(["rubric", "list", "-o", txt], { columns: 40 })).code).toBe(0);
    expect(readFileSync(txt, "utf8")).toContain("│ dti-cap-so   │");
    expect((await runCli(["rubric", "list", "-o", path.join(dir, "rubrics.csv")])).code).toBe(2);
    expect((await runCli(["rubric", "list", "-f", "json", "-o", "-"])).stdout).toContain('"rubrics"');
  });

  it("rubric show names the legal basis (or says none is given) and every set of bands, the vertical agencies' too (they were left out)", async () => {
    const so = await runCli(["rubric", "show", "dti-cap-so", "--lang", "en"]);
    expect(so.stdout).toContain("Legal basis: none given (the province or ministry that adopts the rubric writes its own decision)");
    // An illustrative rubric is adopted by no one: it was said to wait for "a province that adopts" it.
    const illustrative = await runCli(["rubric", "show", "test/fixtures/lint/stale-year.pass.yaml", "--lang", "en"]);
    expect(illustrative.stdout).toContain("Legal basis: none (an illustrative rubric, issued by no decision)");
    const md = await runCli(["rubric", "show", "test/fixtures/lint/stale-year.pass.yaml", "--format", "md", "--lang", "vi"]);
    expect(md.stdout).toContain("không có (bộ chỉ số minh họa, không theo văn bản nào)");
    expect(so.stdout).toContain("Band: Excellent ≥ 90 % · Good ≥ 80 %");
    expect(so.stdout).toMatch(/Separate bands for Vertically managed agency in the province: Good ≥ 80 %/);
  });

  it("rubric show says a yes/no in the words of its answer, which fit a penalty too (TR.2, a serious incident, read \"đạt: toàn bộ số điểm, không đạt: 0\": an incident \"met\")", async () => {
    const vi = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi"])).stdout);
    expect(vi).toMatch(/^│ TR\.2 +│ +Để xảy ra sự cố [^│]*│ +30 │ có\/không +│ có: toàn bộ số điểm, không: 0 +│$/m);
    expect(vi).not.toContain("không đạt");
  });

  it("rubric show on a terminal cuts titles that open alike where they differ (4.22.1 to 4.22.4 all read \"Triển khai thực hiện nhiệm vụ được giao …\")", async () => {
    for (const lang of ["vi", "en"]) {
      const out = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-xa", "--lang", lang], { columns: 120 })).stdout);
      const titles = [...out.matchAll(/^│ 4\.22\.[1-4] +│ +([^│]*?) *│/gm)].map((m) => m[1]);
      expect(titles).toHaveLength(4);
      expect(new Set(titles).size, titles.join("\n")).toBe(4);
    }
    const vi = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-xa", "--lang", "vi"], { columns: 120 })).stdout);
    expect(vi).toMatch(/^│ 4\.22\.4 +│ +…kinh tế số và xã hội số hàng năm +│/m);
  });

  it("rubric show's table marks the groups and indicators limited to some agency types, and names the types under it (only the md format said so)", async () => {
    const en = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-so", "--lang", "en"])).stdout);
    expect([...en.matchAll(/^│ ([\d.]+)ᵃ /gm)].map((m) => m[1])).toEqual(["5.7", "6.1.5", "6.2"]);
    expect(en).toContain("\nᵃ Applies to: Provincial department, Economic-zone authority or department-level agency\nBand: ");
    const vi = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi"])).stdout);
    expect(vi).toMatch(/\nᵃ Áp dụng cho: «Sở, ban, ngành cấp tỉnh», «[^\n]+\nXếp loại: /);
    // Narrower than the table: the list marks them the same way.
    const list = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-so", "--lang", "en"], { columns: 50 })).stdout);
    expect(list).toMatch(/\n {2}5\.7ᵃ Connected to the provincial security/);
    expect(list).toContain("\nᵃ Applies to: ");
    // A rubric whose every indicator applies to every agency: no mark, no legend.
    expect((await runCli(["rubric", "show", "un-losi-2022", "--lang", "en"])).stdout).not.toMatch(/ᵃ|Applies to/);
  });

  it("rubric list and show fit the terminal, the lines around the table too (show was about 300 columns wide, list 200; the issuer line 400); in a file nothing is cut", async () => {
    const widest = (text: string) => Math.max(...stripVTControlCharacters(text).split("\n").map((l) => [...l].length));
    for (const args of [["rubric", "list"], ["rubric", "show", "dti-cap-xa"], ["rubric", "show", "dti-cap-so"]]) {
      for (const lang of ["vi", "en"]) {
        for (const columns of [80, 120]) {
          const r = await runCli([...args, "--lang", lang], { columns });
          expect(widest(r.stdout), `${args.join(" ")} --lang ${lang} at ${columns}`).toBeLessThanOrEqual(columns);
        }
      }
    }
    const full = await runCli(["rubric", "show", "dti-cap-xa"]);
    expect(full.stdout).toContain("4.22.1 ");
    expect(widest(full.stdout)).toBeGreaterThan(200);
  });

  it("rubric show narrower than its table at its shortest titles (72 columns for dti-cap-so in Vietnamese, 73 for dti-cap-xa): a list, each group and indicator on a line of its own, its figures under it, nothing cut", async () => {
    const wide = (await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi"], { columns: 72 })).stdout;
    expect(wide).toContain("│ 6.2ᵃ   │");
    for (const [rubric, lang, columns] of [["dti-cap-so", "vi", 71], ["dti-cap-so", "vi", 40], ["dti-cap-xa", "vi", 72], ["dti-cap-xa", "en", 50], ["un-losi-2022", "en", 60]] as const) {
      const r = await runCli(["rubric", "show", rubric, "--lang", lang], { columns, env: { NO_COLOR: "1" } });
      const at = `${rubric} --lang ${lang} at ${columns}`;
      expect(r.stdout, at).not.toMatch(/[│┌└]/);
      for (const line of r.stdout.split("\n")) expect(stringWidth(line), `${at}: ${line}`).toBeLessThan(columns);
    }
    const so = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi"], { columns: 60 })).stdout);
    // What the figures are, said once above them in the table's words; a group's maximum under it, an indicator's kinds too.
    expect(so).toContain("\nMã Nhóm, chỉ số\n    Tối đa · Kiểu trả lời · Cách tính\n");
    expect(so).toContain("\n1 Nhận thức số\n    100\n");
    expect(so).toContain("\n  1.1 Số cuộc họp của Ban chỉ đạo chuyển đổi số của cơ quan\n    trong năm\n      20 · số lượng · theo ngưỡng\n");
    expect(so).toContain("\n  Lãnh đạo, chỉ đạo\n");
    expect(so).toMatch(/\n  4\.1 Tổng số CBCCVC[^\n]*\n( {4}\S[^\n]*\n)? {6}– · số lượng · chỉ thu thập thông tin/);
    expect(so).toContain("\nĐiểm thưởng\n    50\n");
  });

  it("rubric list narrower than its table with titles whole: one rubric to a paragraph, its title whole (cut, the titles read 'Bộ chỉ số đánh …' twice at 80 columns)", async () => {
    expect((await runCli(["rubric", "list", "--lang", "vi"], { columns: 300 })).stdout).toContain("│ dti-cap-so   │");
    expect((await runCli(["rubric", "list", "--lang", "vi"])).stdout).toContain("│ dti-cap-so   │");
    for (const [lang, columns] of [["vi", 100], ["vi", 80], ["vi", 70], ["vi", 40], ["en", 50]] as const) {
      const r = await runCli(["rubric", "list", "--lang", lang], { columns });
      expect(r.stdout).not.toMatch(/[│┌└…]/);
      for (const line of r.stdout.split("\n")) expect(stringWidth(line), `${lang} at ${columns}: ${line}`).toBeLessThan(columns);
    }
    const vi = (await runCli(["rubric", "list", "--lang", "vi"], { columns: 60 })).stdout;
    expect(vi).toMatch(/^Mã · Phiên bản · Thang điểm\n {4}Bộ chỉ số\n {4}Loại cơ quan \(-t\)\n {4}Độ bám sát\ndti-cap-so · 2025\.1 · 1000\n {4}Bộ chỉ số đánh giá/);
    expect(vi).toContain("\nun-losi-2022 · 2022 · 86\n");
    expect(vi).toContain("\n    minh họa\n");
  });

  it("schema agency prints a schema that accepts the seed agency and rejects the invalid one", async () => {
    const r = await runCli(["schema", "agency", "--rubric", "dti-cap-so"]);
    expect(r.code).toBe(0);
    const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
    (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(r.stdout));
    expect(validate(parse(readFileSync(SEED, "utf8"), { stringKeys: true }))).toBe(true);
    expect(validate(parse(readFileSync(INVALID, "utf8"), { stringKeys: true }))).toBe(false);
  });
});

describe("a folder with no agency file", () => {
  it("is a usage error naming the folder (it said only 'No .yaml/.yml files found')", async () => {
    const dir = tempDir();
    const r = await runCli(["score", dir, "--lang", "vi"]);
    expect([r.code, r.stderr.trim()]).toEqual([2, `Không tìm thấy tệp .yaml/.yml nào trong ${dir}`]);
  });
});

describe("a rubric named on the command line", () => {
  it.each([
    [["rubric", "impact", "old.yaml", "new.yaml", "--corpus", "examples"], 'No rubric file "old.yaml"'],
    [["score", "examples", "--rubric", "rubrics/nope.yml"], 'No rubric file "rubrics/nope.yml"'],
    [["score", "examples", "--rubric", "dti-cap-nope"], 'No file or bundled rubric named "dti-cap-nope"; see egov-score rubric list'],
  ])("%j: %s (a missing file was sent to rubric list)", async (args, said) => {
    const r = await runCli(args);
    expect([r.code, r.stderr.trim()]).toEqual([2, said]);
  });

  // `--rubric DTI-CAP-XA` or the bundled file's name, `dti-cap-xa.yaml`, was only sent to rubric list, where an agency
  // file naming DTI-CAP-SO is told the id it meant (newcomer2).
  it.each([
    [["init", "-t", "commune", "--rubric", "dti-cap-xa.yaml"], 'No rubric file "dti-cap-xa.yaml"; did you mean the bundled rubric dti-cap-xa? A bundled rubric is named by its id: dti-cap-xa'],
    [["score", "examples", "--rubric", "DTI-CAP-SO"], 'No file or bundled rubric named "DTI-CAP-SO"; did you mean dti-cap-so? (egov-score rubric list lists the bundled ones)'],
    [["rubric", "show", "dti-cap-s0"], 'No file or bundled rubric named "dti-cap-s0"; did you mean dti-cap-so? (egov-score rubric list lists the bundled ones)'],
    [["rubric", "lint", "dti-cap-xa "], 'No file or bundled rubric named "dti-cap-xa "; did you mean dti-cap-xa? (egov-score rubric list lists the bundled ones)'],
    [["schema", "agency", "--rubric", "dti-cap-xa.yml", "--lang", "vi"], 'Không có tệp bộ chỉ số "dti-cap-xa.yml"; có phải là bộ chỉ số có sẵn dti-cap-xa? Bộ có sẵn được gọi bằng mã: dti-cap-xa'],
  ])("%j names the bundled id it likely meant", async (args, said) => {
    const r = await runCli(args);
    expect([r.code, r.stderr.trim()]).toEqual([2, said]);
  });
});

// A path with a slip in its name was told the bundled id nearest, not the author's own file beside it (author17).
describe("a rubric path with a slip in its name is told the file a slip away in its folder", () => {
  it.each([
    [["validate", "examples/xa-can-giuoc-tay-ninh.yaml", "--rubric", "./rubrics/dti-cap-xaa.yaml"], 'No rubric file "./rubrics/dti-cap-xaa.yaml"; did you mean ./rubrics/dti-cap-xa.yaml?'],
    [["rubric", "show", "rubrics/dti-cap-so.yml", "--lang", "vi"], 'Không có tệp bộ chỉ số "rubrics/dti-cap-so.yml"; có phải là rubrics/dti-cap-so.yaml?'],
  ])("%j", async (args, said) => {
    const r = await runCli(args);
    expect([r.code, r.stderr.trim()]).toEqual([2, said]);
  });

  it("an author's my-rubric.yaml, named my-rubrc.yaml, to --rubric, rubric test, impact, lint --previous and lint", async () => {
    const dir = tempDir();
    copyFileSync("rubrics/dti-cap-xa.yaml", path.join(dir, "my-rubric.yaml"));
    const typo = path.join(dir, "my-rubrc.yaml"), meant = path.join(dir, "my-rubric.yaml");
    for (const args of [["score", "examples", "--rubric", typo], ["rubric", "test", typo], ["rubric", "impact", typo, meant, "--corpus", "examples"], ["rubric", "lint", meant, "--previous", typo]]) {
      const r = await runCli(args);
      expect([r.code, r.stderr.trim()], args.join(" ")).toEqual([2, `No rubric file "${typo}"; did you mean ${meant}?`]);
    }
    const lint = await runCli(["rubric", "lint", "my-rubrc.yaml"], { cwd: dir });
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain("my-rubrc.yaml error Cannot read the file: no such file or folder [file-not-found]\n    hint: did you mean my-rubric.yaml?");
    const json = JSON.parse((await runCli(["rubric", "lint", "my-rubrc.yaml", "--format", "json"], { cwd: dir })).stdout);
    expect(json.files[0].findings[0].message).toBe("Cannot read the file: no such file or folder; did you mean my-rubric.yaml?");
  });
});

describe("-o - is standard output for every command, as it is for score (lint, test, impact and explain wrote a file named '-')", () => {
  it.each([
    ["rubric lint", ["rubric", "lint", "rubrics/un-losi-2022.yaml", "--format", "sarif", "-o", "-"], /"version": ?"2\.1\.0"/],
    ["rubric test", ["rubric", "test", "rubrics/un-losi-2022.yaml", "--format", "junit", "-o", "-"], /<testsuites/],
    ["rubric impact", ["rubric", "impact", "rubrics/dti-cap-so.yaml", "rubrics/dti-cap-so.yaml", "--corpus", "examples", "--format", "md", "-o", "-"], /dti-cap-so/],
    ["rubric show", ["rubric", "show", "un-losi-2022", "--format", "md", "-o", "-"], /^# /m],
    ["explain", ["explain", SEED, "--format", "json", "-o", "-"], /"indicators"/],
    ["init", ["init", "-o", "-"], /^rubric:/m],
    ["schema", ["schema", "rubric", "-o", "-"], /"\$schema"/],
    // Without --format: the default format (it took "" for a file name and asked for an extension).
    ["rubric lint, its default format", ["rubric", "lint", "rubrics/un-losi-2022.yaml", "-o", "-"], /no problems|problem/],
    ["rubric test, its default format", ["rubric", "test", "rubrics/un-losi-2022.yaml", "-o", "-"], /fixtures passed/],
    ["rubric show, its default format", ["rubric", "show", "un-losi-2022", "-o", "-"], /UN Local Online Service Index/],
    ["explain, its default format", ["explain", SEED, "-o", "-"], /Largest gains left/],
    ["rubric impact, its default format", ["rubric", "impact", "rubrics/dti-cap-so.yaml", "rubrics/dti-cap-so.yaml", "--corpus", "examples", "-o", "-"], /Impact of the change/],
  ])("%s", async (_name, args, shown) => {
    const stray = path.resolve("-");
    const r = await runCli(args as string[]);
    const made = existsSync(stray);
    if (made) rmSync(stray);
    expect({ made, shown: shown.test(r.stdout), wrote: r.stderr.includes("Wrote -") }).toEqual({ made: false, shown: true, wrote: false });
  });
});

describe("--fail-below that is no threshold", () => {
  it.each(["50%%", "%50", "80%x%"])("%s is a usage error that names it, not an internal error", async (value) => {
    const r = await runCli(["score", SEED, "--fail-below", value, "--lang", "vi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Ngưỡng không hợp lệ "${value}"`);
    expect(r.stderr).not.toMatch(/Lỗi nội bộ|Cannot read/);
  });
});

describe("messages on a terminal of a given width", () => {
  it("a usage error and a file's findings are wrapped at spaces, the code frame cut at the edge", async () => {
    const long = ["score", "examples/", "--fail-below", "1.000"];
    const piped = await runCli(long);
    const shown = await runCli(long, { stderrColumns: 60, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" } });
    expect([piped.code, shown.code]).toEqual([2, 2]);
    expect(piped.stderr.trim().split("\n")).toHaveLength(1);
    expect([...piped.stderr.trim()].length).toBeGreaterThan(60);
    for (const line of shown.stderr.trimEnd().split("\n")) expect([...line].length, line).toBeLessThan(60);
    expect(shown.stderr.replace(/\n +/g, " ")).toBe(piped.stderr);

    const findings = await runCli(["validate", "examples/invalid/so-xay-dung-loi.yaml"], { stderrColumns: 60, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" } });
    const lines = findings.stderr.split("\n");
    const frame = lines.filter((l) => /^\s+(>\s+)?\d*\s*\|/.test(l));
    // Frame lines longer than the terminal are cut with "…" (the carets here are all within its width).
    expect(frame.some((l) => l.endsWith("…"))).toBe(true);
    for (const line of lines) expect([...line].length, line).toBeLessThan(60);
  });
});

describe("commander's usage errors on a terminal of a given width", () => {
  it.each([
    ["en", ["--lang", "en", "rubric", "lint"]],
    ["vi", ["--lang", "vi", "rubric", "lint"]],
    ["en, an unknown option", ["--lang", "en", "score", "--bogus-option", "x.yaml"]],
    ["vi, a list option that took the paths (its own hint)", ["--lang", "vi", "rubric", "impact", "--corpus", "examples/"]],
  ])("%s: the error and its hints are wrapped at spaces, as every other message (the hint ran 44 columns wide at 40)", async (_, args) => {
    const piped = await runCli(args);
    const shown = await runCli(args, { stderrColumns: 40, env: { NO_COLOR: "1" } });
    expect([piped.code, shown.code]).toEqual([2, 2]);
    expect(piped.stderr).toMatch(/--help/);
    for (const line of shown.stderr.trimEnd().split("\n")) expect(stringWidth(line), line).toBeLessThan(40);
    expect(shown.stderr.replace(/\n +/g, " ")).toBe(piped.stderr);
  });
});

describe("notices on a terminal", () => {
  it("a skipped file's notice is wrapped, its path whole", async () => {
    const r = await runCli(["score", "examples/", "--format", "json"], { stderrColumns: 60, env: { LANG: "vi_VN.UTF-8", NO_COLOR: "1" } });
    const notice = r.stderr.split("\n\n").find((b) => b.startsWith("Bỏ qua examples/ci/github-workflow.yml"))!;
    expect(notice).toBeDefined();
    for (const line of notice.split("\n")) expect([...line].length, line).toBeLessThan(60);
  });

  it("a file named with spaces in its path stays whole in a usage error", async () => {
    const missing = "examples/Sở Khoa học/không có tệp này đâu cả nhé.yaml";
    const r = await runCli(["score", missing], { stderrColumns: 60, env: { LANG: "vi_VN.UTF-8", NO_COLOR: "1" } });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").some((l) => l.includes(missing))).toBe(true);
  });
});

describe("--quiet means the same in every command", () => {
  it("init -o and rubric show leave out their notes of success, as score -o, explain -o and schema -o do", async () => {
    const dir = tempDir();
    const runs = [
      ["init", "-o", path.join(dir, "blank.yaml")],
      ["rubric", "show", "dti-cap-so"],
      ["rubric", "show", "dti-cap-so", "-o", path.join(dir, "rubric.txt")],
      ["score", SEED, "-o", path.join(dir, "r.json")],
      ["explain", SEED, "-o", path.join(dir, "e.txt")],
      ["schema", "rubric", "-o", path.join(dir, "s.json")],
    ];
    for (const args of runs) {
      const r = await runCli([...args, "--quiet"]);
      expect([args.join(" "), r.code, r.stderr]).toEqual([args.join(" "), 0, ""]);
    }
    // Without --quiet they are said.
    expect((await runCli(["rubric", "show", "dti-cap-so"])).stderr).toContain("Rubric is valid: dti-cap-so");
    expect((await runCli(["init", "-o", path.join(dir, "again.yaml")])).stderr).toContain("again.yaml");
  });
});

describe("the commands suggested keep the --lang given (an English user on a Vietnamese machine was sent back to Vietnamese)", () => {
  const vi = { LANG: "vi_VN.UTF-8" };

  it("a usage error's commands (assess without a terminal)", async () => {
    const r = await runCli(["assess", path.join(tempDir(), "a.yaml"), "--lang", "en"], { env: vi });
    expect(r.stderr).toContain("egov-score --lang en init -o FILE");
    expect(r.stderr).toContain("egov-score --lang en validate FILE");
    expect(r.stderr).not.toMatch(/egov-score (init|validate|score) /);
  });

  it("a finding's hint, and a message said on standard error (explain of an invalid file)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "v.yaml");
    writeFileSync(file, readFileSync(SEED, "utf8").replace(/version: "?2025\.1"?/, 'version: "2024.1"'));
    const validated = await runCli(["validate", file, "--lang", "en"], { env: vi });
    expect(validated.stdout + validated.stderr).toContain(`egov-score --lang en assess ${file} --rubric dti-cap-so`);
    const explained = await runCli(["explain", INVALID, "--lang", "en"], { env: vi });
    expect(explained.stderr).toContain(`egov-score --lang en validate ${INVALID}`);
  });

  it("a file path holding \"egov-score score\" is left as it is, in the finding's place and in the command suggested", async () => {
    const folder = path.join(tempDir(), "egov-score score");
    mkdirSync(folder);
    const file = path.join(folder, "loi.yaml");
    copyFileSync(INVALID, file);
    const r = await runCli(["explain", file, "--lang", "en"], { env: vi });
    expect(r.stderr).toContain(`${file}:45:12 error`);
    expect(r.stderr).toContain(`egov-score --lang en validate "${file}"`);
    expect(r.stderr).not.toContain("egov-score --lang en score/");
  });

  it("not added when the language came from the locale", async () => {
    const r = await runCli(["explain", INVALID], { env: vi });
    expect(r.stderr).toContain(`egov-score validate ${INVALID}`);
    expect(r.stderr).not.toContain("--lang");
  });
});
