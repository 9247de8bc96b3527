import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { notScoredAgency, errorLine, warningMark, type FileFindings } from "./common.js";
import { h } from "./svg.js";
import { dataText, quotedTexts } from "./html-text.js";
import { scrollerStart, SCROLLER_END } from "./html-parts.js";

/** Files and what was found in them, a row a finding: the files not scored, or the warnings of scored ones (a file's rows as it is read). */
export function* findings(id: "not-scored" | "file-warnings", heading: string, files: Iterable<FileFindings>, what: string, lang: Lang): Generator<string> {
  yield `<section class="${id}" id="${id}"><h2>${h(heading)}</h2>` + scrollerStart(heading) +
    `<table><caption class="sr-only">${h(heading)}</caption><thead><tr><th scope="col">${h(message(lang, "col-file"))}</th><th scope="col">${h(message(lang, "col-agency"))}</th><th scope="col">${h(message(lang, "rpt-col-where"))}</th><th scope="col">${h(message(lang, what))}</th></tr></thead><tbody>`;
  for (const f of files) yield f.errors.length === 0
    ? `<tr><td class="code">${h(f.file)}</td><td>${dataText(notScoredAgency(f), lang)}</td><td></td><td></td></tr>`
    : f.errors.map((e, i) => `<tr>${i === 0 ? `<td class="code" rowspan="${f.errors.length}">${h(f.file)}</td><td rowspan="${f.errors.length}">${dataText(notScoredAgency(f), lang)}</td>` : ""}<td class="num">${e.line === null ? "" : `${e.line}:${e.col ?? 1}`}</td><td>${severityMark(id, e.severity, lang)}${errorLine(e, lang, { words: (t) => quotedTexts(t, lang), fileText: (t) => dataText(t, lang) })} <span class="code">[${h(e.code)}]</span></td></tr>`).join("");
  yield `</tbody></table>${SCROLLER_END}</section>\n`;
}

/** A warning among a refused file's findings is marked (the warnings' own table needs no mark). */
function severityMark(id: "not-scored" | "file-warnings", severity: string, lang: Lang): string {
  return id === "not-scored" ? h(warningMark(severity, lang)) : "";
}
