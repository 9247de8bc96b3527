import { fstatSync, statSync, type BigIntStats } from "node:fs";

/** A plain file's device and inode; undefined for anything else (standard input, a folder, a missing file). */
export function fileKey(file: string): string | undefined {
  try {
    return keyOf(statSync(file, { bigint: true }));
  } catch {
    return undefined;
  }
}

/** fileKey of what standard input reads, when it is a file (`< a.yaml`). */
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
