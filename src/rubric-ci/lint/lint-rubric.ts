import { checkRubric } from "../../core/check-rubric.js";
import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { withoutAccepted, type Acceptance } from "./accepted.js";
import { checkBands } from "./bands.js";
import { checkCodeReferences, checkUnknownCodeReferences, withPreviousCodes } from "./code-references.js";
import { checkCodes } from "./codes.js";
import { checkDefinitions } from "./definitions.js";
import { checkHiddenCharacters } from "./hidden-characters.js";
import { checkInputs } from "./inputs.js";
import { checkLegalBasis } from "./legal-basis.js";
import { checkNaGuidance, checkNaGuidanceStale, checkNaPolicy } from "./na-policy.js";
import { checkPoints } from "./points.js";
import { checkQuotedSettings } from "./quoted-settings.js";
import { checkQuotedTexts } from "./quoted-texts.js";
import { checkReachability } from "./reachability.js";
import { checkStaleDates, checkStaleYears } from "./stale-year.js";
import { checkTranslations } from "./translations.js";
import { checkVersionBumped } from "./version-bump.js";
import { checkWeights } from "./weights.js";

/**
 * The semantic checks every command runs, then the lint rules: all findings about one schema-valid rubric, but the
 * warnings its `lint.accept` keeps on purpose. `previous`, the rubric's earlier version (`--previous`), adds what only a
 * comparison with it tells: texts still naming the codes the revision moved, guidance still saying the N/A policy it changed, a
 * change that kept the version.
 */
export function lintRubric(rubric: Rubric, previous?: Rubric): { issues: Issue[]; accepted: Acceptance[] } {
  const stale = previous ? checkCodeReferences(rubric, previous) : [];
  // A code the earlier version names the item it now has, or says removed: said once, by code-reference-stale.
  const staleAt = new Set(stale.map((i) => JSON.stringify([i.path, i.params.ref])));
  const unknownHere = checkUnknownCodeReferences(rubric).filter((i) => !staleAt.has(JSON.stringify([i.path, i.params.ref])));
  const unknown = previous ? withPreviousCodes(unknownHere, rubric, previous) : unknownHere;
  return withoutAccepted(rubric, [
    ...checkRubric(rubric),
    ...checkLegalBasis(rubric),
    ...checkQuotedSettings(rubric),
    ...checkCodes(rubric),
    ...checkTranslations(rubric),
    ...checkHiddenCharacters(rubric),
    ...checkQuotedTexts(rubric),
    ...checkStaleYears(rubric),
    ...checkStaleDates(rubric),
    ...stale,
    ...unknown,
    ...checkDefinitions(rubric),
    ...checkInputs(rubric),
    ...checkReachability(rubric),
    ...checkBands(rubric),
    ...checkWeights(rubric),
    ...checkPoints(rubric),
    ...checkNaPolicy(rubric),
    ...checkNaGuidance(rubric),
    ...(previous ? checkNaGuidanceStale(rubric, previous) : []),
    ...(previous ? checkVersionBumped(rubric, previous) : []),
  ]);
}
