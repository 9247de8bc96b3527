import type { LoadedRubric } from "./load-rubric.js";
import { validateAgency, type AgencyOutcome, type ParsedAgency } from "./load-agency.js";
import { locateIssue } from "./located.js";
import { rubricLine } from "./rubric-line.js";

/** The file has no `rubric` key, or one left empty: it names no rubric at all (not another one). */
export function namesNoRubric(data: Record<string, unknown>): boolean {
  return !Object.hasOwn(data, "rubric") || data.rubric === null;
}

/**
 * Validate an agency file against the rubric the collector gave with --rubric. A file that names no rubric is
 * read as answering it, with a warning that says so and gives the line to add: the collector named the rubric,
 * so nothing is guessed. Without --rubric such a file stays an error (its hint gives the same line): a batch is
 * not scored against a rubric nobody named. A file that names another rubric is checked as validateAgency does.
 */
export function validateWithGivenRubric(agency: ParsedAgency, loaded: LoadedRubric): AgencyOutcome {
  if (!namesNoRubric(agency.data)) return validateAgency(agency, loaded);
  const named = { ...agency.data, rubric: { id: loaded.rubric.id, version: loaded.rubric.version } };
  const outcome = validateAgency({ ...agency, data: named }, loaded);
  const params = { rubric: loaded.rubric.id, version: loaded.rubric.version, hint_rubric_line: rubricLine(loaded) };
  const warning = locateIssue({ code: "rubric-from-option", path: [], params, severity: "warning" }, agency.parsed, agency.file, agency.text);
  return outcome.ok ? { ...outcome, warnings: [warning, ...outcome.warnings] } : { ok: false, diagnostics: [warning, ...outcome.diagnostics] };
}
