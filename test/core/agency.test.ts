import { describe, expect, it } from "vitest";
import { looksLikeAgencyFile } from "../../src/core/agency.js";

describe("looksLikeAgencyFile", () => {
  it.each([
    [{ rubric: { id: "dti-cap-so" }, agency: {} }, true],
    [{ Rubric: "x" }, true],
    [{ " ANSWERS ": {} }, true],
    [{ period: "2025" }, true],
    [{ name: "ci", on: ["push"], jobs: {} }, false],
    [{ version: "3", services: {} }, false],
    [["rubric"], false],
    ["rubric", false],
    [null, false],
    [Object.create(null) as object, false],
  ])("%j → %s", (data, expected) => {
    expect(looksLikeAgencyFile(data)).toBe(expected);
  });
});
