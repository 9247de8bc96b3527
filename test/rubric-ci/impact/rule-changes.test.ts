import { describe, expect, it } from "vitest";
import { diffRubrics } from "../../../src/rubric-ci/impact/diff.js";
import { fieldText } from "../../../src/rubric-ci/impact/words.js";
import type { Group, Indicator, Input, Rule } from "../../../src/core/rubric.js";
import { miniRubric } from "../../helpers/mini-rubric.js";

/** The words `rubric impact` gives (vi, en) for an indicator whose rule went from `before` to `after`. */
function said(input: Input, before: Rule, after: Rule): [string, string] {
  const a = miniRubric(), b = miniRubric();
  for (const [r, rule] of [[a, before], [b, after]] as const) Object.assign((r.groups[0] as Group).items[0] as Indicator, { input, rule });
  const [change] = diffRubrics(a, b).items;
  if (change?.change !== "changed") throw new Error("no change");
  const rule = change.fields.find((f) => f.field === "rule")!;
  return [fieldText(rule, "vi"), fieldText(rule, "en")];
}

describe("rubric impact says in words what changed in a rule that kept its type (it read \"deadline 2025-02-28 late 10 → …\")", () => {
  it("a deadline brought forward and its late points", () => {
    expect(said({ type: "date" }, { type: "deadline", by: "2025-02-28", late_points: 10 }, { type: "deadline", by: "2025-01-31", late_points: 5 })).toEqual([
      "quy tắc: hạn sớm lên, từ 28/02/2025 thành 31/01/2025; điểm khi quá hạn từ 10 thành 5",
      "rule: deadline brought forward from 2025-02-28 to 2025-01-31; points when late from 10 to 5",
    ]);
  });

  it("a band step's threshold and another's points, a target in percent", () => {
    const steps = (top: number, two: number): Rule => ({ type: "bands", steps: [{ min: top, points: 20 }, { min: 2, points: two }], else: 0 });
    expect(said({ type: "count" }, steps(4, 10), steps(5, 12))).toEqual([
      "quy tắc: ngưỡng được 20 điểm nâng từ ≥ 4 lên ≥ 5; khi ≥ 2: từ 10 điểm thành 12 điểm",
      "rule: threshold for 20 points raised from ≥ 4 to ≥ 5; at ≥ 2: from 10 points to 12 points",
    ]);
    expect(said({ type: "percent" }, { type: "target", target: 90 }, { type: "target", target: 95 })[1]).toBe("rule: target for full marks from 90 % to 95 %");
  });

  // Mutants of rule-changes.ts that every test let through: a change left unsaid, or said with a % it does not have.
  it.each([
    ["per unit on a percentage: its points and cap are no percentages", { type: "percent" }, { type: "per_unit", points: 1, cap: 5 }, { type: "per_unit", points: 2, cap: 8 }, "rule: points per unit from 1 to 2; cap from 5 to 8"],
    ["a checklist's cap", { type: "count" }, { type: "checklist", cap: 5 }, { type: "checklist", cap: 8 }, "rule: cap from 5 to 8"],
    ["a yes/no's points", { type: "boolean" }, { type: "fixed", points: 5 }, { type: "fixed", points: 8 }, "rule: points from 5 to 8"],
    ["steps worth a share of the max, and the points below them", { type: "count" }, { type: "bands", steps: [{ min: 4, fraction: 1 }, { min: 2, fraction: 0.5 }], else: 0 }, { type: "bands", steps: [{ min: 4, fraction: 1 }, { min: 3, fraction: 0.25 }], else: 1 },
      "rule: at ≥ 3: from 0.5 × the max to 0.25 × the max; threshold for 0.25 × the max raised from ≥ 2 to ≥ 3; points below the lowest step from 0 to 1"],
    ["a step's worth on a percentage, at its threshold in %", { type: "percent" }, { type: "bands", steps: [{ min: 90, points: 20 }, { min: 50, points: 10 }] }, { type: "bands", steps: [{ min: 90, points: 20 }, { min: 50, points: 12 }] }, "rule: at ≥ 50 %: from 10 points to 12 points"],
    ["a sum whose parts were rewritten: the summary, not the cap alone", { type: "parts", fields: [{ id: "x", label: { vi: "x", en: "x" }, input: { type: "boolean" } }] }, { type: "sum", cap: 10, parts: [{ field: "x", max: 5, rule: { type: "fixed" } }] }, { type: "sum", cap: 8, parts: [{ field: "x", max: 8, rule: { type: "fixed" } }] }, "rule: sum[x:5 fixed] cap 10 → sum[x:8 fixed] cap 8"],
  ] as [string, Input, Rule, Rule, string][])("%s", (_name, input, before, after, words) => {
    expect(said(input, before, after)[1]).toBe(words);
  });

  // It read "rule: piecewise (0,0) (1,10) (3,10) (10,0) → piecewise (0,0) (1,10) (5,10) (10,0)": a list of pairs to compare by eye.
  it("a piecewise rule's breakpoints: the points at one, one moved to another answer, one changed in both", () => {
    const line = (...points: [number, number][]): Rule => ({ type: "piecewise", points });
    expect(said({ type: "count" }, line([0, 0], [1, 10], [3, 10], [10, 0]), line([0, 0], [1, 8], [5, 10], [8, 2]))).toEqual([
      "quy tắc: tại mốc 1: từ 10 điểm thành 8 điểm; mốc được 10 điểm dời từ 3 sang 5; mốc 10 → 0 điểm nay là 8 → 2 điểm",
      "rule: at the breakpoint 1: from 10 points to 8 points; breakpoint for 10 points moved from 3 to 5; breakpoint 10 → 0 points now 8 → 2 points",
    ]);
    // The answers on a percentage are in %, the points are not.
    expect(said({ type: "percent" }, line([0, 0], [50, 10], [100, 20]), line([0, 0], [60, 10], [100, 15]))[1]).toBe("rule: breakpoint for 10 points moved from 50 % to 60 %; at the breakpoint 100 %: from 20 points to 15 points");
  });

  // It read "rule: piecewise (0,0) (10,20) → piecewise (0,0) (5,15) (10,20)": both lines whole, to compare by eye.
  it("breakpoints added or removed: each named by its answer, the breakpoints kept said as when none is added", () => {
    const line = (...points: [number, number][]): Rule => ({ type: "piecewise", points });
    expect(said({ type: "count" }, line([0, 0], [10, 20]), line([0, 0], [5, 15], [10, 18]))).toEqual([
      "quy tắc: tại mốc 10: từ 20 điểm thành 18 điểm; thêm mốc 5: 15 điểm",
      "rule: at the breakpoint 10: from 20 points to 18 points; breakpoint 5 added: 15 points",
    ]);
    expect(said({ type: "count" }, line([0, 0], [5, 15], [10, 20]), line([0, 0], [10, 20]))).toEqual([
      "quy tắc: bỏ mốc 5 (15 điểm)",
      "rule: breakpoint 5 (15 points) removed",
    ]);
    // One moved to another answer while another is added; on a percentage the answers are in %.
    expect(said({ type: "percent" }, line([0, 0], [50, 10], [100, 20]), line([0, 0], [40, 5], [60, 10], [100, 20]))[1]).toBe("rule: breakpoint for 10 points moved from 50 % to 60 %; breakpoint 40 % added: 5 points");
  });

  it("a rule of another type keeps the short summary of both", () => {
    expect(said({ type: "count" }, { type: "per_unit", points: 5 }, { type: "bands", steps: [{ min: 1, points: 5 }] })[1]).toBe("rule: per_unit 5 → bands ≥1→5");
  });

  // It read "rule: bands ≥4→20 ≥3→15 ≥2→10 ≥1→5 else 0 → bands ≥4→20 ≥3→12 ≥2→10 else 0": both rules whole, to compare by eye.
  it("band steps added or removed: each named by its threshold, the steps kept said as when none is added", () => {
    const steps = (...s: [number, number][]): Rule => ({ type: "bands", steps: s.map(([min, points]) => ({ min, points })), else: 0 });
    expect(said({ type: "count" }, steps([4, 20], [3, 15], [2, 10], [1, 5]), steps([4, 20], [3, 12], [2, 10]))).toEqual([
      "quy tắc: khi ≥ 3: từ 15 điểm thành 12 điểm; bỏ bậc ≥ 1 (5 điểm)",
      "rule: at ≥ 3: from 15 points to 12 points; step ≥ 1 (5 points) removed",
    ]);
    expect(said({ type: "count" }, steps([4, 20], [2, 10]), steps([5, 20], [4, 15], [2, 10]))[1]).toBe("rule: at ≥ 4: from 20 points to 15 points; step ≥ 5 added: 20 points");
    expect(said({ type: "percent" }, steps([90, 20], [50, 10]), steps([90, 20]))[1]).toBe("rule: step ≥ 50 % (10 points) removed");
  });

  it("a date input's range is said with dates as the Vietnamese report writes them (it read 2024-10-01–2025-12-31 beside 28/02/2025)", () => {
    const a = miniRubric(), b = miniRubric();
    Object.assign((a.groups[0] as Group).items[0] as Indicator, { input: { type: "date", min: "2024-10-01", max: "2025-12-31" }, rule: { type: "deadline", by: "2025-02-28" } });
    Object.assign((b.groups[0] as Group).items[0] as Indicator, { input: { type: "date", min: "2025-10-01", max: "2026-12-31" }, rule: { type: "deadline", by: "2025-02-28" } });
    const [change] = diffRubrics(a, b).items;
    if (change?.change !== "changed") throw new Error("no change");
    expect(fieldText(change.fields.find((f) => f.field === "input")!, "vi")).toBe("kiểu trả lời: ngày 01/10/2024–31/12/2025 → ngày 01/10/2025–31/12/2026");
    expect(fieldText(change.fields.find((f) => f.field === "input")!, "en")).toBe("input: date 2024-10-01–2025-12-31 → date 2025-10-01–2026-12-31");
  });
});
