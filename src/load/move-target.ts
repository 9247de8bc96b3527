import type { AgencyFile, Answer } from "../core/agency.js";
import { suggestCode, writtenFor } from "../core/check-agency.js";
import { allIndicators, indicatorApplies, indicatorByCode } from "../core/codes.js";
import type { Input } from "../core/rubric.js";
import type { Issue } from "../core/issue.js";
import type { LoadedRubric } from "./load-rubric.js";

/**
 * load-agency.ts's agencyIssues, handed in by its callers: validateAgency asks this module for its "did you mean",
 * and this module imported it back, a cycle.
 */
type CheckData = (data: Record<string, unknown>, loaded: LoadedRubric) => { issues: Issue[] };

/**
 * Where an answer under a code the rubric does not have may go: of the codes asked of the agency that the file
 * does not answer, the nearest that takes what it holds (its value or N/A, a collector's verified value; its
 * evidence is asked as any answer's is). One answer for validate's "did you mean" and assess's move: the
 * nearest unanswered code alone named 1.4 (a fraction) for a choice's id whose question 1.6 now asks, where
 * assess offered 1.6. Undefined when none near takes it.
 */
export function moveTarget(loaded: LoadedRubric, data: AgencyFile, code: string, check: CheckData): string | undefined {
  const { rubric } = loaded;
  const type = data.agency?.type;
  if (typeof type !== "string") return undefined;
  const answers = typeof data.answers === "object" && data.answers !== null ? data.answers : {};
  const free = allIndicators(rubric).filter((i) => indicatorApplies(rubric, i, type) && !Object.hasOwn(answers, i.code)).map((i) => i.code);
  const nearest = suggestCode(code, free);
  // A code written a slip from one the file leaves unanswered (5.1O for 5.10) was meant as that one, not
  // re-coded: moved there only when it takes the value, never to another (5.7, a yes/no, took 5.1O's `true`);
  // the hint keeps naming it, and its value is said once the key is mended.
  if (nearest !== undefined && writtenFor(code, nearest)) return codesTaking(loaded, data, code, [nearest], check)[0];
  const taking = codesTaking(loaded, data, code, free, check);
  // An indicator that scores nothing (information only, a free text) takes almost any value: the nearest of those
  // was offered for a date a scored deadline two codes away asks. It is named only when no scored one takes it.
  const byCode = indicatorByCode(rubric);
  const scored = taking.filter((c) => { const i = byCode.get(c); return i !== undefined && !i.info_only && i.rule !== undefined; });
  return suggestCode(code, scored) ?? suggestCode(code, taking);
}

/**
 * The codes among `codes` that would take the answer under `code` as it is: nothing refused there but its
 * evidence. One check, as data, of the header and the answer put under each of them (the file's other findings
 * are not this answer's; how its value was written, 1.000 for a thousand, goes with it wherever it goes).
 */
function codesTaking(loaded: LoadedRubric, data: AgencyFile, code: string, codes: string[], check: CheckData): string[] {
  if (codes.length === 0) return [];
  const entry = data.answers?.[code];
  const byCode = indicatorByCode(loaded.rubric);
  const trial = { ...data, answers: Object.fromEntries(codes.map((c) => [c, asTakenAt(byCode.get(c)?.input, structuredClone(entry))])) };
  const refused = new Set<string>();
  for (const i of check(trial as unknown as Record<string, unknown>, loaded).issues) {
    if ((i.severity ?? "error") === "error" && i.path[0] === "answers" && i.path[2] !== "evidence" && !i.code.startsWith("evidence-")) refused.add(i.path[1]!);
  }
  return codes.filter((c) => !refused.has(c));
}

/**
 * A choice's id where the code's input is now a checklist holding that item (a later version made the question
 * one of ticks): taken as that item ticked. The move renames the key and leaves the value as written; the
 * interview asks the answer again there at once (its value is no list), with the item ticked.
 */
export function asTaken(input: Input, value: unknown): unknown {
  return input.type === "checklist" && typeof value === "string" && input.options.some((o) => o.id === value) ? [value] : value;
}

function asTakenAt(input: Input | undefined, entry: unknown): unknown {
  if (!input || typeof entry !== "object" || entry === null || !("value" in entry)) return entry;
  return { ...entry, value: asTaken(input, (entry as Answer).value) };
}
