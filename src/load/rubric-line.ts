import type { Issue } from "../core/issue.js";
import type { LoadedRubric } from "./load-rubric.js";

/** The line that names a rubric at the top of an agency file, as `assess` and `init` write it. */
export function rubricLine(loaded: LoadedRubric): string {
  return rubricLineFor(loaded.rubric.id, loaded.rubric.version);
}

/**
 * The same line from an id and a version. An id is plain (lower-case letters, digits, `.`, `_`, `-`); a version is
 * any text, so it is quoted as JSON, which YAML reads back as written (a `"` or `\` in it would break the line).
 */
export function rubricLineFor(id: string, version: string): string {
  return `rubric: {id: ${id}, version: ${JSON.stringify(version)}}`;
}

/** The schema's finding for a file with no `rubric` key (its hint: the line to add). */
export function rubricMissing(issue: Issue): boolean {
  return issue.code === "missing-field" && issue.path.length === 0 && String(issue.params.fields).split(", ").includes('"rubric"');
}

/** An empty `rubric:` key (the line to write in its place), or one without its id or version, or with one empty (the line in full). */
function rubricIncomplete(issue: Issue): boolean {
  if (issue.path[0] !== "rubric") return false;
  return issue.path.length === 1 ? issue.code === "empty-value" || issue.code === "missing-field" : issue.path.length === 2 && issue.code === "empty-value";
}

/** A file with no `rubric` key, an empty one or one lacking a part is told the line to write, for the rubric it was checked against. */
export function withRubricLineHint(issues: Issue[], loaded: LoadedRubric): Issue[] {
  return issues.map((issue) => rubricMissing(issue) || rubricIncomplete(issue) ? { ...issue, params: { ...issue.params, hint_rubric_line: rubricLine(loaded) } } : issue);
}
