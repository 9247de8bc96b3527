import type { Rubric } from "../core/rubric.js";
import { bundledIdsWithType } from "../load/registry.js";
import { UsageError } from "./errors.js";

/**
 * `-t TYPE` must be a type of the rubric in use; a type of another bundled rubric names it (a commune
 * officer who named the department rubric, or whose file names it).
 */
export function requireAgencyType(rubric: Rubric, type: string | undefined): void {
  if (type === undefined || rubric.agency_types.some((t) => t.id === type)) return;
  const elsewhere = bundledIdsWithType(type)[0];
  throw new UsageError(elsewhere ? "assess-unknown-type-elsewhere" : "assess-unknown-type", { type, types: rubric.agency_types.map((t) => t.id).join(", "), rubric: `${rubric.id} ${rubric.version}`, ...(elsewhere ? { other: elsewhere } : {}) });
}
