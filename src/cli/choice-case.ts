import type { Command } from "commander";

/**
 * An option of fixed choices (--format json, --fail-severity warning) takes them in any case, as score's
 * --format list and --lang already did: `validate -f JSON` was refused where `score -f JSON` was taken.
 */
export function foldChoiceCase(program: Command): void {
  const walk = (command: Command) => {
    for (const option of command.options) {
      if (!option.argChoices || !option.parseArg) continue;
      const parse = option.parseArg;
      const choices = option.argChoices;
      option.argParser((value: string, previous: unknown) => parse(choices.includes(value.toLowerCase()) ? value.toLowerCase() : value, previous));
    }
    command.commands.forEach(walk);
  };
  walk(program);
}
