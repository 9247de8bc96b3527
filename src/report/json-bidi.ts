/**
 * The json keeps every text exactly, but a bidirectional control (U+202A–U+202E, U+2066–U+2069) is written
 * as its \u escape: a reader of the file, or a viewer, cannot show a name reversed, and a JSON parser reads
 * back the same text. JSON's own syntax is ASCII, so these characters can only stand inside strings.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

export function escapeBidi(json: string): string {
  BIDI.lastIndex = 0;
  return BIDI.test(json) ? json.replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16)}`) : json;
}

/** The same for UTF-8 bytes (spooled entries, written as read): E2 80 AA–AE and E2 81 A6–A9. */
export function escapeBidiBytes(bytes: Uint8Array): Uint8Array {
  let at = bidiAt(bytes, 0);
  if (at < 0) return bytes;
  const parts: Uint8Array[] = [];
  let from = 0;
  while (at >= 0) {
    const code = ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f) | 0x2000;
    parts.push(bytes.subarray(from, at), Buffer.from(`\\u${code.toString(16)}`, "latin1"));
    from = at + 3;
    at = bidiAt(bytes, from);
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

function bidiAt(bytes: Uint8Array, from: number): number {
  // 0xE2 leads every character from U+2000 to U+2FFF: rare enough in Vietnamese text for a byte search.
  for (let at = bytes.indexOf(0xe2, from); at >= 0 && at + 2 < bytes.length; at = bytes.indexOf(0xe2, at + 1)) {
    const second = bytes[at + 1], third = bytes[at + 2]!;
    if ((second === 0x80 && third >= 0xaa && third <= 0xae) || (second === 0x81 && third >= 0xa6 && third <= 0xa9)) return at;
  }
  return -1;
}
