import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { nodes } from "../tree.js";

/**
 * code-same-number: two codes that differ as text but read as one number, segment by segment ("1.01" and "1.1",
 * "01" and "1"): a person reading the form takes them for one item, and an answer meant for one is easily written
 * under the other. Only leading zeros of a segment of digits count: "1.10" is the tenth item, not "1.1". A leading
 * zero alone ("1.01" … "1.10", a numbering that sorts as text) is a style, not this finding. Reported at the second code.
 */
export function checkCodes(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, { code: string; path: string[] }>();
  for (const { node, path } of nodes(rubric)) {
    const number = asNumber(node.code);
    const earlier = first.get(number);
    if (!earlier) { first.set(number, { code: node.code, path }); continue; }
    // The same text twice is duplicate-code's finding.
    if (earlier.code !== node.code) issues.push({ code: "code-same-number", severity: "warning", path: [...path, "code"], params: { code: node.code, other: earlier.code, first_path: [...earlier.path, "code"].join("/") } });
  }
  return issues;
}

/** A code as the number it reads as: each segment of digits without its leading zeros ("01.010" → "1.10"). */
function asNumber(code: string): string {
  return code.split(".").map((s) => (/^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, "") : s)).join(".");
}
