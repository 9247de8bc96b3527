import { describe, expect, it } from "vitest";
import { agencySchema } from "../../src/core/agency-schema.js";
import { keysAt, lazySchemaHints, maximumAt } from "../../src/load/schema-keys.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { rubricSchema } from "../../src/load/validator.js";

const outcome = loadRubric("rubrics/dti-cap-so.yaml");
if (!outcome.ok) throw new Error("the default rubric does not load");
const agency = agencySchema(outcome.loaded.rubric);

describe("keysAt", () => {
  it.each([
    ["the top of an agency file", [], ["rubric", "agency", "period", "answers", "submitted"]],
    ["an answer (the keys of its else branch)", ["answers", "1.1"], ["value", "na", "reason", "evidence", "note", "flag", "verified"]],
    ["an evidence item (through items and a $ref)", ["answers", "1.1", "evidence", "0"], ["number", "date", "title", "link", "issuer"]],
    ["a verified value", ["answers", "1.1", "verified"], ["value", "na", "reason", "by", "date"]],
  ])("%s", (_, path, expected) => {
    expect(keysAt(agency, path)).toEqual(expect.arrayContaining(expected));
  });

  describe("given the document, the keys of the branch it is in", () => {
    const input = (value: Record<string, unknown>) => ({ groups: [{ items: [{ input: value }] }] });
    const at = ["groups", "0", "items", "0", "input"];
    it.each([
      ["a count input", { type: "count", min: 3 }, ["type", "unit", "max"]],
      ["a number input", { type: "number", mn: 3 }, ["type", "unit", "min", "max", "integer"]],
      ["a level input", { type: "level", max: 5 }, ["type", "min", "max", "labels"]],
      ["a parts input", { type: "parts", fields: [] }, ["type", "fields"]],
    ])("%s", (_, value, keys) => {
      expect(keysAt(rubricSchema(), at, input(value)).sort()).toEqual([...keys].sort());
    });

    it("every branch when the data cannot tell (no type, or no document)", () => {
      const all = keysAt(rubricSchema(), at).sort();
      expect(all).toEqual(expect.arrayContaining(["unit", "min", "options", "numerator", "min_length"]));
      // No type: not a parts input (its `if` requires the type), any other type's keys.
      expect(keysAt(rubricSchema(), at, input({ unit: "x" })).sort()).toEqual(all.filter((k) => k !== "fields"));
    });

    it("a test it cannot read takes both branches", () => {
      const schema = { if: { properties: { n: { minimum: 3 } } }, then: { properties: { a: {} } }, else: { properties: { b: {} } } };
      expect(keysAt(schema, [], { n: 5 }).sort()).toEqual(["a", "b"]);
      const plain = { if: { properties: { t: { const: "x" } }, required: ["t"] }, then: { properties: { a: {} } }, else: { properties: { b: {} } } };
      expect(keysAt(plain, [], { t: "x" })).toEqual(["a"]);
      expect(keysAt(plain, [], { t: "y" })).toEqual(["b"]);
      expect(keysAt(plain, [], {})).toEqual(["b"]); // required and absent
      const deep = { if: { properties: { t: { const: { a: 1 } } } }, then: { properties: { a: {} } }, else: { properties: { b: {} } } };
      expect(keysAt(deep, [], { t: { a: 1 } }).sort()).toEqual(["a", "b"]); // equal by content: not told by ===
      const deepEnum = { if: { properties: { t: { enum: [[1]] } } }, then: { properties: { a: {} } }, else: { properties: { b: {} } } };
      expect(keysAt(deepEnum, [], { t: [1] }).sort()).toEqual(["a", "b"]);
    });
  });

  it("knows nothing where the schema has no such place", () => {
    expect(keysAt(agency, ["no-such-key", "x"])).toEqual([]);
    expect(keysAt({ $ref: "#/$defs/a", $defs: { a: { $ref: "#/$defs/a" } } }, [])).toEqual([]);
    expect(keysAt({ $ref: "https://elsewhere.example/x.json" }, [])).toEqual([]);
    expect(keysAt(JSON.parse('{"properties":{"__proto__":{"properties":{"x":{}}}}}'), ["__proto__"])).toEqual(["x"]);
    expect(keysAt({ properties: { a: {} } }, ["constructor"])).toEqual([]);
  });

  it("reads a rubric's keys from the rubric schema, made once when first asked", () => {
    let made = 0;
    const hints = lazySchemaHints(() => { made++; return rubricSchema(); });
    expect(hints.keysAt([])).toEqual(expect.arrayContaining(["id", "version", "groups"]));
    hints.keysAt(["groups"]);
    expect(made).toBe(1);
  });

  it("maximumAt: where a value is a share from 0 to 1", () => {
    const schema = rubricSchema();
    const option = ["groups", "0", "items", "0", "input", "options", "0", "fraction"];
    expect(maximumAt(schema, option)).toBe(1);
    expect(maximumAt(schema, ["scale"])).not.toBe(1);
  });
});
