import type { AgencyScore } from "../core/result.js";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { namesakeTag } from "./common.js";
import { h } from "./svg.js";

/** Pieces of markup that the page's parts share: the agencies' anchors, figures, scrolling tables, band badges. */

/** An agency's anchor: its section and its place in the section as listed, the same in the contents, rankings and its article. */
export function agencyId(section: number, index: number): string {
  return `r${section}-a${index}`;
}

/** A chart with its caption, and a table of its figures for a screen reader (`data`, chartData). */
export function figure(svg: string, caption: string, className?: string, data = "", captionHtml = h(caption)): string {
  return `<figure${className ? ` class="${className}"` : ""}>${svg}${data}<figcaption>${captionHtml}</figcaption></figure>`;
}

/** The agency's id beside its name where another agency of the section has that name (namesakeIds). */
export function namesakeHtml(id: string, namesakes: ReadonlySet<string>): string {
  const tag = namesakeTag(id, namesakes);
  return tag ? ` <span class="code">${h(tag)}</span>` : "";
}

/**
 * A table that may be wider than a narrow window (a phone, a page zoomed to 400 %) scrolls in its own box, the
 * page not (WCAG 1.4.10); the box takes the keyboard's focus, so that its arrows scroll it (WCAG 2.1.1).
 */
export function scroller(table: string, label: string): string {
  return scrollerStart(label) + table + SCROLLER_END;
}

export function scrollerStart(label: string): string {
  return `<div class="scroll" tabindex="0" role="group" aria-label="${h(label)}">`;
}
export const SCROLLER_END = "</div>";

/** An agency's band, or "no band", as a badge. */
export function bandBadge(s: AgencyScore, lang: Lang): string {
  return s.band ? `<span class="band">${h(s.band.label[lang])}</span>` : `<span class="band none">${h(message(lang, "no-band"))}</span>`;
}
