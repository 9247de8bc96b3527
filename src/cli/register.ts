import type { Command } from "commander";
import type { Context } from "./context.js";

/** What a group of commands needs from main(): the shared context, and where to put its exit code. */
interface Registrar {
  ctx: () => Promise<Context>;
  setExitCode: (code: number) => void;
}

export type Register = (program: Command, r: Registrar) => void;
