import type { Command, Option } from "commander";

/** Every option of `command` and of its subcommands, with the command it belongs to (the walks that wrap option parsers). */
export function forEachOption(command: Command, visit: (option: Option, owner: Command) => void): void {
  for (const option of command.options) visit(option, command);
  for (const sub of command.commands) forEachOption(sub, visit);
}
