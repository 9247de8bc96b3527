import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";

/** `rubric impact` without a budget: invalid corpus files beside valid ones are reported (exit 0); only invalid ones are invalid data (exit 1). */

const DIR = "test/rubric-ci/fixtures/impact";
const tempDir = tempDirs();

/** A corpus of a.yaml with its agency type misspelt: invalid under both versions. */
function invalidCorpus(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, "a.yaml"), readFileSync(`${DIR}/corpus/a.yaml`, "utf8").replace("type: unit", "type: unitt"));
  return dir;
}

describe("rubric impact, every corpus file invalid, no budget", () => {
  it("exits 1: nothing was compared, only invalid data given", async () => {
    const r = await runCli(["rubric", "impact", `${DIR}/v1.yaml`, `${DIR}/v2.yaml`, "--corpus", invalidCorpus()]);
    expect(r.stderr).toContain("a.yaml");
    expect(r.code).toBe(1);
  });

  it("one valid file beside an invalid one still exits 0 without a budget", async () => {
    const dir = invalidCorpus();
    writeFileSync(path.join(dir, "b.yaml"), readFileSync(`${DIR}/corpus/b.yaml`, "utf8"));
    const r = await runCli(["rubric", "impact", `${DIR}/v1.yaml`, `${DIR}/v2.yaml`, "--corpus", dir]);
    expect(r.code).toBe(0);
  });
});

/** junit and github fail exactly when the exit code is 1, and every format says why. */
describe("rubric impact, every corpus file invalid, no budget: the CI formats fail as the exit code does", () => {
  const impact = (dir: string, ...more: string[]) => runCli(["rubric", "impact", `${DIR}/v1.yaml`, `${DIR}/v2.yaml`, "--corpus", dir, ...more]);
  const why = "Every corpus file is invalid or could not be read: no agency was compared, so the run fails (exit code 1)";

  it("junit: the invalid file is an error and the corpus a failure", async () => {
    const r = await impact(invalidCorpus(), "--format", "junit");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<testcase classname="[^"]*a\.yaml"[^>]*>\s*<error type="not-allowed-value"/);
    expect(r.stdout).toContain(`<failure type="only-invalid" message="${why}"`);
    expect(r.stderr).toContain(why);
  });

  it("github: the invalid file's errors are ::error, with the reason as a fileless ::error", async () => {
    const r = await impact(invalidCorpus(), "--format", "github");
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("::warning");
    expect(r.stdout).toMatch(/^::error file=[^,]*a\.yaml,/m);
    expect(r.stdout).toContain(`::error title=egov-score rubric impact::${why}`);
  });

  it("md and the table say why the run fails", async () => {
    for (const format of ["md", "table"]) expect((await impact(invalidCorpus(), "--format", format)).stdout).toContain(why);
    const vi = await impact(invalidCorpus(), "--format", "md", "--lang", "vi");
    expect(vi.stdout).toContain("không cơ quan nào được so sánh, nên lần chạy không đạt (mã thoát 1)");
  });

  it("beside a valid file (exit 0) the invalid one stays a passing case and a ::warning", async () => {
    const dir = invalidCorpus();
    writeFileSync(path.join(dir, "b.yaml"), readFileSync(`${DIR}/corpus/b.yaml`, "utf8"));
    const junit = await impact(dir, "--format", "junit");
    expect(junit.code).toBe(0);
    expect(junit.stdout).toContain('failures="0" errors="0"');
    const github = await impact(dir, "--format", "github");
    expect(github.stdout).toMatch(/^::warning file=[^,]*a\.yaml,/m);
    expect(github.stdout).not.toContain("::error");
    expect(github.stderr).not.toContain(why);
  });
});
