import type { Issue } from "../core/issue.js";

/**
 * A key misspelt (`agnecy:`, `evidnce:`) is one mistake: its unknown-field finding says "did you mean agency?", so the
 * findings that only follow from it are left out: the suggested field named as missing from the same mapping (the
 * other fields it lacks are still said), an answer's missing evidence where `evidence` is the suggestion, and where
 * `na` is (`an: true`), its reason said to lack an na and a verified block's missing value.
 */
export function withoutMisspeltConsequences(issues: Issue[]): Issue[] {
  const meant = new Map<string, Set<string>>();
  for (const issue of issues) {
    const suggestion = issue.code === "unknown-field" ? issue.params.suggestion : undefined;
    if (typeof suggestion !== "string") continue;
    const holder = pathKey(issue.path.slice(0, -1));
    (meant.get(holder) ?? meant.set(holder, new Set()).get(holder)!).add(suggestion);
  }
  if (meant.size === 0) return issues;
  return issues.flatMap((issue): Issue[] => {
    if (issue.code === "missing-field") return withoutFields(issue, withNaConsequences(meant.get(pathKey(issue.path))));
    // `an: true` meant as `na: true`: the reason beside it is the not-applicable answer's, not one without its na.
    if (issue.code === "reason-without-na" && meant.get(pathKey(issue.path.slice(0, -1)))?.has("na")) return [];
    // `vaule:` (or `an:`) holds the answer: no value line missing beside it.
    if (issue.code === "value-line-missing" && (meant.get(pathKey(issue.path))?.has("value") || meant.get(pathKey(issue.path))?.has("na"))) return [];
    // Found at the answer (atKey) where it has no evidence key at all: the misspelt key holds it.
    const evidence = issue.code === "evidence-missing" || issue.code === "evidence-missing-no-points";
    return evidence && issue.atKey && meant.get(pathKey(issue.path))?.has("evidence") ? [] : [issue];
  });
}

/** A not-applicable answer has no value: where `na` is meant, the value a verified block then lacks is no mistake of its own. */
function withNaConsequences(suggested: Set<string> | undefined): Set<string> | undefined {
  return suggested?.has("na") ? new Set([...suggested, "value"]) : suggested;
}

function withoutFields(issue: Issue, suggested: Set<string> | undefined): Issue[] {
  if (!suggested) return [issue];
  const fields = String(issue.params.fields).split(", ");
  const left = fields.filter((f) => !suggested.has(f.slice(1, -1)));
  if (left.length === fields.length) return [issue];
  if (left.length === 0) return [];
  const params: Issue["params"] = { ...issue.params, field: left[0]!.slice(1, -1), fields: left.join(", "), count: left.length };
  // The fields whose example is a text in both languages (see schemaIssues), among those left.
  const pairs = issue.params.text_fields === undefined ? [] : String(issue.params.text_fields).split(", ").filter((f) => !suggested.has(f));
  if (pairs.length > 0) params.text_fields = pairs.join(", ");
  else delete params.text_fields;
  return [{ ...issue, params }];
}

function pathKey(path: readonly string[]): string {
  return JSON.stringify(path);
}
