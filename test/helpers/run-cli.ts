import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

export interface CliRun { code: number; stdout: string; stderr: string }

/** Run main() in-process with captured streams; no colour, English unless LANG says otherwise. */
export async function runCli(args: string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = "", stderr = "";
  const io: Io = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    env: { LANG: "en_US.UTF-8", ...options.env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    readStdin: async () => Buffer.from(options.stdin ?? ""),
    cwd: process.cwd(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
