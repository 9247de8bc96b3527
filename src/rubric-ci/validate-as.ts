import { validateAgency, type AgencyOutcome, type ParsedAgency } from "../load/load-agency.js";
import type { LoadedRubric } from "../load/load-rubric.js";
import type { LocatedDiagnostic } from "../load/located.js";

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
  return withoutRubricOption(validateAgency({ ...agency, data: named }, loaded));
}

/**
 * `rubric test` and `rubric impact` have no --rubric (the rubric is their argument): a file that names no rubric
 * is told the line to add, not also "or name the rubric with --rubric".
 */
function withoutRubricOption(outcome: AgencyOutcome): AgencyOutcome {
  const mark = (d: LocatedDiagnostic) => (d.params.hint_rubric_line === undefined ? d : { ...d, params: { ...d.params, rubric_option: "none" } });
  return outcome.ok ? { ...outcome, warnings: outcome.warnings.map(mark) } : { ok: false, diagnostics: outcome.diagnostics.map(mark) };
}
