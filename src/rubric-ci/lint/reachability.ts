import type { Issue } from "../../core/issue.js";
import type { Item, Rubric } from "../../core/rubric.js";

/**
 * An item whose applies_to matches no declared agency type, or none of those the groups above it apply
 * to, can never be answered: it is excluded for every agency. Reported once, at the highest such item
 * (each undeclared type is also unknown-agency-type-ref's finding; this one names the consequence).
 */
export function checkReachability(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const declared = new Set(rubric.agency_types.map((t) => t.id));
  const visit = (items: Item[], path: string[], reachable: Set<string>) => {
    items.forEach((item, i) => {
      if (item.kind === "heading") return;
      const here = [...path, String(i)];
      let types = reachable;
      if (item.applies_to) {
        types = new Set(item.applies_to.filter((t) => declared.has(t) && reachable.has(t)));
        if (types.size === 0) {
          issues.push({ code: "unreachable-item", severity: "error", path: [...here, "applies_to"], params: { code: item.code, types: item.applies_to.join(", "), parent: [...reachable].join(", ") } });
          return;
        }
      }
      if (item.kind === "group") visit(item.items, [...here, "items"], types);
    });
  };
  visit(rubric.groups, ["groups"], declared);
  return issues;
}
