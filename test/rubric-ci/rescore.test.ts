import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openWorkFolder } from "../../src/batch/work-folder.js";
import type { AgencyFile } from "../../src/core/agency.js";
import { competitionRanks } from "../../src/core/rank.js";
import { scoreBatch, type Basis } from "../../src/core/score.js";
import { loadRubric, type LoadedRubric } from "../../src/load/load-rubric.js";
import type { Corpus } from "../../src/rubric-ci/impact/corpus.js";
import { readCorpus, rescore } from "../helpers/impact-corpus.js";
import { codeMaps, diffRubrics } from "../../src/rubric-ci/impact/diff.js";
import { Rescoring, type SideScore } from "../../src/rubric-ci/impact/rescore.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";
import { miniRubric } from "../helpers/mini-rubric.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";

const tempDir = tempDirs();

function loadedRubric(file: string): LoadedRubric {
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error(`${file} does not load`);
  return outcome.loaded;
}

describe("rescore: a corpus scored under both versions and ranked per cohort", () => {
  // Its speed is not timed here (npm run bench measures, tests do not): 20,000 agencies of one cohort took 50 s in
  // rubric impact while each cohort's list was copied at every agency.
  it("ranks 20,000 agencies within their cohorts, ties shared", () => {
    const rubric = miniRubric();
    const loaded = { rubric, file: "mini.yaml", sha256: "", warnings: [] } as LoadedRubric;
    const agency = (i: number): AgencyFile => ({ rubric: { id: "mini", version: "1" }, agency: { id: `a${i}`, name: `A${i}`, type: i % 4 === 0 ? "commune" : "department" }, period: "2025", answers: { "1.3": { value: i % 5 } } });
    const corpus: Corpus = {
      agencies: Array.from({ length: 20_000 }, (_, i) => ({ file: `a${i}.yaml`, home: "old" as const, data: { old: agency(i), new: agency(i) }, notes: { old: [], new: [] }, unscorable: {} })),
      invalid: [], skipped: [], otherVersion: [],
    };
    const impacts = rescore(corpus, { old: loaded, new: loaded }, { toNew: new Map(), toOld: new Map(), groupToOld: new Map(), retitled: new Map() });
    expect(impacts.map((a) => a.old!.size).slice(0, 2)).toEqual([5_000, 15_000]);
    // 1.3 answered 4 (20 points) by one agency in five: they share the first place of their cohort.
    expect(impacts[4]!.old!.rank).toBe(1);
    expect(impacts.every((a) => a.delta === 0 && a.rank_change === 0)).toBe(true);
  });
});

/** The built command's json report of `dir` rescored under the same rubric, within a heap of `megabytes`. */
function impactWithin(megabytes: number, dir: string): { summary: { compared: number } } {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${megabytes}`, path.resolve("bin/egov-score.js"), "rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", dir, "--format", "json", "--lang", "en"], { encoding: "utf8", maxBuffer: 1 << 28 });
  expect(r.stderr).not.toMatch(/heap out of memory|FATAL/);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { summary: { compared: number } };
}

describe("rubric impact's memory on a large corpus", () => {
  // Each side's whole scores (about 30 KB an agency, whatever it answered) were held until the last was made, then cut to
  // what an impact needs. Files of one answer each, so that the scores are most of it: measured, 8,000 of them needed a
  // 208 MB heap before and 112 MB after.
  it("keeps a brief of each score, not the whole scores of a side: 8,000 agencies within a 160 MB heap", () => {
    const dir = path.join(tempDir(), "corpus");
    mkdirSync(dir);
    for (let i = 0; i < 8_000; i++) {
      writeFileSync(path.join(dir, `a${String(i).padStart(5, "0")}.yaml`), `rubric: {id: dti-cap-so, version: "2025.1"}\nagency: {id: a${i}, name: "Sở ${i}", type: department}\nperiod: "2025"\nanswers:\n  "1.1": {value: ${i % 6}, evidence: [{number: "1/KH", date: "2025-03-10", title: "KH"}]}\n`);
    }
    expect(impactWithin(160, dir).summary.compared).toBe(8_000);
  }, 60_000);

  // Each agency's data under both versions (about 30 KB an agency of the benchmark's files) was kept until both sides were
  // scored and ranked: measured, 2,000 of them needed a heap of more than 80 MB before, 24 MB once spooled between the passes.
  it("keeps of each agency what the report says, its data spooled between the passes: 2,000 benchmark files within a 40 MB heap", () => {
    const dir = path.join(tempDir(), "corpus");
    generate(2_000, dir);
    // One file in 20 is invalid (see gen-corpus.mjs).
    expect(impactWithin(40, dir).summary.compared).toBe(1_900);
  }, 60_000);
});

describe("rubric impact of a large corpus: its agencies' data in the temporary folder between the passes", () => {
  // 600 files and more, as score and validate: a smaller corpus keeps it in memory and needs no temporary folder.
  it("in a folder of its own, removed at the end; one that cannot be used is said, exit 2", async () => {
    const dir = tempDir();
    generate(600, path.join(dir, "files"));
    const systemTmp = process.env.TMPDIR;
    const impact = () => runCli(["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", path.join(dir, "files"), "--format", "json"]);
    try {
      process.env.TMPDIR = mkdtempSync(path.join(dir, "tmp-"));
      const ok = await impact();
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).summary.compared).toBe(570);
      expect(readdirSync(process.env.TMPDIR)).toEqual([]);
      process.env.TMPDIR = path.join(dir, "not-there");
      const r = await impact();
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Cannot use the temporary folder ${path.join(dir, "not-there")}, where score, validate and rubric impact keep a large batch's results while they run`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      if (systemTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = systemTmp;
    }
  });
});

describe("rescore in two passes: the same as scoring each version as one batch in memory", () => {
  // A corpus of every kind on a NEW version that recodes, removes and adds indicators, drops a checklist option and an
  // agency type, and rescales a batch-relative indicator; verified values on both batch-relative indicators (3.3 and
  // 6.1.3) in one cohort, boards (not scorable under NEW), vertical agencies (a cohort of their own, none verified),
  // files naming NEW, invalid files.
  const corpusOfEveryKind = (dir: string) => {
    const newer = path.join(dir, "dti-next.yaml");
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const block45 = text.slice(text.indexOf('      - code: "4.5"'), text.indexOf('\n  - code: "5"'));
    writeFileSync(newer, text.replace('version: "2025.1"', 'version: "2026.1"')
      .replace(/ {12}- \{id: thi-dua, label: \{vi: "Tiêu chí CĐS[^\n]*\n/, "")
      .replace(/ {2}- id: board\n[^\n]*\n/, "").replaceAll("[department, board]", "[department]")
      .replace('code: "6.4.4"', 'code: "6.4.5"')
      .replace(/(code: "3\.1"[\s\S]*?max: )20/, "$115").replace(/(code: "3\.3"[\s\S]*?max: )15/, "$120")
      .replace(block45, '      - code: "4.6"\n        title: {vi: "Cán bộ có chứng chỉ an toàn thông tin", en: "An official certified in information security"}\n        max: 15\n        input: {type: boolean}\n        rule: {type: fixed}\n'));
    const folder = path.join(dir, "corpus");
    generate(120, folder);
    const names = readdirSync(folder).sort();
    names.forEach((name, i) => {
      let t = readFileSync(path.join(folder, name), "utf8");
      if (i % 6 === 1) t = t.replace("type: department\n  cohort: so-nganh", "type: vertical\n  cohort: nganh-doc").replace(/ {2}"(5\.7|6\.1\.5|6\.2\.\d)": [^\n]*\n/g, "");
      if (i % 6 === 2) t = t.replace("type: department", "type: board");
      if (i % 6 === 3) t = t.replace(/("3\.3": \{value: )(\d+)/, (_, h: string, v: string) => `${h}${v}, verified: {value: ${Number(v) * (i % 12 === 3 ? 3 : 0)}}`).replace(/("6\.1\.3": \{value: )(\d+)/, (_, h: string, v: string) => `${h}${v}, verified: {value: ${Math.floor(Number(v) / 3)}}`);
      if (i % 9 === 4) t = t.replace(/"2\.4": \{value: \[[^\]]*\]/, '"2.4": {value: [thi-dua], verified: {value: [thi-dua, quy-che-vbdt]}').replace(/("4\.5": \{value: )(\w+)/, "$1$2, verified: {value: false}");
      if (i % 10 === 5) t = t.replace('version: "2025.1"', 'version: "2026.1"').replace(/ {2}"4\.5": [^\n]*\n/, '  "4.6": {value: true}\n').replace(/thi-dua, |, thi-dua/g, "").replace(/ {2}"6\.4\.4": /, '  "6.4.5": ');
      writeFileSync(path.join(folder, name), t);
    });
    const rubrics = { old: loadedRubric("rubrics/dti-cap-so.yaml"), new: loadedRubric(newer) };
    const codes = codeMaps(diffRubrics(rubrics.old.rubric, rubrics.new.rubric));
    return { rubrics, codes, corpus: readCorpus(names.map((n) => ({ file: path.join(folder, n) })), rubrics, codes) };
  };

  it("each agency's total, percent, band, basis, rank and cohort size under both versions, on a spool in memory and on disk", () => {
    const { rubrics, codes, corpus } = corpusOfEveryKind(tempDir());
    // The corpus is of every kind it is meant to be.
    expect(corpus.invalid.length).toBeGreaterThan(0);
    expect(corpus.agencies.filter((a) => a.home === "new").length).toBeGreaterThan(5);
    expect(corpus.agencies.filter((a) => !a.data.new).length).toBeGreaterThan(5);
    expect(corpus.agencies.filter((a) => a.notes.new.some((n) => n.reason === "ticks-removed")).length).toBeGreaterThan(5);
    expect(corpus.agencies.filter((a) => a.notes.new.some((n) => n.verified === "with")).length).toBeGreaterThan(5);
    const inMemory = rescore(corpus, rubrics, codes, ["x"]);
    expect(inMemory.filter((a) => a.old?.basis === "verified" && a.new?.basis === "verified").length).toBeGreaterThan(10);
    expect(inMemory.filter((a) => a.old?.basis === "self").length).toBeGreaterThan(0);
    expect(new Set(inMemory.map((a) => a.old?.size)).size).toBe(2);
    for (const side of ["old", "new"] as const) {
      const members = corpus.agencies.filter((a) => a.data[side]);
      const scores = scoreBatch(rubrics[side].rubric, members.map((m) => m.data[side]!)).map(({ self, verified }) => ({ score: verified ?? self, basis: verified ? "verified" : "self" }));
      const cohorts = new Map<string, number[]>();
      scores.forEach(({ score }, k) => cohorts.set(score.agency.cohort, [...(cohorts.get(score.agency.cohort) ?? []), k]));
      const expected = new Map<string, SideScore>();
      for (const ks of cohorts.values()) {
        for (const { item: k, rank } of competitionRanks(ks, (k) => scores[k]!.score.total, (k) => members[k]!.data[side]!.agency.id)) {
          const { score, basis } = scores[k]!;
          expected.set(members[k]!.file, { total: score.total, percent: score.percent, band: score.band, rank, size: ks.length, cohort: score.agency.cohort, basis: basis as Basis });
        }
      }
      expect(inMemory.map((a) => [a.file, a[side]])).toEqual(corpus.agencies.map((a) => [a.file, expected.get(a.file) ?? null]));
    }
    expect(inMemory.map((a) => a.rank_change)).toEqual(inMemory.map((a) => (a.old && a.new ? a.old.rank - a.new.rank : null)));
    expect(inMemory.filter((a) => a.drivers.length > 0).length).toBeGreaterThan(50);
    // On disk, as a corpus of 600 files or more has it: the same, byte for byte.
    const work = openWorkFolder(false);
    try {
      const rescoring = new Rescoring(rubrics, codes, ["x"], work);
      for (const agency of corpus.agencies) rescoring.add(agency);
      rescoring.close();
      expect(JSON.stringify(rescoring.results())).toBe(JSON.stringify(inMemory));
    } finally {
      work.dispose();
    }
  });
});

describe("rescore: the indicators that drove a delta", () => {
  // A penalty's points count against the total: a lighter penalty is a rise. Its sign reversed survived every test.
  it("a penalty item whose points fell raises the total, and drives the delta as a rise with nothing left over", () => {
    const before = miniRubric(), after = miniRubric({ version: "2" });
    (after.penalty!.items[0]!.rule as { points: number }).points = 5;
    const rubrics = { old: { rubric: before, file: "v1.yaml", sha256: "", warnings: [] }, new: { rubric: after, file: "v2.yaml", sha256: "", warnings: [] } };
    const data: AgencyFile = { rubric: { id: "mini", version: "1" }, agency: { id: "a", name: "A", type: "department" }, period: "2025", answers: { "1.1": { value: true }, "TR.1": { value: 1 } } };
    const corpus: Corpus = { agencies: [{ file: "a.yaml", home: "old", data: { old: data, new: { ...data, rubric: { id: "mini", version: "2" } } }, notes: { old: [], new: [] }, unscorable: {} }], invalid: [], skipped: [], otherVersion: [] };
    const [impact] = rescore(corpus, rubrics, codeMaps(diffRubrics(before, after)));
    expect(impact!.delta).toBe(5);
    expect(impact!.drivers).toEqual([{ code: "TR.1", title: after.penalty!.items[0]!.title, old: 10, new: 5, delta: 5 }]);
    expect(impact!.other).toBe(0);
  });
});
