import type { ScoreReport } from "../../src/report/report.js";
import { expander, type IndicatorFacts } from "../../src/report/json.js";

/** Read a JSON report back into the in-memory shape (indicator facts put back into every result), as the formatters take it. */
export function parseReportJson(text: string): ScoreReport {
  type Section = ScoreReport["rubrics"][number] & { indicators?: IndicatorFacts[] };
  const raw = JSON.parse(text) as Omit<ScoreReport, "rubrics"> & { rubrics: Section[] };
  return {
    ...raw,
    rubrics: raw.rubrics.map(({ indicators, ...section }: Section) => {
      const expand = expander(indicators ?? []);
      return { ...section, agencies: section.agencies.map((a) => ({ ...a, score: expand(a.score), ...(a.verified ? { verified: expand(a.verified) } : {}) })) };
    }),
  };
}
