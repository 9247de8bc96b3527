import { isMap, isScalar, type Document } from "yaml";
import { nodesByCode } from "../core/codes.js";
import type { Rubric } from "../core/rubric.js";
import { blocksLanguage, headingOver, subHeadingsIn } from "./added-blanks.js";
import { hoistFirstComment } from "./answer-placement.js";
import { readInitHeading } from "./init-heading.js";
import { groupsAbove } from "./stale-answers.js";
import { subHeading } from "./template.js";

/**
 * init's "— title" headings that `rubric`, the version a file is moved to, puts over answers the file has (kept, or
 * carried to their new codes), written where the file lacks them: above init's block of the first answer under each,
 * in the language of the file's blocks. Only those over added indicators were written (see initBlanks): "— Thiết bị"
 * added over 1.6, the old 1.5, was missing from the moved file. None for a file without init's group headings.
 */
export function placeSubHeadings(doc: Document, rubric: Rubric): void {
  const answers = doc.get("answers", true);
  if (!isMap(answers)) return;
  // The first answer's block hangs on the answers mapping.
  hoistFirstComment(answers);
  const keys = answers.items.flatMap((p) => (isScalar(p.key) ? [p.key] : []));
  const lines = [...keys.flatMap((k) => k.commentBefore?.split("\n") ?? []), ...(answers.comment?.split("\n") ?? [])];
  const lang = blocksLanguage(lines);
  if (lang === undefined || !lines.some((line) => readInitHeading(line)?.code !== undefined)) return;
  const have = subHeadingsIn(lines, rubric);
  const nodes = nodesByCode(rubric);
  for (const key of keys) {
    const code = String(key.value);
    const groups = groupsAbove(rubric.groups, code);
    const parent = nodes.get(groups.at(-1) ?? "");
    const sub = parent?.kind === "group" ? headingOver(parent, code) : undefined;
    const wanted = sub && `${parent!.code}\n${subHeading(sub, lang)}`;
    if (!wanted || have.has(wanted)) continue;
    // Over the first answer under it only: one without init's block (written by hand) gets none, nor do those after it.
    have.add(wanted);
    const own = key.commentBefore?.split("\n") ?? [];
    const block = own.findIndex((line) => line.trimStart().startsWith(`${code}. `));
    if (block < 0) continue;
    own.splice(block, 0, ` ${"  ".repeat(groups.length)}${subHeading(sub!, lang)}`);
    key.commentBefore = own.join("\n");
  }
}
