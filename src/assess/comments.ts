import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";

/**
 * Comments of an agency file put where they print back in place. The `yaml` package hangs the comment
 * lines that follow an empty value (`value:` of an `init` template, then the next indicator's comment
 * block) on that empty value: saved, they came out indented under it, and replacing the value lost them.
 * Here such lines become the comment before the key that follows them; a comment on the value's own line
 * stays with the value.
 */
export function rehomeComments(doc: Document, text: string): void {
  if (isMap(doc.contents)) walkMap(doc.contents, undefined, doc, text, true);
}

type Holder = { commentBefore?: string | null; spaceBefore?: boolean };
/** Where the lines after a mapping's last entry go: its closing comment, for lines indented as its keys are. */
type Closing = Holder & { column: number };

/** `enclosing`: the closing comments of the block mappings that hold `map`, innermost first. */
function walkMap(map: YAMLMap, after: Holder | undefined, doc: Document, text: string, root = false, enclosing: Closing[] = []): void {
  const own = root ? undefined : closingOf(map, text);
  const closing = after ? undefined : own;
  const inside = own ? [own, ...enclosing] : enclosing;
  map.items.forEach((pair, i) => {
    keepOnKeyLine(pair, text);
    const next = (map.items[i + 1]?.key as Holder | undefined) ?? after ?? closing;
    walkNode(pair.value, next, doc, text, inside);
  });
  if (!root) handOnOutdented(map, after ?? closing, enclosing, doc, text);
  // The parser drops the blank line above a mapping's closing comment (a group's heading left after the file's
  // last answer): it is kept, as the blank line above any other comment is.
  const [, valueEnd, nodeEnd] = map.range ?? [];
  if (!root && !map.flow && map.comment && valueEnd !== undefined && /^[ \t]*\r?\n/.test(text.slice(valueEnd, nodeEnd)) && !map.comment.startsWith("\n")) map.comment = `\n${map.comment}`;
}

/**
 * The lines of a block mapping's closing comment from the first indented less than its keys on (an answer's
 * last line "    # kiểm tra lại số liệu", a blank line, then the next group's heading "  # 2. Thể chế số"):
 * the parser hangs them all on the mapping, and they were saved indented under its keys, the heading no longer
 * heading its group. Each goes where its column puts it: the closing comment of a mapping holding this one whose
 * keys it is indented as, else before what follows (or at the file's end); those indented as its keys stay its own.
 */
function handOnOutdented(map: YAMLMap, next: Holder | undefined, enclosing: Closing[], doc: Document, text: string): void {
  const [, valueEnd, nodeEnd] = map.range ?? [];
  const column = keyColumn(map, text);
  if (!map.comment || column === undefined || valueEnd === undefined || nodeEnd === undefined) return;
  // The lines after the mapping's last value, from the line below it (the range may end before or after its line end).
  const lineStart = text.lastIndexOf("\n", valueEnd - 1) + 1;
  const start = text.slice(lineStart, valueEnd).trim() === "" ? lineStart : text.indexOf("\n", valueEnd) + 1;
  const written = text.slice(start, nodeEnd).split(/\r?\n/);
  if (start === 0 || written.some((line) => !/^[ \t]*(#|$)/.test(line))) return;
  const blankFirst = written[0]!.trim() === "";
  while (written[0]?.trim() === "") written.shift();
  while (written.at(-1)?.trim() === "") written.pop();
  // The comment's lines as the parser joined them, a blank line an empty one: the same lines, or they are left.
  const lines = map.comment.split("\n");
  if (written.length !== lines.length) return;
  const from = written.findIndex((line) => line.trim() !== "" && line.indexOf("#") < column);
  if (from < 0) return;
  const own = lines.slice(0, from);
  const blank = from === 0 ? blankFirst : own.at(-1) === "";
  while (own.at(-1) === "") own.pop();
  map.comment = own.length > 0 ? own.join("\n") : undefined;
  placeByColumn(lines, written, from, blank, next, enclosing, doc, text);
}

/**
 * Comment lines from `from` on (`lines` as the parser joined them, `written` as the file has them, blank lines
 * empty), each to the innermost of `enclosing` (the block mappings holding where they stand, innermost first) whose
 * keys it is indented as (an answer's comment after a nested evidence item stays the answer's), else before `next`
 * (or at the file's end); never back inside. `blank`, `blankAfter`: a blank line above the first, below the last.
 */
function placeByColumn(lines: string[], written: string[], from: number, blank: boolean, next: Holder | undefined, enclosing: Closing[], doc: Document, text: string, blankAfter = false): void {
  const nextColumn = next && "column" in next ? (next as Closing).column : columnOf(next, text);
  const outer = enclosing.filter((c) => c.column > nextColumn);
  let group: { to: number; lines: string[]; indent: number } | undefined;
  const flush = () => {
    if (!group) return;
    const trailing = group.lines.at(-1) === "";
    while (group.lines.at(-1) === "") group.lines.pop();
    moveLines(group.lines.join("\n"), blank, group.indent, group.to > outer.length ? undefined : outer[group.to] ?? next, doc);
    blank = trailing;
  };
  for (let k = from; k < lines.length; k++) {
    if (written[k]!.trim() === "") { group!.lines.push(""); continue; }
    const indent = written[k]!.indexOf("#");
    const fits = outer.findIndex((c) => c.column <= indent);
    // Past the keys of the mapping whose closing comment follows (the answers'): the file's end.
    const past = next && "column" in next && indent < (next as Closing).column;
    const to = Math.max(past ? outer.length + 1 : fits < 0 ? outer.length : fits, group?.to ?? 0);
    if (group?.to !== to) { flush(); group = { to, lines: [], indent }; }
    group.lines.push(lines[k]!);
  }
  flush();
  // The blank line after the last of them, put inside what stands before `next`, stays above `next`.
  if (blankAfter && group && group.to < outer.length && next && !("column" in next)) next.spaceBefore = true;
}

/** The column a key begins at (0 where it is unknown: the file's end). */
function columnOf(holder: Holder | undefined, text: string): number {
  return startColumn(holder, text) ?? 0;
}

/** The column of a block mapping's keys; undefined for a flow mapping or an empty one. */
function keyColumn(map: YAMLMap, text: string): number | undefined {
  return map.flow ? undefined : startColumn(map.items[0]?.key, text);
}

function startColumn(node: unknown, text: string): number | undefined {
  const start = (node as { range?: number[] } | undefined)?.range?.[0];
  return start === undefined ? undefined : start - (text.lastIndexOf("\n", start - 1) + 1);
}

/** A block mapping's closing comment as a holder of the lines moved there, at the column of its keys. */
function closingOf(map: YAMLMap, text: string): Closing | undefined {
  const column = keyColumn(map, text);
  if (column === undefined) return undefined;
  return {
    column,
    get commentBefore() { return map.comment; },
    set commentBefore(lines) { map.comment = lines ?? undefined; },
    get spaceBefore() { return false; },
    set spaceBefore(blank) { if (blank && map.comment) map.comment = `\n${map.comment}`; },
  };
}

/**
 * A comment on the line of a key that holds a block mapping or list (`"1.4":   # đã bổ sung`): the parser hangs
 * it before the value, and it was saved on the line below the key, in every save, the answer untouched. It is
 * the key's: it stays on that line.
 */
function keepOnKeyLine(pair: Pair, text: string): void {
  const { key, value } = pair;
  if (!isScalar(key) || !(isMap(value) || isSeq(value)) || value.flow || !value.commentBefore) return;
  const [keyEnd, valueStart] = [key.range?.[1], value.range?.[0]];
  if (keyEnd === undefined || valueStart === undefined) return;
  const between = text.slice(keyEnd, valueStart);
  const hash = between.indexOf("#");
  if (hash < 0 || between.slice(0, hash).includes("\n")) return;
  const [own, ...below] = value.commentBefore.split("\n");
  key.comment = own;
  value.commentBefore = below.join("\n") || undefined;
}

function walkNode(node: unknown, next: Holder | undefined, doc: Document, text: string, enclosing: Closing[] = []): void {
  if (isMap(node)) walkMap(node, next, doc, text, false, enclosing);
  else if (isSeq(node)) node.items.forEach((item, i) => walkNode(item, (node.items[i + 1] as Holder | undefined) ?? next, doc, text, enclosing));
  // A value written on its key's line (`value: 1`, `[a, b]`) takes the comment lines below it indented deeper than
  // the keys (an officer's note): printed as one comment, it was saved on that line ("value: 1 # note").
  if ((isScalar(node) || ((isMap(node) || isSeq(node)) && node.flow)) && node.comment) moveBlock(node, next, doc, text, enclosing);
}

/**
 * The lines after a value (an empty one's, init's next block among them) go where their column puts them (or
 * before what follows it, or to the end of the file); its own line's comment stays.
 */
function moveBlock(node: Scalar | YAMLMap | YAMLSeq, next: Holder | undefined, doc: Document, text: string, enclosing: Closing[]): void {
  const [, valueEnd, nodeEnd] = node.range ?? [];
  if (valueEnd === undefined || nodeEnd === undefined) return;
  const between = text.slice(valueEnd, nodeEnd);
  const hash = between.indexOf("#");
  const onOwnLine = hash >= 0 && !between.slice(0, hash).includes("\n");
  const lines = node.comment!.split("\n");
  const block = onOwnLine ? lines.slice(1) : lines;
  if (block.length === 0) return;
  node.comment = onOwnLine ? lines[0] : undefined;
  const written = between.slice(between.indexOf("\n") + 1).split(/\r?\n/);
  // A blank line before the block (the parser marks it on an empty value, or as an empty first line; below a value
  // it leaves it out) is printed as a blank line before the key.
  const empty = isScalar(node) && node.value === null;
  const blank = (empty && node.spaceBefore === true) || block[0] === "" || (!empty && written[0]?.trim() === "");
  if (empty) node.spaceBefore = false;
  const moved = block[0] === "" ? block.slice(1) : block;
  // As the file has them, the lines after the value's own: each goes where its column puts it (an officer's note
  // under an unanswered question, at its keys' column, stays the answer's: moved, it headed the next one).
  while (written[0]?.trim() === "") written.shift();
  while (written.at(-1)?.trim() === "") written.pop();
  const parted = [...moved];
  while (parted.at(-1) === "") parted.pop();
  if (written.length === parted.length && written.every((line) => /^[ \t]*(#|$)/.test(line))) return placeByColumn(parted, written, 0, blank, next, enclosing, doc, text, moved.at(-1) === "");
  // The first "#" to begin a line after the value's own.
  moveLines(moved.join("\n"), blank, /\n([ \t]*)#/.exec(between)?.[1]!.length, next, doc);
}

/** Comment lines, the first `indent` deep, put before `next` (or at the end of the file), a blank line above them or not. */
function moveLines(moved: string, blank: boolean, indent: number | undefined, next: Holder | undefined, doc: Document): void {
  // Lines indented less than a mapping's keys close what holds it (the file), not it.
  if (next && "column" in next && (indent === undefined || indent < (next as Closing).column)) next = undefined;
  if (next) {
    next.commentBefore = next.commentBefore ? `${moved}\n${next.commentBefore}` : moved;
    next.spaceBefore = blank;
  } else {
    // The end of the file: after everything, as the document's closing comment (printed after a blank
    // line) when a blank line came before it, otherwise as the top-level mapping's.
    const end = blank ? doc : (doc.contents as { comment?: string | null });
    end.comment = end.comment ? `${moved}\n${end.comment}` : moved;
  }
}

/** `fresh` in place of `old`, with the comments the person wrote on and before the old node (not its spacing: a value keeps its line). */
export function withComments<T extends Node>(fresh: T, old: unknown): T {
  if (!old || typeof old !== "object") return fresh;
  const from = old as Holder & { comment?: string | null };
  if (from.commentBefore) fresh.commentBefore = from.commentBefore;
  if (from.comment) fresh.comment = from.comment;
  return fresh;
}
