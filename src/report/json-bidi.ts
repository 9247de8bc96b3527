/**
 * The json keeps every text exactly, but a bidirectional control or mark (U+202A–U+202E, U+2066–U+2069,
 * U+200E, U+200F, U+061C), the line and paragraph separators (U+2028, U+2029) and the C1 controls
 * (U+0080–U+009F, which JSON.stringify leaves raw) are written as their \u escapes: a reader of the file, a
 * viewer or a terminal cannot show a name reversed or broken, or act on it, and a JSON parser reads back the
 * same text. JSON's own syntax is ASCII, so these characters can only stand inside strings.
 */
const BIDI = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `##[` and `##vso[` (any case), which a runner reads as a command anywhere in a line of a job's log (the json is
 * printed there without -o): the bracket is written \u005b, read back as the same text. `#` is no JSON syntax,
 * so these can only stand inside strings.
 */
const LOG_COMMAND = /(##(?:vso)?)\[/gi;

export function escapeBidi(json: string): string {
  BIDI.lastIndex = 0;
  const out = BIDI.test(json) ? json.replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
  return out.includes("##") ? out.replace(LOG_COMMAND, "$1\\u005b") : out;
}

/** A JSON file's text: indented by two, bidi escaped as above, ending with a line break. */
export function jsonText(value: unknown): string {
  return escapeBidi(JSON.stringify(value, null, 2)) + "\n";
}

/**
 * jsonText of `{...head, [key]: items}` in pieces, the list last: each item is made and written in turn (the
 * findings of thousands of files are never whole in memory). The same text as jsonText of the whole.
 */
export function* jsonTextPieces(head: Record<string, unknown>, key: string, items: Iterable<unknown>): Generator<string> {
  const empty = jsonText({ ...head, [key]: [] });
  // `"key": []\n}\n`, opened to take the items one by one, each indented as an element of the list.
  yield empty.slice(0, empty.lastIndexOf("[]") + 1);
  let first = true;
  for (const item of items) {
    yield `${first ? "\n" : ",\n"}${jsonText(item).trimEnd().replace(/^/gm, "    ")}`;
    first = false;
  }
  yield first ? "]\n}\n" : "\n  ]\n}\n";
}

/** The same for UTF-8 bytes (spooled entries, written as read): E2 80 8E–8F, A8–AE, E2 81 A6–A9, D8 9C and C2 80–9F. */
export function escapeBidiBytes(bytes: Uint8Array): Uint8Array {
  // A log command (rare): the piece as text, escaped as above; UTF-8 reads back the same bytes.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.indexOf("##") >= 0) return Buffer.from(escapeBidi(buffer.toString("utf8")), "utf8");
  let at = bidiAt(bytes, 0);
  if (at < 0) return bytes;
  const parts: Uint8Array[] = [];
  let from = 0;
  while (at >= 0) {
    const two = bytes[at] !== 0xe2;
    const code = bytes[at] === 0xd8 ? 0x061c : two ? bytes[at + 1]! : ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f) | 0x2000;
    parts.push(bytes.subarray(from, at), Buffer.from(`\\u${code.toString(16).padStart(4, "0")}`, "latin1"));
    from = at + (two ? 2 : 3);
    at = bidiAt(bytes, from);
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

function bidiAt(bytes: Uint8Array, from: number): number {
  // 0xE2 leads every character from U+2000 to U+2FFF, 0xD8 U+0600 to U+063F, 0xC2 U+0080 to U+00BF: rare
  // enough in Vietnamese text for a byte search.
  let found = -1;
  for (let at = bytes.indexOf(0xe2, from); at >= 0 && at + 2 < bytes.length; at = bytes.indexOf(0xe2, at + 1)) {
    const second = bytes[at + 1], third = bytes[at + 2]!;
    if ((second === 0x80 && (third === 0x8e || third === 0x8f || (third >= 0xa8 && third <= 0xae))) || (second === 0x81 && third >= 0xa6 && third <= 0xa9)) { found = at; break; }
  }
  for (let at = bytes.indexOf(0xd8, from); at >= 0 && at + 1 < bytes.length && (found < 0 || at < found); at = bytes.indexOf(0xd8, at + 1)) {
    if (bytes[at + 1] === 0x9c) { found = at; break; }
  }
  for (let at = bytes.indexOf(0xc2, from); at >= 0 && at + 1 < bytes.length && (found < 0 || at < found); at = bytes.indexOf(0xc2, at + 1)) {
    if (bytes[at + 1]! >= 0x80 && bytes[at + 1]! <= 0x9f) { found = at; break; }
  }
  return found;
}
