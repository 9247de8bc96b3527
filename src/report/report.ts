import type { BatchOutcome, FileFailure } from "../batch/score-files.js";
import type { SkippedKind } from "../batch/skipped-kind.js";
import type { LoadedRubric } from "../load/load-rubric.js";
import type { LocatedDiagnostic } from "../load/located.js";
import { competitionRanks } from "../core/rank.js";
import type { AgencyScore } from "../core/result.js";
import { isCalendarDate, type AgencyFile, type EvidenceItem } from "../core/agency.js";
import type { Bands, BandSet, Rubric, Text } from "../core/rubric.js";
import { allIndicators } from "../core/codes.js";
import type { AnswerLabels, Labelled } from "./value-text.js";

export interface RankedAgency {
  file: string;
  /** Rank within the cohort, on the verified total where the collector gave verified values. */
  rank: number;
  cohort_size: number;
  /** With --group-ranks: the rank within the cohort on each top-level group's points. */
  group_ranks?: Record<string, number>;
  /** What checking the file found that did not stop it being scored; only when there is some. */
  file_warnings?: ReportError[];
  score: AgencyScore;
  verified?: AgencyScore;
  example: boolean;
  /** The day the file says it was sent (`submitted`, YYYY-MM-DD); only when it gives one. */
  submitted?: string;
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
    /**
     * The rubric's rating bands, best first (those of every agency type's set, each once): a band keeps its colour in
     * charts whichever bands a batch reaches. `min` and `basis`: where the rubric's main set starts the band (for the
     * agency types without a set of their own); `by_agency_type`: where each per-type set starts it. A report of an
     * earlier version has no thresholds.
     */
    bands?: ReportBand[];
    /** The rubric's ranking cohorts, when it names them (otherwise agencies are ranked by type). */
    cohorts?: { id: string; label: Text }[];
    /** The group and indicator codes each of the rubric's aggregates adds up: the ranking tables leave out one that is a single top-level group's. */
    aggregates?: { id: string; include: string[] }[];
    /** By indicator code, the options of choice and checklist indicators and the fields of parts indicators: reports show answers in words. */
    answer_labels?: Record<string, AnswerLabels>;
    agencies: RankedAgency[];
  }[];
  /**
   * `agency`: the id and name the file gives, where it could be read that far. `error_count`: how many errors the
   * file has, where `errors` holds only its first (a batch's md or terminal table written without the json or html).
   */
  not_scored: { file: string; agency?: { id?: string; name?: string }; errors: ReportError[]; error_count?: number }[];
  /** YAML files a folder held that are no agency files (a CI workflow, say): passed over, listed so that none goes unseen. */
  skipped?: string[];
  /** What each of `skipped` is, in its order (skippedKind): the xlsx gives each its own reason. Not written in the json. */
  skipped_kinds?: SkippedKind[];
}

/**
 * What a report holds besides its agencies, as the writers that stream a large batch take it: the files not
 * scored may be read one at a time as they are written (each with its findings, read back from a spool).
 */
export type ReportFrame = Pick<ScoreReport, "tool" | "generated_at" | "skipped" | "skipped_kinds"> & { not_scored: Iterable<ScoreReport["not_scored"][number]> };

/** A rating band as a report lists it: the agencies told their band can be told where it starts. */
export interface ReportBand {
  id: string;
  label: Text;
  min?: number;
  basis?: BandSet["basis"];
  by_agency_type?: { agency_types: string[]; min: number; basis: BandSet["basis"] }[];
}

/** A rubric section's own fields: everything but its agencies. */
export type SectionHead = Omit<ScoreReport["rubrics"][number], "agencies">;

/** What one agency's entry holds besides its file and ranks (the part a worker can produce before ranks are known). */
export type AgencyResult = Pick<RankedAgency, "score" | "verified" | "example" | "submitted" | "evidence">;

export interface RankInfo { rank: number; size: number; group_ranks?: Record<string, number> }

/**
 * What ranking needs to know of an agency: its final total (verified where given) and top-level group points.
 * `groups`: the points of each top-level group asked for; null where the group does not apply to the agency.
 */
export interface Rankable { id: string; cohort: string; total: number; groups: readonly (number | null)[] }

export function buildReport(outcome: BatchOutcome, tool: { name: string; version: string }, now: Date, showPath: (file: string) => string = (f) => f, options: { groupRanks?: boolean } = {}): ScoreReport {
  return {
    tool,
    generated_at: now.toISOString(),
    rubrics: outcome.sections.map(({ rubric, agencies }) => {
      const groupCodes = rubric.rubric.groups.map((g) => g.code);
      const ranks = rankCohorts(agencies.map((a) => rankable(a.verified ?? a.self, groupCodes)), options.groupRanks ? groupCodes : undefined);
      return {
        ...sectionHead(rubric, showPath),
        agencies: agencies.map((a, i) => ({
          file: showPath(a.file),
          ...rankFields(ranks[i]!),
          ...fileWarnings(a.warnings, showPath),
          ...agencyResult(a.self, a.verified, a.agency),
        })),
      };
    }),
    not_scored: notScored(outcome.failures, showPath),
    ...(outcome.skipped.length > 0 ? { skipped: outcome.skipped.map((s) => showPath(s.file)), skipped_kinds: outcome.skipped.map((s) => s.kind) } : {}),
  };
}

export function sectionHead(rubric: LoadedRubric, showPath: (file: string) => string): SectionHead {
  const r = rubric.rubric;
  return {
    id: r.id, version: r.version, sha256: rubric.sha256, title: r.title,
    scale: r.scale, decimals: r.rounding.decimals, agency_types: r.agency_types, fidelity: r.provenance.fidelity, file: showPath(rubric.file),
    bands: bandsOf(r.bands),
    ...(r.cohorts?.length ? { cohorts: r.cohorts.map((c) => ({ id: c.id, label: c.label })) } : {}),
    ...(r.aggregates?.length ? { aggregates: r.aggregates.map((x) => ({ id: x.id, include: x.include })) } : {}),
    ...answerLabelsOf(r),
  };
}

/** The unit a figure answer is written with in the reports: the rubric's, or % for a percentage. */
function unitOf(input: { type: string; unit?: Text }): Text | undefined {
  if (input.type === "percent") return { vi: "%", en: "%" };
  return (input.type === "number" || input.type === "count") && input.unit ? input.unit : undefined;
}

function answerLabelsOf(rubric: Rubric): Pick<SectionHead, "answer_labels"> {
  const labelled = (items: readonly Labelled[]) => items.map((o) => ({ id: o.id, label: o.label }));
  const entries: [string, AnswerLabels][] = [];
  for (const { code, input } of allIndicators(rubric)) {
    if (input.type === "choice" || input.type === "checklist") entries.push([code, { options: labelled(input.options) }]);
    const unit = unitOf(input);
    if (unit) entries.push([code, { unit }]);
    if (input.type === "parts") {
      entries.push([code, { fields: input.fields.map((f) => { const u = unitOf(f.input); return { ...labelled([f])[0]!, ...(f.input.type === "choice" || f.input.type === "checklist" ? { options: labelled(f.input.options) } : {}), ...(u ? { unit: u } : {}) }; }) }]);
    }
  }
  // fromEntries defines own properties: no code can reach a prototype.
  return entries.length > 0 ? { answer_labels: Object.fromEntries(entries) } : {};
}

/** Every band level, best first: the main set, then any other a per-type set adds; each with where every set starts it. */
function bandsOf(bands: Bands): ReportBand[] {
  const out = new Map<string, ReportBand>();
  for (const l of bands.levels) if (!out.has(l.id)) out.set(l.id, { id: l.id, label: l.label, min: l.min, basis: bands.basis });
  for (const set of bands.by_agency_type ?? []) {
    for (const l of set.levels) {
      const band = out.get(l.id) ?? { id: l.id, label: l.label };
      out.set(l.id, { ...band, by_agency_type: [...(band.by_agency_type ?? []), { agency_types: set.agency_types, min: l.min, basis: set.basis }] });
    }
  }
  return [...out.values()];
}

/** The group points of every agency ranked without per-group ranks: one list, not one each (a large batch keeps 100,000 of these). */
const NO_GROUPS: readonly number[] = Object.freeze([]);

export function rankable(final: AgencyScore, groupCodes: readonly string[]): Rankable {
  const groups = groupCodes.length === 0 ? NO_GROUPS : groupCodes.map((code) => { const g = final.groups.find((x) => x.code === code); return g && !g.excluded ? g.points : null; });
  return { id: final.agency.id, cohort: final.agency.cohort, total: final.total, groups };
}

/** Competition ranks within each cohort, on the final total; with group codes, also per top-level group. Same order as the input. */
export function rankCohorts(items: Rankable[], groupCodes?: string[]): RankInfo[] {
  const out: RankInfo[] = items.map(() => ({ rank: 0, size: 0 }));
  const cohorts = new Map<string, number[]>();
  items.forEach((a, i) => { const members = cohorts.get(a.cohort); if (members) members.push(i); else cohorts.set(a.cohort, [i]); });
  for (const members of cohorts.values()) {
    for (const { item, rank } of competitionRanks(members, (i) => items[i]!.total, (i) => items[i]!.id)) out[item] = { rank, size: members.length };
    if (!groupCodes) continue;
    groupCodes.forEach((code, g) => {
      // A group that does not apply to an agency ranks it nowhere, rather than last with 0 points.
      const ranked = members.filter((i) => items[i]!.groups[g] !== null);
      for (const { item, rank } of competitionRanks(ranked, (i) => items[i]!.groups[g]!, (i) => items[i]!.id)) out[item]!.group_ranks = { ...out[item]!.group_ranks, [code]: rank };
    });
  }
  return out;
}

export function rankFields(info: RankInfo): Pick<RankedAgency, "rank" | "cohort_size" | "group_ranks"> {
  return { rank: info.rank, cohort_size: info.size, ...(info.group_ranks ? { group_ranks: info.group_ranks } : {}) };
}

function agencyResult(self: AgencyScore, verified: AgencyScore | undefined, agency: AgencyFile): AgencyResult {
  return { ...scoredResult(self, verified, agency), ...evidenceOf(agency, self.indicators.map((i) => i.code)) };
}

/** An agency's result without the evidence it cited (a large batch lists that in its first pass). */
export function scoredResult(self: AgencyScore, verified: AgencyScore | undefined, agency: AgencyFile): AgencyResult {
  const sent = agency.submitted;
  return { score: self, ...(verified ? { verified } : {}), example: agency.example === true, ...(typeof sent === "string" && isCalendarDate(sent) ? { submitted: sent } : {}) };
}

function notScored(failures: FileFailure[], showPath: (file: string) => string): ScoreReport["not_scored"] {
  return failures.map((f) => notScoredFile(f, showPath));
}

/** One file not scored as the report lists it. */
export function notScoredFile(f: FileFailure, showPath: (file: string) => string): ScoreReport["not_scored"][number] {
  return { file: showPath(f.file), ...(f.agency ? { agency: f.agency } : {}), errors: reportErrors(f.diagnostics, showPath), ...(f.errorCount === undefined ? {} : { error_count: f.errorCount }) };
}

/** A scored file's warnings as its report entry lists them: nothing when there are none. */
export function fileWarnings(warnings: readonly LocatedDiagnostic[] | undefined, showPath: (file: string) => string): Pick<RankedAgency, "file_warnings"> {
  return warnings && warnings.length > 0 ? { file_warnings: reportErrors(warnings, showPath) } : {};
}

function reportErrors(diagnostics: readonly LocatedDiagnostic[], showPath: (file: string) => string): ReportError[] {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line ?? null, col: d.col ?? null, path: d.path ?? null, params: shownParams(d, showPath) }));
}

/** The other file a duplicate id (or one agency under two ids) names is shown as the report shows files. */
function shownParams(d: LocatedDiagnostic, showPath: (file: string) => string): Record<string, string | number> {
  return (d.code === "duplicate-agency" || d.code === "same-agency-other-id") && typeof d.params.first === "string" ? { ...d.params, first: showPath(d.params.first) } : d.params;
}

/** Evidence items by indicator code (rubric order), with only the documented fields, in the order the agency gave them. */
export function evidenceOf(agency: AgencyFile, codes: string[]): { evidence?: Record<string, EvidenceItem[]> } {
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
