// Rewrite the golden report files from the current code (then review `git diff test/golden`).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const vitest = new URL("../node_modules/vitest/vitest.mjs", import.meta.url);
const { status } = spawnSync(process.execPath, [fileURLToPath(vitest), "run", "test/report/golden.test.ts"], { stdio: "inherit", env: { ...process.env, UPDATE_GOLDEN: "1" } });
process.exit(status ?? 1);
