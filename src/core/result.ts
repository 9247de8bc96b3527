import type { Text } from "./rubric.js";

/** How one indicator ended up: the states a report shows, never collapsed into a bare zero. */
export type Status = "scored" | "not_applicable" | "unanswered" | "info_only" | "provisional";

/** Why an indicator is not applicable. */
export type NaCause = "answer" | "agency_type" | "zero_denominator";

export interface IndicatorResult {
  code: string;
  title: Text;
  /** Code of the enclosing group; "bonus" or "penalty" for adjustment items. */
  parent: string;
  input: string;
  rule: string | null;
  value: unknown;
  status: Status;
  points: number;
  max: number;
  /** Left out of its group's applicable max (N/A rescaled, not applicable to the type, b = 0). */
  excluded: boolean;
  na_cause?: NaCause;
  na_policy?: string;
  reason?: string;
  evidence: number;
  evidence_missing: number;
  note?: string;
  flag?: boolean;
  /** The collector's verified value replaced the self-reported one. */
  verified?: boolean;
  /** The collector's note on the verified value (why it differs), where the verified block gives one. */
  verified_note?: string;
  /** Who verified the value (the verified block's `by`), where given. */
  verified_by?: string;
  /** The day the collector verified the value (YYYY-MM-DD), where the verified block gives one. */
  verified_on?: string;
}

export interface GroupResult {
  code: string;
  title: Text;
  depth: number;
  max: number;
  /** Points after rescaling, averaging, caps and floors. */
  points: number;
  /** Plain sum of the children's points. */
  earned: number;
  /** Sum of the children's max that count (not excluded). */
  applicable_max: number;
  rescaled: boolean;
  excluded: boolean;
  groups: GroupResult[];
  indicators: string[];
}

export interface Subtotal { id: string; title: Text; points: number; max: number }

export interface Adjustment { points: number; raw: number; cap: number }

export interface Completeness {
  applicable: number;
  answered: number;
  unanswered: number;
  not_applicable: number;
  missing_evidence: number;
}

export interface Warning { code: string; indicator?: string; params?: Record<string, string | number> }

/** The score of one agency under one rubric: the single object every output is made from. */
export interface AgencyScore {
  agency: { id: string; name: string; type: string; cohort: string };
  period: string;
  basis: "self" | "verified";
  base: { points: number; max: number };
  bonus: Adjustment;
  penalty: Adjustment;
  total: number;
  max: number;
  percent: number;
  band: { id: string; label: Text } | null;
  groups: GroupResult[];
  aggregates: Subtotal[];
  indicators: IndicatorResult[];
  completeness: Completeness;
  provisional: boolean;
  warnings: Warning[];
}

/** No answer to show: unanswered, or information asked and left "?" (or out), which holds no value. */
export function answerMissing(r: Pick<IndicatorResult, "status" | "value">): boolean {
  return r.status === "unanswered" || (r.status === "info_only" && (r.value === null || r.value === undefined));
}
