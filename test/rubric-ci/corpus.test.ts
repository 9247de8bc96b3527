import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BatchInput } from "../../src/batch/score-files.js";
import { loadRubric, type LoadedRubric } from "../../src/load/load-rubric.js";
import { readCorpus, type Corpus } from "../../src/rubric-ci/impact/corpus.js";
import { codeMaps, diffRubrics } from "../../src/rubric-ci/impact/diff.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "egov-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loaded(file: string): LoadedRubric {
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error(`${file} does not load`);
  return outcome.loaded;
}

/** What a corpus read says of each file, positions left out (the slow reading below shifts every line by two). */
function findings(corpus: Corpus) {
  return {
    agencies: corpus.agencies.map((a) => ({ ...a, unscorable: Object.fromEntries(Object.entries(a.unscorable).map(([side, d]) => [side, d.code])) })),
    invalid: corpus.invalid.map((f) => [path.basename(f.file), f.diagnostics.map((d) => d.code)]),
    skipped: corpus.skipped,
  };
}

/** The same files with a directive in front: the fast reader leaves such a file to `yaml`, which reads the same data. */
const slowly = (files: BatchInput[]): BatchInput[] => files.map(({ file }) => ({ file, text: `%YAML 1.2\n---\n${readFileSync(file, "utf8")}` }));
const asText = (files: BatchInput[]): BatchInput[] => files.map(({ file }) => ({ file, text: readFileSync(file, "utf8") }));

describe("readCorpus", () => {
  it.each([
    ["two versions that drop, add and change indicators", "test/rubric-ci/fixtures/impact/v1.yaml", "test/rubric-ci/fixtures/impact/v2.yaml", "test/rubric-ci/fixtures/impact/corpus"],
    ["a generated corpus, with invalid files, carried to a new version", "rubrics/dti-cap-so.yaml", "new", "generated"],
  ])("reads files valid as written the fast way, and finds what the full reading finds: %s", (_, oldFile, newFile, corpusDir) => {
    let files: BatchInput[];
    let newer = newFile;
    if (corpusDir === "generated") {
      generate(60, path.join(dir, "gen"));
      files = readdirSync(path.join(dir, "gen")).sort().map((f) => ({ file: path.join(dir, "gen", f) }));
      newer = path.join(dir, "dti-next.yaml");
      writeFileSync(newer, readFileSync(oldFile, "utf8").replace('version: "2025.1"', 'version: "2026.1"'));
    } else {
      files = readdirSync(corpusDir).sort().map((f) => ({ file: path.join(corpusDir, f) }));
    }
    const rubrics = { old: loaded(oldFile), new: loaded(newer) };
    expect(rubrics.new.rubric.version).not.toBe(rubrics.old.rubric.version);
    const codes = codeMaps(diffRubrics(rubrics.old.rubric, rubrics.new.rubric));
    const fast = findings(readCorpus(files, rubrics, codes));
    expect(fast.agencies.length).toBeGreaterThan(3);
    expect(findings(readCorpus(slowly(files), rubrics, codes))).toEqual(fast);
    expect(findings(readCorpus(asText(files), rubrics, codes))).toEqual(fast);
    if (corpusDir === "generated") expect(fast.invalid.length).toBeGreaterThan(0);
  });
});
