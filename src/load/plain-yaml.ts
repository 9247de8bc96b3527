/**
 * A reader for the plain YAML that agency files are written in: block mappings and sequences, one-line
 * flow collections, one-line quoted and plain scalars, comments. It returns exactly what `yaml` (and
 * js-yaml) return with the core schema, several times faster, or undefined as soon as the text steps
 * outside that shape (anchors, tags, block scalars, multi-line scalars or flow collections, directives,
 * tabs, duplicate or `__proto__` keys, numbers written in any way but plain decimals, nesting deeper than
 * MAX_DEPTH, and the rest); the caller then parses with `yaml`, which places every finding. It never
 * reports errors: a text it refuses may still be valid YAML. Tested against `yaml` and js-yaml on the
 * examples, a generated corpus and randomly damaged copies of both.
 *
 * For an invalid file, readPlainYamlPlaced reads the text again and also says where each node was
 * written (fast-source-map.ts makes the source map of its findings from that). Only the few invalid
 * files pay for the positions; valid ones are read once, without them.
 */
import type { PosNode } from "./fast-source-map.js";
import { nfc } from "../core/unicode.js";
import { tokenExcess } from "./token-count.js";

/** Characters the reader leaves to a full parser: controls and tabs, C1 controls, surrogates, separators, BOMs, non-characters (and a CR not before LF, below). */
const NOT_PLAIN = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_CR = /\r(?!\n)/;
/** The one number form read here; 1.000 (a thousand or one?) is left to the parser that sees how it was written. */
const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
const THOUSANDS = /^-?[1-9]\d{0,2}(?:\.\d{3})+$/;
/** Digits in three dotted parts or more: no number in any YAML schema (1.1 and 1.10 are floats, and stay refused as keys). */
const DOTTED_CODE = /^\d+(?:\.\d+){2,}$/;
/**
 * Text starting with a digit that no core schema reads as a number: a character no number form uses
 * (a space, `/`, `:`, a letter other than the digits of hex, octal, binary and exponents), or a date.
 * This relies on YAML 1.2's core schema, which js-yaml 4 and `yaml` follow: no timestamps, and no
 * base-60 numbers (YAML 1.1 read 1:30 as 90).
 */
const DIGITS_THEN_TEXT = /^\d(?:.*[^\d.eE+\-xXoObBa-fA-F_]|\d{3}-\d\d-\d\d$)/;
const CORE_WORDS = new Map<string, null | boolean>([
  ["~", null], ["null", null], ["Null", null], ["NULL", null],
  ["true", true], ["True", true], ["TRUE", true], ["false", false], ["False", false], ["FALSE", false],
]);
/** Characters that cannot start a plain scalar (YAML indicators), and `+` and `.`, which start only number forms left to the parser. */
const INDICATORS = new Uint8Array(128);
for (const c of "-?:,[]{}#&*!|>'\"%@`+.") INDICATORS[c.charCodeAt(0)] = 1;
/** First characters of the core schema's null and boolean words. */
const WORD_STARTS = new Uint8Array(128);
for (const c of "~nNtTfF") WORD_STARTS[c.charCodeAt(0)] = 1;

const SPACE = 32, LF = 10, CR = 13, HASH = 35, COLON = 58, DASH = 45, COMMA = 44, DQUOTE = 34, SQUOTE = 39;
const BRACE_OPEN = 123, BRACE_CLOSE = 125, BRACKET_OPEN = 91, BRACKET_CLOSE = 93, BACKSLASH = 92;

/** Collections nested deeper than this are left to the parser (which refuses 100 levels; agency files use 5). */
const MAX_DEPTH = 40;

/** Thrown, and caught in readPlainYaml, when the text is not of the plain shape. */
const REFUSED = new Error("not plain YAML");

export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  return read(text)?.data;
}

/** readPlainYaml, and where each node was written: the root of the tree of positions. */
export function readPlainYamlPlaced(text: string): { data: Record<string, unknown>; root: PosNode } | undefined {
  return read(text, []);
}

function read(text: string, nodes?: PosNode[]): { data: Record<string, unknown>; root: PosNode } | undefined {
  // A text with more tokens than the parser takes is refused too: the parser's check says so (token-count.ts).
  if (text.length === 0 || NOT_PLAIN.test(text) || (text.includes("\r") && LONE_CR.test(text)) || tokenExcess(text)) return undefined;
  try {
    const reader = new PlainReader(text, nodes);
    const data = reader.document();
    return { data, root: nodes?.[0] as PosNode };
  } catch {
    // REFUSED, or anything unforeseen: this reader is only a shortcut, and the full parser decides.
    return undefined;
  }
}

function refuse(): never {
  throw REFUSED;
}

const isBreak = (c: number) => c === LF || c === CR;
const isFlowIndicator = (c: number) => c === COMMA || c === BRACKET_OPEN || c === BRACKET_CLOSE || c === BRACE_OPEN || c === BRACE_CLOSE;

class PlainReader {
  private pos = 0;
  /** Indentation of the content line `pos` stands on after nextContent(); -1 at the end of the text. */
  private indent = -1;
  /** Start of the line findLine() last looked at. */
  private lineStart = 0;
  private depth = 0;
  private readonly length: number;

  /**
   * With `nodes`, each value read is placed there as it ends, and a collection takes its children's
   * nodes back when it ends (keys and values in turn for a mapping): the document's node is left alone.
   */
  constructor(private readonly text: string, private readonly nodes?: PosNode[]) {
    this.length = text.length;
  }

  private placeScalar(start: number, value: unknown): void {
    // As `yaml` keeps them: the text a plain scalar was read from, a quoted scalar's value.
    const source = typeof value === "string" ? value : this.text.slice(start, this.pos);
    this.nodes!.push({ start, end: this.pos, kind: "scalar", value, source });
  }

  /** A collection's node, from the nodes its children left from `mark` on; a block collection ends where the next content starts. */
  private placeCollection(mark: number, start: number, value: Record<string, unknown> | unknown[]): void {
    const children = this.nodes!.splice(mark);
    // A block collection on one line that ends with an empty value (`a:`, `- a:`): `yaml` ends it just past
    // the colon (its length spans the line), this reader at the next content. Where it is located, give up.
    const last = children.at(-1);
    const lastStart = Array.isArray(value) ? last?.start : children.at(-2)?.start;
    const emptyEnd = last !== undefined && lastStart !== undefined && (last.kind === "empty" || last.emptyEnd === true) && !this.text.slice(start, lastStart).includes("\n");
    const node: PosNode = Array.isArray(value)
      ? { start, end: this.pos, kind: "sequence", value, items: children }
      : { start, end: this.pos, kind: "mapping", value, pairs: pairsOf(children) };
    if (emptyEnd) node.emptyEnd = true;
    this.nodes!.push(node);
  }

  document(): Record<string, unknown> {
    if (this.nextContent() !== 0) refuse();
    const data = this.blockMapping(0);
    if (this.indent !== -1) refuse();
    return data;
  }

  private at(p: number): number {
    return p < this.length ? this.text.charCodeAt(p) : -1;
  }

  /** From the start of a line: skip blank and comment lines, stand on the next content; its indentation (-1 at the end). */
  private nextContent(): number {
    const p = this.findLine(this.pos, true);
    if (p < 0) {
      this.pos = this.length;
      this.indent = -1;
      return -1;
    }
    this.pos = p;
    this.indent = p - this.lineStart;
    // Directives and document markers.
    const t = this.text;
    if (this.indent === 0 && (t.charCodeAt(p) === 37 || t.startsWith("---", p) || t.startsWith("...", p))) refuse();
    return this.indent;
  }

  /** Indentation of the next line with anything on it, comments included (-1 at the end). */
  private nextNonBlankIndent(): number {
    const p = this.findLine(this.pos, false);
    return p < 0 ? -1 : p - this.lineStart;
  }

  /**
   * From the start of a line, the first character of the next line with something on it (comment lines
   * skipped too when `skipComments`), and `lineStart` set to that line's start; -1 at the end.
   */
  private findLine(from: number, skipComments: boolean): number {
    const t = this.text;
    let p = from;
    while (p < this.length) {
      this.lineStart = p;
      while (t.charCodeAt(p) === SPACE) p++;
      const c = this.at(p);
      if (c === -1) return -1;
      if (!isBreak(c) && !(skipComments && c === HASH)) return p;
      p = this.afterLine(p);
    }
    return -1;
  }

  private afterLine(p: number): number {
    const end = this.text.indexOf("\n", p);
    return end < 0 ? this.length : end + 1;
  }

  private skipSpaces(): void {
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  private isSequenceItem(): boolean {
    if (this.text.charCodeAt(this.pos) !== DASH) return false;
    const next = this.at(this.pos + 1);
    return next === SPACE || next === -1 || isBreak(next);
  }

  /** Enter a collection; leave() on the way out. */
  private enter(): void {
    if (++this.depth > MAX_DEPTH) refuse();
  }

  private leave<T>(collection: T): T {
    this.depth--;
    return collection;
  }

  private blockMapping(indent: number): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    const mark = this.nodes?.length ?? 0;
    const start = this.pos;
    for (;;) {
      const key = this.blockKey();
      const value = this.mappingValue(indent);
      store(map, key, value);
      if (this.indent === indent) {
        if (this.isSequenceItem()) refuse();
        continue;
      }
      if (this.indent < indent) {
        if (this.nodes) this.placeCollection(mark, start, map);
        return this.leave(map);
      }
      refuse();
    }
  }

  /** The value after `key:`; leaves `pos` on the next content line. */
  private mappingValue(indent: number): unknown {
    this.skipSpaces();
    const c = this.at(this.pos);
    if (c === -1 || isBreak(c) || c === HASH) {
      this.pos = this.afterLine(this.pos);
      const next = this.nextContent();
      if (next > indent) return this.isSequenceItem() ? this.blockSequence(next) : this.blockMapping(next);
      // A sequence may sit at its key's own indentation.
      if (next === indent && this.isSequenceItem()) return this.blockSequence(indent);
      // Nothing written: the source map gives up at such a node (Unsure), and `yaml` places it.
      this.nodes?.push({ start: this.pos, end: this.pos, kind: "empty", value: null });
      return null;
    }
    const value = this.value(false);
    this.endLine(indent);
    return value;
  }

  private blockSequence(indent: number): unknown[] {
    this.enter();
    const list: unknown[] = [];
    const mark = this.nodes?.length ?? 0;
    const start = this.pos;
    for (;;) {
      this.pos++;
      this.skipSpaces();
      const c = this.at(this.pos);
      // An empty item, a nested sequence on the same line, a comment in place of an item: left to the parser.
      if (c === -1 || isBreak(c) || c === HASH || this.isSequenceItem()) refuse();
      if (c === BRACE_OPEN || c === BRACKET_OPEN || c === DQUOTE || c === SQUOTE || !this.startsKey()) {
        list.push(this.value(false));
        this.endLine(indent);
      } else {
        // `- key: value`: a mapping whose keys line up with the first one.
        const column = this.pos - (this.text.lastIndexOf("\n", this.pos - 1) + 1);
        list.push(this.blockMapping(column));
      }
      if (this.indent === indent && this.isSequenceItem()) continue;
      if (this.indent <= indent) {
        if (this.nodes) this.placeCollection(mark, start, list);
        return this.leave(list);
      }
      refuse();
    }
  }

  /** Whether a plain key (`word:`) starts here. Quoted keys in sequence items are left to the parser. */
  private startsKey(): boolean {
    const save = this.pos;
    this.plainToken(false);
    const isKey = this.text.charCodeAt(this.pos) === COLON;
    this.pos = save;
    return isKey;
  }

  /** After a value on its line: spaces, maybe a comment, the line break; no continuation lines. */
  private endLine(indent: number): void {
    this.skipSpaces();
    const c = this.at(this.pos);
    if (c === HASH) {
      if (this.text.charCodeAt(this.pos - 1) !== SPACE) refuse();
    } else if (c !== -1 && !isBreak(c)) {
      refuse();
    }
    this.pos = this.afterLine(this.pos);
    // A more indented line would continue a plain scalar, or be an error: either way, not this reader's.
    if (this.nextNonBlankIndent() > indent) refuse();
    this.nextContent();
  }

  private blockKey(): string {
    const start = this.pos;
    const c = this.text.charCodeAt(start);
    let key: string;
    if (c === DQUOTE) key = this.doubleQuoted();
    else if (c === SQUOTE) key = this.singleQuoted();
    else key = plainKey(this.plainToken(false));
    if (this.nodes) this.placeScalar(start, key);
    this.skipSpaces();
    this.colon();
    return key;
  }

  /** `:` followed by a space or the end of the line. */
  private colon(): void {
    if (this.text.charCodeAt(this.pos) !== COLON) refuse();
    const next = this.at(++this.pos);
    if (next !== SPACE && next !== -1 && !isBreak(next)) refuse();
  }

  /** A value on its own line (block context) or inside a flow collection. */
  private value(inFlow: boolean): unknown {
    const start = this.pos;
    const c = this.text.charCodeAt(start);
    if (c === BRACE_OPEN) return this.flowMapping();
    if (c === BRACKET_OPEN) return this.flowSequence();
    let value: unknown;
    if (c === DQUOTE) value = this.doubleQuoted();
    else if (c === SQUOTE) value = this.singleQuoted();
    else {
      value = plainValue(this.plainToken(inFlow));
      // `key: a: b` is not a value, nor `{a: b: c}`.
      if (this.text.charCodeAt(this.pos) === COLON) refuse();
    }
    if (this.nodes) this.placeScalar(start, value);
    return value;
  }

  private flowMapping(): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    const mark = this.nodes?.length ?? 0;
    const start = this.pos++;
    this.skipSpaces();
    if (this.text.charCodeAt(this.pos) === BRACE_CLOSE) return this.endFlow(mark, start, map);
    for (;;) {
      const keyStart = this.pos;
      const c = this.text.charCodeAt(keyStart);
      const key = c === DQUOTE ? this.doubleQuoted() : c === SQUOTE ? this.singleQuoted() : plainKey(this.plainToken(true));
      if (this.nodes) this.placeScalar(keyStart, key);
      this.skipSpaces();
      if (this.text.charCodeAt(this.pos) !== COLON || this.text.charCodeAt(this.pos + 1) !== SPACE) refuse();
      this.pos += 2;
      this.skipSpaces();
      store(map, key, this.value(true));
      if (this.flowNext(BRACE_CLOSE)) return this.endFlow(mark, start, map);
    }
  }

  private flowSequence(): unknown[] {
    this.enter();
    const list: unknown[] = [];
    const mark = this.nodes?.length ?? 0;
    const start = this.pos++;
    this.skipSpaces();
    if (this.text.charCodeAt(this.pos) === BRACKET_CLOSE) return this.endFlow(mark, start, list);
    for (;;) {
      list.push(this.value(true));
      // `[a: b]` is a one-pair mapping: left to the parser.
      if (this.flowNext(BRACKET_CLOSE)) return this.endFlow(mark, start, list);
    }
  }

  /** Past a flow collection's closing bracket. */
  private endFlow<T extends Record<string, unknown> | unknown[]>(mark: number, start: number, collection: T): T {
    this.pos++;
    if (this.nodes) this.placeCollection(mark, start, collection);
    return this.leave(collection);
  }

  /** After a flow entry: the closing bracket (true, standing on it) or a comma and the next entry (false). */
  private flowNext(close: number): boolean {
    this.skipSpaces();
    const c = this.text.charCodeAt(this.pos);
    if (c === close) return true;
    if (c !== COMMA) refuse();
    this.pos++;
    this.skipSpaces();
    const next = this.at(this.pos);
    // A trailing comma, or the collection going on at the next line.
    if (next === close || next === -1 || isBreak(next)) refuse();
    return false;
  }

  /**
   * A plain scalar as written, trailing spaces dropped; `pos` stops on what ends it: the line's end, a
   * comment, `: `, and in flow collections `,[]{}` or `:` before one of them.
   */
  private plainToken(inFlow: boolean): string {
    const t = this.text;
    const start = this.pos;
    let p = start;
    let end = start;
    for (;;) {
      const c = this.at(p);
      if (c === -1 || isBreak(c)) break;
      if (c === COLON) {
        const next = this.at(p + 1);
        if (next === SPACE || next === -1 || isBreak(next) || (inFlow && isFlowIndicator(next))) break;
      } else if (c === HASH) {
        if (t.charCodeAt(p - 1) === SPACE) break;
      } else if (inFlow && isFlowIndicator(c)) {
        break;
      }
      p++;
      if (c !== SPACE) end = p;
    }
    if (end === start) refuse();
    this.pos = end;
    return t.slice(start, end);
  }

  private doubleQuoted(): string {
    const t = this.text;
    const open = this.pos + 1;
    const close = t.indexOf('"', open);
    if (close < 0) refuse();
    const simple = t.slice(open, close);
    if (!simple.includes("\\")) {
      if (simple.includes("\n")) refuse();
      this.pos = close + 1;
      return simple;
    }
    // With escapes: the common ones are read here, the rest left to the parser.
    let out = "";
    let p = open;
    let segment = open;
    for (;;) {
      const c = this.at(p);
      if (c === -1 || isBreak(c)) refuse();
      if (c === DQUOTE) break;
      if (c !== BACKSLASH) { p++; continue; }
      out += t.slice(segment, p);
      const escape = t[p + 1];
      if (escape === "u") {
        const hex = t.slice(p + 2, p + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) refuse();
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) refuse();
        out += String.fromCharCode(code);
        p += 6;
      } else {
        const simpleEscape = escape === undefined ? undefined : SIMPLE_ESCAPES[escape];
        if (simpleEscape === undefined) refuse();
        out += simpleEscape;
        p += 2;
      }
      segment = p;
    }
    this.pos = p + 1;
    return out + t.slice(segment, p);
  }

  private singleQuoted(): string {
    const t = this.text;
    const open = this.pos + 1;
    let close = t.indexOf("'", open);
    while (close >= 0 && t.charCodeAt(close + 1) === SQUOTE) close = t.indexOf("'", close + 2);
    if (close < 0) refuse();
    const raw = t.slice(open, close);
    if (raw.includes("\n")) refuse();
    this.pos = close + 1;
    return raw.replaceAll("''", "'");
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", n: "\n", t: "\t", r: "\r" };

/** A key is a string as written: words the core schema reads as null, booleans or numbers are left to the parser. */
function plainKey(token: string): string {
  const c = token.charCodeAt(0);
  // Over 1024 characters, a key on its line is no implicit key for YAML.
  // A code of three levels or more (6.1.1), as a YAML library writes it again unquoted, is text to every parser:
  // such files went to `yaml`, 10 ms a file instead of well under one.
  if (token.length > 1024 || INDICATORS[c] === 1 || (c >= 48 && c <= 57 && !DOTTED_CODE.test(token)) || (WORD_STARTS[c] === 1 && CORE_WORDS.has(token)) || token === "<<") refuse();
  return token;
}

/** A plain scalar resolved as the core schema does: null, booleans, decimal numbers, otherwise a string. */
function plainValue(token: string): unknown {
  const c = token.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === DASH) {
    // The parsers differ on the sign of zero (js-yaml reads -0 as 0): it is left to `yaml`.
    if (PLAIN_DECIMAL.test(token) && !THOUSANDS.test(token)) { const n = Number(token); if (!Object.is(n, -0)) return n; }
    if (c !== DASH && DIGITS_THEN_TEXT.test(token)) return token;
    refuse();
  }
  if (INDICATORS[c] === 1) refuse();
  if (WORD_STARTS[c] !== 1) return token;
  const word = CORE_WORDS.get(token);
  return word === undefined ? token : word;
}

/**
 * A mapping's pairs by key in NFC, as the data's paths are. Two keys written apart that are one in NFC
 * (ạ typed composed, then decomposed) are one key of the data, the last one's value; `yaml`'s map points
 * at the first of them: left to it.
 */
function pairsOf(children: PosNode[]): Map<string, { key: PosNode; value: PosNode }> {
  const pairs = new Map<string, { key: PosNode; value: PosNode }>();
  for (let i = 0; i < children.length; i += 2) {
    const name = nfc(children[i]!.value as string);
    if (pairs.has(name)) refuse();
    pairs.set(name, { key: children[i]!, value: children[i + 1]! });
  }
  return pairs;
}

function store(map: Record<string, unknown>, key: string, value: unknown): void {
  // A repeated key is an error to report; `__proto__` needs defining, not assigning: both left to `yaml`.
  // A key the object already answers to (own, or inherited like `constructor`) is refused too: cheaper to ask.
  if (map[key] !== undefined || key === "__proto__") refuse();
  map[key] = value;
}
