import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFile } from "../../src/load/registry.js";
import type { Issue } from "../../src/core/issue.js";
import { rubricLine, withRubricLineHint } from "../../src/load/rubric-line.js";

const loaded = (() => { const o = loadRubric(bundledRubricFile("dti-cap-so")!); if (!o.ok) throw new Error("rubric"); return o.loaded; })();

describe("the rubric line a hint gives to add", () => {
  it("for a bundled rubric, as init writes it", () => {
    expect(rubricLine(loaded)).toBe('rubric: {id: dti-cap-so, version: "2025.1"}');
  });

  // A rubric's version is any text of up to 40 characters: the line, pasted into the file, must name it as written.
  it.each([
    ["a plain version", "2025.1"],
    ["double quotes in it", 'bản "2"'],
    ["a backslash", "2025\\1"],
    ["a Vietnamese word and a #", "bản #2 sửa đổi"],
    ["a colon and braces", "v: {2}"],
  ])("%s: read back as written", (_, version) => {
    expect(parse(rubricLine({ ...loaded, rubric: { ...loaded.rubric, id: "so-x", version } }))).toEqual({ rubric: { id: "so-x", version } });
  });
});

// Only a missing, empty or partial `rubric:` key is told the line to write; any other finding keeps its own hint.
describe("which findings get the rubric line", () => {
  const hinted = (issue: Issue) => withRubricLineHint([issue], loaded)[0]!.params.hint_rubric_line;
  it.each<[string, Issue, boolean]>([
    ["no rubric key", { code: "missing-field", path: [], params: { fields: '"rubric"' } }, true],
    ["no rubric key, among others", { code: "missing-field", path: [], params: { fields: '"agency", "rubric"' } }, true],
    ["no agency key only", { code: "missing-field", path: [], params: { fields: '"agency"' } }, false],
    ["a nested object missing a field named rubric", { code: "missing-field", path: ["indicators", "0"], params: { fields: '"rubric"' } }, false],
    ["an empty rubric key", { code: "empty-value", path: ["rubric"], params: {} }, true],
    ["a rubric key without its version", { code: "missing-field", path: ["rubric"], params: { fields: '"version"' } }, true],
    ["an empty rubric version", { code: "empty-value", path: ["rubric", "version"], params: {} }, true],
    ["a rubric version of the wrong type", { code: "wrong-type", path: ["rubric", "version"], params: {} }, false],
    ["an empty agency key", { code: "empty-value", path: ["agency"], params: {} }, false],
    ["an empty agency name", { code: "empty-value", path: ["agency", "name"], params: {} }, false],
  ])("%s", (_, issue, expected) => {
    expect(hinted(issue)).toBe(expected ? rubricLine(loaded) : undefined);
  });
});
