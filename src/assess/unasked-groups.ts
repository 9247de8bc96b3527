import { isMap, isNode, isScalar, visit, type Document, type Node, type Pair } from "yaml";
import { indicatorApplies, indicatorByCode } from "../core/codes.js";
import type { Indicator, Item, Rubric } from "../core/rubric.js";
import { hoistFirstComment } from "./answer-placement.js";
import { writtenForType } from "./stale-answers.js";
import { groupHeading, indicatorBlock, subHeading } from "./template.js";

const LANGS = ["vi", "en"] as const;

/** The agency type of a file init wrote for that one type (-t): undefined for one written for any type, or without a type. */
function typeWrittenFor(doc: Document): string | undefined {
  const type = (doc.toJS() as { agency?: { type?: unknown } } | null)?.agency?.type;
  return typeof type === "string" && writtenForType(doc.toString()) ? type : undefined;
}

/**
 * The answers of a file init wrote for one agency type that `rubric` (the version it is moved to) no longer asks of
 * that type, left as init wrote them: `value:` empty and nothing else, under init's block for the indicator and no line
 * of the officer's. An answer given, or a line written, is not one of them.
 */
export function unaskedBlanks(doc: Document, rubric: Rubric): string[] {
  const type = typeWrittenFor(doc);
  const answers = doc.get("answers", true);
  if (type === undefined || !isMap(answers)) return [];
  // The first answer's block hangs on the answers mapping.
  hoistFirstComment(answers);
  const byCode = indicatorByCode(rubric);
  return answers.items.flatMap((pair) => {
    const code = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const indicator = code === undefined ? undefined : byCode.get(code);
    return indicator && !indicatorApplies(rubric, indicator, type) && leftAsInitWrote(pair, rubric, indicator, type) ? [indicator.code] : [];
  });
}

function leftAsInitWrote(pair: Pair, rubric: Rubric, indicator: Indicator, type: string): boolean {
  const { key, value: entry } = pair;
  if (!isScalar(key) || key.comment || !isMap(entry) || entry.items.length !== 1 || entry.comment || entry.commentBefore) return false;
  const [field] = entry.items;
  const empty = field!.value === null || (isScalar(field!.value) && field!.value.value === null && field!.value.range?.[0] === field!.value.range?.[1] && !field!.value.comment && !field!.value.commentBefore);
  if (!isScalar(field!.key) || field!.key.value !== "value" || field!.key.commentBefore || field!.key.comment || !empty) return false;
  // From the indicator's line ("1.6. title") down, init's block and nothing else; what is above it heads the answers after it.
  const lines = key.commentBefore?.split("\n") ?? [];
  const at = lines.findIndex((l) => l.trimStart().startsWith(`${indicator.code}. `));
  const own = lines.slice(at).join("\n");
  return at >= 0 && LANGS.some((lang) => own === indicatorBlock(rubric, indicator, lang, type).map((l) => ` ${l}`).join("\n"));
}

/**
 * init's headings ("═══ 3. …", and "— …" among a group's indicators) above only indicators `rubric` no longer asks of
 * the file's agency type, none of them answered in the file (see unaskedBlanks). One still heading an answer stays.
 */
export function dropUnaskedHeadings(doc: Document, rubric: Rubric): void {
  const type = typeWrittenFor(doc);
  const answers = doc.get("answers", true);
  if (type === undefined || !isMap(answers)) return;
  const answered = new Set(answers.items.map((p) => (isScalar(p.key) ? String(p.key.value) : "")));
  const byCode = indicatorByCode(rubric);
  const unasked = (codes: string[]) => codes.length > 0 && codes.every((c) => !answered.has(c) && !indicatorApplies(rubric, byCode.get(c)!, type));
  // The heading lines, in either language, of the groups and "— …" headings with nothing left under them to answer;
  // one of the same words heading what is still asked is kept.
  const dropped = new Set<string>(), kept = new Set<string>();
  const collect = (items: Item[], depth: number) => {
    items.forEach((item, i) => {
      if (item.kind === "indicator") return;
      const codes = item.kind === "group" ? indicatorsOf(item.items) : indicatorsOf(items.slice(i + 1, nextHeading(items, i)));
      for (const lang of LANGS) (unasked(codes) ? dropped : kept).add(item.kind === "group" ? groupHeading(item, depth, lang) : subHeading(item, lang));
      if (item.kind === "group") collect(item.items, depth + 1);
    });
  };
  collect(rubric.groups, 0);
  for (const line of kept) dropped.delete(line);
  if (dropped.size === 0) return;
  const comments: { node: Node; field: "commentBefore" | "comment" }[] = [{ node: answers, field: "commentBefore" }, { node: answers, field: "comment" }];
  visit(answers, { Node: (_, node) => { if (isNode(node) && node !== answers) for (const field of ["commentBefore", "comment"] as const) comments.push({ node, field }); } });
  for (const { node, field } of comments) {
    const comment = node[field];
    if (!comment) continue;
    const out: string[] = [];
    for (const line of comment.split("\n")) {
      // With the blank line above it, which init writes above a group's heading.
      if (!dropped.has(line.trim())) out.push(line);
      else if (out.at(-1) === "") out.pop();
    }
    node[field] = out.join("\n") || undefined;
  }
}

/** The indicators among `items`, within their groups too. */
function indicatorsOf(items: Item[]): string[] {
  return items.flatMap((i) => (i.kind === "indicator" ? [i.code] : i.kind === "group" ? indicatorsOf(i.items) : []));
}

/** Where the items a heading at `at` heads end: at the next heading among them. */
function nextHeading(items: Item[], at: number): number {
  const next = items.findIndex((item, i) => i > at && item.kind === "heading");
  return next < 0 ? items.length : next;
}
