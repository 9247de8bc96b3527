import type { Issue } from "../../core/issue.js";
import type { LintAcceptance, Rubric } from "../../core/rubric.js";

/** One `lint.accept` entry that kept warnings: which entry, where it applies, and the warnings it kept. */
export interface Acceptance extends LintAcceptance { entry: number; where: string; warnings: Issue[] }

/**
 * The rubric's `lint.accept`: warnings its author keeps on purpose (a year of last year's results, written as the
 * decision words it), each naming its rule, the node and why. Such a warning is not reported; an acceptance that
 * matches no warning is (lint-accept-unused), so that none outlives the text it was written for, and an error is
 * never accepted: the rubric would be unusable all the same. What each entry kept is returned, for lint to say: a
 * run that hides warnings without a word would look cleaner than the rubric is, and a reviewer of a rubric change
 * would have to read the YAML to learn what was accepted and why.
 */
export function withoutAccepted(rubric: Rubric, issues: Issue[]): { issues: Issue[]; accepted: Acceptance[] } {
  const accept = rubric.lint?.accept ?? [];
  if (accept.length === 0) return { issues, accepted: [] };
  const kept = new Map<number, Issue[]>();
  const reported = issues.filter((issue) => {
    if (issue.severity !== "warning") return true;
    const code = nodeCode(rubric, issue.path);
    const i = accept.findIndex((a) => a.rule === issue.code && a.code === code);
    if (i === -1) return true;
    kept.set(i, [...(kept.get(i) ?? []), issue]);
    return false;
  });
  const unused = accept.flatMap((a, i): Issue[] => kept.has(i) ? [] : [{ code: "lint-accept-unused", severity: "warning", path: ["lint", "accept", String(i)], params: { rule: a.rule, where: a.code ?? rubric.id } }]);
  const accepted = accept.flatMap((a, i): Acceptance[] => kept.has(i) ? [{ ...a, entry: i, where: a.code ?? rubric.id, warnings: kept.get(i)! }] : []);
  return { issues: [...reported, ...unused], accepted };
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
