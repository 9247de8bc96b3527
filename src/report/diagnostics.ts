import type { ChalkInstance } from "chalk";
import type { Lang } from "../core/rubric.js";
import { expectedText, message } from "../i18n/messages.js";
import type { LocatedDiagnostic } from "../load/located.js";
import { safeStrings } from "./terminal-safe.js";

/** "file:line:col severity message [code]", then a code frame, what was found and what was expected. */
export function formatDiagnostic(found: LocatedDiagnostic, lang: Lang, color: ChalkInstance): string {
  const d = safeStrings(found);
  const where = d.line !== undefined ? `${d.file}:${d.line}:${d.col ?? 1}` : d.file;
  const severity = d.severity === "error" ? color.red(message(lang, "error")) : color.yellow(message(lang, "warning"));
  const out = [`${color.bold(where)} ${severity} ${message(lang, d.code, d.params)} ${color.dim(`[${d.code}]`)}`];
  if (d.frame && d.line !== undefined) {
    const width = String(d.line).length;
    d.frame.lines.forEach((text, i) => {
      const n = d.frame!.start + i;
      const marker = n === d.line ? color.red(">") : " ";
      out.push(`  ${marker} ${color.dim(String(n).padStart(width) + " |")} ${text}`);
    });
    const caretPad = " ".repeat(Math.max(0, (d.col ?? 1) - 1));
    out.push(`    ${" ".repeat(width)}${color.dim(" |")} ${caretPad}${color.red("^".repeat(Math.min(d.length ?? 1, 60)))}`);
  }
  const p = d.params;
  if (p.found !== undefined) out.push(`    ${message(lang, "found")}: ${p.found}`);
  if (p.expected_key !== undefined) out.push(`    ${message(lang, "expected")}: ${expectedText(lang, String(p.expected_key), p)}`);
  if (p.suggestion !== undefined) out.push(`    ${message(lang, "hint")}: ${message(lang, "did-you-mean", p)}`);
  if (p.hint_source !== undefined) out.push(`    ${message(lang, "hint")}: ${message(lang, "quote-code", { source: p.hint_source })}`);
  return out.join("\n");
}
