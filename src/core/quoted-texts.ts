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
/** The cheap test first: most texts do not begin with such a quote. */
const CURLY_START = /^\s*[“”„‟‘’‚‛«»]/u;

/** Whether a text begins with such a quote: a text that begins with an ASCII character but a space is not looked at further. */
function startsCurly(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 0x80 || first === 0x20 || (first >= 0x09 && first <= 0x0d)) && CURLY_START.test(text);
}

/** Double quotes of that kind: inside the outer pair, they say the text quotes two names (“A” và “B”). */
const CURLY_DOUBLE = /[“”„‟«»]/u;

/**
 * The text inside such quotes, trimmed, when the whole text is in them; undefined otherwise, and for two quoted
 * names with words between (“Kế hoạch A” và “Kế hoạch B”), whose first and last quotes are no pair.
 */
export function curlyQuotedText(text: string): string | undefined {
  if (!startsCurly(text)) return undefined;
  const inner = CURLY_WRAPPED.exec(text)?.[1]?.trim();
  return inner && !CURLY_DOUBLE.test(inner) ? inner : undefined;
}

const ANSWER_TEXTS = ["note", "reason"] as const;
// A date or a link in such quotes is no date or address: the schema and the link check say so already.
const EVIDENCE_TEXTS = ["number", "title", "issuer"] as const;
const VERIFIED_TEXTS = ["by", "note", "reason"] as const;

/** `textAnswer(code)`: whether the indicator's own value is text (a `text` input), whose quotes are a slip too. */
export function textsInQuotes(agency: AgencyFile, textAnswer: (code: string) => boolean): Issue[] {
  const issues: Issue[] = [];
  // Every scored file's every text is looked at: the path is made only for a text found in quotes (`where`: the
  // path's parts before the field, `field` its last).
  const look = (text: unknown, field: string, ...where: string[]) => {
    if (typeof text !== "string") return;
    const inner = curlyQuotedText(text);
    // Written back in straight double quotes, so that a # or a colon stays part of the text.
    if (inner) issues.push({ code: "text-in-quotes", path: [...where, field], severity: "warning", params: { field, written: JSON.stringify(inner) } });
  };
  const respondent = record(agency.respondent);
  if (respondent) for (const key of ["name", "position"]) look(respondent[key], key, "respondent");
  const answers = record(agency.answers);
  if (!answers) return issues;
  for (const code of Object.keys(answers)) {
    const entry = record(answers[code]);
    if (!entry) continue;
    if (textAnswer(code)) look(entry.value, "value", "answers", code);
    for (const key of ANSWER_TEXTS) look(entry[key], key, "answers", code);
    const evidence = entry.evidence;
    if (Array.isArray(evidence)) {
      for (let i = 0; i < evidence.length; i++) {
        const fields = record(evidence[i]);
        if (fields) for (const key of EVIDENCE_TEXTS) look(fields[key], key, "answers", code, "evidence", String(i));
      }
    }
    const verified = record(entry.verified);
    if (verified) {
      if (textAnswer(code)) look(verified.value, "value", "answers", code, "verified");
      for (const key of VERIFIED_TEXTS) look(verified[key], key, "answers", code, "verified");
    }
  }
  return issues;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
