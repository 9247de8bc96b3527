import type { Command } from "commander";
import { forEachOption } from "./each-option.js";

/**
 * An option of fixed choices (--format json, --fail-severity warning) takes them in any case, as score's
 * --format list and --lang already did: `validate -f JSON` was refused where `score -f JSON` was taken.
 */
export function foldChoiceCase(program: Command): void {
  forEachOption(program, (option) => {
    if (!option.argChoices || !option.parseArg) return;
    const parse = option.parseArg;
    const choices = option.argChoices;
    option.argParser((value: string, previous: unknown) => parse(choices.includes(value.toLowerCase()) ? value.toLowerCase() : value, previous));
  });
}
