import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRubric } from "../../src/load/load-rubric.js";
import type { LocatedDiagnostic } from "../../src/load/located.js";
import { lintFile } from "../../src/rubric-ci/lint/lint-file.js";
import { tempDirs } from "./helpers/files.js";

const tempDir = tempDirs();
const MAX_1_1 = '        max: 20\n        input: {type: count, unit: {vi: "cuộc họp", en: "meetings"}, max: 52}';
const INPUT_1_1 = '\n        input: {type: count, unit: {vi: "cuộc họp", en: "meetings"}, max: 52}';

const said = (list: LocatedDiagnostic[]) => list.map((d) => ({ code: d.code, line: d.line, col: d.col, params: d.params }));

/**
 * rubric lint checked a rubric against the schema in its own words, and said two things the other commands
 * (rubric show, score --rubric: load-rubric) do not: a misspelt key both unknown and its field missing, and a
 * number with a pasted no-break space "in quotes" where it has none.
 */
describe("rubric lint says a rubric's schema findings as every command that loads it says them", () => {
  it.each([
    ["a misspelt key, mx: 20", `        mx: 20${INPUT_1_1}`, ["unknown-field"]],
    ["a misspelt key, maxx: 20", `        maxx: 20${INPUT_1_1}`, ["unknown-field"]],
    ["a no-break space after a number written without quotes", `        max: 20\u00a0${INPUT_1_1}`, ["wrong-type"]],
  ])("%s", (_name, replacement, codes) => {
    const file = path.join(tempDir(), "r.yaml");
    writeFileSync(file, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(MAX_1_1, replacement));
    const loaded = loadRubric(file);
    if (loaded.ok) throw new Error("the rubric should not load");
    const linted = lintFile(file).findings;
    expect(linted.map((d) => d.code)).toEqual(codes);
    expect(said(linted)).toEqual(said(loaded.diagnostics));
  });
});
