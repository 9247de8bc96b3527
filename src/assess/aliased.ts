import { isNode, visit, type Document, type Node } from "yaml";

/**
 * Before `node` is written over or taken out: each alias elsewhere in `doc` naming an anchor inside it (`evidence:
 * *ev1` under another answer) becomes a copy of what it names, so that the data it reads stays when the anchor goes
 * (the file would otherwise no longer be YAML: an alias to nothing).
 */
export function keepAliasedData(doc: Document, node: unknown): void {
  if (!isNode(node)) return;
  const anchored = new Set<Node>();
  visit(node, { Node: (_, n) => { if (n.anchor) anchored.add(n); } });
  if (anchored.size === 0) return;
  // A copy may hold aliases into `node` too: copied in turn, at most as deep as aliases go (the load limits them).
  for (let round = 0; round < 100; round++) {
    let copied = false;
    visit(doc, {
      Alias: (_, alias) => {
        const target = alias.resolve(doc);
        if (!target || !anchored.has(target as Node)) return undefined;
        copied = true;
        const copy = (target as Node).clone() as Node;
        visit(copy, { Node: (__, n) => { delete n.anchor; } });
        delete copy.anchor;
        return copy as typeof alias;
      },
    });
    if (!copied) return;
  }
}
