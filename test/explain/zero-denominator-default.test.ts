import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { rubricFileAt } from "../helpers/rubric-file.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-zero-default-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** assess-mini with a second fraction, scored by bands; neither fraction writes a `zero_denominator`. */
const text = readFileSync("test/fixtures/rubrics/assess-mini.yaml", "utf8").replace('  - code: "2"\n',
  '      - code: "1.6"\n        title: {vi: "Hồ sơ đúng hạn", en: "Dossiers on time"}\n        max: 10\n'
  + '        input: {type: fraction, numerator: {vi: "Đúng hạn", en: "On time"}, denominator: {vi: "Tổng số", en: "All"}}\n'
  + '        rule: {type: bands, steps: [{min: 90, points: 10}, {min: 50, points: 5}]}\n  - code: "2"\n')
  .replace("max: 50\n    items", "max: 60\n    items").replace("scale: 100", "scale: 110");
const { file: rubric } = rubricFileAt(dir, text, "no-policy.yaml");
const agencyFile = path.join(dir, "so-t.yaml");
writeFileSync(agencyFile, 'rubric: {id: assess-mini, version: "1"}\nagency: {id: so-t, name: Sở T, type: department}\nperiod: "2025"\nanswers:\n  "1.4": {value: {a: 3, b: 4}}\n  "1.6": {value: {a: 0, b: 0}}\n');

describe("a fraction that writes no zero_denominator", () => {
  // rubric show said "b = 0: the indicator is left out and its group rescaled"; explain said nothing of b = 0.
  it.each(["vi", "en"] as const)("explain says what b = 0 scores by default in %s, in rubric show's words", async (lang) => {
    const show = (await runCli(["--lang", lang, "rubric", "show", rubric, "--format", "md"])).stdout;
    const said = explainRules((await runCli(["--lang", lang, "explain", agencyFile, "--rubric", rubric, "--format", "json"])).stdout);
    for (const code of ["1.4", "1.6"]) {
      const section = show.slice(show.indexOf(`### ${code} `));
      const zero = /- \*\*b = 0:\*\* (.*)\n/.exec(section)![1]!;
      expect(said.get(code), code).toMatch(new RegExp(`; b = 0: ${zero}$`));
    }
  });
});

/** Each indicator's rule as explain's json says it, by code. */
function explainRules(json: string): Map<string, string> {
  const rules = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (typeof o.code === "string" && typeof o.rule === "string") rules.set(o.code, o.rule);
      Object.values(o).forEach(visit);
    }
  };
  visit(JSON.parse(json));
  return rules;
}
