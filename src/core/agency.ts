/** The agency model: one agency's answers to one rubric, as read from an agency file. */
import type { Cohort } from "./rubric.js";

export interface EvidenceItem {
  number?: string;
  date?: string;
  title?: string;
  link?: string;
  issuer?: string;
}

export interface VerifiedAnswer {
  value?: unknown;
  na?: boolean;
  reason?: string;
  note?: string;
  by?: string;
  date?: string;
}

export interface Answer {
  value?: unknown;
  na?: boolean;
  reason?: string;
  evidence?: EvidenceItem[];
  note?: string;
  flag?: boolean;
  verified?: VerifiedAnswer;
}

export interface AgencyHeader {
  id: string;
  name: string;
  type: string;
  cohort?: string;
}

export interface AgencyFile {
  rubric: { id: string; version: string };
  example?: boolean;
  agency: AgencyHeader;
  period: string;
  respondent?: { name: string; position?: string; email?: string; phone?: string };
  submitted?: string;
  /** Entries may be null (an empty entry) or "?" (explicitly unanswered). */
  answers?: Record<string, Answer | null | "?">;
}

/** The top-level keys of an agency file (AgencyFile). */
const AGENCY_FILE_KEYS = new Set(["rubric", "agency", "period", "answers", "respondent", "submitted"]);

/**
 * Whether a YAML document a folder brought in is meant as an agency file: it has one of an agency file's
 * top-level keys, in any case (`Rubric:` is a misspelt submission, to be reported, not skipped). A CI
 * workflow or a note has none and is skipped.
 */
export function looksLikeAgencyFile(data: unknown): boolean {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  return Object.keys(data).some((key) => AGENCY_FILE_KEYS.has(key.trim().toLowerCase()));
}

/** The marker a person writes for "not answered yet". */
export const UNANSWERED = "?";

/** True when an entry, or its value, says "not answered". Absent, empty and "?" all mean unanswered. */
export function isUnanswered(answer: Answer | null | undefined | "?"): boolean {
  if (answer === null || answer === undefined || answer === UNANSWERED) return true;
  if (answer.na === true) return false;
  return answer.value === undefined || answer.value === null || answer.value === UNANSWERED;
}

/** The cohort an agency is ranked in: the one its file names, else the rubric's cohort listing its type, else its type alone. */
export function cohortOf(agency: AgencyHeader, cohorts: readonly Cohort[] | undefined): string {
  return agency.cohort ?? cohorts?.find((c) => c.agency_types?.includes(agency.type))?.id ?? agency.type;
}
