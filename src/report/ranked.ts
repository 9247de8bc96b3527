import { finalScore, groupRankCodes, namesakeIds, rankingOrder, type Section } from "./common.js";
import type { RankedAgency, ReportFrame, ScoreReport } from "./report.js";
import type { Scratch } from "./scratch.js";

/**
 * A section of the report as the csv, xlsx and html read it: its head, and its agencies in ranking order (cohort,
 * rank, name) as iterables, so that a large batch's agencies can be read from the spool one at a time.
 * `first`: an agency of the section (its groups and aggregates name the columns); none for an empty section.
 * `groupRanks`: some agency of the section has ranks per group (--group-ranks), whichever comes first.
 */
export interface RankedSection {
  head: Omit<Section, "agencies">;
  first: RankedAgency | undefined;
  groupRanks: boolean;
  /** Every agency, whole. */
  agencies: Iterable<RankedAgency>;
  /**
   * The same agencies for a table that shows no indicator: their groups and aggregates, and of the
   * indicators at least the provisional ones (read from a spool without the rest, which is most of the cost).
   */
  summaries: Iterable<RankedAgency>;
  /** Only the agencies with a verified score, whole. */
  verified: Iterable<RankedAgency>;
  /** Only the agencies whose files had warnings (as summaries). */
  warned: Iterable<RankedAgency>;
  /** Each agency's place in the section as listed (input order), in ranking order: what the html's ids are made of. */
  order: readonly number[];
  /** The ids of the agencies whose name another agency of the section has (namesakeIds), written beside their names. */
  namesakes: ReadonlySet<string>;
}

/**
 * A report as the csv, xlsx and html read it: everything but the agencies, and the sections. `scratch`: where
 * the html puts its ranking rows aside while it reads the agencies once for both (in memory without it).
 */
export interface RankedReport { frame: ReportFrame; sections: RankedSection[]; scratch?: () => Scratch }

/** The sections of a report held in memory, in ranking order. */
export function rankedSections(report: ScoreReport): RankedSection[] {
  return report.rubrics.map((section) => {
    const agencies = rankingOrder(section);
    const place = new Map(section.agencies.map((a, i) => [a, i]));
    return { head: section, first: section.agencies[0], groupRanks: groupRankCodes(section).length > 0, agencies, summaries: agencies, verified: agencies.filter((a) => a.verified), warned: agencies.filter((a) => a.file_warnings), order: agencies.map((a) => place.get(a)!), namesakes: namesakeIds(agencies.map((a) => finalScore(a).agency)) };
  });
}

export function rankedReport(report: ScoreReport): RankedReport {
  return { frame: report, sections: rankedSections(report) };
}
