import type { IndicatorResult } from "../core/result.js";
import type { ScoreReport } from "./report.js";

/** Indicator facts that belong to the rubric, written once per rubric section instead of once per agency. */
type IndicatorFacts = Pick<IndicatorResult, "code" | "title" | "parent" | "input" | "rule">;

/**
 * The report as JSON (docs/report-format.md). Each rubric section lists its indicators' titles, parents,
 * inputs and rules once (`indicators`); agency results carry only what differs per agency, which keeps a
 * 10,000-agency report a few tens of megabytes. Small reports are indented for people; large ones are not.
 */
export function formatJson(report: ScoreReport): string {
  const agencies = report.rubrics.reduce((n, r) => n + r.agencies.length, 0);
  const out = {
    ...report,
    rubrics: report.rubrics.map((section) => {
      const facts = new Map<string, IndicatorFacts>();
      for (const a of section.agencies) for (const i of a.score.indicators) if (!facts.has(i.code)) facts.set(i.code, { code: i.code, title: i.title, parent: i.parent, input: i.input, rule: i.rule });
      return {
        ...section,
        indicators: [...facts.values()],
        agencies: section.agencies.map((a) => ({ ...a, score: compact(a.score), ...(a.verified ? { verified: compact(a.verified) } : {}) })),
      };
    }),
  };
  return JSON.stringify(out, null, agencies > 50 ? undefined : 2) + "\n";
}

function compact<T extends { indicators: IndicatorResult[] }>(score: T): T {
  return { ...score, indicators: score.indicators.map(({ title: _t, parent: _p, input: _i, rule: _r, ...rest }) => rest) as unknown as IndicatorResult[] };
}

/** Read a JSON report back into the in-memory shape (indicator facts put back into every result). */
export function parseReportJson(text: string): ScoreReport {
  type Section = ScoreReport["rubrics"][number] & { indicators?: IndicatorFacts[] };
  const raw = JSON.parse(text) as Omit<ScoreReport, "rubrics"> & { rubrics: Section[] };
  return {
    ...raw,
    rubrics: raw.rubrics.map(({ indicators, ...section }: Section) => {
      const facts = new Map<string, IndicatorFacts>((indicators ?? []).map((f) => [f.code, f]));
      const expand = <T extends { indicators: IndicatorResult[] }>(score: T): T => ({ ...score, indicators: score.indicators.map((i) => ({ ...(facts.get(i.code) ?? {}), ...i }) as IndicatorResult) });
      return { ...section, agencies: section.agencies.map((a) => ({ ...a, score: expand(a.score), ...(a.verified ? { verified: expand(a.verified) } : {}) })) };
    }),
  };
}
