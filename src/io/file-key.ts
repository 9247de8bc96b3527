import { statSync } from "node:fs";

/** A plain file's device and inode; undefined for anything else (standard input, a folder, a missing file). */
export function fileKey(file: string): string | undefined {
  try {
    const s = statSync(file, { bigint: true });
    return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}
