import type { BatchOutcome } from "../batch/score-files.js";
import { competitionRanks } from "../core/rank.js";
import type { AgencyScore } from "../core/result.js";
import type { AgencyFile, EvidenceItem } from "../core/agency.js";
import type { Text } from "../core/rubric.js";

export interface RankedAgency {
  file: string;
  /** Rank within the cohort, on the verified total where the collector gave verified values. */
  rank: number;
  cohort_size: number;
  /** With --group-ranks: the rank within the cohort on each top-level group's points. */
  group_ranks?: Record<string, number>;
  score: AgencyScore;
  verified?: AgencyScore;
  example: boolean;
  /** The evidence the agency cited, by indicator code (only indicators that cite some). */
  evidence?: Record<string, EvidenceItem[]>;
}

export interface ReportError { code: string; severity: string; line: number | null; col: number | null; path: string | null; params: Record<string, string | number> }

/** The one result object every output format is made from. */
export interface ScoreReport {
  tool: { name: string; version: string };
  generated_at: string;
  rubrics: {
    id: string; version: string; sha256: string; title: Text; scale: number; decimals: number; fidelity: string; file: string;
    agency_types: { id: string; label: Text }[];
    agencies: RankedAgency[];
  }[];
  not_scored: { file: string; errors: ReportError[] }[];
}

export function buildReport(outcome: BatchOutcome, tool: { name: string; version: string }, now: Date, showPath: (file: string) => string = (f) => f, options: { groupRanks?: boolean } = {}): ScoreReport {
  return {
    tool,
    generated_at: now.toISOString(),
    rubrics: outcome.sections.map(({ rubric, agencies }) => {
      const finalTotal = (a: (typeof agencies)[number]) => (a.verified ?? a.self).total;
      const cohorts = new Map<string, typeof agencies>();
      for (const a of agencies) cohorts.set(a.self.agency.cohort, [...(cohorts.get(a.self.agency.cohort) ?? []), a]);
      const ranks = new Map<(typeof agencies)[number], { rank: number; size: number }>();
      const groupRanks = new Map<(typeof agencies)[number], Record<string, number>>();
      for (const members of cohorts.values()) {
        for (const { item, rank } of competitionRanks(members, finalTotal, (a) => a.self.agency.id)) ranks.set(item, { rank, size: members.length });
        if (!options.groupRanks) continue;
        // Per top-level group, the same competition ranking within the cohort (on verified points where given).
        for (const group of rubric.rubric.groups) {
          const points = (a: (typeof agencies)[number]) => (a.verified ?? a.self).groups.find((g) => g.code === group.code)?.points ?? 0;
          for (const { item, rank } of competitionRanks(members, points, (a) => a.self.agency.id)) groupRanks.set(item, { ...groupRanks.get(item), [group.code]: rank });
        }
      }
      return {
        id: rubric.rubric.id, version: rubric.rubric.version, sha256: rubric.sha256, title: rubric.rubric.title,
        scale: rubric.rubric.scale, decimals: rubric.rubric.rounding.decimals, agency_types: rubric.rubric.agency_types, fidelity: rubric.rubric.provenance.fidelity, file: showPath(rubric.file),
        agencies: agencies.map((a) => ({
          file: showPath(a.file),
          rank: ranks.get(a)!.rank,
          cohort_size: ranks.get(a)!.size,
          ...(groupRanks.has(a) ? { group_ranks: groupRanks.get(a)! } : {}),
          score: a.self,
          ...(a.verified ? { verified: a.verified } : {}),
          example: a.agency.example === true,
          ...evidenceOf(a.agency, a.self.indicators.map((i) => i.code)),
        })),
      };
    }),
    not_scored: outcome.failures.map((f) => ({
      file: showPath(f.file),
      errors: f.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line ?? null, col: d.col ?? null, path: d.path ?? null, params: d.params })),
    })),
  };
}

/** Evidence items by indicator code (rubric order), with only the documented fields, in the order the agency gave them. */
function evidenceOf(agency: AgencyFile, codes: string[]): { evidence?: Record<string, EvidenceItem[]> } {
  const out: Record<string, EvidenceItem[]> = {};
  const answers = agency.answers ?? {};
  for (const code of codes) {
    const answer = Object.hasOwn(answers, code) ? answers[code] : undefined;
    if (answer === undefined || answer === null || answer === "?" || !Array.isArray(answer.evidence) || answer.evidence.length === 0) continue;
    out[code] = answer.evidence.map((e) => {
      const item: EvidenceItem = {};
      for (const key of ["number", "date", "title", "link", "issuer"] as const) if (typeof e[key] === "string") item[key] = e[key];
      return item;
    });
  }
  return Object.keys(out).length > 0 ? { evidence: out } : {};
}
