import type { Command } from "commander";

/** Global options that take a value in the next word; the others are flags. */
const TAKES_VALUE = new Set(["--lang"]);

/**
 * `help scor` printed the whole help and exited 0, as if it had been understood; without the `help` word,
 * commander says "unknown command 'scor' (Did you mean score?)" and it is a usage error. Only a topic that
 * names no command (nor alias) is rewritten; `help score` and `rubric help show` are left to commander.
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
    const topic = argv[i + 1];
    if (word === "help") {
      if (topic === undefined || topic.startsWith("-") || find(command, topic)) break;
      return [...argv.slice(0, i), ...argv.slice(i + 1)];
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
