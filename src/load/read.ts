import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { openWaiting, TooManyOpenFilesError } from "../io/open-files.js";
import { decodeBytes } from "./decode.js";
import type { DiagnosticInput } from "./diagnostic.js";

/** Agency and rubric files are small; anything larger is refused before it is read. */
/** The name standard input is read under: no file a command could be given. */
export const STDIN_NAME = "<stdin>";

export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Findings that say a path gave nothing to read (not there, refused, a folder that cannot be listed): such a file is
 * counted apart from the invalid ones, which were read and are wrong.
 */
export function isNotRead(code: string | undefined): boolean {
  return code === "file-not-found" || code === "file-unreadable" || code === "folder-unreadable" || code === "link-outside-folder";
}

export type ReadOutcome = { ok: true; text: string; bytes: Uint8Array } | { ok: false; diagnostics: DiagnosticInput[] };

export function readText(file: string): ReadOutcome {
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    // One open for the size check and the read (a batch reads thousands of files). Without blocking: a
    // named pipe would otherwise hold the whole batch until something writes to it.
    // Out of descriptors, opened again a moment later, else thrown: the file is not to blame (see open-files.ts).
    fd = openWaiting(file, () => openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)));
    const stat = fstatSync(fd);
    // A device or a pipe has no end to read to (/dev/zero); a folder is said by the read below (EISDIR).
    if (!stat.isFile() && !stat.isDirectory()) return { ok: false, diagnostics: [{ code: "file-unreadable", params: { detail: "not-regular" } }] };
    const size = stat.size;
    if (size > MAX_FILE_BYTES) return { ok: false, diagnostics: [{ code: "file-too-large", line: 1, col: 1, params: { size, limit: MAX_FILE_BYTES } }] };
    bytes = readFileSync(fd);
  } catch (e) {
    if (e instanceof TooManyOpenFilesError) throw e;
    const err = e as NodeJS.ErrnoException;
    // Not there, or there and refused (permission, a folder, a device): said apart, a CI log reads the code.
    return { ok: false, diagnostics: [{ code: err.code === "ENOENT" ? "file-not-found" : "file-unreadable", params: { detail: err.code ?? String(err.message) } }] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return textOf(bytes);
}

export function textOf(bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, diagnostics: [{ code: "file-too-large", line: 1, col: 1, params: { size: bytes.length, limit: MAX_FILE_BYTES } }] };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, diagnostics: [{ code: decoded.code, line: decoded.line ?? 1, col: decoded.col ?? 1, params: decoded.office ? { hint_office: "office" } : {} }] };
  // A UTF-8 BOM is dropped so that columns on line 1 match what an editor shows. A CR alone (old Mac
  // files) breaks a line for YAML and for editors, but the readers here know only LF and CRLF.
  const text = decoded.text.replace(/^\uFEFF/, "");
  return { ok: true, text: text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text, bytes };
}
