import { indicatorByCode } from "./codes.js";
import { halfWidth } from "./number-words.js";
import type { Input, Rubric, Text } from "./rubric.js";

/**
 * The id a label stands for, where a file must hold an id: `type: Sở, ban, ngành cấp tỉnh` for
 * `department`, `value: Người đứng đầu` for `thu-truong`. A label in either language, in any case, or its
 * first words (whole, or four letters at least) when they start one label only.
 */
export function idForLabel(rubric: Rubric, path: readonly string[], text: string): string | undefined {
  return labelledId(labelledAt(rubric, path), text);
}

/** Where a label's first word ends: `Sở` is the first word of `Sở, ban, ngành`, `Số` is not of `Sổ tay`'s (and where a name goes on after a type's label: `UBND phường/Đông Hà`). */
export const WORD_END = /^[\s,;:(/–-]/;

/**
 * The one option whose label, in either language and any case, is the text, or starts with it: four letters at
 * least, or whole words (`Sở`, the officer's word for a department).
 */
export function labelledId(options: readonly { id: string; label: Text }[], text: string): string | undefined {
  const matches = labelledIds(options, text);
  return matches.length === 1 ? matches[0]! : undefined;
}

/** Every option whose label the text is, or starts (see labelledId): more than one, the text names none alone. */
export function labelledIds(options: readonly { id: string; label: Text }[], text: string): string[] {
  const typed = text.normalize("NFC").trim().toLowerCase();
  if (typed === "") return [];
  return options.filter((o) => [o.label.vi, o.label.en].some((l) => {
    const label = l.normalize("NFC").toLowerCase();
    return label === typed || (label.startsWith(typed) && (typed.length >= 4 || (typed.length >= 2 && WORD_END.test(label.slice(typed.length)))));
  })).map((o) => o.id);
}

/** `Mức 3`, `Cấp độ 3`, `level 3`: a level as a form names it, the word before the figure. */
export const LEVEL_WORDS = /^(?:mức|muc|cấp|cap|level)(?: (?:độ|do))?\s*(\d+)$/i;

/** The level a text written for one names: `Mức 3`, or its label (`Hình thành`); none outside the level's range. */
export function levelForText(input: Extract<Input, { type: "level" }>, text: string): number | undefined {
  const min = input.min ?? 0;
  // Composed first: "mức" typed decomposed (a Mac, some input methods) was no level word.
  const figure = LEVEL_WORDS.exec(halfWidth(text).normalize("NFC").trim())?.[1] ?? labelledId(levelLabels(min, input.labels ?? []), text);
  const level = figure === undefined ? undefined : Number(figure);
  return level !== undefined && Number.isInteger(level) && level >= min && level <= input.max ? level : undefined;
}

/** The ids with labels that the value at this place of an agency file is one of. */
export function labelledAt(rubric: Rubric, path: readonly string[]): readonly { id: string; label: Text }[] {
  if (path[0] === "agency") return path[1] === "type" ? rubric.agency_types : path[1] === "cohort" ? rubric.cohorts ?? [] : [];
  const input = answerInputAt(rubric, path);
  if (input?.type === "level") return levelLabels(input.min ?? 0, input.labels ?? []);
  return input?.type === "choice" || input?.type === "checklist" ? input.options : [];
}

/** A level's labels (from its min up) as ids: `Hình thành` stands for 3. */
function levelLabels(min: number, labels: readonly Text[]): { id: string; label: Text }[] {
  return labels.map((label, i) => ({ id: String(min + i), label }));
}

/** The unit a number answered at this place of an agency file is counted in (`cuộc họp`), where the rubric names one. */
export function unitAt(rubric: Rubric, path: readonly string[]): Text | undefined {
  const input = answerInputAt(rubric, path);
  // A fraction's unit is its two counts'; its value is {a, b}, never one number.
  return input?.type === "number" || input?.type === "count" ? input.unit : undefined;
}

/** Whether the number answered at this place of an agency file is a percentage (0.85 there may be a share of 1, 85 %). */
export function answersPercent(rubric: Rubric, path: readonly string[]): boolean {
  return answerInputAt(rubric, path)?.type === "percent";
}

/** The bounds of the level the answer at this path is; undefined where it is no level. */
export function levelRangeAt(rubric: Rubric, path: readonly string[]): { min: number; max: number } | undefined {
  const input = answerInputAt(rubric, path);
  return input?.type === "level" ? { min: input.min ?? 0, max: input.max } : undefined;
}

/** The input an answer's value at this path answers: answers/CODE/value[/FIELD], or under verified; a checklist item's index after it. */
function answerInputAt(rubric: Rubric, path: readonly string[]): Input | undefined {
  if (path[0] !== "answers" || path[1] === undefined) return undefined;
  const indicator = indicatorByCode(rubric).get(path[1]);
  let rest = path.slice(2);
  if (rest[0] === "verified") rest = rest.slice(1);
  if (!indicator || rest[0] !== "value") return undefined;
  if (indicator.input.type !== "parts") return indicator.input;
  return indicator.input.fields.find((f) => f.id === rest[1])?.input;
}

/**
 * Text as an id is spelt: no diacritics (đ as d), lower case, words joined by dashes. `Thủ trưởng` is
 * `thu-truong`: an officer who typed the words of an id with their accents gets it suggested.
 */
export function idSpelling(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").trim().toLowerCase().replace(/[\s_]+/g, "-");
}

/**
 * An id an agency's name or a mistyped id could be (`Sở KH&CN Quảng Bình` → `so-kh-cn-quang-binh`): `idSpelling`,
 * then every run of other characters a dash. Undefined when nothing of the text is left, or it is the text itself.
 */
export function idFromText(text: string): string | undefined {
  const id = idSpelling(text).replace(/[^a-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  return id === "" || id === text ? undefined : id;
}
