import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/run-cli.js";
import { tempDirs } from "../helpers/files.js";

const tempDir = tempDirs();
const HINT = 'each text of a rubric has Vietnamese and English, {vi: "…", en: "…"}; a rubric written in Vietnamese only declares languages: [vi] and may write en: TODO';

/**
 * The CI formats of `rubric lint` gave a finding's sentence, what was found and expected, and three of its hints;
 * the terminal gave them all. Each format now says the hint the terminal says (report/hints.ts).
 */
describe("rubric lint's CI formats give a finding's hint, as the terminal does", () => {
  const file = () => {
    const f = path.join(tempDir(), "r.yaml");
    writeFileSync(f, readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace('title: {vi: "Hạ tầng và Nền tảng số", en: "Digital infrastructure and platforms"}', 'title: {vi: "Hạ tầng và Nền tảng số"}'));
    return f;
  };

  it.each([
    ["stylish", (out: string) => out],
    ["github", (out: string) => out],
    ["json", (out: string) => JSON.stringify(JSON.parse(out))],
    ["sarif", (out: string) => JSON.stringify(JSON.parse(out))],
    ["junit", (out: string) => out.replace(/&quot;/g, '"')],
  ])("--format %s", async (format, read) => {
    const run = await runCli(["rubric", "lint", file(), "--format", format, "--lang", "en"]);
    expect(run.code).toBe(1);
    const said = read(format === "stylish" ? run.stderr + run.stdout : run.stdout);
    expect(said).toContain(format === "json" || format === "sarif" ? JSON.stringify(HINT).slice(1, -1) : HINT);
  });
});
