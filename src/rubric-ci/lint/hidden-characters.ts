import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { codePointName, SHOWS_AS_NOTHING } from "../../core/unicode.js";
import { forEachText } from "../../core/texts.js";

/** A control character a terminal acts on (ESC starts a colour or moves the cursor): C0 but tab and line breaks, DEL, C1. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/**
 * A text holding what no reader sees as written: a control character ("\e[31m" in a title) or one that shows as nothing
 * (U+202E reversing a title, a zero-width space pasted from a web page). Every report shows, drops or escapes them,
 * so the text published is not the text written; said once a text and language (or plain value), at its first such character.
 */
export function checkHiddenCharacters(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  forEachText(rubric, [], (text, path) => {
    for (const lang of ["vi", "en"] as const) {
      const found = firstHidden(text[lang]);
      if (found) issues.push({ code: found.control ? "text-control-character" : "text-invisible-character", severity: "warning", path: [...path, lang], inText: { value: text[lang], at: found.index, length: found.length }, params: { lang, char: found.char, position: found.position } });
    }
  });
  // The one-language values shown beside those texts (`rubric show`, the reports' header, the agency file's template):
  // said with their key, having no language.
  for (const [path, value] of plainValues(rubric)) {
    const found = firstHidden(value);
    if (found) issues.push({ code: found.control ? "text-control-character" : "text-invisible-character", severity: "warning", path, inText: { value, at: found.index, length: found.length }, params: { field: path.filter((key) => !/^\d+$/u.test(key)).join("."), char: found.char, position: found.position } });
  }
  return issues;
}

function plainValues(rubric: Rubric): [string[], string][] {
  // A note in {vi, en} is a text, seen by forEachText above; a plain one is said here.
  const sources = rubric.provenance.sources.flatMap((source, i) =>
    (["title", "note"] as const).flatMap((key): [string[], string][] => { const value = source[key]; return typeof value === "string" ? [[["provenance", "sources", String(i), key], value]] : []; }));
  return [
    [["version"], rubric.version],
    [["period"], rubric.period],
    ...rubric.legal_basis.map((basis, i): [string[], string] => [["legal_basis", String(i), "number"], basis.number]),
    ...sources,
  ];
}

/** `position`: in characters from 1, as said; `index`, `length`: in UTF-16 units, to locate it. */
function firstHidden(text: string): { control: boolean; char: string; position: number; index: number; length: number } | undefined {
  let position = 0, index = 0;
  for (const char of text) {
    position++;
    const control = CONTROL.test(char);
    if (control || SHOWS_AS_NOTHING.test(char)) return { control, char: codePointName(char), position, index, length: char.length };
    index += char.length;
  }
  return undefined;
}
