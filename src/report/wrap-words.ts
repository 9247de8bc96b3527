import stringWidth from "string-width";
import { PROVISIONAL_MARK } from "./common.js";

/**
 * Text cut into lines of at most `width` columns at spaces, each line after the first starting with
 * `indent`. A word longer than a line (a path, a link) stays whole on a line of its own, for the terminal
 * to wrap: cut, it could not be copied. What goes together stays together: a percent sign with its number
 * ("90 %", as the rubrics write it), a name in «…» where it fits on a line (the messages quote a name so). Text that fits is
 * given back as it is; runs of spaces inside a line are kept (a path may hold two).
 */
export function wrapWords(text: string, width: number, indent = "", whole: string[] = []): string[] {
  if (columnsOf(text) <= width) return [text];
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  let used = columnsOf(lead);
  let words = 0;
  const tokens = unbreakable(text.slice(lead.length), whole, Math.max(1, width - columnsOf(indent)));
  for (const [i, word] of tokens.entries()) {
    const length = columnsOf(word);
    const limit = Math.max(1, width - (lines.length === 0 ? 0 : columnsOf(indent)));
    // A part between " · " separators ("unanswered 0 · missing evidence 0") that fits on a line of its own starts one rather than being split.
    const part = i === 0 || tokens[i - 1] === SEPARATOR ? columnsOf(tokens.slice(i, nextPartEnd(tokens, i)).join(" ")) : 0;
    const breakBeforePart = part > 0 && used + 1 + part > limit && part <= Math.max(1, width - columnsOf(indent));
    if (words > 0 && (used + 1 + length > limit || breakBeforePart)) {
      // The spaces where a line breaks are the break: none left at its end (a run of two, as before a figure).
      lines.push(line.replace(/ +$/u, ""));
      line = "";
      used = 0;
      words = 0;
    }
    // The spaces where a line breaks are the break.
    if (words === 0 && length === 0 && lines.length > 0) continue;
    line += words === 0 ? word : ` ${word}`;
    used += (words === 0 ? 0 : 1) + length;
    words++;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

/** The separator between the parts of a summary line ("Period 2025 · Rubric dti-cap-so 2025.1"): lines break there first. */
const SEPARATOR = "·";

/** Where the part starting at token `from` ends: after its separator, or at the end. */
function nextPartEnd(tokens: string[], from: number): number {
  const at = tokens.indexOf(SEPARATOR, from);
  return at < 0 ? tokens.length : at + 1;
}

/**
 * The words of a text split at each space (a run of spaces gives empty words, which join back into the same
 * run), with a bare "%" (or "%)", "%,") or mark joined to the word before it, a bare "/" between two figures joined to both ("9,00 / 15",
 * points over their maximum), the words of a «…» joined where they fit in `room` (a long agency type's label
 * breaks as prose does), and those of each `whole` text (a file path with spaces in it) joined into one; a figure ending the text or a part joined to the label word before it, where the two fit in `room`.
 */
function unbreakable(text: string, whole: string[], room: number): string[] {
  const spans = whole.filter((w) => w.includes(" ")).flatMap((w) => {
    const found: [number, number][] = [];
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) found.push([at, at + w.length]);
    return found;
  });
  const out: string[] = [];
  let quoted = false;
  let offset = 0;
  const words = text.split(" ");
  for (const [i, word] of words.entries()) {
    const inside = spans.some(([from, to]) => offset > from && offset < to);
    const overMaximum = (word === "/" && FIGURE_END.test(words[i - 1] ?? "") && FIGURE_START.test(words[i + 1] ?? "")) || (words[i - 1] === "/" && FIGURE_END.test(words[i - 2] ?? "") && FIGURE_START.test(word));
    const endingFigure = FIGURE.test(word) && (i === words.length - 1 || words[i + 1] === SEPARATOR) && LABEL_END.test(out[out.length - 1] ?? "") && columnsOf(`${out[out.length - 1]} ${word}`) <= room;
    if (((quoted && columnsOf(`${out[out.length - 1]} ${word}`) <= room) || inside || PERCENT_SIGN.test(word) || MARKS.has(word) || overMaximum || endingFigure) && out.length > 0) out[out.length - 1] += ` ${word}`;
    else out.push(word);
    if (word.includes("«")) quoted = !word.slice(word.lastIndexOf("«")).includes("»");
    else if (quoted && word.includes("»")) quoted = false;
    offset += word.length + 1;
  }
  return out;
}

/** A percent sign alone or with the punctuation closing it ("(100 %)", "90 %,"): it goes with the figure before it. */
const PERCENT_SIGN = /^%[)\]»”.,;:]*$/u;

/** Marks that say something of the word before them (a provisional total "921,88 †", a verified name "… ✓"): alone at a line's start they named nothing. */
const MARKS = new Set([PROVISIONAL_MARK, "✓"]);

/** A figure alone ("0", "−5,00)", "2025.1", "3/4"; colour codes around it aside): ending a line or a part, it goes with its label, alone on a line it named nothing. */
const FIGURE = /^(?:\x1b\[[0-9;]*m)*[+−-]?\d[\d.,/]*(?:\x1b\[[0-9;]*m)*[)\].,;:]*$/u;

/** A word ending with a letter (colour codes after it aside): a label's last word. */
const LABEL_END = /\p{L}\p{M}*(?:\x1b\[[0-9;]*m)*$/u;

/** A word ending with a figure (colour codes after it aside), and one starting with a figure (colour codes before it aside). */
const FIGURE_END = /\d(?:\x1b\[[0-9;]*m)*$/u;
const FIGURE_START = /^(?:\x1b\[[0-9;]*m)*\d/u;

/** Columns a text takes on a terminal: colour codes none (string-width strips them), combining marks none, wide letters two. */
function columnsOf(text: string): number {
  return stringWidth(text);
}
