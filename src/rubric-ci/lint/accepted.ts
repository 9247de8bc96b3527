import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";

/**
 * The rubric's `lint.accept`: warnings its author keeps on purpose (a year of last year's results, written as the
 * decision words it), each naming its rule, the node and why. Such a warning is not reported; an acceptance that
 * matches no warning is (lint-accept-unused), so that none outlives the text it was written for, and an error is
 * never accepted: the rubric would be unusable all the same. How many were kept is returned, for lint to say: a
 * run that hides warnings without a word would look cleaner than the rubric is.
 */
export function withoutAccepted(rubric: Rubric, issues: Issue[]): { issues: Issue[]; accepted: number } {
  const accept = rubric.lint?.accept ?? [];
  if (accept.length === 0) return { issues, accepted: 0 };
  const used = new Set<number>();
  const kept = issues.filter((issue) => {
    if (issue.severity !== "warning") return true;
    const code = nodeCode(rubric, issue.path);
    const i = accept.findIndex((a) => a.rule === issue.code && a.code === code);
    if (i === -1) return true;
    used.add(i);
    return false;
  });
  const unused = accept.flatMap((a, i): Issue[] => used.has(i) ? [] : [{ code: "lint-accept-unused", severity: "warning", path: ["lint", "accept", String(i)], params: { rule: a.rule, where: a.code ?? rubric.id } }]);
  return { issues: [...kept, ...unused], accepted: issues.length - kept.length };
}

/** The code of the innermost group, indicator or item the path runs through, or undefined for the rubric's own keys. */
export function nodeCode(rubric: Rubric, path: string[]): string | undefined {
  let at: unknown = rubric;
  let code: string | undefined;
  for (const key of path) {
    if (at === null || typeof at !== "object") break;
    at = (at as Record<string, unknown>)[key];
    const c = (at as { code?: unknown } | undefined)?.code;
    if (at !== null && typeof at === "object" && !Array.isArray(at) && typeof c === "string") code = c;
  }
  return code;
}
