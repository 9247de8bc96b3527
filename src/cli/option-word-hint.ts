import type { Command } from "commander";

/**
 * The long options of the command a command line runs (`score`, `rubric show`), and the program's own: a word
 * naming a subcommand of the command reached so far goes down to it.
 */
export function commandOptions(program: Command, argv: readonly string[]): string[] {
  let command = program;
  for (const word of argv) command = command.commands.find((c) => c.name() === word || c.aliases().includes(word)) ?? command;
  return [...command.options, ...program.options].flatMap((o) => (o.long ? [o.long] : []));
}

/** An option's words, plurals as one (`--groups` is group): words of two letters or less (`--by-group`'s by) say nothing of what it is for. */
function words(option: string): string[] {
  return option.replace(/^-+/, "").toLowerCase().split(/[-_]/).filter((w) => w.length > 2).map((w) => w.replace(/s$/, ""));
}

/**
 * Commander's "unknown option" with the command's option that shares a word with the one typed (`--by-group` for
 * `--group-ranks`, `--sep` for `--csv-sep`): commander suggests by spelling alone, so it suggested nothing for
 * `--by-group` and `--help` for `--sep`. Its own suggestion stays where it shares a word, or no option does.
 */
export function suggestByWord(error: string, options: readonly string[]): string {
  const typed = /^error: unknown option '([^'=]+)/m.exec(error)?.[1];
  if (typed === undefined) return error;
  const typedWords = words(typed);
  const shares = (option: string) => words(option).some((w) => typedWords.includes(w));
  const offered = /^\(Did you mean (--[\w-]+)\?\)$/m.exec(error)?.[1];
  if (offered !== undefined && shares(offered)) return error;
  const fits = options.filter(shares);
  if (fits.length !== 1) return error;
  const suggestion = `(Did you mean ${fits[0]}?)`;
  return offered === undefined ? error.replace(/^(error: unknown option .*)$/m, `$1\n${suggestion}`) : error.replace(/^\(Did you mean .*\)$/m, suggestion);
}
