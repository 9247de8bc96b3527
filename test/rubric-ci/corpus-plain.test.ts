import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it, vi } from "vitest";
import { readCorpus } from "../../src/rubric-ci/impact/corpus.js";
import { codeMaps, diffRubrics } from "../../src/rubric-ci/impact/diff.js";
import { loaded, withoutIndicator16 } from "./helpers/rubrics.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const parsedWithYaml = vi.hoisted(() => [] as string[]);
vi.mock("../../src/load/load-agency.js", async (original) => {
  const real = await original<typeof import("../../src/load/load-agency.js")>();
  return { ...real, parseAgencyFile: (file: string, text?: string) => { parsedWithYaml.push(path.basename(file)); return real.parseAgencyFile(file, text); } };
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
