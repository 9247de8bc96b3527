import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseDocument } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { shellWord } from "../../src/cli/command-args.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-init-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("egov-score init", () => {
  it("writes a blank file with every applicable indicator, its questions as comments, and the schema beside it", async () => {
    const file = path.join(dir, "blank.yaml");
    const r = await runCli(["init", "-o", file, "--agency-type", "vertical", "--lang", "vi"]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./dti-cap-so-2025.1.agency.schema.json");
    expect(existsSync(path.join(dir, "dti-cap-so-2025.1.agency.schema.json"))).toBe(true);
    // One name for the agency file everywhere in Vietnamese (help, messages, this header): phiếu tự đánh giá.
    expect(text.split("\n")[1]).toMatch(/^# Phiếu tự đánh giá: Bộ chỉ số đánh giá chuyển đổi số/);
    expect(text).toContain('"6.1.1":');
    expect(text).toContain("# 1.1. Số cuộc họp");
    expect(text).not.toContain('"6.2.1":'); // 6.2 does not apply to vertical agencies
    // The comments say how to write an answer in the file: `có` is no yes/no value there, true is.
    expect(text).toContain("#   Trả lời: viết true (có) hoặc false (không)");
    expect(text).toMatch(/#   Trả lời: viết \{a: …, b: …\}; a = /);
    // A free-text answer in an officer's words, not a programmer's ("chuỗi ký tự", a string).
    expect(text).toContain("#   Trả lời: ghi bằng chữ\n");
    expect(text).toContain("viết thành danh sách, ví dụ [du-hop-tinh, chu-tri-hop]");
    expect(text).toContain("(0 = Chưa chuyển đổi số; 1 = Khởi động;");
    // With -t, only the cohorts the type may be ranked in (so-nganh was offered, and then refused as cohort-type-mismatch).
    expect(text).toMatch(/cohort: +# không bắt buộc; một trong: nganh-doc \([^)]*\)\n/);
  });

  it("a name typed composed (NFC) is the file stored decomposed (NFD, from a Mac): not written over without --force, nor doubled", async () => {
    const folder = mkdtempSync(path.join(dir, "nfd-"));
    const stored = path.join(folder, "Xã Cần Giuộc.yaml".normalize("NFD"));
    writeFileSync(stored, "# the commune's answers\n");
    const typed = path.join(folder, "Xã Cần Giuộc.yaml".normalize("NFC"));
    const r = await runCli(["init", "-o", typed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("exists; use --force");
    const yamlFiles = () => readdirSync(folder).filter((f) => f.endsWith(".yaml"));
    expect(yamlFiles()).toHaveLength(1);
    expect((await runCli(["init", "-o", typed, "--force"])).code).toBe(0);
    expect(yamlFiles()).toHaveLength(1);
    expect(readFileSync(stored, "utf8")).toContain("# yaml-language-server");
  });

  it("refuses a name that score and validate would not find in a folder (i.json, no ending, hidden), saying the .yaml name; .YML is one", async () => {
    const folder = mkdtempSync(path.join(dir, "names-"));
    // A hidden name is skipped by a folder's batch as well (.yaml alone was offered itself as the name to use).
    for (const [name, suggestion] of [["i.json", "i.yaml"], ["so-tc", "so-tc.yaml"], ["so-tc.yaml.txt", "so-tc.yaml"], [".so-tc.yaml", "so-tc.yaml"], [".yaml", "yaml.yaml"]] as const) {
      const r = await runCli(["init", "-o", path.join(folder, name)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`An agency file's name ends in .yaml or .yml and does not begin with a dot (score and validate find agency files in a folder by that ending, and skip hidden files): ${path.join(folder, name)}; for example ${path.join(folder, suggestion)}`);
    }
    expect(readdirSync(folder)).toEqual([]);
    expect((await runCli(["init", "-o", path.join(folder, "x.YML")])).code).toBe(0);
    expect((await runCli(["assess", path.join(folder, "moi.json"), "--lang", "en"], { stdinIsTTY: true })).stderr).toContain("for example " + path.join(folder, "moi.yaml"));
    // Said in Vietnamese with the agency file's one name there, phiếu tự đánh giá (it was "tệp trả lời").
    expect((await runCli(["init", "-o", path.join(folder, "i.json"), "--lang", "vi"])).stderr).toContain(`Tên tệp của phiếu tự đánh giá phải có đuôi .yaml hoặc .yml và không bắt đầu bằng dấu chấm (score và validate tìm phiếu trong thư mục theo đuôi này, và bỏ qua tệp ẩn): ${path.join(folder, "i.json")}; ví dụ ${path.join(folder, "i.yaml")}`);
  });

  // docs/commands.md: a command's -o FILE has its folder made when missing, as score, explain and schema do; init said "no such file".
  it("-o into a folder that does not exist yet makes the folder, with the file and its schema in it", async () => {
    const file = path.join(dir, "nop-bai", "quy-3", "so-nv.yaml");
    const r = await runCli(["init", "-o", file, "-t", "department", "--lang", "vi"]);
    expect(r.stderr).toBe(`Đã tạo ${file} (kèm tệp giúp trình soạn thảo gợi ý và kiểm tra khi điền: ${path.join(path.dirname(file), "dti-cap-so-2025.1.agency.schema.json")})\n`);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("rubric: {id: dti-cap-so");
  });

  // Windows hides the .txt Notepad adds: the officer types so-tc.yaml, and a new blank assessment began beside the answers.
  it("assess FILE.yaml where only FILE.yaml.txt is refuses to start a new file, saying to rename the .txt one (exit 2)", async () => {
    const folder = mkdtempSync(path.join(dir, "txt-"));
    writeFileSync(path.join(folder, "so-tc.yaml.txt"), "agency: {id: x}\n");
    const r = await runCli(["assess", path.join(folder, "so-tc.yaml"), "--lang", "en"], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`There is no ${path.join(folder, "so-tc.yaml")}, but there is ${path.join(folder, "so-tc.yaml.txt")} (Notepad adds .txt when saving, and Windows hides it): rename it to so-tc.yaml to resume it`);
    const vi = await runCli(["assess", path.join(folder, "so-tc.yaml"), "--lang", "vi"], { stdinIsTTY: true });
    expect(vi.stderr).toContain(`Không có tệp ${path.join(folder, "so-tc.yaml")}, nhưng có tệp ${path.join(folder, "so-tc.yaml.txt")}`);
    expect(readdirSync(folder)).toEqual(["so-tc.yaml.txt"]);
  });

  it("without --rubric or -t, says whom the default rubric is for and the init command of each other bundled rubric (a commune saw only Sở / Ban / ngành dọc at assess)", async () => {
    const folder = mkdtempSync(path.join(dir, "others-"));
    const file = path.join(folder, "xa.yaml");
    const vi = await runCli(["init", "-o", file, "--lang", "vi"]);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toContain("Bộ chỉ số dti-cap-so dành cho: «Sở, ban, ngành cấp tỉnh», ");
    expect(vi.stderr).toContain(`\n  UBND xã, UBND phường: egov-score --lang vi init --rubric dti-cap-xa -o ${shellWord(file)} --force\n`);
    // From the bundled rubrics' agency types, not a list written down: every other bundled rubric is there.
    const en = await runCli(["init", "-o", file, "--force", "--lang", "en"]);
    expect(en.stderr).toContain("Rubric dti-cap-so is for: Provincial department, ");
    expect(en.stderr).toContain(`\n  Commune People's Committee, Ward People's Committee: egov-score --lang en init --rubric dti-cap-xa -o ${shellWord(file)} --force\n`);
    expect(en.stderr).toContain(`\n  City / municipality, Province: egov-score --lang en init --rubric un-losi-2022 -o ${shellWord(file)} --force\n`);
    // The command it gives makes the commune's file.
    expect((await runCli(["init", "--rubric", "dti-cap-xa", "-o", file, "--force"])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("rubric: {id: dti-cap-xa");
    // A rubric or a type chosen: nothing more is said.
    for (const chosen of [["--rubric", "dti-cap-xa"], ["-t", "xã"], ["-t", "department"]]) {
      const r = await runCli(["init", "-o", file, "--force", ...chosen]);
      expect(r.stderr).not.toContain("--rubric un-losi-2022");
    }
  });

  it("keeps a different schema file beside it and says so plainly, not as an output it refused (exit 0 after \"exists; use --force\")", async () => {
    const folder = mkdtempSync(path.join(dir, "kept-"));
    const schema = path.join(folder, "dti-cap-so-2025.1.agency.schema.json");
    writeFileSync(schema, "{}\n");
    const file = path.join(folder, "d.yaml");
    // -t: the type is known, so no other rubric is pointed to (see below).
    const r = await runCli(["init", "-o", file, "-t", "department"]);
    expect(r.code).toBe(0);
    expect(readFileSync(schema, "utf8")).toBe("{}\n");
    expect(r.stderr).toBe(`Kept ${schema}, which differs from the schema of dti-cap-so 2025.1 (an earlier version, or edited): editors check ${file} against it; to write the rubric's (that file alone, the answers untouched): egov-score schema agency -o ${schema} --force\nWrote ${file}\n`);
    // The command it gives replaces the schema and nothing else: answers written meanwhile are kept.
    writeFileSync(file, readFileSync(file, "utf8") + "# đã điền\n");
    expect((await runCli(["schema", "agency", "-o", schema, "--force"])).code).toBe(0);
    expect(readFileSync(schema, "utf8")).not.toBe("{}\n");
    expect(readFileSync(file, "utf8")).toContain("# đã điền");
    writeFileSync(schema, "{}\n");
    expect((await runCli(["init", "-o", file, "--force", "--lang", "vi", "-t", "department"])).stderr).toBe(`Đã tạo ${file} (kèm tệp giúp trình soạn thảo gợi ý và kiểm tra khi điền: ${schema})\n`);
    expect(readFileSync(schema, "utf8")).not.toBe("{}\n");
  });

  it.skipIf(process.platform === "win32")("a pipe named as the schema beside it (another user's, in /tmp) is kept, neither waited on nor read: the run hung, deaf to Ctrl-C", async () => {
    const folder = mkdtempSync(path.join(dir, "pipe-"));
    const schema = path.join(folder, "dti-cap-so-2025.1.agency.schema.json");
    spawnSync("mkfifo", [schema]);
    // Were the pipe read, this writer would end the wait after 8 s.
    const writer = spawn("sh", ["-c", `sleep 8; printf '{}' > '${schema}'`]);
    const file = path.join(folder, "d.yaml");
    const start = Date.now();
    const r = await runCli(["init", "-o", file]);
    expect(Date.now() - start).toBeLessThan(7000);
    writer.kill();
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Kept ${schema}`);
    expect(statSync(schema).isFIFO()).toBe(true);
    expect(readFileSync(file, "utf8")).toContain("# yaml-language-server");
  }, 30_000);

  it("without -t, says which types an indicator or group is for, apart from 'one of' (read as the answer to write)", async () => {
    const text = (await runCli(["init"])).stdout;
    const before = (code: string) => text.slice(0, text.indexOf(`"${code}":`)).split("\n").slice(-2, -1)[0];
    expect(before("5.7")).toMatch(/^ {2}# {3}Applies only to agencies of type: department \(.+\), board \(.+\)$/);
    expect(text).toMatch(/# ══ 6\.2\. .*\n {2}# {3}Applies only to agencies of type: department/);
    expect(text).not.toMatch(/one of: department, board\n/);
  });

  it("printed rather than written, it says how to make the schema its first line names (none is written beside it)", async () => {
    const r = await runCli(["init", "--rubric", "dti-cap-xa"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "# yaml-language-server: $schema=./dti-cap-xa-2025.2.agency.schema.json",
      "# The line above points editors to the JSON Schema that completes and checks this file. To have it, make the file with egov-score init -o FILE.yaml --rubric dti-cap-xa (it is written beside it), or run: egov-score schema agency --rubric dti-cap-xa -o dti-cap-xa-2025.2.agency.schema.json",
    ]);
    const file = path.join(dir, "written.yaml");
    expect((await runCli(["init", "-o", file])).code).toBe(0);
    expect(readFileSync(file, "utf8")).not.toContain("To have it");
    // The command it names writes that file (with -o: PowerShell's `>` would write UTF-16).
    const schema = path.join(dir, "dti-cap-xa-2025.2.agency.schema.json");
    const made = await runCli(["schema", "agency", "--rubric", "dti-cap-xa", "-o", schema]);
    expect([made.code, made.stderr]).toEqual([0, `Wrote ${schema} (json)\n`]);
    expect(JSON.parse(readFileSync(schema, "utf8")).$schema).toContain("json-schema.org");
    expect((await runCli(["schema", "agency", "--rubric", "dti-cap-xa", "-o", schema])).code).toBe(2);
  });

  it("with a rubric file, the commands its header suggests name it, quoted when it has a space", async () => {
    const rubric = path.join(dir, "bộ chỉ số.yaml");
    writeFileSync(rubric, readFileSync("test/fixtures/rubrics/assess-mini.yaml"));
    const file = path.join(dir, "mini.yaml");
    expect((await runCli(["init", "-o", file, "--rubric", rubric, "--lang", "en"])).code).toBe(0);
    // The temporary folder may itself have a space (TMPDIR="/tmp/thư mục thử"): the file is then quoted too.
    const named = shellWord(file);
    expect(readFileSync(file, "utf8")).toContain(`# Check: egov-score validate ${named} --rubric "${rubric}" · Score: egov-score score ${named} --rubric "${rubric}"`);
    // A name a shell would still expand inside double quotes goes in single ones.
    const dollar = path.join(dir, "a$HOME.yaml");
    expect((await runCli(["init", "-o", dollar, "--rubric", rubric, "--lang", "en"])).code).toBe(0);
    expect(readFileSync(dollar, "utf8")).toContain(`# Check: egov-score validate '${dollar}' --rubric "${rubric}"`);
    // Printed, the way to make its schema names the rubric as a shell reads it.
    expect((await runCli(["init", "--rubric", rubric, "--lang", "en"])).stdout).toContain(`egov-score init -o FILE.yaml --rubric "${rubric}"`);
    // A bundled rubric is found from the id the file names: nothing to add.
    const bundled = path.join(dir, "xa.yaml");
    expect((await runCli(["init", "-o", bundled, "--rubric", "dti-cap-xa", "--lang", "en"])).code).toBe(0);
    expect(readFileSync(bundled, "utf8")).toContain(`# Check: egov-score validate ${shellWord(bundled)} · Score`);
  });

  it("never overwrites without --force", async () => {
    const file = path.join(dir, "keep.yaml");
    writeFileSync(file, "mine\n");
    const r = await runCli(["init", "-o", file]);
    expect(r.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("mine\n");
    expect((await runCli(["init", "-o", file, "--force"])).code).toBe(0);
  });

  it("a type of another bundled rubric, the rubric named, names the one that has it, as assess does (it printed the placeholder {rubric})", async () => {
    const r = await runCli(["init", "-t", "commune", "--rubric", "dti-cap-so"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Agency type "commune" is not in the rubric dti-cap-so');
    expect(r.stderr).toContain("use --rubric dti-cap-xa");
    expect(r.stderr).not.toMatch(/\{\w+\}/);
  });

  it("a word naming several types of the other rubric names them at once (adding --rubric alone met a second refusal, 'may be several types')", async () => {
    const r = await runCli(["init", "-t", "ubnd", "--rubric", "dti-cap-so"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("in dti-cap-xa it may be commune (Commune People's Committee), ward (Ward People's Committee): use --rubric dti-cap-xa and say which, e.g. --rubric dti-cap-xa -t commune");
    expect(r.stderr).not.toMatch(/\{\w+\}/);
  });

  // Without --rubric, -t picks the bundled rubric of that type (it was refused: "add --rubric dti-cap-xa").
  it.each([["commune", "dti-cap-xa", "2025.2"], ["ward", "dti-cap-xa", "2025.2"], ["city", "un-losi-2022", "2022"], ["department", "dti-cap-so", "2025.1"]])("init -t %s writes a blank file for %s", async (type, id, version) => {
    const file = path.join(dir, `by-type-${type}.yaml`);
    const r = await runCli(["init", "-o", file, "-t", type, "--lang", "en"]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain(`rubric: {id: ${id}, version: "${version}"}`);
    expect(text).toContain(`type: ${type}`);
    expect(existsSync(path.join(dir, `${id}-${version}.agency.schema.json`))).toBe(true);
  });

  it("filled by hand in an editor (comments kept), it validates and scores", async () => {
    const file = path.join(dir, "filled.yaml");
    expect((await runCli(["init", "-o", file, "-t", "department"])).code).toBe(0);
    expect((await runCli(["validate", file])).code).toBe(1); // blank header fields are reported, not guessed
    const doc = parseDocument(readFileSync(file, "utf8"), { stringKeys: true });
    doc.setIn(["agency", "id"], "qb-sxd");
    doc.setIn(["agency", "name"], "Sở Xây dựng tỉnh Quảng Bình");
    doc.setIn(["respondent", "name"], "Trần Thị C");
    doc.setIn(["answers", "1.1", "value"], 0);
    doc.setIn(["answers", "1.5", "value"], false);
    doc.setIn(["answers", "6.2.1", "value"], doc.createNode({ a: 40, b: 50 }));
    doc.setIn(["answers", "6.2.1", "evidence"], doc.createNode([{ number: "01/BC-SXD", date: "2025-09-01", title: "Báo cáo TTHC" }]));
    writeFileSync(file, doc.toString());
    const v = await runCli(["validate", file]);
    expect(v.stderr).toBe("1 valid file, 0 invalid\n");
    expect(v.code).toBe(0);
    const s = await runCli(["score", file, "--format", "json"]);
    expect(s.code).toBe(0);
    const score = JSON.parse(s.stdout).rubrics[0].agencies[0].score;
    expect(score.indicators.find((i: { code: string }) => i.code === "6.2.1").points).toBe(36); // 40/50 × 45
    expect(readFileSync(file, "utf8")).toContain("# 6.2.1.");
  });
});

describe("egov-score assess without a terminal", () => {
  it("refuses with exit 2 and points to init + validate/score", async () => {
    const r = await runCli(["assess", path.join(dir, "x.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("egov-score init");
    expect(existsSync(path.join(dir, "x.yaml"))).toBe(false);
  });

  it("with a rubric file, the commands it suggests name it (the file's rubric is not bundled)", async () => {
    const r = await runCli(["assess", path.join(dir, "x.yaml"), "--rubric", "test/fixtures/rubrics/assess-mini.yaml", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("egov-score --lang en init -o FILE --rubric test/fixtures/rubrics/assess-mini.yaml");
    expect(r.stderr).toContain("egov-score --lang en validate FILE --rubric test/fixtures/rubrics/assess-mini.yaml");
  });

  it.each([
    ["version", /^version: .*$/m, `version: "${"2025.".repeat(9)}1"`, "at most 40 characters"],
    ["id", /^id: .*$/m, `id: ${"x".repeat(65)}`, "at most 64 characters"],
  ])("refuses a rubric whose %s is too long to name the schema file (init wrote the agency file, then failed on the schema's name)", async (field, line, long, said) => {
    const rubric = path.join(dir, `long-${field}.yaml`);
    writeFileSync(rubric, readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace(line, long));
    const file = path.join(dir, `long-${field}-agency.yaml`);
    const r = await runCli(["init", "-o", file, "--rubric", rubric, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(existsSync(file)).toBe(false);
  });
});
