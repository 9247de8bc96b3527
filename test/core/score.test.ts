import { describe, expect, it } from "vitest";
import { cohortOf } from "../../src/core/agency.js";
import { batchContext, hasVerifiedBasis, scoreAgency, scoreBatch, verifiedScore } from "../../src/core/score.js";
import { checkAgency } from "../../src/core/check-agency.js";
import type { Answer } from "../../src/core/agency.js";
import { agency, FULL, miniRubric, t } from "../helpers/mini-rubric.js";

const rubric = miniRubric();
const ind = (s: ReturnType<typeof scoreAgency>, code: string) => s.indicators.find((i) => i.code === code)!;

describe("scoreAgency", () => {
  it("full answers give full marks and the top band", () => {
    const s = scoreAgency(rubric, agency(FULL));
    expect(s.total).toBe(100);
    expect(s.percent).toBe(100);
    expect(s.band?.id).toBe("tot");
    expect(s.groups.map((g) => g.points)).toEqual([60, 40]);
  });

  it("unanswered is a state, not a silent zero, and counts against the max", () => {
    const s = scoreAgency(rubric, agency({ ...FULL, "1.1": "?", "1.3": null, "2.1": { value: "?" } }));
    expect(ind(s, "1.1").status).toBe("unanswered");
    expect(ind(s, "1.3").status).toBe("unanswered");
    expect(ind(s, "2.1").status).toBe("unanswered");
    expect(s.total).toBe(35);
    expect(s.completeness).toMatchObject({ unanswered: 3, answered: 3 });
  });

  it("an unanswered penalty item counts as unanswered and is warned about; an unanswered bonus item is not", () => {
    const { "TR.1": _penalty, ...withoutPenalty } = FULL;
    const s = scoreAgency(rubric, agency(withoutPenalty));
    expect(ind(s, "TR.1").status).toBe("unanswered");
    expect(s.penalty.points).toBe(0);
    expect(s.completeness).toMatchObject({ applicable: 6, answered: 5, unanswered: 1 });
    expect(s.warnings).toContainEqual({ code: "penalty_unanswered", indicator: "TR.1" });
    const answered = scoreAgency(rubric, agency(FULL));
    expect(answered.completeness).toMatchObject({ applicable: 6, answered: 6, unanswered: 0 });
    expect(answered.warnings.map((w) => w.code)).not.toContain("penalty_unanswered");
    expect(ind(answered, "T.1").status).toBe("unanswered");
  });

  it("N/A rescale excludes the indicator and scales its group back to its max", () => {
    const s = scoreAgency(rubric, agency({ ...FULL, "1.1": { value: false }, "1.2": { na: true, reason: "không có" } }));
    // group 1: 0 + 20 earned of 40 applicable → 20 × 60 / 40 = 30
    expect(s.groups[0]).toMatchObject({ earned: 20, applicable_max: 40, points: 30, rescaled: true });
    expect(ind(s, "1.2")).toMatchObject({ status: "not_applicable", excluded: true, na_cause: "answer" });
  });

  it("N/A full gives full marks, N/A zero gives zero", () => {
    const s = scoreAgency(rubric, agency({ ...FULL, "1.1": { na: true, reason: "x" }, "1.3": { na: true, reason: "y" } }));
    expect(ind(s, "1.1").points).toBe(0);
    expect(ind(s, "1.3").points).toBe(20);
    expect(s.groups[0]!.points).toBe(40);
  });

  it("an indicator outside the agency type is excluded and its group rescaled", () => {
    const s = scoreAgency(rubric, agency({ ...FULL, "2.2": { value: 50 } }, { type: "commune" }));
    expect(ind(s, "2.1")).toMatchObject({ status: "not_applicable", na_cause: "agency_type" });
    expect(s.groups[1]).toMatchObject({ points: 40, applicable_max: 15 });
    expect(s.band?.id).toBe("dat"); // commune bands are on points
  });

  it("a zero denominator is not applicable by default", () => {
    const s = scoreAgency(rubric, agency({ ...FULL, "1.2": { value: { a: 0, b: 0 } } }));
    expect(ind(s, "1.2")).toMatchObject({ status: "not_applicable", na_cause: "zero_denominator" });
    expect(s.groups[0]!.points).toBe(60);
  });

  it("info-only items are collected, not scored", () => {
    const s = scoreAgency(rubric, agency(FULL));
    expect(ind(s, "2.3")).toMatchObject({ status: "info_only", points: 0, value: "ghi chú" });
  });

  it("bonus and penalty are capped, and the total is clamped to the scale", () => {
    const withBonus = scoreAgency(rubric, agency({ ...FULL, "T.1": { value: 5 } }));
    expect(withBonus.bonus).toEqual({ raw: 8, points: 8, cap: 10 });
    expect(withBonus.total).toBe(100);
    expect(withBonus.warnings.map((w) => w.code)).toContain("total_clamped");
    const withPenalty = scoreAgency(rubric, agency({ ...FULL, "TR.1": { value: 3 } }));
    expect(withPenalty.penalty).toEqual({ raw: 30, points: 20, cap: 20 });
    expect(withPenalty.total).toBe(80);
  });

  it("a penalty larger than the base clamps the total at 0, not below, and says so", () => {
    const s = scoreAgency(rubric, agency({ ...FULL, "1.1": { value: false }, "1.2": { value: { a: 0, b: 5 } }, "1.3": { value: 2 }, "2.1": { value: 0 }, "2.2": { value: 0 }, "TR.1": { value: 3 } }));
    expect(s.base.points).toBe(10);
    expect(s.penalty).toEqual({ raw: 30, points: 20, cap: 20 });
    expect(s.total).toBe(0);
    expect(s.percent).toBe(0);
    expect(s.warnings.map((w) => w.code)).toContain("total_clamped");
  });

  it.each([
    // [answer, status, points, max, excluded]: rescale leaves the indicator out, max 0; full and zero keep its max.
    ["1.2", "rescale", 0, 0, true],
    ["1.1", "zero", 0, 20, false],
    ["1.3", "full", 20, 20, false],
  ] as const)("N/A on %s (policy %s) gives %s points of %s", (code, policy, points, max, excluded) => {
    const s = scoreAgency(rubric, agency({ ...FULL, [code]: { na: true, reason: "không có" } }));
    expect(ind(s, code)).toMatchObject({ status: "not_applicable", na_policy: policy, points, max, excluded });
  });

  it.each([
    // [answers changed, answered, unanswered, not_applicable]: a zero denominator's N/A is an answer; an N/A answer is not one.
    ["all answered", {}, 6, 0, 0],
    ["a zero denominator (0 of 0)", { "1.2": { value: { a: 0, b: 0 } } }, 6, 0, 0],
    ["an N/A answer", { "1.2": { na: true, reason: "không có" } }, 5, 0, 1],
    ["a value left \"?\"", { "1.3": "?" }, 5, 1, 0],
  ] as const)("completeness counts %s", (_, answers, answered, unanswered, notApplicable) => {
    const s = scoreAgency(rubric, agency({ ...FULL, ...answers } as typeof FULL));
    expect(s.completeness).toMatchObject({ applicable: 6, answered, unanswered, not_applicable: notApplicable });
  });

  it("a rubric's top-level mean combines its groups' shares, not their points", () => {
    const mean = miniRubric({ aggregate: "weighted_mean" });
    // group 1: 40 of 60, group 2: 40 of 40 → (2/3 + 1) / 2 × 100 = 83.33 (the sum would be 80)
    const s = scoreAgency(mean, agency({ ...FULL, "1.1": { value: false } }));
    expect(s.groups.map((g) => g.points)).toEqual([40, 40]);
    expect(s.total).toBe(83.33);
  });

  it("aggregates leave out a group the agency's type leaves out, from the points and the max", () => {
    const limited = miniRubric({ aggregates: [{ id: "pillar", title: t("Trụ cột"), include: ["1.1", "2"] }] });
    (limited.groups[1] as { applies_to?: string[] }).applies_to = ["department"];
    const s = scoreAgency(limited, agency(FULL, { type: "commune" }));
    expect(s.aggregates).toEqual([{ id: "pillar", title: t("Trụ cột"), points: 20, max: 20 }]);
  });

  it("aggregates reuse indicators and groups already counted in the tree", () => {
    const s = scoreAgency(rubric, agency(FULL));
    expect(s.aggregates).toEqual([{ id: "pillar", title: { vi: "Trụ cột", en: "Trụ cột" }, points: 60, max: 60 }]);
  });

  it("a batch-relative indicator scored alone is provisional", () => {
    const s = scoreAgency(rubric, agency(FULL));
    expect(ind(s, "2.2").status).toBe("provisional");
    expect(s.provisional).toBe(true);
  });

  it("the verified value replaces the self-reported one on the verified basis", () => {
    const a = agency({ ...FULL, "1.1": { value: true, verified: { value: false, note: "không có minh chứng" } } });
    expect(scoreAgency(rubric, a, undefined, "self").total).toBe(100);
    const v = scoreAgency(rubric, a, undefined, "verified");
    expect(v.total).toBe(80);
    expect(ind(v, "1.1").verified).toBe(true);
  });
});

describe("a value the collector verified as not applicable", () => {
  it.each([
    // [basis, status of 1.2, points of group 1]: self, 0 + 20 + 20; verified, 1.2 left out (rescale): 20 of 40 → 30 of 60.
    ["self", "scored", 40],
    ["verified", "not_applicable", 30],
  ] as const)("on the %s basis 1.2 is %s and group 1 has %s", (basis, status, group) => {
    const a = agency({ ...FULL, "1.1": { value: false }, "1.2": { value: { a: 5, b: 5 }, verified: { na: true, reason: "không có" } } });
    const s = scoreAgency(rubric, a, undefined, basis);
    expect(ind(s, "1.2").status).toBe(status);
    expect(s.groups[0]!.points).toBe(group);
  });
});

describe("scoreBatch: the second pass sees the cohort", () => {
  it("relative_to_best compares within the cohort only", () => {
    const a = agency({ ...FULL, "2.2": { value: 100 } }, { id: "a" });
    const b = agency({ ...FULL, "2.2": { value: 50 } }, { id: "b" });
    const c = agency({ ...FULL, "2.2": { value: 10 } }, { id: "c", cohort: "other" });
    const [sa, sb, sc] = scoreBatch(rubric, [a, b, c]).map((s) => s.self);
    expect(ind(sa!, "2.2")).toMatchObject({ points: 15, status: "scored" });
    expect(ind(sb!, "2.2")).toMatchObject({ points: 7.5, status: "scored" });
    expect(ind(sc!, "2.2")).toMatchObject({ points: 15, status: "provisional" });
  });
});

describe("a target for each agency type (one indicator a type, in a group whose max each type's children reach)", () => {
  const byType = miniRubric();
  Object.assign(byType.groups[0]!.items[0]!, { applies_to: ["department"] });
  Object.assign(byType.groups[0]!.items[1]!, { applies_to: ["commune"] });
  byType.groups[0]!.max = 40;
  byType.scale = 80;
  it("is not rescaled: the type's own children make the max", () => {
    const s = scoreAgency(byType, agency({ ...FULL }));
    expect(s.groups[0]).toMatchObject({ points: 40, max: 40, applicable_max: 40, rescaled: false });
  });
});

describe("a fraction answered 0 of 0 in a batch-relative indicator", () => {
  // Left out of the cohort's best (its share is no number): the others are still measured against each other.
  const r = miniRubric();
  Object.assign(r.groups[1]!.items[1]!, { input: { type: "fraction", numerator: t("a"), denominator: t("b") } });
  it.each([
    ["a", { a: 50, b: 100 }, 15, "scored"],
    ["b", { a: 30, b: 100 }, 9, "scored"],
    ["c", { a: 0, b: 0 }, 0, "not_applicable"],
  ] as const)("agency %s answering %j scores %s (%s)", (id, value, points, status) => {
    const batch = [["a", { a: 50, b: 100 }], ["b", { a: 30, b: 100 }], ["c", { a: 0, b: 0 }]].map(([i, v]) => agency({ ...FULL, "2.2": { value: v } }, { id: i as string }));
    const scores = scoreBatch(r, batch).map((s) => s.self);
    expect(ind(scores[["a", "b", "c"].indexOf(id)]!, "2.2")).toMatchObject({ value, points, status });
  });
});

describe("the rubric's default N/A policy", () => {
  it.each([
    // 2.1 has no policy of its own: the rubric's default decides.
    ["full", 25, false],
    ["zero", 0, false],
    ["rescale", 0, true],
  ] as const)("an N/A answer under a default of %s earns %s", (na, points, excluded) => {
    const r = miniRubric({ defaults: { na } });
    const s = scoreAgency(r, agency({ ...FULL, "2.1": { na: true, reason: "không có" } }));
    expect(ind(s, "2.1")).toMatchObject({ na_policy: na, points, excluded });
  });
});

describe("a batch-relative bonus item", () => {
  // A bonus ranked against the cohort's best, as the tree's indicators are (it was left out of the second
  // pass, and every agency got the whole bonus as provisional).
  const ranked = miniRubric({ bonus: { cap: 10, items: [{ code: "T.1", title: t("Thưởng"), max: 8, input: { type: "count" }, rule: { type: "relative_to_best" } }] } });
  it("is scored against the cohort's best", () => {
    const a = agency({ ...FULL, "T.1": { value: 10 } }, { id: "a" });
    const b = agency({ ...FULL, "T.1": { value: 5 } }, { id: "b" });
    const [sa, sb] = scoreBatch(ranked, [a, b]).map((s) => s.self);
    expect(ind(sa!, "T.1")).toMatchObject({ points: 8, status: "scored" });
    expect(ind(sb!, "T.1")).toMatchObject({ points: 4, status: "scored" });
    expect(sb!.bonus.points).toBe(4);
  });
});

describe("a group that leaves an agency's type out", () => {
  // Group 2 applies to departments only; a commune's answer to its batch-relative 2.2 is no measure of the best.
  const limited = miniRubric({ cohorts: [{ id: "all", label: t("Tất cả"), agency_types: ["department", "commune"] }] });
  (limited.groups[1] as { applies_to?: string[] }).applies_to = ["department"];
  it("does not count the agency's answers in its cohort's best", () => {
    const a = agency({ ...FULL, "2.2": { value: 10 } }, { id: "a" });
    const b = agency({ ...FULL, "2.2": { value: 5 } }, { id: "b" });
    const c = agency({ ...FULL, "2.2": { value: 1000 } }, { id: "c", type: "commune" });
    const [sa, sb, sc] = scoreBatch(limited, [a, b, c]).map((s) => s.self);
    expect(ind(sa!, "2.2").points).toBe(15);
    expect(ind(sb!, "2.2").points).toBe(7.5);
    expect(ind(sc!, "2.2")).toMatchObject({ status: "not_applicable", na_cause: "agency_type" });
  });
  it("has its answers warned about as not applicable, like an indicator's own applies_to", () => {
    const codes = (r: typeof limited, type: string) => checkAgency(r, agency(FULL, { type })).filter((i) => i.code === "not-applicable-answered").map((i) => i.params.code);
    // Without the group's applies_to only 2.1 (its own applies_to) is out for a commune.
    expect(codes(rubric, "commune")).toEqual(["2.1"]);
    expect(codes(limited, "commune")).toEqual(["2.1", "2.2", "2.3"]);
    expect(codes(limited, "department")).toEqual([]);
    // The type's label goes with its id, in both languages: the message names the type as the rubric does.
    const [first] = checkAgency(rubric, agency(FULL, { type: "commune" })).filter((i) => i.code === "not-applicable-answered");
    const label = rubric.agency_types.find((t) => t.id === "commune")!.label;
    expect(first!.params).toMatchObject({ type: "commune", type_label_vi: label.vi, type_label_en: label.en });
    // A verified value alone is warned about too: the collector's figure is ignored just the same.
    const verifiedOnly = checkAgency(limited, agency({ "2.2": { verified: { value: 3 } } as never }, { type: "commune" }));
    expect(verifiedOnly.filter((i) => i.code === "not-applicable-answered").map((i) => i.params.code)).toEqual(["2.2"]);
  });
});

describe("cohortOf", () => {
  const cohorts = [{ id: "so-nganh", label: { vi: "S", en: "S" }, agency_types: ["department", "board"] }, { id: "rieng", label: { vi: "R", en: "R" } }];
  it.each([
    ["the cohort the file names", { id: "a", name: "A", type: "department", cohort: "rieng" }, cohorts, "rieng"],
    ["else the rubric's cohort listing its type", { id: "a", name: "A", type: "board" }, cohorts, "so-nganh"],
    ["else its type", { id: "a", name: "A", type: "vertical" }, cohorts, "vertical"],
    ["its type in a rubric without cohorts", { id: "a", name: "A", type: "board" }, undefined, "board"],
  ])("%s", (_, header, list, expected) => {
    expect(cohortOf(header, list)).toBe(expected);
  });
});

describe("the collector's note on a verified value", () => {
  // Who verified and when are fields of their own: a block without a note showed "(Sở KH&CN, 2025-10-08)" as its note.
  it.each([
    ["note, by and date", { note: "không có minh chứng", by: "Sở KH&CN", date: "2025-10-02" }, "không có minh chứng", "Sở KH&CN"],
    ["the note alone", { note: "không có minh chứng" }, "không có minh chứng", undefined],
    ["who and when alone", { by: "Sở KH&CN", date: "2025-10-02" }, undefined, "Sở KH&CN"],
    ["nothing", {}, undefined, undefined],
  ])("%s", (_, said, note, by) => {
    const a = agency({ ...FULL, "1.1": { value: true, verified: { value: false, ...said } } });
    const verified = ind(scoreAgency(rubric, a, undefined, "verified"), "1.1");
    expect([verified.verified_note, verified.verified_by]).toEqual([note, by]);
    const self = ind(scoreAgency(rubric, a, undefined, "self"), "1.1");
    expect([self.verified_note, self.verified_by]).toEqual([undefined, undefined]);
  });

  // The day of the verification is the verified block's date, never a date the collector's own words end with: the
  // xlsx read "theo biên bản (2025-03-10)", with no date given, as verified on the 10th of March.
  it.each([
    ["a date given", { note: "không có minh chứng", by: "Sở KH&CN", date: "2025-10-02" }, "2025-10-02"],
    ["no date, the note ending in one", { note: "theo biên bản (2025-03-10)" }, undefined],
    ["no date, who in brackets", { note: "theo biên bản", by: "2025-03-10" }, undefined],
    ["no day of the calendar", { date: "2025-02-30" }, undefined],
  ])("verified_on: %s", (_, said, expected) => {
    const a = agency({ ...FULL, "1.1": { value: true, verified: { value: false, ...said } } });
    expect(ind(scoreAgency(rubric, a, undefined, "verified"), "1.1").verified_on).toBe(expected);
    expect(ind(scoreAgency(rubric, a, undefined, "self"), "1.1").verified_on).toBeUndefined();
  });
});

describe("hasVerifiedBasis: who gets a verified score", () => {
  // X claimed 100 for the relative indicator 2.2; the collector verified 20. Y answered 50 and has no verified value.
  const x = agency({ ...FULL, "2.2": { value: 100, verified: { value: 20 } } }, { id: "x" });
  const y = agency({ ...FULL, "2.2": { value: 50 } }, { id: "y" });
  const z = agency({ ...FULL, "2.2": { value: 10 } }, { id: "z", cohort: "other" });
  const batch = [x, y, z];
  const self = batchContext(rubric, batch, "self"), verified = batchContext(rubric, batch, "verified");

  it.each([
    ["an agency with verified values", x, true],
    ["an agency of a cohort whose reference the verification moved", y, true],
    ["an agency of a cohort no verification touched", z, false],
  ])("%s: %s", (_, a, expected) => {
    expect(hasVerifiedBasis(rubric, a, self, verified)).toBe(expected);
  });

  it("measures the others against the verified figure, not the claim it replaced", () => {
    expect(ind(scoreAgency(rubric, y, self, "self"), "2.2").points).toBe(7.5);
    expect(ind(scoreAgency(rubric, y, verified, "verified"), "2.2").points).toBe(15);
  });

  it.each([
    // relative_to_best reads the best alone: x lowered from 30 to 20 under y's 50 moves nothing of y's.
    ["relative_to_best, a value under the best lowered", "relative_to_best", [30, 20], [50], false],
    ["relative_to_best, the best lowered", "relative_to_best", [80, 20], [50], true],
    // min_max reads the lowest and the highest: the middle value lowered moves nothing, the lowest does.
    ["min_max, the middle value lowered", "min_max", [30, 20], [50, 10], false],
    ["min_max, the lowest value lowered", "min_max", [30, 5], [50, 10], true],
  ])("the others get a verified score only when a figure their rule reads moved: %s", (_, type, [claimed, checked], others, expected) => {
    const r = structuredClone(rubric);
    (r.groups[1]!.items.find((i) => "code" in i && i.code === "2.2") as { rule: { type: string } }).rule = { type };
    const x = agency({ ...FULL, "2.2": { value: claimed, verified: { value: checked } } }, { id: "x" });
    const rest = others.map((value, i) => agency({ ...FULL, "2.2": { value } }, { id: `o${i}` }));
    const batch = [x, ...rest];
    const [s, v] = [batchContext(r, batch, "self"), batchContext(r, batch, "verified")];
    expect(rest.map((a) => hasVerifiedBasis(r, a, s, v))).toEqual(rest.map(() => expected));
    expect(hasVerifiedBasis(r, x, s, v)).toBe(true);
  });

  // The ✓ "verified score" with a difference of 0 went to agencies whose own score reads none of the moved figures.
  it.each([
    ["it left the relative indicator unanswered", { "2.2": null }],
    ["it answered it N/A", { "2.2": { na: true, reason: "không có" } }],
  ])("an agency of the moved cohort gets none when %s", (_, answers) => {
    const w = agency({ ...FULL, ...answers } as typeof FULL, { id: "w" });
    const [s, v] = [batchContext(rubric, [x, y, w], "self"), batchContext(rubric, [x, y, w], "verified")];
    expect([x, y, w].map((a) => hasVerifiedBasis(rubric, a, s, v))).toEqual([true, true, false]);
  });

  it("an agency of the moved cohort gets none when the relative indicator does not apply to its type", () => {
    const r = structuredClone(rubric);
    (r.groups[1]!.items.find((i) => "code" in i && i.code === "2.2") as { applies_to?: string[] }).applies_to = ["department"];
    const commune = agency({ ...FULL, "2.2": { value: 70 } }, { id: "c", type: "commune", cohort: cohortOf(x.agency, r.cohorts) });
    const batch = [x, y, commune];
    const [s, v] = [batchContext(r, batch, "self"), batchContext(r, batch, "verified")];
    expect(batch.map((a) => hasVerifiedBasis(r, a, s, v))).toEqual([true, true, false]);
  });

  it("an agency whose points the moved figures leave as they were gets none (the worst of a lower-is-better min_max scores 0 whatever the lowest)", () => {
    const r = structuredClone(rubric);
    (r.groups[1]!.items.find((i) => "code" in i && i.code === "2.2") as { rule: unknown }).rule = { type: "min_max", lower_is_better: true };
    const x = agency({ ...FULL, "2.2": { value: 10, verified: { value: 5 } } }, { id: "x" });
    const y = agency({ ...FULL, "2.2": { value: 50 } }, { id: "y" });
    const z = agency({ ...FULL, "2.2": { value: 90 } }, { id: "z" });
    const batch = [x, y, z];
    const [s, v] = [batchContext(r, batch, "self"), batchContext(r, batch, "verified")];
    const verifiedOf = (a: typeof x) => verifiedScore(r, a, s, v, scoreAgency(r, a, s, "self"));
    expect(hasVerifiedBasis(r, z, s, v)).toBe(true);
    expect([x, y, z].map((a) => verifiedOf(a) !== undefined)).toEqual([true, true, false]);
  });

  it("a verified value on an indicator its type leaves out verifies nothing: no verified score, no ✓ with +0.00", () => {
    const r = structuredClone(rubric);
    (r.groups[1]!.items.find((i) => "code" in i && i.code === "2.2") as { applies_to?: string[] }).applies_to = ["department"];
    const commune = agency({ ...FULL, "2.2": { verified: { value: 70 } } as never }, { id: "c", type: "commune" });
    const [s, v] = [batchContext(r, [commune], "self"), batchContext(r, [commune], "verified")];
    expect(verifiedScore(r, commune, s, v, scoreAgency(r, commune, s, "self"))).toBeUndefined();
    // The same value on an indicator that applies is a verification, even when it confirms the self value.
    const department = agency({ ...FULL, "2.2": { value: 70, verified: { value: 70 } } }, { id: "d" });
    const [s2, v2] = [batchContext(r, [department], "self"), batchContext(r, [department], "verified")];
    expect(verifiedScore(r, department, s2, v2, scoreAgency(r, department, s2, "self"))).toBeDefined();
  });

  it("the others get a verified score when the verification leaves them alone in their cohort (provisional), the best unmoved", () => {
    // x claimed 20 under y's 50; the collector found 2.2 not applicable: y's best is still 50, but y is now alone.
    const x = agency({ ...FULL, "2.2": { value: 20, verified: { na: true, reason: "không có" } } }, { id: "x" });
    const batch = [x, y];
    const [s, v] = [batchContext(rubric, batch, "self"), batchContext(rubric, batch, "verified")];
    expect(hasVerifiedBasis(rubric, y, s, v)).toBe(true);
    const score = verifiedScore(rubric, y, s, v, scoreAgency(rubric, y, s, "self"));
    expect(ind(score!, "2.2")).toMatchObject({ status: "provisional", points: 15 });
  });

  it("nothing moves when no agency has verified values", () => {
    const plain = [agency(FULL, { id: "p" }), agency({ ...FULL, "2.2": { value: 5 } }, { id: "q" })];
    const [s, v] = [batchContext(rubric, plain, "self"), batchContext(rubric, plain, "verified")];
    expect(plain.map((a) => hasVerifiedBasis(rubric, a, s, v))).toEqual([false, false]);
  });
});

describe("aggregation", () => {
  const means = (aggregate: string) => miniRubric({
    groups: [{
      code: "1", title: { vi: "G", en: "G" }, max: 100, aggregate, items: [
        { code: "1.1", title: { vi: "a", en: "a" }, max: 10, weight: 3, input: { type: "percent" }, rule: { type: "ratio" } },
        { code: "1.2", title: { vi: "b", en: "b" }, max: 50, weight: 1, input: { type: "percent" }, rule: { type: "ratio" } },
      ],
    }],
    aggregates: [], bonus: undefined, penalty: undefined,
  });
  it("weighted mean of shares", () => {
    const s = scoreAgency(means("weighted_mean"), agency({ "1.1": { value: 100 }, "1.2": { value: 20 } }));
    expect(s.total).toBe(80); // (3 × 1 + 1 × 0.2) / 4 = 0.8
  });
  it("geometric mean of shares", () => {
    const s = scoreAgency(means("geometric_mean"), agency({ "1.1": { value: 100 }, "1.2": { value: 16 } }));
    expect(s.total).toBeCloseTo(63.25, 2); // 1^0.75 × 0.16^0.25 = 0.6325
  });
  it("a mean is rounded half-up once, from the exact share (1.125 is 1.13, where float error gave 1.12)", () => {
    const r = miniRubric({
      scale: 40,
      groups: [{
        code: "1", title: { vi: "G", en: "G" }, max: 40, aggregate: "weighted_mean", items: [
          { code: "1.1", title: { vi: "a", en: "a" }, max: 10, weight: 1, input: { type: "percent" }, rule: { type: "ratio" } },
          { code: "1.2", title: { vi: "b", en: "b" }, max: 20, weight: 3, input: { type: "percent" }, rule: { type: "ratio" } },
        ],
      }],
      aggregates: [], bonus: undefined, penalty: undefined,
    });
    // 1.2: 3.75 % of 20 = 0.75; share (1 × 0 + 3 × 0.75 / 20) / 4 = 0.028125; × 40 = 1.125
    expect(scoreAgency(r, agency({ "1.1": { value: 0 }, "1.2": { value: 3.75 } })).total).toBe(1.13);
  });
  it("a weighted mean is rounded half-up from the exact share on the largest scale the rubric format allows", () => {
    const r = miniRubric({
      scale: 1000000, rounding: { decimals: 4 },
      groups: [{
        code: "1", title: { vi: "G", en: "G" }, max: 1000000, aggregate: "weighted_mean", items: [
          { code: "1.1", title: { vi: "a", en: "a" }, max: 1000000, weight: 101, input: { type: "number" }, rule: { type: "per_unit", points: 0.0001 } },
          { code: "1.2", title: { vi: "b", en: "b" }, max: 1000000, weight: 99, input: { type: "number" }, rule: { type: "per_unit", points: 0.0001 } },
        ],
      }],
      aggregates: [], bonus: undefined, penalty: undefined,
    });
    // (101 × 9999999999 + 99 × 9999999800) / 200 = 9999999900.495 units of 0.0001: 999999.9900, not .9901
    expect(scoreAgency(r, agency({ "1.1": { value: 9999999999 }, "1.2": { value: 9999999800 } })).total).toBe(999999.99);
    // and a half still rounds up: (1 × 1 + 1 × 0) / 2 of one unit's worth over two children
    const half = miniRubric({
      scale: 1, rounding: { decimals: 0 },
      groups: [{
        code: "1", title: { vi: "G", en: "G" }, max: 1, aggregate: "weighted_mean", items: [
          { code: "1.1", title: { vi: "a", en: "a" }, max: 1, weight: 0.3, input: { type: "boolean" }, rule: { type: "fixed" } },
          { code: "1.2", title: { vi: "b", en: "b" }, max: 1, weight: 0.3, input: { type: "boolean" }, rule: { type: "fixed" } },
        ],
      }],
      aggregates: [], bonus: undefined, penalty: undefined, bands: { basis: "points", levels: [{ id: "x", min: 0, label: t("x") }] },
    });
    expect(scoreAgency(half, agency({ "1.1": { value: true }, "1.2": { value: false } })).total).toBe(1);
  });
  it("a mean is rescaled only when a child is left out (its children's maxima need not add up to its own)", () => {
    const full = scoreAgency(means("weighted_mean"), agency({ "1.1": { value: 100 }, "1.2": { value: 20 } }));
    expect(full.groups[0]!.rescaled).toBe(false);
    const na = means("weighted_mean");
    (na.groups[0]!.items[1] as { na?: string }).na = "rescale";
    expect(scoreAgency(na, agency({ "1.1": { value: 100 }, "1.2": { na: true, reason: "không có" } })).groups[0]!.rescaled).toBe(true);
  });
  it.each([
    ["weighted_mean", 80],
    ["geometric_mean", 63.25],
  ])("a %s leaves out a child worth 0 points (its share would be 0 / 0)", (aggregate, total) => {
    const r = means(aggregate);
    r.groups[0]!.items.push({ kind: "indicator", code: "1.3", title: { vi: "c", en: "c" }, max: 0, weight: 1, input: { type: "percent" }, rule: { type: "ratio" } });
    const s = scoreAgency(r, agency({ "1.1": { value: 100 }, "1.2": { value: aggregate === "weighted_mean" ? 20 : 16 }, "1.3": { value: 50 } }));
    expect(s.total).toBe(total);
  });
  it.each([
    // [per_unit points of 1.1, applicable max, rescaled units]: 50 units × 1000 / 300 = 166.67 → 167; 1 × 1000 / 400 = 2.5 → 3 (half-up)
    ["0.5 of 3 applicable → 1.67", 0.5, 3, 1.67],
    ["0.01 of 4 applicable → 0.03 (half-up, not 0.02)", 0.01, 4, 0.03],
  ])("an N/A rescaled sum is rounded half-up to units: %s", (_, perUnit, applicable, total) => {
    const r = miniRubric({
      scale: 10,
      groups: [{
        code: "1", title: { vi: "G", en: "G" }, max: 10, items: [
          { code: "1.1", title: { vi: "a", en: "a" }, max: applicable, input: { type: "count" }, rule: { type: "per_unit", points: perUnit } },
          { code: "1.2", title: { vi: "b", en: "b" }, max: 10 - applicable, input: { type: "boolean" }, rule: { type: "fixed" }, na: "rescale" },
        ],
      }],
      aggregates: [], bonus: undefined, penalty: undefined,
    });
    const s = scoreAgency(r, agency({ "1.1": { value: 1 }, "1.2": { na: true, reason: "không có" } }));
    expect(s.groups[0]).toMatchObject({ earned: perUnit, applicable_max: applicable, points: total, rescaled: true });
    expect(s.total).toBe(total);
  });
  it("cap and floor bound a group", () => {
    const capped = miniRubric({ groups: [{ ...baseGroup(), cap: 50 }], aggregates: [], bonus: undefined, penalty: undefined });
    expect(scoreAgency(capped, agency({ "1.1": { value: 100 } })).total).toBe(50);
    const floored = miniRubric({ groups: [{ ...baseGroup(), floor: 10 }], aggregates: [], bonus: undefined, penalty: undefined });
    expect(scoreAgency(floored, agency({ "1.1": { value: 0 } })).total).toBe(10);
  });
});

function baseGroup() {
  return { code: "1", title: { vi: "G", en: "G" }, max: 100, items: [{ code: "1.1", title: { vi: "a", en: "a" }, max: 100, input: { type: "percent" }, rule: { type: "ratio" } }] };
}

describe("evidence missing, in the score", () => {
  // 1.1 requires one piece of evidence: only an answer that earns points needs it, and not a value the collector verified.
  const withEvidence = structuredClone(rubric);
  (withEvidence.groups[0]!.items[0] as { evidence?: unknown }).evidence = { required: true };
  it.each([
    ["an answer that earns points, without evidence", "self", { value: true }, 1],
    ["an answer that earns points, with evidence", "self", { value: true, evidence: [{ title: "Quyết định" }] }, 0],
    ["an answer that earns nothing", "self", { value: false }, 0],
    ["a verified value that earns points, on the verified basis", "verified", { value: true, verified: { value: true } }, 0],
    ["the same answer on the self basis", "self", { value: true, verified: { value: true } }, 1],
  ] as [string, "self" | "verified", Answer, number][])("%s: %s basis, %s missing", (_, basis, answer, missing) => {
    const s = scoreAgency(withEvidence, agency({ ...FULL, "1.1": answer }), undefined, basis);
    expect(ind(s, "1.1").evidence_missing).toBe(missing);
    expect(s.completeness.missing_evidence).toBe(missing);
  });
});

describe("evidence missing under when_missing: no_points (the file is scored, the answer earns nothing)", () => {
  const noPoints = structuredClone(rubric);
  (noPoints.groups[0]!.items[0] as { evidence?: unknown }).evidence = { required: true, when_missing: "no_points" };
  it.each([
    ["an answer that earns points, without evidence", "self", 0, 1, { value: true }],
    ["an answer that earns points, with evidence", "self", 20, 0, { value: true, evidence: [{ title: "Quyết định" }] }],
    ["an answer that earns nothing", "self", 0, 0, { value: false }],
    ["a verified value that earns points, on the verified basis", "verified", 20, 0, { value: true, verified: { value: true } }],
    ["the same answer on the self basis", "self", 0, 1, { value: true, verified: { value: true } }],
  ] as [string, "self" | "verified", number, number, Answer][])("%s: %s basis, %s points, %s missing", (_, basis, points, missing, answer) => {
    const s = scoreAgency(noPoints, agency({ ...FULL, "1.1": answer }), undefined, basis);
    expect(ind(s, "1.1")).toMatchObject({ points, evidence_missing: missing, status: "scored" });
    expect(s.completeness.missing_evidence).toBe(missing);
  });

  it("a batch-relative figure without its evidence earns nothing and sets no cohort's best", () => {
    const relative = structuredClone(rubric);
    (relative.groups[1]!.items[1] as { evidence?: unknown }).evidence = { required: true, when_missing: "no_points" };
    const shown = [{ title: "Báo cáo" }];
    const a = agency({ ...FULL, "2.2": { value: 100 } }, { id: "a" });
    const b = agency({ ...FULL, "2.2": { value: 50, evidence: shown } }, { id: "b" });
    const c = agency({ ...FULL, "2.2": { value: 25, evidence: shown } }, { id: "c" });
    const [sa, sb, sc] = scoreBatch(relative, [a, b, c]).map((x) => x.self);
    expect(ind(sa!, "2.2")).toMatchObject({ points: 0, evidence_missing: 1 });
    // b's 50 is the best: a's 100, not shown, was no measure.
    expect(ind(sb!, "2.2")).toMatchObject({ points: 15, evidence_missing: 0 });
    expect(ind(sc!, "2.2")).toMatchObject({ points: 7.5, evidence_missing: 0 });
  });

  // Its 0 does not wait on the cohort: scoring it with the others changes nothing (the evidence does). It read
  // "Provisional: 2.2 … score them together for final points", the total marked provisional.
  it("a batch-relative figure without its evidence is not provisional, alone or the only one shown in its cohort", () => {
    const relative = structuredClone(rubric);
    (relative.groups[1]!.items[1] as { evidence?: unknown }).evidence = { required: true, when_missing: "no_points" };
    const alone = scoreAgency(relative, agency({ ...FULL, "2.2": { value: 100 } }));
    expect([ind(alone, "2.2").status, alone.provisional]).toEqual(["scored", false]);
    const [sa, sb] = scoreBatch(relative, [agency({ ...FULL, "2.2": { value: 100 } }, { id: "a" }), agency({ ...FULL, "2.2": { value: 50, evidence: [{ title: "Báo cáo" }] } }, { id: "b" })]).map((x) => x.self);
    expect([ind(sa!, "2.2").status, sa!.provisional]).toEqual(["scored", false]);
    // b has nobody shown to compare with: its figure is provisional, as before.
    expect([ind(sb!, "2.2").status, sb!.provisional]).toEqual(["provisional", true]);
  });
});

describe("parts of an answer left unanswered, in the score", () => {
  it("are a warning of the score, naming the parts, so every report says so (it was only on standard error)", () => {
    const r = structuredClone(rubric);
    const group = r.groups[0]!;
    group.items.push({ kind: "indicator", code: "1.9", title: { vi: "Hai phần", en: "Two parts" }, max: 0, input: { type: "parts", fields: [{ id: "x", label: { vi: "x", en: "x" }, input: { type: "count" } }, { id: "y", label: { vi: "y", en: "y" }, input: { type: "count" } }] }, rule: { type: "sum", parts: [{ field: "x", max: 0, rule: { type: "per_unit", points: 1 } }, { field: "y", max: 0, rule: { type: "per_unit", points: 1 } }] } } as never);
    const warned = (value: unknown) => scoreAgency(r, agency({ ...FULL, "1.9": { value } } as typeof FULL)).warnings.filter((w) => w.code === "part_unanswered");
    expect(warned({ x: 2 })).toEqual([{ code: "part_unanswered", indicator: "1.9", params: { fields: "y" } }]);
    expect(warned({ x: 2, y: "?" })).toEqual([{ code: "part_unanswered", indicator: "1.9", params: { fields: "y" } }]);
    expect(warned({ x: 2, y: 0 })).toEqual([]);
  });

  // As `value: "?"`: it was scored 0 and counted as answered (completeness "unanswered 0" with nothing answered).
  it.each([
    // Against the file without 1.9 (unanswered there): [answered, unanswered] move by these.
    ["every part ?", { x: "?", y: "?" }, "unanswered", [0, 0]],
    ["every part left out", {}, "unanswered", [0, 0]],
    ["every part empty or ?", { x: null, y: "?" }, "unanswered", [0, 0]],
    ["one part answered", { x: 2, y: "?" }, "scored", [1, -1]],
    ["one part answered 0", { x: 0, y: "?" }, "scored", [1, -1]],
  ])("%s: %s", (_, value, status, moved) => {
    const r = structuredClone(rubric);
    r.groups[0]!.items.push({ kind: "indicator", code: "1.9", title: { vi: "Hai phần", en: "Two parts" }, max: 0, input: { type: "parts", fields: [{ id: "x", label: { vi: "x", en: "x" }, input: { type: "count" } }, { id: "y", label: { vi: "y", en: "y" }, input: { type: "count" } }] }, rule: { type: "sum", parts: [{ field: "x", max: 0, rule: { type: "per_unit", points: 1 } }, { field: "y", max: 0, rule: { type: "per_unit", points: 1 } }] } } as never);
    const base = scoreAgency(r, agency(FULL)).completeness;
    const s = scoreAgency(r, agency({ ...FULL, "1.9": { value } } as typeof FULL));
    expect(ind(s, "1.9").status).toBe(status);
    expect([s.completeness.answered - base.answered, s.completeness.unanswered - base.unanswered]).toEqual(moved);
  });
});
