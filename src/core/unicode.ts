/** A character as messages name it: U+200B. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A character that shows as nothing, as a regular expression's source (flag u): Unicode's default-ignorable ones
 * (zero-width spaces and joiners, soft hyphen, bidi marks, tag characters …), not the combining grapheme joiner,
 * which nfc() itself puts in an overlong run of marks. The agency check warns of them, the terminal shows them as �.
 */
export const SHOWN_AS_NOTHING = "(?!\\u034f)\\p{Default_Ignorable_Code_Point}";

/** Whether a text holds such a character (not global: test and exec start at the text's start). */
export const SHOWS_AS_NOTHING = new RegExp(SHOWN_AS_NOTHING, "u");

const EVERY_SHOWN_AS_NOTHING = new RegExp(SHOWN_AS_NOTHING, "gu");

/** Whether the text holds a character that shows as nothing. */
export function holdsInvisible(text: string): boolean {
  return SHOWS_AS_NOTHING.test(text);
}

/** A text as it reads on screen, without the characters that show as nothing (pasted from Word or Zalo along with it). */
export function withoutInvisible(text: string): string {
  return text.replace(EVERY_SHOWN_AS_NOTHING, "");
}

/** Whether the text reads as nothing on screen: empty, spaces, or only characters that show as nothing. */
export function showsNothing(text: string): boolean {
  return withoutInvisible(text).trim() === "";
}

/** Combining marks in a row longer than Unicode's stream-safe limit (UAX #15: 30), the grapheme joiner aside. */
const LONG_MARK_RUN = /[^\P{M}\u034F]{31,}/gu;

/** The stream-safe limit plus one: a run this long is cut. */
const RUN = 31;

/**
 * NFC, in time proportional to the text: a run of combining marks of alternating classes (a, U+0301, U+0323,
 * U+0301…) is reordered by insertion sort, and 100,000 of them took 3.7 s to normalize, a 400 KB agency file
 * 33 s to validate (a 4 MB one, the largest read, about half an hour; one of many strings of 8,000 marks, 4 s).
 * As UAX #15's stream-safe format does, a combining grapheme joiner (U+034F, invisible, of class 0) goes after
 * every 30 marks of such a run: no text that writes a language holds one that long.
 */
export function nfc(text: string): string {
  if (!mayHoldLongRun(text)) return text.normalize("NFC");
  return text.replace(LONG_MARK_RUN, (run) => [...run].map((mark, i) => (i > 0 && i % 30 === 0 ? `\u034F${mark}` : mark)).join("")).normalize("NFC");
}

/**
 * Whether 31 code units in a row are at or above U+0300, where every combining mark is: only then is the
 * search for marks made, which costs ten times String.normalize (\p{M} on every character: 110-210 µs a
 * 13 KB agency file, a third of the batch's fast path). A run that long holds an index that is a multiple
 * of 31, so only those are looked at, and around them: Vietnamese text has no such run (đ, ư, ơ, â, à are
 * below U+0300, and its words are short).
 */
function mayHoldLongRun(text: string): boolean {
  for (let i = 0; i < text.length; i += RUN) {
    if (text.charCodeAt(i) < 0x300) continue;
    let start = i;
    while (start > 0 && i - start < RUN && text.charCodeAt(start - 1) >= 0x300) start--;
    let end = i + 1;
    while (end < text.length && end - start < RUN && text.charCodeAt(end) >= 0x300) end++;
    if (end - start >= RUN) return true;
  }
  return false;
}
