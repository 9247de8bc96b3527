/** Line and column (1-based) of an offset in `text`, as the parser's LineCounter gives them, without making one: for a single place. */
export function textPosition(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < offset; nl = text.indexOf("\n", nl + 1)) { line++; start = nl + 1; }
  return { line, col: offset - start + 1 };
}
