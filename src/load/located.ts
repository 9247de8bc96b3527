import type { Issue } from "../core/issue.js";
import type { Diagnostic, DiagnosticInput } from "./diagnostic.js";
import type { SourceMap } from "./locate.js";

/** A diagnostic for a file, with the lines around its location kept for the code frame. */
export interface LocatedDiagnostic extends Diagnostic { frame?: { start: number; lines: string[] } }

export function withFrame(d: DiagnosticInput, file: string, text: string | undefined): LocatedDiagnostic {
  const out: LocatedDiagnostic = { severity: "error", ...d, file };
  if (text !== undefined && d.line !== undefined) {
    const lines = text.split(/\r\n|\r|\n/);
    const start = Math.max(1, d.line - 2);
    out.frame = { start, lines: lines.slice(start - 1, d.line).map((l) => ownCopy(l.length > 200 ? l.slice(0, 200) + "…" : l)) };
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
  if (where?.source && where.exact && params.found !== undefined && !issue.atKey) params.found = ownCopy(where.source);
  if (where?.source !== undefined && where.exact && params.expected_key === "string" && /^[\d.]+$/.test(where.source)) params.hint_source = ownCopy(where.source);
  const d: DiagnosticInput = {
    code: issue.code,
    severity: issue.severity ?? "error",
    path: issue.path.join("/"),
    params,
    ...(where ? { line: where.line, col: where.col, length: where.length } : { line: 1, col: 1 }),
  };
  return withFrame(d, file, text);
}

/**
 * A copy of a piece of a file's text that does not keep the text alive: V8 makes a substring a view into
 * its parent, so each diagnostic of a large batch would otherwise hold its whole file until the end
 * (about 8 KB per invalid file instead of a few hundred bytes).
 */
function ownCopy(piece: string): string {
  return JSON.parse(JSON.stringify(piece)) as string;
}
