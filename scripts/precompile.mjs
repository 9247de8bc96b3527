// Build step (after tsc): precompile what every run would otherwise redo, for the bundled rubrics.
// For each rubric, keyed by the sha256 of its bytes: the checked rubric model (JSON) and the agency
// validator as standalone ajv code. dist/load uses them only when the running rubric file has that
// sha256, so an edited rubric simply takes the normal path. Only the built command (dist/) reads them.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = path.join(root, "dist", "precompiled");
const { loadRubric } = await import(path.join(root, "dist/load/load-rubric.js"));
const { bundledRubricFiles } = await import(path.join(root, "dist/load/registry.js"));
const { agencySchema } = await import(path.join(root, "dist/core/agency-schema.js"));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const ajv = new Ajv2020({ allErrors: true, strictTypes: false, strictTuples: false, inlineRefs: false, code: { source: true } });
(addFormats.default ?? addFormats)(ajv);
for (const file of bundledRubricFiles()) {
  const outcome = loadRubric(file);
  if (!outcome.ok) { console.error(`precompile: ${file} does not load; skipped`); continue; }
  const { rubric, sha256 } = outcome.loaded;
  writeFileSync(path.join(out, `${sha256}.rubric.json`), JSON.stringify(rubric));
  const validate = ajv.compile(agencySchema(rubric));
  writeFileSync(path.join(out, `${sha256}.agency.cjs`), standaloneCode(ajv, validate));
}
