import { existsSync, lstatSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { folderRefusal } from "./folder-writable.js";
import { deviceNameHere } from "./windows-names.js";
import { WriteRefusedError } from "./write-atomic.js";

/** The folder a file goes to, or the nearest one above it that exists (the rest is made when writing), takes new files. */
export function checkFolderWritable(file: string): void {
  let dir = path.dirname(path.resolve(file));
  const toMake: string[] = [];
  while (!existsSync(dir) && path.dirname(dir) !== dir) { toMake.push(dir); dir = path.dirname(dir); }
  // A folder to be made under a device's name (NUL) or with a final dot or space: Windows refuses it or makes another.
  if (toMake.some(deviceNameHere)) throw new WriteRefusedError(file, "reserved-name");
  // A file where a folder is to be made, as makeFolder says it.
  const refused = folderAt(dir);
  if (refused !== undefined) throw new WriteRefusedError(file, refused);
  const code = folderRefusal(dir);
  if (code !== undefined) throw new WriteRefusedError(file, code);
}

/** Why what stands at `dir` is no folder to write in (a file, a link to nowhere or a loop of links), or nothing when it is one. */
function folderAt(dir: string): string | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : "EEXIST";
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) return "dangling-link";
    if (typeof code === "string") return code;
    throw e;
  }
}

/**
 * A folder for output, made as needed, parents first; a file standing in its way is the user's to fix.
 * Not mkdirSync's `recursive`: on a path the system refuses with ENOENT although its parent exists
 * (/proc/x), Node 20's loops for ever.
 */
export function makeFolder(dir: string): void {
  const made = () => {
    try {
      mkdirSync(dir);
      return undefined;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return folderAt(dir);
      if (typeof code === "string") return code;
      throw e;
    }
  };
  let code = made();
  const parent = path.dirname(dir);
  if (code === "ENOENT" && parent !== dir) {
    makeFolder(parent);
    code = made();
  }
  if (code !== undefined) throw new WriteRefusedError(dir, code);
}

/** The folder `file` goes in, made when missing after checking a file can be written there (every command's -o). */
export function makeFolderFor(file: string): void {
  const folder = path.dirname(file);
  if (existsSync(folder)) return;
  checkFolderWritable(file);
  makeFolder(folder);
}
