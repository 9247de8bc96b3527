import { isMap, isScalar, type Document } from "yaml";
import { nodesByCode } from "../core/codes.js";
import type { Group, Heading, Indicator, Rubric } from "../core/rubric.js";
import { blocksLanguage, headingOver, subHeadingGroups, subHeadingsIn } from "./added-blanks.js";
import { hoistFirstComment } from "./answer-placement.js";
import { readInitHeading } from "./init-heading.js";
import { groupsAbove } from "./stale-answers.js";
import { subHeading } from "./template.js";

/**
 * init's "— title" headings among a file's answers made what init writes for `rubric`, the version the file is moved
 * to, in the language of the file's blocks. One it puts over an answer the file has (kept, or carried to its new
 * code) and the file lacks is written above init's block of the first answer under it: only those over added
 * indicators were (see initBlanks), and "— Thiết bị" added over 1.6, the old 1.5, was missing. One whose title the
 * version no longer gives its group is written again as the heading it puts there (renamed), or else taken out,
 * unless a line of the officer's is under it: both kept the old title. None for a file without init's group headings.
 */
export function placeSubHeadings(doc: Document, rubric: Rubric): void {
  const answers = doc.get("answers", true);
  if (!isMap(answers)) return;
  // The first answer's block hangs on the answers mapping.
  hoistFirstComment(answers);
  const keys = answers.items.flatMap((p) => (isScalar(p.key) ? [p.key] : []));
  // Each answer's comment lines, then those closing the answers, as the file reads.
  const comments = [...keys.map((k) => k.commentBefore?.split("\n") ?? []), answers.comment?.split("\n") ?? []];
  const lines = comments.flat();
  const lang = blocksLanguage(lines);
  if (lang === undefined || !lines.some((line) => readInitHeading(line)?.code !== undefined)) return;
  const have = subHeadingsIn(lines, rubric);
  const nodes = nodesByCode(rubric);
  const placed = subHeadingGroups(lines, rubric);
  let first = 0;
  comments.forEach((own, slot) => {
    const code = slot < keys.length ? String(keys[slot]!.value) : undefined;
    // Those the version gives no group of theirs (in either language): renamed or dropped.
    const stale = [...placed].flatMap(([at, group]) => {
      const line = at - first;
      return line >= 0 && line < own.length && !headingsOf(nodes.get(group)).some((h) => (["vi", "en"] as const).some((l) => subHeading(h, l) === own[line]!.trim())) ? [line] : [];
    });
    first += own.length;
    const groups = code === undefined ? [] : groupsAbove(rubric.groups, code);
    const parent = nodes.get(groups.at(-1) ?? "");
    const sub = parent?.kind === "group" ? headingOver(parent, code!) : undefined;
    const wanted = sub && `${parent!.code}\n${subHeading(sub, lang)}`;
    const out = [...own];
    if (wanted && !have.has(wanted)) {
      // Over the first answer under it only: one without init's block (written by hand) gets none, nor do those after it.
      have.add(wanted);
      const renamed = stale.shift();
      const block = out.findIndex((line) => line.trimStart().startsWith(`${code}. `));
      if (renamed !== undefined) out[renamed] = `${/^ */u.exec(out[renamed]!)![0]}${subHeading(sub!, lang)}`;
      else if (block >= 0) out.splice(block, 0, ` ${"  ".repeat(groups.length)}${subHeading(sub!, lang)}`);
    }
    // From the last, so that the places of those before stay.
    for (const line of stale.reverse()) if (!officersLineUnder(out, line, code)) out.splice(line, 1);
    const text = out.join("\n");
    if (text === own.join("\n")) return;
    if (slot < keys.length) keys[slot]!.commentBefore = text || undefined;
    else answers.comment = text || undefined;
  });
}

/** The "— title" headings among a group's items. */
function headingsOf(node: Group | Indicator | undefined): Heading[] {
  return node?.kind === "group" ? node.items.filter((i): i is Heading => i.kind === "heading") : [];
}

/**
 * Whether the line under the heading at `at` is one the officer wrote (a note on that part): not init's (a heading,
 * the block of the answer `code`) nor empty. Taken out with the heading, it would head nothing.
 */
function officersLineUnder(lines: string[], at: number, code: string | undefined): boolean {
  const next = lines[at + 1]?.trim();
  return next !== undefined && next !== "" && !readInitHeading(next) && !next.startsWith("— ") && (code === undefined || !next.startsWith(`${code}. `));
}
