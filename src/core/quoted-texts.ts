import type { AgencyFile } from "./agency.js";
import type { Issue } from "./issue.js";

/**
 * A text wholly inside a word processor's quotes (“…”, ‘…’, „…“, «…»): typed as YAML's straight quotes in Word,
 * which turned them curly, so YAML kept them as part of the text. The agency's name and the period have
 * warnings of their own (name-in-quotes, period-in-quotes); this one covers the other texts a person types: who
 * answered, notes and reasons, evidence fields, and the collector's verified block (`by: “Sở KH&CN”` groups
 * apart from `by: Sở KH&CN` wherever verifiers are listed). Straight quotes inside YAML quotes ('"…"') are left
 * alone: writing them so is deliberate.
 */
const CURLY_WRAPPED = /^\s*[“”„‟‘’‚‛«»](.*)[“”„‟‘’‚‛«»]\s*$/su;

const ANSWER_TEXTS = ["note", "reason"] as const;
// A date or a link in such quotes is no date or address: the schema and the link check say so already.
const EVIDENCE_TEXTS = ["number", "title", "issuer"] as const;
const VERIFIED_TEXTS = ["by", "note", "reason"] as const;

/** `textAnswer(code)`: whether the indicator's own value is text (a `text` input), whose quotes are a slip too. */
export function textsInQuotes(agency: AgencyFile, textAnswer: (code: string) => boolean): Issue[] {
  const issues: Issue[] = [];
  const look = (text: unknown, path: string[]) => {
    const inner = typeof text === "string" ? CURLY_WRAPPED.exec(text)?.[1] : undefined;
    // Written back in straight double quotes, so that a # or a colon stays part of the text.
    if (inner !== undefined && inner.trim() !== "") issues.push({ code: "text-in-quotes", path, severity: "warning", params: { field: path.at(-1)!, written: JSON.stringify(inner.trim()) } });
  };
  const respondent = record(agency.respondent);
  if (respondent) for (const key of ["name", "position"]) look(respondent[key], ["respondent", key]);
  const answers = record(agency.answers);
  if (!answers) return issues;
  for (const [code, value] of Object.entries(answers)) {
    const entry = record(value);
    if (!entry) continue;
    const path = ["answers", code];
    if (textAnswer(code)) look(entry.value, [...path, "value"]);
    for (const key of ANSWER_TEXTS) look(entry[key], [...path, key]);
    if (Array.isArray(entry.evidence)) entry.evidence.forEach((item, i) => {
      const fields = record(item);
      if (fields) for (const key of EVIDENCE_TEXTS) look(fields[key], [...path, "evidence", String(i), key]);
    });
    const verified = record(entry.verified);
    if (verified) {
      if (textAnswer(code)) look(verified.value, [...path, "verified", "value"]);
      for (const key of VERIFIED_TEXTS) look(verified[key], [...path, "verified", key]);
    }
  }
  return issues;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
