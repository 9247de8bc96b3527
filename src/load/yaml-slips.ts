/**
 * Two slips of hand-edited YAML that the parser reports where they show, not where they are made: where
 * they are made, and what to do, for the diagnostic to say instead.
 */
export interface Slip { offset: number; params: Record<string, string | number> }

/** Lines as [start offset, text], without line ends. */
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

const indent = (line: string) => /^ */.exec(line)![0].length;
const KEY_VALUE = /^ *[^\s#\-?:][^:]*:[ \t]+[^\s#]/;
const KEY = /^ *[^\s#\-?:][^:]*:([ \t]|$)/;

/**
 * `id: x` then `   name: …` indented further: the parser reads the next line as going on with x and then
 * finds a second colon on the first line ("nested mappings"). The slip is the indentation of the next line.
 */
export function overIndentedKey(text: string, offset: number): Slip | undefined {
  const line = lineAt(text, offset);
  if (!KEY_VALUE.test(line.text)) return undefined;
  const next = nextContent(text, line.start);
  if (!next || indent(next.text) <= indent(line.text) || !KEY.test(next.text)) return undefined;
  return { offset: next.start + indent(next.text), params: { hint_indent: indent(next.text), hint_indent_expected: indent(line.text) } };
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
  const key = /^ *([^:]*):/.exec(previous.text)![1]!.trim();
  const value = previous.text.indexOf(":") + 1 + /^[ \t]*/.exec(previous.text.slice(previous.text.indexOf(":") + 1))![0].length;
  return { offset: previous.start + value, params: { hint_list_key: key } };
}
