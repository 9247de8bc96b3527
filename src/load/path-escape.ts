import type { Issue } from "../core/issue.js";
import type { SourceMap } from "./locate.js";
import { lineStartOf } from "./located.js";
import { DRIVE } from "../core/windows-drive.js";

// A drive's letter stands alone: "thành:\t" (a word, a colon, an escaped tab) holds no drive h:\.
const WINDOWS_PATH = new RegExp(String.raw`(?<![\p{L}\p{N}])${DRIVE}\\|\\\\`, "u");

/**
 * Whether a text may hold a Windows path (a drive's `D:\`, a network share's `\\`): one scan of a file before
 * its strings are looked at (see mayHoldEscapedPath). A backslash is looked for first: the pattern alone took
 * 6.6 µs for a 3.5 KB file, the search 0.6 (most files hold none).
 */
function mayHoldWindowsPath(text: string): boolean {
  return text.includes("\\") && WINDOWS_PATH.test(text);
}

/** What only an escape in double quotes makes: a control character (\t, \n, \b, \a, \v, \f, \e, \0) or a line separator. */
const ESCAPED = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;

/**
 * Whether a file the plain reader read may hold a path that double quotes read otherwise (the reader reads \t as a
 * tab, as `yaml` does): a Windows path in its text and, in its data, a character only an escape makes. The fast
 * path does not vouch for such a file, so that its paths are looked at. A path in single quotes, unquoted or
 * escaped (as the warning advises) leaves its file to the fast path: on the text alone, every such file went
 * the slow way (a batch of them took 15 % longer).
 */
export function mayHoldEscapedPath(text: string, data: unknown): boolean {
  return mayHoldWindowsPath(text) && holdsEscaped(data);
}

function holdsEscaped(value: unknown): boolean {
  if (typeof value === "string") return ESCAPED.test(value);
  return typeof value === "object" && value !== null && Object.values(value).some(holdsEscaped);
}

/**
 * A path as typed: a drive's `D:\` anywhere, or a share's `\\server` at the start. Not one whose backslash is
 * doubled (`D:\\tai`, `\\\\server`): it is escaped as YAML asks, so a \n beside it is a line break meant as one,
 * and single quotes would keep both backslashes and lose the break.
 */
const PATH_SOURCE = new RegExp(String.raw`(?<![\p{L}\p{N}])${DRIVE}\\(?!\\)|^\\\\(?!\\)`, "u");

/**
 * A Windows path in double quotes ("D:\tai lieu\nam 2025\bao cao.pdf", as a clerk copies it from Explorer):
 * YAML reads \t as a tab, \n as a line break, \b as a backspace, so the path kept, and published with the
 * evidence, is not the one typed; nothing else says so (a path whose escapes are all invalid, "D:\Minh chung",
 * is a syntax error already). A warning at each such text, with the same path in single quotes, where a
 * backslash is a backslash; the file is scored, as its numbers and codes are what was typed.
 */
export function pathEscapeIssues(text: string, data: unknown, map: SourceMap): Issue[] {
  if (!mayHoldWindowsPath(text)) return [];
  const issues: Issue[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === "string") {
      if (!ESCAPED.test(value)) return;
      const typed = doubleQuotedAt(text, map, path);
      if (typed !== undefined && PATH_SOURCE.test(typed)) issues.push({ code: "windows-path-escape", path, severity: "warning", params: { written: `"${typed}"`, quoted: `'${typed.replace(/'/g, "''")}'` } });
      return;
    }
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(data, []);
  return issues;
}

/** The inside of the double-quoted text at `path`, as written (escapes not read); undefined for text written otherwise. */
function doubleQuotedAt(text: string, map: SourceMap, path: string[]): string | undefined {
  const where = map.locate(path);
  const lineStart = where?.exact ? lineStartOf(text, where.line) : undefined;
  if (lineStart === undefined) return undefined;
  const start = lineStart + where!.col - 1;
  if (text[start] !== '"') return undefined;
  // Up to the closing quote: one after an even run of backslashes (\\" ends the text, \" does not).
  let end = start + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
  return text.slice(start + 1, end);
}
