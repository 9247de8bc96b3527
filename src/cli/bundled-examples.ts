import { existsSync } from "node:fs";
import path from "node:path";
import { packagePath } from "../load/package-path.js";

/**
 * The README's commands name `examples/…`, which is beside them only in a clone: an installed
 * egov-score (npm install -g, npx) run from any other folder found no such file and said no more. When
 * a path that is not there starts with `examples` and the current folder has no such folder, the
 * folder of the package's own examples, to be named instead; otherwise undefined.
 */
export function bundledExamplesFor(absent: string[], cwd: string): string | undefined {
  const underExamples = absent.some((p) => !path.isAbsolute(p) && path.normalize(p).split(/[\\/]/)[0] === "examples");
  const own = packagePath("examples");
  return underExamples && !existsSync(path.resolve(cwd, "examples")) && existsSync(own) ? own : undefined;
}
