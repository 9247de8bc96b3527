import { indicatorByCode } from "./codes.js";
import type { Rubric, Text } from "./rubric.js";

/**
 * The id a label stands for, where a file must hold an id: `type: Sở, ban, ngành cấp tỉnh` for
 * `department`, `value: Người đứng đầu` for `thu-truong`. A label in either language, in any case, or its
 * first words (four letters at least) when they start one label only.
 */
export function idForLabel(rubric: Rubric, path: readonly string[], text: string): string | undefined {
  const typed = text.normalize("NFC").trim().toLowerCase();
  if (typed === "") return undefined;
  const matches = labelledAt(rubric, path).filter((o) => [o.label.vi, o.label.en].some((l) => {
    const label = l.normalize("NFC").toLowerCase();
    return label === typed || (typed.length >= 4 && label.startsWith(typed));
  }));
  return matches.length === 1 ? matches[0]!.id : undefined;
}

/** The ids with labels that the value at this place of an agency file is one of. */
export function labelledAt(rubric: Rubric, path: readonly string[]): readonly { id: string; label: Text }[] {
  if (path[0] === "agency") return path[1] === "type" ? rubric.agency_types : path[1] === "cohort" ? rubric.cohorts ?? [] : [];
  if (path[0] !== "answers" || path[1] === undefined) return [];
  const indicator = indicatorByCode(rubric).get(path[1]);
  // answers/CODE/value/…, or answers/CODE/verified/value/…; then a checklist item's index or a parts field.
  let rest = path.slice(2);
  if (rest[0] === "verified") rest = rest.slice(1);
  if (!indicator || rest[0] !== "value") return [];
  let input = indicator.input;
  if (input.type === "parts") {
    const field = input.fields.find((f) => f.id === rest[1]);
    if (!field) return [];
    input = field.input;
  }
  return input.type === "choice" || input.type === "checklist" ? input.options : [];
}

/**
 * Text as an id is spelt: no diacritics (đ as d), lower case, words joined by dashes. `Thủ trưởng` is
 * `thu-truong`: an officer who typed the words of an id with their accents gets it suggested.
 */
export function idSpelling(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").trim().toLowerCase().replace(/[\s_]+/g, "-");
}
