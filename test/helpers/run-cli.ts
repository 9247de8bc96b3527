import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

interface CliRun { code: number; stdout: string; stderr: string }

/** Run main() in-process with captured streams; no colour, English unless LANG says otherwise. */
/** `columns`: standard output is a terminal that wide. */
/** `stderrColumns`: standard error is a terminal that wide. */
/** `onStderr`: told of each write to standard error as it is made. */
/** `onStdout`, `drained`: told of each write to standard output; the output's `drained` (see src/cli/pipe-writes.ts). */
export async function runCli(args: string[], options: { stdin?: string | Buffer; stdinIsTTY?: boolean; env?: Record<string, string>; columns?: number; stderrColumns?: number; cwd?: string; onStderr?: (text: string) => void; onStdout?: (text: string) => void; drained?: Io["drained"] } = {}): Promise<CliRun> {
  let stdout = "", stderr = "";
  const io: Io = {
    stdout: (t) => { stdout += t; options.onStdout?.(t); },
    ...(options.drained ? { drained: options.drained } : {}),
    stderr: (t) => { stderr += t; options.onStderr?.(t); },
    env: { LANG: "en_US.UTF-8", ...options.env },
    stdoutIsTTY: options.columns !== undefined,
    ...(options.columns !== undefined ? { stdoutColumns: options.columns } : {}),
    stderrIsTTY: options.stderrColumns !== undefined,
    ...(options.stderrColumns !== undefined ? { stderrColumns: options.stderrColumns } : {}),
    stdinIsTTY: options.stdinIsTTY === true,
    readStdin: async () => Buffer.from(options.stdin ?? ""),
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
