import { fstatSync, writeSync } from "node:fs";

/**
 * Output written to a pipe as it is made, waiting for the pipe's reader. Node's `write` of standard output or
 * error to a pipe queues in memory whatever the reader has not taken yet when the text is not plain ASCII
 * (Vietnamese is not): `score … --format json | gzip` held about 490 MB for 10,000 agencies (161 MB written to
 * a file), and the findings of 1,000 invalid files shown on a CI log's pipe about 500 MB. The bytes go to the
 * pipe directly, the writer waiting while it is full; a reader gone (`| head`) ends the writing quietly, as
 * before; any other failure is handed to the stream's error handler, as a failed write was. Other outputs (a
 * terminal, a file) and anything already queued keep the stream. A reader that takes nothing for STALLED_MS
 * (a pager left open, a stopped job) is no longer waited for: the rest of this piece is queued as Node would,
 * and a long output awaits `drained` before its next piece, so that the run goes on to its event loop, where a
 * Ctrl-C or a CI's SIGTERM is heard (waiting here, they were not), with one piece in memory, not the rest.
 */
export function writeWaiting(stream: "stdout" | "stderr", bytes: Uint8Array, fallback: (bytes: Uint8Array) => void): void {
  const out = outputs[stream];
  // A reader gone while a piece waited for it (`| less` quit): its EPIPE destroyed the stream, nothing more to write.
  if (process[stream].destroyed) out.closed = true;
  if (out.closed) return;
  if (!pipe(out) || process[stream].writableLength > 0) { fallback(bytes); return; }
  let offset = 0;
  let stalledSince: number | undefined;
  while (offset < bytes.length) {
    try {
      offset += writeSync(out.fd, bytes, offset, bytes.length - offset);
      stalledSince = undefined;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // The pipe is full (Node opens it non-blocking): its reader is given a moment, up to STALLED_MS with nothing taken.
      if (code === "EAGAIN") {
        stalledSince ??= Date.now();
        if (Date.now() - stalledSince >= STALLED_MS) { fallback(bytes.subarray(offset)); return; }
        Atomics.wait(PAUSE, 0, 0, 2);
        continue;
      }
      out.closed = true;
      if (code !== "EPIPE") process[stream].emit("error", e);
      return;
    }
  }
}

/**
 * Nothing, or a promise settled once what Node queued for `stream` (see writeWaiting) has been taken by its
 * reader, or the stream is gone. A long output awaits it between its pieces: a report read through `| less`
 * had all of itself queued in memory after the reader's first pause (a 75 MB json, 186 MB against 157).
 */
export function drained(stream: "stdout" | "stderr"): Promise<void> | undefined {
  const s = process[stream];
  // Above the stream's high-water mark Node has promised a "drain": a piece of a few bytes under it has none.
  if (s.writableLength <= QUEUED_MAX || s.destroyed) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ["drain", "close", "error"]) s.off(event, done);
      resolve();
    };
    for (const event of ["drain", "close", "error"]) s.on(event, done);
  });
}

const QUEUED_MAX = 64 * 1024;

interface Output { fd: number; closed: boolean; isPipe?: boolean }
const outputs: Record<"stdout" | "stderr", Output> = { stdout: { fd: 1, closed: false }, stderr: { fd: 2, closed: false } };
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
export const STALLED_MS = 2000;

function pipe(out: Output): boolean {
  if (out.isPipe === undefined) {
    try {
      const stat = fstatSync(out.fd);
      out.isPipe = stat.isFIFO() || stat.isSocket();
    } catch {
      out.isPipe = false;
    }
  }
  return out.isPipe;
}
