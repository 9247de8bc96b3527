import { mkdtempSync, readdirSync, rmSync } from "node:fs";
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
