#!/usr/bin/env node
// CommonJS (bin/package.json), like the bundle it runs: no ES module loader to start, and the bundle's
// chunks compile with the code cache the build left beside them (src/load/bundle-code-cache.ts).
require("../dist/bundle/code-cache.js").useBundleCodeCache();
const { main, stdoutFailure } = require("../dist/bundle/main.js");

const argv = process.argv.slice(2);
// `egov-score score … | head` closes the pipe early: not an error, and the exit code stays the one the data
// earned (1 for invalid files). Any other failure of standard output (a full disk) is said, with exit code 2.
let failed;
process.stdout.on("error", (e) => { if (e.code !== "EPIPE") failed ??= e; });
// Messages go to standard error: closed early too (`2>&1 | head`), the exit code stays the one earned (it became 1).
process.stderr.on("error", () => undefined);
main(argv).then((code) => {
  // A failed write is told on the next tick: wait for it before the exit code is set.
  setImmediate(async () => {
    if (failed) { process.stderr.write(await stdoutFailure(failed, argv)); process.exitCode = 2; }
    else process.exitCode = code;
  });
});
