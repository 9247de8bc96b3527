import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { forEachText } from "../../core/texts.js";

const PLACEHOLDER = /^(todo|tbd|fixme|xxx|\?+|\.{3}|…|-|–|—)$/i;
/** A placeholder word opening a note to the translator: `TODO: translate`, `[TODO] dịch sau`, `TBD.` (not "Todos"). */
const PLACEHOLDER_NOTE = /^[[(<]?\s*(todo|tbd|fixme|xxx)(?![\p{L}\p{N}])/iu;
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/**
 * Every text in every declared language is present and translated.
 * translation-missing: blank, or a placeholder (TODO, TBD, FIXME, XXX, ?, ..., …, -, –, —), the words also opening a
 * note (`TODO: translate`, `[TODO]`).
 * translation-identical (only when both vi and en are declared): the two texts are the same once spaces are
 * collapsed, and the text has a Vietnamese letter (so the English is Vietnamese) or at least three words
 * (a phrase, not a name, unit or code such as "ISO 9001" or "Zalo OA").
 */
export function checkTranslations(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const langs = rubric.languages;
  const both = langs.includes("vi") && langs.includes("en");
  forEachText(rubric, [], (text, path) => {
    for (const lang of langs) {
      const value = text[lang].trim();
      if (value === "" || PLACEHOLDER.test(value) || PLACEHOLDER_NOTE.test(value)) issues.push({ code: "translation-missing", severity: "error", path: [...path, lang], params: { lang, text: JSON.stringify(text[lang]) } });
    }
    if (!both) return;
    const vi = collapse(text.vi), en = collapse(text.en);
    if (vi !== "" && vi === en && (VIETNAMESE_LETTER.test(vi) || words(vi) >= 3)) {
      // The side that is not in its language: what to write there.
      const untranslated = VIETNAMESE_LETTER.test(vi) ? "en" : "vi";
      issues.push({ code: "translation-identical", severity: "warning", path: [...path, untranslated], params: { text: vi.length > 60 ? vi.slice(0, 57) + "…" : vi, hint_write_lang: untranslated } });
    }
  });
  return issues;
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

function words(text: string): number {
  return text.split(" ").filter((w) => /\p{L}{2,}/u.test(w)).length;
}
