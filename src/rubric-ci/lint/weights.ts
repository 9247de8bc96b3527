import type { Issue } from "../../core/issue.js";
import type { Aggregation, Group, Indicator, Rubric } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { nodes } from "../tree.js";

/** What adds its children's points up, in words ("group 2", not "2", which read as the weight). */
function named(kind: "rubric" | "group" | "bonus" | "penalty", code = ""): { parent_vi: string; parent_en: string } {
  const words = { rubric: ["bộ chỉ số", "the rubric"], group: ["nhóm", "group"], bonus: ["phần điểm thưởng", "the bonus"], penalty: ["phần điểm trừ", "the penalty"] }[kind];
  return { parent_vi: `${words[0]} ${code}`.trim(), parent_en: `${words[1]} ${code}`.trim() };
}

/** The same words as parent_named_*: weight-ignored's parent_* are part of its SARIF fingerprint, these are left out of it. */
function namedAgain(words: { parent_vi: string; parent_en: string }): { parent_named_vi: string; parent_named_en: string } {
  return { parent_named_vi: words.parent_vi, parent_named_en: words.parent_en };
}

/** What the engine does with it: a group is left out; the rubric's own mean leaves every base score 0 ("the group", said of it, was no group). */
function leftOut(isRubric: boolean): { left_out_vi: string; left_out_en: string } {
  return isRubric
    ? { left_out_vi: "điểm cơ bản (trước điểm thưởng, điểm trừ) của mọi cơ quan luôn bằng 0", left_out_en: "every agency's base points (before bonus and penalty) are always 0" }
    : { left_out_vi: "nhóm luôn bị loại", left_out_en: "it is always left out" };
}

function aggregateNamed(aggregate: Aggregation): { aggregate_name_vi: string; aggregate_name_en: string } {
  return { aggregate_name_vi: message("vi", `aggregate-kind-${aggregate}`), aggregate_name_en: message("en", `aggregate-kind-${aggregate}`) };
}

/**
 * zero-weights: a weighted or geometric mean whose scored children weigh 0 in total; the engine then
 * leaves the whole group (or the base total) out. weight-ignored: a weight under a sum, where weights
 * mean nothing.
 */
export function checkWeights(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const check = (aggregate: Aggregation | undefined, children: (Group | Indicator)[], childPaths: string[][], where: string[], code: string) => {
    if ((aggregate ?? "sum") === "sum") {
      children.forEach((c, i) => { if (c.weight !== undefined) issues.push({ code: "weight-ignored", severity: "warning", path: [...childPaths[i]!, "weight"], params: { code: c.code, ...(code === rubric.id ? named("rubric", code) : named("group", code)) } }); });
      return;
    }
    const total = children.filter((c) => c.max > 0).reduce((s, c) => s + (c.weight ?? 1), 0);
    // Named in words, its YAML value beside it, as weight-ignored says "(sum)": "weighted_mean" alone read as code in a sentence.
    if (total === 0) issues.push({ code: "zero-weights", severity: "error", path: where, params: { code, aggregate: aggregate!, ...aggregateNamed(aggregate!), ...namedAgain(code === rubric.id ? named("rubric", code) : named("group", code)), ...leftOut(code === rubric.id) } });
  };
  check(rubric.aggregate, rubric.groups, rubric.groups.map((_, i) => ["groups", String(i)]), rubric.aggregate ? ["aggregate"] : ["groups"], rubric.id);
  for (const { node, path, adjustment } of nodes(rubric)) {
    if (adjustment && node.weight !== undefined) issues.push({ code: "weight-ignored", severity: "warning", path: [...path, "weight"], params: { code: node.code, ...named(adjustment) } });
    if (node.kind !== "group") continue;
    const children: (Group | Indicator)[] = [], paths: string[][] = [];
    node.items.forEach((item, i) => { if (item.kind !== "heading") { children.push(item); paths.push([...path, "items", String(i)]); } });
    check(node.aggregate, children, paths, node.aggregate ? [...path, "aggregate"] : path, node.code);
  }
  return issues;
}
