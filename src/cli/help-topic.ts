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
      const topics: string[] = [];
      let scope = command;
      for (let j = i + 1; j < argv.length && !argv[j]!.startsWith("-"); j++) {
        const sub = find(scope, argv[j]!);
        if (!sub) return [...argv.slice(0, i), ...topics, ...argv.slice(j)];
        topics.push(argv[j]!);
        if (sub.commands.length === 0) break;
        scope = sub;
      }
      if (topics.length < 2) break;
      // commander's help takes one topic: `help rubric show` showed rubric's help, not show's.
      return [...argv.slice(0, i), ...topics.slice(0, -1), "help", topics.at(-1)!, ...argv.slice(i + 1 + topics.length)];
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
