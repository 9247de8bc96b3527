import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STALLED_MS } from "../../src/cli/pipe-writes.js";

// The built module (the global set-up builds dist/): the child writes to a real pipe, which a test's own output is not.
const MODULE = path.resolve("dist/cli/pipe-writes.js");

/**
 * A child writing `megabytes` MB of Vietnamese text through writeWaiting to one stream, its length still queued
 * then said on the other; the stream written read only after `pause` ms.
 */
function run(megabytes: number, pause: number, readAll = true, stream: "stdout" | "stderr" = "stdout"): Promise<{ received: number; queued: string; code: number | null }> {
  const other = stream === "stdout" ? "stderr" : "stdout";
  const script = `import { writeWaiting } from ${JSON.stringify(`file://${MODULE}`)};
const piece = Buffer.from("Sở Tài chính tỉnh Quảng Bình ".repeat(40000)).subarray(0, 1 << 20);
for (let i = 0; i < ${megabytes}; i++) writeWaiting("${stream}", piece, (b) => process.${stream}.write(b));
process.${other}.write(String(process.${stream}.writableLength));`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  let received = 0;
  let queued = "";
  child[other].on("data", (d: Buffer) => { queued += d.toString(); });
  child[stream].pause();
  setTimeout(() => {
    if (readAll) { child[stream].on("data", (d: Buffer) => { received += d.length; }); child[stream].resume(); }
    else child[stream].destroy();
  }, pause);
  return new Promise((resolve) => child.on("close", (code) => resolve({ received, queued, code })));
}

/** How long a reader waits at most for the child's word: a child that never says it fails the checks, not the time limit. */
const WOKEN_ANYWAY_MS = 15_000;

/**
 * A child's run, its standard output left unread until it first says something on standard error (or
 * WOKEN_ANYWAY_MS have passed): all it said there, the bytes its standard output gave, and its exit code.
 */
async function readAfterWord(child: ChildProcessByStdio<null, Readable, Readable>): Promise<{ said: string; received: number; code: number | null }> {
  let said = "";
  let received = 0;
  child.stdout.pause();
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  await new Promise<void>((resolve) => {
    const wake = setTimeout(resolve, WOKEN_ANYWAY_MS);
    child.stderr.on("data", (d: Buffer) => { said += d.toString(); clearTimeout(wake); resolve(); });
  });
  child.stdout.on("data", (d: Buffer) => { received += d.length; });
  child.stdout.resume();
  const code = await closed;
  return { said, received, code };
}

describe("writeWaiting", () => {
  it("waits for a pipe's slow reader instead of queueing the report in memory (a large json to a pipe held it all: 490 MB for 10,000 agencies)", async () => {
    const r = await run(16, 400);
    expect(r).toEqual({ received: 16 << 20, queued: "0", code: 0 });
  });

  it("waits the same on standard error (an invalid batch's findings on a CI log's pipe held about 500 MB)", async () => {
    const r = await run(16, 400, true, "stderr");
    expect(r).toEqual({ received: 16 << 20, queued: "0", code: 0 });
  });

  it(`stops waiting for a reader that takes nothing for ${STALLED_MS} ms (a pager left open): the rest is queued, the run goes on to hear a Ctrl-C, and every byte still arrives`, async () => {
    // The reader asleep for longer than the limit: the child's writing ends before the reader wakes.
    const script = `import { writeWaiting } from ${JSON.stringify(`file://${MODULE}`)};
const piece = Buffer.from("Sở Tài chính tỉnh Quảng Bình ".repeat(40000)).subarray(0, 1 << 20);
const start = Date.now();
for (let i = 0; i < 8; i++) writeWaiting("stdout", piece, (b) => process.stdout.write(b));
process.stderr.write(JSON.stringify({ queued: process.stdout.writableLength > 0, ms: Date.now() - start }));`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    // The reader wakes once the child has said its writing ended: woken at a time instead (4.5 s after the spawn), it
    // woke inside the stall when the child took over 2.5 s to start, as on a loaded machine (2 s measured).
    const { said, received, code } = await readAfterWord(child);
    const { queued, ms } = JSON.parse(said) as { queued: boolean; ms: number };
    expect({ code, queued, received }).toEqual({ code: 0, queued: true, received: 8 << 20 });
    expect(ms).toBeGreaterThanOrEqual(STALLED_MS);
    expect(ms).toBeLessThan(WOKEN_ANYWAY_MS);
  }, 30_000);

  it("keeps one piece in memory, not the rest, when a long output awaits drained between its pieces (| less: a 75 MB json was queued whole after the reader's first pause)", async () => {
    const script = `import { drained, writeWaiting } from ${JSON.stringify(`file://${MODULE}`)};
const piece = Buffer.from("Sở Tài chính tỉnh Quảng Bình ".repeat(40000)).subarray(0, 1 << 20);
let most = 0, ticks = 0;
const timer = setInterval(() => { if (++ticks === 6) process.stderr.write("ticking\\n"); }, 100);
for (let i = 0; i < 8; i++) {
  writeWaiting("stdout", piece, (b) => process.stdout.write(b));
  most = Math.max(most, process.stdout.writableLength);
  await drained("stdout");
}
clearInterval(timer);
process.stderr.write(JSON.stringify({ most, ticks }));`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    // The reader wakes once the child's event loop has run six times while it waited, or once it has ended: woken at
    // a time instead (4.5 s after the spawn), it found 4 or 5 ticks when the child took about 2 s to start (a loaded machine).
    const { said, received, code } = await readAfterWord(child);
    const { most, ticks } = JSON.parse(said.slice(said.lastIndexOf("\n") + 1)) as { most: number; ticks: number };
    expect({ code, received }).toEqual({ code: 0, received: 8 << 20 });
    // Queued: the rest of the piece the reader stalled in, never a second one.
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(1 << 20);
    // The event loop ran while the reader slept (a Ctrl-C is heard there).
    expect(ticks).toBeGreaterThan(5);
  }, 30_000);

  it("stops quietly when the reader goes away (| head)", async () => {
    const r = await run(16, 100, false);
    expect(r.code).toBe(0);
    expect(r.queued).toBe("0");
  });
});
