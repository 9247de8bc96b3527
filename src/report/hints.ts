import type { Lang } from "../core/rubric.js";
import { message, suggestionText } from "../i18n/messages.js";
import { dateText } from "./format-number.js";
import { numberText } from "../core/number-text.js";
import { namedCodePoint } from "../i18n/character-names.js";
import { codePointName, SHOWS_AS_NOTHING } from "../core/unicode.js";

/** What a hint needs of a finding: a located one (standard error) or one in a report (a path joined by "/"). */
export interface Hinted {
  code: string;
  path?: string | null;
  params: Record<string, string | number>;
  severity?: string;
}

/**
 * A finding's hints, in the order validate prints them (each after "hint:"): one list for standard error and the
 * reports' one-line findings, so that a collector reading the report gets the fix the officer was told.
 */
export function hintTexts(d: Hinted, lang: Lang): string[] {
  const p = d.params;
  const hints: string[] = [];
  // A number in a date field that is a date as Excel keeps it: said as such, with the date it stands for.
  const suggested = suggestionText(lang, p);
  if (suggested !== undefined) hints.push(suggested);
  // A dash typed for a minus: named, since it looks like the keyboard's -.
  if (p.hint_dash !== undefined) hints.push(message(lang, p.hint_dash_max !== undefined ? "dash-over-max" : p.hint_dash_floor !== undefined ? "dash-below-floor" : "dash-as-minus", { ...p, dash_name: namedCodePoint(codePointName(String(p.hint_dash)), lang) }));
  // A dash for "none": each meaning it may have that the answer takes (0 within its range, N/A where allowed).
  if (p.hint_dash_alone !== undefined) {
    const ways = [...(p.dash_zero !== undefined ? ["dash-alone-zero"] : []), "dash-alone-later", ...(p.dash_na !== undefined ? ["dash-alone-na"] : [])];
    hints.push(message(lang, "dash-alone", { ...p, ways: ways.map((k) => message(lang, k)).join("; ") }));
  }
  // A percentage read as 0–1: both readings, not one the value check then warns about. The figures to write as
  // YAML takes them (0.85); what they mean as the language writes a percentage (0,85 %).
  if (p.hint_share !== undefined) hints.push(message(lang, "percent-share-readings", { ...p, share_text: numberText(Number(p.hint_share), lang), share_percent_text: numberText(Number(p.share_percent), lang) }));
  // 0,85% is 0.85 %: the figure to write, and the warning it will then get, so that the two do not contradict each other.
  if (p.hint_small_percent !== undefined) hints.push(message(lang, "percent-sign-small", { ...p, figure_text: numberText(Number(p.hint_small_percent), lang), share_percent_text: numberText(Number(p.share_percent), lang) }));
  if (p.hint_words_before !== undefined) hints.push(message(lang, "figure-words-before", p));
  if (p.hint_quoted_over !== undefined) hints.push(message(lang, "quoted-number-over", p));
  if (p.hint_quoted_under !== undefined) hints.push(message(lang, "quoted-number-under", p));
  if (p.hint_figure_over !== undefined) hints.push(message(lang, "figure-words-over", p));
  if (p.hint_figure_under !== undefined) hints.push(message(lang, "figure-words-under", p));
  if (p.hint_date_part !== undefined) hints.push(message(lang, "date-without-time", p));
  if (p.hint_adjustment_items !== undefined) hints.push(message(lang, `adjustment-cap-items-${p.hint_adjustment_items}`, p));
  if (p.hint_recoded_to !== undefined) hints.push(message(lang, "recoded-since", p));
  if (p.hint_removed_code !== undefined) hints.push(message(lang, "removed-since", p));
  if (p.hint_retitled_code !== undefined) hints.push(message(lang, "retitled-since", p));
  if (p.hint_previous_version !== undefined) hints.push(message(lang, "recoded-previous", p));
  if (p.hint_na_version !== undefined) hints.push(message(lang, p.hint_na_code !== undefined ? "na-allowed-before-recoded" : "na-allowed-before", p));
  if (p.hint_corpus_version !== undefined) hints.push(message(lang, "impact-other-version", p));
  if (p.hint_write_lang !== undefined) hints.push(message(lang, p.hint_write_lang === "en" ? "write-english" : "write-vietnamese"));
  if (p.hint_stray_field !== undefined) hints.push(message(lang, "stray-field", p));
  if (p.hint_free_code !== undefined) hints.push(message(lang, "free-code", p));
  if (p.hint_order_level !== undefined) hints.push(message(lang, "bands-order-level-fix", p));
  if (p.hint_order_step !== undefined) hints.push(message(lang, "bands-order-step-fix", p));
  if (p.hint_addends !== undefined) hints.push(message(lang, d.code === "scale-mismatch" ? "scale-addends" : "max-addends", p));
  if (p.hint_group_code !== undefined) hints.push(message(lang, "group-free-code", p));
  if (p.hint_new_item !== undefined) hints.push(message(lang, "key-starts-item", p));
  else if (p.hint_under !== undefined) hints.push(message(lang, "key-under-empty", p));
  else if (p.first_line !== undefined) hints.push(message(lang, "key-first-at", p));
  // A zero-width character is deleted, not typed again as a space.
  if (p.hint_space !== undefined) hints.push(message(lang, showsAsNothing(String(p.hint_space)) ? "unusual-space-zero-width" : "unusual-space", { char: p.hint_space, col: p.hint_space_col ?? "?" }));
  // An indicator code pasted with a character that shows as nothing: said by the finding, not by the line (escaped, "1.1\u200b", the line has none).
  if (p.hint_invisible !== undefined) hints.push(message(lang, p.hint_invisible_count !== undefined ? "code-invisible-characters" : "code-invisible-character", { char: p.hint_invisible, position: p.hint_invisible_position ?? "?", count: p.hint_invisible_count ?? 1, list: p.hint_invisible_list ?? "" }));
  if (p.hint_invisible_held !== undefined) hints.push(message(lang, "code-invisible-held", { held: p.hint_invisible_held }));
  if (p.hint_curly !== undefined) hints.push(message(lang, "curly-quotes", p));
  if (p.hint_curly_text !== undefined) hints.push(message(lang, "curly-quotes-comma", p));
  if (p.hint_indent !== undefined) hints.push(message(lang, "over-indented-key", p));
  if (p.hint_list_mark !== undefined) hints.push(message(lang, "word-list-mark", p));
  if (p.hint_signature !== undefined) hints.push(message(lang, "email-signature", p));
  if (p.hint_outdent !== undefined) hints.push(message(lang, "out-dented-key", p));
  if (p.hint_misaligned !== undefined) hints.push(message(lang, "misaligned-key", p));
  if (p.hint_child !== undefined) hints.push(message(lang, "out-dented-child", p));
  if (p.hint_sibling_found !== undefined) hints.push(message(lang, "uneven-sibling", p));
  if (p.hint_uneven_line !== undefined) hints.push(message(lang, "uneven-lines", p));
  if (p.hint_item_column !== undefined) hints.push(message(lang, "misplaced-item", p));
  if (p.hint_list_key !== undefined) hints.push(message(lang, "list-after-value", p));
  // A dash alone after a key: with items below it, the dash to delete; without, what "nothing" and a list are written as.
  if (p.hint_lone_dash !== undefined) hints.push(message(lang, p.hint_lone_dash_items !== undefined ? "lone-dash-items" : p.hint_lone_dash === "evidence" ? "lone-dash-evidence" : "lone-dash", p));
  if (p.hint_flow_comment !== undefined) hints.push(message(lang, "flow-comment", p));
  if (p.hint_flow_colon !== undefined) hints.push(message(lang, "flow-colon", p));
  if (p.hint_missing_colon !== undefined) hints.push(message(lang, "missing-colon", p));
  if (p.hint_wide_colon !== undefined) hints.push(message(lang, "wide-colon", p));
  if (p.hint_text_twin !== undefined) hints.push(message(lang, "text-twin", p));
  if (p.hint_windows_drive !== undefined) hints.push(message(lang, "windows-drive", p));
  if (p.hint_wide_comma !== undefined) hints.push(message(lang, "wide-comma", p));
  if (p.hint_tab_spaces !== undefined) hints.push(message(lang, "tab-spaces", p));
  if (p.hint_quote_line !== undefined) hints.push(message(lang, "quote-continued", { ...p, join: p.hint_quote_above ?? p.hint_quote_line }));
  if (p.hint_unclosed_key !== undefined) hints.push(message(lang, "unclosed-before-key", p));
  if (p.hint_inner_quote !== undefined) hints.push(message(lang, p.hint_inner_quote === "'" ? "inner-single-quote" : "inner-double-quote"));
  if (p.hint_source !== undefined) hints.push(message(lang, /^(true|false)$/i.test(String(p.hint_source)) ? "quote-bool" : "quote-code", { source: p.hint_source }));
  // A file named where the other kind goes (a rubric for an agency file, or the reverse): what it is.
  if (p.hint_not_rubric !== undefined) hints.push(message(lang, `not-rubric-hint-${p.hint_not_rubric}${p.fixtures_rubric !== undefined ? "-of" : ""}`, p));
  if (p.hint_not_agency !== undefined) hints.push(message(lang, `not-agency-${p.hint_not_agency}`));
  // A file of another version of the rubric: how it is moved to this one, and who decides.
  if (p.hint_version !== undefined) hints.push(message(lang, p.hint_command !== undefined ? "version-move-command" : "version-move", p));
  if (p.hint_later_version !== undefined) hints.push(message(lang, "version-later", p));
  if (p.hint_other_year !== undefined) hints.push(message(lang, "version-other-year", p));
  if (p.hint_rubric_file !== undefined) hints.push(message(lang, "rubric-file-near", p));
  if (p.hint_named_rubric !== undefined) hints.push(message(lang, "rubric-named-in-file", p));
  if (p.hint_rubric_line !== undefined) hints.push(message(lang, rubricLineHint(d), p));
  // Two findings carry hint_type_rubric: each hint is keyed on the param only its own finding has.
  if (p.option_rubric !== undefined) hints.push(message(lang, "rubric-of-type", p));
  if (p.hint_unit !== undefined) hints.push(message(lang, "unit-magnitude", { value: [p.found ?? "", lang === "vi" ? p.base_vi : p.base_en].filter((w) => w !== undefined && w !== "").join(" "), converted: p.hint_unit, unit: lang === "vi" ? p.unit_vi ?? "" : p.unit_en ?? "" }));
  if (p.hint_evidence_item !== undefined) hints.push(message(lang, p.hint_evidence_form !== undefined ? `evidence-${p.hint_evidence_form}` : p.hint_evidence_fields !== undefined ? "evidence-bare-link-fields" : "evidence-bare-link", p));
  if (p.hint_note !== undefined) hints.push(message(lang, p.hint_note_add !== undefined ? "remark-to-note-add" : "remark-to-note", p));
  if (p.hint_not_whole !== undefined) hints.push(message(lang, p.whole_around !== undefined ? "not-whole-around" : "not-whole", { ...p, figure: numberText(Number(p.hint_not_whole), lang), around: String(p.whole_around ?? "").split(" | ").join(lang === "vi" ? " hoặc " : " or ") }));
  if (p.hint_comma !== undefined) hints.push(message(lang, p.hint_comma_percent !== undefined ? "comma-in-braces-percent" : "comma-in-braces", commaInBraces(p)));
  const example = d.code === "missing-field" && p.hint_cited_fields === undefined ? missingExample(String(p.fields ?? ""), String(p.text_fields ?? "")) : "";
  if (example) hints.push(message(lang, "missing-field-example", { example }));
  if (p.hint_cited_fields !== undefined) hints.push(message(lang, "missing-field-cited", p));
  if (p.hint_cited_date !== undefined) hints.push(message(lang, "cited-date-differs", { cited: dateText(String(p.hint_cited_date), lang), own: dateText(String(p.hint_own_date), lang) }));
  if (p.hint_fraction_points !== undefined) hints.push(message(lang, "fraction-as-points", p));
  if (p.hint_translation !== undefined) hints.push(message(lang, p.hint_translation === "declared" ? "translation-left-out-declared" : "translation-left-out"));
  if (p.hint_value_line !== undefined) hints.push(message(lang, "value-line-missing-hint", p));
  if (p.hint_na !== undefined) hints.push(message(lang, p.hint_na === "forbidden" ? "na-as-value-forbidden" : "na-as-value"));
  if (p.hint_type_written !== undefined) hints.push(message(lang, "agency-type-other-rubric", p));
  if (d.code === "too-many-tokens") hints.push(message(lang, "too-many-tokens-hint"));
  if (p.hint_office !== undefined) hints.push(message(lang, "office-document"));
  if (p.hint_table !== undefined) hints.push(message(lang, p.hint_table === "html" ? "web-page-document" : "csv-document", { separator: p.hint_separator === "\t" ? "Tab" : `"${String(p.hint_separator)}"` }));
  if (p.hint_colon !== undefined) hints.push(message(lang, "space-after-colon", p));
  if (p.hint_no_fit !== undefined) hints.push(message(lang, "unknown-no-fit", p));
  if (p.hint_answer_field !== undefined) hints.push(message(lang, p.hint_answer_field_held !== undefined ? "answer-field-outdented-held" : "answer-field-outdented", p));
  if (p.hint_item_answer_field !== undefined) hints.push(message(lang, "answer-field-in-evidence", p));
  if (p.hint_when_missing !== undefined) hints.push(message(lang, "when-missing-needs-required"));
  // The resubmission hint belongs to a duplicate's finding (other findings may carry a `submitted` date too).
  if (p.first_submitted !== undefined) hints.push(message(lang, "duplicate-resubmitted", resubmission(p, lang)));
  if (p.first_submitted_later !== undefined) hints.push(message(lang, "duplicate-older", resubmission(p, lang)));
  if (p.hint_identical !== undefined) hints.push(message(lang, p.identical_given === "this" ? "duplicate-identical-stdin" : p.identical_given === "first" ? "duplicate-identical-stdin-first" : p.identical_copy === "first" ? "duplicate-identical-copy-ranked" : "duplicate-identical", p));
  if (p.first_period !== undefined) hints.push(message(lang, "duplicate-other-period", p));
  if (p.hint_differs !== undefined) hints.push(message(lang, "duplicate-differs", p));
  if (p.hint_same_data !== undefined) hints.push(message(lang, p.identical_given === "this" ? "duplicate-same-data-stdin" : p.identical_given === "first" ? "duplicate-same-data-stdin-first" : "duplicate-same-data", p));
  // Both files of a likely same agency are ranked: the other is named by its id, not as "the ranked file".
  if (p.hint_twin_name !== undefined) hints.push(message(lang, `${d.code === "same-agency-other-id" ? "same-agency" : "duplicate"}-twin-name-${p.hint_twin_name === "this" ? "this" : "first"}`, p));
  // Which of the two is likely the older, where both say when they were sent.
  if (d.code === "same-agency-other-id") hints.push(p.sent !== undefined && p.first_sent !== undefined ? message(lang, p.sent > p.first_sent ? "same-agency-hint-newer" : "same-agency-hint-older", { ...p, sent: dateText(String(p.sent), lang), first_sent: dateText(String(p.first_sent), lang) }) : message(lang, "same-agency-hint"));
  // A slip in the block the collector added keeps a good file out of the ranking: said, so that the collector fixes
  // their own block rather than asking the agency, and does not look for the agency's self-score in its place.
  if (d.severity === "error" && /^answers\/[^/]+\/verified(?:\/|$)/.test(d.path ?? "")) hints.push(message(lang, "verified-block-error"));
  return hints;
}

/** The figure a decimal comma in braces split (`{a: 64,5}`: 64.5, not 64,5); a fixed one where its whole part is not known. */
function commaInBraces(p: Record<string, string | number>): Record<string, string | number> {
  const percent = p.hint_comma_percent !== undefined;
  const whole = p.hint_comma_whole ?? (percent ? "85" : "0");
  const digits = p.hint_comma_whole !== undefined ? p.hint_comma : "5";
  return { digits: p.hint_comma!, meant: `${whole}.${digits}`, written: `${whole},${digits}${percent ? "%" : ""}` };
}

/** A duplicate's dates as the language writes them. */
export function resubmission(p: Record<string, string | number>, lang: Lang): Record<string, string | number> {
  const dated = (key: string) => (p[key] !== undefined ? { [key]: dateText(String(p[key]), lang) } : {});
  return { ...p, ...dated("submitted"), ...dated("first_submitted"), ...dated("first_submitted_later") };
}

/** What an answer's or an evidence item's field looks like written, for the fields an officer most often leaves out. */
const FIELD_EXAMPLES: Record<string, string> = {
  date: 'date: "2025-03-15"',
  number: 'number: "12/QĐ-UBND"',
  title: 'title: "Kế hoạch chuyển đổi số năm 2025"',
  link: 'link: "https://…"',
  reason: 'reason: "…"',
};

/**
 * `"number", "date"` → `number: "12/QĐ-UBND", date: "2025-03-15"`; "" when no field has an example. The fields
 * in `textFields` are texts in both languages (a rubric's title): `title: {vi: "…", en: "…"}`.
 */
function missingExample(fields: string, textFields: string): string {
  const pairs = new Set(textFields.split(", "));
  return [...fields.matchAll(/"([^"]+)"/g)].flatMap((m) => (pairs.has(m[1]!) ? [`${m[1]}: {vi: "…", en: "…"}`] : Object.hasOwn(FIELD_EXAMPLES, m[1]!) ? [FIELD_EXAMPLES[m[1]!]!] : [])).join(", ");
}

/**
 * A file that names no rubric, or not all of it: the line to add, to write in place of an empty `rubric:`, or to
 * write in full; and, where no --rubric named one (not a rubric-from-option warning) and the command has it, that
 * --rubric may.
 */
function rubricLineHint(d: Hinted): string {
  if (d.code === "missing-field" && d.path === "rubric" || d.path?.startsWith("rubric/") === true) return "rubric-line-complete";
  const where = d.path === "rubric" ? "rubric-line-fill" : "rubric-line";
  // Not where the rubric came from --rubric, nor in a command that has none (rubric test, rubric impact).
  return d.code === "rubric-from-option" || d.params.rubric_option === "none" ? where : `${where}-or-option`;
}

/** Whether the character named (U+00AD) shows as nothing: to be deleted, not typed again as a space. */
function showsAsNothing(name: string): boolean {
  const code = /^U\+([0-9A-F]{4,6})$/.exec(name);
  return code !== null && SHOWS_AS_NOTHING.test(String.fromCodePoint(parseInt(code[1]!, 16)));
}
