import { isMap, isNode, isScalar, visit, type Document, type Node, type Pair } from "yaml";
import { indicatorApplies, indicatorByCode } from "../core/codes.js";
import type { Indicator, Item, Rubric } from "../core/rubric.js";
import { hoistFirstComment } from "./answer-placement.js";
import { writtenForType } from "./stale-answers.js";
import { groupHeading, indicatorBlock, subHeading } from "./template.js";
import { message } from "../i18n/messages.js";

const LANGS = ["vi", "en"] as const;

/** How init's "applies only to …" line begins, in either language. */
const APPLIES_LINE = LANGS.map((lang) => `${message(lang, "init-appliesOnly")}: `);

/**
 * The agency type of a file init wrote for that one type (-t); of one init wrote for any type, the type filled in
 * since, one the rubric has (`forAnyType`: its blocks say who an indicator is for). Undefined without a type.
 */
function fileType(doc: Document, rubric: Rubric): { type: string; forAnyType: boolean } | undefined {
  const type = (doc.toJS() as { agency?: { type?: unknown } } | null)?.agency?.type;
  if (typeof type !== "string") return undefined;
  if (writtenForType(doc.toString())) return { type, forAnyType: false };
  return rubric.agency_types.some((a) => a.id === type) ? { type, forAnyType: true } : undefined;
}

/**
 * The answers of a file init wrote that `rubric` (the version it is moved to) no longer asks of the file's agency
 * type, left as init wrote them: `value:` empty and nothing else, under init's block for the indicator and no line
 * of the officer's. An answer given, or a line written, is not one of them. In a file init wrote for any type, it
 * holds blanks of indicators never asked of the agency too: only those `previous` (the version moved from, when
 * known) asked of it are no longer asked.
 */
export function unaskedBlanks(doc: Document, rubric: Rubric, previous?: Rubric): string[] {
  const file = fileType(doc, rubric);
  const answers = doc.get("answers", true);
  if (file === undefined || !isMap(answers)) return [];
  const { type, forAnyType } = file;
  // The first answer's block hangs on the answers mapping.
  hoistFirstComment(answers);
  const byCode = indicatorByCode(rubric);
  const before = previous ? indicatorByCode(previous) : undefined;
  const askedBefore = (code: string) => { const was = before?.get(code); return !forAnyType || before === undefined || (was !== undefined && indicatorApplies(previous!, was, type)); };
  return answers.items.flatMap((pair) => {
    const code = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const indicator = code === undefined ? undefined : byCode.get(code);
    return indicator && !indicatorApplies(rubric, indicator, type) && askedBefore(indicator.code) && leftAsInitWrote(pair, rubric, indicator, forAnyType ? undefined : type) ? [indicator.code] : [];
  });
}

/** `type`: the one init wrote the file's blocks for (-t), undefined where they say who an indicator is for. */
function leftAsInitWrote(pair: Pair, rubric: Rubric, indicator: Indicator, type: string | undefined): boolean {
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
  const type = fileType(doc, rubric)?.type;
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
    let under = false;
    for (const line of comment.split("\n")) {
      // The "applies only to …" line init writes under a group's heading (made without -t) goes with it.
      if (under && APPLIES_LINE.some((start) => line.trimStart().startsWith(start))) continue;
      under = dropped.has(line.trim());
      // With the blank line above it, which init writes above a group's heading.
      if (!under) out.push(line);
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
