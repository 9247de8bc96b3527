import { existsSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../core/rubric.js";
import { dashFileWords } from "../i18n/usage-words.js";

/** A file whose name starts with a dash is read as an option: when such a file is there, how to name it. */
export function dashFileHint(error: string, cwd: string, lang: Lang): string {
  const option = /^error: unknown option '(-.*)'/m.exec(error)?.[1];
  if (option === undefined || option.startsWith("--") || !existsSync(path.resolve(cwd, option))) return "";
  return `${dashFileWords(option, lang)}\n`;
}
