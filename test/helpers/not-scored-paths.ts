import type { NotScoredPath } from "../../src/batch/expand-paths.js";

/** The paths expandPaths could not take of one kind, in their order. */
export const notScoredPaths = (found: { notScored: NotScoredPath[] }, kind: NotScoredPath["kind"]): string[] =>
  found.notScored.filter((n) => n.kind === kind).map((n) => n.path);
