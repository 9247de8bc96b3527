import { namesNoRubricValue } from "../core/check-agency.js";
import type { LoadedRubric } from "./load-rubric.js";
import { agencyIssues, validateAgency, type AgencyOutcome, type ParsedAgency } from "./load-agency.js";
import { locateIssue, type LocatedDiagnostic } from "./located.js";
import { TOP_KEYS } from "./plain-valid.js";
import { rubricLine, rubricLineFor, rubricMissing } from "./rubric-line.js";
import { bundledIdsWithType, bundledVersion } from "./registry.js";
import { typesNamed } from "../core/type-words.js";

/**
 * The file has an empty `rubric` key (`rubric:`, `rubric: ""`, `rubric: {}`), or none at all: it names no rubric
 * (not another one, called ""). A key misspelt (`rubic:`, `Rubric:`) names one: the checks say "did you mean
 * rubric?", and the file is checked as written.
 */
export function namesNoRubric(data: Record<string, unknown>, loaded: LoadedRubric): boolean {
  if (Object.hasOwn(data, "rubric")) return namesNoRubricValue(data.rubric);
  // Only an unknown key can be the misspelt one; the checks then decide, as their "did you mean" does.
  if (Object.keys(data).every((key) => TOP_KEYS.has(key))) return true;
  return agencyIssues(data, loaded).issues.some(rubricMissing);
}

/**
 * Validate an agency file against the rubric the collector gave with --rubric. A file that names no rubric is
 * read as answering it, with a warning that says so and gives the line to add: the collector named the rubric,
 * so nothing is guessed. Without --rubric such a file stays an error (its hint gives the same line): a batch is
 * not scored against a rubric nobody named. A file that names another rubric is refused, as validateAgency does,
 * its finding saying how to score it with its own.
 */
export function validateWithGivenRubric(agency: ParsedAgency, loaded: LoadedRubric): AgencyOutcome {
  if (!namesNoRubric(agency.data, loaded)) {
    const outcome = validateAgency(agency, loaded);
    return outcome.ok ? outcome : { ok: false, diagnostics: outcome.diagnostics.map(ownRubricHint) };
  }
  const own = rubricOfOtherType(agency.data, loaded);
  if (own) {
    const params = { field: "rubric", fields: '"rubric"', count: 1, hint_rubric_line: rubricLineFor(own.id, own.version), rubric_option: "none", hint_type_rubric: own.id, type: own.type, option_rubric: loaded.rubric.id };
    return { ok: false, diagnostics: [locateIssue({ code: "missing-field", path: [], params }, agency.parsed, agency.file, agency.text)] };
  }
  const named = { ...agency.data, rubric: { id: loaded.rubric.id, version: loaded.rubric.version } };
  const outcome = validateAgency({ ...agency, data: named }, loaded);
  const params = { rubric: loaded.rubric.id, version: loaded.rubric.version, hint_rubric_line: rubricLine(loaded) };
  // At an empty `rubric:` key, the line to fill in; with no key, at the file's first key.
  const path = Object.hasOwn(agency.data, "rubric") ? ["rubric"] : [];
  const warning = locateIssue({ code: "rubric-from-option", path, atKey: path.length > 0, params, severity: "warning" }, agency.parsed, agency.file, agency.text);
  return outcome.ok ? { ...outcome, warnings: [warning, ...outcome.warnings] } : { ok: false, diagnostics: [warning, ...outcome.diagnostics] };
}

/**
 * A file naming another rubric than --rubric's (a commune's file in a folder of departments' scored with
 * `--rubric dti-cap-so`) most often answers the rubric it names: its finding says to score it with that one,
 * not "expected: dti-cap-so", which told the collector, or the officer the finding is sent to, to write the
 * option's rubric into a file whose answers are another rubric's.
 */
function ownRubricHint(d: LocatedDiagnostic): LocatedDiagnostic {
  return d.code === "rubric-mismatch" ? { ...d, params: { ...withoutRubricToWrite(d.params), hint_named_rubric: String(d.params.found) } } : d;
}

/** A rubric-mismatch's params without its "expected:" line, where the rubric in use came from an option, not the file. */
export function withoutRubricToWrite<P extends Record<string, unknown>>(params: P): Omit<P, "expected_key" | "values"> {
  const { expected_key: _key, values: _values, ...rest } = params;
  return rest;
}

/**
 * The bundled rubric a file that names no rubric is likely for, where --rubric's rubric lacks its agency type and one
 * bundled rubric has it (a commune's file, its rubric line deleted, among departments' scored with --rubric
 * dti-cap-so): read as answering --rubric's it got a finding for each answer (74) and the department rubric's line to
 * add. It gets the one finding it gets without --rubric, the line of its own rubric.
 */
function rubricOfOtherType(data: Record<string, unknown>, loaded: LoadedRubric): { id: string; version: string; type: string } | undefined {
  const agency = data.agency;
  const type = typeof agency === "object" && agency !== null ? (agency as { type?: unknown }).type : undefined;
  if (typeof type !== "string" || typesNamed(loaded.rubric.agency_types, type).length > 0) return undefined;
  const ids = bundledIdsWithType(type).filter((id) => id !== loaded.rubric.id);
  const version = ids.length === 1 ? bundledVersion(ids[0]!) : undefined;
  return version === undefined ? undefined : { id: ids[0]!, version, type };
}
