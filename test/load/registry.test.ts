import { describe, expect, it } from "vitest";
import { bundledIdForFile, DEFAULT_RUBRIC_ID } from "../../src/load/registry.js";

describe("bundledIdForFile: the bundled rubric a file that names none is checked against", () => {
  it.each([
    [{ agency: { type: "commune" } }, "dti-cap-xa"],
    [{ agency: { type: "ward" } }, "dti-cap-xa"],
    [{ agency: { type: "city" } }, "un-losi-2022"],
    [{ agency: { type: "department" } }, DEFAULT_RUBRIC_ID],
    // No type, or one no bundled rubric has: the default, whose check then says what is wrong.
    [{ agency: { type: "huyen" } }, DEFAULT_RUBRIC_ID],
    [{ agency: { name: "UBND xã A" } }, DEFAULT_RUBRIC_ID],
    [{ agency: "UBND xã A" }, DEFAULT_RUBRIC_ID],
    [{}, DEFAULT_RUBRIC_ID],
    [null, DEFAULT_RUBRIC_ID],
  ])("%j → %s", (data, id) => {
    expect(bundledIdForFile(data)).toBe(id);
  });
});
