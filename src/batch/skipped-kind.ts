import { otherFileKind, topLevelKeys } from "../core/agency.js";

/** `document`: a Word or Excel file in a folder walked, not read (an agency may have sent its form so). */
export type SkippedKind = ReturnType<typeof otherFileKind> | "document";

/** A file a folder brought in that is no agency file, and what it is: said on standard error and in the reports. */
export interface SkippedFile { file: string; kind: SkippedKind }

/**
 * What a skipped file is (a rubric, a rubric's fixture expectations, other YAML), from the text the batch read:
 * not read again when it is reported, by which time it may be gone or changed.
 */
export function skippedFile(file: string, text: string): SkippedFile {
  return { file, kind: otherFileKind(topLevelKeys(text)) };
}
