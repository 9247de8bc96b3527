import type { Lang } from "../core/rubric.js";
import { escapeRegExp } from "../core/regexp-text.js";

/**
 * A word as typed at a shell: as it is when it holds only letters, digits and path signs; in double quotes
 * (which cmd, PowerShell and sh all take) when it has spaces or a backslash; in single quotes (sh and
 * PowerShell) when it has a character double quotes would still expand ($, `, ", !) or ends in a backslash.
 */
export function shellWord(word: string): string {
  if (/^[\p{L}\p{M}\p{N}_@%+=:,./-]+$/u.test(word)) return word;
  // A backslash (a Windows path) stays itself in double quotes, unless it would escape the closing quote.
  return /[$`"!]|\\$/.test(word) ? `'${word.replace(/'/g, `'\\''`)}'` : `"${word}"`;
}

/** A file as a command names it: a name that begins with - would be read as an option (`validate -loi.yaml`), so ./ before it; - alone is standard input. */
export function fileWord(file: string): string {
  return shellWord(file.startsWith("-") && file !== "-" ? `./${file}` : file);
}

/**
 * The assess command for `file` with a rubric, to copy (to move the file to that version, or go on with its own):
 * `rubricWord` as a command names the rubric (showName: a bundled id, or its file as shellWord writes it).
 */
export function assessCommand(file: string, rubricWord: string): string {
  return `egov-score assess ${fileWord(file)} --rubric ${rubricWord}`;
}

/** Our commands, as a text suggests them: `egov-score` followed by one of them. */
const SUGGESTED_COMMAND = /\begov-score (?=(?:assess|init|validate|score|explain|rubric|schema)\b)/g;

/**
 * `text` with the --lang the user gave in each command it suggests (`egov-score --lang en assess FILE`): copied
 * on a machine whose locale says the other language, the command would answer in that one. Without a --lang
 * given, `text` as it is: the locale that chose the language chooses it again. `keep`: the user's texts it quotes
 * (a file path, an agency name), left as they are though they hold "egov-score score" (a folder of that name).
 */
export function withLangOption(text: string, lang: Lang | undefined, keep: readonly string[] = []): string {
  if (lang === undefined) return text;
  const withLang = (part: string) => part.replace(SUGGESTED_COMMAND, `egov-score --lang ${lang} `);
  // Only a kept text the rewrite would touch matters; the longest first, as one may hold another.
  const touched = [...new Set(keep)].filter((k) => k.search(SUGGESTED_COMMAND) >= 0).sort((a, b) => b.length - a.length);
  if (touched.length === 0) return withLang(text);
  const kept = new RegExp(touched.map((k) => escapeRegExp(k)).join("|"), "g");
  let out = "";
  let from = 0;
  for (const m of text.matchAll(kept)) {
    out += withLang(text.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + withLang(text.slice(from));
}

/** A message's values that are the user's texts, for withLangOption to keep: all but the commands we built (`command`, `hint_command`). */
export function quotedUserTexts(params: Record<string, unknown>): string[] {
  return Object.entries(params).filter(([k, v]) => typeof v === "string" && !k.endsWith("command")).map(([, v]) => v as string);
}
