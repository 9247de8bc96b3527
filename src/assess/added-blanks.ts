import { isMap, isNode, Scalar, visit, type Document, type Pair } from "yaml";
import { indicatorByCode, nodesByCode } from "../core/codes.js";
import type { Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { readInitHeading } from "./init-heading.js";
import { groupsAbove } from "./stale-answers.js";
import { groupHeading, indicatorBlock, limitsTypes, onlyFor } from "./template.js";

/**
 * init's blank answers for `codes`, indicators the version a file is moved to adds, as init writes them for that
 * version: its block above an empty `value:`, in the language of the file's blocks, and the heading of a group the
 * file has none of (a group the version adds) above its first; not yet in the file, to put where init writes each
 * code. Moved without them, the file showed an officer editing it by hand nothing of the new questions. None for a
 * file holding no block of init's (one written by hand): it is left in its own shape. `type`: the agency type the
 * file was written for (init -t), whose blocks do not say who an indicator is for.
 */
export function initBlanks(doc: Document, rubric: Rubric, codes: readonly string[], type?: string): { code: string; pair: Pair }[] {
  const answers = doc.get("answers", true);
  const lines: string[] = [];
  if (isMap(answers)) visit(answers, { Node: (_, node) => { if (isNode(node)) for (const c of [node.commentBefore, node.comment]) if (c) lines.push(...c.split("\n")); } });
  const lang = (["vi", "en"] as const).find((l) => lines.some((line) => line.trimStart().startsWith(`${message(l, "assess-format")}: `)));
  if (lang === undefined) return [];
  const headed = new Set(lines.flatMap((line) => readInitHeading(line)?.code ?? []));
  const byCode = indicatorByCode(rubric);
  const nodes = nodesByCode(rubric);
  return codes.flatMap((code) => {
    const indicator = byCode.get(code);
    // One the file has already (moved twice) keeps its own.
    if (!indicator || (isMap(answers) && answers.has(code))) return [];
    const comment: string[] = [];
    // A file with init's group headings gets those of the groups it lacks, as init writes them; one with none gets none.
    groupsAbove(rubric.groups, code).forEach((groupCode, depth) => {
      const group = nodes.get(groupCode);
      if (headed.size === 0 || headed.has(groupCode) || group?.kind !== "group") return;
      comment.push(groupHeading(group, depth, lang));
      if (!type && limitsTypes(rubric, group.applies_to)) comment.push(`  ${onlyFor(rubric, group.applies_to, lang)}`);
      headed.add(groupCode);
    });
    const heading = comment.length > 0;
    comment.push(...indicatorBlock(rubric, indicator, lang, type));
    const key = Object.assign(new Scalar(code), { type: "QUOTE_DOUBLE" as const, commentBefore: comment.map((l) => ` ${l}`).join("\n"), spaceBefore: heading });
    const entry = doc.createNode({ value: null });
    // Written `value:` as init writes it, not `value: null`, a word an officer may take for an answer.
    const value = entry.get("value", true);
    if (value instanceof Scalar) value.source = "";
    return [{ code, pair: doc.createPair(key, entry) }];
  });
}
