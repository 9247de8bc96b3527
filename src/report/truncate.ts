/** Shorten text to `width` characters (code points, so Vietnamese letters are never split), ending with "…". */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, width - 1).join("") + "…";
}

/** As truncate, but cut after a whole word where one ends in the last third of the room ("Tỷ lệ hồ sơ…", not "Tỷ lệ hồ s…"). */
export function truncateWords(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const room = chars.slice(0, width - 1);
  const space = room.lastIndexOf(" ");
  return (space >= Math.ceil((width * 2) / 3) ? room.slice(0, space) : room).join("").trimEnd() + "…";
}
