import { existsSync, readFileSync } from "node:fs";
import type { ValidateFunction } from "ajv";
import type { Rubric } from "../core/rubric.js";
import { codeCacheFor, loadCommonJs } from "./code-cache.js";
import { packagePath } from "./package-path.js";

/**
 * What the build precompiled for the bundled rubrics (scripts/precompile.mjs), keyed by the sha256 of a
 * rubric file's bytes. Used only by the built command: sources run by the tests always take the normal
 * path, so a stale build can never hide a change.
 */
const enabled = import.meta.url.includes("/dist/");
const dir = packagePath("dist", "precompiled");

export function precompiledRubric(sha256: string): Rubric | undefined {
  const file = `${dir}/${sha256}.rubric.json`;
  return enabled && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Rubric) : undefined;
}

export function precompiledAgencyValidator(sha256: string): ValidateFunction | undefined {
  const file = `${dir}/${sha256}.agency.cjs`;
  if (!enabled || !existsSync(file)) return undefined;
  const source = readFileSync(file, "utf8");
  return validatorOf(loadCommonJs(file, source, codeCacheFor(file, source)).exports);
}

export function validatorOf(exports: unknown): ValidateFunction {
  return (typeof exports === "function" ? exports : (exports as { default: ValidateFunction }).default) as ValidateFunction;
}
