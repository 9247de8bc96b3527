import { isCalendarDate, type EvidenceItem } from "../core/agency.js";
import type { Evidence } from "../core/rubric.js";
import { EVIDENCE_FIELDS, type EvidenceField } from "./cited-documents.js";
import { citedFields } from "../load/evidence-citation.js";
import { BARE_LINK } from "../load/schema-issues.js";
import { EVIDENCE_FIELD_MAX } from "../core/agency-schema.js";

/**
 * The evidence items an answer holds, as assess asks them again: a list as it is, and what a hand edit wrote in
 * place of one (validate's "evidence is a list" finding) read as the items it stands for. One text
 * (`evidence: "CV 125/VNPT ngày 02/10/2025"`) is one item, its fields read from a citation, else its link or title;
 * a mapping without its dash is one item; a text in the list is an item too. Taken as they were, a text was
 * offered as "keep 50 items?" (its letters) and then stopped assess with an internal error, and a mapping was
 * dropped unasked.
 */
export function heldEvidence(evidence: unknown): EvidenceItem[] {
  const written = Array.isArray(evidence) ? evidence : evidence === undefined || evidence === null ? [] : [evidence];
  return written.flatMap((item): EvidenceItem[] => {
    if (typeof item === "string" || typeof item === "number") return String(item).trim() === "" ? [] : [fromText(String(item).trim())];
    return typeof item === "object" && item !== null && !Array.isArray(item) ? [item as EvidenceItem] : [];
  });
}

function fromText(text: string): EvidenceItem {
  if (BARE_LINK.test(text)) return { link: text };
  return citedFields(text) ?? { title: text.normalize("NFC") };
}

/**
 * The fields of an item an indicator's evidence rule refuses: a required one missing or empty, a date that is no
 * day, a text longer than the file's check takes. An item with any is asked again (one left part typed by ? or
 * Ctrl-C, or by a hand edit).
 */
export function unfitFields(item: EvidenceItem, rule: Evidence | undefined): EvidenceField[] {
  const fields: readonly string[] = rule?.fields ?? [];
  return EVIDENCE_FIELDS.filter((f) => (item[f] === undefined ? fields.includes(f) : typeof item[f] !== "string" || !item[f].trim() || (f === "date" ? !isCalendarDate(item[f]) : [...item[f]].length > EVIDENCE_FIELD_MAX[f])));
}
