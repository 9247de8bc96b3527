import { entryHead, expander, type JsonSection } from "../report/json.js";
import { notScored, rankCohorts, rankFields, sectionHead, type AgencyResult, type RankInfo, type ScoreReport } from "../report/report.js";
import type { SpooledBatch, SpooledSection } from "./pipeline.js";

export interface ReportOptions { tool: { name: string; version: string }; now: Date; showPath: (file: string) => string; groupRanks: boolean }

/** The report's frame: everything but the agency entries. */
export function reportFrame(batch: SpooledBatch, options: ReportOptions): Pick<ScoreReport, "tool" | "generated_at" | "not_scored" | "skipped"> {
  return { tool: options.tool, generated_at: options.now.toISOString(), not_scored: notScored(batch.failures, options.showPath), ...(batch.skipped.length > 0 ? { skipped: batch.skipped.map(options.showPath) } : {}) };
}

function ranksOf(section: SpooledSection, groupRanks: boolean): RankInfo[] {
  return rankCohorts(section.entries, groupRanks ? section.rubric.rubric.groups.map((g) => g.code) : undefined);
}

/** The JSON report's sections, entries read from the spool one at a time (what a large batch streams). */
export function jsonSections(batch: SpooledBatch, options: ReportOptions): JsonSection[] {
  return batch.sections.map((section) => {
    const ranks = ranksOf(section, options.groupRanks);
    return {
      head: sectionHead(section.rubric, options.showPath),
      facts: section.facts,
      // The spooled bytes go out as they are, past their opening brace: no decoding and encoding again.
      entries: (function* () { for (const [i, e] of section.entries.entries()) yield [entryHead(ranks[i]!, options.showPath(batch.fileOf(e))), batch.readBytes(e).subarray(1)]; })(),
    };
  });
}

/** The whole report in memory (every format but a large JSON report is made from it). */
export function materializeReport(batch: SpooledBatch, options: ReportOptions): ScoreReport {
  const frame = reportFrame(batch, options);
  return {
    tool: frame.tool,
    generated_at: frame.generated_at,
    rubrics: batch.sections.map((section) => {
      const ranks = ranksOf(section, options.groupRanks);
      const expand = expander(section.facts);
      return {
        ...sectionHead(section.rubric, options.showPath),
        agencies: section.entries.map((e, i) => {
          const r = JSON.parse(batch.read(e)) as AgencyResult;
          return { file: options.showPath(batch.fileOf(e)), ...rankFields(ranks[i]!), score: expand(r.score), ...(r.verified ? { verified: expand(r.verified) } : {}), example: r.example, ...(r.evidence ? { evidence: r.evidence } : {}) };
        }),
      };
    }),
    not_scored: frame.not_scored,
    ...(frame.skipped ? { skipped: frame.skipped } : {}),
  };
}
