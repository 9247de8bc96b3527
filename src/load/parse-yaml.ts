import type { Alias, Document, LineCounter, Node } from "yaml";
import { textPosition } from "./text-position.js";
import { yaml } from "./lazy.js";
import type { DiagnosticInput } from "./diagnostic.js";
import { findExcessiveDepth } from "./depth.js";
import { MAX_TOKENS, tokenExcess } from "./token-count.js";
import { colonInFlowValue, commentInFlow, quoteGoesOnOutdented, WORD_LIST_MARK_DETAIL, gluedColon, keySlipAbove, listAfterValue, loneDash, misalignedKey, misplacedItem, wideColon, missingColon, outdentedKey, outdentedSibling, overIndentedKey } from "./yaml-slips.js";
import { normalizeText } from "./normalize.js";
import { againstSiblings, unevenSiblings } from "./uneven-siblings.js";
import { yamlSourceMap, type SourceMap } from "./locate.js";
import { nfc } from "../core/unicode.js";

/** Aliases may repeat a node at most `aliases` times, and make the data at most `expanded` characters in all. */
const LIMITS = { depth: 100, aliases: 100, expanded: 4 * 1024 * 1024 } as const;

/** Parsed data and where each of its paths is in the text. */
export interface SourcedData { data: Record<string, unknown>; map: SourceMap }
interface ParsedYaml extends SourcedData { doc: Document; lineCounter: LineCounter }
type ParseOutcome = { ok: true; parsed: ParsedYaml } | { ok: false; diagnostics: DiagnosticInput[] };

const YAML_ERROR_CODES: Record<string, string> = {
  TAB_AS_INDENT: "tab-indent",
  MULTIPLE_DOCS: "multiple-documents",
  RESOURCE_EXHAUSTION: "too-deep",
};

const ALLOWED_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * The parser makes an Error for each finding, and each captured a stack trace that is never read: on a file
 * with a syntax error on every line (1,216 findings) that was half the parse (14.2 → 7.0 ms). Only the
 * findings' messages and places are used. An exception the parser throws meanwhile has no stack either.
 */
function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Parse untrusted YAML 1.2 text into plain data: no custom tags, bounded depth and aliases, text in NFC. */
export function parseYaml(text: string): ParseOutcome {
  // A spreadsheet saved "as Web Page" and renamed: said as such, not as a YAML error on each of its style lines.
  if (WEB_PAGE.test(text)) return { ok: false, diagnostics: [{ code: "root-not-mapping", line: 1, col: 1, params: { found: "string", hint_table: "html" } }] };
  const { LineCounter, parseDocument, visit, isScalar, isSeq } = yaml();
  const directive = /^%YAML[ \t]+1\.1\b/m.exec(text);
  if (directive) {
    const line = text.slice(0, directive.index).split("\n").length;
    return { ok: false, diagnostics: [{ code: "yaml-1.1", line, col: 1, length: directive[0].length, params: {} }] };
  }
  const deep = findExcessiveDepth(text, LIMITS.depth);
  if (deep) return { ok: false, diagnostics: [{ code: "too-deep", line: deep.line, col: deep.col, params: { limit: LIMITS.depth } }] };
  const crowded = tokenExcess(text);
  if (crowded) return { ok: false, diagnostics: [{ code: "too-many-tokens", ...textPosition(text, crowded.offset), length: crowded.length, params: { limit: MAX_TOKENS } }] };

  const lineCounter = new LineCounter();
  // Repeated keys are found below with one set per mapping: the parser's own check compares each key with
  // every earlier one, and 50,000 repeated keys took 38 s.
  const doc = withoutStackTraces(() => parseDocument(text, { lineCounter, stringKeys: true, uniqueKeys: false, prettyErrors: false, version: "1.2" }));
  const placed = doc.errors.flatMap((e, index) => {
    const code = YAML_ERROR_CODES[e.code] ?? "yaml-syntax";
    const detail = firstLine(e.message);
    // Where the slip is made, for the two the parser reports where they show.
    const indentSlip = INDENT_SLIPS.some((s) => detail.startsWith(s));
    const reportedAt = detail.startsWith(SAME_COLUMN) ? "itself" : "above";
    // A full-width colon first: the parser's sentence for it may be any of those the other slips are told by.
    const slip = index >= SLIP_LOOKS ? undefined : wideColon(text, e.pos[0], reportedAt) ?? (indentSlip ? indentationSlip(text, e.pos[0], reportedAt)
      : detail.startsWith("A block sequence may not be used as an implicit map key") ? misplacedItem(text, e.pos[0]) ?? listAfterValue(text, e.pos[0])
      : detail.startsWith(DASH_ON_KEY_LINE) ? loneDash(text, e.pos[0]) : undefined)
      ?? (MISSING_COLON.includes(detail) ? missingColon(text, e.pos[0]) ?? gluedColon(text, e.pos[0]) : undefined)
      ?? (FLOW_UNCLOSED.some((s) => detail.startsWith(s)) ? commentInFlow(text, e.pos[0]) : undefined)
      ?? (detail.startsWith(BLOCK_IN_FLOW) ? colonInFlowValue(text, e.pos[0]) : undefined)
      ?? (detail.startsWith(MISSING_QUOTE) ? quoteGoesOnOutdented(text, e.pos[0], lineCounter.linePos(e.pos[0]).line, detail.includes('"') ? '"' : "'") : undefined);
    // `"1.1"：` is no quote inside a value: the character after the quote is the colon.
    const quote = code === "yaml-syntax" && index < SLIP_LOOKS && slip?.params.hint_wide_colon === undefined && slip?.params.hint_quote_line === undefined ? innerQuote(text, e.pos[0]) : undefined;
    // A closing quote left out is said at the comma it belongs before, where it is written.
    const unclosed = quote && !slip ? unclosedBeforeKey(text, e.pos[0]) : undefined;
    const pos = slip ? lineCounter.linePos(slip.offset) : unclosed ? lineCounter.linePos(unclosed.comma) : atContent(text, lineCounter, e.pos[0]);
    const quoteHint: Record<string, string> = unclosed !== undefined ? { hint_unclosed_key: unclosed.key } : quote ? { hint_inner_quote: quote } : {};
    const diagnostic = { code, line: pos.line, col: pos.col, params: { detail, ...(code === "too-deep" ? { limit: LIMITS.depth } : {}), ...quoteHint, ...slip?.params } } as DiagnosticInput;
    const shown = slip ? lineCounter.linePos(e.pos[0]).line : undefined;
    // The same slip on other lines (keys of one mapping off its column): each said at its own line.
    const also = (slip?.also ?? []).map((other) => ({ diagnostic: { ...diagnostic, ...lineCounter.linePos(other.offset), params: { detail, ...other.params } }, shown }));
    return [{ diagnostic, shown }, ...also];
  });
  // One slip the parser meets twice is said once, where it is made: the other rules it breaks are reported
  // at the same place, or on the line it showed on.
  const slipLines = new Set(placed.flatMap((p) => (p.shown === undefined ? [] : [p.shown])));
  const place = (p: (typeof placed)[number]) => `${p.diagnostic.line}:${p.diagnostic.col}`;
  // The first slip said at each place (found once, not by a search of every finding for each: the square of their count).
  const firstSlipAt = new Map<string, number>();
  placed.forEach((p, i) => { if (p.shown !== undefined && !firstSlipAt.has(place(p))) firstSlipAt.set(place(p), i); });
  const diagnostics: DiagnosticInput[] = placed
    .filter((p, i) => (p.shown !== undefined ? firstSlipAt.get(place(p)) === i : !slipLines.has(p.diagnostic.line!) && !firstSlipAt.has(place(p))))
    .map((p) => p.diagnostic);
  // What the parser only warns about changes what is read: a directive it ignores (%YAML 2.0, %FOO), and a
  // tag the value does not fit (`!!float 5` read as the text "5", `!!int "abc"` as "abc").
  for (const w of doc.warnings) {
    const { line, col } = lineCounter.linePos(w.pos[0]);
    if (w.code === "BAD_DIRECTIVE") diagnostics.push({ code: "yaml-directive", line, col: 1, params: { directive: text.slice(w.pos[0] - (col - 1)).split(/\r?\n/, 1)[0]!.trim() } });
    // A tag of its own is unknown-tag's, below: here only the core tags (str, int, float…) a value does not fit.
    else if (w.code === "TAG_RESOLVE_FAILED" && ALLOWED_TAGS.has(/Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? "")) diagnostics.push({ code: "tag-mismatch", line, col, params: { tag: text.slice(w.pos[0], w.pos[1]).trim() } });
  }
  let firstAlias: Alias | undefined;
  // The node each anchor names, as the visitor meets them in the file's order: an alias refers to the last one before it.
  const anchors = new Map<string, unknown>();
  const anchored = (node: { anchor?: string | undefined }) => { if (node.anchor) anchors.set(node.anchor, node); };
  const checkTag = (node: { tag?: string | undefined; range?: [number, number, number] | null | undefined }) => {
    if (node.tag && !ALLOWED_TAGS.has(node.tag) && node.range) {
      const { line, col } = lineCounter.linePos(tagStart(text, node.range[0]));
      diagnostics.push({ code: "unknown-tag", line, col, params: { tag: node.tag } });
    }
  };
  // A "\uD800" escape is half of a character: no UTF-8 file or report can hold it, and a rubric's version
  // holding one ended validate, score, explain, impact and init in an internal error (encodeURIComponent).
  const checkHalfCharacter = (node: unknown) => {
    if (!isScalar(node) || typeof node.value !== "string" || !node.range) return;
    const half = LONE_SURROGATE.exec(node.value);
    if (!half) return;
    const { line, col } = lineCounter.linePos(node.range[0]);
    diagnostics.push({ code: "lone-surrogate", line, col, params: { escape: `\\u${half[0].charCodeAt(0).toString(16).toUpperCase()}` } });
  };
  visit(doc, {
    Node(_key, node) { checkTag(node); anchored(node); checkHalfCharacter(node); },
    // The visitor calls Map, not Node, for a mapping: its tag (`answers: !!set`, `!!python/object`) is checked here.
    Map(_key, map, path) {
      checkTag(map);
      anchored(map);
      const seen = new Map<string, number>();
      // An item of a block list whose first key comes again: the "- " of the next item left out, which made
      // every key of that item a duplicate ("merge the two or delete one", six times, for one missing dash).
      const firstKey = map.items[0]?.key;
      const itemOfList = !map.flow && isSeq(path[path.length - 1]) && isScalar(firstKey);
      // A key with nothing written after its colon (not `~` nor `null`, which say so on purpose).
      const isEmptyValue = (value: unknown) => value === null || value === undefined || (isScalar(value) && value.value === null && !value.source);
      for (const [index, { key }] of map.items.entries()) {
        if (!isScalar(key) || !key.range) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first === undefined) { seen.set(name, key.range[0]); continue; }
        const pos = lineCounter.linePos(key.range[0]);
        const newItem = itemOfList && name === String(firstKey.value);
        // Just below a key left empty (`verified:`, its `value:` typed at the key's own indent), the line is likely that key's.
        const above = map.items[index - 1];
        const under = !newItem && above && isScalar(above.key) && isEmptyValue(above.value) ? String(above.key.value) : undefined;
        diagnostics.push({ code: "duplicate-key", line: pos.line, col: pos.col, params: { detail: "Map keys must be unique", key: name, first_line: lineCounter.linePos(first).line, ...(newItem ? { hint_new_item: name } : {}), ...(under !== undefined ? { hint_under: under } : {}) } });
        // The keys after it are that item's own: said again once the dash is written, if they still repeat.
        if (newItem) break;
      }
    },
    Alias(_key, alias, path) {
      firstAlias ??= alias;
      // An alias inside the node its anchor names (`agency: &a {name: *a}`) makes data without end: every
      // walk over it (the size check, NFC, the schema) would recurse until the stack ran out. The node is
      // among the alias's ancestors then (asked of the parser for each alias, it took 114 s for 20,000).
      const target = anchors.get(alias.source);
      if (target !== undefined && (path as readonly unknown[]).includes(target) && alias.range) {
        const pos = lineCounter.linePos(alias.range[0]);
        diagnostics.push({ code: "alias-cycle", line: pos.line, col: pos.col, params: { alias: `*${alias.source}`, anchor: `&${alias.source}` } });
      }
    },
  });
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupe(causes(text, diagnostics)) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    const excessive = /excessive alias/i.test(e.message);
    const culprit = excessive ? aliasOverLimit(doc, LIMITS.aliases) : unresolvedAlias(doc);
    const pos = culprit?.range ? lineCounter.linePos(culprit.range[0]) : { line: 1, col: 1 };
    if (excessive) return { ok: false, diagnostics: [{ code: "alias-limit", ...pos, params: { limit: LIMITS.aliases } }] };
    if (e instanceof ReferenceError || culprit) return { ok: false, diagnostics: [{ code: "yaml-syntax", ...pos, params: { detail: firstLine(e.message) } }] };
    throw e;
  }
  // Within the alias count, one alias may still repeat a large node: 100 copies of a 3 MB text made a
  // 300 MB report. The data as written out must stay within what a file may hold.
  if (firstAlias && expandedSize(data, LIMITS.expanded) > LIMITS.expanded) {
    const pos = firstAlias.range ? lineCounter.linePos(firstAlias.range[0]) : { line: 1, col: 1 };
    return { ok: false, diagnostics: [{ code: "alias-expansion", ...pos, params: { limit: LIMITS.expanded } }] };
  }
  if (data === null || data === undefined) return { ok: false, diagnostics: [{ code: "empty-file", line: 1, col: 1, params: {} }] };
  if (typeof data !== "object" || Array.isArray(data)) {
    const range = (doc.contents as { range?: [number, number] } | null)?.range;
    const pos = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
    const separator = typeof data === "string" ? csvSeparator(text) : undefined;
    const table: Record<string, string> = separator === undefined ? {} : { hint_table: "csv", hint_separator: separator };
    return { ok: false, diagnostics: [{ code: "root-not-mapping", line: pos.line, col: pos.col, params: { found: Array.isArray(data) ? "list" : typeof data, ...table } }] };
  }
  return { ok: true, parsed: { data: normalizeText(data) as Record<string, unknown>, doc, lineCounter, map: yamlSourceMap(doc, lineCounter) } };
}

/**
 * Where a line indented out of line is, for the parser's sentences that say so where it shows. A slip told by the line's
 * neighbours alone gives way to the column its mapping's keys tell, where the two disagree: one file, one advice.
 */
function indentationSlip(text: string, offset: number, reportedAt: "above" | "itself") {
  const near = outdentedSibling(text, offset, reportedAt) ?? outdentedKey(text, offset, reportedAt) ?? overIndentedKey(text, offset, reportedAt);
  if (near && !againstSiblings(text, offset, reportedAt, near)) return near;
  return (near ? undefined : reportedAt === "itself" ? keySlipAbove(text, offset) : undefined) ?? unevenSiblings(text, offset, reportedAt)
    ?? (reportedAt === "itself" ? misalignedKey(text, offset) : undefined);
}

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The start of an HTML page (after a byte-order mark or blank lines): no YAML file begins so. */
const WEB_PAGE = /^\uFEFF?\s*<(?:!doctype\s+html|html|table)\b/i;

/**
 * The separator of a table saved as CSV (Excel: `;` where the decimal mark is a comma, else `,`; `\t` for
 * "Unicode text"): its first lines (at least two) each hold it the same number of times, once or more.
 */
function csvSeparator(text: string): string | undefined {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "").slice(0, 5);
  if (lines.length < 2) return undefined;
  return [";", "\t", ","].find((sep) => {
    const counts = lines.map((line) => line.split(sep).length - 1);
    return counts[0]! > 0 && counts.every((n) => n === counts[0]);
  });
}

/** Characters of the data with every alias written out (keys and texts, a few for each other value), counted up to just past `limit`. */
function expandedSize(data: unknown, limit: number): number {
  let size = 0;
  const walk = (value: unknown): void => {
    if (size > limit) return;
    if (typeof value === "string") size += value.length;
    else if (Array.isArray(value)) { size += 2; for (const item of value) walk(item); }
    else if (value !== null && typeof value === "object") {
      size += 2;
      for (const [key, item] of Object.entries(value)) { size += key.length + 2; walk(item); }
    } else size += 4;
  };
  walk(data);
  return size;
}

/**
 * The errors that are the cause, when a known slip sets off many more: a line indented with a tab puts every
 * later entry at the wrong level, and a bare `?` as a value (`value: ?`, as the template's "?" invites) opens
 * YAML's explicit-key syntax, which swallows the lines after it. Only those are reported then.
 */
function causes(text: string, diagnostics: DiagnosticInput[]): DiagnosticInput[] {
  // At a line's end (value: ?), or before the comma or brace of a one-line mapping ({value: ?}). The line's
  // first { is the one taken: trying each { against each colon after it was quadratic on a long line.
  const bare = [...text.matchAll(/^[^#\n]*?:[ \t]+(\?)[ \t]*(?:#.*)?$|^[^#\n{]*\{[^#\n]*?:[ \t]+(\?)[ \t]*[,}]/dgm)].map((m) => {
    const before = text.slice(0, (m.indices![1] ?? m.indices![2])![0]);
    const line = before.split("\n").length;
    return { code: "bare-question-mark", line, col: before.length - before.lastIndexOf("\n"), params: {} };
  });
  if (bare.length > 0) return bare;
  // A dash alone on a key's line with the list's items below it: the parser's errors on those lines are the dash's.
  const dashes = diagnostics.filter((d) => d.params?.hint_lone_dash_items !== undefined);
  if (dashes.length > 0) diagnostics = diagnostics.filter((d) => d.code !== "yaml-syntax" || !dashes.some((x) => d.line! > x.line! && d.line! <= Number(x.params!.hint_lone_dash_items)));
  const signature = signatureBelow(text, diagnostics);
  if (signature) return [signature];
  const marks = wordListMarks(text, diagnostics);
  if (marks) return marks;
  const tabs = [...diagnostics.filter((d) => d.code === "tab-indent"), ...tabsAfterSpaces(text, diagnostics)].sort((a, b) => a.line! - b.line!);
  if (tabs.length > 0) return tabRuns(text, tabs);
  // A key whose colon is left out: the parser reads the lines after it as going on with that key, and what it
  // makes of them is that slip's doing (`evidence` alone above its list: 980 findings, with wrong hints).
  const colon = diagnostics.find((d) => d.params?.hint_missing_colon !== undefined);
  if (colon) return diagnostics.filter((d) => d.line! <= colon.line! || d.code !== "yaml-syntax");
  // A text in quotes carried on to a line not indented enough: what the parser makes of the lines from that text on is its doing.
  const continued = diagnostics.find((d) => d.params?.hint_quote_line !== undefined);
  if (continued) return diagnostics.filter((d) => d === continued || d.code !== "yaml-syntax" || d.line! < Number(continued.params!.hint_quote_line));
  // A key out-dented among its siblings: every sibling after it is "not at the same column" (35 findings for one slip);
  // a list item out-dented, the list's next item, which the parser reads as a key going on over lines.
  const outdent = diagnostics.find((d) => d.params?.hint_outdent !== undefined || d.params?.hint_child !== undefined);
  if (!outdent) return diagnostics;
  const item = " ".repeat(Number(outdent.params?.hint_indent_expected)) + "- ";
  const nextItem = /^ *- /.test(text.split(/\r\n|\r|\n/, outdent.line!)[outdent.line! - 1] ?? "") ? nextLineStarting(text, outdent.line!, item) : undefined;
  // A key named off its column on its own line (another of the mapping's keys off it) is a slip of its own, kept.
  const ownSlip = (d: DiagnosticInput) => ["hint_outdent", "hint_misaligned", "hint_sibling_found"].some((k) => d.params?.[k] !== undefined);
  return diagnostics.filter((d) => d === outdent || ownSlip(d) || !(d.code === "yaml-syntax" && (d.params?.detail === SAME_COLUMN || d.line === nextItem) && d.line! > outdent.line!));
}

/** The number of the first line after line `after` that starts with `start`. */
function nextLineStarting(text: string, after: number, start: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = after; i < lines.length; i++) if (lines[i]!.startsWith(start)) return i + 1;
  return undefined;
}

/**
 * A line starting an e-mail's signature: "-- " (or "--"), "Sent from my iPhone", "Gửi từ Zalo", at the start of
 * the line: an indented one is a note's own text ("--" or "Gửi từ …" inside a `note: |`), whose file's real
 * mistake further down would be said as a signature to delete, the note and all after it.
 */
const SIGNATURE_LINE = /^(?:--[ \t]*|(?:sent from|gửi từ|được gửi từ)\s.*)$/i;

/**
 * A file saved from an e-mail with the sender's signature below the data: every finding at or after the
 * signature's first line is one finding there, saying what it is (the parser's words, "Implicit keys need to
 * be on a single line", told the officer nothing).
 */
function signatureBelow(text: string, diagnostics: DiagnosticInput[]): DiagnosticInput | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const at = lines.findIndex((l) => SIGNATURE_LINE.test(nfc(l).trimEnd()));
  if (at < 0 || !diagnostics.every((d) => d.code === "yaml-syntax" && (d.line ?? 0) > at)) return undefined;
  // Only when the text above it reads: an error of the data's own (a list left open) is not the signature's.
  if (yaml().parseDocument(lines.slice(0, at).join("\n"), { version: "1.2" }).errors.length > 0) return undefined;
  return { ...diagnostics[0]!, line: at + 1, col: 1, params: { ...diagnostics[0]!.params, hint_signature: at + 1 } };
}

/**
 * What a word processor puts for a list item's "- ": an en or em dash (AutoCorrect), a bullet or middle dot (a list
 * pasted from Word; U+F0B7 is its Symbol-font bullet). YAML reads such a line as text, and the parser's errors land on
 * its values or on the next item's line, never on the mark (1,000 findings for one pasted list). Followed by what an
 * item holds: a { or a quote, or a key and its colon.
 */
const WORD_LIST_MARK = /^( *)([\u2010-\u2015\u2212\u2022\u2043\u00b7\u25aa\u25cf\u25e6\uf0b7])[ \t]+(?:[{"']|[\p{L}_][\p{L}\p{N}_-]*:(?:[ \t]|$))/u;

/**
 * Lines that start with such a mark, one finding each, when the first error is the first mark's doing (on its line,
 * or the next line with content): a note's "– họp quý I" in a file whose error is elsewhere is the note's text.
 */
function wordListMarks(text: string, diagnostics: DiagnosticInput[]): DiagnosticInput[] | undefined {
  const first = diagnostics.find((d) => d.code === "yaml-syntax");
  if (!first) return undefined;
  const lines = text.split(/\r\n|\r|\n/);
  const marks = lines.flatMap((line, i) => {
    const found = WORD_LIST_MARK.exec(line);
    return found ? [{ code: "yaml-syntax", line: i + 1, col: found[1]!.length + 1, length: 1, params: { detail: WORD_LIST_MARK_DETAIL, hint_list_mark: found[2]! } } as DiagnosticInput] : [];
  });
  const cause = marks[0];
  if (!cause || first.line! < cause.line! || lines.slice(cause.line!, first.line! - 1).some((l) => l.trim() !== "" && !l.trim().startsWith("#"))) return undefined;
  return marks;
}

/**
 * A tab after spaces in a line's indentation (an editor that mixes both): the parser counts the spaces alone and
 * says the line is out of place, "two colons", a duplicate key, never that it holds a tab (6 findings for one
 * tab in a rubric). A finding on such a line is a tab-indent finding at the tab.
 */
function tabsAfterSpaces(text: string, diagnostics: DiagnosticInput[]): DiagnosticInput[] {
  const lines = text.split(/\r\n|\r|\n/);
  const found = new Map<number, DiagnosticInput>();
  for (const d of diagnostics) {
    const spaces = d.code === "yaml-syntax" || d.code === "duplicate-key" ? /^( +)\t[ \t]*[^\s#]/.exec(lines[d.line! - 1] ?? "") : null;
    if (spaces && !found.has(d.line!)) found.set(d.line!, { code: "tab-indent", line: d.line!, col: spaces[1]!.length + 1, params: {} });
  }
  return [...found.values()];
}

/**
 * Lines indented with tabs, one finding per run of them (a file indented with tabs throughout gave a hundred
 * findings of one mistake), at its first line, with how many lines the run has and where it ends. A run goes on
 * over blank and comment lines and lines that start with a tab; a line indented with spaces ends it.
 */
function tabRuns(text: string, tabs: DiagnosticInput[]): DiagnosticInput[] {
  const lines = text.split(/\r\n|\r|\n/);
  const runs: { first: DiagnosticInput; last: number; count: number }[] = [];
  for (const d of tabs) {
    const run = runs.at(-1);
    const line = d.line ?? 0;
    if (run && line === run.last) continue;
    if (run && line > run.last && lines.slice(run.last, line - 1).every((l) => /^ *\t|^[ \t]*(#.*)?$/.test(l))) {
      run.last = line;
      run.count++;
      continue;
    }
    runs.push({ first: d, last: line, count: 1 });
  }
  return runs.map((r) => {
    if (r.count > 1) return { ...r.first, params: { ...r.first.params, tab_lines: r.count, tab_from: r.first.line!, tab_to: r.last } };
    const spaces = spacesForTab(lines, r.first.line! - 1);
    return spaces === undefined ? r.first : { ...r.first, params: { ...r.first.params, hint_tab_spaces: spaces } };
  });
}

/**
 * The spaces one line indented with tabs alone stands for (a Tab pressed in Notepad), told by the lines around it
 * indented with spaces: under a key that opens a block (`"1.1":`), the column of the line after it deeper than
 * that key, or two more than the key; after a key with its value, that key's column; after a list item, another
 * item at its dash. Undefined where they do not tell (a key after `- {…}`: the list's holder's sibling, or deeper).
 */
function spacesForTab(lines: string[], index: number): number | undefined {
  const content = (l: string) => !/^[ \t]*(?:#.*)?$/.test(l);
  if (!/^\t+[^\s#]/.test(lines[index]!)) return undefined;
  let p = index - 1;
  while (p >= 0 && !content(lines[p]!)) p--;
  const above = lines[p];
  if (above === undefined || /^ *\t/.test(above)) return undefined;
  const spaces = /^ */.exec(above)![0].length;
  const keyColumn = /^ *(?:- +)?/.exec(above)![0].length;
  const dash = /^\t+- /.test(lines[index]!);
  // A list item above: another item goes at its dash; a key, at its key's column when it holds one (`- code: "1"`).
  if (/^ *- /.test(above)) {
    if (dash) return spaces;
    if (!/^ *- +[^\s{[#"'][^:#]*:(?:[ \t]|$)/.test(above)) return undefined;
  }
  const opens = /^ *(?:- +)?[^\s#-][^#]*:[ \t]*(?:#.*)?$/.test(above);
  if (!opens) return keyColumn;
  let n = index + 1;
  while (n < lines.length && !content(lines[n]!)) n++;
  const below = lines[n];
  const deeper = below !== undefined && !/^ *\t/.test(below) ? /^ */.exec(below)![0].length : 0;
  if (deeper <= keyColumn) return keyColumn + 2;
  // An item's first line: the line below is another item at its dash, or a key of its own two columns right of it.
  return dash && !/^ *- /.test(below!) ? (deeper - 2 > keyColumn ? deeper - 2 : undefined) : deeper;
}

/** What the parser says of a value holding ": " in {…} (and of a `;` or a line break between its entries). */
const BLOCK_IN_FLOW = "Block collections are not allowed within flow collections";
/** What the parser says of a list's dash on its key's line (`evidence: -`). */
const DASH_ON_KEY_LINE = "Unexpected block-seq-ind on same line with key";
/** The parser's sentences for a key indented more than the one above it (which one depends on what is above). */
const SAME_COLUMN = "All mapping items must start at the same column";
/**
 * Slips are looked for at the first parser errors only: 100 findings a file are shown, and each look may walk
 * back over the file (20,000 errors in a 280 KB file took 81 s). Later errors stay where the parser placed them.
 */
const SLIP_LOOKS = 200;
/** The parser's sentence for a text in double or single quotes that the line's end left open. */
const MISSING_QUOTE = "Missing closing ";
/** What the parser says of a key whose colon is left out (`value 4`, then a key below it; `"1.2"` alone). */
const MISSING_COLON = ["Implicit keys need to be on a single line", "Implicit map keys need to be followed by map values"];
/** What the parser says of a one-line mapping or list left open (its closing bracket hidden in a comment, say). */
const FLOW_UNCLOSED = ["Flow map in block collection must be sufficiently indented", "Flow sequence in block collection must be sufficiently indented"];
const INDENT_SLIPS = ["Nested mappings are not allowed", "Implicit keys need to be on a single line", SAME_COLUMN];

/**
 * The quote that ended a quoted value too early (`name: "Sở "A" tỉnh"`): the error is at the text right after
 * that quote, with no space between (`"x" y` is two values, a missing comma in a flow mapping), and the line
 * holds another quote before it. "Quote the whole value", the parser's advice, is what the officer did.
 */
function innerQuote(text: string, offset: number): string | undefined {
  // A comment touching the closing quote ("x"# ghi chú) is no quote inside the value.
  if (text[offset] === "#") return undefined;
  const quote = text[offset - 1];
  if (quote !== '"' && quote !== "'") return undefined;
  const before = text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset - 1);
  return before.includes(quote) ? quote : undefined;
}

/**
 * The key a quoted text swallowed when its closing quote was left out inside {…}: `{vi: "Sở X, en: "Dept X"}` reads
 * `Sở X, en: ` as the text, and the parser stops at `Dept`. Said as a quote inside the value, the hint told the
 * author to write \" where a quote was missing. The key, when the text ends in `, key: ` just before the quote.
 */
function unclosedBeforeKey(text: string, offset: number): { key: string; comma: number } | undefined {
  const quote = text[offset - 1]!;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset - 1);
  const opened = before.lastIndexOf(quote) + 1;
  const m = /,\s*([^\s,:{}[\]"']+):\s*$/.exec(before.slice(opened));
  return m ? { key: m[1]!, comma: lineStart + opened + m.index } : undefined;
}

/** Just after the text's last content: blank and comment lines at its end, and a comment after it, left out. */
function endOfContent(text: string): number {
  let end = text.trimEnd().length;
  for (;;) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const comment = commentStart(text.slice(start, end));
    if (comment === undefined) return end;
    end = text.slice(0, start + comment).trimEnd().length;
    if (end === 0) return 0;
  }
}

/** Where a line's comment starts: a # that begins it or follows a space, outside quotes ("Phòng #2" is text). */
function commentStart(line: string): number | undefined {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === '"' && ch === "\\") { i++; continue; }
    if (quote !== undefined) { if (ch === quote) quote = undefined; continue; }
    if (ch === '"' || ch === "'") { quote = ch; continue; }
    if (ch === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "\t")) return i;
  }
  return undefined;
}

/** yaml places indentation errors at the start of the line; an editor user looks for the first character. */
function atContent(text: string, lineCounter: LineCounter, offset: number): { line: number; col: number } {
  // At the end of the text (an unclosed [ or {): just after its last content, where the closing bracket
  // goes; the line after the final line break is no line of the file (an annotation there points nowhere).
  if (text.slice(offset).trim() === "") return lineCounter.linePos(endOfContent(text));
  let p = offset;
  // On a blank line (an item pasted with the empty line above it): the content the parser met after it, not column 1
  // of a line with nothing to show.
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  if (text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim() === "") while (p < text.length && /\s/.test(text[p]!)) p++;
  while (p < text.length && text[p] === " ") p++;
  return lineCounter.linePos(p < text.length && text[p] !== "\n" && text[p] !== "\r" ? p : offset);
}

/** The alias that takes the expansion over the limit, counted the way yaml's toJS counts it. */
function aliasOverLimit(doc: Document, limit: number): Alias | undefined {
  const { isAlias, isCollection, isPair, visit } = yaml();
  const data = new Map<Node, { count: number; aliasCount: number }>();
  const aliasCount = (node: unknown): number => {
    if (isAlias(node)) {
      const d = data.get(node.resolve(doc) as Node);
      return d ? d.count * d.aliasCount : 0;
    }
    if (isCollection(node)) return node.items.reduce((m: number, item) => Math.max(m, aliasCount(item)), 0);
    if (isPair(node)) return Math.max(aliasCount(node.key), aliasCount(node.value));
    return 1;
  };
  let culprit: Alias | undefined;
  visit(doc, {
    Alias(_key, alias) {
      const target = alias.resolve(doc) as Node | undefined;
      if (!target) return;
      // yaml counts the anchored node itself once, then every alias to it.
      const d = data.get(target) ?? { count: 1, aliasCount: 0 };
      data.set(target, d);
      d.count++;
      if (d.aliasCount === 0) d.aliasCount = aliasCount(target);
      if (d.count * d.aliasCount > limit) { culprit = alias; return visit.BREAK; }
      return undefined;
    },
  });
  return culprit;
}

function unresolvedAlias(doc: Document): Alias | undefined {
  const { visit } = yaml();
  let found: Alias | undefined;
  visit(doc, { Alias(_key, alias) { if (!alias.resolve(doc)) { found = alias; return visit.BREAK; } return undefined; } });
  return found;
}

/** The range of a tagged node starts at its value; the tag (`!foo`, `!!binary`) is written just before it. */
function tagStart(text: string, valueStart: number): number {
  let p = text.lastIndexOf("!", valueStart);
  if (p < 0) return valueStart;
  // A block mapping's tag ends the line before its first key: only spaces, line ends, comments and an anchor (&a) between.
  const end = p + (/^\S*/.exec(text.slice(p, valueStart))![0].length);
  if (!/^(?:\s|#[^\n]*|&\S+)*$/.test(text.slice(end, valueStart))) return valueStart;
  while (p > 0 && !/[\s[{,]/.test(text[p - 1]!)) p--;
  return p;
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

function dedupe(list: DiagnosticInput[]): DiagnosticInput[] {
  const seen = new Set<string>();
  return list.filter((d) => { const k = `${d.code}:${d.line}:${d.col}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

