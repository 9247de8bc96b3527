import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { SEED } from "./helpers.js";

// A name holding what a terminal acts on (ESC c resets it, ESC #8 fills it, BEL, the C1 CSI and OSC that
// write the clipboard) and what reorders or breaks text (a right-to-left mark, a line separator), written
// with YAML's escapes, and a file whose name holds ESC.
const NAME = "Sở \\ec\\e#8\\a \\u009b2J \\u009d52;c;ZXZpbA==\\a \\u200fRTL\\u2028 X";
const dir = mkdtempSync(path.join(tmpdir(), "egov-controls-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, "a.yaml"), readFileSync(SEED, "utf8").replace(/^  name: .*$/m, `  name: "${NAME}"`));
writeFileSync(path.join(dir, "b\u001b[41m.yaml"), "rubric: {id: dti-cap-so, version: \"2025.1\"}\nagency: {id: x}\n");

const ACTS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029]/;

describe("control characters of the data in reports", () => {
  it.each(["md", "csv", "table"])("%s: none reaches the report (it is read on a terminal, a CI log, Excel)", async (format) => {
    const r = await runCli(["score", dir, "--format", format, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("RTL");
    // Tab and line ends are the format's own.
    expect(r.stdout.replace(/[\t\r\n]/g, "")).not.toMatch(ACTS);
  });

  it("json keeps the text exactly, the marks and separators as escapes", async () => {
    const r = await runCli(["score", dir, "--format", "json", "--lang", "en"]);
    expect(r.stdout.replace(/[\r\n]/g, "")).not.toMatch(ACTS);
    expect(JSON.parse(r.stdout).rubrics[0].agencies[0].score.agency.name).toContain("\u200fRTL\u2028");
  });
});
