import type { IndicatorResult } from "../core/result.js";
import type { AgencyResult, RankedAgency, RankInfo, ReportFrame, ScoreReport, SectionHead } from "./report.js";
import { rankFields } from "./report.js";
import { escapeBidi, escapeBidiBytes, jsonText } from "./json-bidi.js";

/** Indicator facts that belong to the rubric, written once per rubric section instead of once per agency. */
export type IndicatorFacts = Pick<IndicatorResult, "code" | "title" | "parent" | "input" | "rule">;

/** A piece of JSON text: a string, or UTF-8 bytes read back from a spool as they are. */
export type JsonChunk = string | Uint8Array;

/** One rubric section as the JSON writer takes it: each agency entry arrives already as JSON text, in pieces. */
export interface JsonSection { head: SectionHead; facts: IndicatorFacts[]; entries: Iterable<JsonChunk[]> }

/**
 * Above this many entries (agencies and files not scored) the report is written on one line (and can be
 * streamed); below, indented for people.
 */
const INDENT_UP_TO = 50;

export function writtenOnOneLine(agencies: number, notScored: number): boolean {
  return agencies + notScored > INDENT_UP_TO;
}

/**
 * The report as JSON (docs/report-format.md). Each rubric section lists its indicators' titles, parents,
 * inputs and rules once (`indicators`); agency results carry only what differs per agency, which keeps a
 * 10,000-agency report a few tens of megabytes. Small reports are indented for people; large ones are not.
 */
export function formatJson(report: ScoreReport): string {
  const agencies = report.rubrics.reduce((n, r) => n + r.agencies.length, 0);
  if (writtenOnOneLine(agencies, report.not_scored.length)) {
    const sections = report.rubrics.map(({ agencies: list, ...head }) => ({
      head,
      facts: factsOf(list.map((a) => a.score)),
      entries: list.map((a) => [entryHead({ rank: a.rank, size: a.cohort_size, ...(a.group_ranks ? { group_ranks: a.group_ranks } : {}) }, a.file, a.file_warnings ? { file_warnings: a.file_warnings } : {}) + resultJson(a).slice(1)]),
    }));
    return [...jsonChunks(report, sections)].join("");
  }
  // The kinds of the skipped files are the xlsx's reasons, not part of the json's format.
  const { skipped_kinds: _kinds, ...written } = report;
  const out = {
    ...written,
    rubrics: report.rubrics.map((section) => ({
      ...section,
      indicators: factsOf(section.agencies.map((a) => a.score)),
      agencies: section.agencies.map((a) => ({ ...a, score: compact(a.score), ...(a.verified ? { verified: compact(a.verified) } : {}) })),
    })),
  };
  return jsonText(out);
}

/** The one-line report in pieces, so that a large batch can be written without holding it whole. */
export function* jsonChunks(report: ReportFrame, sections: Iterable<JsonSection>): Generator<JsonChunk> {
  yield `${JSON.stringify({ tool: report.tool, generated_at: report.generated_at }).slice(0, -1)},"rubrics":[`;
  let firstSection = true;
  for (const section of sections) {
    yield escapeBidi(`${firstSection ? "" : ","}${JSON.stringify(section.head).slice(0, -1)},"agencies":[`);
    firstSection = false;
    let first = true;
    for (const entry of section.entries) {
      if (!first) yield ",";
      for (const piece of entry) yield typeof piece === "string" ? escapeBidi(piece) : escapeBidiBytes(piece);
      first = false;
    }
    yield escapeBidi(`],"indicators":${JSON.stringify(section.facts)}}`);
  }
  // File by file: an invalid file's findings can weigh more than its agency's entry would (JSON.stringify of the
  // list would give the same bytes, from the list whole in memory).
  yield '],"not_scored":[';
  let first = true;
  for (const file of report.not_scored) {
    yield escapeBidi(`${first ? "" : ","}${JSON.stringify(file)}`);
    first = false;
  }
  yield escapeBidi(`]${report.skipped ? `,"skipped":${JSON.stringify(report.skipped)}` : ""}}`) + "\n";
}

/** An agency's result without its file and ranks, as JSON text (what a worker thread spools). */
function resultJson(result: AgencyResult): string {
  return JSON.stringify({ score: compact(result.score), ...(result.verified ? { verified: compact(result.verified) } : {}), example: result.example, ...(result.submitted !== undefined ? { submitted: result.submitted } : {}), ...(result.evidence ? { evidence: result.evidence } : {}) });
}

/** resultJson of a result without evidence, completed with its evidence list given as JSON text: the same bytes. */
export function resultJsonWith(result: AgencyResult, evidenceJson: string | undefined): string {
  const json = resultJson(result);
  return evidenceJson ? `${json.slice(0, -1)},"evidence":${evidenceJson}}` : json;
}

/**
 * The start of an agency entry: file and ranks, then a comma; the result's JSON without its opening
 * brace completes it (the same bytes as stringifying the whole entry object).
 */
export function entryHead(ranks: RankInfo, file: string, warnings: Pick<RankedAgency, "file_warnings"> = {}): string {
  return `${JSON.stringify({ file, ...rankFields(ranks), ...warnings }).slice(0, -1)},`;
}

/** The indicator facts of a rubric section, in the order the results list them. */
export function factsOf(scores: Iterable<{ indicators: IndicatorResult[] }>): IndicatorFacts[] {
  const facts = new Map<string, IndicatorFacts>();
  for (const score of scores) for (const i of score.indicators) if (!facts.has(i.code)) facts.set(i.code, { code: i.code, title: i.title, parent: i.parent, input: i.input, rule: i.rule });
  return [...facts.values()];
}

const FACT_KEYS = new Set(["title", "parent", "input", "rule"]);

/** A score without the indicator facts (a plain loop: about twice as fast as rest destructuring on large batches). */
function compact<T extends { indicators: IndicatorResult[] }>(score: T): T {
  const indicators = score.indicators.map((indicator) => {
    const rest: Record<string, unknown> = {};
    for (const key in indicator) if (!FACT_KEYS.has(key)) rest[key] = indicator[key as keyof IndicatorResult];
    return rest;
  });
  return { ...score, indicators: indicators as unknown as IndicatorResult[] };
}

/** Puts a section's indicator facts back into a compact score. */
export function expander(indicators: IndicatorFacts[]): <T extends { indicators: IndicatorResult[] }>(score: T) => T {
  const facts = new Map<string, IndicatorFacts>(indicators.map((f) => [f.code, f]));
  // Object.assign, not a second spread into the literal (`{ ...fact, ...i }`): V8 copies the second one key by
  // key in its runtime, 35 times slower; an xlsx of 10,000 agencies spent 3.4 s here. A `__proto__` key read
  // from a report file (in an item or its facts) would set the copy's prototype there: copied by spreading.
  const inert = (o: object | undefined) => o === undefined || !Object.hasOwn(o, "__proto__");
  return (score) => ({ ...score, indicators: score.indicators.map((i) => {
    const fact = facts.get(i.code);
    return (inert(i) && inert(fact) ? Object.assign({}, fact, i) : { ...(fact ?? {}), ...i }) as IndicatorResult;
  }) });
}
