import { describe, expect, it } from "vitest";
import { loadRubric } from "../../src/load/load-rubric.js";
import { parseAgencyFile, rubricRef, validateAgency } from "../../src/load/load-agency.js";

const outcome = loadRubric("test/fixtures/rubrics/assess-mini.yaml");
if (!outcome.ok) throw new Error("test rubric does not load");
const loaded = outcome.loaded;

/** What validate says of a file of the test rubric: codes and where. */
function findings(text: string) {
  const parsed = parseAgencyFile("agency.yaml", text);
  if (!parsed.ok) throw new Error("not YAML");
  const r = validateAgency(parsed.agency, loaded);
  return (r.ok ? r.warnings : r.diagnostics).map((d) => `${d.code} ${d.line}:${d.col}`);
}

const head = (rubric = '{id: assess-mini, version: "1"}') => `rubric: ${rubric}\nagency: {id: t, name: "Sở Thử", type: department}\nperiod: "2025"\nrespondent: {name: "Nguyễn Văn A"}\nanswers:\n`;

describe("rubricRef, the rubric a file names", () => {
  it.each([
    ["written as text, it still names the rubric", "dti-cap-xa", { id: "dti-cap-xa" }],
    ["id and version", { id: "dti-cap-xa", version: "2025" }, { id: "dti-cap-xa", version: "2025" }],
    ["neither", 5, {}],
  ])("%s", (_, rubric, ref) => expect(rubricRef({ rubric })).toEqual(ref));
});

describe("validateAgency", () => {
  it("a file of another rubric is said so, alone: its answers are not checked against codes it never had", () => {
    expect(findings(`${head('{id: other, version: "1"}')}  "9.9": {value: "x"}\n`)).toEqual(["rubric-mismatch 1:14"]);
  });

  it("a collector's verified value written in doubt (1.000) is asked about, as the answer's own would be", () => {
    expect(findings(`${head()}  "1.2":\n    value: 1000\n    verified: {value: 1.000, by: "Lê B", date: "2025-03-01"}\n`)).toContain("ambiguous-number-whole 8:23");
  });
});
