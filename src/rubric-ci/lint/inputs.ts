import type { Issue } from "../../core/issue.js";
import type { Rubric, SimpleInput } from "../../core/rubric.js";
import { indicatorsOf } from "../tree.js";

/**
 * level-labels-mismatch: a level input's labels name the levels from min to max in order, one each; fewer
 * leave the top levels without a name, more are never shown. Reported at the `labels` key when
 * labels are missing, at the first extra label otherwise. A level without a range is bad-range's finding.
 */
export function checkInputs(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  for (const { node, path } of indicatorsOf(rubric)) {
    const check = (input: SimpleInput, inputPath: string[]) => {
      if (input.type !== "level" || input.labels === undefined) return;
      const min = input.min ?? 0;
      const levels = input.max - min + 1;
      if (levels < 2 || input.labels.length === levels) return;
      const extra = input.labels.length > levels;
      issues.push({
        code: "level-labels-mismatch", severity: "warning",
        path: extra ? [...inputPath, "labels", String(levels)] : [...inputPath, "labels"],
        params: { code: node.code, labels: input.labels.length, levels, min, max: input.max },
        ...(extra ? {} : { atKey: true }),
      });
    };
    if (node.input.type === "parts") node.input.fields.forEach((f, k) => check(f.input, [...path, "input", "fields", String(k), "input"]));
    else check(node.input, [...path, "input"]);
  }
  return issues;
}
