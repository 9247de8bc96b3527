import { isMap, isNode, isPair, isScalar, visit, type Document, type Node } from "yaml";
import type { Group, Item, Lang, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { writtenForType } from "./stale-answers.js";
import { hoistFirstComment, rewrittenBlock } from "./answer-placement.js";
import { readInitHeading } from "./init-heading.js";
import { indicatorByCode } from "../core/codes.js";
import { adjustmentHeading, groupHeading, indicatorBlock, initHeadLine, limitsTypes, onlyFor, schemaFileName, schemaHintLine } from "./template.js";
import { escapeRegExp } from "../core/regexp-text.js";

const LANGS = ["vi", "en"] as const;

/** How the version moved to is named in the commands init's lines give (computed where the command line is known). */
export interface MovedRubricNaming {
  /** The version the file answered: only init's lines naming it are rewritten. */
  earlierVersion: string;
  /**
   * What follows each command in init's "Check:" line: the file and its --rubric (commandArgs), both as seen from
   * where assess runs, as init names both from where it runs (init's file path kept beside assess's --rubric worked from neither folder).
   */
  args: string;
  /** The --rubric of the schema's command: the bundled id, or the rubric file as typed. */
  rubricWord: string;
}


/** A message's text as a pattern: each {name} a group ((.+?) first, the same text where it is said again). */
function messagePattern(lang: "vi" | "en", key: string, names: string[]): RegExp {
  const mark = (name: string) => `\u0000${name}\u0000`;
  const text = message(lang, key, Object.fromEntries(names.map((n) => [n, mark(n)])));
  const seen: string[] = [];
  const source = text.split(/(\u0000\w+\u0000)/u).map((part) => {
    const name = /^\u0000(\w+)\u0000$/u.exec(part)?.[1];
    if (name === undefined) return escapeRegExp(part);
    if (seen.includes(name)) return `\\${seen.indexOf(name) + 1}`;
    seen.push(name);
    return "(.+?)";
  }).join("");
  return new RegExp(`^ ${source}$`, "u");
}

/**
 * init's lines at the top of a file moved to `rubric` (the schema's line, "Phiếu tự đánh giá: … (dti-cap-so 2025.1)",
 * the commands to check, score and assess it, named from where assess runs) written again for it, each in its language: they
 * named the earlier version, the editor checking the file against its schema. Any other comment line stays.
 * Whether the schema's line was written again: it then names a schema file to write beside the file.
 */
export function rewriteInitTop(doc: Document, rubric: Rubric, naming: MovedRubricNaming): boolean {
  const earlier = { id: rubric.id, version: naming.earlierVersion };
  let schemaNamed = false;
  const lineFor = (line: string): string | undefined => {
    if (line === ` yaml-language-server: $schema=./${schemaFileName(earlier)}`) { schemaNamed = true; return ` yaml-language-server: $schema=./${schemaFileName(rubric)}`; }
    for (const lang of LANGS) {
      if (line.startsWith(` ${message(lang, "init-head")}: `) && line.endsWith(` (${rubric.id} ${naming.earlierVersion})`)) return ` ${initHeadLine(rubric, lang)}`;
      const schema = messagePattern(lang, "init-schema", ["rubric", "schema"]).exec(line);
      if (schema?.[2] === schemaFileName(earlier)) return ` ${schemaHintLine(rubric, lang, naming.rubricWord)}`;
      const check = messagePattern(lang, "init-check", ["args"]).exec(line);
      if (check) return ` ${message(lang, "init-check", { args: naming.args })}`;
    }
    return undefined;
  };
  const rewrite = (comment: string | null | undefined) => comment?.split("\n").map((line) => lineFor(line) ?? line).join("\n");
  if (doc.commentBefore) doc.commentBefore = rewrite(doc.commentBefore) ?? null;
  const root = doc.contents;
  if (!isMap(root)) return schemaNamed;
  if (root.commentBefore) root.commentBefore = rewrite(root.commentBefore);
  // Above the first key, or the rubric line's (written under the file's comments, see AgencyDoc.nameRubric).
  for (const pair of root.items.slice(0, 2)) if (isPair(pair) && isNode(pair.key) && pair.key.commentBefore) pair.key.commentBefore = rewrite(pair.key.commentBefore);
  return schemaNamed;
}

/**
 * init's heading lines among a file's answers ("═══ 1. Nhận thức số (50 điểm)", "═══ Điểm thưởng (tối đa 10 điểm)")
 * written again for `rubric`, each in the language it was written in: a file moved to a version that changed a
 * group's title or max kept the old ones above the new version's questions. So is the "applies only to …" line
 * init writes under a group's heading, for the types the new version gives the group: dropped where it applies to
 * all, written where it no longer does in a file init wrote such lines in (made without -t). Only lines of init's
 * shape for a group (or the bonus, the penalty) the rubric has are rewritten; any other comment line stays as written.
 */
export function rewriteInitHeadings(doc: Document, rubric: Rubric): void {
  const answers = doc.get("answers", true);
  if (!isMap(answers)) return;
  const groups = new Map<string, { group: Group; depth: number }>();
  const collect = (items: Item[], depth: number) => {
    for (const item of items) if (item.kind === "group") { groups.set(item.code, { group: item, depth }); collect(item.items, depth + 1); }
  };
  collect(rubric.groups, 0);
  const appliesLine = (line: string, lang: Lang) => line.trimStart().startsWith(`${message(lang, "init-appliesOnly")}: `);
  const comments: { node: Node; field: "commentBefore" | "comment" }[] = [];
  visit(answers, { Node: (_, node) => { if (isNode(node)) for (const field of ["commentBefore", "comment"] as const) if (node[field]) comments.push({ node, field }); } });
  // init writes who an item is for only when made without -t: then the line is written where the group now limits types.
  const madeForAnyType = !writtenForType(doc.toString());
  const groupHeadingOf = (line: string) => {
    const heading = readInitHeading(line);
    const lang = heading?.pointsWord !== undefined ? LANGS.find((l) => message(l, "init-points") === heading.pointsWord) : undefined;
    const known = heading?.code !== undefined ? groups.get(heading.code) : undefined;
    return heading && lang && known ? { indent: heading.indent, lang, ...known } : undefined;
  };
  const adjustmentHeadingFor = (line: string): string | undefined => {
    const heading = readInitHeading(line);
    const adjustment = heading?.closed ? heading : undefined;
    for (const key of ["bonus", "penalty"] as const) {
      const cap = rubric[key]?.cap;
      const written = adjustment && LANGS.find((l) => message(l, key) === adjustment.title);
      if (cap !== undefined && written) return `${adjustment.indent}${adjustmentHeading(key, cap, written)}`;
    }
    return undefined;
  };
  const rewrite = (comment: string) => {
    const lines = comment.split("\n");
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const heading = groupHeadingOf(lines[i]!);
      if (!heading) { out.push(adjustmentHeadingFor(lines[i]!) ?? lines[i]!); continue; }
      out.push(`${heading.indent}${groupHeading(heading.group, heading.depth, heading.lang)}`);
      const written = i + 1 < lines.length && appliesLine(lines[i + 1]!, heading.lang);
      if (written) i++;
      const types = heading.group.applies_to;
      if (limitsTypes(rubric, types) && (written || madeForAnyType)) out.push(`${heading.indent}  ${onlyFor(rubric, types, heading.lang)}`);
    }
    return out.join("\n");
  };
  for (const { node, field } of comments) node[field] = rewrite(node[field]!);
}

/**
 * init's block above each answer under `codes` (those the move keeps: the same indicator in both versions) written
 * again for `rubric`'s indicator, in its language: "1.1. <title> (tối đa 20 điểm)" and the answer format stood above
 * the new version's question. Lines the officer wrote in it stay (see rewrittenBlock).
 */
export function rewriteInitBlocks(doc: Document, rubric: Rubric, codes: readonly string[]): void {
  const answers = doc.get("answers", true);
  if (!isMap(answers)) return;
  // The first answer's block hangs on the answers mapping.
  hoistFirstComment(answers);
  const byCode = indicatorByCode(rubric);
  const data = doc.toJS() as { agency?: { type?: unknown } } | null;
  const type = writtenForType(doc.toString()) && typeof data?.agency?.type === "string" ? data.agency.type : undefined;
  for (const pair of answers.items) {
    const code = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const indicator = code !== undefined && codes.includes(code) ? byCode.get(code) : undefined;
    if (!indicator || !isScalar(pair.key) || !pair.key.commentBefore) continue;
    pair.key.commentBefore = rewrittenBlock(pair.key.commentBefore, code!, (lang) => indicatorBlock(rubric, indicator, lang, type));
  }
}
