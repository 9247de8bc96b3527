import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFile } from "../../src/load/registry.js";
import { rubricLine } from "../../src/load/rubric-line.js";

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
