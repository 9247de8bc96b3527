import { graphemesOf } from "./graphemes.js";

/** Shorten text to `width` characters (code points), ending with "…"; never inside a letter with its marks or an emoji (see `cutRoom`). */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : cutRoom(text, chars, width - 1).join("") + "…";
}

/** Code points between two of which a grapheme always ends: Latin, Vietnamese letters written precomposed (NFC), no mark. */
const ALONE = /^[\u0020-\u02ff\u1e00-\u1eff]$/u;

/** The first `room` of `chars` (the code points of `text`) that are whole graphemes. */
function cutRoom(text: string, chars: string[], room: number): string[] {
  // Segmenting costs some 20 µs a name, per agency of a batch: only where the cut may fall inside a grapheme.
  if (room === 0 || (ALONE.test(chars[room - 1]!) && ALONE.test(chars[room]!))) return chars.slice(0, room);
  const kept: string[] = [];
  // Cut between graphemes: a flag is two code points, a decomposed (NFD) letter its marks after it ("🇻🇳" read "🇻…").
  for (const segment of graphemesOf(text)) {
    const points = [...segment];
    if (kept.length + points.length > room) break;
    kept.push(...points);
  }
  return kept;
}

/** A word cut to fewer letters than this reads as noise ("Không á…"): the cut goes before it, however early. */
const FEWEST_LETTERS_KEPT = 3;

/**
 * As truncate, but cut after a whole word where one ends in the last third of the room ("Tỷ lệ hồ sơ…", not
 * "Tỷ lệ hồ s…"), or where the word cut would keep only one or two letters ("Không…", not "Không á…"). A word
 * that ends where the room ends is whole, and kept ("Không áp…"); a comma or colon left before "…" goes ("xã…", not "xã,…").
 */
export function truncateWords(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const room = cutRoom(text, chars, width - 1);
  // A space right after the room: the room ends with a whole word, however short.
  const space = chars[room.length] === " " ? room.length : room.lastIndexOf(" ");
  const lettersKept = room.length - space - 1;
  const atWord = space > 0 && (space >= Math.ceil((width * 2) / 3) || lettersKept < FEWEST_LETTERS_KEPT);
  return (atWord ? room.slice(0, space) : room).join("").replace(/[\s,;:]+$/u, "") + "…";
}
