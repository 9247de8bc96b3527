import { isCollection, isMap, isNode, isSeq, visit, type Document } from "yaml";
import { readsAs } from "./kept-layout.js";

/** How a file is indented, in the printer's words (`Document.toString`'s `indent` and `indentSeq`). */
export interface IndentStyle {
  /** Spaces a block mapping stands to the right of the key holding it. */
  indent: number;
  /** Whether a list's `- ` stands `indent` to the right of its key (true) or two less (false: at the key's column when 2). */
  indentSeq: boolean;
  /**
   * A list's `- ` at its key's column in a file indented by more than two, which the printer cannot write (indentSeq
   * false puts it two less than `indent`): printed so, then moved there (see listsAtKeyColumn).
   */
  listsAtKey?: true;
}

/** What the printer writes unless told otherwise, and init and the examples write. */
export const PRINTER_INDENT: IndentStyle = { indent: 2, indentSeq: true };

/**
 * The indentation `text` (the file `doc` was parsed from) uses, for a save to write the lines it writes anew so and
 * not re-indent every line it keeps (an officer's editor set to four spaces): the offset of each block mapping from
 * the key holding it, and of each list's `- ` from its key where one is written. Told only where the file keeps one
 * width throughout: a file mixing widths, or without a nested mapping, gets the printer's, as every save wrote before.
 * A list at its key's column in a file indented by three or more, which the printer cannot write, is told as listsAtKey.
 */
export function indentStyleOf(doc: Document, text: string): IndentStyle {
  const mapOffsets = new Set<number>();
  const seqOffsets = new Set<number>();
  visit(doc, {
    Map: (_, map) => {
      // A flow mapping ({a: 1}) holds no block: nothing inside tells the file's indent.
      if (map.flow) return visit.SKIP;
      for (const pair of map.items) {
        const value = pair.value;
        if (!isNode(pair.key) || !pair.key.range || !isCollection(value) || value.flow || !value.range) continue;
        const offset = columnAt(text, value.range[0]) - columnAt(text, keyStart(text, pair.key.range[0]));
        (isMap(value) ? mapOffsets : isSeq(value) ? seqOffsets : undefined)?.add(offset);
      }
      return undefined;
    },
  });
  const [indent] = mapOffsets;
  if (mapOffsets.size !== 1 || indent === undefined || indent < 1) return PRINTER_INDENT;
  const [seqOffset] = seqOffsets;
  if (seqOffsets.size === 1 && indent > 2 && seqOffset === 0) return { indent, indentSeq: false, listsAtKey: true };
  const indentSeq = !(seqOffsets.size === 1 && indent >= 2 && seqOffset === indent - 2);
  return { indent, indentSeq };
}

/**
 * `doc` printed in `style` (with the printer's options `options`), each block list of a mapping's key at the key's
 * column where the style says so: printed `indent - 2` deeper (indentSeq false), then every line of the list moved
 * that much to the left. Where the text so moved does not read as `doc`'s data (a form this does not foresee), as the
 * printer writes it.
 */
export function printedIn(doc: Document, style: IndentStyle, options: Parameters<Document["toString"]>[0]): string {
  const { listsAtKey, ...printer } = style;
  const printed = doc.toString({ ...options, ...printer });
  if (!listsAtKey) return printed;
  const moved = listsAtKeyColumn(printed, printer.indent - 2);
  return moved === printed || readsAs(moved, doc.toJS({ maxAliasCount: 100 })) ? moved : printed;
}

/**
 * The lines of each block list written `shift` deeper than its key (`evidence:` at 8, `- a.pdf` at 10) moved
 * `shift` to the left, a list inside one moved too; a block text's lines (`note: |`) are its text: none is taken for
 * a key or an item.
 */
function listsAtKeyColumn(text: string, shift: number): string {
  const lines = text.split("\n");
  // The columns past which the lines of the lists being moved stand, innermost last.
  const lists: number[] = [];
  let blockText = -1;
  return lines.map((line, i) => {
    const indent = indentOf(line);
    const blank = line.trim() === "";
    if (!blank && blockText >= 0 && indent <= blockText) blockText = -1;
    while (!blank && lists.length > 0 && indent < lists.at(-1)!) lists.pop();
    const out = line.slice(Math.min(shift * lists.length, indent));
    if (blank || blockText >= 0 || line.trimStart().startsWith("#")) return out;
    // Where the key's text begins, after the dashes of the items it stands in.
    const keyColumn = indent + /^(?:- +)*/.exec(line.slice(indent))![0].length;
    const rest = line.slice(keyColumn);
    // A block text's lines stand deeper than its key, or than its item's dash (`- |`).
    if (/^[|>][-+0-9]*(?: +#.*)?$/.test(rest)) blockText = keyColumn - 2;
    else if (/: +[|>][-+0-9]*(?: +#.*)?$/.test(rest)) blockText = keyColumn;
    else if (/:(?: +#.*)?$/.test(line) && startsList(lines, i + 1, keyColumn + shift)) lists.push(keyColumn + shift);
    return out;
  }).join("\n");
}

/** Whether the first line from `start` that is neither blank nor a comment is a list's item at `column`. */
function startsList(lines: string[], start: number, column: number): boolean {
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    return indentOf(line) === column && /^-( |$)/.test(line.slice(column));
  }
  return false;
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** Where a key's entry begins: at its `?` when written as an explicit key (`? "1.1"`), the column its value is indented from. */
function keyStart(text: string, offset: number): number {
  const before = /\?[ \t]*$/.exec(text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset));
  return before ? offset - before[0].length : offset;
}

function columnAt(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
