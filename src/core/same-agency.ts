import { isUnanswered, periodOf, type AgencyFile } from "./agency.js";
import { withoutInvisible } from "./unicode.js";

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
  /** Every answer's value or N/A, as one print (see answersPrint) written out; "" when nothing is answered. */
  answers: string;
}

/** What a likely same agency shares with the earlier file: its respondent, or all its answers. */
export type SameAgencyMatch = "respondent" | "answers";

/** The shortest telephone number worth comparing: a few digits typed as a placeholder ("0", "000") prove nothing. */
const MIN_PHONE_DIGITS = 9;

export function agencyLikeness(agency: AgencyFile): AgencyLikeness {
  // No NFC here: the loaders give every text of a file in NFC already.
  const name = withoutInvisible(agency.agency.name).replace(/^[\s“”„‟‘’‚‛«»"']+|[\s“”„‟‘’‚‛«»"']+$/g, "").replace(/\s+/g, " ").toLowerCase();
  return { name: [name, agency.agency.type, periodOf(agency.period) ?? ""].join("\u0000"), contacts: contactsOf(agency.respondent), answers: answersText(answersPrint(agency.answers)) };
}

function answersText(print: number): string {
  return print === 0 ? "" : String(print);
}

function contactsOf(respondent: AgencyFile["respondent"]): string[] {
  if (typeof respondent !== "object" || respondent === null) return [];
  const out: string[] = [];
  // Only files that passed the schema are compared: an e-mail there is an address (no spaces), a telephone a text.
  const email = typeof respondent.email === "string" ? respondent.email.toLowerCase() : "";
  if (email.includes("@")) out.push(`e:${email}`);
  // 0912 345 678, 0912.345.678 and +84 912 345 678 are one number.
  const digits = typeof respondent.phone === "string" ? respondent.phone.replace(/\D/g, "").replace(/^84/, "0") : "";
  if (digits.length >= MIN_PHONE_DIGITS && !/^(\d)\1*$/.test(digits)) out.push(`t:${digits}`);
  return out;
}

/**
 * Every answer (its code, and its value or N/A) folded into one 52-bit print, as a number: every scored file of a
 * batch pays for it, and a string of its answers (JSON) cost twice as much. Each answer is printed
 * alone and the prints added, so the order the file lists them in does not count; a value's kind is folded in
 * ("4" and 4 differ). 0 when nothing is answered: two blank templates prove nothing.
 */
function answersPrint(answers: AgencyFile["answers"]): number {
  if (typeof answers !== "object" || answers === null) return 0;
  let high = 0, low = 0, given = 0;
  const print = new TextPrint();
  for (const code of Object.keys(answers)) {
    const entry = answers[code];
    if (isUnanswered(entry) || typeof entry !== "object" || entry === null) continue;
    print.reset().text(code);
    if (entry.na === true) print.unit(1);
    else print.value(entry.value);
    high = (high + print.a) >>> 0;
    low = (low + print.b) >>> 0;
    given++;
  }
  return given === 0 ? 0 : ((high >>> 6) * 0x4000000 + (low >>> 6)) || 1;
}

/** A text's 52-bit print, never 0 (0 stands for none). */
export function fingerprint(text: string): number {
  const print = new TextPrint().text(text);
  return ((print.a >>> 6) * 0x4000000 + (print.b >>> 6)) || 1;
}

/**
 * Two 32-bit FNV-1a hashes of different primes, fed text and 16-bit units. Not a secure hash: prints are only
 * compared where the names already agree, and a false match costs a warning, never a score.
 */
class TextPrint {
  a = 0x811c9dc5;
  b = 0x9747b28c;
  reset(): this { this.a = 0x811c9dc5; this.b = 0x9747b28c; return this; }
  unit(c: number): this {
    this.a = Math.imul(this.a ^ c, 0x01000193) >>> 0;
    const b = Math.imul(this.b ^ c, 0x5bd1e995);
    this.b = (b ^ (b >>> 15)) >>> 0;
    return this;
  }
  text(s: string): this {
    for (let i = 0; i < s.length; i++) this.unit(s.charCodeAt(i));
    return this.unit(0xffff);
  }
  /**
   * A value as YAML gives it, its kind first (no JSON text made). A list (a checklist's options) and a mapping (a
   * fraction's a and b, parts) are sets: `{b: 4, a: 3}` is the answer `{a: 3, b: 4}` is, in any order.
   */
  value(v: unknown): this {
    if (typeof v === "string") return this.unit(2).text(v);
    if (typeof v === "number") return Number.isSafeInteger(v) ? this.unit(3).unit(v % 0x10000).unit(Math.floor(v / 0x10000) | 0) : this.unit(4).text(String(v));
    if (typeof v === "boolean") return this.unit(v ? 5 : 6);
    if (Array.isArray(v)) return this.unit(7).unordered(v, (p, item) => p.value(item)).unit(8);
    if (typeof v === "object" && v !== null) {
      const map = v as Record<string, unknown>;
      return this.unit(9).unordered(Object.keys(map), (p, key) => p.text(key).value(map[key])).unit(10);
    }
    return this.unit(11);
  }
  /** Each item printed alone and the prints added, as answersPrint adds the answers'. */
  private unordered<T>(items: readonly T[], printItem: (print: TextPrint, item: T) => void): this {
    let a = 0, b = 0;
    const one = new TextPrint();
    for (const item of items) {
      printItem(one.reset(), item);
      a = (a + one.a) >>> 0;
      b = (b + one.b) >>> 0;
    }
    return this.unit(a).unit(b);
  }
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
    // Blank answers ("") are never kept in byAnswers (below): two blank templates prove nothing.
    const sameAnswers = byAnswers.get(`${key}\u0000${f.like.answers}`);
    const sameContact = f.like.contacts.map((c) => byContact.get(`${key}\u0000${c}`)).find((g) => g !== undefined && g.id.toLowerCase() !== f.id.toLowerCase());
    const first = sameAnswers !== undefined && sameAnswers.id.toLowerCase() !== f.id.toLowerCase() ? { at: sameAnswers, match: "answers" as const } : sameContact ? { at: sameContact, match: "respondent" as const } : undefined;
    if (first) out.push({ index: f.index, first: first.at.index, match: first.match });
    if (f.like.answers !== "" && !byAnswers.has(`${key}\u0000${f.like.answers}`)) byAnswers.set(`${key}\u0000${f.like.answers}`, f);
    for (const c of f.like.contacts) if (!byContact.has(`${key}\u0000${c}`)) byContact.set(`${key}\u0000${c}`, f);
  }
  return out;
}
