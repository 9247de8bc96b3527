import { describe, expect, it } from "vitest";
import { colourAllowed } from "../../src/cli/context.js";
import { runCli } from "../helpers/run-cli.js";

const ESC = /\x1b\[[0-9;]*m/;

describe("colourAllowed", () => {
  it.each([
    [{}, true],
    [{ TERM: "xterm-256color" }, true],
    [{ NO_COLOR: "1" }, false],
    [{ NO_COLOR: "" }, true], // the convention: set and not empty
    [{ FORCE_COLOR: "0" }, false],
    [{ FORCE_COLOR: "false" }, false],
    [{ FORCE_COLOR: "1" }, true],
    [{ TERM: "dumb" }, false],
  ] as [Record<string, string>, boolean][])("%o → %s", (env, allowed) => {
    expect(colourAllowed(env)).toBe(allowed);
  });
});

describe("colours of a command's output", () => {
  it.each([
    ["a terminal", { TERM: "xterm" }, 100, true],
    ["a dumb terminal", { TERM: "dumb" }, 100, false],
    ["FORCE_COLOR=0", { TERM: "xterm", FORCE_COLOR: "0" }, 100, false],
    ["a pipe, even with FORCE_COLOR=1", { TERM: "xterm", FORCE_COLOR: "1" }, undefined, false],
  ] as [string, Record<string, string>, number | undefined, boolean][])("%s", async (_, env, columns, coloured) => {
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml"], { env, ...(columns ? { columns } : {}) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Sở");
    expect(ESC.test(r.stdout)).toBe(coloured);
  });
});
