import { describe, expect, it } from "vitest";
import { withLangOption } from "../../src/load/shell-word.js";

describe("withLangOption", () => {
  it("puts the --lang given in each command suggested, and leaves the tool's name in prose alone", () => {
    expect(withLangOption("Resume with: egov-score assess a.yaml\nCheck: egov-score validate a.yaml · egov-score rubric list", "en"))
      .toBe("Resume with: egov-score --lang en assess a.yaml\nCheck: egov-score --lang en validate a.yaml · egov-score --lang en rubric list");
    expect(withLangOption("it was changed outside egov-score and cannot be used; egov-score reads it as 2025", "en")).toBe("it was changed outside egov-score and cannot be used; egov-score reads it as 2025");
  });

  it("leaves the user's texts it is given as they are, though they hold one of our commands", () => {
    const file = "/tmp/egov-score score/a.yaml";
    expect(withLangOption(`${file}:3:1 error; check with egov-score validate "${file}"`, "en", [file]))
      .toBe(`${file}:3:1 error; check with egov-score --lang en validate "${file}"`);
  });

  it("without a --lang given, the text as it is", () => {
    expect(withLangOption("Tiếp tục: egov-score assess a.yaml", undefined)).toBe("Tiếp tục: egov-score assess a.yaml");
  });
});
