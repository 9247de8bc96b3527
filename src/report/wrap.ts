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

/**
 * Text for a terminal `columns` wide, each of its lines wrapped at spaces (the terminal would cut words at
 * its edge) and continued two columns under its start; as it is when the width is not known (a pipe).
 */
export function wrapForTerminal(text: string, columns: number | undefined): string {
  if (!columns) return text;
  return text.split("\n").flatMap((line) => wrapWords(line, Math.max(40, columns - 1), `${/^ */.exec(line)![0]}  `)).join("\n");
}
