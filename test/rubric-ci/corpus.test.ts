import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BatchInput } from "../../src/batch/score-files.js";
import type { LoadedRubric } from "../../src/load/load-rubric.js";
import type { Corpus } from "../../src/rubric-ci/impact/corpus.js";
import { readCorpus } from "../helpers/impact-corpus.js";
import { codeMaps, diffRubrics } from "../../src/rubric-ci/impact/diff.js";
import { loaded, withoutIndicator16 } from "./helpers/rubrics.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "egov-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    ["a generated corpus carried to a version without an indicator every file answers", "rubrics/dti-cap-so.yaml", "without 1.6", "generated"],
  ])("reads files valid as written the fast way, and finds what the full reading finds: %s", (_, oldFile, newFile, corpusDir) => {
    let files: BatchInput[];
    let newer = newFile;
    if (corpusDir === "generated") {
      generate(60, path.join(dir, "gen"));
      files = readdirSync(path.join(dir, "gen")).sort().map((f) => ({ file: path.join(dir, "gen", f) }));
      newer = path.join(dir, `dti-next-${newFile.replace(/\W/g, "")}.yaml`);
      const next = readFileSync(oldFile, "utf8").replace('version: "2025.1"', 'version: "2026.1"');
      writeFileSync(newer, newFile === "new" ? next : withoutIndicator16(next));
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

  describe("what the full reading finds, the fast one finds too", () => {
    const V1 = "test/rubric-ci/fixtures/impact/v1.yaml";
    const A = readFileSync("test/rubric-ci/fixtures/impact/corpus/a.yaml", "utf8");
    const next = (name: string, edit: (text: string) => string) => {
      const file = path.join(dir, name);
      writeFileSync(file, edit(readFileSync(V1, "utf8").replace('version: "1"', 'version: "9"')));
      return loaded(file);
    };
    const corpusOf = (texts: Record<string, string>, newer: LoadedRubric) => {
      const folder = mkdtempSync(path.join(dir, "c-"));
      const files = Object.entries(texts).map(([name, text]) => { writeFileSync(path.join(folder, name), text); return { file: path.join(folder, name) }; });
      const rubrics = { old: loaded(V1), new: newer };
      return readCorpus(files, rubrics, codeMaps(diffRubrics(rubrics.old.rubric, rubrics.new.rubric)));
    };

    it("an answer written 12.500, plain as a percentage, is ambiguous where the new version takes any number: dropped and said", () => {
      const newer = next("v-number.yaml", (t) => t.replace("input: {type: percent}\n        rule: {type: ratio}", "input: {type: number, min: 0}\n        rule: {type: target, target: 100}"));
      const corpus = corpusOf({ "x.yaml": A.replace('"1.3": {value: 100}', '"1.3": {value: 12.500}') }, newer);
      expect(corpus.agencies.map((a) => [a.data.old?.answers?.["1.3"], a.data.new?.answers?.["1.3"], a.notes.new.map((n) => [n.code, n.reason])])).toEqual([[{ value: 12.5 }, undefined, [["1.3", "ambiguous-number"]]]]);
    });

    it("agency ids that differ only in case are one agency, as score has them", () => {
      const corpus = corpusOf({ "1.yaml": A, "2.yaml": A.replace("id: a,", "id: A,") }, next("v-same.yaml", (t) => t));
      expect(corpus.agencies.map((a) => path.basename(a.file))).toEqual(["1.yaml"]);
      expect(corpus.invalid.map((f) => [path.basename(f.file), f.diagnostics.map((d) => d.code)])).toEqual([["2.yaml", ["duplicate-agency"]]]);
    });

    it("an agency type the new version no longer has is said as such", () => {
      const corpus = corpusOf({ "x.yaml": A }, next("v-type.yaml", (t) => t.replace("{id: unit, label:", "{id: office, label:")));
      expect(corpus.agencies.map((a) => a.unscorable.new?.code)).toEqual(["agency-type-removed"]);
    });
  });
});
