import type { Command, Option } from "commander";
import { UsageError } from "./errors.js";
import { forEachOption } from "./each-option.js";

/** Options that gather every value given (score's -o): their own parser keeps each one. */
const GATHERING = new WeakSet<Option>();

/** Mark an option as taking several values, one per time it is given. */
export function gathering<T extends Option>(option: T): T {
  GATHERING.add(option);
  return option;
}

/**
 * A command's option that takes one value, given twice with two different values, is a usage error: commander
 * keeps the last one, and `validate -o a.json -o b.txt` wrote b.txt alone, `score -f json -f csv` printed the
 * csv alone, `-r dti-cap-so -r dti-cap-xa` scored with the second, nothing said. The same value twice changes
 * nothing and is let be. The program's own options (--lang) are left to commander: one that a wrapper or an
 * alias sets is overridden by the one typed after it, as a user of such a wrapper expects.
 */
export function refuseRepeatedOptions(program: Command): void {
  const visit = (option: Option, command: Command) => {
    if (option.variadic || option.isBoolean() || option.negate || GATHERING.has(option)) return;
    const parse = option.parseArg;
    const name = option.attributeName();
    option.argParser((value: string, previous: unknown) => {
      const parsed: unknown = parse ? parse(value, previous) : value;
      // score's --format takes a list, its formats in any case (no choices for choice-case.ts to fold): -f JSON -f json is one.
      const list = command.name() === "score" && name === "format";
      const same = list ? String(parsed).toLowerCase() === String(previous).toLowerCase() : parsed === previous;
      if (command.getOptionValueSource(name) === "cli" && !same) {
        // For score's --format, what was meant is both: said with the list to write.
        throw new UsageError(list ? "option-repeated-list" : "option-repeated", { option: option.long ?? option.flags, first: String(previous), second: value });
      }
      return parsed;
    });
  };
  // Not the program's own options (--lang): see above.
  for (const command of program.commands) forEachOption(command, visit);
}
