import type { Item, Lang, Rubric } from "../../core/rubric.js";
import { typeList } from "../../core/type-list.js";

// Superscript letters, one per set of agency types; ᵛ is left out, as the reports mark verified scores with it.
const MARKS = [..."ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘʷˣʸᶻ"];

/**
 * The groups and indicators limited to some agency types (`applies_to`), for `rubric show`'s table: a mark after
 * each one's code, the same mark for the same set of types, and a legend line per set naming the types. A
 * terminal table has no room for the list at each row, and without it an officer cannot tell an indicator is
 * skipped for a commune.
 */
export function appliesMarks(rubric: Rubric, lang: Lang): { markOf: (item: Item) => string; legend: (label: string) => string[] } {
  const byItem = new Map<Item, string>();
  const sets = new Map<string, { mark: string; types: string[] }>();
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (item.kind === "heading") continue;
      if (item.applies_to) {
        const key = [...item.applies_to].sort().join("\u0000");
        let set = sets.get(key);
        if (!set) sets.set(key, (set = { mark: MARKS[sets.size] ?? `⁽${sets.size + 1}⁾`, types: item.applies_to }));
        byItem.set(item, set.mark);
      }
      if (item.kind === "group") walk(item.items);
    }
  };
  walk(rubric.groups);
  for (const key of ["bonus", "penalty"] as const) walk(rubric[key]?.items ?? []);
  const typeLabel = (id: string) => rubric.agency_types.find((a) => a.id === id)?.label[lang] ?? id;
  return {
    markOf: (item) => byItem.get(item) ?? "",
    legend: (label) => [...sets.values()].map((s) => `${s.mark} ${label}: ${typeList(s.types.map(typeLabel), lang)}`),
  };
}
