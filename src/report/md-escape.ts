import { stripControls } from "./common.js";

/**
 * Text safe inside GitHub Markdown and its HTML, and on a terminal it is printed to: control characters
 * (ESC, BEL, C1) dropped, markup characters escaped, line breaks flattened.
 */
export function md(text: string): string {
  return stripControls(text)
    .replace(/[\r\n\t]+/g, " ")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]|~])/g, "\\$1")
    // A backslash escapes punctuation only: before the digits of "1. " it showed ("\1. Đã ban hành"); after them it escapes the dot.
    .replace(/^(\s*)(?:([-=+#>])|(\d+)([.)]))(?=\s|$)/, (_, space: string, mark?: string, digits?: string, end?: string) => (mark ? `${space}\\${mark}` : `${space}${digits}\\${end}`))
    // GitHub links bare addresses (https://…, www.…, name@host) and @mentions: an escaped character stops it.
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/@/g, "\\@");
}

/**
 * Inline code that cannot be broken out of: backticks become a look-alike. For list items and paragraphs only:
 * a pipe is left as it is (in a code span \| shows its backslash; only a table cell would need it escaped).
 */
export function code(text: string): string {
  return "`" + stripControls(text).replace(/[\r\n\t]+/g, " ").replace(/`/g, "ˋ") + "`";
}

/** A link for GitHub Markdown: only http(s) addresses, with what could end the link encoded; anything else is text. */
export function mdLink(title: string, url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return md(title);
  return `[${md(title)}](${url.replace(/[()<>\\`"']/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"))})`;
}
