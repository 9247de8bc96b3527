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

/**
 * `rubric test` and `rubric impact` say a refused agency file's findings as lint's CI formats say a rubric's
 * (docs/ci.md): impact's json gave its invalid corpus files' findings as code and params alone, no sentence and no hint.
 */
describe("rubric test's and impact's CI formats give a refused agency file's hint", () => {
  const REMARK_HINT = 'put the remark in the answer\'s note, under value: note: "đạt"';
  const withRemark = (dir: string, name: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").replace('"6.3.1":\n    value: 245', '"6.3.1":\n    value: 95 - đạt'));
    return f;
  };
  const fixtures = () => {
    const dir = tempDir();
    withRemark(dir, "remark.yaml");
    writeFileSync(path.join(dir, "expected.yaml"), "fixtures:\n  remark.yaml: {total: 0}\n");
    return dir;
  };
  const said = (format: string, out: string) => format === "json" ? JSON.stringify(JSON.parse(out)) : out.replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  const hint = (format: string) => format === "json" ? JSON.stringify(REMARK_HINT).slice(1, -1) : REMARK_HINT;

  it.each(["json", "github", "junit"])("rubric impact --format %s", async (format) => {
    const run = await runCli(["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", withRemark(tempDir(), "a.yaml"), "--format", format, "--lang", "en"]);
    // Its one corpus file refused: no agency compared, exit 1 (docs/ci.md).
    expect(run.code).toBe(1);
    expect(said(format, run.stdout)).toContain(hint(format));
  });

  it.each(["json", "github", "junit"])("rubric test --format %s", async (format) => {
    const run = await runCli(["rubric", "test", "dti-cap-so", "--fixtures", fixtures(), "--format", format, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(said(format, run.stdout)).toContain(hint(format));
  });
});
