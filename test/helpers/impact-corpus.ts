import { openWorkFolder } from "../../src/batch/work-folder.js";
import type { BatchInput } from "../../src/batch/score-files.js";
import type { LoadedRubric } from "../../src/load/load-rubric.js";
import { readCorpusEach, type Corpus, type CorpusAgency, type Side } from "../../src/rubric-ci/impact/corpus.js";
import type { CodeMaps } from "../../src/rubric-ci/impact/diff.js";
import { rescoreEach, type AgencyImpact } from "../../src/rubric-ci/impact/rescore.js";

/** readCorpusEach with every agency kept, to look at what was read (rubric impact keeps none). */
export function readCorpus(files: BatchInput[], rubrics: Record<Side, LoadedRubric>, codes: CodeMaps, onForeign: (file: string) => void = () => undefined, onSameFile: (file: string, first: string) => void = () => undefined): Corpus {
  const agencies: CorpusAgency[] = [];
  return { agencies, ...readCorpusEach(files, rubrics, codes, (a) => agencies.push(a), (s) => onForeign(s.file), onSameFile) };
}

/** A corpus read whole, rescored under both versions as rubric impact does (rescoreEach), its spool in memory. */
export function rescore(corpus: Corpus, rubrics: Record<Side, LoadedRubric>, codes: CodeMaps, reweighted: string[] = []): AgencyImpact[] {
  const work = openWorkFolder(true);
  try {
    return rescoreEach(rubrics, codes, reweighted, work, (add) => corpus.agencies.forEach((a) => add(a))).impacts;
  } finally {
    work.dispose();
  }
}
