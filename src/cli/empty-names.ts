import type { Command } from "commander";
import { UsageError } from "./errors.js";
import { forEachOption } from "./each-option.js";

/**
 * An option that names a file or folder (`-o <file>`, `--output-dir <dir>`, `--fixtures <dir>`) given an empty
 * name is a usage error. `-o "$OUT"` with OUT unset made init and schema print to standard output and end with 0,
 * no file written, and the others say "Cannot write : …" with nothing where the name goes.
 */
export function refuseEmptyNames(program: Command): void {
  forEachOption(program, (option) => {
    if (option.variadic || !/<(file|dir)>/.test(option.flags)) return;
    const parse = option.parseArg;
    option.argParser((value: string, previous: unknown) => {
      if (value.trim() === "") throw new UsageError("option-empty-name", { option: option.long ?? option.flags });
      return parse ? parse(value, previous) : value;
    });
  });
}
