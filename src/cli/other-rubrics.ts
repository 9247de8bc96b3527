import type { Lang, Rubric } from "../core/rubric.js";
import { typeList } from "../core/type-list.js";
import { bundledAgencyTypes } from "../load/registry.js";
import { fileWord, shellWord } from "../load/shell-word.js";

/** Another bundled rubric's id, its agency types as a list to read, and the init command that makes `file` again with it. */
export interface OtherRubric { id: string; types: string; command: string }

/**
 * For each other bundled rubric, its agency types and the init command that starts `file` with it ("UBND xã,
 * UBND phường" and "egov-score init --rubric dti-cap-xa -o xa.yaml --force"): init without --rubric gave the
 * default, a provincial department's, and a commune learnt only at assess that its type was not offered.
 */
export function otherRubrics(rubric: Rubric, file: string, lang: Lang): OtherRubric[] {
  return bundledAgencyTypes().filter((r) => r.id !== rubric.id && r.types.length > 0)
    .map((r) => ({ id: r.id, types: typeList(r.types.map((t) => t.label[lang]), lang), command: initCommand(r.id, file) }));
}

/**
 * The init command that makes `file` again for a rubric, `rubricWord` as a command names it (a bundled id, or its
 * file as shellWord writes it), with the agency `type` the file already names, if any, so that it is not lost.
 */
export function initCommand(rubricWord: string, file: string, type?: string): string {
  return `egov-score init --rubric ${rubricWord} -o ${fileWord(file)}${type !== undefined ? ` -t ${shellWord(type)}` : ""} --force`;
}

/** otherRubrics as init says them, one a line: "UBND xã, UBND phường: egov-score init --rubric dti-cap-xa -o xa.yaml --force". */
export function otherRubricCommands(rubric: Rubric, file: string, lang: Lang): string[] {
  return otherRubrics(rubric, file, lang).map((r) => `${r.types}: ${r.command}`);
}
