import { fstatSync, writeSync } from "node:fs";

/**
 * A large report's pieces written to standard output as they are made, waiting for a pipe's reader. Node's
 * `process.stdout.write` of a pipe queues in memory whatever the reader has not taken yet when the text is
 * not plain ASCII (the report's Vietnamese is not): `score … --format json | gzip` held about 490 MB for
 * 10,000 agencies (161 MB written to a file), and with a smaller heap or a batch ten times larger ran out of
 * memory. The pieces go to the pipe directly, the writer waiting while it is full; a reader gone (`| head`)
 * ends the writing quietly, as before; any other failure is handed to standard output's error handler, as a
 * failed write was. Other outputs (a terminal, a file) and anything already queued keep `process.stdout`.
 */
export function writeStdoutBytes(bytes: Uint8Array, fallback: (bytes: Uint8Array) => void): void {
  if (closed) return;
  if (!pipe() || process.stdout.writableLength > 0) { fallback(bytes); return; }
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // The pipe is full (Node opens it non-blocking): its reader is given a moment.
      if (code === "EAGAIN") { Atomics.wait(PAUSE, 0, 0, 2); continue; }
      closed = true;
      if (code !== "EPIPE") process.stdout.emit("error", e);
      return;
    }
  }
}

let closed = false;
let isPipe: boolean | undefined;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function pipe(): boolean {
  if (isPipe === undefined) {
    try {
      const stat = fstatSync(1);
      isPipe = stat.isFIFO() || stat.isSocket();
    } catch {
      isPipe = false;
    }
  }
  return isPipe;
}
