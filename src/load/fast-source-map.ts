import type { Location, SourceMap } from "./locate.js";
import { readPlainYamlPlaced } from "./plain-yaml.js";

/**
 * Where paths point in a file, from the plain reader's positions (plain-yaml.ts): the fast path's way to
 * place the mistakes of an invalid file without a second, ten times slower parse with `yaml`. It answers
 * exactly as the `yaml`-based map does or not at all: anything it cannot place with certainty (an empty
 * value) makes it give up, and the caller takes the slow path. A test compares both maps on every path
 * of a corpus of files.
 */
export interface PosNode {
  start: number;
  end: number;
  kind: "scalar" | "mapping" | "sequence" | "empty";
  value: unknown;
  source?: string;
  pairs?: Map<string, { key: PosNode; value: PosNode }>;
  items?: PosNode[];
  /** A block collection on one line ending with an empty value: `yaml` gives it another end (see plain-yaml.ts). */
  emptyEnd?: boolean;
}

export class Unsure extends Error {}

/** The map from the plain reader's positions, when that reader takes the text. */
export function plainSourceMap(text: string): SourceMap | undefined {
  return plainlyPlaced(text)?.map;
}

/** The plain reader's data and the map from its positions, from one reading of the text. */
export function plainlyPlaced(text: string): { data: Record<string, unknown>; map: SourceMap } | undefined {
  const placed = readPlainYamlPlaced(text);
  return placed ? { data: placed.data, map: sourceMapOf(text, placed.root) } : undefined;
}

function sourceMapOf(text: string, root: PosNode): SourceMap {
  const lines = lineStarts(text);
  return {
    locate: (path, atKey = false) => locateIn(root, lines, path, atKey),
    sourceText: (path) => {
      const found = walk(root, path);
      // Nothing written there: `yaml` has an empty text, which the positions cannot confirm.
      if (found.exact && found.node.kind === "empty") throw new Unsure();
      return found.exact && found.node.kind === "scalar" ? found.node.source : undefined;
    },
  };
}

function walk(root: PosNode, path: readonly string[]): { node: PosNode; best: PosNode; key?: PosNode; exact: boolean } {
  let node = root;
  let best = root;
  let key: PosNode | undefined;
  for (const segment of path) {
    if (node.kind === "empty") throw new Unsure();
    if (node.kind === "mapping") {
      const pair = node.pairs!.get(segment);
      if (!pair) return { node, best, ...(key ? { key } : {}), exact: false };
      key = pair.key;
      node = pair.value;
      best = node;
    } else if (node.kind === "sequence" && /^\d+$/.test(segment) && node.items![Number(segment)] !== undefined) {
      node = node.items![Number(segment)]!;
      key = undefined;
      best = node;
    } else return { node, best, ...(key ? { key } : {}), exact: false };
  }
  return { node, best, ...(key ? { key } : {}), exact: true };
}

function locateIn(root: PosNode, lines: number[], path: readonly string[], atKey: boolean): Location {
  const found = walk(root, path);
  const target = atKey && found.key && found.exact ? found.key : found.best;
  if (target.kind === "empty" || target.emptyEnd === true) throw new Unsure();
  const { line, col } = linePos(lines, target.start);
  const end = linePos(lines, target.end);
  const length = end.line === line ? Math.max(1, end.col - col) : 1;
  return { line, col, length, exact: found.exact, ...(target.kind === "scalar" && target.source !== undefined ? { source: target.source } : {}) };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function linePos(starts: number[], offset: number): { line: number; col: number } {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= offset) lo = mid; else hi = mid - 1; }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}
