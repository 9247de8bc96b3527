import { setOwn } from "../core/own-key.js";
import { nfc } from "../core/unicode.js";

/**
 * Copy parsed data with every string (keys too) in Unicode NFC, so text typed with a decomposing
 * input method compares equal to the rubric's. Keys are defined, never assigned, so a `__proto__`
 * key stays an ordinary own property and cannot reach a prototype.
 */
export function normalizeText(value: unknown): unknown {
  if (typeof value === "string") return nfc(value);
  if (Array.isArray(value)) return value.map(normalizeText);
  if (value instanceof Map || value instanceof Set) return value;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      setOwn(out, nfc(key), normalizeText(inner));
    }
    return out;
  }
  return value;
}

/**
 * What the plain reader read of `text`, composed (NFC) as `yaml`'s parse gives it: copied only where the text
 * is not composed already (most files are, and the copy is the cost).
 */
export function composedData<T>(text: string, data: T): T {
  return nfc(text) !== text ? (normalizeText(data) as T) : data;
}
