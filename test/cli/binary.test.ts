import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** A few runs of the real command (bin/egov-score.js → dist/), as a user runs it. */
const run = (args: string[], input?: string) => spawnSync(process.execPath, ["bin/egov-score.js", ...args], { encoding: "utf8", input, env: { ...process.env, LANG: "en_US.UTF-8", NO_COLOR: "1" } });

describe("the built egov-score command", () => {
  it("--version exits 0", () => {
    const r = run(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("scores the seed agency (exit 0)", () => {
    const r = run(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies[0].score.total).toBe(849.23);
  });

  it("reports an invalid file with exit 1 and no stack trace", () => {
    const r = run(["validate", "examples/invalid/so-xay-dung-loi.yaml"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("examples/invalid/so-xay-dung-loi.yaml:45:12 error");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("usage errors exit 2", () => {
    expect(run(["score"]).status).toBe(2);
    expect(run(["score", "x.yaml", "--format", "pdf"]).status).toBe(2);
  });

  it("survives two 1000-deep documents in one process", () => {
    const dir = "test/fixtures/deep";
    const r = run(["validate", `${dir}/deep-a.yaml`, `${dir}/deep-b.yaml`]);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/\[too-deep\]/g)).toHaveLength(2);
  });
});
