#!/usr/bin/env node
// CommonJS (bin/package.json), like the bundle it runs: no ES module loader to start, and the bundle's
// chunks compile with the code cache the build left beside them (src/load/bundle-code-cache.ts).
require("../dist/bundle/code-cache.js").useBundleCodeCache();
const { main } = require("../dist/bundle/main.js");

// `egov-score score … | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e) => { if (e.code === "EPIPE") process.exit(0); throw e; });
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
