import type { Lang, Rubric } from "../core/rubric.js";
import { typesNamed } from "../core/type-words.js";
import { bundledAgencyTypes, bundledIdsWithType, bundledTypesNamed } from "../load/registry.js";
import { UsageError } from "./errors.js";
import { assessCommand, shellWord } from "../load/shell-word.js";

/**
 * The agency type `-t TEXT` names in the rubric in use (its id, the help's word, its label: see typesNamed), or
 * a usage error that lists that rubric's types with their labels, names the bundled rubric that has the type
 * where another does, or the types a word may mean. `-t ubnd` listed only dti-cap-so's types, without a word of
 * what they are. `answeredIn`: the existing file whose named rubric is in use (no --rubric), whether it holds
 * only its header (assess then starts it over for --rubric's), and what of it was typed (see typedKept).
 * `defaulted`: nobody named the rubric, the default stood in since no bundled rubric has the type.
 */
export function requireAgencyType(rubric: Rubric, typed: string | undefined, lang: Lang, answeredIn?: { file: string; onlyHeader: boolean; kept?: string }, defaulted = false): string | undefined {
  if (typed === undefined) return undefined;
  const named = typesNamed(rubric.agency_types, typed);
  if (named.length === 1) return named[0]!;
  const labelled = (ids: string[]) => rubric.agency_types.filter((t) => ids.includes(t.id)).map((t) => `${t.id} (${t.label[lang]})`).join(", ");
  const params = { type: typed, rubric: `${rubric.id} ${rubric.version}` };
  if (named.length > 1) throw new UsageError("assess-type-ambiguous", { ...params, types: labelled(named), first: named[0]! });
  const types = labelled(rubric.agency_types.map((t) => t.id));
  const elsewhere = bundledIdsWithType(typed).find((id) => id !== rubric.id);
  // `-t district` without --rubric listed only the default's types, a rubric the user never chose, as if no other
  // were bundled; every bundled rubric's types are said, and that another type needs the province's rubric file.
  if (!elsewhere && defaulted) {
    const bundled = bundledAgencyTypes().map((r) => `${r.id}: ${r.types.map((t) => `${t.id} (${t.label[lang]})`).join(", ")}`).join("; ");
    throw new UsageError("assess-type-in-no-bundled-rubric", { type: typed, types: bundled });
  }
  if (!elsewhere) throw new UsageError("assess-unknown-type", { ...params, types });
  // Several types there (`ubnd`: commune and ward): named at once, or adding --rubric alone met a second refusal.
  const there = bundledTypesNamed(elsewhere, typed);
  // `answeredIn`: the rubric is the one an existing file answers, which --rubric cannot change: a new file can.
  // One holding no answer yet is started over for that rubric, the name typed kept: a new file was a second start.
  const first = there[0]?.id ?? typed;
  if (answeredIn?.onlyHeader) throw new UsageError("assess-type-elsewhere-start-over", { ...params, types, other: elsewhere, file: answeredIn.file, ...(answeredIn.kept !== undefined ? { kept: answeredIn.kept } : {}), command: `${assessCommand(answeredIn.file, elsewhere)} -t ${shellWord(first)}` });
  if (answeredIn !== undefined) throw new UsageError("assess-type-elsewhere-file", { ...params, types, other: elsewhere, file: answeredIn.file, first });
  if (there.length > 1) throw new UsageError("assess-type-elsewhere-ambiguous", { ...params, types, other: elsewhere, other_types: there.map((t) => `${t.id} (${t.label[lang]})`).join(", "), first: there[0]!.id });
  throw new UsageError("assess-unknown-type-elsewhere", { ...params, types, other: elsewhere });
}
