import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AgencyFile } from "../../src/core/agency.js";
import type { LoadedRubric } from "../../src/load/load-rubric.js";
import type { Corpus } from "../../src/rubric-ci/impact/corpus.js";
import { rescore } from "../../src/rubric-ci/impact/rescore.js";
import { miniRubric } from "../helpers/mini-rubric.js";
import { tempDirs } from "./helpers/files.js";

const tempDir = tempDirs();

describe("rescore: a corpus scored under both versions and ranked per cohort", () => {
  // Its speed is not timed here (npm run bench measures, tests do not): 20,000 agencies of one cohort took 50 s in
  // rubric impact while each cohort's list was copied at every agency.
  it("ranks 20,000 agencies within their cohorts, ties shared", () => {
    const rubric = miniRubric();
    const loaded = { rubric, file: "mini.yaml", sha256: "", warnings: [] } as LoadedRubric;
    const agency = (i: number): AgencyFile => ({ rubric: { id: "mini", version: "1" }, agency: { id: `a${i}`, name: `A${i}`, type: i % 4 === 0 ? "commune" : "department" }, period: "2025", answers: { "1.3": { value: i % 5 } } });
    const corpus: Corpus = {
      agencies: Array.from({ length: 20_000 }, (_, i) => ({ file: `a${i}.yaml`, named: {}, home: "old" as const, data: { old: agency(i), new: agency(i) }, notes: { old: [], new: [] }, unscorable: {} })),
      invalid: [], skipped: [],
    };
    const impacts = rescore(corpus, { old: loaded, new: loaded }, { toNew: new Map(), toOld: new Map() });
    expect(impacts.map((a) => a.old!.size).slice(0, 2)).toEqual([5_000, 15_000]);
    // 1.3 answered 4 (20 points) by one agency in five: they share the first place of their cohort.
    expect(impacts[4]!.old!.rank).toBe(1);
    expect(impacts.every((a) => a.delta === 0 && a.rank_change === 0)).toBe(true);
  });
});

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
    const r = spawnSync(process.execPath, ["--max-old-space-size=160", path.resolve("bin/egov-score.js"), "rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", dir, "--format", "json", "--lang", "en"], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(r.stderr).not.toMatch(/heap out of memory|FATAL/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.compared).toBe(8_000);
  }, 60_000);
});
