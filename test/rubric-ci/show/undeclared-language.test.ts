import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/run-cli.js";
import { tempDirs } from "../helpers/files.js";

const tempDir = tempDirs();

/** dti-cap-xa written in Vietnamese only: `languages: [vi]`, every English text the placeholder TODO. */
function vietnameseOnly(): string {
  const text = readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace(/en: "[^"]*"/g, "en: TODO").replace(/^period:/m, "languages: [vi]\nperiod:");
  const file = path.join(tempDir(), "vi-only.yaml");
  writeFileSync(file, text);
  return file;
}

describe("output in a language the rubric does not declare", () => {
  // Before: every title of rubric show --lang en (and of score and explain) read "TODO".
  it("rubric show --lang en shows the Vietnamese texts, and says so once", async () => {
    const r = await runCli(["--lang", "en", "rubric", "show", vietnameseOnly()]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("TODO");
    expect(r.stdout).toContain("Hạ tầng và Nền tảng số");
    expect(r.stderr.match(/languages: \[vi\]/g)).toEqual(["languages: [vi]"]);
    expect(r.stderr).toContain("Rubric dti-cap-xa is written in Vietnamese only (languages: [vi]): its titles and texts are shown in Vietnamese");
  });

  it("score and explain in English show the Vietnamese titles; in Vietnamese nothing is said", async () => {
    const rubric = vietnameseOnly();
    for (const command of ["score", "explain"]) {
      const r = await runCli(["--lang", "en", command, "examples/xa-can-giuoc-tay-ninh.yaml", "--rubric", rubric]);
      expect(r.stdout, command).not.toContain("TODO");
      expect(r.stdout, command).toContain("Hạ tầng và Nền tảng số");
      expect(r.stderr.match(/languages: \[vi\]/g), command).toEqual(["languages: [vi]"]);
    }
    const vi = await runCli(["--lang", "vi", "rubric", "show", rubric]);
    expect(vi.stderr).not.toContain("languages:");
  });

  // init filled its English texts unsaid (its template's comments read Vietnamese under --lang en), where score said it.
  it("init --lang en says so once on standard error, to standard output and with -o alike", async () => {
    const rubric = vietnameseOnly();
    const out = await runCli(["--lang", "en", "init", "--rubric", rubric]);
    expect(out.code).toBe(0);
    expect(out.stdout).not.toContain("languages: [vi]):");
    expect(out.stderr.match(/languages: \[vi\]/g)).toEqual(["languages: [vi]"]);
    expect(out.stderr).toContain("Rubric dti-cap-xa is written in Vietnamese only (languages: [vi]): its titles and texts are shown in Vietnamese");
    const file = path.join(tempDir(), "xa.yaml");
    const written = await runCli(["--lang", "en", "init", "--rubric", rubric, "-o", file]);
    expect(written.stderr.match(/languages: \[vi\]/g)).toEqual(["languages: [vi]"]);
    expect((await runCli(["--lang", "vi", "init", "--rubric", rubric])).stderr).not.toContain("languages:");
  });

  it("rubric lint still finds nothing to write in English", async () => {
    const r = await runCli(["--lang", "en", "rubric", "lint", vietnameseOnly()]);
    expect(r.stdout + r.stderr).not.toContain("translation-missing");
  });
});
