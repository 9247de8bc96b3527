/** The Vietnamese words the help puts beside the agency types, and the types they name. */
const TYPE_WORDS: Record<string, string> = { "xã": "commune", xa: "commune", "phường": "ward", phuong: "ward", "sở": "department", so: "department" };

/**
 * The type the Vietnamese word beside it in the help names ("ví dụ department (sở) hoặc commune (xã)"): `-t xã`
 * is a commune. Taken as typed, it was "not a type of dti-cap-so" (department, board, vertical), with no word
 * of the commune rubric. Any other text is kept as typed, for the checks that say which types there are.
 */
export function agencyTypeArg(typed: string): string {
  return TYPE_WORDS[typed.normalize("NFC").trim().toLowerCase()] ?? typed;
}
