import { parseDocument, visit, type Document } from "yaml";

// The `yaml` package prints a document in its own layout: a run of blank lines as one, a comment on a value's
// line one space after it. A save changes a line or a few; every other line is given back as the file had it.

/**
 * `written` (the document as the save prints it) with the lines of `before` (the file as it was read) where the
 * save left them as they were, told apart from a line written anew by what a printer may change and the data
 * cannot: the spaces or tabs between a line's text and its comment's "#", at a line's end, and how many blank
 * lines stand together (two blank lines between groups printed as one; a run told by the line below it); and a
 * comment line's indent where it was deeper than the save writes it (an officer's note under a value, printed at its
 * keys' column), the line above it indented as it was. Less deep, the indent says which mapping the comment belongs
 * to, and the save may have moved it. A line written anew (a value changed, an answer added or renamed) is as
 * `written` has it, but for its comment, put at the column it had on the line it replaces where the new text leaves
 * room (see aligned). Where the lines kept would read as other data than `doc`, printed as `written` (a run of
 * spaces or blank lines inside a quoted or multi-line text), or the two texts differ too much to be matched cheaply,
 * `written` as it is.
 */
export function keptLayout(before: string, written: string, doc: Document): string {
  const fresh = unitsOf(written);
  const old = unitsOf(before, true);
  // Items written `-   ` and explicit keys (see dashesAsPrinted, explicitKeyUnits) matched with what the save writes:
  // where what is kept so does not read as the data (a line of such an item written anew, at the save's column under
  // the item's first line), they are not.
  return keptOf(old, fresh, written, doc) ?? (old.some((u) => u.reshaped) ? keptOf(unitsOf(before), fresh, written, doc) : undefined) ?? written;
}

/** The save's text `written` (its units `fresh`) with the lines of `old` kept where it can: undefined where not one can. */
function keptOf(old: Unit[], fresh: Unit[], written: string, doc: Document): string | undefined {
  const pairs = matchedUnits(old.map((u) => u.key), fresh.map((u) => u.key), MAX_EDITS);
  if (!pairs) return undefined;
  const oldContext = contextIndents(old);
  const freshContext = contextIndents(fresh);
  const replaced = trailingComments(old, pairs);
  // The old units between the matched ones around a unit written anew: the lines it replaces are among them.
  const nextMatched = new Int32Array(fresh.length + 1).fill(old.length);
  for (let i = fresh.length - 1; i >= 0; i--) nextMatched[i] = pairs[i]! >= 0 ? pairs[i]! : nextMatched[i + 1]!;
  const moved = unmatchedByKey(old, pairs);
  let lastMatched = -1;
  // Old units a unit not matched took (a blank run, a moved line, the line a changed one replaces): taken once.
  const taken = new Set<number>();
  // A line kept by sameAsWritten was judged on its own (no anchor, no neighbour): the whole text is read again.
  let keptUnchanged = false;
  const keptAs = (i: number, j: number): string[] => {
    const was = old[j]!.lines;
    const unit = fresh[i]!;
    // An explicit key's two lines, kept only where the two units they stand for are kept in a row (not moved).
    if (old[j]!.explicit === "head") return pairs[i] === j && pairs[i + 1] === j + 1 ? was : unit.lines;
    if (old[j]!.explicit === "rest") return pairs[i] === j && pairs[i - 1] === j - 1 ? was : unit.lines;
    // A comment line keeps its column where it was deeper than the save writes it, the lines above it indented as
    // the file had them (not in a file re-indented, where the keys' column changed). Deeper as YAML reads it: a tab is
    // no indent (`\t\t# x` is at column 0, the next entry's comment, printed at its column), but after spaces it is
    // read at theirs (`  \t# x`, as deep as `  # x`).
    if (unit.key.startsWith("#") && leadOf(was[0]!) !== leadOf(unit.lines[0]!)) {
      return readColumn(was[0]!) >= indentOf(unit.lines[0]!) && oldContext[j] === freshContext[i] ? was : unit.lines;
    }
    return was;
  };
  const kept = fresh.flatMap((unit, i) => {
    const j = pairs[i]!;
    if (j >= 0) { lastMatched = j; return keptAs(i, j); }
    if (unit.key === END) return unit.lines;
    if (isBlank(unit)) return blankRun(unit, old, lastMatched, nextMatched[i]!, taken);
    // A line moved (an answer put in another group): as the file had it where it stood.
    const from = moved.get(unit.key)?.find((m) => !taken.has(m));
    if (from !== undefined) { taken.add(from); return keptAs(i, from); }
    // A line the save left as it was, which the printer writes otherwise (`{a: 71, b: 74,5}`, written by hand, printed
    // `{a: 71, b: 74, "5"}`): as the file had it, the officer's text the error at it points at.
    const same = sameAsWritten(unit, old, lastMatched, nextMatched[i]!, taken);
    if (same !== undefined) { taken.add(same); keptUnchanged = true; return old[same]!.lines; }
    return [aligned(unit.lines[0]!, lastMatched, nextMatched[i]!, replaced, taken)];
  }).join("\n");
  // A value kept over its lines is checked too: its line breaks read as the spaces the save's line has.
  const readsAsWritten = !keptUnchanged && !spacesAreData(doc) && !old.some((u) => u.joined || u.reshaped);
  return kept === written || readsAsWritten || readsAs(kept, doc.toJS({ maxAliasCount: 100 })) ? kept : undefined;
}

/** Lines added, removed or changed past which the save's own text is written (a file re-indented by hand): a save changes a few. */
const MAX_EDITS = 1000;

/**
 * `key`: the unit's text as the printer could have written it, what units are matched by. `joined`: a value written
 * over several lines, which the printer writes on one (see flowUnit, plainUnit). `reshaped`: told by its lines as
 * the printer writes an item's dash or a key (see dashesAsPrinted, explicitKeyUnits). `explicit`: an explicit key's
 * two lines (`? "1.1"`, `: value: 3`) as the two the printer writes for them (`"1.1":`, `value: 3`), the first
 * holding both, the second none: kept only both together.
 */
interface Unit { key: string; lines: string[]; joined?: true; reshaped?: true; explicit?: "head" | "rest" }

const BLANK = "\u0000blank";
const END = "\u0000end";

/**
 * A text's lines (each with its "\r", if any), a run of blank ones taken together, and those that end the file with
 * what follows its last line end as one unit (so that the blank lines at its end stay there, after an answer added).
 */
function unitsOf(text: string, asPrinted = false): Unit[] {
  const units: Unit[] = [];
  const written = text.split("\n");
  // Lines are told apart and keyed as shaped, kept as written.
  const lines = asPrinted ? dashesAsPrinted(written) : written;
  const unitOf = (unit: Unit, from: number, to: number): Unit => {
    unit.lines = written.slice(from, to);
    if (lines !== written && unit.lines.some((line, k) => line !== lines[from + k])) unit.reshaped = true;
    return unit;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const explicit = asPrinted ? explicitKeyUnits(lines, i) : [];
    if (explicit.length > 0) { units.push(unitOf(explicit[0]!, i, i + 2), ...explicit.slice(1)); i++; continue; }
    const blank = /^[ \t\r]*$/.test(line);
    const last = units.at(-1);
    const flow = blank ? 1 : flowLineCount(lines, i);
    const wrapped = blank || flow > 1 ? 1 : plainLineCount(lines, i);
    if (flow > 1) { units.push(unitOf(flowUnit(lines.slice(i, i + flow)), i, i + flow)); i += flow - 1; }
    else if (wrapped > 1) { units.push(unitOf(plainUnit(lines.slice(i, i + wrapped)), i, i + wrapped)); i += wrapped - 1; }
    else if (blank && last?.key === BLANK) last.lines.push(written[i]!);
    else units.push(unitOf({ key: blank ? BLANK : keyOf(line), lines: [] }, i, i + 1));
  }
  const last = units.at(-1)!;
  if (last.key === BLANK) last.key = END;
  else units.push({ key: END, lines: [] });
  // A run told by the line below it: matched with the run that stood above that line (two blank lines between
  // answers, three above a group's heading), not with the first run left where an answer moved away from both.
  units.forEach((unit, i) => { if (unit.key === BLANK) unit.key = `${BLANK}${units[i + 1]!.key}`; });
  return units;
}

/**
 * `lines` with each list item's dash as the printer writes it, one space before the item's text: `-   number: x`
 * (the text aligned after its dash at an editor's tab stop) as `- number: x`, the item's lines below it (indented
 * as deep as its text or deeper) as much to the left. A block text's lines (`note: |`) are its text: moved with the
 * item they stand in, not looked into. The data such lines are kept for is checked (see keptLayout).
 */
function dashesAsPrinted(lines: string[]): string[] {
  // The items being moved: the column their text begins at as written, and by how much.
  const items: { column: number; shift: number }[] = [];
  let shift = 0;
  let blockText = -1;
  return lines.map((line) => {
    const indent = readColumn(line);
    if (/^[ \t\r]*$/.test(line)) return line;
    if (blockText >= 0 && indent <= blockText) blockText = -1;
    // A comment line ends no item, at whatever column.
    const comment = blockText < 0 && /^[ \t]*#/.test(line);
    while (!comment && items.length > 0 && indent < items.at(-1)!.column) shift -= items.pop()!.shift;
    const moved = line.slice(Math.min(shift, indent));
    if (blockText >= 0 || comment) return moved;
    const dashes = /^(?:-( +)(?=[^ #\r]))+/.exec(line.slice(indent))?.[0] ?? "";
    const textColumn = indent + dashes.length;
    const rest = line.slice(textColumn);
    if (/^[|>][-+0-9]*[ \t]*(#.*)?\r?$/.test(rest)) blockText = textColumn - 2;
    else if (/:[ \t]+[|>][-+0-9]*[ \t]*(#.*)?\r?$/.test(rest)) blockText = textColumn;
    if (!/- {2}/.test(dashes)) return moved;
    const extra = dashes.length - dashes.replace(/- +/g, "- ").length;
    items.push({ column: textColumn, shift: extra });
    shift += extra;
    return `${moved.slice(0, indent - (line.length - moved.length))}${dashes.replace(/- +/g, "- ")}${rest}`;
  });
}

/**
 * An explicit key (`? "1.1"` then `:` on the line below, at its column) as the units the printer writes for it,
 * which it cannot write so: `"1.1":` holding both lines; what the `:` line holds after it a unit of its own holding
 * no line, two deeper (as the printer writes a mapping in a file indented by two): the answer's first key
 * (`: value: 3`, a comment after it too, which the printer writes on that key's line), or a comment alone
 * (`: # hỏi lại`, which the printer writes on a line of its own above the answer's first key). None where the lines
 * are not such a key, or hold a comment on the `?` line or another value on the `:` line (a list, a flow value).
 */
function explicitKeyUnits(lines: string[], at: number): Unit[] {
  const key = /^([ \t]*)\?[ \t]+([^#\s].*?)[ \t]*\r?$/.exec(lines[at]!);
  const value = key && new RegExp(`^${key[1]}:(?:[ \\t]+(.*?))?[ \\t]*\\r?$`).exec(lines[at + 1] ?? "");
  if (!key || !value || /[ \t]#/.test(key[2]!)) return [];
  const keyLine = keyOf(`${key[1]}${key[2]}:`);
  const rest = value[1];
  if (rest === undefined) return [{ key: keyLine, lines: [], reshaped: true }];
  if (!/^(?:#|(?:"[^"]*"|'[^']*'|[^\s#'"{}[\]|>&*!%@`?:-][^#]*?):(?:[ \t]|$))/.test(rest)) return [];
  return [{ key: keyLine, lines: [], reshaped: true, explicit: "head" }, { key: keyOf(`${key[1]}  ${rest}`), lines: [], reshaped: true, explicit: "rest" }];
}

/** Lines past which a flow value is not looked for its end: a hand-written one spans a few. */
const MAX_FLOW_LINES = 100;

/**
 * How many lines, from `start`, a flow value begun on it and written over several lines by hand spans
 * (`value: {a: 70,` then `  b: 65}`); 1 where none begins there, it holds a comment or a blank line, or it does not
 * end within MAX_FLOW_LINES. The printer writes it on one line: taken as one unit, the file's lines are kept where
 * that line is what the save writes.
 */
function flowLineCount(lines: string[], start: number): number {
  if (/^[ \t]*#/.test(lines[start]!)) return 1;
  const state = { depth: 0, quote: "", last: "" };
  for (let i = start; i < lines.length && i - start < MAX_FLOW_LINES; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (i > start && /^[ \t]*$/.test(line)) return 1;
    if (!scanFlow(line, state)) return 1;
    if (state.depth === 0 && state.quote === "") return i - start + 1;
  }
  return 1;
}

/**
 * Follows a line's flow brackets and quotes on from `state` (a quote open at a line's end goes on on the next);
 * false at a comment. A bracket opens a flow value only where a value begins (after `: `, `- `, or first on the
 * line): a plain text of a block value (`title: a {b`) holds none.
 */
function scanFlow(line: string, state: { depth: number; quote: string; last: string }): boolean {
  let i = 0;
  if (state.quote) {
    const end = closingQuote(line, 0, state.quote);
    if (end < 0) i = line.length;
    else { i = end + 1; state.last = state.quote; state.quote = ""; }
  }
  for (; i < line.length; i++) {
    const c = line[i]!;
    const valueStarts = state.last === "" || (state.depth > 0 ? ":[{,?" : ":-?").includes(state.last);
    if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "\t")) return false;
    if ((c === '"' || c === "'") && valueStarts) {
      const end = closingQuote(line, i + 1, c);
      if (end < 0) { state.quote = c; break; }
      i = end;
      state.last = c;
      continue;
    }
    if ((c === "[" || c === "{") && (state.depth > 0 || valueStarts)) state.depth++;
    else if ((c === "]" || c === "}") && state.depth > 0) state.depth--;
    if (c !== " " && c !== "\t") state.last = c;
  }
  // A line's end inside a flow value is a space between its items.
  if (state.depth > 0) state.last = ",";
  return true;
}

/**
 * A flow value's lines as one unit, told by the line the printer writes for it: the lines joined by one space (a
 * line break and the spaces around it read as one space inside a flow value), outside quotes one space after each
 * ",", none after an opening or before a closing bracket.
 */
function flowUnit(lines: string[]): Unit {
  const joined = lines.map((l, i) => (i === 0 ? l.replace(/[ \t\r]+$/, "") : l.trim())).join(" ");
  return { key: keyOf(flowSpacing(joined)), lines, joined: true };
}

/**
 * How many lines, from `start`, a plain text begun on it spans where it was wrapped by hand (`note: Số liệu lấy từ`
 * then `  hệ thống báo cáo`): the lines below it indented deeper, none blank, a comment, or holding ": " or " #" (a
 * key or a comment, not a text). 1 where the line holds no plain text to wrap (a quoted or flow value, a block text).
 */
function plainLineCount(lines: string[], start: number): number {
  const first = lines[start]!.replace(/\r$/, "");
  if (!PLAIN_TEXT_LINE.test(first)) return 1;
  const indent = indentOf(first);
  let end = start + 1;
  while (end < lines.length && end - start < MAX_FLOW_LINES) {
    const line = lines[end]!.replace(/\r$/, "");
    if (indentOf(line) <= indent || /^[ \t]*(#|$)/.test(line) || /:([ \t]|$)|[ \t]#/.test(line)) break;
    end++;
  }
  return end - start;
}

/**
 * A line whose value is a plain text: `key: text` or `- text`, the text beginning with none of YAML's indicators
 * (a quote, a bracket, a block text's | or >, an anchor, alias or tag) and holding no ": " or " #".
 */
const PLAIN_TEXT_LINE = /^[ \t]*(?:- +)*(?:[^ \t#'"{}[\]|>&*!%@`-][^#]*?:[ \t]+|- +)[^ \t#'"{}[\]|>&*!%@`](?:(?![ \t]#|:[ \t]).)*$/;

/** A plain text's lines as one unit, told by the line the printer writes for it: the lines joined by one space. */
function plainUnit(lines: string[]): Unit {
  const joined = lines.map((l, i) => (i === 0 ? l.replace(/[ \t\r]+$/, "") : l.trim())).join(" ");
  return { key: keyOf(joined), lines, joined: true };
}

function flowSpacing(text: string): string {
  const indent = /^[ \t]*/.exec(text)![0];
  let out = indent;
  let last = "";
  let space = false;
  for (let i = indent.length; i < text.length; i++) {
    const c = text[i]!;
    if (c === " " || c === "\t") { space = true; continue; }
    if (space && last !== "[" && last !== "{" && !"]},".includes(c)) out += " ";
    space = false;
    // A quote opens a text only where a value begins (`it's` is plain), as in scanFlow: copied as it is.
    const opens = (c === '"' || c === "'") && (last === "" || ":-?[{,".includes(last));
    last = c;
    if (opens) {
      const end = closingQuote(text, i + 1, c);
      const stop = end < 0 ? text.length - 1 : end;
      out += text.slice(i, stop + 1);
      i = stop;
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * A line as the printer could have written it: one space between its text and a comment's "#", none at its end; a
 * comment line at any indent (the printer writes it at its holder's keys' column, an officer deeper).
 */
function keyOf(line: string): string {
  const key = line.replace(/[ \t\r]+$/, "").replace(/(\S)[ \t]+#/g, "$1 #");
  return /^[ \t]*#/.test(key) ? key.trimStart() : key;
}

/** A line's comment told by its indent and text (what a line written anew and the line it replaces share). */
type CommentKey = string;
/** Where a replaced line's comment began (its "#"'s column), and whether a tab came before it. */
interface Replaced { unit: number; column: number; tab: boolean }

/** Which units of `old` a unit of the save was matched with (1), by their index. */
function keptOldUnits(old: Unit[], pairs: Int32Array): Uint8Array {
  const matched = new Uint8Array(old.length);
  for (const j of pairs) if (j >= 0) matched[j] = 1;
  return matched;
}

/** The lines of `old` the save did not keep, neither blank nor the end, by their key, in the file's order. */
function unmatchedByKey(old: Unit[], pairs: Int32Array): Map<string, number[]> {
  const matched = keptOldUnits(old, pairs);
  const found = new Map<string, number[]>();
  old.forEach((unit, j) => {
    if (matched[j] || isBlank(unit) || unit.key === END) return;
    const list = found.get(unit.key);
    if (list) list.push(j);
    else found.set(unit.key, [j]);
  });
  return found;
}

/** The comments on the lines of `old` the save did not keep, by their key, in the file's order. */
function trailingComments(old: Unit[], pairs: Int32Array): Map<CommentKey, Replaced[]> {
  const matched = keptOldUnits(old, pairs);
  const found = new Map<CommentKey, Replaced[]>();
  old.forEach((unit, j) => {
    const line = unit.lines[0];
    const at = line === undefined || matched[j] || isBlank(unit) || unit.key === END ? undefined : commentStart(line);
    if (line === undefined || at === undefined) return;
    const key = commentKey(line, at);
    const list = found.get(key) ?? [];
    list.push({ unit: j, column: columns(line.slice(0, at)), tab: /\t[ \t]*$/.test(line.slice(0, at)) });
    found.set(key, list);
  });
  return found;
}

/**
 * A line written anew with a comment on it (`    value: 4 # x`) with that comment at the column it had on the line it
 * replaces (the first unit of `replaced` not taken, between `after` and `before` where there is one, with the same
 * indent and comment): aligned comments stay aligned. Where its new text reaches that column, or the file had a tab before the "#" (its width is
 * the editor's), as the save writes it.
 */
function aligned(line: string, after: number, before: number, replaced: Map<CommentKey, Replaced[]>, taken: Set<number>): string {
  const at = commentStart(line);
  if (at === undefined) return line;
  const list = (replaced.get(commentKey(line, at)) ?? []).filter((r) => !taken.has(r.unit));
  // Where none is there, the line moved and was changed (a moved answer's key renamed): the first anywhere.
  const was = list.find((r) => r.unit > after && r.unit < before) ?? list[0];
  if (!was) return line;
  taken.add(was.unit);
  const text = line.slice(0, at).trimEnd();
  const width = was.column - columns(text);
  return was.tab || width <= 1 ? line : `${text}${" ".repeat(width)}${line.slice(at)}`;
}

function commentKey(line: string, at: number): CommentKey {
  return `${indentOf(line)}\u0000${line.slice(at).trimEnd()}`;
}

/**
 * Where the comment after a line's text begins: the first "#" after a space or tab outside a quoted text; undefined
 * on a comment line or a line without one. A quote opens a text only where a value or key begins (`it's` is plain).
 */
function commentStart(line: string): number | undefined {
  let last = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if ((c === '"' || c === "'") && (last === "" || ":-?[{,".includes(last))) {
      i = closingQuote(line, i + 1, c);
      if (i < 0) return undefined;
      last = c;
    } else if (c === "#" && last !== "" && (line[i - 1] === " " || line[i - 1] === "\t")) return i;
    else if (c !== " " && c !== "\t") last = c;
  }
  return undefined;
}

/**
 * Where a quoted text opened before `from` closes (its closing quote's index), -1 where it goes on past the text: a
 * backslash escapes the next character in double quotes, two single quotes are one in single quotes.
 */
function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && quote === '"') i++;
    else if (c === quote && quote === "'" && text[i + 1] === "'") i++;
    else if (c === quote) return i;
  }
  return -1;
}

/** The columns a text takes, a letter with its marks one (a file written decomposed by a Mac editor too). */
function columns(text: string): number {
  return [...text.normalize("NFC")].length;
}

/**
 * The one-line old unit between two matched ones (`after`, `before`), not taken, that reads as the same data as the
 * one-line `unit`, at its indent, neither with a comment (what a comment belongs to may have changed): its index.
 */
function sameAsWritten(unit: Unit, old: Unit[], after: number, before: number, taken: Set<number>): number | undefined {
  const line = unit.lines[0]!;
  // A few lines changed between matched ones (not a file rewritten, each line of which would be read again and again).
  if (before - after > 8) return undefined;
  if (unit.lines.length !== 1 || unit.key === END || commentStart(line) !== undefined || /^\s*#/.test(line)) return undefined;
  // A key's value only, the key as written (not an item's dash, whose lines below are placed by it).
  const key = keyOfLine(line);
  const data = key === undefined ? undefined : lineData(line);
  if (data === undefined) return undefined;
  for (let j = after + 1; j < before && j < old.length; j++) {
    const was = old[j]!;
    if (taken.has(j) || isBlank(was) || was.lines.length !== 1 || was.explicit || was.joined || was.reshaped) continue;
    const text = was.lines[0]!;
    if (keyOfLine(text) === key && commentStart(text) === undefined && lineData(text) === data) return j;
  }
  return undefined;
}

/** A line's indent and plain key up to its ": " (`    value: `), undefined for an item, a quoted or an explicit key. */
function keyOfLine(line: string): string | undefined {
  return /^[ \t]*[\p{L}\p{N}_][\p{L}\p{N}_.-]*: /u.exec(line)?.[0];
}

/**
 * A line's text read as YAML on its own (its indent taken off) as the agency file is read (`1.10` a key apart from
 * `1.1`), as JSON with each number as written: undefined where it does not read. A number written otherwise is other
 * text (`1.000`, `0x10` are asked again as in doubt: the officer's answer 1 or 16 is not kept as they were).
 */
function lineData(line: string): string | undefined {
  try {
    const doc = parseDocument(line.replace(/\r$/, "").trimStart(), { stringKeys: true, uniqueKeys: true, version: "1.2" });
    if (doc.errors.length > 0) return undefined;
    const numbers: string[] = [];
    visit(doc, { Scalar: (_, scalar) => { if (typeof scalar.value === "number") numbers.push(scalar.source ?? String(scalar.value)); } });
    return JSON.stringify([doc.toJS({ maxAliasCount: 0 }), numbers]);
  } catch {
    return undefined; // an alias, whose anchor is on another line
  }
}

function isBlank(unit: Unit): boolean {
  return unit.key.startsWith(BLANK);
}

/**
 * A run of blank lines not matched (the line below it is another: an answer renamed, a value written anew): the
 * first run of the file left between the same matched units, where there is one; else as the save writes it.
 */
function blankRun(unit: Unit, old: Unit[], after: number, before: number, taken: Set<number>): string[] {
  for (let j = after + 1; j < before; j++) {
    if (isBlank(old[j]!) && !taken.has(j)) { taken.add(j); return old[j]!.lines; }
  }
  return unit.lines;
}

function indentOf(line: string): number {
  return leadOf(line).length;
}

/** The spaces and tabs a line begins with. */
function leadOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

/** The column YAML reads a line at: its spaces (a tab is no indent). */
function readColumn(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** For each unit, the indent of the nearest line above it that is neither blank nor a comment (-1 at the top). */
function contextIndents(units: Unit[]): Int32Array {
  const context = new Int32Array(units.length);
  let indent = -1;
  units.forEach((unit, i) => {
    context[i] = indent;
    if (!isBlank(unit) && unit.key !== END && !unit.key.startsWith("#")) indent = indentOf(unit.key);
  });
  return context;
}

/**
 * For each key of `b`, the index of the key of `a` it is matched with in a longest common subsequence (Myers'
 * O(ND) difference), -1 where it has none; undefined past `limit` edits.
 */
function matchedUnits(a: readonly string[], b: readonly string[], limit: number): Int32Array | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(limit, n + m);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // v[offset + k] before each round d, its part the round reads (diagonals -d-1 … d+1), to walk back from the end.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, n, m);
    }
  }
  return undefined;
}

function walkBack(trace: Int32Array[], n: number, m: number): Int32Array {
  const pairs = new Int32Array(m).fill(-1);
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) pairs[--y] = --x;
    x = prevX;
    y = prevY;
  }
  return pairs;
}

/**
 * Whether `doc` holds a text that the spaces or blank lines of a kept line could be read into: printed over several
 * lines (it holds a line break), or in quotes holding a "#" after a space. Printed with no line width, every other
 * text is on one line without " #": a kept line's spaces before a "#" and at its end, and blank lines, are outside it.
 */
function spacesAreData(doc: Document): boolean {
  let found = false;
  visit(doc, { Scalar: (_, scalar) => { if (typeof scalar.value === "string" && /\n|\s#/.test(scalar.value)) { found = true; return visit.BREAK; } } });
  return found;
}

/**
 * Whether a text reads as `data`, as the agency file is read. Only the text is parsed, once: a save parsing the file
 * it writes twice took seconds on a file of tens of thousands of lines (the keys' uniqueness check is quadratic, and
 * is left out: what kept lines change cannot make a key of a text).
 */
export function readsAs(text: string, data: unknown): boolean {
  const doc = parseDocument(text, { stringKeys: true, uniqueKeys: false, version: "1.2" });
  if (doc.errors.length > 0) return false;
  try {
    return JSON.stringify(doc.toJS({ maxAliasCount: 100 })) === JSON.stringify(data);
  } catch {
    return false;
  }
}
