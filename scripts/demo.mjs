// `npm run demo`: score every bundled example. One example (examples/invalid/) is broken on purpose, so
// egov-score exits 1 there; the demo explains that instead of letting npm report a failed script.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/egov-score.js", import.meta.url));
const { status } = spawnSync(process.execPath, [bin, "score", "examples/", ...process.argv.slice(2)], { stdio: "inherit" });
if (status === 1) {
  console.error("\negov-score exited with 1 because examples/invalid/ holds a deliberately invalid file (see the errors above).");
  process.exit(0);
}
process.exit(status ?? 2);
