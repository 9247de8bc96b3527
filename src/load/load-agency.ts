import { isUnanswered, notAgencyIssue, type AgencyFile, type Answer } from "../core/agency.js";
import { checkAgency, isBlankText, rubricMismatch, writtenFor } from "../core/check-agency.js";
import { holdsInvisible } from "../core/unicode.js";
import { allIndicators, indicatorApplies, indicatorByCode, naAllowed } from "../core/codes.js";
import { answersPercent, idForLabel, labelledAt, levelRangeAt, unitAt } from "../core/label-id.js";
import { agencySchema } from "../core/agency-schema.js";
import type { Issue } from "../core/issue.js";
import type { Indicator, Input, Rubric } from "../core/rubric.js";
import type { LoadedRubric } from "./load-rubric.js";
import { plainSourceMap, Unsure } from "./fast-source-map.js";
import { withRubricLineHint } from "./rubric-line.js";
import { locateIssue, withFrame, type LocatedDiagnostic } from "./located.js";
import { parseYaml, type SourcedData } from "./parse-yaml.js";
import { boundLists } from "./bound-lists.js";
import { DOUBLE_ENCODED, doubleEncodedIssue } from "./double-encoded.js";
import { legacyFontIssue } from "./legacy-font.js";
import { pathEscapeIssues } from "./path-escape.js";
import { citationInNumberIssues, withCitedFields } from "./evidence-citation.js";
import { doubtfulPart } from "./plain-valid.js";
import { doubtfulNumberSource, unambiguousDecimal } from "./number-source.js";
import { readText, STDIN_NAME } from "./read.js";
import { codeRange, schemaIssues, unknownIndicatorIssue, valueAt } from "./schema-issues.js";
import { withoutMisspeltConsequences } from "./misspelt-keys.js";
import { lazySchemaHints } from "./schema-keys.js";
import { quotedAt } from "./locate.js";
import { validateAgencyData } from "./validator.js";
import { firstFindings, firstFindingsPlaced } from "./first-findings.js";
import { moveTarget } from "./move-target.js";
import { bundledRubricOfType, showName } from "./registry.js";
import { assessCommand } from "./shell-word.js";

export interface ParsedAgency { file: string; text: string; parsed: SourcedData; data: Record<string, unknown> }
export type ParsedAgencyOutcome = { ok: true; agency: ParsedAgency } | { ok: false; file: string; diagnostics: LocatedDiagnostic[] };
export type AgencyOutcome = { ok: true; agency: AgencyFile; warnings: LocatedDiagnostic[] } | { ok: false; diagnostics: LocatedDiagnostic[] };

/** Read and parse an agency file (no rubric needed yet: the file names its rubric). */
export function parseAgencyFile(file: string, text?: string): ParsedAgencyOutcome {
  let source = text;
  if (source === undefined) {
    const read = readText(file);
    if (!read.ok) return { ok: false, file, diagnostics: read.diagnostics.map((d) => withFrame(d, file, undefined)) };
    source = read.text;
  }
  const parsed = parseYaml(source);
  if (!parsed.ok) return { ok: false, file, diagnostics: firstFindingsPlaced(parsed.diagnostics, file, source) };
  return { ok: true, agency: { file, text: source, parsed: parsed.parsed, data: parsed.parsed.data } };
}

/** The rubric id and version a parsed agency file names, if it names them. */
export function rubricRef(data: Record<string, unknown>): { id?: string; version?: string } {
  const ref = data.rubric;
  // Written as text (`rubric: dti-cap-xa`), it still names the rubric to check the file against; the schema says how to write it.
  // An empty one (`rubric: ""`, `{id: ""}`) names none: the default rubric is used, or --rubric, as for no line.
  // So does an empty version: "rubric x (version ) not found" showed a blank where "?" says none was given.
  if (typeof ref === "string") return isBlankText(ref) ? {} : { id: ref };
  if (typeof ref !== "object" || ref === null) return {};
  const { id, version } = ref as Record<string, unknown>;
  return { ...(typeof id === "string" && !isBlankText(id) ? { id } : {}), ...(typeof version === "string" && !isBlankText(version) ? { version } : {}) };
}

/** Validate a parsed agency file against a rubric: derived schema, then semantic and source-text checks. */
export function validateAgency(agency: ParsedAgency, loaded: LoadedRubric): AgencyOutcome {
  const byCode = indicatorByCode(loaded.rubric);
  const place = (i: Issue) => locateIssue(naming(i, byCode), agency.parsed, agency.file, agency.text);
  const checked = agencyIssues(agency.data, loaded, { quotedAt: (path) => quotedAt(agency.parsed.map, agency.text, path), source: () => sourceIssues(agency, loaded) });
  // A file for another rubric: everything else would be noise caused by that one mistake.
  if (checked.mismatch) return { ok: false, diagnostics: [place(withMoveCommand(checked.mismatch, agency.file, loaded))] };
  const { data, issues } = checked;
  movedHints(issues, loaded, data);
  // Garbled one way or the other, not both: a double-encoded text holds marks a legacy font's would too.
  const garbled = doubleEncodedIssue(agency.text, agency.data) ?? legacyFontIssue(agency.text, agency.data);
  if (garbled) issues.push(garbled);
  if (garbled?.code === "double-encoded") dropGarblingHyphens(issues, data);
  issues.push(...pathEscapeIssues(agency.text, agency.data, agency.parsed.map));
  const all = dedupe(issues).map(place).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  if (all.some((d) => d.severity === "error")) return { ok: false, diagnostics: firstFindings(all, agency.file) };
  return { ok: true, agency: data, warnings: firstFindings(all, agency.file) };
}


/**
 * A file of an earlier version: the assess command that moves it, to copy (its path and the rubric's, quoted as a
 * shell needs them), where "assess on this file with that rubric" left the officer to work it out. Standard input
 * is no file assess can move: the general words stay.
 */
function withMoveCommand(issue: Issue, file: string, loaded: LoadedRubric): Issue {
  if (issue.code !== "rubric-version-mismatch" || issue.params.hint_version === undefined || file === STDIN_NAME) return issue;
  return { ...issue, params: { ...issue.params, hint_command: assessCommand(file, showName(loaded)) } };
}

/**
 * In a double-encoded name a soft hyphen is no character pasted in but half of a letter ("í", bytes C3 AD, read
 * as "Ã" and U+00AD): its invisible-character warning told the collector to delete it, which would lose the
 * letter for good, where the double-encoded warning says to get the original file back. A name with another
 * invisible character keeps its warning.
 */
function dropGarblingHyphens(issues: Issue[], data: AgencyFile): void {
  const nameAt = (path: string[]): unknown => (path[0] === "agency" ? data.agency?.name : (data.respondent as { name?: unknown } | undefined)?.name);
  for (let i = issues.length - 1; i >= 0; i--) {
    const issue = issues[i]!;
    if (issue.code !== "invisible-character") continue;
    const name = nameAt(issue.path);
    if (typeof name === "string" && DOUBLE_ENCODED.test(name) && !holdsInvisible(name.replace(/\u00ad/g, ""))) issues.splice(i, 1);
  }
}

/** What the checks of the text add to those of the data: the quotes around a value, the figures as written. */
interface TextChecks { quotedAt?: (path: string[]) => boolean | undefined; source?: () => Issue[] }

/**
 * The findings of an agency's data before they are placed in a text: derived schema, then semantic checks (and
 * the text's own, where there is one). Without a text, a trial of where an answer may go (load/move-target.ts)
 * is checked as data: written as YAML and read back, it cost 0.65 ms a file, twice the batch's time at 10,000
 * files each with a re-coded answer.
 */
export function agencyIssues(raw: Record<string, unknown>, loaded: LoadedRubric, text: TextChecks = {}): { data: AgencyFile; issues: Issue[]; mismatch?: Issue } {
  const { rubric } = loaded;
  const byCode = indicatorByCode(rubric);
  const codes = allIndicators(rubric).map((i) => i.code);
  // Bounded first, so that a finding says how many answers the file has, not how many are in doubt.
  const bounded = boundLists(raw);
  const errors = validateAgencyData(rubric, `${rubric.id}@${rubric.version}@${loaded.sha256}`, doubtfulPart(rubric, bounded.data), loaded.sha256);
  const data = { ...raw } as unknown as AgencyFile;
  if (typeof (data.period as unknown) === "number") data.period = String(data.period);
  // No agency file at all (a rubric named in its place), or one for another rubric: everything else is noise.
  const mismatch = notAgencyIssue(raw) ?? rubricMismatch(rubric, data);
  if (mismatch) return { data, issues: [], mismatch };
  // Semantic checks run even when the schema failed (they tolerate odd shapes), so one pass shows every mistake.
  const issues = [...bounded.issues, ...schemaIssues(errors, raw, { rubric: rubric.id, showAs: () => showName(loaded), codes, fractions: fractionPaths(rubric), version: rubric.version, idForLabel: (path, t) => idForLabel(rubric, path, t), labelsAt: (path) => labelledAt(rubric, path), unitAt: (path) => unitAt(rubric, path), percentAt: (path) => answersPercent(rubric, path), levelAt: (path) => levelRangeAt(rubric, path), naAllowed: (code) => naAllowedFor(rubric, code), typeElsewhere: (type) => bundledRubricOfType(type, rubric.id), evidenceFields: (code) => byCode.get(code)?.evidence?.fields, quotedAt: text.quotedAt ?? (() => undefined), ...lazySchemaHints(() => agencySchema(rubric)) }), ...(text.source?.() ?? []), ...checkAgency(rubric, data), ...citationInNumberIssues(raw)];
  return { data, issues: withRubricLineHint(withoutMisspeltConsequences(withoutBlankRubricShape(withCitedFields(issues))), loaded) };
}

/**
 * Run a check that places its findings on a file the plain reader read, with that reader's positions (they
 * place a finding exactly where `yaml`'s would, or give up); undefined when one cannot be placed with
 * certainty: then parse with `yaml`, ten times slower.
 */
export function withPlainPositions<T>(file: string, text: string, data: Record<string, unknown>, check: (agency: ParsedAgency) => T): T | undefined {
  const map = plainSourceMap(text);
  if (!map) return undefined;
  try {
    return check({ file, text, parsed: { data, map }, data });
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
}

/**
 * A finding inside an answer names the indicator's title: the frame shows only its code ("5.4":), and an officer
 * editing by hand, or a file carried to a rubric whose codes moved, needs what the code stands for now.
 */
function naming(issue: Issue, byCode: ReadonlyMap<string, Indicator>): Issue {
  const [root, code] = issue.path;
  // At the answer's key the frame shows the code; a value line missing there is still to answer, its question named.
  if (root !== "answers" || code === undefined || (issue.path.length === 2 && issue.atKey && issue.code !== "value-line-missing")) return issue;
  const indicator = byCode.get(code);
  if (!indicator) return issue;
  return { ...issue, params: { ...issue.params, indicator: code, indicator_title_vi: indicator.title.vi, indicator_title_en: indicator.title.en } };
}

/**
 * An answer under a code the rubric lacks: "did you mean" names the code assess offers to move it to, the nearest
 * unanswered one that takes its value, where the nearest unanswered alone (1.4, a fraction, for a choice's id)
 * took the officer editing by hand where assess would not; the nearest stays where none takes it.
 */
function movedHints(issues: Issue[], loaded: LoadedRubric, data: AgencyFile): void {
  for (const [k, issue] of issues.entries()) if (issue.code === "unknown-indicator" && issue.path[0] === "answers") issues[k] = movedHint(issue, loaded, data);
}

function movedHint(issue: Issue, loaded: LoadedRubric, data: AgencyFile): Issue {
  if (issue.params.suggestion === undefined) return issue;
  const code = String(issue.params.code);
  const to = moveTarget(loaded, data, code, agencyIssues);
  if (to !== undefined) return to !== issue.params.suggestion ? { ...issue, params: { ...issue.params, suggestion: to } } : issue;
  // None takes the value: the nearest stays where the code is a slip of it (5.1O for 5.10: the key to mend, then
  // the value), but not one the agency's type is not asked (6.2.3, of a group that does not apply to vertical
  // agencies, offered to one): answered there, it is ignored with a warning.
  const type = data.agency?.type;
  const nearest = indicatorByCode(loaded.rubric).get(String(issue.params.suggestion));
  if (typeof type !== "string" || nearest === undefined) return issue;
  const asked = indicatorApplies(loaded.rubric, nearest, type);
  if (asked && writtenFor(code, nearest.code)) return issue;
  // With no code to suggest, the finding says what is expected instead, as for a code nothing is near. Nor one
  // whose answer it does not fit (a dropped yes/no's `true` beside a new percentage): "did you mean 1.7?" sent
  // the officer to a code assess then refused; it says so, and what assess does with such an answer.
  const { suggestion: _none, ...params } = issue.params;
  return { ...issue, params: { ...params, ...codeRange(answerCodes(loaded)), ...(asked ? { hint_no_fit: nearest.code } : {}) } };
}

/**
 * The finding validateAgency gives an answer under a code the rubric lacks, "did you mean" included, without the
 * rest of the check: `data`, the whole file as checked (the codes it answers are no suggestion), valid but for such answers.
 */
export function unknownAnswerIssue(code: string, data: AgencyFile, loaded: LoadedRubric): Issue {
  return movedHint(unknownIndicatorIssue(code, data, answerCodes(loaded)), loaded, data);
}

/** The rubric's codes, as an unknown code's finding names them. */
function answerCodes(loaded: LoadedRubric): { rubric: string; showAs: () => string; codes: string[] } {
  return { rubric: loaded.rubric.id, showAs: () => showName(loaded), codes: allIndicators(loaded.rubric).map((i) => i.code) };
}

/**
 * A rubric line left empty (`rubric: ""`, `rubric: {}`) is that one finding, not also its type or its missing parts;
 * what it expects is the rubric's id and version (`{}` is the mapping the schema's "expected" would ask for).
 */
function withoutBlankRubricShape(issues: Issue[]): Issue[] {
  const blank = (i: Issue) => i.code === "empty-value" && i.path.length === 1 && i.path[0] === "rubric";
  if (!issues.some(blank)) return issues;
  return issues.filter((i) => i.path[0] !== "rubric" || blank(i)).map((i) => blank(i) ? { ...i, params: { ...i.params, expected_key: "rubric-ref" } } : i);
}

/** One issue per place: a schema error and a semantic check may both see the same value. */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  // A value the written text explains (1.234 meant as 1234) is not also reported for the type YAML read it as.
  const explained = new Set(issues.filter((i) => SOURCE_CODES.has(i.code)).map((i) => i.path.join("/")));
  return issues.filter((i) => {
    if (EXPLAINED_CODES.has(i.code) && explained.has(i.path.join("/"))) return false;
    // {a: 92, b: 1.250}: a > b compares the misread number, which the finding on it already explains.
    if (i.code === "fraction-a-gt-b" && ["a", "b"].some((k) => explained.has([...i.path.slice(0, -1), k].join("/")))) return false;
    const key = `${i.path.join("/")}|${i.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SOURCE_CODES = new Set(["ambiguous-number", "ambiguous-number-whole", "non-decimal-number"]);
const EXPLAINED_CODES = new Set(["wrong-type"]);

/** The largest answer an input takes, where it has one. */
function upperBound(input: Input): number | undefined {
  if (input.type === "percent") return 100;
  // A level's maximum too: 1.000 at a level 0–5 was asked whether it meant 1000.
  if ((input.type === "number" || input.type === "count" || input.type === "level") && typeof input.max === "number") return input.max;
  return undefined;
}

/** Mistakes only the written text shows: YAML reads 1.000 (Vietnamese "one thousand") as 1. */
function sourceIssues(agency: ParsedAgency, loaded: LoadedRubric): Issue[] {
  const issues: Issue[] = [];
  const answers = agency.data.answers;
  if (typeof answers !== "object" || answers === null) return issues;
  for (const indicator of allIndicators(loaded.rubric)) {
    if (!Object.hasOwn(answers, indicator.code)) continue;
    const entry = (answers as Record<string, Answer | null | "?">)[indicator.code];
    if (isUnanswered(entry) || entry === null || entry === "?" || typeof entry !== "object") continue;
    const paths: [string[], Input][] = [];
    if (indicator.input.type === "parts") for (const f of indicator.input.fields) paths.push([["answers", indicator.code, "value", f.id], f.input]);
    else paths.push([["answers", indicator.code, "value"], indicator.input]);
    if (entry.verified) paths.push([["answers", indicator.code, "verified", "value"], indicator.input]);
    for (const [path, input] of paths) {
      const targets = input.type === "fraction" ? [[...path, "a"], [...path, "b"]] : [path];
      for (const target of targets) {
        // A number as YAML read it: "1.000" in quotes is text, number-quoted's finding (both were said, one contradicting the other).
        const source = typeof valueAt(agency.data, target) === "number" ? agency.parsed.map.sourceText(target) : undefined;
        const doubt = source === undefined ? undefined : doubtfulNumberSource(source);
        if (source !== undefined && doubt === "ambiguous" && !(Number(source.replace(/\./g, "")) > (upperBound(input) ?? Infinity))) {
          // A whole-number input has one reading; otherwise the decimal one is written unambiguously. A thousands
          // reading above the input's maximum (89.995 for a percentage) is no reading at all: no question then.
          const whole = input.type === "count" || input.type === "level" || ((input.type === "number" || input.type === "fraction") && input.integer === true);
          const decimal = unambiguousDecimal(source);
          issues.push({ code: whole ? "ambiguous-number-whole" : "ambiguous-number", path: target, params: { source, value: Number(source), thousands: source.replace(/\./g, ""), decimal, found: source, expected_key: whole ? "integer" : "number" } });
        } else if (source !== undefined && doubt === "non-decimal") {
          issues.push({ code: "non-decimal-number", path: target, params: { source, value: Number(source), found: source, expected_key: "number" } });
        }
      }
    }
  }
  return issues;
}

/** Where an answer is a fraction {a, b}: the indicator's code, or CODE/FIELD for a part of a parts input. */
function fractionPaths(rubric: Rubric): Set<string> {
  const out = new Set<string>();
  for (const i of allIndicators(rubric)) {
    if (i.input.type === "fraction") out.add(i.code);
    if (i.input.type === "parts") for (const f of i.input.fields) if (f.input.type === "fraction") out.add(`${i.code}/${f.id}`);
  }
  return out;
}

/** Whether the rubric lets the indicator of this code be answered N/A (an unknown code: no). */
function naAllowedFor(rubric: Rubric, code: string): boolean {
  const indicator = indicatorByCode(rubric).get(code);
  return indicator !== undefined && naAllowed(rubric, indicator);
}
