import { fstatSync, realpathSync, statSync, type BigIntStats } from "node:fs";

/** A plain file's device and inode; undefined for anything else (standard input, a folder, a missing file). */
export function fileKey(file: string): string | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    // A volume that gives no file index (ino 0) would make every file one file:
    // its real path names it instead, in one case on Windows, whose names are the same in any case.
    if (stat.isFile() && stat.ino === 0n) {
      const real = realpathSync.native(file);
      return `${stat.dev}:path:${process.platform === "win32" ? real.toLowerCase() : real}`;
    }
    return keyOf(stat);
  } catch {
    return undefined;
  }
}

/** fileKey of what standard input reads, when it is a file (`< a.yaml`); `DEV:0` on a volume without file indexes: any file of it. */
export function stdinKey(): string | undefined {
  try {
    return keyOf(fstatSync(0, { bigint: true }));
  } catch {
    return undefined;
  }
}

function keyOf(s: BigIntStats): string | undefined {
  return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
}
