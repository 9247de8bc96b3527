import type { Group, Indicator, Item, Rubric } from "./rubric.js";

type Raw = Record<string, unknown>;

/** Turn schema-valid rubric data into the model: mark each item's kind and fill documented defaults. */
export function toRubric(data: Raw): Rubric {
  const item = (raw: Raw): Item => {
    if (Array.isArray(raw.items)) return { ...(raw as object), kind: "group", items: (raw.items as Raw[]).map(item) } as Group;
    if (raw.heading !== undefined) return { ...(raw as object), kind: "heading" } as Item;
    return { ...(raw as object), kind: "indicator" } as Indicator;
  };
  const adjustment = (raw: unknown) => raw === undefined ? undefined : { ...(raw as Raw), items: ((raw as Raw).items as Raw[]).map((i) => ({ ...i, kind: "indicator" })) };
  const rubric = {
    ...data,
    rounding: { decimals: 2, ...(data.rounding as object | undefined) },
    languages: (data.languages as Rubric["languages"] | undefined) ?? ["vi", "en"],
    groups: (data.groups as Raw[]).map(item),
  } as unknown as Rubric;
  const bonus = adjustment(data.bonus), penalty = adjustment(data.penalty);
  if (bonus) rubric.bonus = bonus as unknown as Rubric["bonus"];
  if (penalty) rubric.penalty = penalty as unknown as Rubric["penalty"];
  return rubric;
}
