import { agencySchema } from "../../core/agency-schema.js";
import { rubricSchema } from "../../load/validator.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";

export async function agency(ctx: Context, spec: string): Promise<number> {
  const outcome = rubricOption(spec)!;
  if (!outcome.ok) { reportUnusableRubric(ctx, outcome.file, outcome.diagnostics); return EXIT.usage; }
  ctx.io.stdout(JSON.stringify(agencySchema(outcome.loaded.rubric), null, 2) + "\n");
  return EXIT.ok;
}

export async function rubricFormat(ctx: Context): Promise<number> {
  ctx.io.stdout(JSON.stringify(rubricSchema(), null, 2) + "\n");
  return EXIT.ok;
}
