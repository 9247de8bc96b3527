import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fromWindowsPath } from "./windows-path.js";

/**
 * A path as its names are stored, when nothing has the name as typed: Vietnamese typed composed (NFC) finds
 * a name stored decomposed (NFD), as macOS archives store names; failing that, a name that differs only in
 * case, as on Windows (when one name alone does). Each part of the path is looked up in turn; a part found
 * no way (a wildcard, a missing name) and the rest stay as typed. `anyCase: false` (a file to be written, as
 * assess's) takes only the NFC/NFD spelling: on a disk that tells case apart, another case is another file.
 */
export function spelledOnDisk(given: string, { anyCase = true }: { anyCase?: boolean } = {}): string {
  if (existsSync(given)) return given;
  // A path copied from Windows names the same file here, as its globs already do.
  const typed = fromWindowsPath(given);
  const parts = typed.split("/");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const dir = parts.slice(0, i).join("/") || (i === 0 ? "." : "/");
    if (part === "" || part === "." || part === ".." || existsSync(path.join(dir, part))) continue;
    // An ASCII name has no other composed form: without case folding, no folder's listing can find it (a report
    // written into the batch's folder of 100,000 files listed it for nothing).
    if (!anyCase && !/[^\x00-\x7f]/.test(part)) break;
    const names = namesIn(dir);
    const composed = part.normalize("NFC"), folded = composed.toLowerCase();
    const same = names.filter((name) => name.normalize("NFC") === composed);
    const stored = same.length === 1 || !anyCase ? same : names.filter((name) => name.normalize("NFC").toLowerCase() === folded);
    if (stored.length !== 1) break;
    parts[i] = stored[0]!;
  }
  return parts.join("/");
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
