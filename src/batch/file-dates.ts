import { periodOf, type AgencyFile } from "../core/agency.js";
import { parseAgencyFile } from "../load/load-agency.js";
import { readPlainYaml } from "../load/plain-yaml.js";
import { composedData } from "../load/normalize.js";
import { readText } from "../load/read.js";

/**
 * The period and submission date a valid file gives (read and parsed again: duplicates are rare); `text`: the
 * file's text when it was given so, as standard input is (`<stdin>` is no file to read).
 */
export function fileDates(file: string, text?: string): { period?: string; submitted?: string; text?: string } {
  const read = text !== undefined ? { ok: true as const, text } : readText(file);
  const data = (read.ok ? fileData(file, read.text) : {}) as Partial<AgencyFile>;
  const period = periodOf(data.period);
  return { ...(period !== undefined ? { period } : {}), ...(typeof data.submitted === "string" ? { submitted: data.submitted } : {}), ...(read.ok ? { text: read.text } : {}) };
}

/** The data a file's text holds (its comments and layout aside), read as fileDates reads it; {} where it cannot be read. */
export function fileData(file: string, text: string): unknown {
  // Its data only: no positions are needed of it.
  const plainRead = readPlainYaml(text);
  if (plainRead) return composedData(text, plainRead);
  const slow = parseAgencyFile(file, text);
  return slow.ok ? slow.agency.data : {};
}
