// Build step (after tsc): precompile what every run would otherwise redo, for the bundled rubrics.
// For each rubric, keyed by the sha256 of its bytes: the checked rubric model (JSON) and the agency
// validator as standalone ajv code. dist/load uses them only when the running rubric file has that
// sha256, so an edited rubric simply takes the normal path. Only the built command (dist/) reads them.
// Beside each validator, V8's code cache of it (made after a warm-up run, so that the functions a run
// calls are in it): loading the validator then costs 15–20 ms instead of 60–85.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = path.join(root, "dist", "precompiled");
const { loadRubric } = await import(pathToFileURL(path.join(root, "dist/load/load-rubric.js")).href);
const { bundledRubricFiles } = await import(pathToFileURL(path.join(root, "dist/load/registry.js")).href);
const { agencyValidatorSchema } = await import(pathToFileURL(path.join(root, "dist/core/agency-schema.js")).href);
const { allIndicators } = await import(pathToFileURL(path.join(root, "dist/core/codes.js")).href);
const { codeCacheBytes, codeCacheFile, loadCommonJs } = await import(pathToFileURL(path.join(root, "dist/load/code-cache.js")).href);
const { validatorOf } = await import(pathToFileURL(path.join(root, "dist/load/precompiled.js")).href);

/** Agencies that make the validator call each indicator's function: every code answered, with evidence and a verified value. */
function warmUpAgencies(rubric) {
  const answers = (value) => Object.fromEntries(allIndicators(rubric).map((i) => [i.code, { value, evidence: [{ title: "x" }], verified: { value } }]));
  return [{}, { rubric: { id: rubric.id, version: rubric.version }, agency: { id: "x" }, answers: answers(1) }, { answers: answers({}) }, { answers: answers("x") }];
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const ajv = new Ajv2020({ allErrors: true, strictTypes: false, strictTuples: false, inlineRefs: false, ownProperties: true, code: { source: true } }); // as src/load/validator.ts
(addFormats.default ?? addFormats)(ajv);
for (const file of bundledRubricFiles()) {
  const outcome = loadRubric(file);
  if (!outcome.ok) { console.error(`precompile: ${file} does not load; skipped`); continue; }
  const { rubric, sha256 } = outcome.loaded;
  writeFileSync(path.join(out, `${sha256}.rubric.json`), JSON.stringify(rubric));
  const validate = ajv.compile(agencyValidatorSchema(rubric));
  const validatorFile = path.join(out, `${sha256}.agency.cjs`);
  const source = standaloneCode(ajv, validate);
  writeFileSync(validatorFile, source);
  const { exports, script } = loadCommonJs(validatorFile, source);
  for (const agency of warmUpAgencies(rubric)) validatorOf(exports)(agency);
  writeFileSync(codeCacheFile(validatorFile), codeCacheBytes(source, script.createCachedData()));
}
