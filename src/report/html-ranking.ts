import type { GroupResult } from "../core/result.js";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { adjustmentCell, adjustmentColumns, aggregatePoints, rankingAggregates, groupRank, cohortLabel, finalScore, signedPoints, typeLabel, verifiedDifference, provisionalMark, otherPeriodTag } from "./common.js";
import type { RankedSection } from "./ranked.js";
import { formatPercent, formatPoints } from "./format-number.js";
import type { RankedAgency, SectionHead } from "./report.js";
import { h } from "./svg.js";
import { dataText } from "./html-text.js";
import { agencyId, namesakeHtml, scrollerStart, SCROLLER_END, bandBadge } from "./html-parts.js";
import type { SectionFacts, CohortFacts } from "./html-gather.js";

/** What a ranking row shows of the section beside the agency's own: the top-level groups and the aggregates (the first agency's). */
interface RankingColumns { top: GroupResult[]; aggregates: string[]; adjustments: ("bonus" | "penalty")[] }

export function rankingColumns(section: RankedSection): RankingColumns {
  const top = section.first?.score.groups ?? [];
  return { top, aggregates: rankingAggregates(section.head, top, section.first?.score.aggregates ?? []).map((x) => x.id), adjustments: adjustmentColumns(section.first?.score) };
}

/** A cohort's ranking table up to its rows. */
function rankingHead(facts: SectionFacts, cohort: CohortFacts, lang: Lang): string {
  const section = facts.section.head;
  const { top, adjustments } = rankingColumns(facts.section);
  const headCells = [
    `<th scope="col" class="num">${h(message(lang, "col-rank"))}</th>`, `<th scope="col">${h(message(lang, "col-agency"))}</th>`,
    `<th scope="col" class="num">${h(message(lang, "col-total"))}</th>`, `<th scope="col" class="num">%</th>`, `<th scope="col">${h(message(lang, "col-band"))}</th>`,
    ...(cohort.verified ? [`<th scope="col" class="num">${h(message(lang, "rpt-col-self-total"))}</th>`, `<th scope="col" class="num">${h(message(lang, "rpt-col-difference"))}</th>`] : []),
    // Headed by its code, said in full to a screen reader (read before each of the column's cells); the key under the title says it to the eye.
    ...top.map((g) => `<th scope="col" class="num" title="${h(g.title[lang])}">${h(g.code)}<span class="sr-only"> ${h(g.title[lang])}</span></th>`),
    ...facts.aggregates.map((x) => `<th scope="col" class="num">${h(x.title[lang])}</th>`),
    // Bonus and penalty share one column, one above the other: two columns made the ranking wider than an A4 page.
    ...(adjustments.length > 0 ? [`<th scope="col" class="num">${adjustments.map((kind) => h(message(lang, kind))).join(" / ")}</th>`] : []),
  ];
  const caption = message(lang, "rpt-cohort-heading", { cohort: cohortLabel(section, cohort.cohort, lang), count: cohort.size });
  // A short table is kept on one page (it broke after its first row under the charts).
  return scrollerStart(caption) + `<table class="ranking${cohort.size <= 20 ? " short" : ""}"><caption>${h(caption)}</caption><thead><tr>${headCells.join("")}</tr></thead><tbody>`;
}

/** A section's ranking tables, a cohort after another, their rows as gather() put them aside. */
export function* rankingTables(facts: SectionFacts, lang: Lang): Generator<string> {
  let cohort: CohortFacts | undefined;
  let at = -1;
  for (const [key, start, verifiedCells, end] of facts.rows.records()) {
    if (!cohort || key !== cohort.cohort) {
      if (cohort) yield RANKING_END + "\n";
      cohort = facts.cohorts[++at]!;
      yield rankingHead(facts, cohort, lang);
    }
    yield start! + (cohort.verified ? verifiedCells! : "") + end!;
  }
  if (cohort) yield RANKING_END;
}

const RANKING_END = `</tbody></table>` + SCROLLER_END;

/** The file's other period beside its name (last year's file ranked with this year's), marked as a warning is. */
function otherPeriodHtml(a: RankedAgency, lang: Lang): string {
  const tag = otherPeriodTag(a, lang);
  return tag ? ` <span class="tag warn">${h(tag)}</span>` : "";
}

/**
 * An agency's row of its cohort's ranking, in three pieces: before the self-assessed total and difference, those
 * two cells, and after them. They show where some agency of the cohort is verified, which is known only once the
 * cohort is read: the row is made as the agency is read, and put together when the table is written.
 */
export function rankingRow(section: SectionHead, columns: RankingColumns, a: RankedAgency, at: number, lang: Lang, si: number, namesakes: ReadonlySet<string>): [string, string, string] {
  const d = section.decimals;
  const pts = (n: number) => h(formatPoints(n, d, lang));
  const s = finalScore(a);
  const groups = new Map(s.groups.map((g) => [g.code, g]));
  return [
    // The agency type is a line under the name, not a column of its own: with the verified totals and the aggregates
    // a column of it made the ranking wider than a 1280 px screen. Left out in print (class "type"): the names say
    // it (Sở…, Ban…), and an A4 page has no room.
    `<tr><td class="num">${a.rank}</td><th scope="row"><a href="#${agencyId(si, at)}">${dataText(s.agency.name, lang)}</a>${namesakeHtml(s.agency.id, namesakes)}${otherPeriodHtml(a, lang)}${a.verified ? " ✓" : ""}${a.example ? ` <span class="tag">${h(message(lang, "example-mark"))}</span>` : ""}` +
      `<div class="type">${h(typeLabel(section, s.agency.type, lang))}</div></th><td class="num strong">${pts(s.total)}${provisionalMark(s)}</td><td class="num">${h(formatPercent(s.total, s.max, lang))}</td>` +
      `<td>${bandBadge(s, lang)}</td>`,
    // The self-assessed total of every agency (it is the total where nothing was verified); the difference only where something was.
    `<td class="num">${pts(a.score.total)}${provisionalMark(a.score)}</td><td class="num">${a.verified ? h(signedPoints(verifiedDifference(a, d)!, d, lang)) : ""}</td>`,
    // A group's rank in the cohort (--group-ranks) under its points: a column each would not fit a printed page.
    columns.top.map((t) => { const g = groups.get(t.code); const rank = groupRank(a.group_ranks, t.code); return `<td class="num">${g && !g.excluded ? pts(g.points) : "–"}${rank === undefined ? "" : `<div class="group-rank">${h(message(lang, "rpt-group-rank-short", { rank }))}</div>`}</td>`; }).join("") +
      columns.aggregates.map((id) => { const points = aggregatePoints(s, id); return `<td class="num">${points === undefined ? "–" : pts(points)}</td>`; }).join("") +
      (columns.adjustments.length > 0 ? `<td class="num">${columns.adjustments.map((kind) => h(adjustmentCell(s, kind, d, lang))).join("<br>")}</td>` : "") +
      `</tr>`,
  ];
}
