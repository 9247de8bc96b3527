import type { AgencyFile } from "../core/agency.js";
import { agencyLikeness, fingerprint, sameAgencies, type AgencyLikeness, type Compared } from "../core/same-agency.js";
import type { LocatedDiagnostic } from "../load/located.js";
import type { Issue } from "../core/issue.js";
import { fileDates } from "./file-dates.js";

/**
 * An agency's likeness (core/same-agency.ts) as a batch keeps it for every file until all are checked: each text as
 * a 52-bit number, the name's with its rubric's file (files of two rubrics are never one agency's answers), so that
 * 100,000 files weigh 40 bytes each on the main thread (as objects of hashed texts they took 80 MB, over the
 * 300 MB the batch is held to). [name, answers, contact, contact], 0 where there is none.
 */
export function likenessPrints(agency: AgencyFile, rubricFile: string): [number, number, number, number] {
  const like = agencyLikeness(agency);
  return [fingerprint(`${rubricFile}\u0000${like.name}`), like.answers === "" ? 0 : Number(like.answers), ...[0, 1].map((i) => (like.contacts[i] === undefined ? 0 : fingerprint(like.contacts[i]!)))] as [number, number, number, number];
}

/** The likeness the check compares (texts) made of the prints; the rubric is in the name's print. */
export function printedLikeness(prints: ArrayLike<number>): AgencyLikeness {
  const [name, answers, ...contacts] = Array.from(prints);
  return { name: String(name), answers: answers === 0 ? "" : String(answers), contacts: contacts.filter((c) => c !== 0).map(String) };
}

/** A scored file of the batch as the check is given it: its name and agency id besides (see Compared). */
export interface ComparedFile extends Compared { file: string; /** The file's text, when it came as text (standard input). */ text?: string }

/**
 * The warning each later file of a likely same agency gets, by its index in the batch: placed at its agency id
 * by `locate` (score-files.ts: the file read again, as a duplicate's is, such files being few), naming the earlier file and its id.
 */
export function sameAgencyWarnings(files: ComparedFile[], locate: (file: string, issue: Issue, text?: string) => LocatedDiagnostic): Map<number, LocatedDiagnostic> {
  const out = new Map<number, LocatedDiagnostic>();
  const found = sameAgencies(files);
  if (found.length === 0) return out;
  const byIndex = new Map(files.map((f) => [f.index, f]));
  for (const { index, first, match } of found) {
    const later = byIndex.get(index)!, earlier = byIndex.get(first)!;
    out.set(index, locate(later.file, { code: "same-agency-other-id", path: ["agency", "id"], severity: "warning", params: { id: later.id, first: earlier.file, first_id: earlier.id, match, ...sentDates(later, earlier), ...twinNames(later.file, earlier.file) } }, later.text));
  }
  return out;
}

/**
 * The names' prints that more than one file has, found by sorting them (no map of every file): only those files
 * can be one agency under two ids, and only those are compared further. Real batches have few or none.
 */
export function repeatedNames(names: Float64Array): Set<number> {
  names.sort();
  const out = new Set<number>();
  for (let i = 1; i < names.length; i++) if (names[i] === names[i - 1]) out.add(names[i]!);
  return out;
}

/**
 * Two names that look the same on screen, one spelled decomposed (NFD, a Mac's archive): "the same agency as
 * xã-hòa.yaml" of xã-hòa.yaml named no file to tell apart. Says which of the two is decomposed.
 */
function twinNames(file: string, first: string): { hint_twin_name?: "this" | "first" } {
  if (file === first || file.normalize("NFC") !== first.normalize("NFC")) return {};
  return { hint_twin_name: file === file.normalize("NFC") ? "first" : "this" };
}

/**
 * The days the two files say they were sent, where both give one and they differ: the hint then says which file is
 * likely the older, to take out (file order, which names the later file, is no order of sending). Both files are
 * read again, as a duplicate's are: such pairs are few. Not `submitted`, whose params give a duplicate id's hint.
 */
function sentDates(later: ComparedFile, earlier: ComparedFile): { sent?: string; first_sent?: string } {
  const sent = fileDates(later.file, later.text).submitted, firstSent = fileDates(earlier.file, earlier.text).submitted;
  return sent !== undefined && firstSent !== undefined && sent !== firstSent ? { sent, first_sent: firstSent } : {};
}
