import { existsSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../core/rubric.js";
import { dashFileWords, dashNameWords } from "../i18n/usage-words.js";

/**
 * A file whose name starts with a dash is read as options (`score -rf.yaml` is -r f.yaml, then "missing required
 * argument"): after any usage error, how to name each such word of the command line that is a file there or looks
 * like an agency file's name. A long option (--x) is never taken for a file.
 */
export function dashFileHint(error: string, argv: readonly string[], cwd: string, lang: Lang): string {
  return /^error: /m.test(error) ? dashWordsHint(argv, cwd, lang) : "";
}

/**
 * The same hint after the tool's own usage error: `score -rf.yaml a.yaml` parses, -r taking f.yaml, and says only
 * "No rubric file "f.yaml"".
 */
export function dashWordsHint(argv: readonly string[], cwd: string, lang: Lang): string {
  const end = argv.indexOf("--");
  const words = (end < 0 ? argv : argv.slice(0, end)).filter((w) => /^-[^-]/.test(w));
  return words.map((w) => {
    if (existsSync(path.resolve(cwd, w))) return `${dashFileWords(w, lang)}\n`;
    return /\.ya?ml$/i.test(w) ? `${dashNameWords(w, lang)}\n` : "";
  }).join("");
}
