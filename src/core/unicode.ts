/** A character as messages name it: U+200B. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Combining marks in a row longer than Unicode's stream-safe limit (UAX #15: 30), the grapheme joiner aside. */
const LONG_MARK_RUN = /[^\P{M}\u034F]{31,}/gu;

const SHORT_TEXT = 8192;

/**
 * NFC, in time proportional to the text: a run of combining marks of alternating classes (a, U+0301, U+0323,
 * U+0301…) is reordered by insertion sort, and 100,000 of them took 3.7 s to normalize, a 400 KB agency file
 * 33 s to validate (a 4 MB one, the largest read, about half an hour). As UAX #15's stream-safe format does, a
 * combining grapheme joiner (U+034F, invisible, of class 0) goes after every 30 marks of such a run: no text
 * that writes a language holds one that long.
 */
export function nfc(text: string): string {
  // Below this length a run cannot cost much (8,192 marks: 16 ms), and the search for one would (30 µs a
  // 3.5 KB agency file, 5 % of a batch's time per file): it is made only in longer texts.
  if (text.length <= SHORT_TEXT) return text.normalize("NFC");
  return text.replace(LONG_MARK_RUN, (run) => [...run].map((mark, i) => (i > 0 && i % 30 === 0 ? `\u034F${mark}` : mark)).join("")).normalize("NFC");
}
