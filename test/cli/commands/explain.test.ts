import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../../scripts/gen-corpus.mjs";
import { runCli } from "../../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-explain-batch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("explain --batch of a large batch", () => {
  // The whole batch was scored in memory to explain one agency: 1,500 files ran a 40 MB heap out of memory (10,000:
  // 541 MB of RSS); its cohorts' figures are now gathered file by file (10,000: 106 MB).
  it("keeps the batch's figures, not its agencies: 1,500 files within a 40 MB heap", () => {
    generate(1500, dir);
    const own = path.join(dir, "agency-000001.yaml");
    const r = spawnSync(process.execPath, ["--max-old-space-size=40", path.resolve("bin/egov-score.js"), "explain", own, "--batch", dir, "--format", "json", "--lang", "en"], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/heap out of memory|FATAL/);
    expect(r.status).toBe(0);
    const explained = JSON.parse(r.stdout) as { batch: { agencies: number; cohort_size: number } };
    // One file in 20 is invalid: 75 left out.
    expect(explained.batch).toMatchObject({ agencies: 1425, cohort_size: 1425 });
    expect(r.stderr).toContain("75 files of the batch are invalid or repeat an agency id");
  }, 60_000);
});

describe("explain --top", () => {
  const SEED = "examples/so-khcn-quang-binh.yaml";
  // --top was read with Number(): "1.000" (a thousand to a Vietnamese reader: every gain) listed one, an empty
  // value listed all, 1e1 and 0x10 were taken; it is read as rubric impact reads --limit.
  it("refuses what is no whole number as typed, and asks back a thousands dot, as --limit does", async () => {
    for (const typed of ["", " ", "1e1", "0x10", "-1", "2.5", "hai"]) {
      const r = await runCli(["explain", SEED, "--top", typed, "--lang", "en"]);
      expect(r.code, typed).toBe(2);
      expect(r.stderr).toBe(`--top needs a whole number ≥ 0, not "${typed}"\n`);
      expect(r.stdout).toBe("");
    }
    const ambiguous = await runCli(["explain", SEED, "--top", "1.000", "--lang", "vi"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("--top \"1.000\" chưa rõ là 1000 hay 1");
  });

  it("takes a whole number, with spaces around it, and 0 for all", async () => {
    const all = (await runCli(["explain", SEED, "--top", "0", "--lang", "en"])).stdout;
    const three = await runCli(["explain", SEED, "--top", " 3 ", "--lang", "en"]);
    expect(three.code).toBe(0);
    expect(three.stdout).toBe((await runCli(["explain", SEED, "--top", "3", "--lang", "en"])).stdout);
    expect(three.stdout.length).toBeLessThan(all.length);
  });
});

describe("explain --batch in Vietnamese", () => {
  // The cohort was quoted “…” here and «…» in every other Vietnamese message.
  it("names the cohort in «…», as the other messages do", async () => {
    const r = await runCli(["explain", "examples/so-khcn-quang-binh.yaml", "--batch", "examples", "--lang", "vi"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Lô có 5 cơ quan cùng bộ chỉ số; khối xếp hạng «Sở, ban, ngành và ban quản lý»: 4 cơ quan");
  });
});
