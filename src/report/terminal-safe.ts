import { SHOWN_AS_NOTHING } from "../core/unicode.js";

/**
 * Control characters from data (an agency name, a note, a line of a file) shown as visible symbols, so that
 * text printed to a terminal cannot move the cursor, clear the screen, hide or recolour text, set the window
 * title or ring the bell: C0 controls (ESC included) as their Unicode control pictures (␛ ␇ ␍), DEL as ␡,
 * C1 controls, bidirectional overrides and marks (which reorder what is shown) and the Unicode line and
 * paragraph separators (a line break the table does not count) as �. Line feeds and tabs stay.
 * So are the other characters that show as nothing (zero-width spaces and joiners, soft hyphen, tag characters:
 * Unicode's default-ignorable ones, the grapheme joiner nfc() puts in an overlong run of marks aside): a name
 * holding one printed as another agency's name does, and the table, counting each as a column the terminal did
 * not give it, came out of line.
 * Applied to the data before a formatter adds its own colours, never to the finished text.
 */
const BEYOND_C0 = "\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const UNSAFE = new RegExp(`[\\x00-\\x08\\x0b-\\x1f${BEYOND_C0}]|${SHOWN_AS_NOTHING}`, "gu");

/**
 * Those of them past the C0 controls (DEL, C1, bidi, separators, and what shows as nothing): characters XML carries
 * that a terminal acts on, or that make a name look like another.
 */
export const ACTED_ON_BEYOND_C0 = new RegExp(`[${BEYOND_C0}]|${SHOWN_AS_NOTHING}`, "gu");

/**
 * In table cells and one-line places (`inCells`) a tab or a line break becomes a space: the table measures a
 * tab as no column, the terminal as up to eight, and a line break in a name would print a line of its own.
 */
export function terminalSafe(text: string, inCells = false): string {
  return workflowInert((inCells ? text.replace(/\r?\n|\t/g, " ") : text).replace(UNSAFE, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  }));
}

/**
 * Where a CI runner reads a line of its job's log as a command: a GitHub workflow command starts a line (after
 * spaces) with `::`; the runner's older form `##[` (`##[add-mask]`, `##[stop-commands]`), and Azure Pipelines'
 * `##vso[` (`##vso[task.setvariable]`, `##vso[task.complete result=Succeeded]`), are read anywhere in a line,
 * Azure's in any case. Group 1 is what comes before the bracket.
 */
export const LEADING_WORKFLOW_COLON = /(^|\n)(\s*):(?=:)/g;
export const LOG_COMMAND_BRACKET = /(##(?:vso)?)\[/gi;

/**
 * Text no runner reads as a command where it is printed to a job's log: an agency named
 * "::error file=README.md::…" began the table's and explain's first line, an annotation on any file of the
 * repository. The leading colon is shown as the full-width ：, the bracket as ［.
 */
function workflowInert(text: string): string {
  return text.replace(LEADING_WORKFLOW_COLON, "$1$2\uff1a").replace(LOG_COMMAND_BRACKET, "$1\uff3b");
}

/**
 * Every string in plain objects and arrays made terminal-safe. What holds nothing to change is returned as
 * it is, and only what does is copied (copying a 10,000-agency report took 3 s); other objects are kept.
 */
export function safeStrings<T>(value: T, inCells = false): T {
  if (typeof value === "string") return terminalSafe(value, inCells) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((v: unknown, i) => {
      const safe = safeStrings(v, inCells);
      if (safe !== v) (copy ??= [...value])[i] = safe;
    });
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === "object" && isPlain(value)) {
    const entries = Object.entries(value);
    let changed = false;
    const safe = entries.map(([k, v]) => {
      const s = safeStrings(v, inCells);
      changed ||= s !== v;
      return [k, s] as const;
    });
    // fromEntries defines each key, so a "__proto__" key from data stays a key.
    return changed ? (Object.fromEntries(safe) as T) : value;
  }
  return value;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
