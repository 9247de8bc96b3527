import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";

/**
 * official-without-legal-basis: `fidelity: official` says the rubric transcribes a decision, and `legal_basis` is
 * where that decision is named (rubric-format.md); left empty, the scores it gives rest on nothing a reader can
 * check. An adapted or illustrative rubric may leave it empty (the bundled DTI rubrics leave it to the province).
 */
export function checkLegalBasis(rubric: Rubric): Issue[] {
  if (rubric.provenance.fidelity !== "official" || rubric.legal_basis.length > 0) return [];
  return [{ code: "official-without-legal-basis", severity: "warning", path: ["legal_basis"], params: { id: rubric.id } }];
}
