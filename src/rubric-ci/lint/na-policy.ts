import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { naPolicy, nodesByCode } from "../../core/codes.js";
import { diffRubrics } from "../impact/diff.js";
import { indicatorsOf } from "../tree.js";
import { excerpt } from "./excerpt.js";

/**
 * N/A with full marks on a bonus or penalty item, written on the item or inherited from `defaults.na`: an
 * agency answering N/A would earn the bonus, or be docked the whole penalty, for nothing it did.
 * N/A under `rescale` there (na-rescale-*, a warning: it scores as `zero`): the item has no group to rescale. Both said
 * at the item's own `na`; inherited, once a section at `defaults.na`, naming the items it reaches (one finding an item
 * there all stood at one place, and lint said the first of them only).
 */
export function checkNaPolicy(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  for (const adjustment of ["bonus", "penalty"] as const) {
    const inheritRescale: string[] = [];
    const inheritFull: { code: string; max: number }[] = [];
    rubric[adjustment]?.items.forEach((item, i) => {
      // An item worth nothing (for information) gives or takes nothing for N/A.
      if (item.info_only || item.max <= 0) return;
      const own = item.na !== undefined;
      const policy = naPolicy(rubric, item);
      if (policy === "rescale" && own) issues.push({ code: `na-rescale-${adjustment}`, severity: "warning", path: [adjustment, "items", String(i), "na"], params: { code: item.code, from: "na: rescale" } });
      if (policy === "rescale" && !own) inheritRescale.push(item.code);
      if (policy !== "full") return;
      if (own) issues.push({ code: `na-full-${adjustment}`, severity: "error", path: [adjustment, "items", String(i), "na"], params: { code: item.code, max: item.max, from: "na: full" } });
      else inheritFull.push({ code: item.code, max: item.max });
    });
    const [first] = inheritFull;
    if (inheritFull.length === 1 && first) issues.push({ code: `na-full-${adjustment}`, severity: "error", path: ["defaults", "na"], params: { code: first.code, max: first.max, from: "defaults.na: full" } });
    if (inheritFull.length > 1) {
      // "1 point" in English ("TR.2: 1 points" read wrong); Vietnamese nouns do not change.
      const each = (one: string, many: string) => inheritFull.map((i) => `${i.code}: ${i.max} ${i.max === 1 ? one : many}`).join(", ");
      issues.push({ code: `na-full-${adjustment}`, severity: "error", path: ["defaults", "na"], params: { code: inheritFull.map((i) => i.code).join(", "), count: inheritFull.length, items_vi: each("điểm", "điểm"), items_en: each("point", "points"), from: "defaults.na: full" } });
    }
    if (inheritRescale.length > 0) issues.push({ code: `na-rescale-${adjustment}`, severity: "warning", path: ["defaults", "na"], params: { code: inheritRescale.join(", "), from: "defaults.na: rescale" } });
  }
  return issues;
}

/**
 * An instruction to answer N/A ("chọn không áp dụng", "answer N/A"), not one saying it is not allowed ("không được chọn
 * không áp dụng", "cannot answer N/A").
 */
const ANSWER_NA = /(?<!(?:không được|không thể|không|chưa được|đừng)\s)(?:chọn|trả lời|ghi|đánh dấu)\s+(?:là\s+)?["“]?không áp dụng|(?<!(?:not|cannot|can't|never|no)\s)(?:answers?|choose|chooses|select|selects|mark|marks|tick|ticks)\s+["“]?N\/A\b/iu;

/**
 * na-guidance-forbidden: an indicator's guidance tells the officer to answer N/A, and N/A is not allowed for it
 * (`na: forbidden`, or no `na` and `defaults.na` forbidden or left out): an agency following the guidance is refused.
 * Most often a revision that changed the N/A policy and left the guidance as it was. At the guidance, once a language.
 */
export function checkNaGuidance(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  for (const { node, path } of indicatorsOf(rubric)) {
    if (node.info_only || node.guidance === undefined || naPolicy(rubric, node) !== "forbidden") continue;
    for (const lang of rubric.languages) {
      const said = ANSWER_NA.exec(node.guidance[lang]);
      if (!said) continue;
      const written = node.na !== undefined ? "na: forbidden" : rubric.defaults?.na !== undefined ? "defaults.na: forbidden" : undefined;
      const from: Record<string, string> = written !== undefined ? { from: written } : { from_vi: "không ghi na lẫn defaults.na", from_en: "no na nor defaults.na" };
      issues.push({ code: "na-guidance-forbidden", severity: "warning", path: [...path, "guidance", lang], inText: { value: node.guidance[lang], at: said.index, length: said[0].length }, params: { code: node.code, text: excerpt(node.guidance[lang], said.index), ...from } });
    }
  }
  return issues;
}

/** Guidance that speaks of N/A at all: what it says N/A does may be the policy it was written for. */
const MENTIONS_NA = /không áp dụng|(?<![\p{L}\p{N}])N\/A(?![\p{L}\p{N}])|not applicable/iu;

/**
 * na-guidance-stale (with `rubric lint --previous OLD`): the revision changed an indicator's N/A policy (zero to
 * rescale, forbidden to allowed…) and left its guidance, which speaks of N/A, word for word as the earlier version
 * wrote it: "answer N/A: the indicator scores 0" now misleads. Guidance mended for this version is not said, nor what
 * na-guidance-forbidden says already. At the guidance, once a language.
 */
export function checkNaGuidanceStale(rubric: Rubric, previous: Rubric): Issue[] {
  const before = nodesByCode(previous);
  const now = new Map(indicatorsOf(rubric).map((n) => [n.node.code, n]));
  const issues: Issue[] = [];
  for (const change of diffRubrics(previous, rubric).items) {
    if (change.change !== "changed" && change.change !== "recoded") continue;
    const na = change.fields.find((f) => f.field === "na");
    const old = before.get(change.old.code), here = now.get(change.node.code);
    if (!na || old?.kind !== "indicator" || !here || here.node.info_only || here.node.guidance === undefined) continue;
    for (const lang of rubric.languages) {
      const text = here.node.guidance[lang];
      const said = MENTIONS_NA.exec(text);
      if (!said || text !== old.guidance?.[lang]) continue;
      if (naPolicy(rubric, here.node) === "forbidden" && ANSWER_NA.test(text)) continue;
      issues.push({ code: "na-guidance-stale", severity: "warning", path: [...here.path, "guidance", lang], inText: { value: text, at: said.index, length: said[0].length }, params: { code: here.node.code, version: previous.version, was: String(na.old), now: String(na.new), text: excerpt(text, said.index + said[0].length) } });
    }
  }
  return issues;
}
