import { fromUnits, meanUnits } from "../core/round.js";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { byName, cohortLabel, finalScore, flattenGroups, typeLabelList, namesakeTag } from "./common.js";
import { formatMax, formatPoints, formatShare } from "./format-number.js";
import { barChart, columnChart, h, shareColor } from "./svg.js";
import { figure } from "./html-parts.js";
import { ACCENT_COLOR } from "./html-styles.js";
import { bandColor, type SectionFacts } from "./html-gather.js";

/** Bars of the totals chart drawn together: about 120 mm, which fits a landscape page under its headings. */
const BARS_PER_BLOCK = 20;

/** A batch section's charts: its totals (a bar each, or a histogram), its bands per band set, its groups' averages per cohort. */
export function summaryFigures(facts: SectionFacts, lang: Lang): string[] {
  const { section: { head, first } } = facts;
  const d = head.decimals;
  const figures: string[] = [];

  // Totals: one bar per agency, or a histogram of percentages for large batches.
  if (facts.bars) {
    // One chart per cohort where there are several: wards' bars among communes' read as one ranking across
    // cohorts the rubric ranks apart (and bands by other thresholds).
    const split = facts.cohorts.length > 1;
    for (const { cohort, size: count } of split ? facts.cohorts : [{ cohort: undefined, size: facts.size }]) {
      const caption = cohort === undefined ? message(lang, "rpt-chart-totals") : message(lang, "rpt-chart-totals-cohort", { cohort: cohortLabel(head, cohort, lang), count });
      const bars = cohort === undefined ? facts.bars : facts.bars.filter((a) => a.score.agency.cohort === cohort);
      const rows = [...bars].sort((a, b) => finalScore(b).total - finalScore(a).total || byName(finalScore(a).agency, finalScore(b).agency)).map((a) => {
        const s = finalScore(a);
        // A namesake's bar says its id whole; any other's when its name is cut.
        const tag = namesakeTag(s.agency.id, facts.section.namesakes);
        return { label: tag ? `${s.agency.name} ${tag}` : s.agency.name, tag: s.agency.id, valueText: `${formatPoints(s.total, d, lang)} · ${s.band?.label[lang] ?? "–"}`, share: s.max > 0 ? s.total / s.max : 0, color: bandColor(facts, s) };
      });
      // In blocks of at most 20 bars, each with its scale: printed, one chart of 43 bars went past a landscape page
      // and was cut across two, its second part without a scale (on screen the blocks read as one chart).
      const blocks = Math.ceil(rows.length / BARS_PER_BLOCK);
      const size = Math.ceil(rows.length / blocks);
      // Each block's label says which agencies it holds: read aloud, the blocks were one label said again and again.
      const part = (i: number) => (blocks === 1 ? "" : message(lang, "rpt-chart-totals-block", { from: i * size + 1, to: Math.min(rows.length, (i + 1) * size), count: rows.length }));
      const charts = Array.from({ length: blocks }, (_, i) => barChart(rows.slice(i * size, (i + 1) * size), { className: "chart-totals", label: `${caption}${part(i)}: ${message(lang, "rpt-chart-totals-data")}`, scaleMarks: true }));
      figures.push(figure(charts.join(""), caption, "totals"));
    }
  } else {
    // One colour, the page's accent: a 10 % step holds agencies of several bands (a band may start at 65 %), so a band's colour
    // on it would say what is not so; the bands have their own chart below.
    const buckets = facts.buckets.map((count, i) => ({ label: `${i * 10}–${i * 10 + 10}`, count, color: ACCENT_COLOR }));
    const histogram = message(lang, "rpt-chart-histogram");
    figures.push(figure(columnChart(buckets.map((b) => ({ ...b, label: `${b.label} %` })), { className: "chart-totals", label: histogram }), histogram,
      undefined, chartData(histogram, [message(lang, "rpt-col-percent-range"), message(lang, "rpt-col-agencies")], buckets.map((b) => [`${b.label} %`, String(b.count)]), lang)));
  }

  for (const { types, size, bands } of facts.bandCharts) {
    const bandsCaption = types ? message(lang, "rpt-chart-bands-for", { types: typeLabelList(head, types, lang) }) : message(lang, "rpt-chart-bands");
    figures.push(figure(columnChart(bands.map((b) => ({ label: b.label, count: b.count, color: b.color, title: `${b.label} (${formatShare(b.count, size, lang)})` })), { className: "chart-bands", label: bandsCaption }), bandsCaption,
      undefined, chartData(bandsCaption, [message(lang, "col-band"), message(lang, "rpt-col-agencies"), "%"], bands.map((b) => [b.label, String(b.count), formatShare(b.count, size, lang)]), lang)));
  }

  // Per-group averages: the mean share of each group's max, over the agencies it applies to; one chart per
  // cohort where there are several (a province publishes departments apart from communes).
  const groups = flattenGroups(first!.score.groups);
  for (const { cohort, size, groups: sums } of facts.cohorts) {
    const caption = facts.cohorts.length > 1 ? message(lang, "rpt-chart-groups-cohort", { cohort: cohortLabel(head, cohort, lang), count: size }) : message(lang, "rpt-chart-groups");
    const rows = groups.map((g0, k) => {
      const { share: sum, units, count } = sums[k]!;
      const share = count > 0 ? sum / count : 0;
      return { label: `${g0.code} ${g0.title[lang]}`, depth: g0.depth, strong: g0.depth === 0, share, color: shareColor(share), muted: count === 0,
        valueText: count > 0 ? `${formatPoints(fromUnits(meanUnits(units, count), d), d, lang)} / ${formatMax(g0.max, d, lang)}` : "–" };
    });
    figures.push(figure(barChart(rows, { className: "chart-groups", label: caption, scaleMarks: true }), caption,
      undefined, chartData(caption, [message(lang, "col-group"), message(lang, "rpt-col-average")], rows.map((r) => [r.label, r.valueText]), lang)));
  }
  return figures;
}

/**
 * A chart's figures as a table for a screen reader, which reads an svg image by its name alone (WCAG 1.1.1):
 * the bands' counts and the groups' averages are in no other table. Not shown, nor printed: the chart shows them.
 */
function chartData(chart: string, head: string[], rows: string[][], lang: Lang): string {
  return `<div class="sr-only"><table><caption>${h(message(lang, "rpt-chart-data", { chart }))}</caption><thead><tr>${head.map((x) => `<th scope="col">${h(x)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.map(([first, ...rest]) => `<tr><th scope="row">${h(first ?? "")}</th>${rest.map((x) => `<td>${h(x)}</td>`).join("")}</tr>`).join("")}</tbody></table></div>`;
}
