import { otherFileKind, topLevelKeys } from "../core/agency.js";
import { readText } from "../load/read.js";

export type SkippedKind = ReturnType<typeof otherFileKind>;

/**
 * What a YAML file a folder brought in that is no agency file is: a rubric, a rubric's fixture expectations, or other
 * YAML. Read again to tell: skipped files are few, and the batch keeps only their names.
 */
export function skippedKind(file: string): SkippedKind {
  const read = readText(file);
  return read.ok ? otherFileKind(topLevelKeys(read.text)) : "other";
}
