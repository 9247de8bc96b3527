import type { AgencyFile, Answer } from "../core/agency.js";
import { suggestCode, writtenFor } from "../core/check-agency.js";
import { allIndicators, indicatorApplies, indicatorByCode } from "../core/codes.js";
import type { Input } from "../core/rubric.js";
import type { AgencyOutcome, ParsedAgency } from "./load-agency.js";
import type { LoadedRubric } from "./load-rubric.js";
import { yaml } from "./lazy.js";
import { parseYaml } from "./parse-yaml.js";

/**
 * Where an answer under a code the rubric does not have may go: of the codes asked of the agency that the file
 * does not answer, the nearest that takes what it holds (its value or N/A, a collector's verified value; its
 * evidence is asked as any answer's is). One answer for validate's "did you mean" and assess's move: the
 * nearest unanswered code alone named 1.4 (a fraction) for a choice's id whose question 1.6 now asks, where
 * assess offered 1.6. Undefined when none near takes it.
 */
/**
 * load-agency.ts's validateAgency, handed in by its callers: validateAgency asks this module for its "did you mean",
 * and this module imported it back, a cycle.
 */
export type CheckAgency = (agency: ParsedAgency, loaded: LoadedRubric) => AgencyOutcome;

export function moveTarget(loaded: LoadedRubric, data: AgencyFile, code: string, check: CheckAgency): string | undefined {
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
 * evidence. One check of the header and the answer put under each of them (the file's other findings are not
 * this answer's, nor cut off at a file's limit).
 */
function codesTaking(loaded: LoadedRubric, data: AgencyFile, code: string, codes: string[], check: CheckAgency): string[] {
  if (codes.length === 0) return [];
  const entry = data.answers?.[code];
  const byCode = indicatorByCode(loaded.rubric);
  const trial = { ...data, answers: Object.fromEntries(codes.map((c) => [c, asTakenAt(byCode.get(c)?.input, structuredClone(entry))])) };
  // yaml loaded here, on first use: imported at the top, every score and validate paid its start-up (load/lazy.ts).
  const text = yaml().stringify(trial);
  const parsed = parseYaml(text);
  if (!parsed.ok) return [];
  const checked = check({ file: "trial.yaml", text, parsed: parsed.parsed, data: parsed.parsed.data }, loaded);
  if (checked.ok) return codes;
  const refused = new Set<string>();
  for (const f of checked.diagnostics) {
    const path = f.path?.split("/") ?? [];
    if (f.severity === "error" && path[0] === "answers" && path[2] !== "evidence" && !f.code.startsWith("evidence-")) refused.add(path[1]!);
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
