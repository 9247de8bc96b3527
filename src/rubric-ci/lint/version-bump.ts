import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { diffRubrics } from "../impact/diff.js";

/** Changes named in the finding before "…". */
const NAMED = 5;

/**
 * version-not-bumped (with --previous only): the revision changed what `rubric impact` reports as a change (settings,
 * an item added, removed, renumbered or changed) but kept `version`. A file answering that version is then read as
 * written by either rubric, without the rubric-version-mismatch that tells last year's file from this year's: an answer
 * to a code that now names another indicator is scored as that one, and one to a renumbered code is refused.
 */
export function checkVersionBumped(rubric: Rubric, previous: Rubric): Issue[] {
  if (rubric.id !== previous.id || rubric.version !== previous.version) return [];
  const diff = diffRubrics(previous, rubric);
  const changes = [
    // The rubric's own title scores nothing and names no answer: a typo fixed in it needs no new version.
    ...diff.rubric.filter((f) => f.field !== "title").map((f) => f.field),
    ...diff.items.map((c) => (c.change === "recoded" ? `${c.old.code} → ${c.node.code}` : c.node.code)),
  ];
  if (changes.length === 0) return [];
  const named = changes.slice(0, NAMED).join(", ") + (changes.length > NAMED ? ", …" : "");
  return [{ code: "version-not-bumped", severity: "warning", path: ["version"], params: { version: rubric.version, changes: named, count: changes.length } }];
}
