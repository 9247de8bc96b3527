import jsyaml from "js-yaml";
import type { Location, SourceMap } from "./locate.js";
import { readPlainYamlPlaced } from "./plain-yaml.js";

/**
 * Where paths point in a file, from js-yaml's parse events: the fast path's way to place the mistakes of
 * an invalid file without a second, ten times slower parse with `yaml`. It answers exactly as the
 * `yaml`-based map does or not at all: anything it cannot place with certainty (an empty value, a key
 * that is not text, a flow entry without a value, a lone CR) makes it give up, and the caller takes the
 * slow path. A test compares both maps on every path of a corpus of files.
 *
 * plainSourceMap makes the same map from the plain reader's positions (plain-yaml.ts): for the files
 * that reader takes, which are most, and without a second parse by code a batch rarely runs.
 */
export interface PosNode {
  start: number;
  end: number;
  kind: "scalar" | "mapping" | "sequence" | "empty";
  value: unknown;
  source?: string;
  pairs?: Map<string, { key: PosNode; value: PosNode }>;
  items?: PosNode[];
}

export class Unsure extends Error {}

export function fastSourceMap(text: string): SourceMap | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const stack: { open: number; children: PosNode[] }[] = [];
  let root: PosNode | undefined;
  let sound = true;
  const listener = (event: "open" | "close", state: { position: number; kind: string | null; result: unknown }) => {
    if (event === "open") { stack.push({ open: state.position, children: [] }); return; }
    const frame = stack.pop()!;
    const node = nodeOf(text, frame.open, frame.children, state);
    if (!node) sound = false;
    else if (stack.length > 0) stack[stack.length - 1]!.children.push(node);
    else root = node;
  };
  try {
    jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, listener } as jsyaml.LoadOptions);
  } catch {
    return undefined;
  }
  if (!sound || !root) return undefined;
  return sourceMapOf(text, root);
}

/** The map from the plain reader's positions, when that reader takes the text. */
export function plainSourceMap(text: string): SourceMap | undefined {
  const placed = readPlainYamlPlaced(text);
  return placed ? sourceMapOf(text, placed.root) : undefined;
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

function nodeOf(text: string, open: number, children: PosNode[], state: { position: number; kind: string | null; result: unknown }): PosNode | undefined {
  const start = contentStart(text, open);
  // A block collection ends where the next line starts, as in `yaml`; a scalar or flow collection at its last character.
  const block = (state.kind === "mapping" || state.kind === "sequence") && text[start] !== "{" && text[start] !== "[";
  const end = block ? state.position : trimmedEnd(text, state.position, start);
  const value = state.result;
  if (state.kind === null || (state.kind === "scalar" && start >= end)) return { start, end, kind: "empty", value };
  if (state.kind === "scalar") {
    if (children.length > 0) return undefined;
    const raw = text.slice(start, end);
    // `yaml` keeps a scalar's text before it is read as a number or boolean; quoted and block scalars are that text.
    const source = typeof value === "string" ? value : raw.includes("\n") ? undefined : raw;
    return { start, end, kind: "scalar", value, ...(source !== undefined ? { source } : {}) };
  }
  if (state.kind === "sequence") {
    if (!Array.isArray(value) || children.length !== value.length) return undefined;
    return { start, end, kind: "sequence", value, items: children };
  }
  if (state.kind === "mapping") {
    if (typeof value !== "object" || value === null || children.length % 2 !== 0 || children.length / 2 !== Object.keys(value).length) return undefined;
    const pairs = new Map<string, { key: PosNode; value: PosNode }>();
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i]!;
      if (key.kind !== "scalar" || typeof key.value !== "string") return undefined;
      // Keyed in NFC, as the data's paths are (a key typed decomposed is still found).
      const name = key.value.normalize("NFC");
      if (pairs.has(name)) return undefined;
      pairs.set(name, { key, value: children[i + 1]! });
    }
    return { start, end, kind: "mapping", value, pairs };
  }
  return undefined;
}

/** js-yaml opens a node before the spaces, line breaks and comments in front of it; `yaml` places it at its first character. */
function contentStart(text: string, p: number): number {
  for (;;) {
    const c = text[p];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") p++;
    else if (c === "#" && (p === 0 || /\s/.test(text[p - 1]!))) { while (p < text.length && text[p] !== "\n") p++; }
    else return p;
  }
}

/** A plain scalar ends before the spaces js-yaml read past. */
function trimmedEnd(text: string, p: number, start: number): number {
  while (p > start && (text[p - 1] === " " || text[p - 1] === "\t" || text[p - 1] === "\n" || text[p - 1] === "\r")) p--;
  return p;
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
  if (target.kind === "empty") throw new Unsure();
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
