import type { AgencyFile } from "../core/agency.js";
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
  // The compiled agency schema is registered under the rubric's id and version; two contents of one
  // version (a rubric edited without a version bump, as in most pull requests) must not share it.
  const version = `${loaded.rubric.version}+sha256.${loaded.sha256.slice(0, 16)}`;
  const distinct: LoadedRubric = { ...loaded, rubric: { ...loaded.rubric, version } };
  const named = sameId ? { ...data, rubric: { ...(ref as object), version } } : data;
  const outcome = validateAgency({ ...agency, data: named }, distinct);
  if (!outcome.ok) return outcome;
  const agencyFile: AgencyFile = { ...outcome.agency, rubric: { ...outcome.agency.rubric, version: loaded.rubric.version } };
  return { ...outcome, agency: agencyFile };
}
