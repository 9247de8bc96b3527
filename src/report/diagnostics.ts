import type { ChalkInstance } from "chalk";
import type { Lang } from "../core/rubric.js";
import { expectedText, findingText, foundText, message } from "../i18n/messages.js";
import type { LocatedDiagnostic } from "../load/located.js";
import { safeStrings } from "./terminal-safe.js";
import { hintTexts } from "./hints.js";
import { quotedUserTexts, withLangOption } from "../load/shell-word.js";
import { wrapForTerminal } from "./wrap.js";
import { truncate } from "../core/truncate.js";
import { graphemesOf } from "../core/graphemes.js";
import stringWidth from "string-width";

const QUOTED_MAX = 300;
// `first`: the earlier file of a repeated agency id.
const cutQuoted = (key: string, text: string) => (/file|path|link|url|^first$/u.test(key) ? text : truncate(text, QUOTED_MAX));

/** A finding's params with the file's texts it quotes cut as standard error shows them (file names and links whole). */
export function quotedTextsCut(params: LocatedDiagnostic["params"]): LocatedDiagnostic["params"] {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? cutQuoted(k, v) : v]));
}

/** FILE:LINE:COL, or FILE alone for a finding about a whole file or folder. */
export function placeOf(file: string, d: { line?: number; col?: number }): string {
  return d.line !== undefined ? `${file}:${d.line}:${d.col ?? 1}` : file;
}

/** "file:line:col severity message [code]", then a code frame, what was found and what was expected; `langOption`: the --lang given, kept in the commands it suggests. */
export function formatDiagnostic(found: LocatedDiagnostic, lang: Lang, color: ChalkInstance, terminalColumns?: number, langOption?: Lang): string {
  const safe = safeStrings(found);
  // What the message quotes (a key, a value found) stays on its line: a line feed in it is shown as ␊. A text of
  // the file's is cut at 300 letters, more than a Windows path holds (a 100 KB value printed 100 KB for one
  // finding; json keeps it whole); a file name or a link is not, as it is to be opened or copied.
  const d = { ...safe, params: quotedTextsCut(Object.fromEntries(Object.entries(safe.params).map(([k, v]) => [k, typeof v === "string" ? v.replace(/\n/g, "\u240a") : v]))) };
  // A file named with a line feed (an attachment's name) would start a line of its own, one that can read as a finding.
  const where = placeOf(d.file.replace(/\n/g, "\u240a"), d);
  // A link the message quotes is to be copied: not broken at its spaces ("Văn bản đi/45.pdf").
  const links = typeof d.params.link === "string" ? [d.params.link] : [];
  const severity = d.severity === "error" ? color.red(message(lang, "error")) : color.yellow(message(lang, "warning"));
  const out = [`${color.bold(where)} ${severity} ${findingText(lang, d)} ${color.dim(`[${d.code}]`)}`];
  // The code frame stays as the file has it (a caret under its place), its lines cut with "…" at a terminal's
  // edge when the caret is within it (the terminal would break them mid-word, the caret left far from its
  // text); the lines around it are wrapped at spaces on a terminal `terminalColumns` wide.
  const frameFrom = out.length;
  if (d.frame && d.line !== undefined) {
    const width = String(d.line).length;
    // Measured on the line as shown: a decomposed (NFD) letter is two characters in one column.
    const line = d.frame.lines[d.line - d.frame.start] ?? "";
    const start = Math.max(0, (d.col ?? 1) - 1 - (d.frame.cut ?? 0));
    const room = terminalColumns === undefined ? Infinity : terminalColumns - 1 - (width + 7);
    // Off a terminal nothing is cut, and nothing needs measuring (a batch prints thousands of frames).
    const fits = room !== Infinity && columns(line.slice(0, start + (d.length ?? 1))).length < room;
    d.frame.lines.forEach((text, i) => {
      const n = d.frame!.start + i;
      const marker = n === d.line ? color.red(">") : " ";
      out.push(`  ${marker} ${color.dim(String(n).padStart(width) + " |")} ${fits ? within(text, room) : text}`);
    });
    const marked = columns(line.slice(start, start + (d.length ?? 1)));
    out.push(`    ${" ".repeat(width)}${color.dim(" |")} ${under(line.slice(0, start))}${color.red("^".repeat(Math.min(Math.max(marked.length, 1), 60)))}`);
  }
  const frameTo = out.length;
  const p = d.params;
  if (p.indicator !== undefined) out.push(`    ${message(lang, "finding-indicator", { code: p.indicator, title: p[lang === "vi" ? "indicator_title_vi" : "indicator_title_en"] ?? "" })}`);
  if (p.found !== undefined) out.push(`    ${message(lang, "found")}: ${foundText(lang, d.code, p.found)}`);
  if (p.expected_key !== undefined) out.push(`    ${message(lang, "expected")}: ${expectedText(lang, String(p.expected_key), p)}`);
  for (const hint of hintTexts(d, lang)) out.push(`    ${message(lang, "hint")}: ${hint}`);
  // The place (a path may have spaces) is never broken across lines: copied, it must name the file. The commands
  // suggested keep the --lang given (`langOption`); the code frame, the place and the file's texts quoted are as they are.
  const userTexts = [where, ...quotedUserTexts(p)];
  return out.map((line, i) => (i >= frameFrom && i < frameTo ? line : wrapForTerminal(withLangOption(line, langOption, userTexts), terminalColumns, undefined, [where, ...links]))).join("\n");
}

/** Printable ASCII and tabs: a column each, nothing to segment or measure (most frame lines). */
const PLAIN = /^[\t\x20-\x7e]*$/;

/**
 * The columns `text` takes on a terminal, one entry per column ("" after a wide character), as string-width
 * measures them for the tables (a hand-made list of wide blocks put ✅ and 🫡 at one column, 🏛 at two).
 * A tab is kept as one entry, for `under` to give back.
 */
function columns(text: string): string[] {
  if (PLAIN.test(text)) return [...text];
  // Each grapheme measured as a whole: an emoji with its selector, a letter with its NFD marks.
  return [...graphemesOf(text)].flatMap((segment) => {
    if (segment === "\t") return ["\t"];
    const width = stringWidth(segment);
    return width === 0 ? [] : [segment, ...Array<string>(width - 1).fill("")];
  });
}

/** A frame line cut to `room` columns with "…" (a line with tabs, whose columns depend on tab stops, is left whole). */
function within(text: string, room: number): string {
  if (text.includes("\t") || columns(text).length <= room) return text;
  let used = 0;
  let out = "";
  for (const segment of graphemesOf(text)) {
    const w = stringWidth(segment);
    if (used + w > room - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Blanks as wide as `text` on a terminal; tabs stay tabs so that the caret meets the same tab stops. */
function under(text: string): string {
  return columns(text).map((ch) => (ch === "\t" ? "\t" : " ")).join("");
}
