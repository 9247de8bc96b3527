import { describe, expect, it } from "vitest";
import { suggestCode, suggestKey } from "../../src/core/check-agency.js";

// The codes of a rubric like dti-cap-so: groups 1–6, group 5 up to 5.10, group 6 three levels deep.
const CODES = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "3.1", "3.2", "5.1", "5.9", "5.10", "6.1.1", "6.1.2", "6.1.5", "6.2.1"];

describe("suggestKey", () => {
  const KEYS = ["value", "na", "reason", "evidence", "note", "flag", "verified", "submitted", "respondent"];
  it.each([
    ["“evidence”", "evidence"], // smart quotes from a word processor
    ["‘note’", "note"],
    ["Evidence", "evidence"],
    ["ｖａｌｕｅ", "value"], // full-width letters
    ["evidance", "evidence"],
    ["submited", "submitted"],
    ["respondant", "respondent"],
    ["vlaue", undefined], // two slips in a short key: too far to tell
    ["no", undefined], // short keys are close to everything
    ["ghi_chu", undefined],
    ["value", undefined], // already a known key
  ])("%s → %s", (key, expected) => {
    expect(suggestKey(key, KEYS)).toBe(expected);
  });
});

describe("suggestCode", () => {
  it.each([
    ["1.1O", "1.1"], // O typed for 0, no 1.10: a slip within group 1, not 5.10 in another group
    ["3.1O", "3.1"],
    ["5.1O", "5.10"], // the look-alike exists
    ["5.l0", "5.10"],
    ["6.1.10", "6.1.1"],
    ["1.7", "1.1"],
    ["9.9.9.9", undefined], // nothing near
  ])("%s → %s", (code, expected) => {
    expect(suggestCode(code, CODES)).toBe(expected);
  });

  it.each([["departmen", "department"], ["deprtmnt", "department"], ["comune", "commune"]])("a value without dots: %s → %s", (value, expected) => {
    expect(suggestCode(value, ["department", "vertical", "commune"])).toBe(expected);
  });
});
