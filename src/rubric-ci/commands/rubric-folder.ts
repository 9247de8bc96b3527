import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { linkOutside } from "../../io/link-outside.js";
import { withFrame, type LocatedDiagnostic } from "../../load/located.js";
import type { Diagnostic } from "../../load/diagnostic.js";

/**
 * The rubric files of a folder, by name, as `folder` is written: its *.yaml and *.yml, not its subfolders (where
 * fixtures live); undefined where `folder` is not one. Hidden names are skipped, as score skips them: Emacs marks
 * a rubric being edited with `.#NAME.yaml`, a link to nowhere, whose stat ended the lint in an internal error. A
 * file removed since it was listed is skipped too.
 */
export function rubricFilesIn(folder: string): string[] | undefined {
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true) return undefined;
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/i.test(f) && !f.startsWith("."))
    .sort()
    .map((f) => path.join(folder, f))
    .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
}

/**
 * The finding for a rubric file of a folder that is a link to a file outside that folder, which is not read (see
 * linkOutside: a pull request's link to a CI job's .git/config had its lines quoted by rubric lint and test).
 */
export function outsideLinkFinding(file: string, folder: string): LocatedDiagnostic | undefined {
  const target = linkOutside(file, folder);
  return target === undefined ? undefined : withFrame({ code: "link-outside-folder", params: { target } }, file, undefined);
}

/**
 * What a file of a folder is when it is no rubric (its one finding not-rubric-file): agency, fixtures or other, the
 * `lint-skipped-…` message saying it; undefined for a rubric, usable or not. A repository's folder holds its CI
 * workflow, a fixtures' expected.yaml or an agency file beside the rubric: lint and test skip those.
 */
export function notRubricKind(findings: readonly Diagnostic[]): string | undefined {
  return findings.length === 1 && findings[0]!.code === "not-rubric-file" ? String(findings[0]!.params.hint_not_rubric) : undefined;
}
