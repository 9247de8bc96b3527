import type { Input, Lang, ZeroDenominator } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";

/**
 * What b = 0 scores, as show's md and csv say it beside the rule: a fraction's policy (none: left out), or for each
 * fraction part of a parts input "its label: …". A part cannot leave its indicator out: b = 0 there earns the part's
 * maximum under `full` and 0 otherwise (core/rules.ts), `invalid` still refuses it. Undefined where no fraction is asked.
 */
export function zeroDenominatorText(input: Input, lang: Lang): string | undefined {
  const said = (policy: string) => message(lang, `show-zero-denominator-${policy}`);
  if (input.type === "fraction") return said(input.zero_denominator ?? "not_applicable");
  if (input.type !== "parts") return undefined;
  const parts = input.fields.flatMap((f) => (f.input.type === "fraction" ? [`${f.label[lang]}: ${said(inPart(f.input.zero_denominator))}`] : []));
  return parts.length > 0 ? parts.join("; ") : undefined;
}

function inPart(policy: ZeroDenominator | undefined): string {
  return policy === "full" ? "part-full" : policy === "invalid" ? "invalid" : "zero";
}
