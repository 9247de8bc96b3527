/** Shorten text to `width` characters (code points, so Vietnamese letters are never split), ending with "…". */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, width - 1).join("") + "…";
}
