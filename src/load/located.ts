import type { Issue } from "../core/issue.js";
import { codePointName, nfc, SHOWN_AS_NOTHING } from "../core/unicode.js";
import type { Diagnostic, DiagnosticInput } from "./diagnostic.js";
import { detached } from "./detached.js";
import { offsetInScalar } from "./in-scalar.js";
import type { SourceMap } from "./locate.js";

/**
 * A diagnostic for a file, with the lines around its location kept for the code frame. `cut` characters
 * of the marked line were left out before what is shown (a long line is shown around the column).
 */
export interface LocatedDiagnostic extends Diagnostic { frame?: { start: number; lines: string[]; cut?: number } }

/** A space that is no space to YAML, or a character that shows as nothing (soft hyphen, joiners, U+200B …). */
const UNUSUAL_SPACE = new RegExp(`[\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]|${SHOWN_AS_NOTHING}`, "u");

/** Findings that say themselves what the odd characters of the line are: the hint would say it twice. */
const NAME_THE_CHARACTER = new Set(["double-encoded", "invisible-character", "evidence-link-hidden", "text-invisible-character"]);

/** Frame lines are shown up to this many characters. */
const SHOWN = 200;

export function withFrame(d: DiagnosticInput, file: string, text: string | undefined): LocatedDiagnostic {
  // Kept until the end of a batch: nothing in it may hold on to the file's text.
  const out: LocatedDiagnostic = { severity: "error", ...detached(d), file };
  if (text !== undefined && d.line !== undefined) {
    const start = Math.max(1, d.line - 2);
    const lines = linesOf(text, start, d.line);
    // A space that is no space to YAML (pasted from Word or a chat app) is invisible in the frame: named.
    // Not under a double-encoded text: its no-break spaces are the damage that finding names.
    // Nor under an invisible character in a name: that finding names it already.
    // Nor under a code holding one (hint_invisible): the finding names it, at its place in the code.
    const odd = NAME_THE_CHARACTER.has(d.code) || d.params?.hint_invisible !== undefined ? undefined : unusualSpace(text, d.line, lines[d.line - start] ?? "");
    if (odd) out.params = { ...out.params, hint_space: codePointName(odd.char), hint_space_col: odd.index + 1 };
    // A column far along a long line: the line is shown from some way before it, after an ellipsis.
    const long = (lines[d.line - start]?.length ?? 0) > SHOWN;
    const from = long && (d.col ?? 1) > SHOWN - 40 ? (d.col ?? 1) - 1 - SHOWN / 2 : 0;
    out.frame = {
      start,
      lines: detached(lines.map((l, i) => {
        const marked = start + i === d.line && from > 0;
        const shown = marked ? "…" + l.slice(from, from + SHOWN - 1) : l.slice(0, SHOWN);
        return shown + (l.length > (marked ? from + SHOWN - 1 : SHOWN) ? "…" : "");
      })),
      ...(from > 0 ? { cut: from - 1 } : {}),
    };
  }
  return out;
}

/** The line starts of the last text framed (see linesOf), and the unusual space of each of its lines looked at. */
let indexed: { text: string; starts: number[]; spaces: Map<number, UnusualSpace | undefined> } = { text: "", starts: [0], spaces: new Map() };

function indexOf(text: string): typeof indexed {
  if (text !== indexed.text) indexed = { text, starts: lineStarts(text), spaces: new Map() };
  return indexed;
}

/** Where line `line` (1-based) of a text starts, counted as the parsers count lines; undefined past its end. */
export function lineStartOf(text: string, line: number): number | undefined {
  return indexOf(text).starts[line - 1];
}

interface UnusualSpace { char: string; index: number }

/**
 * The first unusual space of line `line` (its text `content`), looked for once per line: the findings of one long line
 * each looked along all of it (2,001 findings on a 1.2 MB line of `answers: {k0: 1,k1: 1,…}`: 3.6 s of 3.8).
 */
function unusualSpace(text: string, line: number, content: string): UnusualSpace | undefined {
  const { spaces } = indexOf(text);
  if (spaces.has(line)) return spaces.get(line);
  const odd = UNUSUAL_SPACE.exec(content);
  const found = odd ? { char: odd[0], index: odd.index } : undefined;
  spaces.set(line, found);
  return found;
}

/**
 * Lines `from`..`to` (1-based) of a text. A file's findings are framed one after another, so where its lines
 * start is found once per text (splitting the whole file for each finding made a file with thousands of
 * findings take seconds, measured); the last text's index is the only one kept.
 */
function linesOf(text: string, from: number, to: number): string[] {
  const { starts } = indexOf(text);
  const out: string[] = [];
  for (let n = from; n <= Math.min(to, starts.length); n++) {
    const end = n < starts.length ? starts[n]! : text.length;
    out.push(text.slice(starts[n - 1]!, end).replace(/\r?\n$|\r$/, ""));
  }
  return out;
}

/** Offsets where lines start; a line ends at \r\n, \r or \n, as the parsers count them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
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
  // In NFC, as the data is compared: text typed decomposed (a Mac, some keyboards) is quoted as the value read.
  if (where?.source && where.exact && params.found !== undefined && !issue.atKey) params.found = nfc(where.source);
  // The text to put in quotes: the one the check named (a choice's id that 03 stands for), else what is written.
  if (where?.source !== undefined && where.exact && params.expected_key === "string" && /^[\d.]+$/.test(where.source)) params.hint_source ??= where.source;
  // `{a: 64,5}`: the whole part the comma split off stands just before the key, so that the hint says the figure typed.
  if (params.hint_comma !== undefined && where && issue.atKey) {
    const whole = /(?<![\d.])(-?\d+)[ \t]*,[ \t]*$/.exec(linesOf(text, where.line, where.line)[0]?.slice(0, where.col - 1) ?? "");
    if (whole) params.hint_comma_whole = whole[1]!;
  }
  const words = where?.exact && issue.inText ? wordsAt(text, where, issue.inText) : undefined;
  const d: DiagnosticInput = {
    code: issue.code,
    severity: issue.severity ?? "error",
    path: issue.path.join("/"),
    params,
    ...(words ?? (where ? { line: where.line, col: where.col, length: where.length } : { line: 1, col: 1 })),
  };
  return withFrame(d, file, text);
}

/**
 * The line and column of words inside a text value (a code a guidance names, a year), so that an annotation lands on
 * the line that holds them: a `>-` text's finding sat on its `>-` line, which a pull request changing the words leaves as it was.
 */
function wordsAt(text: string, scalar: { line: number; col: number }, words: NonNullable<Issue["inText"]>): { line: number; col: number; length: number } | undefined {
  const lineStart = lineStartOf(text, scalar.line);
  if (lineStart === undefined) return undefined;
  const start = lineStart + scalar.col - 1;
  const from = offsetInScalar(text, start, words.value, words.at);
  if (from === undefined) return undefined;
  const to = offsetInScalar(text, start, words.value, words.at + words.length);
  const begin = positionOf(text, from);
  const end = to === undefined ? undefined : positionOf(text, to);
  return { ...begin, length: end !== undefined && end.line === begin.line && end.col > begin.col ? end.col - begin.col : Math.max(1, words.length) };
}

/** The 1-based line and column (UTF-16 units) of an offset in a text. */
function positionOf(text: string, offset: number): { line: number; col: number } {
  const { starts } = indexOf(text);
  let low = 0, high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - starts[low]! + 1 };
}
