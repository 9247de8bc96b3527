import { indent, KEY, keyKind, KEY_VALUE, lineAt, lineNumber, nextContent, previousContent, spaces, type Line, type Slip } from "./yaml-slips.js";

const isItem = (line: string) => /^ *- /.test(line);
/** A key whose value is on the lines below it: nothing after its colon, or a block text (`|`, `>`). */
const opens = (line: string) => KEY.test(line) && (!KEY_VALUE.test(line) || /:[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(line));
/** Lines looked at around the one reported: a mapping longer than that is not looked into (200 findings may each look). */
const MOST_LINES = 400;

/**
 * The keys of one mapping written at two columns (`     value:` at 5, then `    evidence:` at 4): the parser reports
 * the first key at the column it did not take first, which may be the right one. The keys between the mapping's
 * holder and its end, each deeper line under a key that opens a block left aside, vote: the column most of them
 * have is right. With as many at each, the column one indentation step right of the holder (the step of the holder
 * from the key holding it) is; where neither tells, both lines are named.
 */
export function unevenSiblings(text: string, offset: number, reportedAt: "above" | "itself"): Slip | undefined {
  const mapping = mappingColumn(text, offset, reportedAt);
  if (!mapping) return undefined;
  const { keys, byColumn, right } = mapping;
  if (right === undefined) {
    // Neither column tells: the two lines where the columns change, each named with its spaces.
    const second = keys.findIndex((k, i) => i > 0 && indent(k.text) !== indent(keys[i - 1]!.text));
    const [a, b] = [keys[second - 1]!, keys[second]!];
    return { offset: b.start + indent(b.text), params: { hint_uneven_line: lineNumber(text, a.start), hint_uneven_spaces: indent(a.text), hint_uneven_other_line: lineNumber(text, b.start), hint_uneven_other_spaces: indent(b.text) } };
  }
  // Every key off the column is named: the first here, the others with it (the parser reports the keys after a
  // change of column, which need not be the keys off it).
  const [first, ...others] = keys.filter((k) => indent(k.text) !== right).map((odd) => oddKey(text, keys, right, byColumn.get(right)!, odd));
  return others.length > 0 ? { ...first!, also: others } : first;
}

/**
 * Whether a slip found by its line's neighbours alone moves a key of this mapping that is at the column the mapping's
 * keys tell, or to another column: said with it, one line's advice would contradict another's (5, 4, 5, 4…: "indent
 * it 4" then "indent it in line with them (5)"; 3 then 4 under a 2-space step: the line at 4 said to be off).
 */
export function againstSiblings(text: string, offset: number, reportedAt: "above" | "itself", slip: Slip): boolean {
  const mapping = mappingColumn(text, offset, reportedAt);
  if (mapping?.right === undefined) return false;
  const key = mapping.keys.find((k) => k.start === lineAt(text, slip.offset).start);
  return key !== undefined && (indent(key.text) === mapping.right || slip.params.hint_indent_expected !== mapping.right);
}

/** The keys of the reported line's mapping, by column, and the column they should share (undefined where neither tells). */
function mappingColumn(text: string, offset: number, reportedAt: "above" | "itself") {
  const reported = reportedAt === "itself" ? lineAt(text, offset) : nextContent(text, lineAt(text, offset).start);
  if (!reported || !KEY.test(reported.text) || isItem(reported.text)) return undefined;
  const holder = holderOf(text, reported);
  if (!holder) return undefined;
  const keys = keysUnder(text, holder);
  if (!keys) return undefined;
  // Keys of one kind only (all fields, or all answers' codes): `"1.2":` among `value:` lines is no field misplaced but a
  // sign the mapping was misread (an answer a column off, its fields under it).
  if (keys.some((k) => keyKind(k.text) !== keyKind(keys[0]!.text))) return undefined;
  const byColumn = new Map<number, Line[]>();
  for (const key of keys) byColumn.set(indent(key.text), [...(byColumn.get(indent(key.text)) ?? []), key]);
  if (byColumn.size < 2) return undefined;
  const ranked = [...byColumn.entries()].sort((a, b) => b[1].length - a[1].length);
  const majority = ranked[0]![1].length > ranked[1]![1].length;
  const right = majority ? ranked[0]![0] : byStep(text, holder, ranked.filter((r) => r[1].length === ranked[0]![1].length).map((r) => r[0]));
  return { keys, byColumn, right };
}

/** One key off the mapping's column `right`, said against its siblings at that column. */
function oddKey(text: string, keys: Line[], right: number, atRight: Line[], odd: Line): Slip {
  const found = indent(odd.text);
  // Between keys at the right column, said as the slips found by their neighbours alone are (yaml-slips.ts).
  const at = keys.indexOf(odd);
  if (keys.slice(0, at).some((k) => indent(k.text) === right) && keys.slice(at + 1).some((k) => indent(k.text) === right)) {
    return { offset: odd.start + found, params: { [found < right ? "hint_outdent" : "hint_misaligned"]: found, hint_indent_expected: right } };
  }
  const model = atRight.reduce((near, k) => (Math.abs(k.start - odd.start) < Math.abs(near.start - odd.start) ? k : near));
  return { offset: odd.start + found, params: { hint_sibling_found: found, hint_indent_expected: right, hint_sibling_line: lineNumber(text, model.start) } };
}

/** The key that holds the reported line's mapping: the nearest line above, left of every line between, that opens a block or is a list item. */
function holderOf(text: string, reported: Line): Line | undefined {
  let least = spaces(reported.text);
  let at = previousContent(text, reported.start);
  for (let looked = 0; at && looked < MOST_LINES; at = previousContent(text, at.start), looked++) {
    const own = spaces(at.text);
    if (own < least && (opens(at.text) || isItem(at.text))) return at;
    least = Math.min(least, own);
    if (least === 0) return undefined;
  }
  return undefined;
}

/**
 * The keys of the holder's mapping (a list item's first key, on its dash's line, among them). Undefined for anything
 * but keys and the lines under keys that open blocks: a list or a text going on over lines is not guessed at.
 */
function keysUnder(text: string, holder: Line): Line[] | undefined {
  const item = isItem(holder.text);
  // A list item that opens a block (`- group:`): its keys and its block's are not told apart.
  if (item && opens(holder.text)) return undefined;
  const keys: Line[] = item ? [holder] : [];
  let last: Line | undefined = item ? holder : undefined;
  let at = nextContent(text, holder.start);
  for (let looked = 0; at && spaces(at.text) > spaces(holder.text); at = nextContent(text, at.start), looked++) {
    if (looked >= MOST_LINES) return undefined;
    if (last && last !== holder && opens(last.text) && spaces(at.text) > spaces(last.text)) continue;
    if (!KEY.test(at.text) || isItem(at.text)) return undefined;
    keys.push(at);
    last = at;
  }
  return keys;
}

/** Of columns as many keys have each, the one an indentation step right of the holder (its own step from the key above it). */
function byStep(text: string, holder: Line, columns: number[]): number | undefined {
  if (isItem(holder.text)) return undefined;
  let above = previousContent(text, holder.start);
  while (above && spaces(above.text) >= spaces(holder.text)) above = previousContent(text, above.start);
  if (!above || !opens(above.text) || isItem(above.text)) return undefined;
  const step = spaces(holder.text) - spaces(above.text);
  const fits = columns.filter((c) => c === spaces(holder.text) + step);
  return fits.length === 1 ? fits[0] : undefined;
}
