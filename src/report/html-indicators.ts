import type { EvidenceItem } from "../core/agency.js";
import type { AgencyScore, IndicatorResult } from "../core/result.js";
import type { Lang } from "../core/rubric.js";
import { SHOWN_AS_NOTHING, SHOWS_AS_NOTHING } from "../core/unicode.js";
import { message } from "../i18n/messages.js";
import { indicatorsHeadText, answerLabels, deducted, signedPoints, informational, type VerifiedIndicator, verifiedIndicators, verifiedByText } from "./common.js";
import { dateText, formatPoints } from "./format-number.js";
import type { RankedAgency, SectionHead } from "./report.js";
import { h } from "./svg.js";
import { truncate } from "../core/truncate.js";
import { answerText, statusText, type AnswerLabels } from "./value-text.js";
import { dataText } from "./html-text.js";
import { scroller } from "./html-parts.js";

export function indicatorTable(section: SectionHead, a: RankedAgency, s: AgencyScore, d: number, lang: Lang): string {
  const pts = (n: number) => h(formatPoints(n, d, lang));
  const pointsOf = (i: IndicatorResult) => (i.status === "info_only" ? "" : i.parent === "penalty" ? h(deducted(i.points, d, lang)) : pts(i.points));
  const verified = verifiedIndicators(a);
  const row = (i: IndicatorResult) => {
    const lost = i.status === "unanswered" || (i.status === "scored" && i.points < i.max) || (i.status === "not_applicable" && !i.excluded && i.points < i.max);
    const cls = [i.excluded ? "muted" : "", lost && i.parent !== "penalty" ? "lost" : "", i.parent === "penalty" && i.points > 0 ? "lost" : ""].filter(Boolean).join(" ");
    const evidence = evidenceHtml(a.evidence?.[i.code], lang) + (i.evidence_missing > 0 ? `<div class="warn">${h(message(lang, "rpt-evidence-missing", { count: i.evidence_missing }))}</div>` : "");
    const v = verified.get(i.code);
    if (v) return verifiedRows(v, cls, evidence, pointsOf, d, lang, answerLabels(section, i.code));
    return `<tr${cls ? ` class="${cls}"` : ""}><td>${h(i.code)}</td><th scope="row">${h(i.title[lang])}</th><td>${answerHtml(i, lang, answerLabels(section, i.code))}</td>` +
      `<td class="num">${pointsOf(i)}</td><td class="num">${i.status === "info_only" ? "" : pts(i.max)}</td><td>${h(statusText(i, lang))}</td>` +
      `<td>${evidence}</td><td>${i.note ? dataText(i.note, lang) : ""}</td></tr>`;
  };
  // Fixed column widths: a long word or link is broken inside its cell, not squeezing the answer and evidence to a
  // few letters; the agency is named again at the top of each printed page of its table.
  const widths = [7, 19, 15, 8, 7, 10, 21, 13];
  const name = `${s.agency.name} (${s.agency.id}) — ${indicatorsHeadText(s, lang)}`;
  const nameHtml = `${dataText(s.agency.name, lang)} (${h(s.agency.id)}) — ${h(indicatorsHeadText(s, lang))}`;
  // Named for a screen reader by the agency (the row that says it prints only); the key of its marks follows.
  return scroller(`<table class="indicators"><caption class="meta"><span class="sr-only">${nameHtml}. </span>${h(message(lang, "rpt-lost-mark"))}</caption><colgroup>${widths.map((w) => `<col style="width:${w}%">`).join("")}</colgroup><thead>` +
    `<tr class="repeat"><th scope="colgroup" colspan="8">${nameHtml}</th></tr><tr><th scope="col">${h(message(lang, "col-code"))}</th><th scope="col">${h(message(lang, "rpt-col-indicator"))}</th><th scope="col">${h(message(lang, "rpt-col-answer"))}</th>` +
    `<th scope="col" class="num">${h(message(lang, "col-points"))}</th><th scope="col" class="num">${h(message(lang, "col-max"))}</th><th scope="col">${h(message(lang, "rpt-col-status"))}</th>` +
    `<th scope="col">${h(message(lang, "rpt-col-evidence-list"))}</th><th scope="col">${h(message(lang, "rpt-col-note"))}</th></tr></thead><tbody>${s.indicators.map(row).join("")}</tbody></table>`, name);
}

/**
 * An indicator the collector verified, as two rows sharing code, title, evidence and note: the self-assessed
 * answer, points, max and status, then the verified ones with the difference (a verified N/A has no max of
 * its own: each row says its own).
 */
function verifiedRows(v: VerifiedIndicator, cls: string, evidence: string, pointsOf: (i: IndicatorResult) => string, d: number, lang: Lang, labels: AnswerLabels | undefined): string {
  const { self, verified: i } = v;
  const basis = (key: string) => `<span class="basis">${h(message(lang, key))}</span> `;
  const shared = (html: string, cell = "td") => `<${cell} rowspan="2"${cell === "th" ? ` scope="row"` : ""}>${html}</${cell}>`;
  const maxCell = (r: IndicatorResult) => `<td class="num">${r.status === "info_only" ? "" : h(formatPoints(r.max, d, lang))}</td>`;
  return `<tr class="${[cls, "verified-self"].filter(Boolean).join(" ")}">${shared(h(i.code))}${shared(h(i.title[lang]), "th")}` +
    `<td>${basis("rpt-self-label")}${answerHtml(self, lang, labels)}</td><td class="num">${pointsOf(self)}</td>` +
    `${maxCell(self)}<td>${h(statusText(self, lang))}</td>${shared(evidence)}${shared(i.note ? dataText(i.note, lang) : "")}</tr>` +
    `<tr class="verified"><td>${i.verified ? `${basis("rpt-verified-label")}✓ ` : basis("rpt-rescored-label")}${answerHtml(i, lang, labels)}${verifiedRemarkHtml(i, lang)}</td>` +
    `<td class="num">${pointsOf(i)}${informational(v) ? "" : `<div class="diff">${h(message(lang, "rpt-col-difference"))} ${h(signedPoints(v.diff, d, lang))}</div>`}</td>${maxCell(i)}<td>${h(statusText(i, lang))}${i.verified ? " ✓" : ""}</td></tr>`;
}

/** Under a verified answer, the collector's note (the file's text) and who verified it and when (the report's words). */
function verifiedRemarkHtml(i: IndicatorResult, lang: Lang): string {
  const parts = { words: h, fileText: (t: string) => dataText(t, lang) };
  const note = i.verified_note ? dataText(i.verified_note, lang) : "";
  const by = verifiedByText(i, lang, parts);
  return note || by ? `<div class="diff">${[note, by].filter(Boolean).join(h(" · "))}</div>` : "";
}

/** An answer's cell: its words cut at 400 letters; an N/A's reason, the agency's text, marked as such apart from the words before it. */
function answerHtml(i: IndicatorResult, lang: Lang, labels: AnswerLabels | undefined): string {
  const text = truncate(answerText(i, lang, labels), 400);
  const prefix = `${message(lang, "rpt-na")}: `;
  return i.status === "not_applicable" && i.reason && text.startsWith(prefix) ? h(prefix) + dataText(text.slice(prefix.length), lang) : dataText(text, lang);
}

/**
 * A link holding a character that shows as nothing (U+202E turns "…/\u202Efdp.exe" into "…/exe.pdf" on screen) is
 * not made a link, since the address opened is not the one read, and the character is shown as �: escaping drops it.
 */
const EVERY_HIDDEN_IN_LINK = new RegExp(SHOWN_AS_NOTHING, "gu");

function evidenceHtml(items: EvidenceItem[] | undefined, lang: Lang): string {
  if (!items || items.length === 0) return "";
  return `<ul class="evidence">${items.map((e) => {
    const text = [e.number, e.date === undefined ? undefined : dateText(e.date, lang), e.issuer, e.title].filter((x): x is string => typeof x === "string" && x !== "").map((x) => dataText(x, lang)).join(" · ");
    const link = typeof e.link === "string" && e.link !== ""
      ? (/^https?:\/\/[^\s"'<>]+$/i.test(e.link) && !SHOWS_AS_NOTHING.test(e.link) ? `<a href="${h(e.link)}" rel="noopener noreferrer">${h(truncate(e.link, 80))}</a>` : `<span class="code">${h(e.link.replace(EVERY_HIDDEN_IN_LINK, "\ufffd"))}</span>`)
      : "";
    return `<li>${[text, link].filter(Boolean).join(" · ")}</li>`;
  }).join("")}</ul>`;
}
