import { describe, expect, it } from "vitest";
import type { AgencyFile } from "../../src/core/agency.js";
import type { Indicator, Rubric } from "../../src/core/rubric.js";
import { scoreAgency } from "../../src/core/score.js";
import { explainAgency } from "../../src/explain/explain.js";
import { loadRubric } from "../../src/load/load-rubric.js";

// 1.1: a sum of "co" (10) and an inner sum of "ngay" (20 by 2025-06-30, late 8) and "bc" (10 by 2025-08-31, late 3).
const FIXTURE = "test/fixtures/rubrics/deadline-sum-in-sum.yaml";

function nested(): Rubric {
  const o = loadRubric(FIXTURE);
  if (!o.ok) throw new Error(`${FIXTURE} does not load`);
  return o.loaded.rubric;
}

/** The same rubric with the inner sum's parts made the outer sum's own: what every nested row should read as. */
function flat(): Rubric {
  const rubric = structuredClone(nested());
  const rule = (rubric.groups[0]!.items[0] as Indicator).rule!;
  if (rule.type !== "sum") throw new Error("1.1 is a sum");
  rule.parts = rule.parts.flatMap((p) => (p.rule.type === "sum" ? p.rule.parts : [p]));
  return rubric;
}

function row(rubric: Rubric, value: unknown, today: string, lang: "en" | "vi") {
  const agency: AgencyFile = { rubric: { id: "plan-ss", version: "1" }, agency: { id: "x", name: "Xã X", type: "commune" }, period: "2025", answers: { "1.2": { value: true }, ...(value === undefined ? {} : { "1.1": { value } }) } };
  const e = explainAgency({ rubric, sha256: "", file: "a.yaml", agency, score: scoreAgency(rubric, agency), today }, lang);
  return e.gains.find((g) => g.code === "1.1");
}

// The inner sum's second date was left with its late words alone ("Report date: dated … (past the deadline,
// 2025-08-31: the late points)"), and out of in_time_parts: the outer sum said only the inner first deadline.
describe("explain of a sum inside a sum with dates past their deadlines", () => {
  it("says each inner date's rise if it was done in time, and lists it in in_time_parts", () => {
    const g = row(nested(), undefined, "2025-09-25", "en")!;
    expect(g.answer).toBe("Has a plan: Yes; Issue date: +21 now: answer the date it is issued, by 2025-12-31; if it was already issued on or before 2025-06-30: +33, answer that date; "
      + "Report date: dated 2025-09-25 or later, on or before 2025-10-31 (past the deadline, 2025-08-31: the late points); if it was issued on or before 2025-08-31: +28, answer its date");
    expect(g.in_time_parts).toEqual([{ only_if_dated_by: "2025-06-30", gain: 33 }, { only_if_dated_by: "2025-08-31", gain: 28 }]);
  });

  const days = ["2025-03-01", "2025-07-15", "2025-09-25", "2025-11-15", "2026-01-15"];
  const values = [undefined, { co: true }, { co: "?", ngay: "?", bc: "?" }, { co: true, ngay: "?" }, { ngay: "2025-05-01" }, { ngay: "2025-09-01" }, { bc: "2025-07-01" }, { co: false, bc: "2025-10-01" }];
  it("reads as the flat sum's, in words and json, whatever the day and the parts answered", () => {
    let twoDates = 0;
    for (const today of days) for (const value of values) for (const lang of ["en", "vi"] as const) {
      const g = row(nested(), value, today, lang);
      expect(g, `${today} ${JSON.stringify(value)} ${lang}`).toEqual(row(flat(), value, today, lang));
      if (g?.in_time_parts?.length === 2) twoDates++;
    }
    expect(twoDates).toBeGreaterThan(4);
  });
});

// Both inner dates answered past their deadlines leave the inner sum nothing to say: its empty words were still
// joined, the row ending "Has a plan: Yes; " in every format.
describe("explain of a sum inside a sum whose dates are all answered late", () => {
  it("says only the outer part left to gain, as the flat sum does", () => {
    const value = { co: false, ngay: "2025-07-15", bc: "2025-09-15" };
    for (const lang of ["en", "vi"] as const) expect(row(nested(), value, "2025-10-01", lang)).toEqual(row(flat(), value, "2025-10-01", lang));
    expect(row(nested(), value, "2025-10-01", "en")!.answer).toBe("Has a plan: Yes");
  });
});
