import type { Command } from "commander";

/** Global options that take a value in the next word; the others are flags. */
const TAKES_VALUE = new Set(["--lang"]);

/**
 * `help scor` printed the whole help and exited 0, as if it had been understood; without the `help` word,
 * commander says "unknown command 'scor' (Did you mean score?)" and it is a usage error. A topic that names
 * no command (nor alias) is written without `help`, a topic of two words (`help rubric show`) as
 * `rubric help show`; `help score` and `rubric help show` are left to commander.
 */
export function withoutHelpBeforeUnknownTopic(argv: readonly string[], program: Command): string[] {
  let command = program;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--") break;
    if (word.startsWith("-")) {
      if (TAKES_VALUE.has(word)) i++;
      continue;
    }
    if (word === "help") {
      // The topic's words and their places: options between them (`help --lang vi rubric show`) are skipped, and kept.
      const places: number[] = [];
      let scope = command;
      for (let j = i + 1; j < argv.length && argv[j] !== "--"; j++) {
        const next = argv[j]!;
        if (next.startsWith("-")) {
          if (TAKES_VALUE.has(next)) j++;
          continue;
        }
        const sub = find(scope, next);
        if (!sub) return [...argv.slice(0, i), ...argv.slice(i + 1)];
        places.push(j);
        if (sub.commands.length === 0) break;
        scope = sub;
      }
      if (places.length < 2) break;
      // commander's help takes one topic: `help rubric show` showed rubric's help, not show's.
      const last = places.at(-1)!;
      return [...argv.slice(0, i), ...argv.slice(i + 1, last), "help", ...argv.slice(last)];
    }
    const sub = find(command, word);
    if (!sub || sub.commands.length === 0) break;
    command = sub;
  }
  return [...argv];
}

function find(command: Command, name: string): Command | undefined {
  return command.commands.find((c) => c.name() === name || c.aliases().includes(name));
}
