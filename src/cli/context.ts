import type { ChalkInstance } from "chalk";
import type { Lang } from "../core/rubric.js";
import type { Io } from "./io.js";

/** Options every command shares, resolved once. */
export interface Context {
  io: Io;
  lang: Lang;
  verbose: boolean;
  quiet: boolean;
  colorOut: ChalkInstance;
  colorErr: ChalkInstance;
  /** For text written to files: never coloured. */
  plain: ChalkInstance;
  version: string;
}

export async function makeContext(io: Io, lang: Lang, flags: { color?: boolean; verbose?: boolean; quiet?: boolean }, version: string): Promise<Context> {
  const { Chalk } = await import("chalk");
  const allowed = flags.color !== false && !io.env.NO_COLOR;
  return {
    io, lang, version,
    verbose: flags.verbose === true,
    quiet: flags.quiet === true,
    colorOut: new Chalk({ level: allowed && io.stdoutIsTTY ? 1 : 0 }),
    colorErr: new Chalk({ level: allowed && io.stderrIsTTY ? 1 : 0 }),
    plain: new Chalk({ level: 0 }),
  };
}
