import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { agencyValidatorSchema } from "../core/agency-schema.js";
import type { Rubric } from "../core/rubric.js";
import { addFormats, ajv2020 } from "./lazy.js";
import { packagePath } from "./package-path.js";
import { precompiledAgencyValidator } from "./precompiled.js";

let ajv: Ajv2020 | undefined;
let rubricValidator: ValidateFunction | undefined;
const agencyValidators = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    // Coercion stays off: it would hide 1.000 → 1 style mistakes instead of reporting them. Shared
    // definitions stay functions (inlineRefs: false): a quarter less code to load, and as fast to run. Own
    // properties only: an answer code a rubric may have (constructor, toString) was otherwise read off the prototype.
    ajv = new (ajv2020().Ajv2020)({ allErrors: true, strictTypes: false, strictTuples: false, inlineRefs: false, ownProperties: true });
    addFormats()(ajv);
  }
  return ajv;
}

export function rubricSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath("schemas", "rubric.schema.json"), "utf8")) as Record<string, unknown>;
}

/** The rubric validator, compiled once per process. */
export function validateRubricData(data: unknown): ErrorObject[] {
  rubricValidator ??= instance().compile(rubricSchema());
  return rubricValidator(data) ? [] : [...(rubricValidator.errors ?? [])];
}

/** The agency validator of a rubric: precompiled at build time for bundled rubrics, else compiled once per process. */
export function validateAgencyData(rubric: Rubric, key: string, data: unknown, sha256?: string): ErrorObject[] {
  let validate = agencyValidators.get(key);
  if (!validate) {
    validate = (sha256 ? precompiledAgencyValidator(sha256) : undefined) ?? compileAgencyValidator(rubric);
    agencyValidators.set(key, validate);
  }
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

function compileAgencyValidator(rubric: Rubric): ValidateFunction {
  return instance().compile(agencyValidatorSchema(rubric));
}
