import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it, vi } from "vitest";
import { readCorpus } from "../helpers/impact-corpus.js";
import { codeMaps, diffRubrics } from "../../src/rubric-ci/impact/diff.js";
import type { BatchInput } from "../../src/batch/score-files.js";
import { loaded, withoutIndicator16 } from "./helpers/rubrics.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const parsedWithYaml = vi.hoisted(() => [] as string[]);
vi.mock("../../src/load/load-agency.js", async (original) => {
  const real = await original<typeof import("../../src/load/load-agency.js")>();
  return { ...real, parseAgencyFile: (file: string, text?: string) => { parsedWithYaml.push(path.basename(file)); return real.parseAgencyFile(file, text); } };
});
/** Each full check of a file against a version: "file@version". */
const checkedAs = vi.hoisted(() => [] as string[]);
vi.mock("../../src/rubric-ci/validate-as.js", async (original) => {
  const real = await original<typeof import("../../src/rubric-ci/validate-as.js")>();
  return { ...real, validateAsVersion: (...args: Parameters<typeof real.validateAsVersion>) => { checkedAs.push(`${path.basename(args[0].file)}@${args[1].rubric.version}`); return real.validateAsVersion(...args); } };
});

const dir = mkdtempSync(path.join(tmpdir(), "egov-corpus-plain-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every file answers 1.6; carried to a version without it, each needs its findings under that version. They
// were worked out on `yaml`'s parse, 3 ms a file: 10,000 files took 58 s (19 s with the plain reader's positions).
it("a corpus carried to a version without an indicator every file answers is not parsed again with `yaml`", () => {
  generate(40, path.join(dir, "gen"));
  const files = readdirSync(path.join(dir, "gen")).sort().map((f) => ({ file: path.join(dir, "gen", f) }));
  const newer = path.join(dir, "dti-without-1.6.yaml");
  writeFileSync(newer, withoutIndicator16(readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace('version: "2025.1"', 'version: "2026.1"')));
  const rubrics = { old: loaded("rubrics/dti-cap-so.yaml"), new: loaded(newer) };
  const corpus = readCorpus(files, rubrics, codeMaps(diffRubrics(rubrics.old.rubric, rubrics.new.rubric)));
  expect(corpus.agencies.length).toBeGreaterThan(30);
  expect(corpus.agencies.every((a) => a.notes.new.some((n) => n.code === "1.6" && n.reason === "unknown-indicator"))).toBe(true);
  // The invalid files (one in twenty) are placed by the plain reader's positions too: none needed `yaml`.
  expect(corpus.invalid.length).toBeGreaterThan(0);
  expect(parsedWithYaml).toEqual([]);
});

/** The same files with a directive in front: the fast reader leaves such a file to `yaml`, and each carried file takes the full check. */
const slowly = (files: BatchInput[]): BatchInput[] => files.map(({ file }) => ({ file, text: `%YAML 1.2\n---\n${readFileSync(file, "utf8")}` }));
const notesOf = (corpus: ReturnType<typeof readCorpus>) => corpus.agencies.map((a) => [path.basename(a.file), a.notes, a.data, a.unscorable]);

// A file whose only misfit under the other version is an answer under a code it lacks took the full check (schema,
// semantic checks, placing, "did you mean") only to learn that the answer is dropped: 10,000 files carried to a
// version without 1.6 took 14.5-17.6 s of CPU against 9.1-10.4 s for a version bump alone.
it("an answer under a code the other version lacks is dropped without the full check, with the note the full check gives", () => {
  const V1 = "test/rubric-ci/fixtures/impact/v1.yaml";
  // 1.3 removed, 1.2 at most 5; of 1.4 (a yes/no) and 1.5 (a percentage), the nearest code is 1.4 and the one that takes 1.3's value 1.5.
  const newer = path.join(dir, "v-next.yaml");
  writeFileSync(newer, readFileSync("test/rubric-ci/fixtures/impact/v2.yaml", "utf8").replace("max: 50", "max: 40").replace("input: {type: count}", "input: {type: count, max: 5}").replace("bands:", `      - code: "1.5"
        title: {vi: "Tỷ lệ hồ sơ số hóa", en: "Share of records digitised"}
        max: 10
        input: {type: percent}
        rule: {type: ratio}
bands:`));
  const folder = path.join(dir, "removed");
  mkdirSync(folder);
  const a = readFileSync("test/rubric-ci/fixtures/impact/corpus/a.yaml", "utf8");
  const texts: Record<string, string> = {
    "plain.yaml": a,
    "verified.yaml": a.replace("id: a,", "id: v,").replace('"1.3": {value: 100}', '"1.3": {value: 100, verified: {value: 60}}'),
    "unanswered.yaml": a.replace("id: a,", "id: u,").replace('"1.3": {value: 100}', '"1.3": null'),
    "first.yaml": a.replace("id: a,", "id: f,").replace('  "1.1": {value: true}\n', "").replace('"1.3": {value: 100}', '"1.3": {value: 100}\n  "1.1": {value: true}'),
    // Invalid under the new version for another reason too: the full check says what.
    "other.yaml": a.replace("id: a,", "id: o,").replace('"1.2": {value: 2}', '"1.2": {value: 9}'),
  };
  for (const [name, text] of Object.entries(texts)) writeFileSync(path.join(folder, name), text);
  const files = Object.keys(texts).sort().map((name) => ({ file: path.join(folder, name) }));
  const rubrics = { old: loaded(V1), new: loaded(newer) };
  const codes = codeMaps(diffRubrics(rubrics.old.rubric, rubrics.new.rubric));
  checkedAs.length = 0;
  const fast = readCorpus(files, rubrics, codes);
  expect(checkedAs).toEqual(["other.yaml@2"]);
  expect(fast.invalid).toEqual([]);
  expect(fast.agencies.find((x) => x.file.endsWith("plain.yaml"))?.notes.new).toEqual([{ code: "1.3", reason: "unknown-indicator", params: { code: "1.3", rubric: "impact-demo", suggestion: "1.5" } }]);
  expect(notesOf(fast)).toEqual(notesOf(readCorpus(slowly(files), rubrics, codes)));

  // The generated corpus (the test above's), every file answering 1.6: the notes are compared with the full reading's in corpus.test.ts.
  const generated = readdirSync(path.join(dir, "gen")).sort().map((f) => ({ file: path.join(dir, "gen", f) }));
  const without16 = path.join(dir, "dti-without-1.6.yaml");
  const dti = { old: loaded("rubrics/dti-cap-so.yaml"), new: loaded(without16) };
  checkedAs.length = 0;
  expect(readCorpus(generated, dti, codeMaps(diffRubrics(dti.old.rubric, dti.new.rubric))).agencies.length).toBeGreaterThan(30);
  expect(checkedAs.filter((c) => c.endsWith("@2026.1"))).toEqual([]);
});
