import { isMap, isNode, visit, type Document, type Node } from "yaml";
import type { Group, Item, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { adjustmentHeading, groupHeading } from "./template.js";

const LANGS = ["vi", "en"] as const;

/**
 * init's heading lines among a file's answers ("═══ 1. Nhận thức số (50 điểm)", "═══ Điểm thưởng (tối đa 10 điểm)")
 * written again for `rubric`, each in the language it was written in: a file moved to a version that changed a
 * group's title or max kept the old ones above the new version's questions. Only lines of init's shape for a
 * group (or the bonus, the penalty) the rubric has are rewritten; any other comment line stays as written.
 */
export function rewriteInitHeadings(doc: Document, rubric: Rubric): void {
  const answers = doc.get("answers", true);
  if (!isMap(answers)) return;
  const groups = new Map<string, { group: Group; depth: number }>();
  const collect = (items: Item[], depth: number) => {
    for (const item of items) if (item.kind === "group") { groups.set(item.code, { group: item, depth }); collect(item.items, depth + 1); }
  };
  collect(rubric.groups, 0);
  const headingFor = (line: string): string | undefined => {
    const group = /^(\s*)═+ (\S+?)\. .* \(\S+ (\S+)\)$/u.exec(line);
    const lang = group && LANGS.find((l) => message(l, "init-points") === group[3]);
    const known = group ? groups.get(group[2]!) : undefined;
    if (group && lang && known) return `${group[1]}${groupHeading(known.group, known.depth, lang)}`;
    const adjustment = /^(\s*)═+ (.+?) \(.*\)$/u.exec(line);
    for (const key of ["bonus", "penalty"] as const) {
      const cap = rubric[key]?.cap;
      const written = adjustment && LANGS.find((l) => message(l, key) === adjustment[2]);
      if (cap !== undefined && written) return `${adjustment[1]}${adjustmentHeading(key, cap, written)}`;
    }
    return undefined;
  };
  const rewrite = (comment: string | null | undefined) => comment?.split("\n").map((line) => headingFor(line) ?? line).join("\n");
  const mend = (node: Node) => {
    if (node.commentBefore) node.commentBefore = rewrite(node.commentBefore);
    if (node.comment) node.comment = rewrite(node.comment);
  };
  visit(answers, { Node: (_, node) => { if (isNode(node)) mend(node); } });
}
