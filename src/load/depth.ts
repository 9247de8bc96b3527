/**
 * A cheap upper bound on a YAML text's nesting depth, computed before the YAML composer runs: two
 * deeply nested documents in one Node 20 process can abort it (tech.md §3), and the composer recurses.
 * Flow depth counts brackets outside quotes and comments; block depth is bounded by each line's
 * indentation plus its leading "- ", "? ", ": " indicators and each ": " or "? " after the first further on
 * the line. It never under-estimates: a quote counts only where a value starts (`rock 'n roll` is plain text,
 * and a quote taken there hid every bracket after it from the count).
 */
export interface DepthExcess { line: number; col: number; depth: number }

export function findExcessiveDepth(text: string, limit: number): DepthExcess | undefined {
  let flow = 0, line = 1, col = 0, quote: "'" | '"' | null = null, comment = false, lineStart = true, block = 0, valueStart = true, keyed = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    col++;
    if (ch === "\n") { line++; col = 0; comment = false; lineStart = true; block = 0; valueStart = true; keyed = 0; continue; }
    if (comment) continue;
    if (quote) {
      if (ch === "\\" && quote === '"') { i++; col++; continue; }
      if (ch === quote) quote = null;
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
    if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) { comment = true; continue; }
    if (ch === " " || ch === "\t" || ch === "\r") continue;
    if ((ch === '"' || ch === "'") && valueStart) { quote = ch; valueStart = false; continue; }
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
