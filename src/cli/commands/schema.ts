import { readFileSync } from "node:fs";
import { agencyEditorSchema } from "../../assess/editor-schema.js";
import { packagePath } from "../../load/package-path.js";
import { rubricSchema } from "../../load/validator.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { emit, type OutputOptions } from "../text-output.js";
import { jsonText } from "../../report/json-bidi.js";

/** The agency-file schema of a rubric, as editors read it (agencyEditorSchema): the same JSON that `init` writes next to a new file. */
export async function agency(ctx: Context, spec: string, opts: OutputOptions = {}): Promise<number> {
  const outcome = rubricOption(spec)!;
  if (!outcome.ok) { reportUnusableRubric(ctx, outcome.file, outcome.diagnostics); return EXIT.usage; }
  await emit(ctx, jsonText(agencyEditorSchema(outcome.loaded.rubric)), opts, "stdout", "json", [outcome.loaded.file]);
  return EXIT.ok;
}

export async function rubricFormat(ctx: Context, opts: OutputOptions = {}): Promise<number> {
  await emit(ctx, JSON.stringify(rubricSchema(), null, 2) + "\n", opts, "stdout", "json", []);
  return EXIT.ok;
}

/** The schema of `score --format json` reports (schemas/report.schema.json, documented in docs/report-format.md). */
export async function report(ctx: Context, opts: OutputOptions = {}): Promise<number> {
  const file = packagePath("schemas", "report.schema.json");
  await emit(ctx, JSON.stringify(JSON.parse(readFileSync(file, "utf8")), null, 2) + "\n", opts, "stdout", "json", [file]);
  return EXIT.ok;
}
