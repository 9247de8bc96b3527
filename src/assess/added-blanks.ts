import { isMap, isNode, Scalar, visit, type Document, type Pair } from "yaml";
import { indicatorByCode, nodesByCode } from "../core/codes.js";
import type { Group, Heading, Item, Lang, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { readInitHeading } from "./init-heading.js";
import { groupsAbove } from "./stale-answers.js";
import { adjustmentHeading, groupHeading, indicatorBlock, limitsTypes, onlyFor, subHeading } from "./template.js";

/**
 * init's blank answers for `codes`, indicators the version a file is moved to adds, as init writes them for that
 * version: its block above an empty `value:`, in the language of the file's blocks; the heading of a group the file
 * has none of (a group the version adds) above its first, the bonus's or penalty's above the first item of a section
 * it has none of, and the "— title" heading over it in its group; not yet in the file, to put where init writes each
 * code. Moved without them, the file showed an officer editing it by hand nothing of the new questions. None for a
 * file holding no block of init's (one written by hand): it is left in its own shape. `type`: the agency type the
 * file was written for (init -t), whose blocks do not say who an indicator is for.
 */
export function initBlanks(doc: Document, rubric: Rubric, codes: readonly string[], type?: string): { code: string; pair: Pair }[] {
  const answers = doc.get("answers", true);
  const lines: string[] = [];
  if (isMap(answers)) visit(answers, { Node: (_, node) => { if (isNode(node)) for (const c of [node.commentBefore, node.comment]) if (c) lines.push(...c.split("\n")); } });
  const lang = blocksLanguage(lines);
  if (lang === undefined) return [];
  const headed = new Set(lines.flatMap((line) => readInitHeading(line)?.code ?? []));
  const subHeaded = subHeadingsIn(lines, rubric);
  // The bonus's and penalty's headings by their title, in either language ("Điểm thưởng", "Bonus").
  const titled = new Set(lines.flatMap((line) => readInitHeading(line)?.title ?? []));
  const byCode = indicatorByCode(rubric);
  const nodes = nodesByCode(rubric);
  return codes.flatMap((code) => {
    const indicator = byCode.get(code);
    // One the file has already (moved twice) keeps its own.
    if (!indicator || (isMap(answers) && answers.has(code))) return [];
    const comment: string[] = [];
    const groups = groupsAbove(rubric.groups, code);
    // A file with init's group headings gets those of the groups it lacks, as init writes them; one with none gets none.
    groups.forEach((groupCode, depth) => {
      const group = nodes.get(groupCode);
      if (headed.size === 0 || headed.has(groupCode) || group?.kind !== "group") return;
      comment.push(groupHeading(group, depth, lang));
      if (!type && limitsTypes(rubric, group.applies_to)) comment.push(`  ${onlyFor(rubric, group.applies_to, lang)}`);
      headed.add(groupCode);
    });
    // A bonus or penalty section the version adds: its item under no heading read as the last group's.
    const section = (["bonus", "penalty"] as const).find((key) => rubric[key]?.items.some((i) => i.code === code));
    if (section && headed.size > 0 && !(["vi", "en"] as const).some((l) => titled.has(message(l, section)))) {
      comment.push(adjustmentHeading(section, rubric[section]!.cap, lang));
      titled.add(message(lang, section));
    }
    // init sets a group's heading off by a blank line, not a "— title" one.
    const heading = comment.length > 0;
    // Its group's "— title" heading over it, where the file lacks it (a heading the version adds), as init writes it.
    const parent = nodes.get(groups.at(-1) ?? "");
    const sub = parent?.kind === "group" ? headingOver(parent, code) : undefined;
    const subLine = sub && `${parent!.code}\n${subHeading(sub, lang)}`;
    if (headed.size > 0 && subLine && !subHeaded.has(subLine)) {
      comment.push(`${"  ".repeat(groups.length)}${subHeading(sub!, lang)}`);
      subHeaded.add(subLine);
    }
    comment.push(...indicatorBlock(rubric, indicator, lang, type));
    const key = Object.assign(new Scalar(code), { type: "QUOTE_DOUBLE" as const, commentBefore: comment.map((l) => ` ${l}`).join("\n"), spaceBefore: heading });
    const entry = doc.createNode({ value: null });
    // Written `value:` as init writes it, not `value: null`, a word an officer may take for an answer.
    const value = entry.get("value", true);
    if (value instanceof Scalar) value.source = "";
    return [{ code, pair: doc.createPair(key, entry) }];
  });
}

/** The language init wrote the blocks among `lines` (the comments among a file's answers) in; undefined where none is init's. */
export function blocksLanguage(lines: string[]): Lang | undefined {
  return (["vi", "en"] as const).find((l) => lines.some((line) => line.trimStart().startsWith(`${message(l, "assess-format")}: `)));
}

/** The "— title" heading init writes last above the indicator `code` among its group's items; undefined where none is. */
export function headingOver(group: Group, code: string): Heading | undefined {
  const at = group.items.findIndex((i) => i.kind === "indicator" && i.code === code);
  return group.items.slice(0, at).findLast((i): i is Heading => i.kind === "heading");
}

/**
 * The "— title" headings init wrote among `lines` (the comments among the answers, in order), each as its group's
 * code and its line ("1\n— Lãnh đạo, chỉ đạo"): a title two groups share ("— Khác") is either's (see subHeadingGroups).
 */
export function subHeadingsIn(lines: string[], rubric: Rubric): Set<string> {
  return new Set([...subHeadingGroups(lines, rubric)].map(([at, group]) => `${group}\n${lines[at]!.trim()}`));
}

/**
 * Where among `lines` init wrote a "— title" heading, each line's place with its group's code. Init indents one two
 * spaces a group deep ("#   — …" in a group, "#     — …" in a group inside it): its group is the last one of that
 * depth whose heading ("═══ 1. …") came before it.
 */
export function subHeadingGroups(lines: string[], rubric: Rubric): Map<number, string> {
  const depths = new Map<string, number>();
  const collect = (items: Item[], depth: number) => { for (const i of items) if (i.kind === "group") { depths.set(i.code, depth); collect(i.items, depth + 1); } };
  collect(rubric.groups, 0);
  const open: string[] = [];
  const found = new Map<number, string>();
  lines.forEach((line, at) => {
    const heading = readInitHeading(line);
    // The bonus's or penalty's heading closes every group.
    if (heading) { const depth = depths.get(heading.code ?? ""); open.length = depth ?? 0; if (depth !== undefined) open.push(heading.code!); return; }
    // A CRLF file's comment lines end in "\r".
    const sub = /^ ((?: {2})+)— .*\r?$/u.exec(line);
    const group = sub ? open[sub[1]!.length / 2 - 1] : undefined;
    if (group !== undefined) found.set(at, group);
  });
  return found;
}
