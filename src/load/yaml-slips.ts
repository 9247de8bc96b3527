/**
 * Two slips of hand-edited YAML that the parser reports where they show, not where they are made: where
 * they are made, and what to do, for the diagnostic to say instead.
 */
export interface Slip { offset: number; params: Record<string, string | number> }

/** The line holding `offset`: where it starts, and its text without the line end. */
function lineAt(text: string, offset: number): { start: number; text: string } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return { start, text: text.slice(start, end < 0 ? text.length : end).replace(/\r$/, "") };
}

/** The next line that holds something other than a comment, after the one starting at `start`. */
function nextContent(text: string, start: number): { start: number; text: string } | undefined {
  let at = text.indexOf("\n", start);
  while (at >= 0) {
    const line = lineAt(text, at + 1);
    if (line.text.trim() !== "" && !line.text.trim().startsWith("#")) return line;
    at = text.indexOf("\n", at + 1);
  }
  return undefined;
}

function previousContent(text: string, start: number): { start: number; text: string } | undefined {
  let at = start - 1;
  while (at > 0) {
    const line = lineAt(text, at);
    if (line.text.trim() !== "" && !line.text.trim().startsWith("#")) return line;
    at = line.start - 1;
  }
  return undefined;
}

/** A key: quoted (a colon inside it is text) or plain; then its colon. */
const KEY_SOURCE = `(?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^']|'')*'|[^\\s#\\-?:"'][^:]*?):`;
/** Where a line's key starts: after its indentation and, for the first key of a list item, its "- ". */
const indent = (line: string) => /^ *(?:- +)?/.exec(line)![0].length;
const KEY_VALUE = new RegExp(`^ *(?:- +)?${KEY_SOURCE}[ \\t]+[^\\s#]`);
const KEY = new RegExp(`^ *(?:- +)?${KEY_SOURCE}(?:[ \\t]|$)`);

/**
 * `id: x` then `   name: …` indented further: the parser reads the next line as going on with x and then
 * finds a second colon on the first line ("nested mappings"). The slip is the indentation of the next line.
 */
export function overIndentedKey(text: string, offset: number, reportedAt: "above" | "itself"): Slip | undefined {
  const line = lineAt(text, offset);
  // Reported on the line above the slip ("nested mappings"), or on the slip's own line ("same column", when
  // the value above is quoted or followed by a comment).
  const [above, below] = reportedAt === "above" ? [line, nextContent(text, line.start)] : [previousContent(text, line.start), line];
  if (!above || !below || !KEY_VALUE.test(above.text) || !KEY.test(below.text) || indent(below.text) <= indent(above.text)) return undefined;
  // The line above out-dented among keys at the next line's level (`"4.1": …` at column 1 among answers at 3):
  // the slip is that line, and every later key of the level is reported by the parser because of it.
  let before = previousContent(text, above.start);
  // Past the deeper lines of the entry before (its value, its list): the key that opens it.
  while (before && indent(before.text) > indent(below.text)) before = previousContent(text, before.start);
  if (before && KEY.test(before.text) && indent(before.text) === indent(below.text)) {
    return { offset: above.start + indent(above.text), params: { hint_outdent: indent(above.text), hint_indent_expected: indent(below.text) } };
  }
  // `"1.6":` then `value: 3` at its own column, then the rest of the answer deeper: the value line was meant
  // under the key above it, in line with the lines below.
  if (before && KEY.test(before.text) && !KEY_VALUE.test(before.text) && indent(before.text) === indent(above.text)) {
    return { offset: above.start + indent(above.text), params: { hint_child: indent(above.text), hint_indent_expected: indent(below.text) } };
  }
  return { offset: below.start + indent(below.text), params: { hint_indent: indent(below.text), hint_indent_expected: indent(above.text) } };
}

/**
 * `evidence: "có"` then a list under it: a key holds a value or a list, not both; the parser says so at
 * the list's first dash. The slip is the value on the key's line.
 */
export function listAfterValue(text: string, offset: number): Slip | undefined {
  const line = lineAt(text, offset);
  if (!/^ *- /.test(line.text)) return undefined;
  const previous = previousContent(text, line.start);
  if (!previous || !KEY_VALUE.test(previous.text) || indent(previous.text) >= indent(line.text)) return undefined;
  const keyEnd = indent(previous.text) + new RegExp(`^${KEY_SOURCE}`).exec(previous.text.slice(indent(previous.text)))![0].length;
  const key = previous.text.slice(indent(previous.text), keyEnd - 1);
  const value = keyEnd + /^[ \t]*/.exec(previous.text.slice(keyEnd))![0].length;
  return { offset: previous.start + value, params: { hint_list_key: key } };
}
