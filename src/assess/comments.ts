import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from "yaml";

/**
 * Comments of an agency file put where they print back in place. The `yaml` package hangs the comment
 * lines that follow an empty value (`value:` of an `init` template, then the next indicator's comment
 * block) on that empty value: saved, they came out indented under it, and replacing the value lost them.
 * Here such lines become the comment before the key that follows them; a comment on the value's own line
 * stays with the value.
 */
export function rehomeComments(doc: Document, text: string): void {
  if (isMap(doc.contents)) walkMap(doc.contents, undefined, doc, text);
}

type Holder = { commentBefore?: string | null; spaceBefore?: boolean };

function walkMap(map: { items: { key: unknown; value: unknown }[] }, after: Holder | undefined, doc: Document, text: string): void {
  map.items.forEach((pair, i) => {
    const next = (map.items[i + 1]?.key as Holder | undefined) ?? after;
    walkNode(pair.value, next, doc, text);
  });
}

function walkNode(node: unknown, next: Holder | undefined, doc: Document, text: string): void {
  if (isMap(node)) walkMap(node, next, doc, text);
  else if (isSeq(node)) node.items.forEach((item, i) => walkNode(item, (node.items[i + 1] as Holder | undefined) ?? next, doc, text));
  else if (isScalar(node) && node.value === null && node.comment) moveBlock(node, next, doc, text);
}

/** The lines after an empty value go before what follows it (or to the end of the file); its own line's comment stays. */
function moveBlock(node: Scalar, next: Holder | undefined, doc: Document, text: string): void {
  const [, valueEnd, nodeEnd] = node.range ?? [];
  if (valueEnd === undefined || nodeEnd === undefined) return;
  const between = text.slice(valueEnd, nodeEnd);
  const hash = between.indexOf("#");
  const onOwnLine = hash >= 0 && !between.slice(0, hash).includes("\n");
  const lines = node.comment!.split("\n");
  const block = onOwnLine ? lines.slice(1) : lines;
  if (block.length === 0) return;
  node.comment = onOwnLine ? lines[0] : undefined;
  // A blank line before the block (the parser marks it on the empty value, or as an empty first line) is
  // printed as a blank line before the key.
  const blank = node.spaceBefore === true || block[0] === "";
  node.spaceBefore = false;
  const moved = (block[0] === "" ? block.slice(1) : block).join("\n");
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
