/** Bytes of a data file → text, refusing what is not text. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted. */

export type Decoded = { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" } | { ok: false; code: "binary-file" | "not-utf8" | "utf16-no-bom" };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (bytes.includes(0)) {
    // UTF-16 without a BOM: mostly-Latin text puts its zero bytes on one parity (odd for LE, even for BE).
    let even = 0, odd = 0;
    bytes.forEach((b, i) => { if (b === 0) { if (i % 2 === 0) even++; else odd++; } });
    const half = bytes.length / 2;
    return { ok: false, code: bytes.length >= 4 && bytes.length % 2 === 0 && Math.max(even, odd) >= half * 0.5 && Math.min(even, odd) <= half * 0.05 ? "utf16-no-bom" : "binary-file" };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: "not-utf8" };
  }
  // Control characters other than tab, LF, CR (and the YAML-allowed NEL) mean this is not a text file.
  if (/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return { ok: false, code: "binary-file" };
  return { ok: true, text, encoding: "utf-8" };
}
