/**
 * Text cut into lines of at most `width` letters at spaces (code points: a Vietnamese letter is one
 * column), each line after the first starting with `indent`; a word longer than a line is cut where it
 * must be. The text's own leading spaces stay on its first line.
 */
export function wrapWords(text: string, width: number, indent = ""): string[] {
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  let words = 0;
  for (const word of text.slice(lead.length).split(/ +/)) {
    let rest = [...word];
    for (;;) {
      const limit = Math.max(1, width - [...(lines.length === 0 ? "" : indent)].length);
      const used = [...line].length;
      const gap = words === 0 ? 0 : 1;
      if (used + gap + rest.length <= limit) { line += (gap ? " " : "") + rest.join(""); words++; break; }
      if (words > 0) { lines.push(line); line = ""; words = 0; continue; }
      // A word longer than a whole line.
      const room = Math.max(1, limit - used);
      lines.push(line + rest.slice(0, room).join(""));
      line = "";
      rest = rest.slice(room);
    }
  }
  if (words > 0 || lines.length === 0) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}
