import type { ErrorObject } from "ajv";
import { createHash } from "node:crypto";
import { notRubricIssue } from "../core/agency.js";
import { checkRubric } from "../core/check-rubric.js";
import { toRubric } from "../core/model.js";
import { withUndeclaredTextsFilled } from "../core/texts.js";
import type { Issue } from "../core/issue.js";
import type { Rubric } from "../core/rubric.js";
import { quotedAt } from "./locate.js";
import { locateIssue, withFrame, type LocatedDiagnostic } from "./located.js";
import { parseYaml, type SourcedData } from "./parse-yaml.js";
import { precompiledRubric } from "./precompiled.js";
import { readText } from "./read.js";
import { schemaIssues } from "./schema-issues.js";
import { withoutMisspeltConsequences } from "./misspelt-keys.js";
import { lazySchemaHints } from "./schema-keys.js";
import { rubricSchema, validateRubricData } from "./validator.js";
import { firstFindingsPlaced } from "./first-findings.js";

export interface LoadedRubric { rubric: Rubric; file: string; sha256: string; warnings: LocatedDiagnostic[] }
export type RubricOutcome = { ok: true; loaded: LoadedRubric } | { ok: false; file: string; diagnostics: LocatedDiagnostic[] };

const cache = new Map<string, RubricOutcome>();

/**
 * A rubric's schema errors as findings, the same for every command (rubric lint too): a misspelt key is said
 * once, not also as its field missing, and a number is "in quotes" only where the text has them.
 */
export function rubricSchemaIssues(errors: ErrorObject[], parsed: SourcedData, text: string): Issue[] {
  return withoutMisspeltConsequences(schemaIssues(errors, parsed.data, { ...lazySchemaHints(rubricSchema), quotedAt: (path) => quotedAt(parsed.map, text, path) }));
}

/** Read, parse, schema-check and semantically check a rubric file. Cached per process by path. */
export function loadRubric(file: string): RubricOutcome {
  const cached = cache.get(file);
  if (cached) return cached;
  const outcome = load(file);
  cache.set(file, outcome);
  return outcome;
}

function load(file: string): RubricOutcome {
  const read = readText(file);
  if (!read.ok) return { ok: false, file, diagnostics: read.diagnostics.map((d) => withFrame(d, file, undefined)) };
  const sha256 = createHash("sha256").update(read.bytes).digest("hex");
  // A bundled rubric checked at build time: the same bytes give the same model.
  const prebuilt = precompiledRubric(sha256);
  if (prebuilt) return { ok: true, loaded: { rubric: prebuilt, file, sha256, warnings: [] } };
  const parsed = parseYaml(read.text);
  if (!parsed.ok) return { ok: false, file, diagnostics: firstFindingsPlaced(parsed.diagnostics, file, read.text) };
  const { data } = parsed.parsed;
  const agencyFile = notRubricIssue(data);
  if (agencyFile) return { ok: false, file, diagnostics: [locateIssue(agencyFile, parsed.parsed, file, read.text)] };
  const schemaErrors = validateRubricData(data);
  if (schemaErrors.length > 0) return { ok: false, file, diagnostics: rubricSchemaIssues(schemaErrors, parsed.parsed, read.text).map((i) => locateIssue(i, parsed.parsed, file, read.text)) };
  const rubric = withUndeclaredTextsFilled(toRubric(data));
  // In the file's order, as rubric lint lists them: a group's sum is checked after its indicators, and was said
  // below the finding of an indicator fifty lines under it.
  const located = checkRubric(rubric).map((i) => locateIssue(i, parsed.parsed, file, read.text))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  const errors = located.filter((d) => d.severity === "error");
  if (errors.length > 0) return { ok: false, file, diagnostics: located };
  return { ok: true, loaded: { rubric, file, sha256, warnings: located } };
}
