import type { Issue } from "../../core/issue.js";
import type { Item, Rubric } from "../../core/rubric.js";
import { diffRubrics } from "../impact/diff.js";
import { forEachText } from "../../core/texts.js";
import { excerpt } from "./excerpt.js";

/**
 * A word naming an indicator or group, right before its code: "xem chỉ tiêu 2.3", "chỉ số số 2.3", "nhóm 4.22",
 * "see indicator 2.3". A number without such a word ("2.3 triệu đồng") is no reference.
 */
const NAMING_WORD = /(?<![\p{L}\p{N}])(?:chỉ tiêu|chỉ số(?: thành phần)?|tiêu chí(?: thành phần)?|nhóm(?: chỉ số| chỉ tiêu| tiêu chí)?|mục|sub-indicators?|indicators?|groups?|items?|criteri(?:on|a))\s+(?:(?:số|no\.)\s*)?/giu;
/** A code as the rubric writes codes, holding a digit, and ending where the word ends. */
const CODE = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*(?![\p{L}\p{N}])/u;
/** Codes listed after the first: "chỉ tiêu 2.3 và 2.4", "indicators 2.3, 2.5", "2.3–2.5". */
const LIST_JOIN = /^(?:\s*[,;/&–-]\s*|\s+(?:và|hoặc|đến|and|or|to)\s+)/iu;
/** "chỉ tiêu" is also a target: "chỉ tiêu 2.3 triệu đồng", "chỉ tiêu 2.5 %" is an amount, not a code. */
const AMOUNT_AFTER = /^\s*(?:%|‰|triệu|tỷ|nghìn|ngàn|đồng|lần|điểm|million|billion|thousand|points?)(?![\p{L}])/iu;

interface Reference { at: number; code: string }

/** The codes a text names with a word naming an indicator or group, each at its place in the text. */
export function codeReferences(text: string): Reference[] {
  const found: Reference[] = [];
  for (const word of text.matchAll(NAMING_WORD)) {
    let at = word.index + word[0].length;
    for (;;) {
      const code = CODE.exec(text.slice(at))?.[0];
      if (code === undefined || !/\d/.test(code) || AMOUNT_AFTER.test(text.slice(at + code.length))) break;
      found.push({ at, code });
      const join = LIST_JOIN.exec(text.slice(at + code.length));
      if (!join) break;
      at += code.length + join[0].length;
    }
  }
  return found;
}

/**
 * code-reference-stale (with `rubric lint --previous OLD`): a text carried forward from the earlier version still
 * names an indicator or group by the code the revision took from it ("xem chỉ tiêu 2.3" after 2.3 became 2.4 and a
 * new 2.3 was inserted), or by a code the revision removed. Only a reference the earlier version's same text already
 * made: a text the author wrote or mended for this version names this version's codes (a "2.4" written for the new
 * 2.4 is not the old 2.4). At the text, once per code, text and language, with the code it is now.
 */
export function checkCodeReferences(rubric: Rubric, previous: Rubric): Issue[] {
  const moved = movedCodes(previous, rubric);
  if (moved.toNew.size === 0 && moved.removed.size === 0) return [];
  const toOld = new Map([...moved.toNew].map(([from, to]) => [to, from]));
  const earlier = new Map<string, string>();
  forEachText(previous, [], (text, path) => {
    const { code, rest } = ownerOf(previous, path);
    for (const lang of previous.languages) earlier.set(textKey(code, rest, lang), text[lang]);
  });
  const issues: Issue[] = [];
  forEachText(rubric, [], (text, path) => {
    const { code, rest } = ownerOf(rubric, path);
    // The same text of the earlier version: of the node the revision recoded to this one, or kept under this code.
    const oldCode = code === undefined ? undefined : toOld.get(code) ?? (moved.toNew.has(code) ? null : code);
    if (oldCode === null) return;
    for (const lang of rubric.languages) {
      const before = earlier.get(textKey(oldCode, rest, lang));
      if (before === undefined) continue;
      const carried = new Set(codeReferences(before).map((r) => r.code));
      const said = new Set<string>();
      for (const ref of codeReferences(text[lang])) {
        if (said.has(ref.code) || !carried.has(ref.code) || !isMoved(ref.code, moved)) continue;
        said.add(ref.code);
        issues.push({ code: "code-reference-stale", severity: "warning", path: [...path, lang], inText: { value: text[lang], at: ref.at, length: ref.code.length }, params: referenceParams(text[lang], ref, moved) });
      }
    }
  });
  return issues;
}

/** Texts that name a source: the decision a rubric transcribes numbers its indicators its own way. */
const SOURCE_KEYS = new Set(["issuer", "provenance", "legal_basis"]);

/**
 * code-reference-unknown (no earlier version needed): a text names an indicator or group by a code this rubric does
 * not have ("xem chỉ tiêu 2.9" where group 2 ends at 2.6), most often left behind when a revision renumbered or removed
 * the item. Only a code of two or more segments whose parent code the rubric has, its last segment no wider than two
 * digits or its siblings' widest: a code of one number may be a figure ("chỉ số 85"), and "chỉ tiêu 1.000 hồ sơ" is a
 * thousand. A code written with other leading zeros (1.01 for 1.1) is the same code. At the text, once per code, text
 * and language.
 */
export function checkUnknownCodeReferences(rubric: Rubric): Issue[] {
  const codes = rubricCodes(rubric);
  const known = new Set([...codes].map(sameNumber));
  const widest = new Map<string, number>();
  for (const code of codes) {
    const { parent, last } = splitCode(code);
    widest.set(parent, Math.max(widest.get(parent) ?? 0, last.length));
  }
  const issues: Issue[] = [];
  forEachText(rubric, [], (text, path) => {
    if (SOURCE_KEYS.has(path[0]!)) return;
    for (const lang of rubric.languages) {
      const said = new Set<string>();
      for (const ref of codeReferences(text[lang])) {
        const { parent, last } = splitCode(ref.code);
        if (parent === "" || !known.has(sameNumber(parent)) || known.has(sameNumber(ref.code)) || said.has(ref.code)) continue;
        if (last.length > Math.max(2, widest.get(parent) ?? 0)) continue;
        said.add(ref.code);
        issues.push({ code: "code-reference-unknown", severity: "warning", path: [...path, lang], inText: { value: text[lang], at: ref.at, length: ref.code.length }, params: { ref: ref.code, text: excerpt(text[lang], ref.at), parent } });
      }
    }
  });
  return issues;
}

/**
 * code-reference-unknown under `--previous OLD`: its advice to run again with --previous is already followed. Said
 * instead what OLD tells of the code: the code its item has now, that the revision removed it, or nothing (OLD had no
 * such code either: a slip in a text written for this version).
 */
export function withPreviousCodes(issues: Issue[], rubric: Rubric, previous: Rubric): Issue[] {
  const moved = movedCodes(previous, rubric);
  return issues.map((issue) => {
    const ref = String(issue.params.ref);
    const now = moved.toNew.get(ref);
    const more: Record<string, string> = now !== undefined ? { version: moved.version, now } : moved.removed.has(ref) ? { version: moved.version, removed: "removed" } : { version: moved.version, previous: "none" };
    return { ...issue, params: { ...issue.params, ...more } };
  });
}

/** Every code a group, indicator or heading of the rubric has, bonus and penalty items included. */
function rubricCodes(rubric: Rubric): Set<string> {
  const codes = new Set<string>();
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (item.code !== undefined) codes.add(item.code);
      if (item.kind === "group") walk(item.items);
    }
  };
  walk(rubric.groups);
  for (const key of ["bonus", "penalty"] as const) walk(rubric[key]?.items ?? []);
  return codes;
}

function splitCode(code: string): { parent: string; last: string } {
  const at = code.lastIndexOf(".");
  return { parent: at < 0 ? "" : code.slice(0, at), last: code.slice(at + 1) };
}

/** A code as a number, segment by segment: 1.01 and 1.1 are one item to a reader. */
function sameNumber(code: string): string {
  return code.split(".").map((s) => /^\d+$/.test(s) ? String(Number(s)) : s.toUpperCase()).join(".");
}

interface Moved { version: string; toNew: Map<string, string>; removed: Set<string> }

/**
 * The codes the revision took from their items, matched as `rubric impact` matches them (the same title under another
 * code): recoded, or removed, whether or not a new item now has the code (`rubric test --previous` leaves such a code
 * out, as an answer there may be for the new item; a text carried forward meant the old one).
 */
function movedCodes(previous: Rubric, rubric: Rubric): Moved {
  const toNew = new Map<string, string>();
  const removed = new Set<string>();
  for (const c of diffRubrics(previous, rubric).items) {
    if (c.change === "recoded") toNew.set(c.old.code, c.node.code);
    if (c.change === "removed") removed.add(c.node.code);
  }
  return { version: previous.version, toNew, removed };
}

function isMoved(code: string, moved: Moved): boolean {
  return moved.toNew.has(code) || moved.removed.has(code);
}

function referenceParams(text: string, ref: Reference, moved: Moved): Record<string, string> {
  const now = moved.toNew.get(ref.code);
  const shown = excerpt(text, ref.at);
  if (now === undefined) return { ref: ref.code, version: moved.version, text: shown, removed: "removed" };
  return { ref: ref.code, version: moved.version, now, text: shown, fixed: excerpt(text.slice(0, ref.at) + now + text.slice(ref.at + ref.code.length), ref.at) };
}

function textKey(code: string | undefined, rest: string[], lang: string): string {
  return JSON.stringify([code ?? null, rest, lang]);
}

/**
 * The innermost group or indicator a text belongs to (its code; undefined for the rubric's own texts) and the text's
 * path below it: an indicator's guidance is the same text in both versions whatever list index the node moved to.
 */
function ownerOf(rubric: Rubric, path: string[]): { code: string | undefined; rest: string[] } {
  let at: unknown = rubric;
  let code: string | undefined;
  let depth = 0;
  path.forEach((key, i) => {
    if (at === null || typeof at !== "object") return;
    at = (at as Record<string, unknown>)[key];
    const c = (at as { code?: unknown; kind?: unknown } | undefined)?.code;
    const kind = (at as { kind?: unknown } | undefined)?.kind;
    if (typeof c === "string" && (kind === "group" || kind === "indicator")) { code = c; depth = i + 1; }
  });
  return { code, rest: path.slice(depth) };
}
