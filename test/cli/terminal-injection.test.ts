import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "../rubric-ci/helpers/files.js";

const tempDir = tempDirs();

/** Escape sequences that would recolour, retitle or rewrite a terminal, as hostile data may hold them. */
const HOSTILE = "\u001b[31mRED\u001b]0;PWNED\u0007\rOVER\u202eevil";
const SEED = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
const hasControls = (text: string) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(text);

describe("no control character from data reaches the terminal", () => {
  it("rubric impact: agency names from the corpus", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, "a.yaml"), SEED.replace(/^  name: .*$/m, `  name: ${JSON.stringify("Sở " + HOSTILE)}`));
    // A new version whose band Good starts at 86 %: the seed agency (84.92 %) changes band and is listed.
    const changed = path.join(dir, "new.yaml");
    writeFileSync(changed, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(/^version: .*$/m, 'version: "2025.2"').replace("{id: tot, min: 80,", "{id: tot, min: 86,"));
    const r = await runCli(["rubric", "impact", "rubrics/dti-cap-so.yaml", changed, "--corpus", corpus]);
    expect(r.stdout).toContain("Sở ␛[31mRED");
    expect(hasControls(r.stdout) || hasControls(r.stderr)).toBe(false);
  });

  it("rubric show and list: titles and the version of a hostile rubric", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.yaml");
    const text = readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace(/^version: .*$/m, `version: ${JSON.stringify("1" + HOSTILE)}`).replace(/^(title: \{vi: ")/m, `$1${HOSTILE.replace(/\\/g, "\\\\").replace(/\u001b/g, "\\e").replace(/\u0007/g, "\\a").replace(/\r/g, "\\r")}`);
    writeFileSync(file, text);
    const r = await runCli(["rubric", "show", file, "--lang", "vi"]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toContain("␛]0;PWNED␇");
    expect(hasControls(r.stdout) || hasControls(r.stderr)).toBe(false);
  });

  it("notices naming files: a skipped file whose name holds an escape sequence", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.yaml"), SEED);
    writeFileSync(path.join(dir, "skip\u001b[31m.yaml"), "name: ci\non: push\n");
    const r = await runCli(["score", dir, "--format", "json"]);
    expect(r.stderr).toContain("skip␛[31m.yaml");
    expect(hasControls(r.stderr)).toBe(false);
  });

  it("the score table: a line break in a name is a space, not a line of its own", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.yaml"), SEED.replace(/^  name: .*$/m, '  name: "Sở A\\nForged line"'));
    const r = await runCli(["score", path.join(dir, "a.yaml")]);
    expect(r.stdout).toContain("Sở A Forged line");
    expect(r.stdout.split("\n").some((l) => l.startsWith("Forged line"))).toBe(false);
  });
});
