import { notRubricIssue } from "../../core/agency.js";
import { toRubric } from "../../core/model.js";
import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { firstFindings, firstFindingsPlaced } from "../../load/first-findings.js";
import { locateIssue, withFrame, type LocatedDiagnostic } from "../../load/located.js";
import { parseYaml } from "../../load/parse-yaml.js";
import { readText } from "../../load/read.js";
import { rubricSchemaIssues } from "../../load/load-rubric.js";
import { validateRubricData } from "../../load/validator.js";
import { lintRubric } from "./lint-rubric.js";

export interface LintedFile {
  file: string;
  findings: LocatedDiagnostic[];
  /** The file could not be opened at all (a usage problem, exit code 2), as opposed to findings about its content. */
  unreadable: boolean;
  /** Warnings the rubric's `lint.accept` kept out of `findings`, counted so that the run says it. */
  accepted?: number;
  /** The entries of `lint.accept` that kept them: each at its line, with its reason and the warnings it kept. */
  acceptances?: LocatedAcceptance[];
  /** The rubric's id, where the file is a schema-valid rubric (a `--previous` of another rubric is refused). */
  id?: string;
}

/** A `lint.accept` entry at file:line:col (`line`, `col` of the entry), its reason, and the warnings it kept, located. */
export interface LocatedAcceptance { rule: string; code?: string; where: string; reason: string; line?: number; col?: number; warnings: LocatedDiagnostic[] }

/** Read, parse, schema-check and lint one rubric file; every finding located at file:line:col. `previous`: see lintRubric. */
export function lintFile(file: string, previous?: Rubric): LintedFile {
  const read = readText(file);
  if (!read.ok) return { file, unreadable: read.diagnostics.some((d) => d.code === "file-not-found" || d.code === "file-unreadable"), findings: read.diagnostics.map((d) => withFrame(d, file, undefined)) };
  const parsed = parseYaml(read.text);
  // A YAML slip can set off thousands of findings (6,000 for one stray character in a rubric): the first ones are said.
  if (!parsed.ok) return { file, unreadable: false, findings: firstFindingsPlaced(parsed.diagnostics, file, read.text) };
  const { data } = parsed.parsed;
  const place = (issue: Issue) => locateIssue(issue, parsed.parsed, file, read.text);
  const agencyFile = notRubricIssue(data);
  if (agencyFile) return { file, unreadable: false, findings: [place(agencyFile)] };
  const schemaErrors = validateRubricData(data);
  // The lint rules read the model, which only a schema-valid rubric has.
  const rubric = schemaErrors.length > 0 ? undefined : toRubric(data);
  const { issues, accepted } = rubric ? lintRubric(rubric, previous?.id === rubric.id ? previous : undefined) : { issues: rubricSchemaIssues(schemaErrors, parsed.parsed, read.text), accepted: [] };
  const acceptances = accepted.map((a): LocatedAcceptance => {
    const at = parsed.parsed.map.locate(["lint", "accept", String(a.entry)]);
    return { rule: a.rule, ...(a.code !== undefined ? { code: a.code } : {}), where: a.where, reason: a.reason, line: at?.line, col: at?.col, warnings: ordered(a.warnings.map(place)) };
  });
  const count = acceptances.reduce((n, a) => n + a.warnings.length, 0);
  return { file, unreadable: false, findings: firstFindings(ordered(issues.map(place)), file), ...(count > 0 ? { accepted: count, acceptances } : {}), ...(rubric ? { id: rubric.id } : {}) };
}

function ordered(findings: LocatedDiagnostic[]): LocatedDiagnostic[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => { const key = `${f.code}|${f.path}|${f.line}:${f.col}`; if (seen.has(key)) return false; seen.add(key); return true; })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || a.code.localeCompare(b.code, "vi"));
}
