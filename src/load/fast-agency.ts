import jsyaml from "js-yaml";
import type { AgencyFile } from "../core/agency.js";
import { checkAgency } from "../core/check-agency.js";
import type { LoadedRubric } from "./load-rubric.js";
import { normalizeText } from "./normalize.js";
import { readPlainYaml } from "./plain-yaml.js";
import { plainlyValid } from "./plain-valid.js";

/**
 * The fast path for a well-formed agency file: the plain reader (plain-yaml.ts), or js-yaml for what it
 * refuses (js-yaml is about 10× faster than `yaml`, the plain reader 3× faster than js-yaml), then the
 * quick check of plain-valid.ts; no source positions. It answers "valid, here is the data" or "not
 * vouched for" (then validateFast runs the compiled validator and places its findings from the plain
 * reader's positions or js-yaml's parse events, see fast-source-map.ts); anything else — a parse error, an unknown rubric, or text
 * whose meaning depends on how it was written (unquoted numeric keys, 1.000, hex numbers, aliases,
 * directives) — returns undefined, and the caller takes the slow path, which parses with `yaml` and
 * locates every finding. Both paths read YAML 1.2 core the same way for everything the fast path
 * accepts (tested by comparing them).
 */
const NEEDS_SOURCE = [
  /^[ \t]*(?:-[ \t]+)*[-+]?\d[\d.]*[ \t]*:(?:[ \t]|$)/m, // unquoted numeric-looking keys (also `- 1.10:`): only `yaml` keeps "1.10" as written
  /[{,][ \t]*[-+]?\d[\d.]*[ \t]*:[ \t]/, // … in flow mappings too
  // 1.000 (thousands or one?); hex, octal, binary; .5 and +.5 (read differently by the two parsers): one pass
  /(?:^|[\s:[{,])[-+]?(?:[1-9]\d{0,2}(?:\.\d{3})+(?=[\s,\]}#]|$)|0[xXoObB]|\.\d)/m,
  /^%/m, // directives
];
/** Aliases, anchors, tags; most files have none of the three characters, which a plain scan tells quickly. */
const PROPERTY = /(?:^|[\s:[{,-])[*&!][^\s,\]}]/m;

export type FastOutcome =
  | { valid: true; agency: AgencyFile; rubric: LoadedRubric }
  /** Parsed and for a known rubric, but with findings, or doubted by the quick check: validateFast decides and places them without `yaml`. */
  | { valid: false; data: Record<string, unknown>; rubric: LoadedRubric };

export function fastAgency(text: string, loaded: (data: Record<string, unknown>) => LoadedRubric | undefined): FastOutcome | undefined {
  // The plain reader refuses every scalar NEEDS_SOURCE and PROPERTY look for (it judges whole scalars,
  // where the patterns judge lines, so it refuses fewer files).
  let data: unknown = readPlainYaml(text);
  if (data === undefined) {
    if (NEEDS_SOURCE.some((re) => re.test(text)) || (/[*&!]/.test(text) && PROPERTY.test(text))) return undefined;
    try {
      data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    } catch {
      return undefined;
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  if (text.normalize("NFC") !== text) data = normalizeText(data);
  const record = data as Record<string, unknown>;
  const rubric = loaded(record);
  if (!rubric) return undefined;
  // The quick check vouches for most files; the rest go to validateFast, where the compiled validator
  // finds and places their errors (or finds none: then the file is valid all the same).
  if (!plainlyValid(rubric.rubric, record)) return { valid: false, data: record, rubric };
  const agency = { ...record } as unknown as AgencyFile;
  if (typeof (agency.period as unknown) === "number") agency.period = String(agency.period);
  if (checkAgency(rubric.rubric, agency).length > 0) return { valid: false, data: record, rubric };
  return { valid: true, agency, rubric };
}
