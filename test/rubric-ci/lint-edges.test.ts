import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/issue.js";
import { checkBands } from "../../src/rubric-ci/lint/bands.js";
import { checkDefinitions } from "../../src/rubric-ci/lint/definitions.js";
import { checkNaPolicy } from "../../src/rubric-ci/lint/na-policy.js";
import { checkPoints } from "../../src/rubric-ci/lint/points.js";
import { message } from "../../src/i18n/messages.js";
import { checkWeights } from "../../src/rubric-ci/lint/weights.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";

// Mutants of src/rubric-ci/lint that the lint tests let through: a finding said where nothing is wrong, or
// missed where something is, on the edges the fail/pass fixtures do not reach. Pure, on the mini rubric.
const found = (issues: Issue[], code: string) => issues.filter((i) => i.code === code).map((i) => i.path.join("/"));
const bands = (over: Record<string, unknown>) => ({ bands: { basis: "percent", levels: [{ id: "tot", min: 80, label: t("Tốt") }, { id: "yeu", min: 0, label: t("Yếu") }], ...over } });

describe("bands", () => {
  it("a level at the ceiling itself (100 %, or the scale) is reachable: a full score gets it", () => {
    expect(checkBands(miniRubric(bands({ levels: [{ id: "tot", min: 100, label: t("Tốt") }, { id: "yeu", min: 0, label: t("Yếu") }] })))).toEqual([]);
    expect(checkBands(miniRubric(bands({ basis: "points", levels: [{ id: "tot", min: 100, label: t("Tốt") }, { id: "yeu", min: 0, label: t("Yếu") }] })))).toEqual([]);
  });

  it("the band sets of agency types are checked as the main one is", () => {
    const rubric = miniRubric(bands({ by_agency_type: [{ agency_types: ["commune"], basis: "points", levels: [{ id: "dat", min: 120, label: t("Đạt") }, { id: "chua", min: 10, label: t("Chưa") }] }] }));
    const issues = checkBands(rubric);
    expect(found(issues, "band-unreachable")).toEqual(["bands/by_agency_type/0/levels/0/min"]);
    expect(found(issues, "band-gap")).toEqual(["bands/by_agency_type/0/levels/1/min"]);
  });
});

describe("weights", () => {
  const group2 = (weights: Record<string, number>) => {
    const rubric = miniRubric();
    const g = rubric.groups[1] as unknown as { aggregate?: string; items: { code: string; weight?: number }[] };
    g.aggregate = "weighted_mean";
    for (const item of g.items) if (weights[item.code] !== undefined) item.weight = weights[item.code];
    return rubric;
  };

  it("zero-weights: an information item (max 0) weighs nothing in the mean, whatever weight it takes by default", () => {
    expect(found(checkWeights(group2({ "2.1": 0, "2.2": 0 })), "zero-weights")).toEqual(["groups/1/aggregate"]);
    expect(found(checkWeights(group2({ "2.1": 0 })), "zero-weights")).toEqual([]);
  });

  it("a weight on a bonus or penalty item is ignored: they add up", () => {
    const rubric = miniRubric();
    (rubric.bonus!.items[0] as { weight?: number }).weight = 2;
    const issues = checkWeights(rubric).filter((i) => i.code === "weight-ignored");
    expect(issues.map((i) => [i.path.join("/"), i.params.parent_en])).toEqual([["bonus/items/0/weight", "the bonus"]]);
  });
});

describe("N/A with full marks on an adjustment item", () => {
  it("an item worth nothing gives or takes nothing for N/A, even when it is not marked for information", () => {
    const rubric = miniRubric({ defaults: { na: "full" } });
    expect(found(checkNaPolicy(rubric), "na-full-bonus")).toEqual(["defaults/na"]);
    (rubric.bonus!.items[0] as { max: number }).max = 0;
    expect(found(checkNaPolicy(rubric), "na-full-bonus")).toEqual([]);
  });

  // Several items reached by defaults.na: full are listed with their points: one worth 1 read "1 points".
  it("an item worth 1 point is said in the singular in English", () => {
    const rubric = miniRubric({ defaults: { na: "full" } });
    const penalty = rubric.penalty!.items;
    penalty.push({ ...penalty[0]!, code: "TR.2", max: 1 } as (typeof penalty)[number]);
    const issue = checkNaPolicy(rubric).find((i) => i.code === "na-full-penalty")!;
    expect(message("en", issue.code, issue.params)).toContain("is docked each one's whole points (TR.1: 30 points, TR.2: 1 point)");
    expect(message("vi", issue.code, issue.params)).toContain("bị trừ trọn điểm của từng mục (TR.1: 30 điểm, TR.2: 1 điểm)");
  });
});

describe("points", () => {
  it("an item worth more than its group's cap exceeds the group, though not its max", () => {
    const rubric = miniRubric();
    (rubric.groups[0] as { cap?: number }).cap = 15;
    const issues = checkPoints(rubric).filter((i) => i.code === "item-exceeds-group");
    expect(issues.map((i) => [i.path.join("/"), i.params.limit])).toEqual([["groups/0/items/0/max", 15], ["groups/0/items/1/max", 15], ["groups/0/items/2/max", 15]]);
  });
});

describe("definitions", () => {
  it("an agency type in no listed cohort has one all the same when a cohort lists no types (it is open to all)", () => {
    const cohorts = [{ id: "so", label: t("Sở"), agency_types: ["department"] }, { id: "khac", label: t("Khác") }];
    expect(found(checkDefinitions(miniRubric({ cohorts })), "agency-type-without-cohort")).toEqual([]);
    expect(found(checkDefinitions(miniRubric({ cohorts: cohorts.slice(0, 1) })), "agency-type-without-cohort")).toEqual(["agency_types/1/id"]);
  });
});

describe("band steps priced twice or not at all", () => {
  // 1.3 of the mini rubric: bands ≥4 → 20, ≥2 → 10. Points win over a fraction beside them (rules.ts).
  const steps = (list: Record<string, number>[]) => {
    const rubric = miniRubric();
    const ind = (rubric.groups[0] as unknown as { items: { rule: { steps: Record<string, number>[] } }[] }).items[2]!;
    ind.rule.steps = list;
    return checkPoints(rubric);
  };

  it("a step with both points and fraction is said at its fraction, in both languages", () => {
    const issues = steps([{ min: 4, points: 20 }, { min: 2, points: 10, fraction: 0.25 }]);
    expect(found(issues, "points-and-fraction")).toEqual(["groups/0/items/2/rule/steps/1/fraction"]);
    const params = issues.find((i) => i.code === "points-and-fraction")!.params;
    expect(message("en", "points-and-fraction", params)).toBe("The step from 2 (steps #2) of 1.3 has both points (10) and fraction (0.25): the points count and the fraction is ignored; keep one of them");
    expect(message("vi", "points-and-fraction", params)).toContain("chỉ points được tính");
  });

  it("steps of a bands rule nested in a sum or best_of are checked too, at their own path", () => {
    const nested = (type: "sum" | "best_of", list: Record<string, number>[]) => {
      const rubric = miniRubric();
      const ind = (rubric.groups[0] as unknown as { items: { rule: unknown }[] }).items[2]!;
      const term = { max: 20, rule: { type: "bands", steps: list } };
      ind.rule = type === "sum" ? { type, parts: [{ max: 0, rule: { type: "fixed" } }, term] } : { type, cases: [term] };
      return checkPoints(rubric);
    };
    expect(found(nested("sum", [{ min: 4, points: 20 }, { min: 2 }]), "step-unscored")).toEqual(["groups/0/items/2/rule/parts/1/rule/steps/1/min"]);
    expect(found(nested("best_of", [{ min: 4, points: 20, fraction: 1 }]), "points-and-fraction")).toEqual(["groups/0/items/2/rule/cases/0/rule/steps/0/fraction"]);
  });

  it("a step with neither is said at its min; one priced with a fraction alone, or points 0, is not", () => {
    expect(found(steps([{ min: 4, points: 20 }, { min: 2 }]), "step-unscored")).toEqual(["groups/0/items/2/rule/steps/1/min"]);
    expect(found(steps([{ min: 4, fraction: 1 }, { min: 2, points: 0 }]), "step-unscored")).toEqual([]);
    expect(found(steps([{ min: 4, fraction: 1 }, { min: 2, points: 0 }]), "points-and-fraction")).toEqual([]);
  });
});

// na: rescale on a bonus or penalty item scores as zero (no group to rescale), and lint said nothing.
describe("N/A under rescale on an adjustment item", () => {
  it("is said at the item's own na; inherited from defaults.na, once for the items it reaches; not on items with their own na or worth nothing", () => {
    const own = miniRubric();
    (own.bonus!.items[0] as { na?: string }).na = "rescale";
    expect(checkNaPolicy(own).map((i) => [i.code, i.severity, i.path.join("/"), i.params.code])).toEqual([["na-rescale-bonus", "warning", "bonus/items/0/na", "T.1"]]);
    const inherited = miniRubric({ defaults: { na: "rescale" } });
    expect(checkNaPolicy(inherited).map((i) => [i.code, i.path.join("/"), i.params.code, i.params.from])).toEqual([["na-rescale-bonus", "defaults/na", "T.1", "defaults.na: rescale"], ["na-rescale-penalty", "defaults/na", "TR.1", "defaults.na: rescale"]]);
    (inherited.bonus!.items[0] as { na?: string }).na = "zero";
    (inherited.penalty!.items[0] as { max: number }).max = 0;
    expect(checkNaPolicy(inherited)).toEqual([]);
  });
});
