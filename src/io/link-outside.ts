import { realpathSync } from "node:fs";
import path from "node:path";

/**
 * Where `file`, met inside `folder`, really is when that is outside the folder (a link leading out), else undefined.
 * A link sent among the files (unpacked from a zip, or in a pull request) to ~/.ssh/id_rsa or a CI job's .git/config
 * had that file read, and its lines quoted in the findings that a report or a public CI log shows.
 * A link to nowhere is left to the read, which says so.
 */
export function linkOutside(file: string, folder: string): string | undefined {
  let target: string, base: string;
  try {
    target = realpathSync.native(file);
    base = realpathSync.native(folder);
  } catch {
    return undefined;
  }
  const relative = path.relative(base, target);
  return relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? target : undefined;
}
