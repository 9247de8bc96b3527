import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What the build reads: when any of it is newer than the bundle, dist/ is stale. */
function newestInput(): number {
  const files = [
    ...readdirSync(path.join(ROOT, "src"), { recursive: true }).map((f) => path.join(ROOT, "src", String(f))),
    ...["package.json", "tsconfig.json", "scripts/precompile.mjs", "scripts/bundle.mjs"].map((f) => path.join(ROOT, f)),
  ];
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/**
 * Tests of the built command need dist/ whole (compiled, precompiled, bundled) and current: build it
 * when it is missing or older than the sources. Run once, from vitest's global setup, so that test
 * files running in parallel never build (and delete dist/) at the same time.
 */
export function ensureBuilt(): void {
  const bundle = path.join(ROOT, "dist/bundle/main.js");
  if (existsSync(bundle) && existsSync(path.join(ROOT, "dist/bundle/share-worker.js")) && statSync(bundle).mtimeMs >= newestInput()) return;
  const windows = process.platform === "win32";
  const r = spawnSync(windows ? "npm.cmd" : "npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", shell: windows });
  if (r.status !== 0) throw new Error("npm run build failed");
}
