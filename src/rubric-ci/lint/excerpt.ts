/** Up to 40 characters either side of a place in a text, on one line: what a finding quotes of the text it is at. */
export function excerpt(text: string, at: number): string {
  const from = Math.max(0, at - 40), to = Math.min(text.length, at + 40);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ")}${to < text.length ? "…" : ""}`;
}
