import { statSync } from "node:fs";
import path from "node:path";
import { readText } from "../load/read.js";

/**
 * The marks Windows, macOS, browsers, Zalo and Google Drive add to the name of a file saved or downloaded again:
 * `xa-03 (1)`, `xa-03(2)`, `xa-03 - Copy`, `xa-03 - Bản sao (2)`, `xa-03 copy 2`, `Copy of xa-03`. One or two
 * digits only: `bao-cao (2025)` names a year, not a copy.
 */
const COPY_SUFFIX = /^(.+?)(?:\s*\(\d{1,2}\)|\s+-\s+(?:copy|bản sao)(?:\s*\(\d{1,2}\))?|\s+(?:copy|bản sao)(?:\s+\d{1,2})?)$/iu;
const COPY_PREFIX = /^(?:copy of|bản sao của)\s+(.+)$/iu;
/** What every name with a copy mark holds, anywhere in its path (a bracket closing before the extension, "copy", "bản sao", composed or not). */
const MAYBE_COPY = /\)\s*\.ya?ml$|copy|b(?:\u1ea3|a\u0309)n sao/i;

/** A file's name without its extension, composed (a Mac writes names decomposed): what copy marks are read on. */
function stemOf(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, "").normalize("NFC");
}

/** The stem of the file `file` is a copy of by its name (one mark taken off), or undefined when it has no copy mark. */
export function copiedStem(file: string): string | undefined {
  const stem = stemOf(file);
  const original = COPY_SUFFIX.exec(stem)?.[1] ?? COPY_PREFIX.exec(stem)?.[1];
  return original?.trim() || undefined;
}

/**
 * The files with each copy (by its name, see copiedStem) named before its original moved to just after that
 * original: the first file of an agency id is ranked and the later one told it is the copy to delete, so
 * `xa-03 (1).yaml`, sorted before `xa-03.yaml`, would be ranked and the original deleted. The original is looked
 * for in the copy's folder, else in any folder of the batch (`score nop/ nop-lai/`, the copy saved into another
 * folder). `newIndex`: each file's place in the new order, by its place in `files`. Files in place are the same array.
 */
export function originalsFirst(files: string[]): { files: string[]; newIndex?: number[] } {
  // Most batches hold no copy at all: a look at each path for anything like a mark (3 µs a file otherwise, a third of
  // a second for 100,000 names to map before any work began).
  if (!files.some((f) => MAYBE_COPY.test(f))) return { files };
  const key = (dir: string, stem: string) => `${dir}\u0000${stem}`;
  const at = new Map<string, number>();
  const anywhere = new Map<string, number>();
  files.forEach((f, i) => {
    const stem = stemOf(f), k = key(path.dirname(f), stem);
    if (!at.has(k)) at.set(k, i);
    if (!anywhere.has(stem)) anywhere.set(stem, i);
  });
  // Each original's copies named before it, by the original's index.
  const waiting = new Map<number, number[]>();
  files.forEach((f, i) => {
    const stem = copiedStem(f);
    const original = stem === undefined ? undefined : at.get(key(path.dirname(f), stem)) ?? anywhere.get(stem);
    if (original !== undefined && original > i) waiting.set(original, [...(waiting.get(original) ?? []), i]);
  });
  if (waiting.size === 0) return { files };
  const moved = new Set([...waiting.values()].flat());
  const order: number[] = [];
  // A copy of a copy (`xa-03 (1) (1).yaml`) follows the copy it was made from, wherever that one goes.
  const place = (i: number) => { order.push(i); for (const c of waiting.get(i) ?? []) place(c); };
  files.forEach((_, i) => { if (!moved.has(i)) place(i); });
  const newIndex = new Array<number>(files.length);
  order.forEach((old, i) => { newIndex[old] = i; });
  return { files: order.map((i) => files[i]!), newIndex };
}

/** Two texts alike but for their line ends (one copy saved again by Notepad) and a byte-order mark. */
export function sameText(a: string, b: string): boolean {
  return plainText(a) === plainText(b);
}

function plainText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * The first of `files` whose text is `text` (standard input's: `cat a.yaml | egov-score score - a.yaml`), or undefined.
 * Standard input has no file to keep, so the file on disk is to be ranked and the text given again told to go. Only a
 * file of a size the text has saved (LF or CRLF line ends, a byte-order mark or none) is read.
 */
export function fileWithText(text: string, files: readonly string[]): number | undefined {
  const plain = plainText(text);
  const bytes = Buffer.byteLength(plain, "utf8"), lineEnds = plain.split("\n").length - 1;
  // LF or CRLF line ends, with a byte-order mark or without: a batch's files are alike in size, few of them read.
  const sizes = new Set([bytes, bytes + 3, bytes + lineEnds, bytes + lineEnds + 3]);
  for (const [index, file] of files.entries()) {
    let size: number;
    try { size = statSync(file).size; } catch { continue; }
    if (!sizes.has(size)) continue;
    const read = readText(file);
    if (read.ok && plainText(read.text) === plain) return index;
  }
  return undefined;
}
