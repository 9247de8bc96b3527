/** Bytes of a data file → text, refusing what is not text. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted. */

/** A failure says where it was found when that helps (the first bad byte or control character), as line and column. */
type Decoded = { ok: true; text: string } | { ok: false; code: "binary-file" | "not-utf8" | "utf16-no-bom"; line?: number; col?: number; office?: true };

/** How a Word or Excel file starts: a zip (.docx, .xlsx) or an OLE compound file (.doc, .xls). */
const OFFICE_MAGIC = [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeBytes(bytes: Uint8Array): Decoded {
  // A Word document renamed .yaml, or saved as Word: the officer needs to know that, not that it has binary bytes.
  if (OFFICE_MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b))) return { ok: false, code: "binary-file", line: 1, col: 1, office: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: withoutEndOfFileMark(new TextDecoder("utf-16le").decode(bytes.subarray(2))) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: withoutEndOfFileMark(new TextDecoder("utf-16be").decode(bytes.subarray(2))) };
  if (bytes.includes(0)) {
    // UTF-16 without a BOM: mostly-Latin text puts its zero bytes on one parity (odd for LE, even for BE).
    let even = 0, odd = 0;
    bytes.forEach((b, i) => { if (b === 0) { if (i % 2 === 0) even++; else odd++; } });
    const half = bytes.length / 2;
    const utf16 = bytes.length >= 4 && bytes.length % 2 === 0 && Math.max(even, odd) >= half * 0.5 && Math.min(even, odd) <= half * 0.05;
    return utf16 ? { ok: false, code: "utf16-no-bom" } : { ok: false, code: "binary-file", ...byteAt(bytes, bytes.findIndex(isBinaryByte)) };
  }
  let text: string;
  try {
    text = withoutEndOfFileMark(utf8.decode(bytes));
  } catch {
    return { ok: false, code: "not-utf8", ...byteAt(bytes, firstInvalidUtf8(bytes)) };
  }
  // Control characters other than tab, LF, CR (and the YAML-allowed NEL) mean this is not a text file.
  const control = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) return { ok: false, code: "binary-file", ...charAt(text, control.index) };
  return { ok: true, text };
}

/** A DOS end-of-file mark (Ctrl-Z) that old Windows tools (copy, edit) append: the text ends before it, it is no binary byte. */
function withoutEndOfFileMark(text: string): string {
  return text.endsWith("\u001a") ? text.replace(/\u001a+$/, "") : text;
}

/** Line and column (in UTF-16 units, as editors count) of a character of the text. */
function charAt(text: string, index: number): { line: number; col: number } {
  let line = 1, start = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < index; nl = text.indexOf("\n", nl + 1)) { line++; start = nl + 1; }
  return { line, col: index - start + 1 };
}

/** NUL and the control characters a text file does not hold (tab, LF and CR are text). */
function isBinaryByte(b: number): boolean {
  return (b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127;
}

/** Line and column of a byte of UTF-8 text that is valid before it. */
function byteAt(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = bytes.subarray(0, offset);
  const start = before.lastIndexOf(10) + 1;
  return { line: before.filter((b) => b === 10).length + 1, col: new TextDecoder().decode(before.subarray(start)).length + 1 };
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const [length, low, high] = b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return i;
    // The second byte has the narrower range (no overlong forms, no surrogates); later ones are plain continuations.
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
