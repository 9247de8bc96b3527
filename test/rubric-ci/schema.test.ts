import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { agencyEditorSchema } from "../../src/assess/editor-schema.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { runCli } from "../helpers/run-cli.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const compile = (schema: object) => { const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false }); addFormats(ajv); return ajv.compile(schema); };

describe("schema report|rubric|agency", () => {
  it("schema report prints schemas/report.schema.json, which real score reports satisfy", async () => {
    const r = await runCli(["schema", "report"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema).toEqual(JSON.parse(readFileSync("schemas/report.schema.json", "utf8")));
    const validate = compile(schema);
    const report = JSON.parse((await runCli(["score", "examples", "rubrics/fixtures/dti-cap-xa/zero-denominators.yaml", "--format", "json"])).stdout);
    expect(report.not_scored.length).toBeGreaterThan(0);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("schema rubric is the rubric format, and accepts the bundled rubrics", async () => {
    const r = await runCli(["schema", "rubric"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema).toEqual(JSON.parse(readFileSync("schemas/rubric.schema.json", "utf8")));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const id of ["dti-cap-so", "dti-cap-xa", "un-losi-2022"]) {
      const parsed = parseYaml(readFileSync(`rubrics/${id}.yaml`, "utf8"));
      expect(parsed.ok && validate(parsed.parsed.data), id).toBe(true);
    }
    expect(validate({ id: "x" })).toBe(false);
  });

  it("schema agency is the schema init writes for editors, for any rubric", async () => {
    for (const id of ["dti-cap-so", "un-losi-2022"]) {
      const r = await runCli(["schema", "agency", "--rubric", id]);
      const loaded = loadRubric(`rubrics/${id}.yaml`);
      if (!loaded.ok) throw new Error(id);
      expect(r.stdout).toBe(JSON.stringify(agencyEditorSchema(loaded.loaded.rubric), null, 2) + "\n");
    }
    expect((await runCli(["schema", "agency", "--rubric", "no-such"])).code).toBe(2);
  });
});
