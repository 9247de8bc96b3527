/**
 * Where a place in a text value is written in the file: the scalar's value, read by YAML, is walked beside its
 * source from the scalar's first character (a block scalar's `>-`/`|` line, a quote, or the text itself). A line
 * break and the indentation after it read as a space (or as a line break) in the value: a run of white space in the
 * value is a run of white space in the source; an escape in quotes (`\u00e0`, `\n`, `''`) is one character of the
 * value. Undefined where the two part ways (a text the model changed, written decomposed): the finding stays at the
 * scalar's start.
 */
export function offsetInScalar(source: string, start: number, value: string, at: number): number | undefined {
  const first = source[start];
  const block = first === "|" || first === ">";
  const doubleQuoted = first === '"';
  const singleQuoted = first === "'";
  let j = start;
  if (block) {
    // The header line (`>-`, `|2`, a comment after it) is no part of the value.
    const end = source.indexOf("\n", start);
    if (end < 0) return undefined;
    j = end + 1;
  } else if (doubleQuoted || singleQuoted) j = start + 1;
  // Whether an escape in double quotes stands for white space, and how long the escape is.
  const escapeLength = (k: number): number => {
    const kind = source[k + 1];
    return kind === "x" ? 4 : kind === "u" ? 6 : kind === "U" ? 10 : kind === "\r" && source[k + 2] === "\n" ? 3 : 2;
  };
  const whiteInSource = (k: number): number => {
    const c = source[k];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") return 1;
    if (doubleQuoted && c === "\\" && /[nt \r\n_LNP]/u.test(source[k + 1] ?? "")) return escapeLength(k);
    return 0;
  };
  const skipWhite = () => { for (let n = whiteInSource(j); n > 0 && j < source.length; n = whiteInSource(j)) j += n; };
  // The value's first character after the indentation (a block scalar's first line, a plain scalar after a key).
  if (!isWhite(value[0])) skipWhite();
  let i = 0;
  while (i < at) {
    if (j >= source.length) return undefined;
    const c = value[i]!;
    if (isWhite(c)) {
      while (i < at && isWhite(value[i])) i++;
      skipWhite();
      continue;
    }
    if (singleQuoted && c === "'" && source[j] === "'" && source[j + 1] === "'") { i++; j += 2; continue; }
    if (source[j] === c) { i++; j++; continue; }
    if (doubleQuoted && source[j] === "\\") {
      // An escape is one character of the value (two UTF-16 units past U+FFFF).
      i += (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      j += escapeLength(j);
      continue;
    }
    return undefined;
  }
  // A place after white space: at the word, not the line break before it.
  if (i < value.length && !isWhite(value[i])) skipWhite();
  return j;
}

function isWhite(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r";
}
