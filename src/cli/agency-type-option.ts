import type { Rubric } from "../core/rubric.js";
import { loadRubric } from "../load/load-rubric.js";
import { bundledRubricFiles } from "../load/registry.js";
import { UsageError } from "./errors.js";

/**
 * `-t TYPE` must be a type of the rubric in use; a type of another bundled rubric names it (a commune
 * officer who forgot --rubric dti-cap-xa).
 */
export function requireAgencyType(rubric: Rubric, type: string | undefined): void {
  if (type === undefined || rubric.agency_types.some((t) => t.id === type)) return;
  const elsewhere = bundledWithType(type);
  throw new UsageError(elsewhere ? "assess-unknown-type-elsewhere" : "assess-unknown-type", { type, types: rubric.agency_types.map((t) => t.id).join(", "), rubric: `${rubric.id} ${rubric.version}`, ...(elsewhere ? { other: elsewhere } : {}) });
}

/** The id of a bundled rubric that declares this agency type. */
function bundledWithType(type: string): string | undefined {
  for (const file of bundledRubricFiles()) {
    const outcome = loadRubric(file);
    if (outcome.ok && outcome.loaded.rubric.agency_types.some((t) => t.id === type)) return outcome.loaded.rubric.id;
  }
  return undefined;
}
