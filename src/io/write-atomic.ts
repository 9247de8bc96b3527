import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export class FileExistsError extends Error {
  constructor(readonly file: string) { super(`${file} exists`); }
}

/** Write through a temporary file in the same folder and rename it over the target: readers never see half a file. */
export function writeFileAtomic(file: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  if (!options.force && existsSync(file)) throw new FileExistsError(file);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content, { flag: "wx" });
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
