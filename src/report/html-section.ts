import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { bandLines, columnLegend, marksKey, periodsNote } from "./common.js";
import { incompleteNote } from "./incomplete.js";
import { formatPoints } from "./format-number.js";
import { h } from "./svg.js";
import { dataText } from "./html-text.js";
import { agencyId } from "./html-parts.js";
import { placed, type SectionFacts } from "./html-gather.js";
import { summaryFigures } from "./html-charts.js";
import { rankingTables } from "./html-ranking.js";
import { agencyHtml } from "./html-agency.js";

/** A rubric's section, each piece ending its line: its head, charts and rankings, then its agencies one at a time. */
export function* sectionHtml(facts: SectionFacts, si: number, lang: Lang, single: boolean, details: boolean): Generator<string> {
  const { section: { head, agencies, summaries, order }, types } = facts;
  const ranked = !single && facts.size > 1;
  // A section with its charts and rankings prints them on landscape pages; one with a single agency has none.
  yield `<section class="rubric${ranked ? " ranked" : ""}" id="r${si}">\n`;
  yield `<h2>${h(head.title[lang])}</h2>\n`;
  yield `<p class="meta">${h(message(lang, "rubric"))} <span class="code">${h(head.id)} ${h(head.version)}</span> · sha256 <span class="code" title="${h(head.sha256)}">${h(head.sha256.slice(0, 16))}…</span> · ${h(message(lang, "rpt-scale"))} ${h(formatPoints(head.scale, 0, lang))} · ${h(message(lang, "fidelity"))}: ${h(message(lang, `rpt-fidelity-${head.fidelity}`))}</p>\n`;
  // The thresholds, once for the rubric: an agency's band is read against them (a ward's on points, a commune's on percent).
  for (const line of bandLines(head, lang, types)) yield `<p class="meta">${h(line)}</p>\n`;
  if (ranked) { yield* batchSummary(facts, lang); yield "\n"; }
  // Agencies follow the ranking order; their ids keep the input index so the contents can link to them.
  for (const [a, at] of placed(details ? agencies : summaries, order)) yield agencyHtml(facts, a, agencyId(si, at), lang, details) + "\n";
  yield `</section>\n`;
}

/** A batch section's charts, the key of its ranking columns and marks, then its ranking tables. */
function* batchSummary(facts: SectionFacts, lang: Lang): Generator<string> {
  const { section: { head, first } } = facts;
  const figures = summaryFigures(facts, lang);
  // The group columns are headed by their codes: their titles are said above the tables (a tooltip does not print;
  // under them, the key printed pages after the columns it explains).
  const incomplete = incompleteNote(facts.incomplete, lang, h, (name) => dataText(name, lang));
  const legend = [columnLegend({ ...head, agencies: first ? [first] : [] }, lang, facts.aggregates), ...marksKey(facts.marks, lang), ...periodsNote(head, facts.periods, lang)].map((line) => `<p class="meta key">${h(line)}</p>`).join("") +
    (incomplete ? `<p class="meta key warn">${incomplete}</p>` : "");
  yield `<div class="summary"><div class="charts">${figures.join("")}</div><h3>${h(message(lang, "ranking", { rubric: `${head.id} ${head.version}` }))}</h3>${legend}`;
  yield* rankingTables(facts, lang);
  yield `</div>`;
}
