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
