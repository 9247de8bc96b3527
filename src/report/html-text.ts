import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { h } from "./svg.js";

/**
 * Text from an agency's file (a name, evidence, a note, an answer) in an English report, marked as Vietnamese
 * where its letters say so (WCAG 3.1.2): a screen reader then reads it with a Vietnamese voice, not as English
 * ("Sở Tài chính" spelt out letter by letter). The marks that only Vietnamese writes: đ, the hook above, the
 * horn (ơ, ư) and the dot below.
 */
export function dataText(text: string, lang: Lang): string {
  return lang === "en" && VIETNAMESE.test(text) ? `<span lang="vi">${h(text)}</span>` : h(text);
}
/**
 * Those marks, and every letter that holds one composed (ả, ộ, ư): tested on the text as written, not on its NFD, as
 * String.normalize on a file's run of thousands of marks (a key quoted in a finding) turns quadratic (core/unicode.ts).
 */
const VIETNAMESE = new RegExp(`[đĐ\u0309\u031B\u0323${lettersDecomposingTo(/[\u0309\u031B\u0323]/)}]`);
function lettersDecomposingTo(marks: RegExp): string {
  let letters = "";
  for (let code = 0xc0; code <= 0x1eff; code++) if (marks.test(String.fromCodePoint(code).normalize("NFD"))) letters += String.fromCodePoint(code);
  return letters;
}

/**
 * The report's words holding texts in quotes (a finding's `write note: "…"`, the character "…" out of place, an
 * example such as 'Sở "A" tỉnh'): escaped, each quoted text marked as dataText marks a file's text. A single quote
 * between letters is an apostrophe ("the field's name"), and a \" is written about, not opened: neither is a quote.
 */
export function quotedTexts(text: string, lang: Lang): string {
  let out = "";
  let from = 0;
  for (const m of text.matchAll(QUOTED)) {
    out += h(text.slice(from, m.index)) + dataText(m[0], lang);
    from = m.index + m[0].length;
  }
  return out + h(text.slice(from));
}
const QUOTED = /(?<!\\)"(?:[^"\\]|\\.)*"|“[^”]*”|(?<![\p{L}\p{N}])'[^'\n]*'(?![\p{L}\p{N}])/gu;

/**
 * The report's words naming an agency ({agency} in the message), escaped, the name put in as dataText: a caption
 * read aloud in an English report says the name with a Vietnamese voice, as the agency's heading does.
 */
export function namingText(lang: Lang, key: string, name: string): string {
  return message(lang, key, { agency: NAME_SLOT }).split(NAME_SLOT).map((part) => h(part)).join(dataText(name, lang));
}
/** Where the name goes: a private-use character, in no message of the report's own. */
const NAME_SLOT = "\uE000";
