// `npm run demo`: score every bundled example. One example (examples/invalid/) is broken on purpose, so
// egov-score exits 1 there; the demo explains that instead of letting npm report a failed script.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { detectLang } from "../dist/i18n/lang.js";

const bin = fileURLToPath(new URL("../bin/egov-score.js", import.meta.url));
const args = process.argv.slice(2);
const { status } = spawnSync(process.execPath, [bin, "score", "examples/", ...args], { stdio: "inherit" });
if (status === 1) {
  // In the language of the output above it (`npm run demo -- --lang vi`, LANG=vi_VN.UTF-8): it was English after Vietnamese.
  const flag = args.map((a, i) => (a === "--lang" ? args[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined)).filter((l) => l !== undefined).at(-1);
  console.error(detectLang(flag, process.env) === "vi"
    ? "\negov-score kết thúc với mã 1 vì examples/invalid/ có một tệp cố ý viết sai (xem các lỗi ở trên)."
    : "\negov-score exited with 1 because examples/invalid/ holds a deliberately invalid file (see the errors above).");
  process.exit(0);
}
process.exit(status ?? 2);
