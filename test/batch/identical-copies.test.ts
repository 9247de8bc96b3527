import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { identicalCopies } from "../../src/batch/score-files.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "../rubric-ci/helpers/files.js";

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
    const said = `${path.join(dir, "so-07.yaml")} holds the same text as ${path.join(dir, "so-07 (1).yaml")} (one submission saved twice?): the same errors, neither is scored; correct one and take the other out`;
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
