import { describe, expect, it } from "vitest";
import { sayGroupRanksAlone } from "../../src/cli/group-ranks-notice.js";
import type { Context } from "../../src/cli/context.js";
import { loadRubric } from "../../src/load/load-rubric.js";

const loaded = loadRubric("rubrics/dti-cap-so.yaml");
if (!loaded.ok) throw new Error("the default rubric does not load");
const rubric = loaded.loaded;

function said(lang: "vi" | "en", cohorts: string[]): string {
  let out = "";
  const ctx = { lang, io: { stderr: (text: string) => { out += text; } } } as unknown as Context;
  const entries = cohorts.map((cohort, i) => ({ cohort, id: `qb-${i + 1}`, total: 500, groups: [], index: i, rubric: 0, offset: 0, length: 0, share: 0 }));
  sayGroupRanksAlone(ctx, [{ rubric, entries }]);
  return out;
}

describe("sayGroupRanksAlone names five cohorts of one, then how many more", () => {
  const seven = ["k1", "k2", "k3", "k4", "k5", "k6", "k7"];
  // The Vietnamese said "và 2 cơ quan khác" (and 2 other agencies), impact's words for its list of agencies.
  it.each([
    ["vi", seven, "«k5» (qb-5) và 2 khối khác mỗi khối"],
    ["en", seven, "“k5” (qb-5) and 2 more each have one agency"],
    ["vi", seven.slice(0, 5), "«k5» (qb-5) mỗi khối"],
  ] as const)("%s, %j", (lang, cohorts, expected) => {
    const text = said(lang, [...cohorts]);
    expect(text).toContain(expected);
    expect(text.match(/--group-ranks/g)).toHaveLength(1);
  });
});
