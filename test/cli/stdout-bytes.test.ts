import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The built module (the global set-up builds dist/): the child writes to a real pipe, which a test's own output is not.
const MODULE = path.resolve("dist/cli/stdout-bytes.js");

/** A child writing `megabytes` MB of Vietnamese text through writeStdoutBytes; its stdout read only after `pause` ms. */
function run(megabytes: number, pause: number, readAll = true): Promise<{ received: number; queued: string; code: number | null }> {
  const script = `import { writeStdoutBytes } from ${JSON.stringify(`file://${MODULE}`)};
const piece = Buffer.from("Sở Tài chính tỉnh Quảng Bình ".repeat(40000)).subarray(0, 1 << 20);
for (let i = 0; i < ${megabytes}; i++) writeStdoutBytes(piece, (b) => process.stdout.write(b));
process.stderr.write(String(process.stdout.writableLength));`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  let received = 0;
  let queued = "";
  child.stderr.on("data", (d: Buffer) => { queued += d.toString(); });
  child.stdout.pause();
  setTimeout(() => {
    if (readAll) { child.stdout.on("data", (d: Buffer) => { received += d.length; }); child.stdout.resume(); }
    else child.stdout.destroy();
  }, pause);
  return new Promise((resolve) => child.on("close", (code) => resolve({ received, queued, code })));
}

describe("writeStdoutBytes", () => {
  it("waits for a pipe's slow reader instead of queueing the report in memory (a large json to a pipe held it all: 490 MB for 10,000 agencies)", async () => {
    const r = await run(16, 400);
    expect(r).toEqual({ received: 16 << 20, queued: "0", code: 0 });
  });

  it("stops quietly when the reader goes away (| head)", async () => {
    const r = await run(16, 100, false);
    expect(r.code).toBe(0);
    expect(r.queued).toBe("0");
  });
});
