import { createHash } from "node:crypto";
import type { AgencyFile } from "../core/agency.js";
import { agencyLikeness, sameAgencies, type AgencyLikeness, type Compared } from "../core/same-agency.js";
import type { LocatedDiagnostic } from "../load/located.js";
import type { Issue } from "../core/issue.js";

/**
 * An agency's likeness (core/same-agency.ts) as a batch keeps it for every file until all are checked: each text
 * hashed, so that a file's answers (kilobytes) weigh some bytes. 96 bits: no two files of a batch share one by chance.
 */
export function hashedLikeness(agency: AgencyFile): AgencyLikeness {
  const like = agencyLikeness(agency);
  return { name: hash(like.name), contacts: like.contacts.map(hash), answers: like.answers === "" ? "" : hash(like.answers) };
}

function hash(text: string): string {
  return createHash("sha1").update(text).digest("base64url").slice(0, 16);
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
    out.set(index, locate(later.file, { code: "same-agency-other-id", path: ["agency", "id"], severity: "warning", params: { id: later.id, first: earlier.file, first_id: earlier.id, match } }, later.text));
  }
  return out;
}
