import type { Group, Indicator, Item, NaPolicy, Rubric } from "./rubric.js";

/** What an N/A answer does to an indicator: its own policy, else the rubric's default, else refused. */
export function naPolicy(rubric: Rubric, indicator: Indicator): NaPolicy {
  return indicator.na ?? rubric.defaults?.na ?? "forbidden";
}

export function naAllowed(rubric: Rubric, indicator: Indicator): boolean {
  return naPolicy(rubric, indicator) !== "forbidden";
}

/** Natural order of hierarchical codes: 1.2 < 1.10 < 2; numeric segments compare as numbers. */
export function compareCodes(a: string, b: string): number {
  const as = a.split("."), bs = b.split(".");
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i], y = bs[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN, ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) { if (nx !== ny) return nx - ny; continue; }
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Every indicator of the tree in rubric order, then bonus and penalty items. */
export function allIndicators(rubric: Rubric): Indicator[] {
  return [...indicatorsUnder(rubric.groups), ...(rubric.bonus?.items ?? []), ...(rubric.penalty?.items ?? [])];
}

/** The indicators of some items and of the groups among them, in rubric order. */
export function indicatorsUnder(items: Item[]): Indicator[] {
  const out: Indicator[] = [];
  const walk = (inner: Item[]) => {
    for (const item of inner) {
      if (item.kind === "group") walk(item.items);
      else if (item.kind === "indicator") out.push(item);
    }
  };
  walk(items);
  return out;
}

const indicatorMaps = new WeakMap<Rubric, ReadonlyMap<string, Indicator>>();

/** Indicators by code, made once per rubric (a loaded rubric is never changed; a batch asks once per file). */
export function indicatorByCode(rubric: Rubric): ReadonlyMap<string, Indicator> {
  let map = indicatorMaps.get(rubric);
  if (!map) indicatorMaps.set(rubric, (map = new Map(allIndicators(rubric).map((i) => [i.code, i]))));
  return map;
}

/** Groups and indicators by code. */
export function nodesByCode(rubric: Rubric): Map<string, Group | Indicator> {
  const map = new Map<string, Group | Indicator>();
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (item.kind === "heading") continue;
      map.set(item.code, item);
      if (item.kind === "group") walk(item.items);
    }
  };
  walk(rubric.groups);
  for (const item of [...(rubric.bonus?.items ?? []), ...(rubric.penalty?.items ?? [])]) map.set(item.code, item);
  return map;
}

export function appliesTo(node: { applies_to?: string[] }, agencyType: string): boolean {
  return node.applies_to === undefined || node.applies_to.includes(agencyType);
}

const groupLimits = new WeakMap<Rubric, ReadonlyMap<string, readonly (readonly string[])[]>>();

/** Per indicator code, the applies_to lists of the groups above it that have one (made once per rubric). */
function limitsAbove(rubric: Rubric): ReadonlyMap<string, readonly (readonly string[])[]> {
  let map = groupLimits.get(rubric);
  if (map) return map;
  const out = new Map<string, readonly (readonly string[])[]>();
  const walk = (items: Item[], above: readonly (readonly string[])[]) => {
    for (const item of items) {
      if (item.kind === "group") walk(item.items, item.applies_to ? [...above, item.applies_to] : above);
      else if (item.kind === "indicator" && above.length > 0) out.set(item.code, above);
    }
  };
  walk(rubric.groups, []);
  groupLimits.set(rubric, (map = out));
  return map;
}

/** Whether an indicator applies to an agency type: by its own applies_to and that of every group above it. */
export function indicatorApplies(rubric: Rubric, indicator: Indicator, agencyType: string): boolean {
  return appliesTo(indicator, agencyType) && (limitsAbove(rubric).get(indicator.code)?.every((types) => types.includes(agencyType)) ?? true);
}
