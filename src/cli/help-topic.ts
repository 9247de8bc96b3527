import type { Command } from "commander";

/** Global options that take a value in the next word; the others are flags. */
const TAKES_VALUE = new Set(["--lang"]);

/**
 * `help scor` printed the whole help and exited 0, as if it had been understood; without the `help` word,
 * commander says "unknown command 'scor' (Did you mean score?)" and it is a usage error. A topic that names
 * no command (nor alias) is written without `help`, a topic of two words (`help rubric show`) as
 * `rubric help show`; `help score` and `rubric help show` are left to commander. Options between the words
 * (`help --lang vi rubric show`) stay where they are.
 */
export function withoutHelpBeforeUnknownTopic(argv: readonly string[], program: Command): string[] {
  const words = commandWords(argv);
  let command = program;
  for (let k = 0; k < words.length; k++) {
    const { word, at } = words[k]!;
    if (word === "help") {
      const topics: number[] = [];
      let scope = command;
      for (const next of words.slice(k + 1)) {
        const sub = find(scope, next.word);
        if (!sub) return [...argv.slice(0, at), ...argv.slice(at + 1)];
        topics.push(next.at);
        if (sub.commands.length === 0) break;
        scope = sub;
      }
      if (topics.length < 2) break;
      // commander's help takes one topic: `help rubric show` showed rubric's help, not show's.
      const last = topics.at(-1)!;
      return [...argv.slice(0, at), ...argv.slice(at + 1, last), "help", ...argv.slice(last)];
    }
    const sub = find(command, word);
    if (!sub || sub.commands.length === 0) break;
    command = sub;
  }
  return [...argv];
}

/** The words of the command line that are not options nor an option's value, with their places, up to `--`. */
function commandWords(argv: readonly string[]): { word: string; at: number }[] {
  const words: { word: string; at: number }[] = [];
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    const word = argv[i]!;
    if (!word.startsWith("-")) words.push({ word, at: i });
    else if (TAKES_VALUE.has(word)) i++;
  }
  return words;
}

function find(command: Command, name: string): Command | undefined {
  return command.commands.find((c) => c.name() === name || c.aliases().includes(name));
}
