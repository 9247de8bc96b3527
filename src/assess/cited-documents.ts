import type { AgencyFile, EvidenceItem } from "../core/agency.js";
import { plainDashes, plainSpaces } from "../core/number-words.js";
import { withoutInvisible } from "../core/unicode.js";

export const EVIDENCE_FIELDS = ["number", "date", "title", "link"] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** A document the file cites as evidence, and the indicators citing it. */
export interface CitedDocument { item: EvidenceItem; codes: string[] }

/**
 * The documents the file's answers cite, other than `exceptCode`'s, each once (the same fields, the same texts),
 * in the file's order. An item a hand edit left with other than text in a field is not offered: copied, it would
 * carry the slip to another answer.
 */
export function citedDocuments(data: AgencyFile, exceptCode: string): CitedDocument[] {
  const found: CitedDocument[] = [];
  for (const [code, answer] of Object.entries(data.answers ?? {})) {
    if (code === exceptCode || typeof answer !== "object" || answer === null || !Array.isArray(answer.evidence)) continue;
    for (const item of answer.evidence as unknown[]) {
      if (!isPlainItem(item)) continue;
      const known = found.find((d) => sameDocument(d.item, item));
      if (!known) found.push({ item: { ...item }, codes: [code] });
      else if (!known.codes.includes(code)) known.codes.push(code);
    }
  }
  return found;
}

/** Two items naming the same document: the same fields, the same texts. */
export function sameDocument(a: EvidenceItem, b: EvidenceItem): boolean {
  return EVIDENCE_FIELDS.every((f) => sameField(a[f] ?? "", b[f] ?? ""));
}

/**
 * Two texts of a field that read the same: a pasted lookalike (a non-breaking hyphen U+2011 or a dash for -, a
 * no-break space, a character that shows as nothing) and the keyboard's character are one document, which was
 * listed twice as "already cited". A hand edit's other than text is compared as it is.
 */
export function sameField(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string" ? readAs(a) === readAs(b) : a === b;
}

function readAs(text: string): string {
  return plainSpaces(plainDashes(withoutInvisible(text.normalize("NFC")))).replace(/ +/g, " ").trim();
}

function isPlainItem(item: unknown): item is EvidenceItem {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return false;
  const entries = Object.entries(item);
  return entries.length > 0 && entries.every(([k, v]) => (EVIDENCE_FIELDS as readonly string[]).includes(k) && typeof v === "string" && v.trim() !== "");
}
