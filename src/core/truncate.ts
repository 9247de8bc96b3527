/** Shorten text to `width` characters (code points, so Vietnamese letters are never split), ending with "…". */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, width - 1).join("") + "…";
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
  const room = chars.slice(0, width - 1);
  // A space right after the room: the room ends with a whole word, however short.
  const space = chars[width - 1] === " " ? room.length : room.lastIndexOf(" ");
  const lettersKept = room.length - space - 1;
  const atWord = space > 0 && (space >= Math.ceil((width * 2) / 3) || lettersKept < FEWEST_LETTERS_KEPT);
  return (atWord ? room.slice(0, space) : room).join("").replace(/[\s,;:]+$/u, "") + "…";
}
