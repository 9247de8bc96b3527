import type { ChalkInstance } from "chalk";
import type { Lang } from "../core/rubric.js";
import type { Io } from "./io.js";

/** Options every command shares, resolved once. */
export interface Context {
  io: Io;
  lang: Lang;
  /** The --lang given on the command line, carried into the commands we suggest (see withLangOption); none when the language came from the locale. */
  langOption?: Lang;
  verbose: boolean;
  quiet: boolean;
  colorOut: ChalkInstance;
  colorErr: ChalkInstance;
  /** For text written to files: never coloured. */
  plain: ChalkInstance;
  /** What every machine-readable output says made it. */
  tool: { name: "egov-score"; version: string };
}

export async function makeContext(io: Io, lang: Lang, flags: { color?: boolean; verbose?: boolean; quiet?: boolean; langGiven?: boolean }, version: string): Promise<Context> {
  const { Chalk } = await import("chalk");
  const allowed = flags.color !== false && colourAllowed(io.env);
  return {
    io, lang,
    ...(flags.langGiven ? { langOption: lang } : {}),
    tool: { name: "egov-score", version },
    verbose: flags.verbose === true,
    quiet: flags.quiet === true,
    colorOut: new Chalk({ level: allowed && io.stdoutIsTTY ? 1 : 0 }),
    colorErr: new Chalk({ level: allowed && io.stderrIsTTY ? 1 : 0 }),
    plain: new Chalk({ level: 0 }),
  };
}

/**
 * The conventions every colouring tool honours (inquirer's prompts too): NO_COLOR set, FORCE_COLOR=0 or false,
 * a dumb terminal. Only ever turned off here: output that is not a terminal stays plain whatever FORCE_COLOR says.
 */
export function colourAllowed(env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false") return false;
  return env.TERM !== "dumb";
}
