import { existsSync } from "node:fs";
import path from "node:path";
import { packagePath } from "../load/package-path.js";

/**
 * The README's commands name `examples/…` and `rubrics/…`, which are beside them only in a clone: an installed
 * egov-score (npm install -g, npx) run from any other folder found no such file and said no more. When a path
 * that is not there starts with `folder` and the current folder has no such folder, the package's own folder
 * of that name, to be named instead; otherwise undefined.
 */
export function bundledFolderFor(absent: string[], cwd: string, folder: "examples" | "rubrics"): string | undefined {
  const under = absent.some((p) => !path.isAbsolute(p) && path.normalize(p).split(/[\\/]/)[0] === folder);
  const own = packagePath(folder);
  return under && !existsSync(path.resolve(cwd, folder)) && existsSync(own) ? own : undefined;
}
