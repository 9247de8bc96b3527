import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_IN_MEMORY_FILES } from "../../src/cli/commands/score.js";
import { displayPath } from "../../src/cli/inputs.js";
import { runCli } from "../helpers/run-cli.js";
import { xlsxCells } from "../helpers/xlsx-parts.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const root = mkdtempSync(path.join(tmpdir(), "egov-inputs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("gatherInputs", () => {
  it("takes a folder whose subfolder holds more files than a call takes arguments", () => {
    // Spreading a list of files into push() overflowed the stack past about 120,000 files. Under a
    // 100 KB stack 20,000 are enough to show it (and creating 130,000 files takes a test too long).
    const sub = path.join(root, "big", "sub");
    mkdirSync(sub, { recursive: true });
    for (let i = 0; i < 20_000; i++) writeFileSync(path.join(sub, `a${String(i).padStart(5, "0")}.yaml`), "");
    const script = `import { gatherInputs } from ${JSON.stringify(path.resolve("dist/cli/inputs.js"))};
      const { inputs, failures } = await gatherInputs({}, [${JSON.stringify(path.join(root, "big"))}]);
      console.log(JSON.stringify({ count: inputs.length, failures: failures.length, first: inputs[0], last: inputs.at(-1) }));`;
    const r = spawnSync(process.execPath, ["--stack-size=100", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ count: 20_000, failures: 0, first: { file: path.join(sub, "a00000.yaml"), walked: true }, last: { file: path.join(sub, "a19999.yaml"), walked: true } });
  }, 60_000);
});

describe("paths that find nothing", () => {
  it.each([
    ["a file named that is not there: listed as not scored, the rest scored (exit 1; it stopped the batch with exit 2)",
      ["examples/so-khcn-quang-binh.yaml", "examples/typo.yaml"], 1, ["examples/typo.yaml"], ""],
    ["a pattern that matches nothing beside one that does (*.yaml and *.yml): said, the rest scored (exit 0; it stopped the batch)",
      ["examples/so-khcn-quang-binh.yaml", "examples/*.yml"], 0, [], "No file matches: examples/*.yml"],
  ])("%s", async (_, paths, code, notScored, said) => {
    const r = await runCli(["score", ...paths, "--format", "json"]);
    expect(r.code).toBe(code);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies.map((a: { score: { agency: { id: string } } }) => a.score.agency.id)).toEqual(["qb-skhcn"]);
    expect(report.not_scored.map((f: { file: string }) => f.file)).toEqual(notScored);
    if (said) expect(r.stderr).toContain(said);
  });

  it.skipIf(process.platform === "win32")("a pattern whose folder cannot be read (a loop of links) is listed as not scored, and not also said to match nothing", async () => {
    const loop = path.join(root, "loop");
    symlinkSync(loop, loop);
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", `${loop}/*.yaml`, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).not_scored.map((f: { file: string; errors: { code: string }[] }) => [f.file, f.errors[0]!.code])).toEqual([[loop, "folder-unreadable"]]);
    expect(r.stderr).toContain("a loop of symbolic links");
    expect(r.stderr).not.toContain("No file matches");
  });

  it("a folder named beside others that holds no agency file (the communes' folder not yet filled) is said, the rest scored (exit 0; it went unsaid)", async () => {
    const empty = path.join(root, "xa-empty");
    mkdirSync(path.join(empty, "sub"), { recursive: true });
    writeFileSync(path.join(empty, "ghi-chu.txt"), "");
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", empty, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies.map((a: { file: string }) => a.file)).toEqual(["examples/so-khcn-quang-binh.yaml"]);
    expect(r.stderr).toContain(`No .yaml/.yml files found in ${empty}`);
    // A folder that holds some is not said, nor under --quiet.
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/losi", "--format", "json"])).stderr).not.toContain("No .yaml");
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", empty, "--format", "json", "--quiet"])).stderr).toBe("");
  });

  it("Word, Excel, OpenDocument and RTF files in a folder are said (an .odt was called a Word/Excel document), counted, the first three named (an agency that sent its answers as a document went missing unsaid)", async () => {
    const dir = path.join(root, "documents");
    mkdirSync(dir, { recursive: true });
    copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(dir, "so-khcn.yaml"));
    for (const name of ["so-xd.docx", "so-yt.docx", "xa-a.xlsx", "xa-b.xls", "xa-c.odt"]) writeFileSync(path.join(dir, name), "PK");
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.code).toBe(0);
    const f = (name: string) => path.join(dir, name);
    expect(r.stderr).toContain(`5 office documents (Word, Excel, OpenDocument, RTF) in the folders were not read (${f("so-xd.docx")}, ${f("so-yt.docx")}, ${f("xa-a.xlsx")}, …): only .yaml or .yml files are read as agency files`);
    expect((await runCli(["validate", dir, "--lang", "vi"])).stderr).toContain("Không đọc 5 tài liệu văn phòng (Word, Excel, OpenDocument, RTF) trong thư mục");
    expect((await runCli(["score", dir, "--format", "json", "--quiet"])).stderr).toBe("");
  });

  it("an empty folder named beside standard input is said too, the file read from standard input scored", async () => {
    const empty = path.join(root, "xa-empty-stdin");
    mkdirSync(empty, { recursive: true });
    const r = await runCli(["score", "-", empty, "--format", "json"], { stdin: readFileSync("examples/so-khcn-quang-binh.yaml") });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies).toHaveLength(1);
    expect(r.stderr).toContain(`No .yaml/.yml files found in ${empty}`);
  });

  it.each([
    ["the folder first", (empty: string) => [empty, "examples/*.yml"], (empty: string) => [`No .yaml/.yml files found in ${empty}`, "No file matches: examples/*.yml"]],
    ["the pattern first", (empty: string) => ["examples/*.yml", empty], (empty: string) => ["No file matches: examples/*.yml", `No .yaml/.yml files found in ${empty}`]],
  ])("an empty folder and a pattern that matches nothing are said in the order they were given: %s (patterns were said first)", async (_, paths, said) => {
    const empty = path.join(root, "xa-empty-order");
    mkdirSync(empty, { recursive: true });
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", ...paths(empty), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split("\n")).toEqual(said(empty));
  });

  it("a pattern that matches nothing is not said under --quiet", async () => {
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/*.yml", "--format", "json", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("a file named that is not there beside standard input: listed as not scored, standard input scored (exit 1, not a usage error)", async () => {
    const r = await runCli(["score", "examples/typo.yaml", "-", "--format", "json"], { stdin: readFileSync("examples/so-khcn-quang-binh.yaml", "utf8") });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rubrics[0].agencies.map((a: { file: string }) => a.file)).toEqual(["<stdin>"]);
    expect(report.not_scored.map((f: { file: string }) => f.file)).toEqual(["examples/typo.yaml"]);
  });

  it.each([
    [["examples/typo.yaml"], "No such file or folder: examples/typo.yaml"],
    [["examples/*.yml"], "No file matches: examples/*.yml"],
  ])("nothing at all (%s) is a usage error, exit 2", async (paths, said) => {
    const r = await runCli(["score", ...paths]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
  });

  it.skipIf(process.platform === "win32").each([
    [["C:\\egov\\*.yaml"], "C:/egov/*.yaml: C: names a disk of a Windows computer, which this machine does not have"],
    [["D:/nop/so-tc.yaml"], "D:/nop/so-tc.yaml: D: names a disk of a Windows computer, which this machine does not have"],
  ])("a path on a Windows drive (%s), on a machine without drives, says so, exit 2", async (paths, said) => {
    const r = await runCli(["score", ...paths]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
  });

  // Named among other files, or as --rubric, it said only "no such file".
  it.skipIf(process.platform === "win32")("a path on a Windows drive named beside a file that is there, or as --rubric, says the drive too", async () => {
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "C:\\egov\\so-tc.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("hint: C: names a disk of a Windows computer, which this machine does not have: copy the file to this machine and give its path here");
    const rubric = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--rubric", "C:\\egov\\r.yaml"]);
    expect(rubric.code).toBe(2);
    expect(rubric.stderr).toContain("No rubric file \"C:\\egov\\r.yaml\": C: names a disk of a Windows computer, which this machine does not have: copy the rubric file to this machine and give its path here (e.g. ~/egov/r.yaml)");
  });

  // A pattern that matches nothing beside other files is only said: it said "No file matches", not the drive.
  it.skipIf(process.platform === "win32")("a pattern on a Windows drive named beside a file that is there says the drive, and the file is scored", async () => {
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "C:\\data\\*.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("C:/data/*.yaml: C: names a disk of a Windows computer, which this machine does not have: copy the files to this machine and give their path here");
    expect(r.stderr).not.toContain("No file matches");
  });

  it.each(["validate", "score", "explain"])("%s of so-tc.yaml when only so-tc.yaml.txt is there says to rename it, as assess does (exit 2)", async (command) => {
    const folder = path.join(root, `txt-twin-${command}`);
    mkdirSync(folder, { recursive: true });
    copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(folder, "so-tc.yaml.txt"));
    const file = path.join(folder, "so-tc.yaml");
    const r = await runCli([command, file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`There is no ${file}, but there is ${file}.txt (Notepad adds .txt when saving, and Windows hides it): rename it to so-tc.yaml and run again`);
  });

  // Only a single missing file was told of its .txt; two said "No such file or folder" alone.
  it.each(["validate", "score"])("%s of several missing files, each with its .txt there, says each rename (exit 2)", async (command) => {
    const folder = path.join(root, `txt-twins-${command}`);
    mkdirSync(folder, { recursive: true });
    for (const name of ["so-tc.yaml", "so-yt.yaml"]) copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(folder, `${name}.txt`));
    const [tc, yt, other] = ["so-tc.yaml", "so-yt.yaml", "so-gd.yaml"].map((name) => path.join(folder, name));
    const r = await runCli([command, tc!, yt!, other!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`No such file or folder: ${tc}, ${yt}, ${other}. Notepad adds .txt when saving, and Windows hides it: rename ${tc}.txt → so-tc.yaml, ${yt}.txt → so-yt.yaml and run again`);
  });

  it.skipIf(process.platform === "win32")("a name with a terminal's escapes and a line break reaches no message raw: the .txt twin's, a Windows drive's, a missing file's", async () => {
    const folder = path.join(root, "txt-twin-escapes");
    mkdirSync(folder, { recursive: true });
    const name = "so\u001b(0\u0007\nx";
    copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(folder, `${name}.yaml.txt`));
    for (const [given, said] of [[path.join(folder, `${name}.yaml`), "rename it to so␛(0␇ x.yaml"], [`C:\\${name}.yaml`, "names a disk"], [path.join(folder, `${name}*.yml`), "No file matches"]]) {
      const r = await runCli(["score", given!]);
      expect(r.stderr).toContain(said);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
      expect(r.stderr.trimEnd()).not.toContain("\nx");
    }
  });

  it("so-tc.yaml named beside another file, only so-tc.yaml.txt there: listed as not read, with the name to give it", async () => {
    const folder = path.join(root, "txt-twin-batch");
    mkdirSync(folder, { recursive: true });
    copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(folder, "so-tc.yaml.txt"));
    const r = await runCli(["validate", path.join(folder, "so-tc.yaml"), "examples/so-khcn-quang-binh.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("hint: there is so-tc.yaml.txt (Notepad adds .txt when saving, and Windows hides it): rename it to so-tc.yaml");
  });

  // Worked out from expandPaths' one list of the paths it could not take: every entry a path or pattern not there.
  it.each([
    ["two files", ["khong-co-1.yaml", "khong-co-2.yaml"], "No such file or folder: khong-co-1.yaml, khong-co-2.yaml", "Không có tệp hoặc thư mục: khong-co-1.yaml, khong-co-2.yaml"],
    ["a file and a pattern: the file is named", ["khong-co-1.yaml", "khong-co/*.yml"], "No such file or folder: khong-co-1.yaml", "Không có tệp hoặc thư mục: khong-co-1.yaml"],
    ["two patterns", ["khong-co/*.yml", "khong-co/*.yaml"], "No file matches: khong-co/*.yml, khong-co/*.yaml", "Mẫu không khớp tệp nào: khong-co/*.yml, khong-co/*.yaml"],
  ])("every path not there (%s) is a usage error, exit 2, said in English and in Vietnamese", async (_, paths, en, vi) => {
    for (const command of ["score", "validate"]) {
      for (const [LANG, said] of [["en_US.UTF-8", en], ["vi_VN.UTF-8", vi]] as const) {
        const r = await runCli([command, ...paths], { cwd: root, env: { LANG } });
        expect([command, LANG, r.code, r.stderr]).toEqual([command, LANG, 2, `${said}\n`]);
      }
    }
  });

  it.skipIf(process.platform === "win32").each([
    ["a folder that cannot be read (a loop of links)", (loop: string) => `${loop}/*.yaml`, "folder-unreadable"],
    ["a folder holding only a file saved as text", () => {
      const folder = path.join(root, "only-txt");
      mkdirSync(folder, { recursive: true });
      copyFileSync("examples/so-tai-chinh-quang-binh.yaml", path.join(folder, "so-tc.yaml.txt"));
      return folder;
    }, "saved-as-text"],
  ])("a path not there beside only %s is no usage error: both listed as not scored, exit 1", async (_, second, code) => {
    const loop = path.join(root, "loop-beside-missing");
    rmSync(loop, { force: true });
    symlinkSync(loop, loop);
    const missing = path.join(root, "khong-co.yaml"), other = second(loop);
    const r = await runCli(["score", missing, other, "--format", "json"]);
    expect(r.code, r.stderr).toBe(1);
    const listed = JSON.parse(r.stdout).not_scored.map((f: { file: string; errors: { code: string }[] }) => f.errors[0]!.code);
    expect(listed).toEqual(["file-not-found", code]);
  });
});

describe("links in a folder to files outside it", () => {
  // A zip of submissions or a pull request's corpus can hold links: one to ~/.ssh/id_rsa or a CI job's .git/config
  // was read, and its lines quoted in the findings (a code frame), which reports and CI logs show.
  it.skipIf(process.platform === "win32")("are not read, each listed as not scored naming its target; a link inside the folder, or one named, is read", async () => {
    const secret = path.join(root, "secret.txt");
    writeFileSync(secret, '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
    const sent = path.join(root, "sent-with-links");
    mkdirSync(path.join(sent, "sub"), { recursive: true });
    copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(sent, "so-khcn.yaml"));
    symlinkSync(secret, path.join(sent, "sub", "leak.yaml"));
    symlinkSync("so-khcn.yaml", path.join(sent, "inside.yaml"));
    for (const args of [[sent], [`${sent}/**/*.yaml`]]) {
      const r = await runCli(["validate", ...args, "--format", "json"]);
      expect(r.stdout + r.stderr).not.toContain("c2VjcmV0");
      const report = JSON.parse(r.stdout);
      const leak = report.files.find((f: { file: string }) => f.file.endsWith("leak.yaml"));
      expect(leak.diagnostics.map((e: { code: string }) => e.code)).toEqual(["link-outside-folder"]);
      expect(leak.diagnostics[0].message).toContain(secret);
      expect(report.files.filter((f: { valid: boolean }) => f.valid)).toHaveLength(1);
    }
    const named = await runCli(["validate", path.join(sent, "sub", "leak.yaml")]);
    expect(named.stderr).toContain("yaml-syntax");
  });
});

describe("files not scored, in the order the paths were given", () => {
  // Paths not there were listed before the files found and failed, even when named last: a collector reading the
  // list against the command line or the folder's listing lost its place.
  const corpus = (n: number) => {
    const dir = path.join(root, `given-order-${n}`);
    generate(n, dir); // agency-000007.yaml, -27, -47, -67 are invalid
    // Saved as text: listed where the folder lists it, by name.
    copyFileSync(path.join(dir, "agency-000009.yaml"), path.join(dir, "agency-000009b.yaml.txt"));
    return (name: string) => path.join(dir, name);
  };
  const small = corpus(10), large = corpus(80);
  const m0 = path.join(root, "not-there-0.yaml"), m1 = path.join(root, "not-there-1.yaml");
  /** Where each name is first written in a text; -1 when it is not. */
  const places = (text: string, names: string[]) => names.map((name) => text.indexOf(name));
  const increasing = (at: number[]) => at.every((n, i) => n >= 0 && (i === 0 || n > at[i - 1]!));

  it.each([
    ["a small batch of files named", [small("agency-000000.yaml"), m0, small("agency-000007.yaml"), small("agency-000001.yaml"), m1], [m0, small("agency-000007.yaml"), m1]],
    // The second name of a file is left out: the path after it keeps its place before the next file.
    ["a small batch naming a file twice", [large("agency-000007.yaml"), large("agency-000008.yaml"), large("agency-000008.yaml"), m0, large("agency-000027.yaml")], [large("agency-000007.yaml"), m0, large("agency-000027.yaml")]],
    ["a small folder between two paths not there", [m0, path.dirname(small("x")), m1], [m0, small("agency-000007.yaml"), small("agency-000009b.yaml.txt"), m1]],
    // Above 50 entries the reports are written from spools, on worker threads.
    ["a large folder between two paths not there", [m0, path.dirname(large("x")), m1], [m0, large("agency-000007.yaml"), large("agency-000009b.yaml.txt"), large("agency-000027.yaml"), large("agency-000047.yaml"), large("agency-000067.yaml"), m1]],
  ])("%s: in every format and in validate", async (_, paths, expected) => {
    const out = mkdtempSync(path.join(root, "out-"));
    const r = await runCli(["score", ...paths, "--output-dir", out, "--format", "json,csv,md,html,xlsx,table"]);
    expect(r.code, r.stderr).toBe(1);
    const report = (ext: string) => readFileSync(path.join(out, `egov-score-report.${ext}`), "utf8");
    // The json is written on one line from the spools above 50 entries, indented below.
    expect(report("json").trimEnd().includes("\n")).toBe(!_.startsWith("a large"));
    expect(JSON.parse(report("json")).not_scored.map((f: { file: string }) => f.file)).toEqual(expected);
    for (const [format, text] of [["md", report("md")], ["html", report("html")], ["table", report("txt")], ["standard error", r.stderr]]) {
      expect(increasing(places(text!, expected)), `${format}: ${places(text!, expected).join(", ")}`).toBe(true);
    }
    const sheet = xlsxCells(path.join(out, "egov-score-report.xlsx")).get("Not scored")!;
    const rows = [...sheet.entries()].filter(([cell]) => /^A\d+$/.test(cell) && cell !== "A1").map(([, c]) => c.value);
    expect(rows.filter((file, i) => file !== rows[i - 1])).toEqual(expected);
    const checked = JSON.parse((await runCli(["validate", ...paths, "--format", "json"])).stdout) as { files: { file: string; valid: boolean }[] };
    expect(checked.files.filter((f) => !f.valid).map((f) => f.file)).toEqual(expected);
  });

  it.each([
    ["read, and not valid", "agency: [\n"],
    ["too large to read", Buffer.alloc(4 * 1024 * 1024 + 1, 0x20)],
  ])("standard input takes its place among them too: %s", async (_, stdin) => {
    const invalid = small("agency-000007.yaml");
    const r = await runCli(["score", m0, "-", m1, invalid, "--format", "json"], { stdin });
    expect(JSON.parse(r.stdout).not_scored.map((f: { file: string }) => f.file)).toEqual([m0, "<stdin>", m1, invalid]);
  });
});

describe("a batch too large for a report made in memory", () => {
  it("is refused before any work for md and the table, with what to use instead (it ran out of memory after scoring); xlsx and html are written as they are made", async () => {
    const big = path.join(root, "many");
    mkdirSync(big, { recursive: true });
    for (let i = 0; i <= MAX_IN_MEMORY_FILES; i++) writeFileSync(path.join(big, `a${i}.yaml`), "");
    const r = await runCli(["score", big, "-o", path.join(root, "r.xlsx"), "--format", "md", "-o", path.join(root, "r.md"), "-o", path.join(root, "r.html")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`md reports are made whole in memory, for at most ${MAX_IN_MEMORY_FILES} files; this batch has ${MAX_IN_MEMORY_FILES + 1}: use --format csv, json, xlsx or html`);
  }, 60_000);
});

describe("an html report under a small heap", () => {
  // A large batch's html is written as its agencies are read back, as the json is: 10,000 generated files under
  // --max-old-space-size=64 peaked at 167 MB. Before, above about 455 files under 32 MB, it was refused.
  it("is not refused for the heap Node.js was given", () => {
    const folder = path.join(root, "heap");
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 900; i++) writeFileSync(path.join(folder, `a${i}.yaml`), "");
    const html = spawnSync(process.execPath, [path.resolve("bin/egov-score.js"), "score", folder, "--format", "html", "--lang", "en"], {
      encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=32" },
    });
    // The empty files are not scored (exit 1), each listed.
    expect(html.stderr).not.toContain("memory");
    expect(html.status).toBe(1);
    expect(html.stdout.match(/<td class="code" rowspan="1">/g)).toHaveLength(900);
  }, 60_000);
});

describe("standard input among the paths", () => {
  it("redirected from a folder (- < nop/) is said to be a folder, not a file holding no data", () => {
    const folder = openSync("examples", "r");
    try {
      const r = spawnSync(process.execPath, [path.resolve("bin/egov-score.js"), "score", "-", "--lang", "en"], { stdio: [folder, "pipe", "pipe"], encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("<stdin>");
      expect(r.stderr).toContain("Cannot read the file: it is a folder");
    } finally {
      closeSync(folder);
    }
  });

  it.each([
    [["-", "examples/kho-bac-quang-binh.yaml"], ["<stdin>", "examples/kho-bac-quang-binh.yaml"]],
    [["examples/kho-bac-quang-binh.yaml", "-"], ["examples/kho-bac-quang-binh.yaml", "<stdin>"]],
    [["examples/kho-bac-quang-binh.yaml", "-", "examples/so-tai-chinh-quang-binh.yaml"], ["examples/kho-bac-quang-binh.yaml", "<stdin>", "examples/so-tai-chinh-quang-binh.yaml"]],
  ])("%j is read in command-line order (it was always first)", async (paths, order) => {
    const r = await runCli(["score", ...paths, "--format", "json"], { stdin: readFileSync("examples/so-khcn-quang-binh.yaml", "utf8") });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies.map((a: { file: string }) => a.file)).toEqual(order);
  });

  it.each([
    ["a terminal", true, [], true],
    ["a terminal, --quiet", true, ["--quiet"], false],
    ["a pipe", false, [], false],
  ] as [string, boolean, string[], boolean][])("from %s, how to end the input is said on stderr: %s", async (_, stdinIsTTY, flags, said) => {
    const r = await runCli(["score", "-", "--format", "json", ...flags], { stdin: readFileSync("examples/so-khcn-quang-binh.yaml", "utf8"), stdinIsTTY });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.includes("press Ctrl-D to end it (on Windows: Ctrl-Z, then Enter)")).toBe(said);
    expect(JSON.parse(r.stdout).rubrics[0].agencies).toHaveLength(1);
  });
});

describe("displayPath", () => {
  it.each([
    ["/w/so-tc.yaml", "so-tc.yaml"],
    ["/w/nop/so-tc.yaml", "nop/so-tc.yaml"],
    // Begins with two dots but is inside the working folder: it was shown by its whole path, as one outside it.
    ["/w/..so-tc.yaml", "..so-tc.yaml"],
    ["/w/...yaml", "...yaml"],
    ["/so-tc.yaml", "/so-tc.yaml"],
    ["/other/so-tc.yaml", "/other/so-tc.yaml"],
    ["/", "/"],
    ["nop/so-tc.yaml", "nop/so-tc.yaml"],
  ])("%s from /w is %s", (file, shown) => {
    expect(displayPath("/w", file)).toBe(shown);
  });
});
