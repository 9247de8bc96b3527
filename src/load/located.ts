import type { Issue } from "../core/issue.js";
import type { Diagnostic, DiagnosticInput } from "./diagnostic.js";
import { detached } from "./detached.js";
import type { SourceMap } from "./locate.js";

/** A diagnostic for a file, with the lines around its location kept for the code frame. */
export interface LocatedDiagnostic extends Diagnostic { frame?: { start: number; lines: string[] } }

export function withFrame(d: DiagnosticInput, file: string, text: string | undefined): LocatedDiagnostic {
  // Kept until the end of a batch: nothing in it may hold on to the file's text.
  const out: LocatedDiagnostic = { severity: "error", ...detached(d), file };
  if (text !== undefined && d.line !== undefined) {
    const lines = text.split(/\r\n|\r|\n/);
    const start = Math.max(1, d.line - 2);
    out.frame = { start, lines: detached(lines.slice(start - 1, d.line).map((l) => (l.length > 200 ? l.slice(0, 200) + "…" : l))) };
  }
  return out;
}

/** Place a path-located issue in the YAML source; the original text of a scalar feeds "found". */
export function locateIssue(issue: Issue, parsed: { map: SourceMap }, file: string, text: string): LocatedDiagnostic {
  const where = parsed.map.locate(issue.path, issue.atKey);
  const params = { ...issue.params };
  // A reference to another place in the file ("first used at …") is shown as that place's line.
  if (typeof params.first_path === "string") {
    params.first = parsed.map.locate(params.first_path.split("/"))?.line ?? params.first_path;
    delete params.first_path;
  }
  if (where?.source && where.exact && params.found !== undefined && !issue.atKey) params.found = where.source;
  if (where?.source !== undefined && where.exact && params.expected_key === "string" && /^[\d.]+$/.test(where.source)) params.hint_source = where.source;
  const d: DiagnosticInput = {
    code: issue.code,
    severity: issue.severity ?? "error",
    path: issue.path.join("/"),
    params,
    ...(where ? { line: where.line, col: where.col, length: where.length } : { line: 1, col: 1 }),
  };
  return withFrame(d, file, text);
}
