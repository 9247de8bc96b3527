import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

// A machine whose memory gives Node an 80 MB heap, no --max-old-space-size set.
vi.mock("node:v8", async (original) => ({ ...(await original<typeof import("node:v8")>()), getHeapStatistics: () => ({ heap_size_limit: 80 * 2 ** 20 }) }));
const { runCli } = await import("../helpers/run-cli.js");

const dir = mkdtempSync(path.join(tmpdir(), "egov-html-heap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an html report for more agencies than a heap Node sized itself holds", () => {
  it("is refused before any work, without blaming an option nobody set", async () => {
    const folder = path.join(dir, "many");
    mkdirSync(folder);
    for (let i = 0; i < 500; i++) writeFileSync(path.join(folder, `a${i}.yaml`), "");
    const r = await runCli(["score", folder, "--format", "html"], { env: { NODE_OPTIONS: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("html reports are made whole in memory; Node.js has 80 MB here, enough for about 455 files; this batch has 500: give it more (NODE_OPTIONS=--max-old-space-size=MB)");
    const set = await runCli(["score", folder, "--format", "html"], { env: { NODE_OPTIONS: "--max-old-space-size=32" } });
    expect(set.stderr).toContain("Node.js is given 80 MB (NODE_OPTIONS --max-old-space-size)");
  });
});
