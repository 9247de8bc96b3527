import { measureOf } from "../../core/measure.js";
import type { IndicatorResult } from "../../core/result.js";
import type { Indicator, Text } from "../../core/rubric.js";
import { worth } from "../../core/rules.js";

/**
 * What in the new version gave 0 to an answer that earned points under the old one, in the rubric's own terms:
 * `evidence` (`when_missing: no_points`, the answer short of its evidence), `option` (the choice picked is worth 0),
 * `options` (every option ticked is worth 0), `below_steps` (a `bands` answer under the lowest step: `else`),
 * `step` (the step reached is worth 0), `rule` (another rule: its type).
 */
export type ZeroCause =
  | { what: "evidence"; min: number }
  | { what: "option"; option: string; label: Text }
  | { what: "options"; options: string[] }
  | { what: "below_steps"; lowest: number; else: number; unit?: Text }
  | { what: "step"; min: number; unit?: Text }
  | { what: "rule"; rule: string };

/** Why `now` (the new version's result, 0 points) earns nothing; undefined where it earns points, or is N/A or unanswered. */
export function zeroCause(indicator: Indicator, now: Pick<IndicatorResult, "status" | "points" | "value" | "evidence_missing">): ZeroCause | undefined {
  if (now.status !== "scored" || now.points !== 0 || !indicator.rule) return undefined;
  const { rule, input } = indicator;
  // Withheld for want of evidence: the rule may well give points, the evidence setting takes them.
  if (now.evidence_missing > 0 && indicator.evidence?.when_missing === "no_points") return { what: "evidence", min: indicator.evidence.min ?? 1 };
  if (rule.type === "choice" && input.type === "choice" && typeof now.value === "string") {
    const option = input.options.find((o) => o.id === now.value);
    if (option) return { what: "option", option: option.id, label: option.label };
  }
  if (rule.type === "checklist" && input.type === "checklist" && Array.isArray(now.value) && now.value.length > 0) {
    const ticked = input.options.filter((o) => (now.value as unknown[]).includes(o.id));
    if (ticked.every((o) => worth(o, indicator.max) === 0)) return { what: "options", options: ticked.map((o) => o.id) };
  }
  const measure = input.type === "parts" ? undefined : measureOf(input, now.value);
  if (rule.type === "bands" && measure !== undefined) {
    // The steps as the engine reads them (src/core/rules.ts): the first one the measure reaches.
    const reached = rule.steps.find((s) => measure >= s.min);
    const unit = input.type === "percent" || input.type === "fraction" ? { vi: "%", en: "%" } : "unit" in input ? input.unit : undefined;
    if (!reached) return { what: "below_steps", lowest: Math.min(...rule.steps.map((s) => s.min)), else: rule.else ?? 0, ...(unit ? { unit } : {}) };
    return { what: "step", min: reached.min, ...(unit ? { unit } : {}) };
  }
  return { what: "rule", rule: rule.type };
}
