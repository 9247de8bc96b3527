import { fstatSync } from "node:fs";
import { drained, writeWaiting } from "./pipe-writes.js";
/** What a command may touch of the process: tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  /** A large report's pieces, as bytes (standard output's text otherwise: tests pass none). */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /** Awaited between the pieces of a long output: settled once a stalled reader has taken what was queued for it (see pipe-writes.ts). */
  drained?: (stream: "stdout" | "stderr") => Promise<void> | undefined;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** The terminal's width when standard output is one. */
  stdoutColumns?: number;
  /** The terminal's width when standard error is one (assess writes its questions there). */
  stderrColumns?: number;
  /** Standard input, or its first `limit` bytes or more when it is longer. */
  readStdin: (limit: number) => Promise<Buffer>;
  /** Standard input is redirected from a folder (`- < nop/`): Node reads it as empty. */
  stdinIsFolder?: boolean;
  cwd: string;
  /** The Node.js version the command runs on (process.versions.node when not given). */
  nodeVersion?: string;
}

export function processIo(): Io {
  return {
    // Waiting on a pipe too: queued, a table was cut by a message standard error wrote straight to the same pipe (2>&1).
    stdout: (t) => writeWaiting("stdout", Buffer.from(t), (rest) => void process.stdout.write(rest)),
    stdoutBytes: (bytes) => writeWaiting("stdout", bytes, (b) => void process.stdout.write(b)),
    // Findings and notes: a batch of invalid files can say hundreds of megabytes of them (see pipe-writes.ts).
    stderr: (t) => writeWaiting("stderr", Buffer.from(t), (rest) => void process.stderr.write(rest)),
    drained,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // Read when asked: process.stdin is made on first use (its stream modules, 10 ms), which --version never needs.
    get stdinIsTTY() { return process.stdin.isTTY === true; },
    // Read when asked: a terminal resized while assess runs has another width for the next question.
    get stdoutColumns() { return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined; },
    get stderrColumns() { return process.stderr.isTTY && process.stderr.columns > 0 ? process.stderr.columns : undefined; },
    get stdinIsFolder() {
      try { return fstatSync(0).isDirectory(); } catch { return false; }
    },
    readStdin: async (limit) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        // Enough to know it is too large: the rest is not held in memory (leaving the loop closes the stream).
        if (size >= limit) break;
      }
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    nodeVersion: process.versions.node,
  };
}
