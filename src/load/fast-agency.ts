import type { AgencyFile } from "../core/agency.js";
import { checkAgency } from "../core/check-agency.js";
import type { LoadedRubric } from "./load-rubric.js";
import { withPlainPositions, type AgencyOutcome, type ParsedAgency } from "./load-agency.js";
import { DOUBLE_ENCODED } from "./double-encoded.js";
import { LEGACY_FONT } from "./legacy-font.js";
import { mayHoldEscapedPath } from "./path-escape.js";
import { citationInNumberIssues } from "./evidence-citation.js";
import { composedData } from "./normalize.js";
import { readPlainYaml } from "./plain-yaml.js";
import { plainlyValid } from "./plain-valid.js";

/** Either garbling, in one scan of a file's text (two scans took twice as long: 7 ms a thousand files). */
const GARBLED = new RegExp(`${DOUBLE_ENCODED.source}|${LEGACY_FONT.source}`);

type FastOutcome =
  /** `data`: as read, before the agency's own copy (its period as text): what a check placing findings reads. */
  | { valid: true; agency: AgencyFile; data: Record<string, unknown>; rubric: LoadedRubric }
  /** Parsed and for a known rubric, but with findings, or doubted by the quick check: checkFast decides and places them without `yaml`. */
  | { valid: false; data: Record<string, unknown>; rubric: LoadedRubric };

/**
 * The fast path for a well-formed agency file: the plain reader (plain-yaml.ts), then the quick check of
 * plain-valid.ts; no source positions. It answers "valid, here is the data" or "not vouched for" (then
 * checkFast runs the agency's checks and places their findings from the plain reader's positions, see
 * fast-source-map.ts); a text the plain reader refuses, or an unknown rubric, returns undefined, and the
 * caller takes the slow path, which parses with `yaml` and locates every finding. The plain reader refuses
 * whatever it does not read exactly as `yaml` does (tested against it), and whatever `yaml` refuses: a
 * second, lenient parser here (js-yaml) took files `yaml` calls broken, such as a quoted note wrapped onto
 * a line indented too little, which then passed as valid.
 */
export function fastAgency(text: string, loaded: (data: Record<string, unknown>) => LoadedRubric | undefined): FastOutcome | undefined {
  // The plain reader refuses what only the written text explains (1.000, hex numbers), aliases, tags and
  // directives: those files take the slow path, whose checks see how a value was written.
  let data: unknown = readPlainYaml(text);
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  data = composedData(text, data);
  const record = data as Record<string, unknown>;
  const rubric = loaded(record);
  if (!rubric) return undefined;
  // The quick check vouches for most files; the rest go to checkFast's check, where the compiled validator
  // finds and places their errors (or finds none: then the file is valid all the same).
  if (!plainlyValid(rubric.rubric, record)) return { valid: false, data: record, rubric };
  const agency = { ...record } as unknown as AgencyFile;
  if (typeof (agency.period as unknown) === "number") agency.period = String(agency.period);
  // A double-encoded text, or one in a legacy font, gets its warning placed there too (rare); so does a
  // Windows path, which double quotes may have read otherwise (path-escape.ts); and a citation written as a number.
  if (checkAgency(rubric.rubric, agency).length > 0 || GARBLED.test(text) || mayHoldEscapedPath(text, record) || citationInNumberIssues(record).length > 0) return { valid: false, data: record, rubric };
  return { valid: true, agency, data: record, rubric };
}

/** A file checked the fast way (checkFast): what its check said, the data as read, the rubric it was read for. */
interface FastChecked {
  outcome: AgencyOutcome;
  data: Record<string, unknown>;
  rubric: LoadedRubric;
  /** Vouched for by the quick check as written: no check of the text could find anything in it. */
  clean: boolean;
}

/**
 * An agency file's text checked as `score` checks it: fastAgency, then, for a text the quick check does not vouch
 * for, `check` with its findings placed from the plain reader's positions. undefined: take the slow way (`yaml`'s
 * parse, which locates every finding): a text the plain reader refuses, no rubric for it (`loaded`), or a finding
 * it cannot place with certainty.
 */
export function checkFast(file: string, text: string, loaded: (data: Record<string, unknown>) => LoadedRubric | undefined, check: (agency: ParsedAgency, rubric: LoadedRubric) => AgencyOutcome): FastChecked | undefined {
  const fast = fastAgency(text, loaded);
  if (!fast) return undefined;
  const { data, rubric } = fast;
  if (fast.valid) return { outcome: { ok: true, agency: fast.agency, warnings: [] }, data, rubric, clean: true };
  const outcome = withPlainPositions(file, text, data, (agency) => check(agency, rubric));
  return outcome && { outcome, data, rubric, clean: false };
}
