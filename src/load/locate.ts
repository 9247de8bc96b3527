import type { Document, LineCounter, Node } from "yaml";
import { yaml } from "./lazy.js";
import { lineStartOf } from "./located.js";
import { nfc } from "../core/unicode.js";

export interface Location { line: number; col: number; length: number; source?: string; exact: boolean }

/** Where paths point in a parsed file: made from `yaml`'s document, or from the plain reader's positions on the fast path. */
export interface SourceMap {
  locate(path: readonly string[], atKey?: boolean): Location | undefined;
  /** The text of a scalar as written, before YAML read it as a number or boolean. */
  sourceText(path: readonly string[]): string | undefined;
}

export function yamlSourceMap(doc: Document, lineCounter: LineCounter): SourceMap {
  return { locate: (path, atKey) => locate(doc, lineCounter, path, atKey), sourceText: (path) => sourceText(doc, path) };
}

/**
 * Where a JSON path (list of keys) points in a YAML document. When the path runs out (a missing key),
 * the deepest existing node is returned with exact = false; `atKey` points at the key instead of the value.
 */
export function locate(doc: Document, lineCounter: LineCounter, path: readonly string[], atKey = false): Location | undefined {
  const { isScalar } = yaml();
  const { best, key, exact } = walk(doc, path);
  const target = atKey && key && exact ? key : best;
  if (!target?.range) return undefined;
  const { line, col } = lineCounter.linePos(target.range[0]);
  const source = isScalar(target) && typeof target.source === "string" ? target.source : undefined;
  const end = lineCounter.linePos(target.range[1]);
  const length = end.line === line ? Math.max(1, end.col - col) : 1;
  return { line, col, length, exact, ...(source !== undefined ? { source } : {}) };
}

/** The text of a plain scalar as written (YAML reads 1.10 as 1.1 and 1.000 as 1; this keeps "1.10"). */
function sourceText(doc: Document, path: readonly string[]): string | undefined {
  const { isScalar } = yaml();
  const { node, exact } = walk(doc, path);
  if (!exact || !isScalar(node)) return undefined;
  return typeof node.source === "string" ? node.source : undefined;
}

/** The node a path reaches, the deepest one found on the way, and the last key met. */
function walk(doc: Document, path: readonly string[]): { node: unknown; best: Node | undefined; key: Node | undefined; exact: boolean } {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let best: Node | undefined = (doc.contents as Node | null) ?? undefined;
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      // Keys compared in NFC, as the data's paths are: a key typed decomposed is still found.
      const pair = node.items.find((p) => nfc(isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) return { node, best, key, exact: false };
      key = isScalar(pair.key) ? pair.key : undefined;
      node = pair.value;
      best = (pair.value as Node | null) ?? key ?? best;
    } else if (isSeq(node) && /^\d+$/.test(segment) && node.items[Number(segment)] !== undefined) {
      node = node.items[Number(segment)];
      key = undefined;
      best = node as Node;
    } else return { node, best, key, exact: false };
  }
  return { node, best, key, exact: true };
}

/**
 * Whether the scalar at a path is written in quotes ("…" or '…'), from its first character in the text; undefined
 * where the path reaches no value. The data alone cannot tell "450 " in quotes from 450 and a no-break space.
 */
export function quotedAt(map: SourceMap, text: string, path: readonly string[]): boolean | undefined {
  const where = map.locate(path);
  if (!where?.exact) return undefined;
  // The line index the code frames keep for the text (made once per text, not scanned again per value).
  const start = lineStartOf(text, where.line);
  if (start === undefined) return undefined;
  // Columns count UTF-16 units from 1, as the source map's line counter does, so they index the string directly.
  const first = text[start + where.col - 1];
  return first === '"' || first === "'";
}
