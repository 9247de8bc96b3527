import type { ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Lang } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { COMPACT } from "../../report/table-style.js";
import { impactDecimals, onlyInvalidData, type ImpactReport } from "./run-impact.js";
import { bandText, cohortLabel, breachText, impactTitle, listedBreaches, budgetLine, changeCode, changeDetails, changeLabel, anyVerified, driversText, fieldText, invalidFiles, noteLines, otherVersionLines, rankText, skippedText, scoreCell, moved, namesakeSuffix, impactNamesakes, summaryLines, versionNotBumped, zeroLines } from "./words.js";
import { signedPoints } from "../../report/common.js";
import { safeStrings } from "../../report/terminal-safe.js";
import { truncate } from "../../core/truncate.js";
import { fitToWidth, widest } from "../../report/fit-width.js";
import { wrapForTerminal, wrapWidth, wrapWords } from "../../report/wrap.js";

/** The impact in the terminal: rubric changes, the agencies that moved, the summary and the budgets. */
/** `width`: the terminal's; the changes' details are cut to fit it (written to a file or a pipe, nothing is cut). */
export function formatImpactTable(data: ImpactReport, lang: Lang, color: ChalkInstance, limit: number, width?: number): string {
  // Names, titles and versions come from the corpus and the rubrics: no control character reaches the terminal.
  const report = safeStrings(data, true);
  const d = impactDecimals(report);
  const m = (key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
  // The lines around the tables wrapped at spaces on a terminal, as score's are (the summary runs to 150 letters); a path stays whole.
  const para = (text: string, whole: string[] = []) => wrapForTerminal(text, width, undefined, whole);
  const out: string[] = [para(color.bold(impactTitle(report, lang)))];
  const unbumped = versionNotBumped(report, lang);
  if (unbumped) out.push(para(color.yellow(unbumped)));

  const { rubric, items } = report.diff;
  if (rubric.length === 0 && items.length === 0) out.push(para(m("impact-no-changes")));
  if (rubric.length > 0) out.push(para(rubric.map((f) => `  ${fieldText(f, lang)}`).join("\n")));
  if (items.length > 0) {
    const render = (cut: number) => {
      const table = new Table({ head: [m("impact-col-change"), m("col-code"), m("impact-col-title"), m("impact-col-details")], ...COMPACT });
      for (const c of items) table.push([changeLabel(c, lang), changeCode(c), truncate(c.node.title[lang], Math.min(40, cut)), truncate(changeDetails(c, lang), cut)]);
      return table.toString();
    };
    let changes = width === undefined ? render(Infinity) : fitToWidth(render, width, Math.max(...items.map((c) => [...changeDetails(c, lang)].length)), 16);
    // Narrower than the table at its shortest titles: a change to a line, title whole, its details under it.
    if (width !== undefined && widest(changes) > width) {
      changes = para([
        color.dim(`${m("impact-col-change")} ${m("col-code")} ${m("impact-col-title")}`), color.dim(`    ${m("impact-col-details")}`),
        ...items.flatMap((c) => [`${changeLabel(c, lang)} ${changeCode(c)} ${c.node.title[lang]}`, `    ${changeDetails(c, lang)}`]),
      ].join("\n"));
    }
    out.push(changes);
  }

  const listed = report.agencies.filter(moved);
  // --limit 0: the count alone (three blank lines and "… and 5 more" were shown).
  if (listed.length > 0 && limit === 0) out.push(para(m("impact-unlisted-rows", { count: listed.length })));
  else if (listed.length > 0) {
    // Agencies under their cohort's label, in the order the cohorts first come (ranks are within a cohort).
    const byCohort = new Map<string, typeof listed>();
    for (const a of listed.slice(0, limit)) byCohort.set(a.agency.cohort, [...(byCohort.get(a.agency.cohort) ?? []), a]);
    const shown = [...byCohort.values()].flat();
    const namesake = namesakeSuffix(report);
    const plainDelta = (a: (typeof listed)[number]) => (a.delta === null ? "–" : signedPoints(a.delta, d, lang));
    const delta = (a: (typeof listed)[number]) => (a.delta === null || a.delta === 0 ? plainDelta(a) : a.delta < 0 ? color.red(plainDelta(a)) : color.green(plainDelta(a)));
    // Names (at most 36 letters) and drivers (eight letters more) give way to the terminal's width; where
    // that is not enough, a heading wider than its column's cells goes one word to a line ("Xếp loại" over "Tốt").
    const render = (cut: number, stacked = false) => {
      const rows = shown.map((a) => [truncate(a.agency.name, Math.min(36, cut)) + namesake(a), scoreCell(a, "old", d, lang), scoreCell(a, "new", d, lang), delta(a), bandText(a, lang), rankText(a, (id) => cohortLabel(report, id, lang)), truncate(driversText(a, d, lang), cut + 8)]);
      const head = [m("col-agency"), m("impact-col-old"), m("impact-col-new"), "Δ", m("col-band"), m("col-rank"), m("impact-col-drivers")];
      // A table for each cohort under its label (the label cut to the terminal, never widening the table).
      let row = 0;
      return [...byCohort].map(([id, members]) => {
        const table = new Table({
          head: stacked ? head.map((h, i) => ([...h].length > Math.max(...rows.map((r) => widest(r[i]!))) ? h.replaceAll(" ", "\n") : h)) : head,
          colAligns: ["left", "right", "right", "right", "left", "left", "left"],
          ...COMPACT,
        });
        table.push(...rows.slice(row, row + members.length));
        row += members.length;
        return `${color.bold(truncate(cohortLabel(report, id, lang), width ?? Infinity))}\n${table.toString()}`;
      }).join("\n");
    };
    const longest = Math.max(...shown.map((a) => [...driversText(a, d, lang)].length - 8), 36);
    // Names keep 16 letters, as the score table's do: cut shorter, rows could no longer be told apart
    // ("Sở Khoa học …" seven times); narrower than that, the paragraphs below.
    let text = width === undefined ? render(Infinity) : fitToWidth((cut) => render(cut), width, longest, 16);
    if (width !== undefined && widest(text) > width) text = fitToWidth((cut) => render(cut, true), width, longest, 16);
    // Narrower still (a split pane): one agency to a paragraph, its figures wrapped under its name (uncoloured: wrapping counts letters),
    // short of the last column as the lines around are (see wrapWidth). A wrapped line goes on two columns under its start, as
    // score's paragraphs do: flush, a name's second line stood where the names stand and read as another agency.
    if (width !== undefined && widest(text) > width) {
      text = [...byCohort].map(([id, members]) => [
        color.bold(truncate(cohortLabel(report, id, lang), width)),
        ...members.flatMap((a) => [
          ...wrapWords(`  ${a.agency.name}${namesake(a)}`, wrapWidth(width) ?? width, "    "),
          // A label stays with its colon and a driver's code with its figure ("Do chỉ" / "số:", "1.4" / "−15,00" were split).
          ...wrapWords(`    ${[`${scoreCell(a, "old", d, lang)} → ${scoreCell(a, "new", d, lang)} (Δ ${plainDelta(a)})`, `${m("col-band")}: ${bandText(a, lang)}`, `${m("col-rank")}: ${rankText(a, (id) => cohortLabel(report, id, lang))}`, ...(driversText(a, d, lang) ? [`${m("impact-col-drivers")}: ${driversText(a, d, lang)}`] : [])].join(" · ")}`, wrapWidth(width) ?? width, "      ",
            [`${m("col-band")}:`, `${m("col-rank")}:`, `${m("impact-col-drivers")}:`, ...driversText(a, d, lang).split(", ")]),
        ]),
      ].join("\n")).join("\n");
    }
    out.push(text);
    if (anyVerified(shown)) out.push(para(color.dim(m("impact-verified-mark"))));
    if (listed.length > limit) out.push(para(color.dim(m("impact-more-rows", { count: listed.length - limit }))));
  }
  if (report.agencies.length - listed.length > 0) out.push(para(color.dim(m("impact-unchanged-rows", { count: report.agencies.length - listed.length }))));
  const zeroed = zeroLines(report, d, lang);
  if (zeroed.length > 0) out.push(para([m("impact-zero-title"), ...zeroed.map((line) => `  ${line}`)].join("\n")));
  const namesakes = impactNamesakes(report);
  out.push(para(summaryLines(report.summary, d, lang, (id) => cohortLabel(report, id, lang), namesakes, report.new.file).join("\n")));
  // Every file invalid: why the run fails (exit 1), where with a budget its line below says it.
  if (onlyInvalidData(report)) out.push(para(color.red(m("impact-only-invalid"))));

  for (const kind of ["points", "rank"] as const) {
    const line = budgetLine(kind, report.budgets[kind], report.budgets.breaches, lang);
    if (!line) continue;
    // Each breach under the budget it breaks.
    const { listed: breaches, more } = listedBreaches(kind, report.budgets.breaches, limit);
    out.push(para(breaches.length + more > 0 ? [color.red(line), ...breaches.map((b) => "  " + breachText(b, d, lang, namesakes)), ...(more > 0 ? ["  " + m("impact-more-breaches", { count: more })] : [])].join("\n") : color.green(line)));
  }

  const others = otherVersionLines(report, lang);
  if (others.length > 0) out.push(para(color.dim(others.join("\n"))));
  const notes = noteLines(report, lang);
  if (notes.length > 0) out.push(para(color.dim(notes.map((line) => `  ${line}`).join("\n"))));
  // Their errors go to standard error; the report itself says they were left out, as md and json do.
  if (report.invalid.length > 0) out.push(para(color.dim(invalidFiles(report, lang, (f) => f)), report.invalid.map((f) => f.file)));
  if (report.skipped.length > 0) out.push(para(color.dim(skippedText(report, lang)!)));
  return out.join("\n\n") + "\n";
}

/**
 * Invalid corpus files are reported like any invalid agency file, on standard error (`columns`: its width, when a
 * terminal; `langOption`: the --lang given, kept in the commands the findings suggest, as validate's).
 */
export function formatInvalid(report: ImpactReport, lang: Lang, color: ChalkInstance, columns?: number, langOption?: Lang): string {
  return report.invalid.flatMap((f) => f.diagnostics.map((d) => formatDiagnostic(d, lang, color, columns, langOption) + "\n\n")).join("");
}

