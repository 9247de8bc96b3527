import Table from "cli-table3";
import stringWidth from "string-width";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { safeStrings } from "../report/terminal-safe.js";
import { md } from "../report/md-escape.js";
import { formatPercent, formatPoints } from "../report/format-number.js";
import { completenessText, PROVISIONAL_MARK } from "../report/common.js";
import type { ExplainedGroup, Explanation, ExplainedIndicator, Gain } from "./explain.js";
import { roundTo } from "../core/round.js";
import { jsonText } from "../report/json-bidi.js";
import { wrapWords } from "../report/wrap-words.js";

/** Text styles the caller supplies (chalk in a terminal, identity in files and tests). */
export interface Style { bold: (s: string) => string; dim: (s: string) => string; green: (s: string) => string; yellow: (s: string) => string }
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, green: (s) => s, yellow: (s) => s };

interface ExplainFormatOptions {
  /** How many gains to list; 0 lists them all. */
  top: number;
  style?: Style;
  /** The terminal's width: the gains table's two text columns share what it leaves (115 columns otherwise). */
  width?: number;
}

const COMPACT = {
  style: { head: [] as string[], border: [] as string[] },
  chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
};

function pts(n: number, e: Explanation): string {
  return formatPoints(n, e.decimals, e.lang);
}

function maxText(n: number, e: Explanation): string {
  return Number.isInteger(n) ? String(n) : pts(n, e);
}

/**
 * Name, total and completeness; then, when indicators compared with other agencies were scored with none to
 * compare against (one file explained alone), that the total is provisional: it read as the published one.
 */
function headline(e: Explanation): { name: string; line: string; completeness: string; batch?: string; provisional?: string } {
  const m = (key: string, p: Record<string, string | number> = {}) => message(e.lang, key, p);
  const provisional = e.indicators.filter((i) => i.status === "provisional").map((i) => i.code);
  const mark = provisional.length > 0 ? ` ${PROVISIONAL_MARK}` : "";
  return {
    name: `${e.agency.name} (${e.agency.id})`,
    line: `${m("rubric")} ${e.rubric.id} ${e.rubric.version} · ${m("period")} ${e.period} · ${m("total")} ${pts(e.total, e)}${mark} / ${maxText(e.max, e)} (${formatPercent(e.total, e.max, e.lang)}) · ${m("band")}: ${e.band?.label[e.lang] ?? m("no-band")}${e.basis === "verified" ? " · " + m("rpt-verified-basis") : ""}`,
    // Of the verified score, the agency's own figures where they differ, as score says them ("unanswered 0 (1 in the self-assessment)").
    completeness: completenessText(e.completeness, e.lang, e.self_completeness),
    ...(e.batch ? { batch: m("exp-batch", { agencies: e.batch.agencies, cohort: e.batch.cohort_label, size: e.batch.cohort_size }) } : {}),
    ...(provisional.length > 0 ? { provisional: `${PROVISIONAL_MARK} ${m("provisional-note", { codes: provisional.join(", "), count: provisional.length })}` } : {}),
  };
}

/** The band above the one reached, the points it needs, and whether the gains listed get there. */
function nextBandLine(e: Explanation): string {
  const next = e.next_band!;
  return message(e.lang, next.reachable ? "exp-next-band" : "exp-next-band-unreachable", { band: next.label[e.lang], from: pts(next.from, e), needed: pts(next.needed, e) });
}

function gainKind(g: Gain, lang: Lang): string {
  // The collector's N/A is no figure of theirs: said as what it is, in place of the agency's "answered not applicable".
  const kind = g.verified && g.kind === "not_applicable" ? message(lang, "exp-kind-verified-na") : message(lang, `exp-kind-${g.kind}`) + (g.verified ? ` · ${message(lang, "exp-kind-verified")}` : "");
  const marked = g.only_if_dated_by ? `${kind} · ${message(lang, "exp-kind-if-dated")}` : kind;
  return g.group === "bonus" ? `${message(lang, "bonus")} · ${marked}` : marked;
}

/** The total if every gain were made: of the rows above, or of all, the unlisted ones too, when --top cut the list. */
function ifAllKey(e: Explanation, top: number): string {
  return top > 0 && sureGains(e) > top ? "exp-if-all-unlisted" : "exp-if-all";
}

/** The sure gains: not one that holds only if a document was issued in time, which the totals leave out. */
function sureGains(e: Explanation): number {
  return e.gains.filter((g) => !g.only_if_dated_by).length;
}

/** The first `top` sure gains, then every conditional one (listed last, it was cut by --top as "smaller"). */
function shown(e: Explanation, top: number): Gain[] {
  if (top <= 0) return e.gains;
  return [...e.gains.filter((g) => !g.only_if_dated_by).slice(0, top), ...e.gains.filter((g) => g.only_if_dated_by)];
}

/** For a terminal: every indicator with its answer, rule, points and why; then the largest gains left. */
export function formatExplainText(explanation: Explanation, options: ExplainFormatOptions): string {
  // Every text of the file's on one line (`inCells`): a line break in the agency's name or a note printed a line of
  // its own at the margin, one that read as the headline's or another indicator's ("Band: Excellent · Rank 1").
  const e = safeStrings(explanation, true);
  const s = options.style ?? PLAIN;
  const lang = e.lang;
  const m = (key: string, p: Record<string, string | number> = {}) => message(lang, key, p);
  const { name, line, completeness, batch, provisional } = headline(e);
  const out: string[] = [s.bold(name), line, completeness, ...(batch ? [batch] : []), ...(provisional ? [s.yellow(provisional)] : []), ""];

  out.push(s.bold(m("exp-per-indicator")));
  const groupOf = new Map(e.groups.map((g) => [g.code, g]));
  const printed = new Set<string>();
  const heading = (code: string) => {
    if (printed.has(code)) return;
    printed.add(code);
    const g = groupOf.get(code);
    const title = g ? `${g.code} ${g.title[lang]}` : m(code === "bonus" ? "bonus" : code === "penalty" ? "penalty" : "col-group");
    const points = g ? (g.excluded ? ` — / ${maxText(g.max, e)}` : ` ${pts(g.points, e)} / ${maxText(g.max, e)}`) : "";
    const how = g ? groupArithmetic(g, e) : "";
    out.push("", s.bold(`${"  ".repeat(g?.depth ?? 0)}${title}`) + s.dim(points + (how ? ` (${how})` : "")));
  };
  for (const i of e.indicators) {
    // A group's ancestors come first: 6 before 6.1.
    const segments = i.group.split(".");
    for (let n = 1; n < segments.length; n++) { const code = segments.slice(0, n).join("."); if (groupOf.has(code)) heading(code); }
    heading(i.group);
    // An indicator sits at its group's heading (at least 2 spaces in): 1.1.1.1 under 1.1.1, not to the left of it.
    out.push(...indicatorLines(i, e, s, "  ".repeat(Math.max(1, groupOf.get(i.group)?.depth ?? 0))));
  }

  out.push("", s.bold(m("exp-gains-title", { count: e.gains.length })));
  if (e.gains.length === 0) out.push(m("exp-no-gains"));
  else {
    const gains = shown(e, options.top);
    const colWidths = gainColumns(options.width, Math.max(...gains.map((g) => [...g.code].length)), Math.max(stringWidth(m("exp-col-answer")), ...gains.map((g) => answerWidth(g, lang))));
    const table = new Table({
      head: [m("col-code"), m("rpt-col-indicator"), m("exp-col-now"), m("exp-col-gain"), m("exp-col-answer")],
      colAligns: ["left", "left", "right", "right", "left"],
      colWidths,
      wordWrap: true,
      ...COMPACT,
    });
    for (const g of gains) {
      table.push([g.code, `${g.title[lang]}\n${s.dim(gainKind(g, lang))}`, nowText(g, e), s.green("+" + pts(g.gain, e)),
        // Wrapped here, not by the table: its wrap split "(100 %)" into "(100" and "%)" (one cell padding each side).
        wrapWords(g.answer, colWidths[4]! - 2).join("\n") + (g.evidence_needed > 0 ? "\n" + s.dim(m("exp-evidence-needed", { count: g.evidence_needed })) : "")]);
    }
    const text = table.toString();
    // Narrower than its narrowest columns (a 40-column pane): each gain as a paragraph, as score lists its groups
    // (the table, 58 columns wide, was broken by the terminal at its edge, every row a mess of border pieces).
    out.push(options.width !== undefined && widest(text) > options.width ? gainParagraphs(gains, e, s) : text);
    if (options.top > 0 && sureGains(e) > options.top) out.push(s.dim(m("exp-more-gains", { count: sureGains(e) - options.top })));
    if (sureGains(e) > 0) out.push(m(ifAllKey(e, options.top), { count: sureGains(e), total: pts(e.total_if_all, e), max: maxText(e.max, e), gain: pts(e.total_if_all - e.total, e) }));
    if (e.deficit > 0) out.push(m("exp-deficit", { deficit: pts(e.deficit, e) }));
  }
  if (e.next_band) out.push(nextBandLine(e));
  return out.join("\n") + "\n";
}

/** The columns the widest line takes (string-width leaves colour codes out); fit-width's own reads node:util, which explain may not. */
function widest(text: string): number {
  return Math.max(...text.split("\n").map((line) => stringWidth(line)));
}

function nowText(g: Gain, e: Explanation): string {
  return `${g.kind === "unanswered" ? "–" : pts(g.points, e)} / ${maxText(g.max, e)}`;
}

/**
 * The gains as paragraphs, headed by what their lines are in the table's words: "code title", then "now / max ·
 * rise · why it is listed", then the answer that earns them (and the evidence it needs), four columns in; the
 * terminal's wrapping (wrapForTerminal) keeps their words whole.
 */
function gainParagraphs(gains: Gain[], e: Explanation, s: Style): string {
  const m = (key: string, p: Record<string, string | number> = {}) => message(e.lang, key, p);
  const out = [s.dim(`${m("col-code")} ${m("rpt-col-indicator")}`), s.dim(`    ${m("exp-col-now")} · ${m("exp-col-gain")}`), s.dim(`    ${m("exp-col-answer")}`)];
  for (const g of gains) {
    out.push("", `${g.code}  ${g.title[e.lang]}`, `    ${nowText(g, e)} · ${s.green("+" + pts(g.gain, e))} · ${s.dim(gainKind(g, e.lang))}`, `    ${g.answer}`);
    if (g.evidence_needed > 0) out.push(`    ${s.dim(m("exp-evidence-needed", { count: g.evidence_needed }))}`);
  }
  return out.join("\n");
}

/**
 * Code, indicator, now, gain, answer: the indicator and answer columns give way to a narrow terminal (not below 11).
 * `code`: the widest code shown (a code is never cut: 4.22.1 and 4.22.10 must stay apart). `answer`: the widest
 * answer shown, or the column's heading; what its column does not need of its share goes to the titles (answers of "Yes" left 40 columns
 * empty while each title took four lines).
 */
function gainColumns(width: number | undefined, code: number, answer: number): number[] {
  const fixed = [Math.max(8, code + 2), 13, 10];
  // Six borders; the text columns share the room 34 : 44 at most.
  // At 60 columns they still fit (11 and 12 wide); narrower, the gains are listed as paragraphs (gainParagraphs).
  const room = width === undefined ? 78 : Math.min(78, Math.max(22, width - fixed.reduce((a, b) => a + b, 0) - 6));
  const answers = Math.max(11, Math.min(room - Math.max(11, Math.round((room * 34) / 78)), answer + 2));
  return [fixed[0]!, Math.max(11, room - answers), fixed[1]!, fixed[2]!, answers];
}

/** The columns a gain's answer takes unwrapped, the note of the evidence it needs included. */
function answerWidth(g: Gain, lang: Lang): number {
  const lines = [g.answer, ...(g.evidence_needed > 0 ? [message(lang, "exp-evidence-needed", { count: g.evidence_needed })] : [])];
  return Math.max(...lines.map((l) => stringWidth(l)));
}

function indicatorLines(i: ExplainedIndicator, e: Explanation, s: Style, indent: string): string[] {
  const m = (key: string) => message(e.lang, key);
  const score = scoreText(i, e);
  const status = m(`rpt-status-${i.status}`);
  const head = `${indent}${i.code}  ${i.title[e.lang]}`;
  const sub = `${indent}    `;
  // An indicator that only collects information has no points to show: its status follows the title (three spaces did).
  const lines = [`${head}${score ? `  ${s.bold(score)}` : ""} ${s.dim("· " + status)}`];
  lines.push(`${sub}${s.dim(m("rpt-col-answer") + ":")} ${i.answer}`);
  lines.push(`${sub}${s.dim(m("exp-rule") + ":")} ${i.rule}${naUnsaid(i, e.lang) ? ` ${s.dim("(" + i.na + ")")}` : ""}`);
  const why = whyWithNote(i, e.lang);
  // An unanswered penalty item deducts nothing: not a loss to point out.
  const lost = (i.status === "unanswered" && i.group !== "penalty") || (i.status === "scored" && i.group !== "penalty" && i.points < i.max) || i.evidence_missing > 0;
  lines.push(`${sub}${s.dim(m("exp-why") + ":")} ${lost ? s.yellow(why) : why}`);
  return lines;
}

/** Why the indicator has its points, and the agency's own note on it. */
/** Whether the N/A policy still needs saying after the rule: not when the rule says it, alone or with b = 0 (explain.ts). */
function naUnsaid(i: ExplainedIndicator, lang: Lang): i is ExplainedIndicator & { na: string } {
  return i.na !== null && !i.rule.includes(i.na) && !i.rule.includes(message(lang, "exp-zero-or-na", { what: "" }));
}

function whyWithNote(i: ExplainedIndicator, lang: Lang): string {
  return i.why + (i.note ? ` ${message(lang, "rpt-col-note")}: ${i.note}` : "");
}

/** For a pull request or an e-mail: the gains table first, then every indicator in a collapsed block. */
export function formatExplainMarkdown(e: Explanation, options: ExplainFormatOptions): string {
  const lang = e.lang;
  const m = (key: string, p: Record<string, string | number> = {}) => message(lang, key, p);
  const { name, line, completeness, batch, provisional } = headline(e);
  const out = [`### ${md(name)}`, "", md(line), "", md(completeness), "", ...(batch ? [md(batch), ""] : []), ...(provisional ? [md(provisional), ""] : []), `#### ${md(m("exp-gains-title", { count: e.gains.length }))}`, ""];
  if (e.gains.length === 0) out.push(md(m("exp-no-gains")));
  else {
    out.push(`| ${m("col-code")} | ${m("rpt-col-indicator")} | ${m("exp-col-now")} | ${m("exp-col-gain")} | ${m("exp-col-answer")} |`, "|---|---|--:|--:|---|");
    for (const g of shown(e, options.top)) {
      out.push(`| ${md(g.code)} | ${md(g.title[lang])} (${md(gainKind(g, lang))}) | ${g.kind === "unanswered" ? "–" : pts(g.points, e)} / ${maxText(g.max, e)} | +${pts(g.gain, e)} | ${md(g.answer)}${g.evidence_needed > 0 ? " · " + md(m("exp-evidence-needed", { count: g.evidence_needed })) : ""} |`);
    }
    if (options.top > 0 && sureGains(e) > options.top) out.push("", md(m("exp-more-gains", { count: sureGains(e) - options.top })));
    if (sureGains(e) > 0) out.push("", md(m(ifAllKey(e, options.top), { count: sureGains(e), total: pts(e.total_if_all, e), max: maxText(e.max, e), gain: pts(e.total_if_all - e.total, e) })));
    if (e.deficit > 0) out.push("", md(m("exp-deficit", { deficit: pts(e.deficit, e) })));
  }
  if (e.next_band) out.push("", md(nextBandLine(e)));
  // The groups whose points are not the plain sum of their indicators', with how.
  const worked = e.groups.map((g) => [g, groupArithmetic(g, e)] as const).filter(([, how]) => how !== "");
  if (worked.length > 0) {
    out.push("", `| ${m("col-code")} | ${m("col-group")} | ${m("col-points")} | ${m("exp-group-how")} |`, "|---|---|--:|---|");
    for (const [g, how] of worked) out.push(`| ${md(g.code)} | ${md(g.title[lang])} | ${pts(g.points, e)} / ${maxText(g.max, e)} | ${md(how)} |`);
  }
  out.push("", `<details><summary>${md(m("exp-per-indicator"))}</summary>`, "");
  out.push(`| ${m("col-code")} | ${m("rpt-col-indicator")} | ${m("rpt-col-answer")} | ${m("exp-rule")} | ${m("col-points")} | ${m("exp-why")} |`, "|---|---|---|---|--:|---|");
  for (const i of e.indicators) {
    const score = scoreText(i, e);
    out.push(`| ${md(i.code)} | ${md(i.title[lang])} | ${md(i.answer)} | ${md(i.rule)}${naUnsaid(i, lang) ? ` (${md(i.na)})` : ""} | ${score} | ${md(whyWithNote(i, lang))} |`);
  }
  out.push("", "</details>");
  return out.join("\n") + "\n";
}

/**
 * How a group's points come from its children's, where not by adding them up: rescaled when some were left
 * out (N/A, not for the agency's type), a mean, a cap or a floor that bit. Empty for a plain sum.
 */
export function groupArithmetic(g: ExplainedGroup, e: Explanation): string {
  if (g.excluded) return "";
  const m = (key: string, p: Record<string, string | number> = {}) => message(e.lang, key, p);
  const parts: string[] = [];
  let natural = g.earned;
  // A mean is rescaled by leaving its excluded children out of it, their weights with them.
  if (g.aggregate !== "sum") parts.push(m(`exp-group-${g.aggregate}`) + (g.rescaled ? m("exp-group-mean-excluded") : ""));
  else if (g.rescaled && g.applicable_max > 0) {
    natural = roundTo((g.earned * g.max) / g.applicable_max, e.decimals);
    parts.push(m("exp-group-rescaled", { earned: pts(g.earned, e), applicable: maxText(g.applicable_max, e), max: maxText(g.max, e) }));
  }
  // A sum's value before its cap and floor is known: said when they moved it. A mean's is not: they are named.
  if (g.aggregate === "sum") {
    if (g.cap !== undefined && g.points < natural) parts.push(m("exp-group-capped", { cap: maxText(g.cap, e) }));
    if (g.floor !== undefined && g.points > natural) parts.push(m("exp-group-floored", { floor: maxText(g.floor, e) }));
  } else {
    if (g.cap !== undefined) parts.push(m("exp-group-cap", { cap: maxText(g.cap, e) }));
    if (g.floor !== undefined) parts.push(m("exp-group-floor", { floor: maxText(g.floor, e) }));
  }
  return parts.join("; ");
}

/** For tools: the explanation with the tool stamp; every gain is listed whatever --top says. */
export function formatExplainJson(e: Explanation, stamp: { tool: { name: string; version: string }; generated_at: string }): string {
  return jsonText({ ...stamp, ...e });
}

/** "12.50 / 20"; a penalty item's deduction with a minus sign, none on nothing deducted. */
function scoreText(i: ExplainedIndicator, e: Explanation): string {
  if (i.status === "info_only") return "";
  return `${i.group === "penalty" && i.points > 0 ? "−" : ""}${pts(i.points, e)} / ${maxText(i.max, e)}`;
}
