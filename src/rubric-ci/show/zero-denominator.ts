import type { Input, Lang, ZeroDenominator } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";

/**
 * What b = 0 scores, as show's md and csv say it beside the rule: a fraction's policy (none: left out), or for each
 * fraction part of a parts input "its label: …". A part cannot leave its indicator out: b = 0 there earns the part's
 * maximum under `full` and 0 otherwise (core/rules.ts), `invalid` still refuses it. Undefined where no fraction is asked.
 */
export function zeroDenominatorText(input: Input, lang: Lang, adjustment?: Adjustment): string | undefined {
  if (input.type === "fraction") return zeroDenominatorWords(input.zero_denominator, lang, false, adjustment);
  if (input.type !== "parts") return undefined;
  const parts = input.fields.flatMap((f) => (f.input.type === "fraction" ? [`${f.label[lang]}: ${zeroDenominatorWords(f.input.zero_denominator, lang, true)}`] : []));
  return parts.length > 0 ? parts.join("; ") : undefined;
}

/** A bonus or penalty item: it has no group, so leaving it out rescales nothing. */
export type Adjustment = "bonus" | "penalty";

/**
 * What b = 0 scores under a policy (none: left out), in the words show and explain both use; `inPart`: a part of a
 * sum or best_of. A bonus or penalty item left out adds nothing or takes nothing off (it read "its group rescaled").
 */
export function zeroDenominatorWords(policy: ZeroDenominator | undefined, lang: Lang, inPart = false, adjustment?: Adjustment): string {
  const key = !inPart ? (policy ?? "not_applicable") : policy === "full" ? "part-full" : policy === "invalid" ? "invalid" : "zero";
  return message(lang, `show-zero-denominator-${key}${key === "not_applicable" && adjustment ? `-${adjustment}` : ""}`);
}

/** The adjustment a result's or an indicator's parent is, if it is one. */
export function adjustmentOf(parent: string | undefined): Adjustment | undefined {
  return parent === "bonus" || parent === "penalty" ? parent : undefined;
}
