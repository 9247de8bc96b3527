import { validateAgency, type AgencyOutcome, type ParsedAgency } from "../load/load-agency.js";
import type { LoadedRubric } from "../load/load-rubric.js";

/**
 * Validate an agency file against a rubric as if the file named that rubric's version. The file must
 * still name the rubric's id (unless `data` says otherwise). Fixtures and corpora are scored against
 * versions they were not written for (that is the point of `rubric test` after an edit and of
 * `rubric impact`), so a version mismatch there is expected, not a mistake.
 */
export function validateAsVersion(agency: ParsedAgency, loaded: LoadedRubric, data: Record<string, unknown> = agency.data): AgencyOutcome {
  const ref = data.rubric;
  const sameId = typeof ref === "object" && ref !== null && !Array.isArray(ref) && (ref as Record<string, unknown>).id === loaded.rubric.id;
  const named = sameId ? { ...data, rubric: { ...(ref as object), version: loaded.rubric.version } } : data;
  return validateAgency({ ...agency, data: named }, loaded);
}
