import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it, vi } from "vitest";
import type { AgencyFile } from "../../src/core/agency.js";
import { scoreBatch } from "../../src/core/score.js";
import { parseAgencyFile } from "../../src/load/load-agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { runFixtures } from "../../src/rubric-ci/fixtures/run-fixtures.js";
import { validateAsVersion } from "../../src/rubric-ci/validate-as.js";
import { tempDirs } from "./helpers/files.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const parsedWithYaml = vi.hoisted(() => [] as string[]);
vi.mock("../../src/load/load-agency.js", async (original) => {
  const real = await original<typeof import("../../src/load/load-agency.js")>();
  return { ...real, parseAgencyFile: (file: string, text?: string) => { parsedWithYaml.push(path.basename(file)); return real.parseAgencyFile(file, text); } };
});
/** The files given the full check (schema, semantic checks, placing): a file the quick check vouches for is not. */
const checkedFully = vi.hoisted(() => [] as string[]);
vi.mock("../../src/rubric-ci/validate-as.js", async (original) => {
  const real = await original<typeof import("../../src/rubric-ci/validate-as.js")>();
  return { ...real, validateAsVersion: (...args: Parameters<typeof real.validateAsVersion>) => { checkedFully.push(path.basename(args[0].file)); return real.validateAsVersion(...args); } };
});

const tempDir = tempDirs();

// Each fixture was parsed with `yaml` (5 ms a file, with positions for findings a valid file never has): a fixtures
// folder of the 9,500 valid files of `npm run bench -- gen 10000`, in one batch, took 94 s and 870 MB.
it("rubric test reads its fixtures as score does: `yaml` only for a file the plain reader refuses, the same findings", () => {
  const dir = tempDir();
  generate(20, dir);
  const names = readdirSync(dir).sort();
  // One in twenty is invalid (gen-corpus.mjs); one names an older version of the rubric, as fixtures may.
  const older = names[3]!;
  writeFileSync(path.join(dir, older), readFileSync(path.join(dir, older), "utf8").replace('version: "2025.1"', 'version: "2024.1"'));
  // 1.000 is read two ways: only the written text tells, so the plain reader leaves this one to `yaml`.
  const written = names[5]!;
  writeFileSync(path.join(dir, written), readFileSync(path.join(dir, written), "utf8").replace(/"2\.3": \{value: \d+,/, '"2.3": {value: 1.000,'));
  writeFileSync(path.join(dir, "expected.yaml"), `rubric: dti-cap-so\nfixtures:\n${names.map((n) => `  ${n}: {total: 0, batch: all}\n`).join("")}`);
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("dti-cap-so does not load");
  parsedWithYaml.length = 0;
  checkedFully.length = 0;
  const run = runFixtures(outcome.loaded, dir);
  expect(parsedWithYaml).toEqual([written]);
  // Only the files with something to say: the older version, 1.000 and the invalid one (the full check of every
  // valid fixture would pass the rest of this test unchanged, only slower).
  expect([...checkedFully].sort()).toEqual([older, written, names[7]!].sort());
  const byName = new Map(run.fixtures.map((f) => [f.name, f]));
  expect(run.fixtures).toHaveLength(20);
  // The generated invalid file, and 1.000 (ambiguous: the slow path says so, as score does).
  expect(run.fixtures.filter((f) => f.diagnostics.length > 0).map((f) => f.name)).toEqual([written, names[7]]);
  // Their findings as read the slow way: the same, placed alike (file:line:col and frame).
  for (const name of [names[0]!, older, written, names[7]!]) {
    const parsed = parseAgencyFile(path.join(dir, name));
    const slow = parsed.ok ? validateAsVersion(parsed.agency, outcome.loaded) : parsed;
    expect(byName.get(name)!.diagnostics, name).toEqual(slow.ok ? [] : slow.diagnostics);
  }
  expect(byName.get(older)!.mismatches.map((m) => m.what)).toEqual(["total"]);
});

// Each fixture's whole score (its indicators, groups and warnings, about 30 KB) was kept until the report was made,
// which says its total and band; and a batch's list was copied at each of its fixtures (quadratic). 9,500 fixtures in
// one batch peaked at 560 MB.
it("rubric test keeps of each fixture's score what its report says, the batch's scores the same as score's", () => {
  const dir = tempDir();
  generate(20, dir);
  // The one invalid file (gen-corpus.mjs) left out.
  rmSync(path.join(dir, "agency-000007.yaml"));
  const names = readdirSync(dir).sort();
  writeFileSync(path.join(dir, "expected.yaml"), `rubric: dti-cap-so\nfixtures:\n${names.map((n, i) => `  ${n}: {total: 0${i % 4 ? ", batch: all" : ""}}\n`).join("")}`);
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("dti-cap-so does not load");
  const run = runFixtures(outcome.loaded, dir);
  for (const f of run.fixtures) expect(Object.keys(f.score ?? {}), f.name).toEqual(["total", "band"]);
  // Scored with the others of their batch, each cohort apart; the rest alone.
  const batch = names.filter((_, i) => i % 4 !== 0);
  const together = scoreBatch(outcome.loaded.rubric, batch.map((n) => readAgency(path.join(dir, n))));
  const alone = names.filter((_, i) => i % 4 === 0).map((n) => [n, scoreBatch(outcome.loaded.rubric, [readAgency(path.join(dir, n))])[0]!.self] as const);
  const expected = new Map([...batch.map((n, i) => [n, together[i]!.self] as const), ...alone]);
  for (const f of run.fixtures) expect(f.score, f.name).toEqual({ total: expected.get(f.name)!.total, band: expected.get(f.name)!.band });
});

function readAgency(file: string): AgencyFile {
  const parsed = parseAgencyFile(file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.agency.data as unknown as AgencyFile;
}
