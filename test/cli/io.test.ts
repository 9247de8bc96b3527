import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The built module (the global set-up builds dist/): the child writes to a real pipe, which a test's own output is not.
const MODULE = path.resolve("dist/cli/io.js");

describe("processIo", () => {
  // `score … --fail-below 90% 2>&1 | tee log` with a slow reader: the table, queued by process.stdout, was cut by the
  // threshold's message, written straight to the pipe (pipe-writes.ts), in the middle of a line and of a letter's bytes.
  it.skipIf(process.platform === "win32")("keeps standard output and error in the order written when both are one slow pipe (2>&1)", async () => {
    const text = "Sở Tài chính tỉnh Quảng Bình\n".repeat(100000);
    const script = `import { processIo } from ${JSON.stringify(`file://${MODULE}`)};
const io = processIo();
io.stdout("Sở Tài chính tỉnh Quảng Bình\\n".repeat(100000));
io.stderr("after\\n");`;
    const child = spawn("/bin/sh", ["-c", '"$0" --input-type=module -e "$1" 2>&1', process.execPath, script], { stdio: ["ignore", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => { child.stdout.on("data", (d: Buffer) => chunks.push(d)); child.stdout.resume(); }, 300);
    await new Promise((resolve) => child.on("close", resolve));
    const out = Buffer.concat(chunks).toString();
    expect(out.indexOf("after"), "where the message is").toBe(text.length);
    expect(out === text + "after\n", "the text is not whole").toBe(true);
  });
});
