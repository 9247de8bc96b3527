import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/issue.js";
import { withoutMisspeltConsequences } from "../../src/load/misspelt-keys.js";

const unknown = (path: string[], suggestion?: string): Issue => ({ code: "unknown-field", path, atKey: true, params: { field: path.at(-1)!, ...(suggestion ? { suggestion } : {}) } });
const missing = (path: string[], ...fields: string[]): Issue => ({ code: "missing-field", path, atKey: path.length > 0, params: { field: fields[0]!, fields: fields.map((f) => `"${f}"`).join(", "), count: fields.length } });
const reasonWithoutNa = (answer: string[]): Issue => ({ code: "reason-without-na", path: [...answer, "reason"], atKey: true, severity: "warning", params: { code: answer[1]! } });
const noEvidence = (code: string, atKey = true, scored = false): Issue => ({ code: scored ? "evidence-missing-no-points" : "evidence-missing", path: atKey ? ["answers", code] : ["answers", code, "evidence"], atKey, params: { code, min: 1, count: 0 } });

describe("withoutMisspeltConsequences", () => {
  it.each<[string, Issue[], Issue[]]>([
    ["a misspelt required key: its missing field is not said", [missing([], "agency"), unknown(["agnecy"], "agency")], [unknown(["agnecy"], "agency")]],
    ["the other fields the mapping lacks are still said", [missing(["agency"], "name", "type"), unknown(["agency", "nmae"], "name")], [missing(["agency"], "type"), unknown(["agency", "nmae"], "name")]],
    ["a suggestion for another mapping changes nothing", [missing(["agency"], "name"), unknown(["respondent", "nmae"], "name")], [missing(["agency"], "name"), unknown(["respondent", "nmae"], "name")]],
    ["an unknown key without a suggestion changes nothing", [missing([], "agency"), unknown(["xyz"])], [missing([], "agency"), unknown(["xyz"])]],
    ["a suggestion of a field that is not missing (an optional one) changes nothing", [missing([], "period"), unknown(["exmaple"], "example")], [missing([], "period"), unknown(["exmaple"], "example")]],
    ["an answer's misspelt evidence key: its missing evidence is not said", [noEvidence("1.1"), unknown(["answers", "1.1", "evidnce"], "evidence")], [unknown(["answers", "1.1", "evidnce"], "evidence")]],
    // Under `when_missing: no_points` the same finding is a warning of its own code: left out alike.
    ["an answer's misspelt evidence key under no_points: its warning is not said", [noEvidence("1.1", true, true), unknown(["answers", "1.1", "evidnce"], "evidence")], [unknown(["answers", "1.1", "evidnce"], "evidence")]],
    ["another answer's missing evidence still is", [noEvidence("1.2"), unknown(["answers", "1.1", "evidnce"], "evidence")], [noEvidence("1.2"), unknown(["answers", "1.1", "evidnce"], "evidence")]],
    ["an evidence list too short (found at the list) still is", [noEvidence("1.1", false), unknown(["answers", "1.1", "evidnce"], "evidence")], [noEvidence("1.1", false), unknown(["answers", "1.1", "evidnce"], "evidence")]],
    ["an answer's na misspelt: its reason is not said to lack one", [unknown(["answers", "3.4", "an"], "na"), reasonWithoutNa(["answers", "3.4"])], [unknown(["answers", "3.4", "an"], "na")]],
    ["a verified block's na misspelt: nor its value said missing", [missing(["answers", "1.1", "verified"], "value"), unknown(["answers", "1.1", "verified", "an"], "na"), reasonWithoutNa(["answers", "1.1", "verified"])], [unknown(["answers", "1.1", "verified", "an"], "na")]],
    ["another answer's reason without na still is", [unknown(["answers", "3.4", "an"], "na"), reasonWithoutNa(["answers", "3.5"])], [unknown(["answers", "3.4", "an"], "na"), reasonWithoutNa(["answers", "3.5"])]],
    ["a value missing where na is not meant still is", [missing(["answers", "1.1", "verified"], "value"), unknown(["answers", "1.1", "verified", "byy"], "by")], [missing(["answers", "1.1", "verified"], "value"), unknown(["answers", "1.1", "verified", "byy"], "by")]],
  ])("%s", (_, issues, expected) => {
    expect(withoutMisspeltConsequences(issues)).toEqual(expected);
  });

  it("keeps the two-language example only for the fields still said", () => {
    const lacking: Issue = { ...missing(["groups", "0"], "title", "label"), params: { ...missing(["groups", "0"], "title", "label").params, text_fields: "title, label" } };
    const [left] = withoutMisspeltConsequences([lacking, unknown(["groups", "0", "tilte"], "title")]);
    expect(left!.params).toEqual({ field: "label", fields: '"label"', count: 1, text_fields: "label" });
  });

  it("names no two-language field once none of those left is one (json readers get the params)", () => {
    const lacking: Issue = { ...missing(["groups", "0"], "title", "weight"), params: { ...missing(["groups", "0"], "title", "weight").params, text_fields: "title" } };
    const [left] = withoutMisspeltConsequences([lacking, unknown(["groups", "0", "tilte"], "title")]);
    expect(left!.params).toEqual({ field: "weight", fields: '"weight"', count: 1 });
  });
});
