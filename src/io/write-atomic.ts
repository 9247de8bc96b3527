import { closeSync, existsSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";

export class FileExistsError extends Error {
  constructor(readonly file: string) { super(`${file} exists`); }
}

/** Write through a temporary file in the same folder and rename it over the target: readers never see half a file. */
export function writeFileAtomic(file: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  throughTemp(file, options, (temp) => writeFileSync(temp, content, { flag: "wx" }));
}

/** The same for content that arrives in pieces (a large report): never whole in memory, still never half on disk. */
export function writeChunksAtomic(file: string, chunks: Iterable<string | Uint8Array>, options: { force?: boolean } = {}): void {
  throughTemp(file, options, (temp) => {
    const fd = openSync(temp, "wx");
    try {
      for (const chunk of chunks) writeAll(fd, chunk);
    } finally {
      closeSync(fd);
    }
  });
}

function throughTemp(file: string, options: { force?: boolean }, write: (temp: string) => void): void {
  if (!options.force && existsSync(file)) throw new FileExistsError(file);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    write(temp);
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** writeSync may write less than asked: loop until every byte is out. */
export function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}
