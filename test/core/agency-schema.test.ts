import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { addFormats } from "../../src/load/lazy.js";
import jsyaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { agencySchema, agencyValidatorSchema, TEXT_MAX } from "../../src/core/agency-schema.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFiles } from "../../src/load/registry.js";
import { agencySources, mutants } from "../helpers/agency-corpus.js";
import { agency, miniRubric, t } from "../helpers/mini-rubric.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-agency-schema-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sources = agencySources(dir);
const documents = [...sources, ...sources.filter((s) => !s.file.includes("fixtures")).slice(0, 12).flatMap((s) => mutants(s.text).map((text) => ({ ...s, text })))]
  .flatMap(({ text }) => { try { return [jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA })]; } catch { return []; } });

/** Both schemas compiled as the validator compiles them. */
function compiled(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, strictTuples: false, inlineRefs: false });
  addFormats()(ajv);
  const { $id: _id, ...rest } = schema;
  return ajv.compile(rest);
}

describe("agencyValidatorSchema (answers split into $defs so V8 can optimise the validator)", () => {
  it.each(bundledRubricFiles().map((f) => [path.basename(f), f] as const))("%s: same verdict and errors as the published schema", (_name, file) => {
    const outcome = loadRubric(file);
    if (!outcome.ok) throw new Error(`${file} does not load`);
    const published = compiled(agencySchema(outcome.loaded.rubric));
    const split = compiled(agencyValidatorSchema(outcome.loaded.rubric));
    const errors = (validate: typeof split) => (validate.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, params: e.params, message: e.message }));
    let invalid = 0;
    for (const data of documents) {
      const verdict = published(data);
      expect(split(data)).toBe(verdict);
      expect(errors(split)).toEqual(errors(published));
      if (!verdict) invalid++;
    }
    expect(invalid).toBeGreaterThan(50);
  });

  it("leaves the published schema as editors see it: answers inline, with the rubric's $id", () => {
    const outcome = loadRubric(bundledRubricFiles()[0]!);
    if (!outcome.ok) throw new Error("the first bundled rubric does not load");
    const published = agencySchema(outcome.loaded.rubric) as { $id?: string; properties: { answers: { properties: Record<string, { $ref?: string }> } } };
    expect(published.$id).toBeDefined();
    expect(Object.values(published.properties.answers.properties).some((p) => p.$ref !== undefined)).toBe(false);
  });
});

describe("agencySchema, its $id", () => {
  it.each([["1#frag"], ["2025 bản 2"], ["../x?y"], ["2025.1"]])("is a valid schema id, whatever the rubric's version holds: %s", (version) => {
    const schema = agencySchema(miniRubric({ version }));
    const ajv = new Ajv2020({ strictTypes: false, strictTuples: false });
    addFormats()(ajv);
    // As published (with its $id): a # or a space in the version made every JSON Schema tool refuse the whole schema.
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(decodeURIComponent(String(schema.$id))).toContain(`/${version}.json`);
  });
});

describe("agencySchema, fractions", () => {
  const fraction = (integer: boolean) => compiled({
    ...agencySchema({ ...miniRubric({ groups: [{ code: "1", title: t("Một"), max: 10, items: [{ code: "1.1", title: t("a"), max: 10, input: { type: "fraction", numerator: t("a"), denominator: t("b"), ...(integer ? { integer } : {}) }, rule: { type: "ratio" } }] }] }) }),
  });
  const answer = (a: number, b: number) => agency({ "1.1": { value: { a, b } } });

  it.each([[1, 2, true, true], [1.5, 2, false, true], [1, 2.5, false, true], [0, 0, true, true], [-1, 2, false, false]])(
    "{a: %s, b: %s}: whole-number fraction %s, any fraction %s",
    (a, b, whole, any) => {
      expect([fraction(true)(answer(a, b)), fraction(false)(answer(a, b))]).toEqual([whole, any]);
    },
  );
});

// A 1 MB text answer was valid where the rubric set no max_length, and copied whole into the reports.
describe("a text answer", () => {
  it("is at most TEXT_MAX characters where the rubric sets no max_length", () => {
    const validate = compiled(agencySchema(miniRubric()));
    const file = (value: string) => agency({ "2.3": { value } });
    expect(validate(file("x".repeat(TEXT_MAX)))).toBe(true);
    expect(validate(file("x".repeat(TEXT_MAX + 1)))).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: "/answers/2.3/value", keyword: "maxLength", params: { limit: TEXT_MAX } }));
  });
});
