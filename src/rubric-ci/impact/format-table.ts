import type { ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Lang } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { COMPACT } from "../../report/table-style.js";
import { noteText } from "./format-md.js";
import { impactDecimals, type ImpactReport } from "./run-impact.js";
import { bandText, breachesOf, breachText, budgetLine, changeCode, changeDetails, changeLabel, anyVerified, driversText, fieldText, rankText, scoreCell, moved, signed, summaryLines } from "./words.js";
import { safeStrings } from "../../report/terminal-safe.js";
import { truncate } from "../../report/truncate.js";
import { fitToWidth, widest } from "../../report/fit-width.js";

/** The impact in the terminal: rubric changes, the agencies that moved, the summary and the budgets. */
/** `width`: the terminal's; the changes' details are cut to fit it (written to a file or a pipe, nothing is cut). */
export function formatImpactTable(data: ImpactReport, lang: Lang, color: ChalkInstance, limit: number, width?: number): string {
  // Names, titles and versions come from the corpus and the rubrics: no control character reaches the terminal.
  const report = safeStrings(data, true);
  const d = impactDecimals(report);
  const m = (key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
  const out: string[] = [color.bold(m("impact-title", { id: report.new.id, from: report.old.version, to: report.new.version }))];

  const { rubric, items } = report.diff;
  if (rubric.length === 0 && items.length === 0) out.push(m("impact-no-changes"));
  if (rubric.length > 0) out.push(rubric.map((f) => `  ${fieldText(f, lang)}`).join("\n"));
  if (items.length > 0) {
    const render = (cut: number) => {
      const table = new Table({ head: [m("impact-col-change"), m("col-code"), m("impact-col-title"), m("impact-col-details")], ...COMPACT });
      for (const c of items) table.push([changeLabel(c, lang), changeCode(c), truncate(c.node.title[lang], Math.min(40, cut)), truncate(changeDetails(c, lang), cut)]);
      return table.toString();
    };
    out.push(width === undefined ? render(Infinity) : fitToWidth(render, width, Math.max(...items.map((c) => [...changeDetails(c, lang)].length)), 24));
  }

  const listed = report.agencies.filter(moved);
  if (listed.length > 0) {
    // Names (at most 36 letters) and drivers (eight letters more) give way to the terminal's width; where
    // that is not enough, a heading wider than its column's cells goes one word to a line ("Xếp loại" over "Tốt").
    const render = (cut: number, stacked = false) => {
      const rows = listed.slice(0, limit).map((a) => {
        const delta = a.delta === null ? "–" : signed(a.delta, d, lang);
        return [truncate(a.agency.name, Math.min(36, cut)), a.agency.cohort, scoreCell(a, "old", d, lang), scoreCell(a, "new", d, lang), a.delta === null ? delta : a.delta < 0 ? color.red(delta) : a.delta > 0 ? color.green(delta) : delta, bandText(a, lang), rankText(a), truncate(driversText(a.drivers, a.other, d, lang), cut + 8)];
      });
      const head = [m("col-agency"), m("impact-col-cohort"), m("impact-col-old"), m("impact-col-new"), "Δ", m("col-band"), m("col-rank"), m("impact-col-drivers")];
      const table = new Table({
        head: stacked ? head.map((h, i) => ([...h].length > Math.max(...rows.map((r) => widest(r[i]!))) ? h.replaceAll(" ", "\n") : h)) : head,
        colAligns: ["left", "left", "right", "right", "right", "left", "left", "left"],
        ...COMPACT,
      });
      table.push(...rows);
      return table.toString();
    };
    const longest = Math.max(...listed.slice(0, limit).map((a) => [...driversText(a.drivers, a.other, d, lang)].length - 8), 36);
    let text = width === undefined ? render(Infinity) : fitToWidth((cut) => render(cut), width, longest, 7);
    if (width !== undefined && widest(text) > width) text = fitToWidth((cut) => render(cut, true), width, longest, 7);
    out.push(text);
    if (anyVerified(listed.slice(0, limit))) out.push(color.dim(m("impact-verified-mark")));
    if (listed.length > limit) out.push(color.dim(m("impact-more-rows", { count: listed.length - limit })));
  }
  if (report.agencies.length - listed.length > 0) out.push(color.dim(m("impact-unchanged-rows", { count: report.agencies.length - listed.length })));
  out.push(summaryLines(report.summary, d, lang).join("\n"));

  for (const kind of ["points", "rank"] as const) {
    const line = budgetLine(kind, report.budgets[kind], report.budgets.breaches, lang);
    if (!line) continue;
    // Each breach under the budget it breaks.
    const breaches = breachesOf(kind, report.budgets.breaches);
    out.push(breaches.length > 0 ? [color.red(line), ...breaches.map((b) => "  " + breachText(b, d, lang))].join("\n") : color.green(line));
  }

  const notes = report.agencies.flatMap((a) => (["old", "new"] as const).flatMap((side) => a.notes[side].map((n) => `  ${a.agency.name} (${m(`impact-side-${side}`)}): ${noteText(n, lang)}`)));
  if (notes.length > 0) out.push(color.dim(notes.join("\n")));
  if (report.skipped.length > 0) out.push(color.dim(m("impact-skipped", { count: report.skipped.length })));
  return out.join("\n\n") + "\n";
}

/** Invalid corpus files are reported like any invalid agency file, on standard error. */
export function formatInvalid(report: ImpactReport, lang: Lang, color: ChalkInstance): string {
  return report.invalid.flatMap((f) => f.diagnostics.map((d) => formatDiagnostic(d, lang, color) + "\n\n")).join("");
}

