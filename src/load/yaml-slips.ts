import { halfWidth } from "../core/number-words.js";

/**
 * Two slips of hand-edited YAML that the parser reports where they show, not where they are made: where
 * they are made, and what to do, for the diagnostic to say instead.
 */
/** `also`: the same slip made on other lines too (keys of one mapping off its column), each said where it is. */
export interface Slip { offset: number; params: Record<string, string | number>; also?: Slip[] }

/** A line of the file: where it starts, and its text without the line end. */
export type Line = { start: number; text: string };

/** The spaces a line starts with (a list item's dash not counted in; see indent). */
export const spaces = (line: string) => /^ */.exec(line)![0].length;

/** The 1-based number of the line that starts at (or holds) `offset`. */
export const lineNumber = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** The line holding `offset`: where it starts, and its text without the line end. */
export function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return { start, text: text.slice(start, end < 0 ? text.length : end).replace(/\r$/, "") };
}

/** The next line that holds something other than a comment, after the one starting at `start`. */
export function nextContent(text: string, start: number): Line | undefined {
  let at = text.indexOf("\n", start);
  while (at >= 0) {
    const line = lineAt(text, at + 1);
    if (line.text.trim() !== "" && !line.text.trim().startsWith("#")) return line;
    at = text.indexOf("\n", at + 1);
  }
  return undefined;
}

export function previousContent(text: string, start: number): Line | undefined {
  let at = start - 1;
  while (at > 0) {
    const line = lineAt(text, at);
    if (line.text.trim() !== "" && !line.text.trim().startsWith("#")) return line;
    at = line.start - 1;
  }
  return undefined;
}

/** A key: quoted (a colon inside it is text) or plain; then its colon. */
const KEY_SOURCE = `(?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^']|'')*'|[^\\s#\\-?:"'][^:]*?):`;
/** Where a line's key starts: after its indentation and, for the first key of a list item, its "- ". */
export const indent = (line: string) => /^ *(?:- +)?/.exec(line)![0].length;
export const KEY_VALUE = new RegExp(`^ *(?:- +)?${KEY_SOURCE}[ \\t]+[^\\s#]`);
export const KEY = new RegExp(`^ *(?:- +)?${KEY_SOURCE}(?:[ \\t]|$)`);

/**
 * `id: x` then `   name: …` indented further: the parser reads the next line as going on with x and then
 * finds a second colon on the first line ("nested mappings"). The slip is the indentation of the next line.
 */
export function overIndentedKey(text: string, offset: number, reportedAt: "above" | "itself"): Slip | undefined {
  const line = lineAt(text, offset);
  // Reported on the line above the slip ("nested mappings"), or on the slip's own line ("same column", when
  // the value above is quoted or followed by a comment).
  const [above, below] = reportedAt === "above" ? [line, nextContent(text, line.start)] : [previousContent(text, line.start), line];
  if (!above || !below || !KEY_VALUE.test(above.text) || !KEY.test(below.text) || indent(below.text) <= indent(above.text)) return undefined;
  // `"1.6":` then `value: 3` at its own column, then the rest of the answer deeper: the value line was meant
  // under the key above it, in line with the lines below.
  const before = previousContent(text, above.start);
  if (before && KEY.test(before.text) && !KEY_VALUE.test(before.text) && indent(before.text) === indent(above.text)) {
    return { offset: above.start + indent(above.text), params: { hint_child: indent(above.text), hint_indent_expected: indent(below.text) } };
  }
  return { offset: below.start + indent(below.text), params: { hint_indent: indent(below.text), hint_indent_expected: indent(above.text) } };
}

/** The nearest content line before the one starting at `start` that is indented `most` or less (deeper lines are the entries' insides). */
function previousAtMost(text: string, start: number, most: number): Line | undefined {
  let line = previousContent(text, start);
  while (line && indent(line.text) > most) line = previousContent(text, line.start);
  return line;
}

/** What kind of key a line has: quoted or not, with digits or not ("4.1" and "4.2" alike; value and note alike; "4.1" and note not). */
export function keyKind(line: string): string {
  const key = line.slice(indent(line));
  return `${/^["']/.test(key) ? "quoted" : "plain"} ${/^["']?[\w.-]*\d/.test(key) ? "numbered" : "worded"}`;
}

/**
 * An answer out-dented among its siblings (`"4.1": …` at column 1 among answers at column 3, its value on its
 * line or below it): the parser reports each later sibling as not at the same column; the slip is the
 * out-dented key. Told by the keys around it: a sibling of its kind before it and after it, one level deeper.
 */
export function outdentedSibling(text: string, offset: number, reportedAt: "above" | "itself"): Slip | undefined {
  // Reported on the sibling after the slip ("same column"), or on the slip's own line ("nested mappings").
  const below = reportedAt === "itself" ? lineAt(text, offset) : nextContent(text, lineAt(text, offset).start);
  if (!below || !KEY.test(below.text)) return undefined;
  const level = indent(below.text);
  const above = previousAtMost(text, below.start, level - 1);
  if (!above || !KEY.test(above.text)) return undefined;
  const before = previousAtMost(text, above.start, level);
  if (!before || indent(before.text) !== level || !KEY.test(before.text)) return undefined;
  // Numbered keys only (indicator codes, which have no place at an outer level): among worded keys the
  // same shape is as often a key indented too far below an outer one (`period:` then `  submitted:`).
  const kind = keyKind(below.text);
  if (!kind.endsWith("numbered") || keyKind(above.text) !== kind || keyKind(before.text) !== kind) return undefined;
  return { offset: above.start + indent(above.text), params: { hint_outdent: indent(above.text), hint_indent_expected: level } };
}

/**
 * A key a column or two left of its siblings (`       max: 4` between `        title:` and `        input:` in a
 * rubric's indicator, or an answer's `note:`): the parser reports the line after it as indented too far, and
 * "more than the key above it" had the author out-dent the lines that were right. Told by its siblings above
 * and below it at one column, and by its own column, which no key enclosing them has: at such a column it
 * could be a key that ends their mapping (`period:` after `agency:`'s fields), and the slip the line below it.
 */
export function outdentedKey(text: string, offset: number, reportedAt: "above" | "itself"): Slip | undefined {
  const line = lineAt(text, offset);
  const [above, below] = reportedAt === "above" ? [line, nextContent(text, line.start)] : [previousContent(text, line.start), line];
  if (!above || !below || !KEY.test(above.text) || !KEY.test(below.text)) return undefined;
  if (/^ *-/.test(above.text)) return outdentedItem(text, above, below);
  const level = indent(below.text);
  const before = previousAtMost(text, above.start, level);
  if (!before || indent(before.text) !== level || indent(above.text) >= level || !KEY.test(before.text)) return undefined;
  if (enclosingKeyColumns(text, before).has(indent(above.text))) return undefined;
  return { offset: above.start + indent(above.text), params: { hint_outdent: indent(above.text), hint_indent_expected: level } };
}

/**
 * A list item's dash left of its siblings' (`    - code: "1.2"` among items at column 6), its keys below it at
 * their column: the parser reported its next line as indented too far, and each key after it. Told by the item
 * before it, further right, whose key is at the column of the keys below it, and no item of its own column above.
 */
function outdentedItem(text: string, above: Line, below: Line): Slip | undefined {
  const dash = spaces(above.text);
  // Back over the item before it, nested lists (an indicator's options) included, to its own dash.
  for (let at = previousContent(text, above.start); at && spaces(at.text) > dash; at = previousContent(text, at.start)) {
    if (/^ *- /.test(at.text) && indent(at.text) === indent(below.text)) return { offset: above.start + dash, params: { hint_outdent: dash, hint_indent_expected: spaces(at.text) } };
  }
  return undefined;
}

/** The columns of the keys enclosing a line: each line above it less indented than all between (a list item's key, after its dash). */
function enclosingKeyColumns(text: string, from: Line): Set<number> {
  const columns = new Set<number>();
  let least = /^ */.exec(from.text)![0].length;
  for (let at = previousContent(text, from.start); at && least > 0; at = previousContent(text, at.start)) {
    const own = /^ */.exec(at.text)![0].length;
    if (own < least) { columns.add(indent(at.text)); least = own; }
  }
  return columns;
}

/** The nearest content line after the one starting at `start` that is indented `most` or less. */
function nextAtMost(text: string, start: number, most: number): Line | undefined {
  let line = nextContent(text, start);
  while (line && indent(line.text) > most) line = nextContent(text, line.start);
  return line;
}

/**
 * A key a column or two off its siblings (`   "1.2":` among answers at column 3), which the parser reports
 * as "not at the same column" without saying where the column is: told by a sibling of its kind above and
 * below it, both at the same other column.
 */
export function misalignedKey(text: string, offset: number): Slip | undefined {
  const line = lineAt(text, offset);
  if (!KEY.test(line.text)) return undefined;
  const level = indent(line.text);
  const before = previousAtMost(text, line.start, level);
  const after = nextAtMost(text, line.start, level);
  if (!before || !after || !KEY.test(before.text) || !KEY.test(after.text)) return undefined;
  const column = indent(before.text);
  const kind = keyKind(line.text);
  if (column === level || indent(after.text) !== column || keyKind(before.text) !== kind || keyKind(after.text) !== kind) return undefined;
  return { offset: line.start + level, params: { hint_misaligned: level, hint_indent_expected: column } };
}

/** A list item and the key it opens with: `      - code: "1.7"`. */
const ITEM = /^( *)- +([^\s:#"'{[][^\s:#]*):/;

/**
 * An item of a list a column or two off the items above it (`    - code: "1.7"` pasted below `      - code: "1.6"`, an
 * indicator moved into another group): the parser says a list may not be a key, at the line above it, whose value
 * "listAfterValue" would then have the author delete. Told by the nearest item above opening with the same key at
 * another column, where no item of that key stands at its own column in the same stretch (then it is the other
 * one that is off). In the middle of a list, the parser says it again at the next item, back at the list's column:
 * that is told as the same slip, at the item off (an item of a list nested deeper is not one off: a shallower key,
 * its `items:`, stands between).
 */
export function misplacedItem(text: string, offset: number): Slip | undefined {
  const line = lineAt(text, offset);
  const item = ITEM.exec(line.text);
  if (!item) return undefined;
  const column = item[1]!.length;
  let sibling: { start: number; spaces: number } | undefined;
  // The shallowest line between the sibling and an item further above.
  let between = Infinity;
  for (let above = previousContent(text, line.start); above; above = previousContent(text, above.start)) {
    const spaces = /^ */.exec(above.text)![0].length;
    const same = ITEM.exec(above.text)?.[2] === item[2];
    if (same && spaces === column) {
      const off = sibling && between > Math.max(column, sibling.spaces) && movedWhole(text, sibling.start);
      return off ? itemOff(text, sibling!.start, sibling!.spaces, column, above.start) : undefined;
    }
    if (same && !sibling) { sibling = { start: above.start, spaces }; continue; }
    if (sibling) between = Math.min(between, spaces);
    if (spaces < Math.min(column, sibling?.spaces ?? column) || (!sibling && spaces === column && /^ *- /.test(above.text))) break;
  }
  if (!sibling) return undefined;
  // Its dash alone moved, its keys left where they were: with items of the list below it too, the slip is found by
  // the column they share (outdentedSibling, misalignedKey).
  if (!movedWhole(text, line.start)) {
    for (let below = nextContent(text, line.start); below; below = nextContent(text, below.start)) {
      const spaces = /^ */.exec(below.text)![0].length;
      if (spaces === sibling.spaces && ITEM.exec(below.text)?.[2] === item[2]) return undefined;
      if (spaces < Math.min(column, sibling.spaces)) break;
    }
  }
  return itemOff(text, line.start, column, sibling.spaces, sibling.start);
}

/** Whether the item at `start` was moved with the lines under it: the next line is in line with its first key. */
function movedWhole(text: string, start: number): boolean {
  const key = /^ *- +/.exec(lineAt(text, start).text)?.[0].length;
  const next = nextContent(text, start);
  return next !== undefined && /^ */.exec(next.text)![0].length === key;
}

/** The item starting at `start`, `column` spaces in, said against the item at `model` (`expected` spaces in). */
function itemOff(text: string, start: number, column: number, expected: number, model: number): Slip {
  return { offset: start + column, params: { hint_item_column: column, hint_indent_expected: expected, hint_item_line: lineNumber(text, model) } };
}

/**
 * `evidence: "có"` then a list under it: a key holds a value or a list, not both; the parser says so at
 * the list's first dash. The slip is the value on the key's line.
 */
export function listAfterValue(text: string, offset: number): Slip | undefined {
  const line = lineAt(text, offset);
  if (!/^ *- /.test(line.text)) return undefined;
  const previous = previousContent(text, line.start);
  if (!previous || !KEY_VALUE.test(previous.text) || indent(previous.text) >= indent(line.text)) return undefined;
  const keyEnd = indent(previous.text) + new RegExp(`^${KEY_SOURCE}`).exec(previous.text.slice(indent(previous.text)))![0].length;
  const key = previous.text.slice(indent(previous.text), keyEnd - 1);
  const value = keyEnd + /^[ \t]*/.exec(previous.text.slice(keyEnd))![0].length;
  return { offset: previous.start + value, params: { hint_list_key: key } };
}

/**
 * `evidence: -`, a dash with nothing after it on a key's line: typed for "none", or before the list's items on the
 * lines below. The parser says a dash may not stand there, then reads the items below as a key going on over
 * lines (a second error, the first's doing). The slip is the dash; with items below it, the line of the last
 * (hint_lone_dash_items), whose errors are the dash's.
 */
export function loneDash(text: string, offset: number): Slip | undefined {
  const line = lineAt(text, offset);
  const found = new RegExp(`^ *(?:- +)?(${KEY_SOURCE})[ \\t]+(-)[ \\t]*(?:#.*)?$`, "d").exec(line.text);
  if (!found) return undefined;
  const key = found[1]!.slice(0, -1);
  const column = indent(line.text);
  let last: Line | undefined;
  // The list's items: lines starting with a dash at the key's column or deeper, and the lines deeper than the key between them.
  for (let next = nextContent(text, line.start); next; next = nextContent(text, next.start)) {
    const own = /^ */.exec(next.text)![0].length;
    if (!(own > column || (own === column && /^ *- /.test(next.text)))) break;
    if (!last && !/^ *- /.test(next.text)) break;
    last = next;
  }
  const params: Record<string, string | number> = { hint_lone_dash: key };
  if (last) params.hint_lone_dash_items = lineNumber(text, last.start);
  return { offset: line.start + found.indices![2]![0], params };
}

/** The fields of an agency file (docs/agency-format.md): a header's field is written once, so no other line shows it as a key. */
const FIELDS = new Set(["rubric", "id", "version", "example", "agency", "name", "type", "cohort", "period", "respondent", "position", "email", "phone", "submitted", "answers", "value", "na", "reason", "evidence", "number", "date", "title", "link", "issuer", "note", "flag", "verified", "by"]);

/**
 * A key as a line starts with it, no colon after it: an indicator code in quotes, or a field's name; then its value,
 * which ends on a letter other than a space or a tab (what is after it, spaces and a comment). Not a shortest value
 * followed by spaces: the two took turns at every space, the square of the line's length (9 s for 100 KB).
 */
const KEY_WITHOUT_COLON = /^ *(?:- +)?("[^"\s:]+"|'[^'\s:]+'|[\p{L}_][\p{L}\p{N}_-]*)(?:[ \t]+([^\s#:](?:[^:#]*[^ \t:#])?))?[ \t]*(?:[ \t]#.*)?$/u;

/**
 * `value 4`, `period "2025"`, `evidence` alone: a key with its colon left out, among keys at its column. The
 * parser reads the line as the start of a key going on over the next lines ("Implicit keys need to be on a
 * single line"), which says nothing of a colon. Told by a key line at the same column above or below it (a
 * plain value going on over a deeper line is no key of its own, and errs not; lines deeper between them are
 * entries' insides); the line written as meant.
 */
export function missingColon(text: string, offset: number): Slip | undefined {
  return missingColonAt(text, lineAt(text, offset));
}

function missingColonAt(text: string, line: Line): Slip | undefined {
  const found = KEY_WITHOUT_COLON.exec(line.text);
  if (!found || KEY.test(line.text)) return undefined;
  // A word that is a key: an indicator code in quotes, a field of the formats, or a key the file has elsewhere.
  // A wrapped value's next line (`note: Ban hành chậm` then `do chờ kế hoạch` at the key's column) starts with no key.
  const key = found[1]!;
  if (!keyAmongKeys(text, line, key)) return undefined;
  return { offset: line.start + indent(line.text), params: { hint_missing_colon: key, hint_written: found[2] === undefined ? `${key}:` : `${key}: ${found[2].trimEnd()}` } };
}

/**
 * Whether a line that starts with `key` is a key slipped: an indicator code in quotes, a field of the formats, or a
 * key the file has elsewhere (a wrapped value's next line, `do chờ kế hoạch` under `note: Ban hành chậm`, starts with
 * no key), with a key line at its column above or below it (lines deeper between them are entries' insides).
 */
function keyAmongKeys(text: string, line: Line, key: string): boolean {
  if (!/^["']/.test(key) && !FIELDS.has(key) && !new RegExp(`^[ \t]*(?:- +)?${key}:(?:[ \t]|$)`, "mu").test(text)) return false;
  const level = indent(line.text);
  return [previousAtMost(text, line.start, level), nextAtMost(text, line.start, level)].some((l) => l !== undefined && indent(l.text) === level && KEY.test(l.text));
}

/** A key as a line starts with it, its colon glued to the value after it: `value:4`, `id:qb-skhcn`. */
const KEY_GLUED = /^ *(?:- +)?("[^"\s:]+"|'[^'\s:]+'|[\p{L}_][\p{L}\p{N}_-]*):([^\s#].*)$/u;

/**
 * `value:4`: a key glued to its value, no space after the colon, among keys at its column. YAML reads `value:4`
 * as one plain text going on over the next lines ("Implicit keys need to be on a single line"), which says nothing
 * of the space; the line written as meant (its comment left out).
 */
export function gluedColon(text: string, offset: number): Slip | undefined {
  return gluedColonAt(text, lineAt(text, offset));
}

/**
 * `value:4 # bốn cuộc`, `value 4 # bốn cuộc`: with a comment after it a key's slipped line ends there, and the
 * parser reports the next key at its column as "not at the same column"; the slip is the line above it.
 */
export function keySlipAbove(text: string, offset: number): Slip | undefined {
  const line = lineAt(text, offset);
  const above = previousAtMost(text, line.start, indent(line.text));
  if (!above || indent(above.text) !== indent(line.text)) return undefined;
  return missingColonAt(text, above) ?? gluedColonAt(text, above);
}

function gluedColonAt(text: string, line: Line): Slip | undefined {
  const found = KEY_GLUED.exec(line.text);
  if (!found || KEY.test(line.text) || !keyAmongKeys(text, line, found[1]!)) return undefined;
  const comment = found[2]!.search(/[ \t]#/);
  const value = (comment < 0 ? found[2]! : found[2]!.slice(0, comment)).trimEnd();
  return { offset: line.start + indent(line.text), params: { hint_colon: `${found[1]}: ${value}` } };
}

/** A key as a line starts with it, then a full-width colon (U+FF1A), spaces around it or not: `value：4`, `"1.1"：`. */
const KEY_WIDE_COLON = /^ *(?:- +)?("[^"\s:\uff1a]+"|'[^'\s:\uff1a]+'|[\p{L}_][\p{L}\p{N}_-]*)[ \t]*\uff1a[ \t]*(.*)$/u;

/**
 * `value：4`: a key followed by the full-width colon an East Asian input method types (a Vietnamese IME set to
 * Chinese or Japanese punctuation), among keys at its column. YAML sees no colon: the line is a plain text going
 * on over the next lines ("Implicit keys need to be on a single line"), a key with no value, or a stray character
 * after a quoted key. Looked for on the line reported and, for "not at the same column" (a comment after the
 * slip ends its line), the key line above it at its column. The line written as meant (its comment left out).
 */
export function wideColon(text: string, offset: number, reportedAt: "above" | "itself"): Slip | undefined {
  const here = lineAt(text, offset);
  const above = reportedAt === "itself" ? previousAtMost(text, here.start, indent(here.text)) : undefined;
  for (const line of [here, above && indent(above.text) === indent(here.text) ? above : undefined]) {
    const found = line ? KEY_WIDE_COLON.exec(line.text) : null;
    if (!line || !found || KEY.test(line.text) || !keyAmongKeys(text, line, found[1]!)) continue;
    const comment = found[2]!.search(/(?:^|[ \t])#/);
    const value = halfWidth((comment < 0 ? found[2]! : found[2]!.slice(0, comment)).trim());
    return { offset: line.start + line.text.indexOf("\uff1a"), params: { hint_wide_colon: found[1]!, hint_written: value === "" ? `${found[1]}:` : `${found[1]}: ${value}` } };
  }
  return undefined;
}

/**
 * `- {title: Kế hoạch: CĐS 2025, date: …}`: a value in {…} holding a colon and a space, which YAML reads as a
 * key of its own; the parser says block collections are not allowed there, which its sentence turned into "items
 * are separated by commas, not semicolons or line breaks", wrong here. Told by the entry reported: a key, then a
 * plain value that holds ": " before the entry's end on its line (a ; before it is that sentence's own case,
 * `{a: 52; b: 68}`). The entry written with its value in quotes.
 */
export function colonInFlowValue(text: string, offset: number): Slip | undefined {
  const line = lineAt(text, offset);
  const at = offset - line.start;
  const key = /([^\s{,"'][^:{},]*?):[ \t]+$/.exec(line.text.slice(0, at));
  const value = /^[^,{}[\]#"']*?[^\s,{}[\]#"'](?=[ \t]*(?:[,}]|$))/.exec(line.text.slice(at))?.[0];
  if (!key || value === undefined || !/:[ \t]/.test(value) || value.includes(";") || !startsValue(line.text, at)) return undefined;
  // `{a: 52 b: 68}`, `{number: 45/KH date: 2025-02-14}`: the word before the inner colon is a key as fields and
  // parts' ids are written (lowercase, no diacritics), its comma left out: the parser's sentence says that; quoting
  // the rest as one value would keep the slip.
  const inner = /(?:^|\s)([^\s:]+):[ \t]/u.exec(value)?.[1];
  if (inner !== undefined && /^[a-z][a-z0-9_-]*$/.test(inner)) return undefined;
  return { offset, params: { hint_flow_colon: `${key[1]}: ${JSON.stringify(value)}` } };
}

/**
 * Whether position `i` of a line starts a value: after a bracket or a comma, a key's colon or a list's dash and a
 * space, or the line's start. Looked at back from `i`, over the spaces before it only: a pattern run over the line
 * up to `i`, at each quote and bracket, took the square of its length (5 s for a 100 KB line of quotes).
 */
function startsValue(line: string, i: number): boolean {
  let at = i;
  while (at > 0 && (line[at - 1] === " " || line[at - 1] === "\t")) at--;
  const before = line[at - 1];
  return at === 0 || before === "{" || before === "[" || before === "," || (at < i && (before === ":" || before === "-"));
}

/**
 * `- {title: Báo cáo số #2, date: …}`: a # after a space starts a comment inside a one-line mapping or list too,
 * and the comment hides the rest of the line, its closing bracket with it; the parser says so at the next key,
 * naming no comment. The slip is the #, on the line reported or the content line above it; the value holding it,
 * written in quotes, is what to write (none for a value already quoted: its # is a comment meant as one).
 */
export function commentInFlow(text: string, offset: number): Slip | undefined {
  const here = lineAt(text, offset);
  for (const line of [here, previousContent(text, here.start)]) {
    const found = line === undefined ? undefined : hiddenClose(line.text);
    if (found) return { offset: line!.start + found.at, params: found.params };
  }
  return undefined;
}

/** In one line: the # that hides the closing bracket of a mapping or list open before it, and the value it is in, quoted. */
function hiddenClose(line: string): { at: number; params: Record<string, string> } | undefined {
  const open: string[] = [];
  let quote: string | undefined;
  let segment = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === '"' && ch === "\\") { i++; continue; }
    if (quote !== undefined) { if (ch === quote) quote = undefined; continue; }
    if ((ch === '"' || ch === "'") && startsValue(line, i)) quote = ch;
    else if ((ch === "{" || ch === "[") && startsValue(line, i)) { open.push(ch === "{" ? "}" : "]"); segment = i + 1; }
    else if ((ch === "}" || ch === "]") && open.at(-1) === ch) open.pop();
    else if (ch === "," && open.length > 0) segment = i + 1;
    else if (ch === "#" && open.length > 0 && (line[i - 1] === " " || line[i - 1] === "\t")) {
      const close = open.at(-1)!;
      const rest = line.slice(i);
      if (!rest.includes(close)) return undefined;
      const end = i + rest.search(/[,}\]]/);
      const written = line.slice(segment, end).trim();
      const colon = /^([^\s"'][^:]*?|"[^"]*"|'[^']*'):[ \t]+/.exec(written);
      const value = colon ? written.slice(colon[0].length) : written;
      if (/^["']/.test(value)) return undefined;
      return { at: i, params: { hint_flow_comment: colon ? `${colon[1]}: ${JSON.stringify(value)}` : JSON.stringify(value), hint_flow_close: close } };
    }
  }
  return undefined;
}

/** Not the parser's: said at a list item that starts with a word processor's dash or bullet (parse-yaml.ts). */
export const WORD_LIST_MARK_DETAIL = "A list item starts with a word processor's dash or bullet";
/** The detail said for a text in quotes carried on to a line not indented enough (not a sentence of the parser's). */
export const QUOTE_GOES_ON = "A quoted text goes on to a line that is not indented enough";
/** A key and its colon at a line's start: a line below an unclosed quote that is the next field, not the text going on. */
const FIELD_LINE = /^ *(?:- +)?(?:"[^"]*"|'[^']*'|[\p{L}_][\p{L}\p{N}_-]*):(?:[ \t]|$)/u;

/**
 * A text in quotes that goes on to the next line, that line indented no deeper than the key the text belongs to (a
 * note typed with Enter in it, the rest at the line's start): YAML then ends the text at the line's end and says its
 * closing quote is missing, though it is written below, and misreads every line after it (100 findings for one note in
 * a one-line answer, with hints to escape a quote inside). Said at the line to indent, with the spaces it needs. Not
 * where a line below is a field of its own (`by: "…"`): the closing quote is then the one left out. `lineNumber`: the
 * line of `offset`, where the parser says the quote is missing: the text's first line, or the last one deep enough
 * below it when a later line is the shallow one (its quote is then on a line above).
 */
export function quoteGoesOnOutdented(text: string, offset: number, lineNumber: number, quote: '"' | "'"): Slip | undefined {
  let first = lineAt(text, offset);
  // The lines the text went on to, deep enough, hold no lone quote of its kind (one would have closed it).
  for (let up = 0; !opensQuote(first.text, quote); up++) {
    if (up >= 20 || first.start === 0) return undefined;
    first = lineAt(text, first.start - 1);
    lineNumber--;
  }
  // Deeper than the key, a list item's key counted after its "- ": enough in a block and in a one-line {…} alike.
  const needed = indent(first.text) + 1;
  let outdented: { start: number; text: string; above: number } | undefined;
  let end = text.indexOf("\n", first.start);
  for (let lines = 0; end >= 0 && lines < 20; lines++) {
    const line = lineAt(text, end + 1);
    end = text.indexOf("\n", line.start);
    if (line.text.trim() === "") continue;
    if (FIELD_LINE.test(line.text)) return undefined;
    const spaces = /^ */.exec(line.text)![0].length;
    if (spaces < needed && !outdented) outdented = { ...line, above: lineNumber + lines };
    if (closesQuote(line.text, quote)) {
      if (!outdented) return undefined;
      // The line to join the shallow one to, where it is not the text's first.
      const above: Record<string, number> = outdented.above > lineNumber ? { hint_quote_above: outdented.above } : {};
      return { offset: outdented.start + /^ */.exec(outdented.text)![0].length, params: { detail: QUOTE_GOES_ON, hint_quote_line: lineNumber, hint_quote_indent: needed, ...above } };
    }
  }
  return undefined;
}

/**
 * Whether a line leaves a text in quotes open: an odd count of its quotes, `\"` inside double quotes and `''` inside
 * single ones (the text's own, even in count) aside.
 */
function opensQuote(line: string, quote: '"' | "'"): boolean {
  const own = quote === '"' ? line.replace(/\\./g, "") : line;
  return own.split(quote).length % 2 === 0;
}

/** Whether a line holds the quote that closes a text opened above it (`\"` inside double quotes, `''` inside single ones, are the text's). */
function closesQuote(line: string, quote: '"' | "'"): boolean {
  for (let i = 0; i < line.length; i++) {
    if (quote === '"' && line[i] === "\\") { i++; continue; }
    if (line[i] !== quote) continue;
    if (quote === "'" && line[i + 1] === "'") { i++; continue; }
    return true;
  }
  return false;
}
