import { noteIn, type Group, type Indicator, type Item, type Lang, type Rubric } from "../../core/rubric.js";
import { answerFormat, evidenceRule } from "../../assess/describe.js";
import { naPolicy } from "../../core/codes.js";
import { message } from "../../i18n/messages.js";
import { md, mdLink } from "../../report/md-escape.js";
import { dateText } from "../../report/format-number.js";
import { describeComposite, describeRule, describeTerms, points } from "./describe-rule.js";
import { typeList } from "../../core/type-list.js";
import { zeroDenominatorText } from "./zero-denominator.js";
import { naPolicyKey } from "../../explain/words.js";

/** The rubric as a readable Markdown document: metadata, an overview, every indicator with its input and rule in words, bonus, penalty, bands. */
export function rubricMarkdown(rubric: Rubric, lang: Lang): string {
  const m = (key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
  const pts = (n: number) => points(n, rubric.rounding.decimals, lang);
  const t = (text: { vi: string; en: string }) => md(text[lang]);
  const typeLabel = (id: string) => rubric.agency_types.find((a) => a.id === id)?.label[lang] ?? id;
  const out: string[] = [`# ${t(rubric.title)}`, "", t(rubric.issuer), ""];

  out.push("| | |", "|---|---|");
  out.push(`| ${m("rubric")} | \`${rubric.id}\` ${m("show-version")} ${md(rubric.version)} · ${m("period")} ${md(rubric.period)} |`);
  out.push(`| ${m("show-scale")} | ${m("show-scale-value", { scale: pts(rubric.scale), decimals: rubric.rounding.decimals })} |`);
  // Each document with all the rubric says of it: its title and link too, not only a number (two decisions on one
  // subject, an issuing one and an amending one, read alike by number and date alone).
  const basis = (b: Rubric["legal_basis"][number]) => `${b.url ? mdLink(b.number, b.url) : md(b.number)} ${md(`(${dateText(b.date, lang)})${b.issuer ? `, ${b.issuer[lang]}` : ""}${b.title ? `: ${b.title[lang]}` : ""}`)}`;
  out.push(`| ${m("show-legal-basis")} | ${rubric.legal_basis.map(basis).join("<br>") || md(m(`show-legal-basis-none-${rubric.provenance.fidelity}`))} |`);
  out.push(`| ${m("fidelity")} | ${md(m(`show-fidelity-${rubric.provenance.fidelity}`))} |`);
  out.push(`| ${m("show-agency-types")} | ${rubric.agency_types.map((a) => `\`${a.id}\` ${t(a.label)}`).join("<br>")} |`);
  if (rubric.cohorts?.length) out.push(`| ${m("show-cohorts")} | ${rubric.cohorts.map((c) => `\`${c.id}\` ${t(c.label)}${c.agency_types ? ` (${typeList(c.agency_types.map(typeLabel).map(md), lang)})` : ""}`).join("<br>")} |`);
  out.push("");
  if (rubric.provenance.note) out.push(`> ${t(rubric.provenance.note)}`, "");
  // A source's note says what was taken from it: two sources under one title (a decision, and a summary of it) are told apart by it.
  if (rubric.provenance.sources.length) out.push(`${m("show-sources")}:`, "", ...rubric.provenance.sources.map((s) => `- ${s.url ? mdLink(s.title, s.url) : md(s.title)}${s.note ? `: ${md(noteIn(s.note, lang))}` : ""}`), "");

  out.push(`## ${m("show-overview")}`, "", `| ${m("col-code")} | ${m("col-group")} | ${m("col-max")} |`, "|---|---|---:|");
  for (const g of rubric.groups) out.push(`| ${g.code} | ${t(g.title)} | ${pts(g.max)} |`);
  out.push(`| | **${m("total")}** | **${pts(rubric.scale)}** |`, "");
  if (rubric.aggregate && rubric.aggregate !== "sum") out.push(m(`show-aggregate-${rubric.aggregate}`), "");

  const indicator = (ind: Indicator, depth: number, adjustment?: "bonus" | "penalty") => {
    const points = ind.info_only ? m("show-info-only") : m("show-points", { max: pts(ind.max) });
    out.push(`${"#".repeat(Math.min(6, depth))} ${ind.code} ${t(ind.title)} — ${points}`, "");
    const rows: string[] = [`- **${m("assess-format")}:** ${md(answerFormat(ind.input, lang, "reference"))}`];
    const rule = ind.info_only ? undefined : ind.rule;
    if (rule && (rule.type === "sum" || rule.type === "best_of")) {
      rows.push(`- **${m("show-scoring")}:** ${md(describeComposite(rule, ind.max, rubric.rounding.decimals, lang))}`);
      rows.push(...describeTerms(rule, ind.input, ind.max, rubric.rounding.decimals, lang).map((t) => `  - ${md(t)}`));
    } else if (rule) rows.push(`- **${m("show-scoring")}:** ${md(describeRule(rule, ind.input, ind.max, rubric.rounding.decimals, lang))}`);
    const zero = ind.info_only ? undefined : zeroDenominatorText(ind.input, lang, adjustment);
    if (zero) rows.push(`- **b = 0:** ${md(zero)}`);
    const na = naPolicy(rubric, ind);
    if (!ind.info_only) rows.push(`- **${m("show-na")}:** ${m(naPolicyKey(na, adjustment))}`);
    const evidence = evidenceRule(ind, lang);
    if (evidence) rows.push(`- **${m("show-evidence")}:** ${md(evidence.replace(/^[^:]*:\s*/, ""))}`);
    if (ind.applies_to) rows.push(`- **${m("show-applies-to")}:** ${typeList(ind.applies_to.map(typeLabel).map(md), lang)}`);
    if (ind.weight !== undefined) rows.push(`- **${m("show-weight")}:** ${ind.weight}`);
    if (ind.guidance) rows.push(`- **${m("assess-guidance")}:** ${t(ind.guidance)}`);
    if (ind.source) rows.push(`- **${m("show-source")}:** ${t(ind.source)}`);
    if (ind.verifier) rows.push(`- **${m("show-verifier")}:** ${t(ind.verifier)}`);
    out.push(...rows, "");
  };
  const items = (list: Item[], depth: number) => {
    for (const item of list) {
      if (item.kind === "heading") out.push(`*${t(item.heading)}*`, "");
      else if (item.kind === "indicator") indicator(item, depth);
      else group(item, depth);
    }
  };
  const group = (g: Group, depth: number) => {
    out.push(`${"#".repeat(Math.min(6, depth))} ${g.code}. ${t(g.title)} — ${m("show-points", { max: pts(g.max) })}`, "");
    if (g.description) out.push(t(g.description), "");
    const notes: string[] = [];
    if (g.aggregate && g.aggregate !== "sum") notes.push(m(`show-aggregate-${g.aggregate}`));
    if (g.applies_to) notes.push(`${m("show-applies-to")}: ${typeList(g.applies_to.map(typeLabel), lang)}`);
    if (g.cap !== undefined) notes.push(m("show-cap", { cap: pts(g.cap) }));
    if (g.floor !== undefined) notes.push(m("show-floor", { floor: pts(g.floor) }));
    if (notes.length) out.push(md(notes.join(" · ")), "");
    items(g.items, depth + 1);
  };
  for (const g of rubric.groups) group(g, 2);

  for (const key of ["bonus", "penalty"] as const) {
    const adj = rubric[key];
    if (!adj) continue;
    out.push(`## ${m(key)} — ${m("show-at-most", { cap: pts(adj.cap) })}`, "", m(`show-${key}-note`, { cap: pts(adj.cap) }), "");
    for (const item of adj.items) indicator(item, 3, key);
  }

  out.push(`## ${m("show-bands")}`, "");
  const bandTable = (levels: Rubric["bands"]["levels"], basis: string) => {
    out.push(`| ${m("band")} | ${m("show-from")} |`, "|---|---:|");
    for (const l of levels) out.push(`| ${t(l.label)} | ${basis === "percent" ? `${pts(l.min)} %` : m("show-points", { max: pts(l.min) })} |`);
    out.push("");
  };
  bandTable(rubric.bands.levels, rubric.bands.basis);
  for (const set of rubric.bands.by_agency_type ?? []) {
    out.push(`${m("show-bands-for")} ${typeList(set.agency_types.map(typeLabel).map(md), lang)}:`, "");
    bandTable(set.levels, set.basis);
  }
  if (rubric.aggregates?.length) {
    out.push(`## ${m("aggregates")}`, "", ...rubric.aggregates.map((a) => `- ${t(a.title)}: ${a.include.join(", ")}`), "");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
