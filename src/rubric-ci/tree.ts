import type { Group, Indicator, Item, Rubric } from "../core/rubric.js";

/** A group or indicator of a rubric with its JSON path (the path locate() understands) and its enclosing group. */
export interface Node {
  node: Group | Indicator;
  path: string[];
  parent?: Group;
  /** Set for bonus and penalty items. */
  adjustment?: "bonus" | "penalty";
}

/** Every group and indicator, depth first in rubric order, then the bonus and penalty items. */
export function nodes(rubric: Rubric): Node[] {
  const out: Node[] = [];
  const walk = (items: Item[], path: string[], parent?: Group) => {
    items.forEach((item, i) => {
      if (item.kind === "heading") return;
      const here = [...path, String(i)];
      out.push({ node: item, path: here, ...(parent ? { parent } : {}) });
      if (item.kind === "group") walk(item.items, [...here, "items"], item);
    });
  };
  walk(rubric.groups, ["groups"]);
  for (const key of ["bonus", "penalty"] as const) {
    rubric[key]?.items.forEach((item, i) => out.push({ node: item, path: [key, "items", String(i)], adjustment: key }));
  }
  return out;
}

export function indicatorsOf(rubric: Rubric): (Node & { node: Indicator })[] {
  return nodes(rubric).filter((n): n is Node & { node: Indicator } => n.node.kind === "indicator");
}

export const EPS = 1e-9;
