import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { identicalCopies } from "../../src/batch/score-files.js";
import { copiedStem, fileWithText, originalsFirst } from "../../src/batch/copy-names.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "../rubric-ci/helpers/files.js";
import { xlsxCells } from "../helpers/xlsx-parts.js";

const tempDir = tempDirs();
const BROKEN = "examples/invalid/so-xay-dung-loi.yaml";

describe("an invalid file saved twice (a mail's attachment: so-07.yaml and so-07 (1).yaml)", () => {
  it("is said to be one submission, the later copy against the earlier, by score and validate, in both languages", async () => {
    const dir = tempDir();
    copyFileSync(BROKEN, path.join(dir, "so-07.yaml"));
    copyFileSync(BROKEN, path.join(dir, "so-07 (1).yaml"));
    copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(dir, "so-khcn.yaml"));
    const score = await runCli(["score", dir, "--format", "json"], { cwd: dir });
    expect(score.code).toBe(1);
    // The name with the copy mark is the copy, though it sorts first (" " before ".").
    const said = `${path.join(dir, "so-07 (1).yaml")} holds the same text as ${path.join(dir, "so-07.yaml")} (one submission saved twice?): the same errors, neither is scored; correct one and take the other out`;
    expect(score.stderr).toContain(said);
    // Both stay listed with their errors: which one the agency corrects is theirs to say.
    expect(JSON.parse(score.stdout).not_scored).toHaveLength(2);
    expect((await runCli(["validate", dir], { cwd: dir })).stderr).toContain(said);
    expect((await runCli(["validate", dir, "--lang", "vi"], { cwd: dir })).stderr).toContain("có nội dung giống hệt");
    expect((await runCli(["score", dir, "--format", "json", "--quiet"], { cwd: dir })).stderr).not.toContain("same text");
  });

  it("is not said of two invalid files that differ, even by one character", async () => {
    const dir = tempDir();
    copyFileSync(BROKEN, path.join(dir, "a.yaml"));
    writeFileSync(path.join(dir, "b.yaml"), `${readFileSync(BROKEN, "utf8")} `);
    expect((await runCli(["validate", dir], { cwd: dir })).stderr).not.toContain("same text");
  });
});

describe("identicalCopies", () => {
  it("pairs each later file with the first of its text, and leaves files without a print out", () => {
    expect(identicalCopies([{ file: "a", print: 1 }, { file: "b", print: 2 }, { file: "c", print: 1 }, { file: "d" }, { file: "e" }, { file: "f", print: 1 }])).toEqual([
      { file: "c", first: "a" },
      { file: "f", first: "a" },
    ]);
  });
});

describe("a valid file saved twice under a copy's name (xa-03 (1).yaml beside xa-03.yaml)", () => {
  it("ranks the original and tells the copy to go, whatever the order the files were named in", async () => {
    const dir = tempDir();
    const [copy, original] = ["xa-03 (1).yaml", "xa-03.yaml"].map((name) => path.join(dir, name)) as [string, string];
    for (const f of [copy, original]) copyFileSync("examples/xa-can-giuoc-tay-ninh.yaml", f);
    for (const args of [[copy, original], [original, copy], [dir]]) {
      const run = await runCli(["score", ...args, "--format", "json"], { cwd: dir });
      const report = JSON.parse(run.stdout);
      expect(report.not_scored.map((n: { file: string }) => n.file)).toEqual(["xa-03 (1).yaml"]);
      expect(run.stderr).toContain(`has the same content as ${original} (likely the same file received twice): delete this copy`);
    }
  });
});

describe("a valid file saved twice into two folders named in one run (nop/xa-03 (1).yaml, nop-lai/xa-03.yaml)", () => {
  it("ranks the original and tells the copy to go, whichever folder is named first", async () => {
    const dir = tempDir();
    for (const sub of ["nop", "nop-lai"]) mkdirSync(path.join(dir, sub));
    const [copy, original] = ["nop/xa-03 (1).yaml", "nop-lai/xa-03.yaml"].map((name) => path.join(dir, name)) as [string, string];
    for (const f of [copy, original]) copyFileSync("examples/xa-can-giuoc-tay-ninh.yaml", f);
    for (const folders of [["nop", "nop-lai"], ["nop-lai", "nop"]]) {
      const run = await runCli(["score", ...folders.map((f) => path.join(dir, f)), "--format", "json"], { cwd: dir });
      const report = JSON.parse(run.stdout);
      expect(report.rubrics[0].agencies.map((a: { file: string }) => a.file), folders.join(" ")).toEqual(["nop-lai/xa-03.yaml"]);
      expect(report.not_scored.map((n: { file: string }) => n.file)).toEqual(["nop/xa-03 (1).yaml"]);
      expect(run.stderr).toContain(`${copy}:`);
      expect(run.stderr).toContain(`has the same content as ${original} (likely the same file received twice): delete this copy`);
    }
  });
});

describe("a file given both on standard input and by its name (cat a.yaml | egov-score score - a.yaml)", () => {
  const VALID = "examples/so-khcn-quang-binh.yaml";

  it.each([
    [["-", VALID], `the text given on standard input is the same as ${VALID} (one file given twice): keep ${VALID} and leave the - out of the command`],
    [[VALID, "-"], `the text given on standard input is the same as ${VALID} (one file given twice): keep ${VALID} and leave the - out of the command`],
  ])("a valid one (%j): the file on disk is kept, standard input left out, not told to be deleted", async (paths, said) => {
    const run = await runCli(["score", ...paths, "--format", "json"], { stdin: readFileSync(VALID, "utf8") });
    expect(run.stderr).toContain(said);
    expect(run.stderr).not.toContain("delete this copy");
  });

  // The ranking csv names no file: the rest name the file ranked and the one not scored.
  it.each(["json", "html", "xlsx", "table"])("a valid one named after the -: the file on disk is ranked in %s, standard input listed as the copy not scored", async (format) => {
    const dir = tempDir();
    const out = path.join(dir, `report.${format === "table" ? "txt" : format}`);
    const run = await runCli(["score", "-", VALID, "--format", format, ...(format === "table" ? [] : ["-o", out])], { stdin: readFileSync(VALID, "utf8") });
    expect(run.stderr).toContain(`<stdin>:10:7 error Agency id "qb-skhcn" is already used by ${VALID}`);
    expect(run.stderr).toContain(`keep ${VALID} and leave the - out of the command`);
    const report = format === "table" ? run.stdout : format === "xlsx" ? [...xlsxCells(out)].flatMap(([sheet, cells]) => [sheet, ...[...cells.values()].map((c) => c.value)]).join("\n") : readFileSync(out, "utf8");
    if (format === "json") {
      const json = JSON.parse(report);
      expect(json.rubrics[0].agencies.map((a: { file: string }) => a.file)).toEqual([VALID]);
      expect(json.not_scored.map((n: { file: string }) => n.file)).toEqual(["<stdin>"]);
    }
    // Not scored, the copy is named beside the file it copies; the file on disk is nowhere said to be the one not scored.
    expect(report).toMatch(/<stdin>|&lt;stdin&gt;/);
    expect(report).not.toMatch(/already used by (?:<stdin>|&lt;stdin&gt;)/);
  });

  it.each([["-", BROKEN], [BROKEN, "-"]])("an invalid one (%s then %s): the file on disk is the one to correct", async (...paths) => {
    const run = await runCli(["validate", ...paths], { stdin: readFileSync(BROKEN, "utf8") });
    expect(run.stderr).toContain(`The text given on standard input is the same as ${BROKEN} (one file given twice): the same errors, neither is scored; correct ${BROKEN} and leave the - out of the command`);
    expect(run.stderr).not.toContain("take the other out");
  });
});

describe("copiedStem", () => {
  it("reads the marks of Windows, macOS, browsers, Zalo and Google Drive, in vi and en", () => {
    const names = ["xa-03 (1).yaml", "xa-03(2).yaml", "xa-03 - Copy.yaml", "xa-03 - Copy (2).yaml", "xa-03 - Bản sao.yaml", "xa-03 - Ba\u0309n sao (3).yml", "xa-03 copy.yaml", "xa-03 copy 2.yaml", "Copy of xa-03.yaml", "Bản sao của xa-03.yaml"];
    for (const name of names) expect(copiedStem(`d/${name}`), name).toBe("xa-03");
  });

  it("takes no mark from a name without one, nor a year for a copy's number", () => {
    for (const name of ["xa-03.yaml", "bao-cao (2025).yaml", "(1).yaml", "phuong-1.yaml"]) expect(copiedStem(name), name).toBeUndefined();
  });
});

describe("originalsFirst", () => {
  it("moves each copy named before its original of the same folder to just after it, a copy's copy after that copy", () => {
    const files = ["a/x (1) (1).yaml", "a/x (1).yaml", "a/m.yaml", "a/x.yaml", "b/x (1).yaml", "a/y.yaml"];
    const { files: ordered, newIndex } = originalsFirst(files);
    expect(ordered).toEqual(["a/m.yaml", "a/x.yaml", "a/x (1).yaml", "a/x (1) (1).yaml", "b/x (1).yaml", "a/y.yaml"]);
    expect(newIndex).toEqual([3, 2, 0, 1, 4, 5]);
  });

  // originalsFirst looks first for anything like a mark in each path: every name copiedStem reads is one it looks at.
  it.each(["xa-03 (1).yaml", "xa-03(2).yml", "xa-03 - Copy.yaml", "xa-03 - BẢN SAO.yaml", "xa-03 - Ba\u0309n sao.yaml", "xa-03 copy 2.yaml", "Copy of xa-03.yaml", "Bản sao của xa-03.yaml"])("moves %s, named before its original, after it", (copy) => {
    expect(copiedStem(`a/${copy}`)).toBe("xa-03");
    expect(originalsFirst([`a/${copy}`, "a/xa-03.yaml"]).files).toEqual(["a/xa-03.yaml", `a/${copy}`]);
  });

  it("moves a copy named before its original of another folder after it, an original of its own folder first", () => {
    expect(originalsFirst(["a/x (1).yaml", "a/m.yaml", "b/x.yaml", "b/y.yaml"]).files).toEqual(["a/m.yaml", "b/x.yaml", "a/x (1).yaml", "b/y.yaml"]);
    expect(originalsFirst(["a/x (1).yaml", "a/x.yaml", "b/x.yaml"]).files).toEqual(["a/x.yaml", "a/x (1).yaml", "b/x.yaml"]);
  });

  it("leaves files already in order as they are", () => {
    const files = ["a/x.yaml", "a/x (1).yaml", "a/z (1).yaml"];
    expect(originalsFirst(files).files).toBe(files);
  });
});

describe("fileWithText", () => {
  it("finds the file whose text standard input gave, saved with CRLF or a byte-order mark too, and no other", () => {
    const dir = tempDir();
    const text = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
    const [other, crlf, same] = ["other.yaml", "crlf.yaml", "same.yaml"].map((name) => path.join(dir, name)) as [string, string, string];
    writeFileSync(other, `${text} `);
    writeFileSync(crlf, `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    copyFileSync("examples/so-khcn-quang-binh.yaml", same);
    expect(fileWithText(text, [other, path.join(dir, "gone.yaml"), crlf, same])).toBe(2);
    expect(fileWithText(text, [other, same])).toBe(1);
    expect(fileWithText(text, [other])).toBeUndefined();
  });
});

// docs/commands.md: of two files of one id the first in file order is ranked; that order is the paths as typed, each
// folder's names in code-point order of their composed spelling, standard input after a file of its text.
describe("which of two copies of one file is ranked, as the commands doc says", () => {
  const VALID = "examples/xa-can-giuoc-tay-ninh.yaml";
  const ranked = async (args: string[], stdin?: string) => {
    const run = await runCli(["score", ...args, "--format", "json"], stdin === undefined ? {} : { stdin });
    const json = JSON.parse(run.stdout);
    return { file: json.rubrics[0].agencies[0].file as string, copy: json.not_scored.map((n: { file: string }) => n.file) as string[] };
  };
  it("the first path typed, whichever folder it is", async () => {
    const dir = tempDir();
    for (const sub of ["nop", "nop-lai"]) { mkdirSync(path.join(dir, sub)); copyFileSync(VALID, path.join(dir, sub, "x.yaml")); }
    const [a, b] = [path.join(dir, "nop"), path.join(dir, "nop-lai")];
    expect(await ranked([a, b])).toEqual({ file: path.join(a, "x.yaml"), copy: [path.join(b, "x.yaml")] });
    expect(await ranked([b, a])).toEqual({ file: path.join(b, "x.yaml"), copy: [path.join(a, "x.yaml")] });
    // Standard input yields to the file on disk, typed before or after it.
    for (const args of [[a, "-"], ["-", a]]) expect(await ranked(args, readFileSync(VALID, "utf8"))).toEqual({ file: path.join(a, "x.yaml"), copy: ["<stdin>"] });
  });
  it("in a folder, names in code-point order: capitals first, a bare letter before its accented one", async () => {
    const dir = tempDir();
    for (const name of ["xã.yaml", "xa.yaml", "B.yaml"]) copyFileSync(VALID, path.join(dir, name));
    expect((await ranked([dir])).file).toBe(path.join(dir, "B.yaml"));
    expect((await ranked([path.join(dir, "*.yaml")])).copy).toEqual([path.join(dir, "xa.yaml"), path.join(dir, "xã.yaml")]);
  });
});
