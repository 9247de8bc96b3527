import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Tests of the built command need dist/ whole (compiled, precompiled, bundled): build it when it is missing. */
export function ensureBuilt(): void {
  if (existsSync(path.join(ROOT, "dist/bundle/main.js")) && existsSync(path.join(ROOT, "dist/bundle/share-worker.js"))) return;
  const windows = process.platform === "win32";
  const r = spawnSync(windows ? "npm.cmd" : "npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", shell: windows });
  if (r.status !== 0) throw new Error("npm run build failed");
}
