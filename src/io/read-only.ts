import { statSync } from "node:fs";

/**
 * A plain file no one may write (chmod 444, Windows' read-only attribute): an officer's sign that it was sent.
 * Said by its mode, not by trying to write: the atomic save renames over it, which its mode does not stop (nor does root).
 */
export function isReadOnlyFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && (stat.mode & 0o222) === 0;
  } catch {
    return false;
  }
}
