import type { Lang } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { code, md } from "../../report/md-escape.js";
import { impactDecimals, onlyInvalidData, type ImpactReport } from "./run-impact.js";
import { bandText, cohortLabel, breachText, impactTitle, listedBreaches, budgetLine, changeCode, changeDetails, changeLabel, anyVerified, driversText, fieldText, INVALID_NAMED, invalidFiles, noteLines, otherVersionLines, rankText, skippedText, scoreCell, moved, namesakeSuffix, impactNamesakes, summaryLines, versionNotBumped, zeroLines } from "./words.js";
import { errorLine, signedPoints } from "../../report/common.js";
import { placeOf } from "../../report/diagnostics.js";

/** The impact as Markdown for a pull-request comment: summary, rubric changes, the agencies that moved, budgets. */
export function formatImpactMd(report: ImpactReport, lang: Lang, limit: number): string {
  const d = impactDecimals(report);
  const m = (key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
  const out: string[] = [`## ${md(impactTitle(report, lang))}`, ""];
  const unbumped = versionNotBumped(report, lang);
  if (unbumped) out.push(`⚠️ ${md(unbumped)}`, "");
  const namesakes = impactNamesakes(report);
  out.push(...summaryLines(report.summary, d, lang, (id) => cohortLabel(report, id, lang), namesakes, report.new.file).map((l) => md(l) + "  "), "");

  const { rubric, items } = report.diff;
  out.push(`### ${m("impact-changes")}`, "");
  if (rubric.length === 0 && items.length === 0) out.push(m("impact-no-changes"), "");
  if (rubric.length > 0) out.push(...rubric.map((f) => `- ${md(fieldText(f, lang))}`), "");
  if (items.length > 0) {
    out.push(`| ${m("impact-col-change")} | ${m("col-code")} | ${m("impact-col-title")} | ${m("impact-col-details")} |`, "|---|---|---|---|");
    for (const c of items) out.push(`| ${md(changeLabel(c, lang))} | ${md(changeCode(c))} | ${md(c.node.title[lang])} | ${md(changeDetails(c, lang))} |`);
    out.push("");
  }

  const listed = report.agencies.filter(moved);
  out.push(`### ${m("impact-scores")}`, "");
  // Nothing moved: the summary above says so already; here, how many agencies that is (it said the summary's line again).
  // Every file invalid: why the run fails (exit 1), where with a budget the budgets below say it.
  if (listed.length === 0 && onlyInvalidData(report)) out.push(m("impact-only-invalid"), "");
  else if (listed.length === 0) out.push(report.agencies.length === 0 ? m("impact-empty-corpus") : m("impact-unchanged-rows", { count: report.agencies.length }), "");
  // --limit 0: the counts alone (an empty table's head and "… and 5 more" were shown).
  else if (limit === 0) out.push(m("impact-unlisted-rows", { count: listed.length }), ...(report.agencies.length > listed.length ? [m("impact-unchanged-rows", { count: report.agencies.length - listed.length })] : []), "");
  else {
    out.push(`| ${m("col-agency")} | ${m("impact-col-cohort")} | ${m("impact-col-old")} | ${m("impact-col-new")} | Δ | ${m("col-band")} | ${m("col-rank")} | ${m("impact-col-drivers")} |`, "|---|---|---:|---:|---:|---|---|---|");
    const namesake = namesakeSuffix(report);
    for (const a of listed.slice(0, limit)) {
      out.push(`| ${md(a.agency.name + namesake(a))} | ${md(cohortLabel(report, a.agency.cohort, lang))} | ${md(scoreCell(a, "old", d, lang))} | ${md(scoreCell(a, "new", d, lang))} | ${a.delta === null ? "–" : signedPoints(a.delta, d, lang)} | ${md(bandText(a, lang))} | ${md(rankText(a, (id) => cohortLabel(report, id, lang)))} | ${md(driversText(a, d, lang))} |`);
    }
    out.push("");
    if (anyVerified(listed.slice(0, limit))) out.push(md(m("impact-verified-mark")), "");
    const hidden = listed.length - Math.min(limit, listed.length);
    const still = report.agencies.length - listed.length;
    if (hidden > 0) out.push(m("impact-more-rows", { count: hidden }));
    if (still > 0) out.push(m("impact-unchanged-rows", { count: still }));
    if (hidden > 0 || still > 0) out.push("");
  }
  const zeroed = zeroLines(report, d, lang);
  if (zeroed.length > 0) out.push(md(m("impact-zero-title")), "", ...zeroed.map((line) => `- ${md(line)}`), "");

  const budgets = (["points", "rank"] as const).flatMap((kind) => {
    const line = budgetLine(kind, report.budgets[kind], report.budgets.breaches, lang);
    return line === undefined ? [] : [{ line, ...listedBreaches(kind, report.budgets.breaches, limit) }];
  });
  if (budgets.length > 0) {
    out.push(`### ${m("impact-budgets")}`, "");
    // Each breach under the budget it breaks.
    for (const { line, listed, more } of budgets) {
      out.push(`- ${listed.length + more > 0 ? "❌" : "✅"} ${md(line)}`, ...listed.map((b) => `  - ${md(breachText(b, d, lang, namesakes))}`));
      if (more > 0) out.push(`  - ${md(m("impact-more-breaches", { count: more }))}`);
    }
    out.push("");
  }

  for (const line of otherVersionLines(report, lang)) out.push(md(line), "");
  const notes = report.agencies.filter((a) => a.notes.old.length + a.notes.new.length > 0);
  if (notes.length > 0) {
    out.push(`<details><summary>${md(m("impact-adjusted", { count: notes.length }))}</summary>`, "");
    out.push(...noteLines(report, lang).map((line) => `- ${md(line)}`));
    out.push("", "</details>", "");
  }
  if (report.invalid.length > 0) out.push(invalidFiles(report, lang, code), "", ...invalidWhy(report, lang));
  if (report.skipped.length > 0) out.push(md(skippedText(report, lang)!), "");
  out.push(`<sub>${md(m("impact-footer", { tool: `${report.tool.name} ${report.tool.version}`, old: report.old.sha256.slice(0, 12), new: report.new.sha256.slice(0, 12) }))}</sub>`);
  return out.join("\n") + "\n";
}

/**
 * Why the invalid corpus files named were left out: each one's first error, with what was found and expected and its
 * hints, as score's md lists its files not scored. A comment is read where the CI log's errors are not.
 */
function invalidWhy(report: ImpactReport, lang: Lang): string[] {
  const items = report.invalid.slice(0, INVALID_NAMED).map((f) => {
    const first = f.diagnostics[0];
    return `- ${code(first ? placeOf(f.file, first) : f.file)}${first ? ` ${md(errorLine(first, lang))}` : ""}`;
  });
  const more = report.invalid.length - INVALID_NAMED;
  if (more > 0) items.push(`- ${md(message(lang, "impact-invalid-why-more", { count: more }))}`);
  return [`<details><summary>${md(message(lang, "impact-invalid-why"))}</summary>`, "", ...items, "", "</details>", ""];
}
