import { describe, expect, it } from "vitest";
import { agencyTemplate, schemaFileName } from "../../src/assess/template.js";
import { miniRubric } from "../helpers/mini-rubric.js";

describe("init's template from a rubric's data", () => {
  it("names the schema file inside the output folder whatever the rubric's id and version hold", () => {
    expect(schemaFileName(miniRubric())).toBe("mini-1.agency.schema.json");
    for (const version of ["/../../../out/PWNED", "..\\\\..\\\\x", "1\nagency: evil", ".hidden"]) {
      const name = schemaFileName(miniRubric({ version }));
      expect(name, version).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*\.agency\.schema\.json$/);
      expect(name).not.toContain("..");
    }
  });

  it("keeps a version with a line break on its comment line", () => {
    const text = agencyTemplate(miniRubric({ version: "1\nagency: evil" }), "en", { file: "x.yaml" });
    expect(text.split("\n").some((l) => l.startsWith("agency: evil"))).toBe(false);
  });
});
