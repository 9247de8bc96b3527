import { isCollection, isMap, isNode, isSeq, visit, type Document } from "yaml";

/** How a file is indented, in the printer's words (`Document.toString`'s `indent` and `indentSeq`). */
export interface IndentStyle {
  /** Spaces a block mapping stands to the right of the key holding it. */
  indent: number;
  /** Whether a list's `- ` stands `indent` to the right of its key (true) or two less (false: at the key's column when 2). */
  indentSeq: boolean;
}

/** What the printer writes unless told otherwise, and init and the examples write. */
export const PRINTER_INDENT: IndentStyle = { indent: 2, indentSeq: true };

/**
 * The indentation `text` (the file `doc` was parsed from) uses, for a save to write the lines it writes anew so and
 * not re-indent every line it keeps (an officer's editor set to four spaces): the offset of each block mapping from
 * the key holding it, and of each list's `- ` from its key where one is written. Told only where the file keeps one
 * width throughout: a file mixing widths, or without a nested mapping, gets the printer's, as every save wrote before.
 * A list's offset the printer cannot write (at the key's column in a file indented by four) is written the printer's way.
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
  const indentSeq = !(seqOffsets.size === 1 && indent >= 2 && seqOffset === indent - 2);
  return { indent, indentSeq };
}

/** Where a key's entry begins: at its `?` when written as an explicit key (`? "1.1"`), the column its value is indented from. */
function keyStart(text: string, offset: number): number {
  const before = /\?[ \t]*$/.exec(text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset));
  return before ? offset - before[0].length : offset;
}

function columnAt(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
