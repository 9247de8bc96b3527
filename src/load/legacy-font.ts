import type { Issue } from "../core/issue.js";
import { truncateWords } from "../core/truncate.js";
import { firstStringWhere } from "./first-string.js";

/**
 * Vietnamese typed with a legacy font (TCVN3/ABC: .VnTime; VNI: VNI-Times) and pasted as Unicode: the text
 * keeps the font's bytes as Windows-1252 letters ("Sở Khoa học và Công" reads "Së Khoa häc vµ C«ng" in TCVN3,
 * "Sôû Khoa hoïc vaø Coâng" in VNI). The file is valid UTF-8, so only the characters tell. Each pattern is a
 * mark no Vietnamese (or English) text puts there: a symbol against a letter (µ ¸ ¶ ©, « » only between
 * letters, as quotes they stand apart), ® before a letter (after one it is a brand), a capital after a small
 * letter; for VNI, a letter followed by one Vietnamese lacks (ø ï û ä ö …), or ñ starting a word.
 */
const TCVN3 = "(?<=[A-Za-z])[\\u00a8-\\u00aa\\u00ac\\u00b5\\u00b6\\u00b8-\\u00ba\\u00bc-\\u00be\\u00d7]|(?<=[A-Za-z])[\\u00ab\\u00bb](?=[a-z])|\\u00ae(?=[a-z\\u00ad\\u00c0-\\u00ff])|[\\u00a8-\\u00aa\\u00ac\\u00b6\\u00b8-\\u00ba\\u00bc-\\u00be](?=[a-z\\u00ad])|(?<=[a-z])[\\u00c6-\\u00d8\\u00dc-\\u00df]";
const VNI = "(?<=[A-Za-z\\u00c0-\\u00ff])[\\u00c4-\\u00c6\\u00cb\\u00ce\\u00cf\\u00d1\\u00d6\\u00d8\\u00db\\u00dc\\u00e4-\\u00e6\\u00eb\\u00ee\\u00ef\\u00f1\\u00f6\\u00f8\\u00fb\\u00fc]|(?<![A-Za-z\\u00c0-\\u00ff])[\\u00d1\\u00f1](?=[A-Za-z])";
const TCVN3_MARKS = new RegExp(TCVN3, "g");
const VNI_MARKS = new RegExp(VNI, "g");
/** Either font's marks, each position once (the patterns consume one character each). */
const ANY_MARK = new RegExp(`${TCVN3}|${VNI}`, "g");

/**
 * A letter only Unicode Vietnamese has (ă đ ơ ư, and ạ … ỹ): a legacy font pasted as Unicode gives Latin-1 letters
 * alone. In a text holding one, a European letter is a foreign name ("Công ty Müller & Söhne", "bà María Muñoz"),
 * and only a symbol against a letter counts as a mark (× and º left out too: "màn hình 3m×2m", "20ºc" for °C).
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const SYMBOL = /[\u00a8-\u00ae\u00b5\u00b6\u00b8\u00b9\u00bb-\u00be]/;

/**
 * A Vietnamese syllable's shape in ASCII: an initial consonant, one to four vowels, a final consonant. A legacy
 * font puts its marks where the vowels (and đ) are, so a garbled word, each non-ASCII character read as a
 * vowel (a leading đ as d), keeps that shape ("häc" hac, "Coâng" Coang, "®­îc" daac); a foreign word with
 * the same letters does not ("Straße", "Großhandel", "Noël", "naïve").
 */
const SYLLABLE = /^(?:ngh|ng|gh|gi|ch|kh|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,4}(?:ch|ng|nh|[cmnpt])?$/i;
/** What a word is made of here: ASCII letters and any character above ASCII but the spaces, quotes and dashes between words. */
const WORD_CHAR = /[A-Za-z\u0080-\u009f\u00a1-\u1fff]/;

/** The most marks a text is scanned for: two decide, the rest of a long text (a 4 MiB note) is not read for them. */
const ENOUGH = 2;

/**
 * Whether a text may hold such marks: one scan of a file before its strings are looked at, as cheap as a
 * character class is (the patterns above, tried at every position, took 75 ms a thousand files). It leaves
 * out the Latin-1 capitals Vietnamese writes (È É Ê Ì Í Ò Ó Ô Õ, "CÔNG VĂN"): text garbled only into
 * those, with none of the commonest letters' marks (µ ¸ ¶ © ª « ® …: à á ả â ê ô đ), goes unsaid.
 */
export const LEGACY_FONT = /[\u00a8-\u00ac\u00ae\u00b5\u00b6\u00b8-\u00be\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e6\u00eb\u00ee\u00ef\u00f1\u00f6\u00f8\u00fb\u00fc]/;

/**
 * A warning at the first text with two such marks (one can be a foreign name: Müller, Nuñez): the file is
 * scored, its numbers and codes being ASCII, but names and notes would be published garbled. The font is
 * the one whose marks the text's first ones are more of; TCVN3's set shares letters with VNI's.
 */
export function legacyFontIssue(text: string, data: unknown): Issue | undefined {
  if (!LEGACY_FONT.test(text)) return undefined;
  const hit = firstStringWhere(data, garbledAt);
  if (!hit) return undefined;
  const { text: garbled, found: at } = hit;
  // The sample shows the garbling: a long note's first 30 characters may be typed in Unicode. It starts at a word,
  // and says with "…" where it is cut ("…Quaûng Bìn" read as the file's own text).
  const from = Math.max(0, at - 12);
  const wordStart = from === 0 ? 0 : garbled.slice(from, at).includes(" ") ? garbled.indexOf(" ", from) + 1 : from;
  const lead = wordStart > 0 ? "…" : "";
  const sample = lead + truncateWords(garbled.slice(wordStart, wordStart + 80), 30 - lead.length);
  const head = garbled.slice(0, at + 200);
  const tcvn3 = count(head, TCVN3_MARKS), vni = count(head, VNI_MARKS);
  return { code: "legacy-font-text", path: hit.path, severity: "warning", params: { sample, font: tcvn3 >= vni ? "TCVN3 (ABC)" : "VNI Windows" } };
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** Where the first of a text's marks is, when it has enough of them; undefined otherwise. */
function garbledAt(text: string): number | undefined {
  const symbolsOnly = UNICODE_VIETNAMESE.test(text);
  ANY_MARK.lastIndex = 0;
  let first: number | undefined;
  let n = 0;
  for (let m = ANY_MARK.exec(text); m; m = ANY_MARK.exec(text)) {
    if (symbolsOnly && !SYMBOL.test(m[0])) continue;
    if (!syllableAround(text, m.index)) continue;
    first ??= m.index;
    if (++n >= ENOUGH) return first;
  }
  return undefined;
}

/** Whether the word holding the character at `at` has a Vietnamese syllable's shape (see SYLLABLE). */
function syllableAround(text: string, at: number): boolean {
  let start = at, end = at + 1;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return SYLLABLE.test(text.slice(start, end).replace(LEADING_D, "d").replace(/[^\x00-\x7f]/g, "a"));
}

/**
 * đ starting a word (TCVN3 ® §, VNI ñ Ñ) is its initial consonant: read as a vowel, VNI's "ñieàu" (điều),
 * "ñuoâi" (đuôi), "ñöôøi" (đười) had five vowels, no syllable's shape, and "Ñieàu leä" went unsaid.
 */
const LEADING_D = /^[\u00a7\u00ae\u00d1\u00f1]/;
