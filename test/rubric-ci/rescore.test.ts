import { describe, expect, it } from "vitest";
import type { AgencyFile } from "../../src/core/agency.js";
import type { LoadedRubric } from "../../src/load/load-rubric.js";
import type { Corpus } from "../../src/rubric-ci/impact/corpus.js";
import { rescore } from "../../src/rubric-ci/impact/rescore.js";
import { miniRubric } from "../helpers/mini-rubric.js";

describe("rescore: a corpus scored under both versions and ranked per cohort", () => {
  it("is linear in the agencies (each cohort's list was copied at every agency: 20,000 of one cohort took 50 s in rubric impact)", () => {
    const rubric = miniRubric();
    const loaded = { rubric, file: "mini.yaml", sha256: "", warnings: [] } as LoadedRubric;
    const agency = (i: number): AgencyFile => ({ rubric: { id: "mini", version: "1" }, agency: { id: `a${i}`, name: `A${i}`, type: i % 4 === 0 ? "commune" : "department" }, period: "2025", answers: { "1.3": { value: i % 5 } } });
    const corpus: Corpus = {
      agencies: Array.from({ length: 20_000 }, (_, i) => ({ file: `a${i}.yaml`, named: {}, home: "old" as const, data: { old: agency(i), new: agency(i) }, notes: { old: [], new: [] }, unscorable: {} })),
      invalid: [], skipped: [],
    };
    const started = performance.now();
    const impacts = rescore(corpus, { old: loaded, new: loaded }, { toNew: new Map(), toOld: new Map() });
    expect(performance.now() - started).toBeLessThan(8000);
    expect(impacts.map((a) => a.old!.size).slice(0, 2)).toEqual([5_000, 15_000]);
    // 1.3 answered 4 (20 points) by one agency in five: they share the first place of their cohort.
    expect(impacts[4]!.old!.rank).toBe(1);
    expect(impacts.every((a) => a.delta === 0 && a.rank_change === 0)).toBe(true);
  });
});
