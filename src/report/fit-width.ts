import { stripVTControlCharacters } from "node:util";
import stringWidth from "string-width";

/**
 * The columns the widest line of a table takes on a terminal (its colours left out), as cli-table3 measures
 * its cells: a letter written decomposed (a file name from a Mac's archive) is one column, not two or three.
 */
export function widest(text: string): number {
  return Math.max(...stripVTControlCharacters(text).split("\n").map((line) => stringWidth(line)));
}

/**
 * A table made to fit `width` columns by cutting its long texts: `render(cut)` makes it with texts of at
 * most `cut` letters. The widest cut that fits, not below `min`: first a guess from the longest text (exact
 * when one column gives way), then one letter at a time, down while it is too wide, up while it still fits
 * (a cut applied to two columns takes twice the letters). Without a width (a file or a pipe) nothing is cut.
 * `whole`: the table already made uncut, when the caller needed it first.
 */
export function fitToWidth(render: (cut: number) => string, width: number | undefined, longest: number, min = 16, whole?: string): string {
  let text = whole ?? render(Infinity);
  if (width === undefined || widest(text) <= width) return text;
  let cut = Math.max(min, longest - (widest(text) - width));
  text = render(cut);
  while (widest(text) > width && cut > min) text = render(--cut);
  for (let wider = render(cut + 1); cut + 1 < longest && widest(wider) <= width; wider = render(cut + 1)) { cut++; text = wider; }
  return text;
}
