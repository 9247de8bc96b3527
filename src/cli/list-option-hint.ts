import type { Lang } from "../core/rubric.js";
import { listOptionWords } from "../i18n/usage-words.js";

/** The options that take every path after them (commander's variadic options). */
const LIST_OPTIONS = ["--batch", "--corpus"];

/**
 * A required argument missing after a list option (`explain --batch examples/ FILE`, `rubric impact OLD --corpus
 * DIR NEW`): the option took it as one of its paths. Said after commander's "missing required argument", which
 * alone sent the user looking for an argument they had written.
 */
export function listOptionHint(error: string, argv: readonly string[], lang: Lang): string {
  if (!/^error: missing required argument/m.test(error)) return "";
  const end = argv.indexOf("--");
  // Only the option as a word of its own: written --corpus=DIR it takes that path alone, and the word after it is
  // read as an argument (commander), so one missing was not typed.
  const option = (end < 0 ? argv : argv.slice(0, end)).find((a) => LIST_OPTIONS.includes(a));
  return option === undefined ? "" : `${listOptionWords(option, lang)}\n`;
}
