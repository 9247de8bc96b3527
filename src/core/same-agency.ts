import { isUnanswered, periodOf, type AgencyFile } from "./agency.js";

/**
 * One agency sent twice under two ids (a resubmission whose id was corrected: `qb-sktc` then `qb-stc`) is ranked
 * twice, and pushes the others down a rank; the duplicate-id check cannot see it. A name alone proves nothing:
 * commune names repeat across districts ("UBND xã Tân Phú"), and namesakes are two agencies. So two files are
 * said to be likely one agency only when they have the same name, type and period AND something a namesake
 * would not share: the same respondent's e-mail or telephone, or the same answers to every indicator.
 */
export interface AgencyLikeness {
  /** Name (as a ranking shows it, whatever its case, spacing or Word's quotes), type and period. */
  name: string;
  /** The respondent's e-mail and telephone, each as it is compared; none when the file gives neither. */
  contacts: string[];
  /** Every answer's value or N/A, in code order; "" when nothing is answered (two blank templates prove nothing). */
  answers: string;
}

/** What a likely same agency shares with the earlier file: its respondent, or all its answers. */
export type SameAgencyMatch = "respondent" | "answers";

/** The shortest telephone number worth comparing: a few digits typed as a placeholder ("0", "000") prove nothing. */
const MIN_PHONE_DIGITS = 9;

export function agencyLikeness(agency: AgencyFile): AgencyLikeness {
  const name = agency.agency.name.normalize("NFC").replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff\u00ad]/g, "").replace(/^[\s“”„‟‘’‚‛«»"']+|[\s“”„‟‘’‚‛«»"']+$/g, "").replace(/\s+/g, " ").toLowerCase();
  return { name: [name, agency.agency.type, periodOf(agency.period) ?? ""].join("\u0000"), contacts: contactsOf(agency.respondent), answers: answersOf(agency.answers) };
}

function contactsOf(respondent: AgencyFile["respondent"]): string[] {
  if (typeof respondent !== "object" || respondent === null) return [];
  const out: string[] = [];
  const email = typeof respondent.email === "string" ? respondent.email.trim().toLowerCase() : "";
  if (email.includes("@")) out.push(`e:${email}`);
  // 0912 345 678, 0912.345.678 and +84 912 345 678 are one number.
  const digits = typeof respondent.phone === "string" || typeof respondent.phone === "number" ? String(respondent.phone).replace(/\D/g, "").replace(/^84/, "0") : "";
  if (digits.length >= MIN_PHONE_DIGITS && !/^(\d)\1*$/.test(digits)) out.push(`t:${digits}`);
  return out;
}

/**
 * Every answer, in code order, as one string: built by hand rather than as JSON of an array, since every scored
 * file of a batch pays for it (37 → 20 µs a file). A value's type is written before it ("4" and 4 differ), an
 * object or list as JSON, and each entry ends in a character no YAML text holds.
 */
function answersOf(answers: AgencyFile["answers"]): string {
  if (typeof answers !== "object" || answers === null) return "";
  let out = "";
  for (const code of Object.keys(answers).sort()) {
    const entry = answers[code];
    if (isUnanswered(entry) || typeof entry !== "object" || entry === null) continue;
    const value = entry.value;
    out += `${code}\u0001${entry.na === true ? "na" : typeof value === "object" ? `o${JSON.stringify(value)}` : `${(typeof value)[0]}${String(value)}`}\u0000`;
  }
  return out;
}

/** A scored file as the check compares it: its place in file order, its rubric, its agency id, its likeness. */
export interface Compared<L = AgencyLikeness> { index: number; rubric: string; id: string; like: L }

/** A later file likely of the agency an earlier one under another id is. */
export interface SameAgency { index: number; first: number; match: SameAgencyMatch }

/**
 * Each file, in file order, that is likely the agency of an earlier file with another id: the earliest such file,
 * by its answers where they are the same, else by its respondent. One pass, a map per kind: a batch of thousands of
 * files of one generated name is compared in linear time.
 */
export function sameAgencies(files: Iterable<Compared>): SameAgency[] {
  const byAnswers = new Map<string, Compared>();
  const byContact = new Map<string, Compared>();
  const out: SameAgency[] = [];
  for (const f of files) {
    const key = `${f.rubric}\u0000${f.like.name}`;
    const sameAnswers = f.like.answers === "" ? undefined : byAnswers.get(`${key}\u0000${f.like.answers}`);
    const sameContact = f.like.contacts.map((c) => byContact.get(`${key}\u0000${c}`)).find((g) => g !== undefined && g.id.toLowerCase() !== f.id.toLowerCase());
    const first = sameAnswers !== undefined && sameAnswers.id.toLowerCase() !== f.id.toLowerCase() ? { at: sameAnswers, match: "answers" as const } : sameContact ? { at: sameContact, match: "respondent" as const } : undefined;
    if (first) out.push({ index: f.index, first: first.at.index, match: first.match });
    if (f.like.answers !== "" && !byAnswers.has(`${key}\u0000${f.like.answers}`)) byAnswers.set(`${key}\u0000${f.like.answers}`, f);
    for (const c of f.like.contacts) if (!byContact.has(`${key}\u0000${c}`)) byContact.set(`${key}\u0000${c}`, f);
  }
  return out;
}
