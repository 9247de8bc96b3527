import type { Issue } from "../../core/issue.js";
import { curlyQuotedText } from "../../core/quoted-texts.js";
import type { Rubric } from "../../core/rubric.js";
import { forEachText } from "../../core/texts.js";

/**
 * text-in-quotes: a rubric text wholly in a word processor's quotes (`title: {vi: “Số tin bài”, …}`), its straight
 * quotes turned curly in Word: YAML keeps them as part of the text, and every report prints them. Said as agency
 * files' texts are (the same code and message), once per text and language, with the text to write.
 */
export function checkQuotedTexts(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  forEachText(rubric, [], (text, path) => {
    for (const lang of ["vi", "en"] as const) {
      const inner = curlyQuotedText(text[lang]);
      // Written back in straight double quotes, so that a # or a colon stays part of the text.
      if (inner) issues.push({ code: "text-in-quotes", severity: "warning", path: [...path, lang], params: { field: lang, written: JSON.stringify(inner) } });
    }
  });
  return issues;
}
