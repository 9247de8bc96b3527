import { isUnanswered, type AgencyFile } from "../core/agency.js";
import { answersNothingYet, claimsPoints, missingParts } from "../core/check-agency.js";
import { appliesTo } from "../core/codes.js";
import type { Group, Indicator, Item, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { heldEvidence, unfitFields } from "./held-evidence.js";

/**
 * One question of the interview: an indicator with its top-level group, in rubric order. `within`: the
 * sub-groups between that group and the indicator (6.2 for 6.2.3), outermost first.
 */
export interface Question { indicator: Indicator; group: Group; groupIndex: number; within: Group[] }

/** The indicators an agency of this type answers: scored and information-only ones, then bonus and penalty items. */
export function questionsFor(rubric: Rubric, agencyType: string): Question[] {
  const out: Question[] = [];
  const walk = (items: Item[], top: Group, groupIndex: number, within: Group[]) => {
    for (const item of items) {
      if (item.kind === "heading" || !appliesTo(item, agencyType)) continue;
      if (item.kind === "group") walk(item.items, top, groupIndex, [...within, item]);
      else out.push({ indicator: item, group: top, groupIndex, within });
    }
  };
  rubric.groups.forEach((g, i) => { if (appliesTo(g, agencyType)) walk(g.items, g, i, []); });
  const extras = [...(rubric.bonus?.items ?? []), ...(rubric.penalty?.items ?? [])];
  const extraGroup = { kind: "group", code: "+", title: { vi: message("vi", "bonus-penalty"), en: message("en", "bonus-penalty") }, max: 0, items: extras } as Group;
  for (const item of extras) if (appliesTo(item, agencyType)) out.push({ indicator: item, group: extraGroup, groupIndex: rubric.groups.length, within: [] });
  return out;
}

/**
 * Answered as `score` counts it: not left empty or "?", and, given the indicator, an answer in parts with at
 * least one part given (none given is unanswered there: the summary listed it as answered).
 */
export function isAnswered(agency: AgencyFile, code: string, indicator?: Indicator): boolean {
  const entry = agency.answers?.[code];
  if (isUnanswered(entry)) return false;
  if (indicator === undefined || entry === null || entry === "?" || entry === undefined || entry.na) return true;
  return !answersNothingYet(indicator, entry.value);
}

/** Answered, with the evidence the rubric requires when the answer claims points (an interrupted answer may lack it). */
export function isComplete(agency: AgencyFile, indicator: Indicator): boolean {
  const entry = agency.answers?.[indicator.code];
  if (isUnanswered(entry) || entry === null || entry === "?" || entry === undefined) return false;
  // N/A without its reason (Ctrl-C while it was asked): asked again.
  if (entry.na) return typeof entry.reason === "string" && entry.reason.trim() !== "";
  // Parts left "?" (set aside at a later part, or a hand edit): asked again.
  if (!entry.na && (missingParts(indicator, entry.value).length > 0 || answersNothingYet(indicator, entry.value))) return false;
  const rule = indicator.evidence;
  if (entry.na || !rule?.required || !claimsPoints(indicator, entry.value)) return true;
  // An item left part typed (? or Ctrl-C at its title) is no evidence yet: it comes back to be finished.
  const whole = heldEvidence(entry.evidence).filter((item) => unfitFields(item, rule).length === 0);
  return whole.length >= (rule.min ?? 1);
}

export function isFlagged(agency: AgencyFile, code: string): boolean {
  const entry = agency.answers?.[code];
  return typeof entry === "object" && entry !== null && entry.flag === true;
}
