import { fstatSync, writeSync } from "node:fs";

/**
 * Output written to a pipe as it is made, waiting for the pipe's reader. Node's `write` of standard output or
 * error to a pipe queues in memory whatever the reader has not taken yet when the text is not plain ASCII
 * (Vietnamese is not): `score … --format json | gzip` held about 490 MB for 10,000 agencies (161 MB written to
 * a file), and the findings of 1,000 invalid files shown on a CI log's pipe about 500 MB. The bytes go to the
 * pipe directly, the writer waiting while it is full; a reader gone (`| head`) ends the writing quietly, as
 * before; any other failure is handed to the stream's error handler, as a failed write was. Other outputs (a
 * terminal, a file) and anything already queued keep the stream. A reader that takes nothing for STALLED_MS
 * (a pager left open, a stopped job) is no longer waited for: the rest is queued as Node would, so that the
 * run goes on to its event loop, where a Ctrl-C or a CI's SIGTERM is heard (waiting, they were not).
 */
export function writeWaiting(stream: "stdout" | "stderr", bytes: Uint8Array, fallback: (bytes: Uint8Array) => void): void {
  const out = outputs[stream];
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
