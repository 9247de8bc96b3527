import type { AgencyScore, GroupResult } from "../core/result.js";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { indicatorsHeadText, anyGroupRescaled, groupRank, aggregatesText, answerLabels, cautionNotes, rankedCompletenessText, cohortLabel, deducted, finalScore, flattenGroups, signedPoints, typeLabel, verifiedChanges, verifiedChangeLines, provisionalMark, sentOn } from "./common.js";
import { formatPercent, formatMax, formatPoints } from "./format-number.js";
import type { RankedAgency } from "./report.js";
import { barChart, h, NO_BAND_COLOR, shareColor } from "./svg.js";
import { dataText, namingText } from "./html-text.js";
import { figure, scroller, bandBadge } from "./html-parts.js";
import { bandColor, type SectionFacts } from "./html-gather.js";
import { indicatorTable } from "./html-indicators.js";

export function agencyHtml(facts: SectionFacts, a: RankedAgency, id: string, lang: Lang, details: boolean): string {
  const section = facts.section.head;
  const s = finalScore(a);
  const d = section.decimals;
  const pts = (n: number) => formatPoints(n, d, lang);
  const maxText = (n: number) => formatMax(n, d, lang);
  const out: string[] = [`<article class="agency" id="${id}">`];
  out.push(`<h3>${dataText(s.agency.name, lang)} <span class="code">(${h(s.agency.id)})</span>${a.example ? ` <span class="tag">${h(message(lang, "example-mark"))}</span>` : ""}</h3>`);
  out.push(`<p class="meta">${h(typeLabel(section, s.agency.type, lang))} · ${h(message(lang, "period"))} ${h(s.period)} · ${h(message(lang, "rank-line", { rank: a.rank, size: a.cohort_size, cohort: cohortLabel(section, s.agency.cohort, lang) }))}${h(sentOn(a, lang))} · <span class="code">${h(a.file)}</span></p>`);
  out.push(`<p class="headline"><span class="total">${h(pts(s.total))}${provisionalMark(s)}</span> / ${h(maxText(s.max))} · ${h(formatPercent(s.total, s.max, lang))} · ${h(message(lang, "band"))}: ${bandBadge(s, lang)}${a.verified ? ` <span class="tag">${h(message(lang, "rpt-verified-basis"))}</span>` : ""}</p>`);

  const rows = flattenGroups(s.groups).map((g) => ({
    label: `${g.code} ${g.title[lang]}${g.rescaled ? "*" : ""}`, depth: g.depth, strong: g.depth === 0, muted: g.excluded,
    share: g.excluded || g.max <= 0 ? 0 : g.points / g.max, color: g.excluded ? NO_BAND_COLOR : shareColor(g.max > 0 ? g.points / g.max : 0),
    valueText: g.excluded ? `– / ${maxText(g.max)}` : `${pts(g.points)} / ${maxText(g.max)}`,
  }));
  // The total in its band's colour, as the section's charts draw it (a share's colour put a "Good" agency in the colour of "Excellent").
  rows.push({ label: message(lang, "total"), depth: 0, strong: true, muted: false, share: s.max > 0 ? s.total / s.max : 0, color: bandColor(facts, s), valueText: `${pts(s.total)} / ${maxText(s.max)}` });
  const chartName = message(lang, "rpt-chart-agency", { agency: s.agency.name });
  out.push(figure(barChart(rows, { className: "group-bars", label: chartName, scaleMarks: true }), chartName, undefined, "", namingText(lang, "rpt-chart-agency", s.agency.name)));

  out.push(groupTable(s, d, lang, a.group_ranks && { ranks: a.group_ranks, sizes: facts.rankSizes.get(s.agency.cohort) ?? {} }));
  // Each note as html.
  const notes: string[] = [];
  if (anyGroupRescaled(s)) notes.push(h(message(lang, "rescaled-note")));
  if (a.verified) {
    const total = message(lang, "verified-total", { total: pts(a.verified.total), self: pts(a.score.total), diff: signedPoints(a.verified.total - a.score.total, d, lang) });
    const { rest } = verifiedChanges(a, d);
    // The indicator table shows each verified change; where it is left out (a large batch) the note lists them,
    // or it said only the remainder ("Remaining difference: +9,64"), nothing adding up to the total's difference.
    notes.push(details
      // The remainder a sentence of its own, as it begins with a capital ("…, −16,56); Chênh lệch còn lại" read as a slip).
      ? h(total + (rest !== 0 ? `. ${message(lang, "rpt-difference-elsewhere")}: ${signedPoints(rest, d, lang)}` : ""))
      : `${h(total)}<ul>${verifiedChangeLines(a, d, lang, { words: h, fileText: (t) => dataText(t, lang) }, (code) => answerLabels(section, code)).map((l) => `<li>${l}</li>`).join("")}</ul>`);
  }
  if (s.aggregates.length > 0) notes.push(h(aggregatesText(s, d, lang)));
  notes.push(h(rankedCompletenessText(a, lang)));
  notes.push(...cautionNotes(s, lang).map((n) => h(n)));
  out.push(`<ul class="notes">${notes.map((n) => `<li>${n}</li>`).join("")}</ul>`);

  // Open, so that they print (a closed one prints as its summary alone, and a report has no script to open it): the annex of points per indicator.
  if (details) out.push(`<details class="indicators" open><summary>${h(indicatorsHeadText(s, lang))}</summary>${indicatorTable(section, a, s, d, lang)}</details>`);
  out.push(`</article>`);
  return out.join("\n");
}

/**
 * Ranks of the top-level groups within the cohort (--group-ranks), shown in a last column. `sizes`: per
 * top-level group, how many agencies of the cohort are ranked on it (a group that does not apply to some ranks fewer).
 */
interface GroupRanks { ranks: Record<string, number>; sizes: Record<string, number> }

function groupTable(s: AgencyScore, d: number, lang: Lang, groupRanks?: GroupRanks): string {
  const pts = (n: number) => h(formatPoints(n, d, lang));
  const maxText = (n: number) => h(formatMax(n, d, lang));
  const rankCell = (g?: GroupResult) => {
    if (!groupRanks) return "";
    const rank = g && g.depth === 0 ? groupRank(groupRanks.ranks, g.code) : undefined;
    return `<td class="num">${rank === undefined ? "" : h(`${rank} / ${groupRanks.sizes[g!.code]}`)}</td>`;
  };
  const rows = flattenGroups(s.groups).map((g) => g.excluded
    ? `<tr class="muted depth-${g.depth}"><td>${h(g.code)}</td><th scope="row">${h(g.title[lang])}</th><td class="num">–</td><td class="num">${maxText(g.max)}</td><td class="num"></td>${rankCell(g)}</tr>`
    : `<tr class="depth-${g.depth}"><td>${h(g.code)}</td><th scope="row">${h(g.title[lang])}${g.rescaled ? "*" : ""}</th><td class="num">${pts(g.points)}</td><td class="num">${maxText(g.max)}</td><td class="num">${h(formatPercent(g.points, g.max, lang))}</td>${rankCell(g)}</tr>`);
  if (s.bonus.cap > 0) rows.push(`<tr><td></td><th scope="row">${h(message(lang, "bonus"))}</th><td class="num">${h(signedPoints(s.bonus.points, d, lang))}</td><td class="num">${maxText(s.bonus.cap)}</td><td></td>${rankCell()}</tr>`);
  if (s.penalty.cap > 0) rows.push(`<tr><td></td><th scope="row">${h(message(lang, "penalty"))}</th><td class="num">${h(deducted(s.penalty.points, d, lang))}</td><td class="num">${maxText(s.penalty.cap)}</td><td></td>${rankCell()}</tr>`);
  rows.push(`<tr class="total"><td></td><th scope="row">${h(message(lang, "total"))}</th><td class="num">${pts(s.total)}${provisionalMark(s)}</td><td class="num">${maxText(s.max)}</td><td class="num">${h(formatPercent(s.total, s.max, lang))}</td>${rankCell()}</tr>`);
  const rankHead = groupRanks ? `<th scope="col" class="num">${h(message(lang, "rpt-col-rank-in-cohort"))}</th>` : "";
  const caption = message(lang, "rpt-groups-caption", { agency: s.agency.name });
  return scroller(`<table class="groups"><caption class="sr-only">${namingText(lang, "rpt-groups-caption", s.agency.name)}</caption><thead><tr><th scope="col">${h(message(lang, "col-code"))}</th><th scope="col">${h(message(lang, "col-group"))}</th><th scope="col" class="num">${h(message(lang, "col-points"))}</th><th scope="col" class="num">${h(message(lang, "col-max"))}</th><th scope="col" class="num">%</th>${rankHead}</tr></thead><tbody>${rows.join("")}</tbody></table>`, caption);
}
