import { truncateWords } from "../core/truncate.js";
import { wrapWords } from "../report/wrap.js";

/**
 * A list's choices laid out for a terminal `width` columns wide, after `lead` columns of pointer (and box). A long
 * option is wrapped at spaces and continued under its text (`hang` columns further in, for a list whose choices
 * have no mark of their own), unless the list wrapped would not fit its page of `page` lines (`separators` among
 * them), or an option would take three lines or more (a 40-column pane). Then every option takes one line, a long
 * one cut with "…", and the highlighted one is shown whole under the list (inquirer's description): wrapped, the
 * pointer's line was hard to find among the continuations, and the page's edge cut an option in two, hiding the
 * ones after it. `short`: the option whole, as the answered line shows it.
 */
export function fitChoices<C extends { name: string; description?: string }>(choices: C[], width: number | undefined, lead: number, page: number, hang = 0, separators = 0): (C & { short: string })[] {
  if (width === undefined) return choices.map((c) => ({ ...c, short: c.name }));
  const room = width - lead;
  const wrapped = choices.map((c) => wrapWords(c.name, room, " ".repeat(hang)));
  const lines = wrapped.reduce((n, l) => n + l.length, separators);
  // Options of one line each are laid out alike either way: more lines than the page is test enough.
  const oneLine = wrapped.some((l) => l.length > 2) || lines > page;
  // A description (shown under the list for the highlighted choice) wrapped at spaces too: the terminal cut a
  // document's "cited at 1.1, 1.3, … 6.2.2, 6.4.2" inside its codes.
  const described = (c: C, text: string | undefined) => (text === undefined ? c : { ...c, description: text.split("\n").flatMap((l) => wrapWords(l, width)).join("\n") });
  const fitted = choices.map((c, i) => {
    if (!oneLine || wrapped[i]!.length === 1) return { ...described(c, c.description), name: wrapped[i]!.join(`\n${" ".repeat(lead)}`), short: c.name };
    return { ...described(c, c.description ? `${c.name}\n${c.description}` : c.name), name: truncateWords(c.name, room), short: c.name };
  });
  return sameHeight(fitted);
}

/**
 * Descriptions made as tall as the tallest, blank lines under a shorter one (or in place of none): the key hints
 * below a list's description moved up and down a line or two as the cursor went from option to option.
 */
function sameHeight<C extends { description?: string }>(choices: C[]): C[] {
  const height = Math.max(0, ...choices.map((c) => (c.description === undefined ? 0 : c.description.split("\n").length)));
  if (height === 0) return choices;
  // A blank line is a space: inquirer leaves out a description that is empty.
  return choices.map((c) => {
    const lines = c.description === undefined ? [] : c.description.split("\n");
    return { ...c, description: Array.from({ length: height }, (_, k) => lines[k] ?? " ").join("\n") };
  });
}
