/**
 * A cheap upper bound on a YAML text's nesting depth, computed before the YAML composer runs: two
 * deeply nested documents in one Node 20 process can abort it (tech.md §3), and the composer recurses.
 * Flow depth counts brackets outside quotes and comments; block depth is bounded by each line's
 * indentation plus its leading "- ", "? ", ": " indicators and each ": " or "? " after the first further on
 * the line. A quote counts only where a value starts (`rock 'n roll` is plain text, and a quote taken there hid
 * every bracket after it from the count). Still, a quote or a comment the parser does not see (`note: a, 'b` is
 * plain text to it) would hide what follows: what is inside one is counted apart, and where it could take the
 * depth past the limit, the text is measured again on the parser's own tokens (tokenDepth), exactly.
 */
import { yaml } from "./lazy.js";
import { textPosition } from "./text-position.js";

interface DepthExcess { line: number; col: number; depth: number }

export function findExcessiveDepth(text: string, limit: number): DepthExcess | undefined {
  let flow = 0, line = 1, col = 0, quote: "'" | '"' | null = null, comment = false, lineStart = true, block = 0, valueStart = true, keyed = 0;
  // Inside a quote or a comment: the brackets, and on each line its indentation and its - ? : (hiddenLine).
  let hiddenFlow = 0, hiddenLine = 0, hiddenIndent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    col++;
    if (ch === "\n") {
      line++; col = 0; comment = false; lineStart = true; block = 0; valueStart = true; keyed = 0;
      hiddenLine = 0; hiddenIndent = quote !== null;
      if (quote === null) hiddenFlow = 0;
      continue;
    }
    if (comment || quote) {
      if (ch === " " || ch === "\t") {
        if (hiddenIndent && flow + block + hiddenFlow + ++hiddenLine > limit) return tokenDepth(text, limit);
      } else {
        hiddenIndent = false;
        if (ch === "[" || ch === "{") hiddenFlow++;
        else if (ch === "-" || ch === "?" || ch === ":") hiddenLine++;
        if (flow + block + hiddenFlow + hiddenLine > limit) return tokenDepth(text, limit);
      }
      if (comment) continue;
      // An escaped line break (a double-quoted text continued on the next line) is still a line: counted as one.
      if (ch === "\\" && quote === '"') { if (text[i + 1] !== "\n") { i++; col++; } continue; }
      if (ch === quote) { quote = null; hiddenFlow = 0; hiddenLine = 0; }
      continue;
    }
    if (lineStart) {
      // "-", "?" and ":" nest only as indicators, followed by a space or the line's end: a line of dashes
      // in a note ("-----") is text.
      const after = text[i + 1];
      const indicator = (ch === "-" || ch === "?" || ch === ":") && (after === undefined || after === " " || after === "\t" || after === "\n" || after === "\r");
      if (ch === " " || ch === "\t" || indicator) {
        // Checked here too: a line of indicators alone ("- - - …", or "-" under deep indentation) nests
        // as deep, and no other character of the line comes to check it (a 4 KB file aborted Node).
        if (++block > limit) return { line, col, depth: block };
        continue;
      }
      lineStart = false;
    }
    if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) { comment = true; hiddenFlow = 0; hiddenLine = 0; continue; }
    if (ch === " " || ch === "\t" || ch === "\r") continue;
    if ((ch === '"' || ch === "'") && valueStart) { quote = ch; valueStart = false; hiddenFlow = 0; hiddenLine = 0; continue; }
    const next = text[i + 1];
    // A value starts after "key: ", "- ", "? ", and inside a flow collection after [ { and ,.
    valueStart = ch === "[" || ch === "{" || ch === "," || ((ch === ":" || ch === "-" || ch === "?") && (next === undefined || /\s/.test(next)));
    // Each ": " or "? " after the line's first opens one more block mapping (`a: b: c: …`, an error the parser
    // still nests: 3,000 of them in a note overflowed its stack), so each counts as a level.
    if ((ch === ":" || ch === "?") && flow === 0 && (next === undefined || /\s/.test(next)) && keyed++ > 0 && ++block > limit) return { line, col, depth: block };
    if (ch === "[" || ch === "{") {
      flow++;
      if (flow + block > limit) return { line, col, depth: flow + block };
    } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
    if (block > limit) return { line, col, depth: block };
  }
  return undefined;
}

/**
 * The same bound on the parser's own tokens, where quotes, comments and plain texts are what the parser takes them
 * for. Ten times slower than the scan above (the lexer yields a string per token): only for a text it doubts.
 */
const SPACES = /^[ \t]+$/;

function tokenDepth(text: string, limit: number): DepthExcess | undefined {
  let flow = 0, block = 0, keyed = 0, lineStart = true, offset = 0;
  const excess = (at: number, depth: number): DepthExcess => ({ ...textPosition(text, at), depth });
  for (const token of new (yaml().Lexer)().lex(text)) {
    // The lexer's markers take no text; a flow collection cut short by a line indented too little ends them all.
    if (token === "\x02" || token === "\x1f") continue;
    if (token === "\x18") { flow = 0; continue; }
    const at = offset;
    offset += token.length;
    // A block text's lines are one token, from the first one's indentation to the last one's line break.
    if (token === "" || token.endsWith("\n")) { block = 0; keyed = 0; lineStart = true; continue; }
    if (SPACES.test(token)) {
      if (lineStart && block + token.length > limit) return excess(at + limit - block, limit + 1);
      if (lineStart) block += token.length;
      continue;
    }
    if (token === "-" || token === "?" || token === ":") {
      if (lineStart || (token !== "-" && flow === 0 && keyed++ > 0)) block++;
      if (block > limit) return excess(at, block);
      continue;
    }
    lineStart = false;
    if (token === "[" || token === "{") {
      flow++;
      if (flow + block > limit) return excess(at, flow + block);
    } else if ((token === "]" || token === "}") && flow > 0) flow--;
  }
  return undefined;
}
