/**
 * The oldest Node.js the command runs on: package.json's `engines` (a test keeps the two one). npm only
 * warns about `engines` when the package is installed (`npm i -g`, `npx`: the .npmrc engine-strict of the
 * clone is not in the package), and on an older Node most commands seemed to work while `assess` stopped
 * at its first question with "Internal error: (0 , node_util.styleText) is not a function".
 */
export const OLDEST_NODE = "20.19.0";

/** Whether `version` ("18.20.4", "v20.11.1") is older than `oldest`. */
export function nodeTooOld(version: string, oldest: string = OLDEST_NODE): boolean {
  const parts = (v: string) => v.replace(/^v/, "").split(/[.-]/).slice(0, 3).map((p) => Number.parseInt(p, 10) || 0);
  const have = parts(version), need = parts(oldest);
  for (let i = 0; i < 3; i++) if (have[i] !== need[i]) return have[i]! < need[i]!;
  return false;
}
