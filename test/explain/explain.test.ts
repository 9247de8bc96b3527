import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import type { AgencyFile } from "../../src/core/agency.js";
import type { Input, Rule } from "../../src/core/rubric.js";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { explain } from "../../src/cli/commands/explain.js";
import { UsageError } from "../../src/cli/errors.js";
import { allIndicators } from "../../src/core/codes.js";
import { applyRule, isBatchRelative } from "../../src/core/rules.js";
import { batchContext, scoreAgency, scoreBatch } from "../../src/core/score.js";
import { bestAnswer } from "../../src/explain/best-answer.js";
import type { ExplainedGroup, Explanation } from "../../src/explain/explain.js";
import { groupArithmetic } from "../../src/explain/format.js";
import { explainAgency } from "../../src/explain/explain.js";
import { formatExplainMarkdown, formatExplainText } from "../../src/explain/format.js";
import { describeValue, ruleWords } from "../../src/explain/words.js";
import { unitFor } from "../../src/core/number-text.js";
import { FileExistsError } from "../../src/io/write-atomic.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFiles } from "../../src/load/registry.js";
import { agency, miniRubric, t } from "../helpers/mini-rubric.js";
import { runCli } from "../helpers/run-cli.js";
import { captureContext, cleanup, hostileDir, SEED, tempDir } from "../report/helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

describe("the answer that earns full points", () => {
  const rubrics = bundledRubricFiles().map((f) => { const o = loadRubric(f); if (!o.ok) throw new Error(f); return o.loaded.rubric; });

  it("every scored indicator of every bundled rubric: the named answer earns its max, from scratch and from a partial answer", () => {
    let checked = 0;
    for (const rubric of rubrics) {
      for (const ind of allIndicators(rubric)) {
        if (!ind.rule || ind.info_only || isBatchRelative(ind.rule)) continue;
        for (const current of [undefined, ind.input.type === "fraction" ? { a: 1, b: 68 } : undefined]) {
          const best = bestAnswer(ind.rule, ind.input, ind.max, current, "vi");
          expect(best, `${rubric.id} ${ind.code}`).toBeDefined();
          expect(applyRule(ind.rule, ind.input, best!.value, ind.max), `${rubric.id} ${ind.code} ${JSON.stringify(best!.value)}`).toBeCloseTo(ind.max, 6);
          expect(best!.words.length).toBeGreaterThan(0);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  // [name, rule, input, current answer, max, expected value, expected words (en)]
  it.each([
    ["a target above the input's max is reached as far as the max", { type: "target", target: 80 }, { type: "number", max: 50 }, 40, 20, 50, "≥ 50"],
    ["a count held by its max", { type: "per_unit", points: 5 }, { type: "count", max: 3 }, 1, 20, 3, "≥ 3"],
    ["an integer input rounds its measure up", { type: "bands", steps: [{ min: 2.5, points: 20 }] }, { type: "number", integer: true }, 2, 20, 3, "≥ 3"],
    ["a bands step above the input's max is out of reach: the best reachable step, at its lowest", { type: "bands", steps: [{ min: 60, points: 20 }, { min: 40, points: 15 }, { min: 20, points: 5 }] }, { type: "number", max: 50 }, 10, 20, 40, "≥ 40"],
    ["a whole number within a max that is not one", { type: "target", target: 80 }, { type: "number", integer: true, max: 50.5 }, 40, 20, 50, "≥ 50"],
    ["a fraction keeps its denominator and says the share asked for", { type: "target", target: 80 }, { type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" } }, { a: 1, b: 3 }, 20, { a: 3, b: 3 }, "a ≥ 3 / b = 3 (≥ 80 %)"],
    ["0 of 0 already has a = b: what is missing is a denominator", { type: "ratio" }, { type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" } }, { a: 0, b: 0 }, 20, { a: 100, b: 100 }, "b > 0 and a = b (100 %)"],
    ["a fraction with a denominator: a = b", { type: "ratio" }, { type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" } }, { a: 1, b: 4 }, 20, { a: 4, b: 4 }, "a = b = 4 (100 %)"],
    ["named by what a counts, with the unit", { type: "ratio" }, { type: "fraction", numerator: { vi: "Số CCVC chuyên trách", en: "Dedicated staff" }, denominator: { vi: "Tổng số CCVC", en: "All staff" }, unit: { vi: "người", en: "people" } }, { a: 1, b: 53 }, 20, { a: 53, b: 53 }, "Dedicated staff (a) = All staff (b) = 53 people (100 %)"],
    ["named, no denominator yet", { type: "ratio" }, { type: "fraction", numerator: { vi: "Số CCVC chuyên trách", en: "Dedicated staff" }, denominator: { vi: "Tổng số CCVC", en: "All staff" } }, null, 20, { a: 100, b: 100 }, "Dedicated staff (a) = All staff (b) (100 %)"],
    ["a falling piecewise is earned at or below its last best x (it said '≥ 0 days', which 7 days met)", { type: "piecewise", points: [[0, 20], [10, 0]] }, { type: "count", unit: { vi: "ngày", en: "days" } }, 7, 20, 0, "≤ 0 days"],
    ["a falling piecewise flat at its top: the last x of the top", { type: "piecewise", points: [[1, 20], [2, 20], [10, 0]] }, { type: "number" }, 7, 20, 2, "≤ 2"],
    ["a falling piecewise on a fraction keeps its denominator", { type: "piecewise", points: [[5, 20], [50, 0]] }, { type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" } }, { a: 30, b: 200 }, 20, { a: 10, b: 200 }, "a ≤ 10 / b = 200 (≤ 5 %)"],
    ["a rising piecewise: at least its first best x", { type: "piecewise", points: [[0, 0], [12, 15], [36, 30]] }, { type: "count" }, 26, 30, 36, "≥ 36"],
    ["a falling piecewise on a yes/no (having had an incident scores 0): no", { type: "piecewise", points: [[0, 20], [1, 0]] }, { type: "boolean" }, true, 20, false, "No"],
    ["a falling piecewise on a level: the level at its last best x", { type: "piecewise", points: [[1, 20], [2, 20], [5, 0]] }, { type: "level", min: 1, max: 5 }, 4, 20, 2, "Level 2"],
    ["a falling piecewise on a level whose best x is below the lowest level: the lowest level", { type: "piecewise", points: [[0, 20], [5, 0]] }, { type: "level", min: 1, max: 5 }, 4, 20, 1, "Level 1"],
    // Full points in a middle band, fewer on either side: "≥ 50 %" read as "the more the better" to one at 90 %.
    ["a piecewise rising to a middle band and falling after it, answered above the band: its top end", { type: "piecewise", points: [[0, 0], [50, 20], [70, 20], [100, 0]] }, { type: "percent" }, 90, 20, 70, "from 50 % to 70 %"],
    ["a piecewise rising to a middle band and falling after it, answered below the band: its low end", { type: "piecewise", points: [[0, 0], [50, 20], [70, 20], [100, 0]] }, { type: "percent" }, 30, 20, 50, "from 50 % to 70 %"],
    ["a middle band on a fraction keeps its denominator", { type: "piecewise", points: [[0, 0], [50, 20], [70, 20], [100, 0]] }, { type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" } }, { a: 90, b: 200 }, 20, { a: 100, b: 200 }, "a from 100 to 140 / b = 200 (from 50 % to 70 %)"],
    ["a peak at one point on a count", { type: "piecewise", points: [[0, 0], [4, 20], [10, 0]] }, { type: "count", unit: { vi: "cuộc họp", en: "meetings" } }, 9, 20, 4, "= 4 meetings"],
    ["high at both ends, low in the middle: the first end", { type: "piecewise", points: [[0, 20], [50, 0], [100, 20]] }, { type: "percent" }, 40, 20, 0, "≤ 0 %"],
  ] as [string, Rule, Input, unknown, number, unknown, string][])("%s", (_name, rule, input, current, max, value, words) => {
    expect(bestAnswer(rule, input, max, current, "en")).toEqual({ value, words });
  });

  // Under `when_missing: no_points` an agency's own figure, withheld for want of evidence, is no part of its
  // cohort's figures: it can be better than the cohort's best. The answer that earns the points is then the one
  // it gave (with its evidence), not a worse one: it read "3.2 Mbps per official" to an agency that had 4.41.
  it.each([
    ["relative to the best, above the cohort's best", { type: "relative_to_best" }, 4.41, "4.41"],
    ["relative to the best, at the cohort's best", { type: "relative_to_best" }, 3.2, "3.2"],
    ["min–max, lower is better, below the cohort's lowest", { type: "min_max", lower_is_better: true }, 1.2, "1.2"],
    ["min–max, higher is better, above the cohort's highest", { type: "min_max" }, 5, "5"],
  ] as [string, Rule, number, string][])("against the cohort, a figure already at least as good is kept: %s", (_name, rule, current, words) => {
    const cohort = { best: 3.2, min: 1.8, max: 3.2, count: 3 };
    expect(bestAnswer(rule, { type: "number" }, 15, current, "en", cohort)).toEqual({ value: current, words });
  });

  it.each([
    ["a percent as given (99.995 read 100 %)", { type: "percent" }, 99.995, "99,995 %"],
    ["a fraction's share cut to two decimals (1999 / 2000 read 100 %)", { type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" } }, { a: 1999, b: 2000 }, "1999 / 2000 (99,95 %)"],
    ["a number as given", { type: "number" }, 2.345, "2,345"],
    // assess showed "Câu trả lời hiện tại: 1e-7", a figure no officer types (found by helper officer29).
    ["a number String() writes with an exponent, in full", { type: "number" }, 1e-7, "0,0000001"],
    ["a percentage String() writes with an exponent, in full", { type: "percent" }, 5e-7, "0,0000005 %"],
    ["a date as Vietnamese write it (day first)", { type: "date" }, "2025-03-01", "01/03/2025"],
  ] as [string, Input, unknown, string][])("answers in words: %s", (_name, input, value, words) => {
    expect(describeValue(input, value, "vi")).toBe(words);
  });

  // [unit, one of it in English]
  it.each([
    ["meetings", "meeting"],
    ["authorities", "authority"],
    ["processes", "process"],
    ["million VND", "million VND"],
    ["firms per 1,000 residents", "firm per 1,000 residents"],
    ["Mbps per official", "Mbps per official"],
    ["Mbps", "Mbps"],
    ["applications/databases", "application/database"],
    // A noun ending in ss is no plural: 1 business, not 1 busines.
    ["business", "business"],
  ])("one of a unit: %s → %s (the counted noun, before 'per'; an abbreviation is no plural)", (unit, one) => {
    expect(unitFor(unit, 1, "en")).toBe(one);
    expect(unitFor(unit, 2, "en")).toBe(unit);
    expect(unitFor(unit, 1, "vi")).toBe(unit);
  });

  it("best_of names the case that can earn the most, not the one with the largest max (a choice of 5 or 3 under 20 lost to a yes/no worth 16)", () => {
    const input = { type: "parts", fields: [
      { id: "room", label: { vi: "Phòng máy", en: "Room" }, input: { type: "choice", options: [{ id: "good", label: { vi: "Tốt", en: "Good" }, points: 5 }, { id: "basic", label: { vi: "Cơ bản", en: "Basic" }, points: 3 }] } },
      { id: "cloud", label: { vi: "Đám mây", en: "Cloud" }, input: { type: "boolean" } },
    ] } as unknown as Input;
    const rule = { type: "best_of", cases: [{ field: "room", rule: { type: "choice" } }, { field: "cloud", max: 16, rule: { type: "fixed" } }] } as unknown as Rule;
    expect(bestAnswer(rule, input, 20, undefined, "en")?.value).toEqual({ cloud: true });
  });

  it("a sum with a best_of inside answers the nested fields too (the named answer left them out and understated the gain)", () => {
    const input = { type: "parts", fields: [
      { id: "x", label: { vi: "X", en: "X" }, input: { type: "boolean" } },
      { id: "y", label: { vi: "Y", en: "Y" }, input: { type: "boolean" } },
      { id: "z", label: { vi: "Z", en: "Z" }, input: { type: "boolean" } },
    ] } as unknown as Input;
    const rule = { type: "sum", parts: [
      { field: "x", max: 5, rule: { type: "fixed" } },
      { max: 5, rule: { type: "best_of", cases: [{ field: "y", rule: { type: "fixed" } }, { field: "z", max: 3, rule: { type: "fixed" } }] } },
    ] } as unknown as Rule;
    const best = bestAnswer(rule, input, 10, undefined, "en")!;
    expect(best.value).toEqual({ x: true, y: true });
    expect(applyRule(rule, input, best.value, 10)).toBe(10);
  });

  it("a deadline before the earliest day the answer takes names that day, not one the file cannot hold", () => {
    const rule = { type: "deadline", by: "2025-03-31", late_points: 2 } as unknown as Rule;
    const input = { type: "date", min: "2025-04-01", max: "2025-12-31" } as Input;
    expect(bestAnswer(rule, input, 10, undefined, "en")).toEqual({ value: "2025-04-01", words: "dated 2025-04-01 (the earliest the answer allows)" });
    expect(bestAnswer(rule, { type: "date" } as Input, 10, undefined, "en")?.value).toBe("2025-03-31");
  });

  // A date answered records when the plan was signed: after the deadline, advising an earlier one was advising to backdate it.
  it.each([
    ["before the deadline, answered late: the deadline itself", "2025-02-01", "2025-05-10", "2025-02-28"],
    ["on the deadline day, unanswered: the deadline itself", "2025-02-28", undefined, "2025-02-28"],
    ["after the deadline, answered late: nothing left (no backdating)", "2025-06-01", "2025-05-10", undefined],
    ["after the deadline, answered on time is not asked about; answered at all: nothing left", "2025-06-01", "2025-02-10", undefined],
    ["after the deadline, unanswered: the late points, dated from today", "2025-06-01", undefined, "2025-06-01"],
    ["after the deadline, unanswered as ?: the late points, dated from today", "2025-06-01", "?", "2025-06-01"],
    ["after the deadline and after the last date the answer takes: the deadline, if it was met (a conditional gain)", "2026-01-05", undefined, "2025-02-28"],
    ["after the deadline and after the last date the answer takes, answered late: nothing left (no backdating)", "2026-01-05", "2025-05-10", undefined],
    ["no day known (the pure engine alone): the deadline itself", undefined, "2025-05-10", "2025-02-28"],
  ])("a deadline judged on the day explain runs: %s", (_, today, current, expected) => {
    const rule = { type: "deadline", by: "2025-02-28", late_points: 10 } as unknown as Rule;
    const input = { type: "date", min: "2024-10-01", max: "2025-12-31" } as Input;
    expect(bestAnswer(rule, input, 20, current, "en", undefined, today)?.value).toBe(expected);
  });

  // A part with no field of its own (a sum or best_of nested in a case or a part) is judged on the same day:
  // it was advised "dated on or before 2025-02-28" months after, and credited the full points.
  it("a deadline nested in a sum or best_of without a field is judged on the day explain runs too", () => {
    const input = { type: "parts", fields: [
      { id: "plan", label: { vi: "Ngày ký", en: "Signed on" }, input: { type: "date", max: "2025-12-31" } },
      { id: "pub", label: { vi: "Công bố", en: "Published" }, input: { type: "boolean" } },
    ] } as unknown as Input;
    const deadline = { type: "deadline", by: "2025-02-28", late_points: 5 };
    const rule = { type: "best_of", cases: [
      { max: 20, rule: { type: "sum", parts: [{ field: "plan", max: 15, rule: deadline }, { field: "pub", max: 5, rule: { type: "fixed" } }] } },
      { field: "pub", max: 5, rule: { type: "fixed" } },
    ] } as unknown as Rule;
    expect(bestAnswer(rule, input, 20, { pub: true }, "en", undefined, "2025-06-01")?.value).toEqual({ plan: "2025-06-01", pub: true });
    // Signed late already: the date stays what it was (no backdating).
    expect(bestAnswer(rule, input, 20, { plan: "2025-05-10", pub: true }, "en", undefined, "2025-06-01")?.value).toEqual({ plan: "2025-05-10", pub: true });
    expect(bestAnswer(rule, input, 20, { pub: true }, "en", undefined, "2025-01-15")?.value).toEqual({ plan: "2025-02-28", pub: true });
  });

  it("after a deadline, the late answer says so in both languages, from the earliest date the answer takes", () => {
    const rule = { type: "deadline", by: "2025-02-28", late_points: 10 } as unknown as Rule;
    const input = { type: "date", min: "2025-07-01", max: "2025-12-31" } as Input;
    // With the last date the answer takes: "or later" alone let a date past it read as earning the late points.
    expect(bestAnswer(rule, input, 20, undefined, "en", undefined, "2025-06-01")).toEqual({ value: "2025-07-01", words: "dated 2025-07-01 or later, on or before 2025-12-31 (past the deadline, 2025-02-28: the late points)" });
    expect(bestAnswer(rule, input, 20, undefined, "vi", undefined, "2025-06-01")?.words).toBe("ban hành từ ngày 01/07/2025 đến hết ngày 31/12/2025 (đã quá hạn 28/02/2025: được điểm ban hành muộn)");
    // No last date: none to name.
    const open = { type: "date", min: "2025-07-01" } as Input;
    expect(bestAnswer(rule, open, 20, undefined, "en", undefined, "2025-06-01")?.words).toBe("dated 2025-07-01 or later (past the deadline, 2025-02-28: the late points)");
  });

  it("every rule of every bundled rubric reads as words in both languages", () => {
    for (const rubric of rubrics) for (const ind of allIndicators(rubric)) {
      if (!ind.rule) continue;
      for (const lang of ["vi", "en"] as const) {
        const words = ruleWords(ind.rule, ind.input, ind.max, lang);
        expect(words, `${rubric.id} ${ind.code}`).not.toMatch(/\{\w+\}|undefined|NaN|exp-/);
      }
    }
  });
});

describe("explainAgency (pure)", () => {
  const rubric = miniRubric();
  const explainMini = (answers: Parameters<typeof agency>[0]) => {
    const a = agency(answers);
    return explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, "en");
  };

  it("says points at the rubric's decimals, as the tables do (17.778 of 20 read 17.78)", () => {
    const three = miniRubric({ rounding: { decimals: 3 } });
    const a = agency({ "1.2": { value: { a: 8, b: 9 } } });
    const e = explainAgency({ rubric: three, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(three, a) }, "en");
    expect(e.indicators.find((x) => x.code === "1.2")!.why).toContain("17.778");
  });

  it("an answer short of the evidence the rubric gives points for (when_missing: no_points): says so, and lists the points it would earn once given", () => {
    const noPoints = miniRubric();
    (noPoints.groups[0]!.items[0] as { evidence?: unknown }).evidence = { required: true, when_missing: "no_points" };
    const a = agency({ "1.1": { value: true } });
    const e = explainAgency({ rubric: noPoints, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(noPoints, a) }, "en");
    expect(e.indicators.find((x) => x.code === "1.1")).toMatchObject({ points: 0, evidence_missing: 1 });
    expect(e.indicators.find((x) => x.code === "1.1")!.why).toContain("under the rubric the answer earns no points until they are added");
    expect(e.gains.find((g) => g.code === "1.1")).toMatchObject({ gain: 20, evidence_needed: 1 });
  });

  it("lists unanswered, N/A and low indicators by the rise of the total, with the answer that earns it", () => {
    const e = explainMini({
      "1.1": { value: false },
      "1.2": { value: { a: 1, b: 4 } },
      "1.3": null,
      "2.1": { value: 100 },
      "2.2": { value: 10 },
      "T.1": { value: 1 },
      "TR.1": { value: 1 },
    });
    expect(e.gains.map((g) => [g.code, g.kind])).toEqual([["1.1", "low"], ["1.3", "unanswered"], ["1.2", "low"], ["T.1", "low"]]);
    const byCode = Object.fromEntries(e.gains.map((g) => [g.code, g]));
    expect(byCode["1.1"]!.gain).toBe(20);
    expect(byCode["1.3"]!.answer).toBe("≥ 4");
    expect(byCode["1.2"]!.gain).toBe(15);
    expect(byCode["1.2"]!.answer).toBe("a = b = 4 (100 %)");
    expect(byCode["T.1"]!.gain).toBe(4);
    // Penalties are facts, not gains; the total with everything taken is capped by the scale.
    expect(e.gains.some((g) => g.code === "TR.1")).toBe(false);
    expect(e.total_if_all).toBeLessThanOrEqual(100);
    expect(e.total_if_all).toBe(e.total + e.gains_total);
  });

  it("deductions holding the total at 0 do not hide the gains (each read 0: 'no indicator can raise the total')", () => {
    // Base 0, 20 deducted: the total is held at 0, and no single answer but 2.1 (25 points) lifted it alone.
    const a = agency({ "1.1": { value: false }, "1.2": { value: { a: 0, b: 4 } }, "1.3": { value: 0 }, "2.1": { value: 0 }, "2.2": { value: 0 }, "T.1": { value: 0 }, "TR.1": { value: 2 } });
    const score = scoreAgency(rubric, a);
    expect([score.total, score.penalty.points]).toEqual([0, 20]);
    const e = explainMini(a.answers!);
    expect(e.deficit).toBe(20);
    expect(e.gains.map((g) => [g.code, g.gain])).toEqual([["2.1", 25], ["1.1", 20], ["1.2", 20], ["1.3", 20], ["2.2", 15], ["T.1", 8]]);
    // Everything answered: 100 + 8 bonus − 20.
    expect(e.total_if_all).toBe(88);
    const text = formatExplainText(e, { top: 0 });
    expect(text).not.toContain("No indicator can raise the total");
    expect(text).toContain("Deductions exceed the points earned by 20.00, so the total is held at 0");
    expect(formatExplainMarkdown(e, { top: 0 })).toContain("held at 0");
    // Not held: no deficit, and each gain is the rise of the total itself.
    const notHeld = explainMini({ "1.1": { value: true }, "TR.1": { value: 1 } });
    expect([notHeld.total, notHeld.deficit]).toEqual([10, 0]);
    expect(notHeld.gains.find((g) => g.code === "1.3")!.gain).toBe(20);
  });

  it("names the next band, the points it needs, and whether the gains left reach it", () => {
    // 0 of 100 with 20 deducted: Yếu; Khá from 50 %, and every gain together makes 88. The 20 the deductions
    // exceed the points by are made up first: 70 more, counted as the gains are (it said 50).
    const held = explainMini({ "1.1": { value: false }, "TR.1": { value: 2 } });
    expect(held.next_band).toMatchObject({ id: "kha", from: 50, needed: 70, reachable: true });
    expect(formatExplainText(held, { top: 3 })).toContain("Next band: Khá from 50.00 points, 70.00 more; the gains left are enough to reach it.");
    const notHeld = explainMini({ "1.1": { value: true }, "TR.1": { value: 1 } });
    expect([notHeld.total, notHeld.next_band?.id, notHeld.next_band?.needed]).toEqual([10, "kha", 40]);
    // The same answers where Tốt asks 95 %: 88 is the most the gains give, and it is said they do not reach it.
    const strict = miniRubric({ bands: { basis: "percent", levels: [{ id: "tot", min: 95, label: { vi: "Tốt", en: "Good" } }, { id: "yeu", min: 0, label: { vi: "Yếu", en: "Weak" } }] } });
    const a = agency({ "1.1": { value: false }, "TR.1": { value: 2 } });
    const far = explainAgency({ rubric: strict, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(strict, a) }, "vi");
    expect(far.next_band).toMatchObject({ id: "tot", from: 95, needed: 115, reachable: false });
    expect(formatExplainMarkdown(far, { top: 3 })).toContain("Mức xếp loại tiếp theo: Tốt từ 95,00 điểm, còn thiếu 115,00 điểm; các mục tăng điểm còn lại không đủ để đạt mức này.");
    // At the highest band there is none.
    const top = explainMini({ "1.1": { value: true }, "1.2": { value: { a: 4, b: 4 } }, "1.3": { value: 4 }, "2.1": { value: 100 }, "2.2": { value: 10 } });
    expect([top.band?.id, top.next_band]).toEqual(["tot", null]);
    expect(formatExplainText(top, { top: 3 })).not.toContain("Next band");
  });

  it("the gains table never cuts a code (4.22.10 read '4.22.…', which could be 4.22.1)", () => {
    const e = explainMini({});
    const gains = e.gains.map((g, i) => (i === 0 ? { ...g, code: "4.22.10" } : g));
    for (const width of [60, 80, undefined]) expect(formatExplainText({ ...e, gains }, { top: 0, ...(width ? { width } : {}) })).toMatch(/│ 4\.22\.10 │/);
  });

  it("an indicator of a nested group sits at its group's heading, not to the left of it (1.1.1.1 was under 1.1.1 but less indented)", () => {
    const t = (text: string) => ({ vi: text, en: text });
    const deep = miniRubric({
      groups: [
        { code: "1", title: t("One"), max: 60, items: [
          { code: "1.1", title: t("One-one"), max: 40, items: [
            { code: "1.1.1", title: t("Deep"), max: 40, items: [{ code: "1.1.1.1", title: t("Deepest"), max: 40, input: { type: "boolean" }, rule: { type: "fixed" } }] },
          ] },
          { code: "1.2", title: t("Shallow"), max: 20, input: { type: "boolean" }, rule: { type: "fixed" } },
        ] },
        { code: "2", title: t("Two"), max: 40, items: [{ code: "2.1", title: t("Flat"), max: 40, input: { type: "boolean" }, rule: { type: "fixed" } }] },
      ],
      aggregates: [],
    });
    const a = agency({ "1.1.1.1": { value: true }, "1.2": { value: true }, "2.1": { value: false } });
    const lines = formatExplainText(explainAgency({ rubric: deep, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(deep, a) }, "en"), { top: 0 }).split("\n");
    const at = (start: string) => lines.find((l) => l.trimStart().startsWith(start))!;
    const indent = (line: string) => line.length - line.trimStart().length;
    expect(indent(at("1.1.1 Deep"))).toBe(4);
    expect(indent(at("1.1.1.1  Deepest"))).toBe(4);
    expect(indent(lines[lines.indexOf(at("1.1.1.1  Deepest")) + 1]!)).toBe(8);
    // Indicators of a top-level group or of a group one level down stay 2 spaces in, as before.
    expect(indent(at("1.2  Shallow"))).toBe(2);
    expect(indent(at("2.1  Flat"))).toBe(2);
    expect(indent(lines[lines.indexOf(at("2.1  Flat")) + 1]!)).toBe(6);
  });

  it("the total's percentage is cut from the points to two decimals, as every report gives it (849.95 / 1000 is 84.99 %, below a band at 85 %)", () => {
    const e = { ...explainMini({}), total: 849.95, max: 1000, percent: 84.99 };
    expect(formatExplainText(e, { top: 0 })).toContain("849.95 / 1000 (84.99 %)");
    expect(formatExplainMarkdown(e, { top: 0 })).toContain("(84.99 %)");
  });

  it("an N/A that is rescaled gains only what beats the rest of its group", () => {
    const full = explainMini({ "1.1": { value: true }, "1.2": { na: true, reason: "none" }, "1.3": { value: 4 }, "2.1": { value: 100 }, "2.2": { value: 10 } });
    expect(full.gains.find((g) => g.code === "1.2")).toBeUndefined();
    const half = explainMini({ "1.1": { value: false }, "1.2": { na: true, reason: "none" }, "1.3": { value: 4 }, "2.1": { value: 100 }, "2.2": { value: 10 } });
    const g = half.gains.find((x) => x.code === "1.2")!;
    expect(g.kind).toBe("not_applicable");
    // Group 1: 20 of 40 applicable, rescaled to 30/60; with 1.2 at full: 40 of 60.
    expect(g.gain).toBe(10);
  });

  it("an answer written \"?\" is unanswered, and a gain as a value left out is (6.1.3 was missing from the gains)", async () => {
    const { ctx, out } = await captureContext("en");
    await explain(ctx, "examples/so-noi-vu-quang-binh-chua-xong.yaml", { format: "json", top: "0" });
    const e = JSON.parse(out());
    expect(e.indicators.find((i: { code: string }) => i.code === "6.1.3").status).toBe("unanswered");
    expect(e.gains.find((g: { code: string }) => g.code === "6.1.3")).toMatchObject({ gain: 20, answer: "the lowest of the cohort" });
  });

  it.each([
    ["en", "Online applications (a) / All applications (b) ≥ 50 %"],
    ["vi", "Số hồ sơ trực tuyến (a) / Tổng số hồ sơ tiếp nhận (b) ≥ 50 %"],
  ] as const)("%s: a share target with no denominator yet names a and b, not \"a/b\" alone (6.2.3)", async (lang, answer) => {
    const { ctx, out } = await captureContext(lang);
    await explain(ctx, "examples/so-noi-vu-quang-binh-chua-xong.yaml", { format: "json", top: "0" });
    expect(JSON.parse(out()).gains.find((g: { code: string }) => g.code === "6.2.3").answer).toBe(answer);
  });

  it("indicators that do not apply to the agency type are never gains", () => {
    const a = agency({ "1.1": { value: true }, "1.2": { value: { a: 1, b: 1 } }, "1.3": { value: 4 }, "2.2": { value: 1 } }, { type: "commune" });
    const e = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, "vi");
    expect(e.gains.find((x) => x.code === "2.1")).toBeUndefined();
    expect(e.indicators.find((x) => x.code === "2.1")!.why).toContain("Không áp dụng cho loại cơ quan");
  });
});

describe("egov-score explain FILE", () => {
  it("the seed agency: every indicator, then its largest gains", async () => {
    const { ctx, out } = await captureContext("en");
    expect(await explain(ctx, SEED, {})).toBe(0);
    const text = out();
    expect(text).toContain("Sở Khoa học và Công nghệ tỉnh Quảng Bình (qb-skhcn)");
    expect(text).toMatch(/6\.1\.2 {2}Digital signatures .* 25\.00 \/ 25/);
    expect(text).toContain("Answer: 13 certificates");
    expect(text).toContain("Largest gains left");
    expect(text).toMatch(/│ 6\.2\.2 +│ Partly and fully online public .*│ +17\.00 \/ 40 │ +\+23\.00 │/);
    expect(text).toContain("… and 15 smaller gains");
    expect(text).toContain("† Provisional: 3.3, 6.1.3 are compared with the other agencies of the cohort, but no other agency of the cohort gave a figure for them in this scoring");
  });

  it("one provisional indicator is one ('3.1 are scored' read wrong)", async () => {
    const { ctx, out } = await captureContext("en");
    await explain(ctx, "examples/so-noi-vu-quang-binh-chua-xong.yaml", {});
    expect(out()).toContain("† Provisional: 3.3 is compared with the other agencies of the cohort");
  });

  it("the gains table fits the terminal (it was 115 columns at any width); in a file it keeps its full width", () => {
    const outcome = loadRubric("rubrics/dti-cap-so.yaml");
    if (!outcome.ok) throw new Error("rubric");
    const seed = parse(readFileSync(SEED, "utf8"), { stringKeys: true }) as AgencyFile;
    const e = explainAgency({ rubric: outcome.loaded.rubric, sha256: "0".repeat(64), file: "a.yaml", agency: seed, score: scoreAgency(outcome.loaded.rubric, seed) }, "vi");
    const widest = (text: string) => Math.max(...text.split("\n").filter((l) => /^[┌│└├]/.test(l)).map((l) => [...l].length));
    for (const width of [80, 100]) expect(widest(formatExplainText(e, { top: 0, width })), `${width} columns`).toBeLessThanOrEqual(width);
    expect(widest(formatExplainText(e, { top: 0 }))).toBe(115);
  });

  it("the answer column of the gains is as wide as its answers need, the titles taking the rest (answers of 'Yes' left 40 columns empty)", async () => {
    const { runCli } = await import("../helpers/run-cli.js");
    const r = await runCli(["explain", "examples/losi/hue-portal-2022.yaml", "--lang", "en", "--no-color"], { columns: 120 });
    const table = r.stdout.slice(r.stdout.indexOf("Largest gains left"));
    const head = table.split("\n").find((l) => l.startsWith("│ Code"))!;
    expect(head).toMatch(/│ Answer that earns them │$/);
    // The first gain's title on one line more than it had at 34 columns.
    expect(table).toContain("│ Portal names the unit or official in charge of the   │");
  });

  it("on a terminal 60 columns wide every line fits, its sentences wrapped at spaces (249 of 395 lines were wider)", async () => {
    const { runCli } = await import("../helpers/run-cli.js");
    const { stripVTControlCharacters } = await import("node:util");
    const { default: stringWidth } = await import("string-width");
    for (const lang of ["vi", "en"]) {
      const r = await runCli(["explain", SEED, "--lang", lang, "--no-color"], { columns: 60 });
      const lines = r.stdout.split("\n");
      expect(Math.max(...lines.map((l) => stringWidth(stripVTControlCharacters(l)))), lang).toBeLessThanOrEqual(60);
      // Wrapped, not cut: no word is split across two lines.
      expect(r.stdout.replace(/\s+/g, " ")).toContain(lang === "vi" ? "Tổng điểm" : "Total");
    }
    // Piped, nothing is wrapped.
    const piped = await runCli(["explain", SEED, "--lang", "vi"]);
    expect(Math.max(...piped.stdout.split("\n").map((l) => [...l].length))).toBeGreaterThan(60);
  });

  it("json lists every gain, largest first; md is a table for a pull request", async () => {
    const j = await captureContext("vi");
    expect(await explain(j.ctx, SEED, { format: "json" })).toBe(0);
    const e = JSON.parse(j.out());
    expect(e.tool.name).toBe("egov-score");
    expect(e.rubric).toMatchObject({ id: "dti-cap-so", version: "2025.1" });
    expect(e.gains.length).toBe(25);
    for (let i = 1; i < e.gains.length; i++) expect(e.gains[i].gain).toBeLessThanOrEqual(e.gains[i - 1].gain);
    expect(e.indicators).toHaveLength(50); // 44 + 2 information-only + 2 bonus + 2 penalty items
    const m = await captureContext("vi");
    expect(await explain(m.ctx, SEED, { format: "md", top: "3" })).toBe(0);
    expect(m.out()).toContain("#### Cơ hội tăng điểm lớn nhất (25)");
    expect(m.out().split("\n").filter((l) => /^\| (T\.1|6\.2\.2|6\.4\.2) /.test(l))).toHaveLength(3 + 3);
    // The total if all were made is said to count the gains not listed too (it read "all of the items above").
    expect(m.out()).toContain("Nếu đạt được tất cả 25 mục có thể tăng điểm (cả các mục không liệt kê ở trên)");
    const all = await captureContext("vi");
    expect(await explain(all.ctx, SEED, { format: "md", top: "0" })).toBe(0);
    expect(all.out()).toContain("Nếu đạt được tất cả các mục trên");
  });

  it("--verified explains the collector's score", async () => {
    const { ctx, out } = await captureContext("en");
    expect(await explain(ctx, "examples/so-tai-chinh-quang-binh.yaml", { verified: true, format: "json" })).toBe(0);
    const e = JSON.parse(out());
    expect(e.basis).toBe("verified");
    // The verified indicator says what the agency claimed and what the collector noted (it said only "From the verified value").
    const i614 = e.indicators.find((i: { code: string }) => i.code === "6.1.4");
    expect(i614.why).toBe("10.00 of 25. From the verified value. Self-assessed: 3 units, 15.00 points. Verification note: Phòng Quản lý giá chưa có quyết định áp dụng ISO điện tử. Verified by Sở Khoa học và Công nghệ on 2025-10-08.");
    expect(i614.self).toEqual({ value: 3, points: 15, status: "scored" });
    // The day of the verification as its own field, as score's json gives it (a reader had to take it out of the note).
    expect(i614.verified_on).toBe("2025-10-08");
    // Who verified too, and the note the collector's words alone, as score's json gives them.
    expect([i614.verified_note, i614.verified_by]).toEqual(["Phòng Quản lý giá chưa có quyết định áp dụng ISO điện tử.", "Sở Khoa học và Công nghệ"]);
    // Its gain is on the collector's figure, and says so (the officer's own answer may already claim it); others are not marked.
    const marked = e.gains.filter((g: { verified?: boolean }) => g.verified).map((g: { code: string }) => g.code);
    expect(marked).toContain("6.1.4");
    expect(e.gains.filter((g: { verified?: boolean }) => !g.verified).length).toBeGreaterThan(0);
    const text = await captureContext("en");
    await explain(text.ctx, "examples/so-tai-chinh-quang-binh.yaml", { verified: true, top: "0", format: "md" });
    // As the vi says it, "chưa đạt tối đa": "low score" was said of 22.50/30, and of a bonus not earned yet.
    expect(text.out()).toContain("(short of the max · on the verified figure)");
    const scored = JSON.parse((await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"])).stdout);
    expect(e.total).toBe(scored.rubrics[0].agencies[0].verified.total);
    expect(e.total).not.toBe(scored.rubrics[0].agencies[0].score.total);
    const s = await captureContext("en");
    // No verified value at all: no "see the warning above" (there was none).
    await expect(explain(s.ctx, SEED, { verified: true })).rejects.toMatchObject({ key: "exp-no-verified-none" });
    // Only a value on an indicator its type leaves out (5.7 for a vertical agency): ignored, with a warning to point to.
    const dir = tempDir(temps);
    const kho = parse(readFileSync("examples/kho-bac-quang-binh.yaml", "utf8")) as AgencyFile;
    kho.answers!["5.7"] = { value: true, verified: { value: false, by: "Sở KH&CN", date: "2026-04-10" } } as never;
    writeFileSync(path.join(dir, "kho.yaml"), stringify(kho));
    await expect(explain(s.ctx, path.join(dir, "kho.yaml"), { verified: true })).rejects.toMatchObject({ key: "exp-no-verified" });
  });

  // 4.1 (the agency's headcount) earns nothing: its why read "Not scored. Self-assessed: 95 people, 0.00 points.", as if
  // points were lost, and did not say the figure shown is the collector's.
  it.each([
    ["en", "Not scored. From the verified value. Self-assessed: 95 people. Verified by Sở KH&CN on 2025-10-08."],
    ["vi", "Không tính điểm. Theo giá trị thẩm định. Tự chấm: 95 người. Sở KH&CN thẩm định ngày 08/10/2025."],
  ])("--verified on an information-only indicator (%s): the agency's figure, no points", async (lang, why) => {
    const file = path.join(tempDir(temps), "stc.yaml");
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace(`"4.1": {value: 95}`, `"4.1": {value: 95, verified: {value: 90, by: "Sở KH&CN", date: "2025-10-08"}}`);
    expect(text).toContain("verified: {value: 90");
    writeFileSync(file, text);
    const { ctx, out } = await captureContext(lang as "vi" | "en");
    expect(await explain(ctx, file, { verified: true, format: "json" })).toBe(0);
    expect(JSON.parse(out()).indicators.find((i: { code: string }) => i.code === "4.1").why).toBe(why);
  });

  describe("--batch: explained as the batch ranks it", () => {
    const DTI = ["so-khcn-quang-binh", "ban-qlkkt-quang-binh", "kho-bac-quang-binh", "so-noi-vu-quang-binh-chua-xong", "so-tai-chinh-quang-binh"].map((n) => `examples/${n}.yaml`);
    const explained = async (file: string, batch: string[] | undefined, extra: Record<string, unknown> = {}) => {
      const { ctx, out, err } = await captureContext("en");
      const code = await explain(ctx, file, { ...(batch ? { batch } : {}), format: "json", top: "0", ...extra });
      return { code, e: JSON.parse(out() || "null") as Record<string, any>, err: err() };
    };

    it("every agency's total and statuses are the ones score gives the batch; invalid files named as left out", async () => {
      const report = JSON.parse((await runCli(["score", "examples", "--format", "json"])).stdout);
      type Scored = { file: string; score: { total: number; indicators: { code: string; status: string }[] } };
      const scored = new Map<string, Scored>(report.rubrics.find((s: { id: string }) => s.id === "dti-cap-so").agencies.map((a: Scored) => [a.file, a]));
      for (const file of DTI) {
        const { code, e, err } = await explained(file, ["examples"]);
        const { score } = scored.get(file)!;
        expect([code, e.total]).toEqual([0, score.total]);
        expect(e.indicators.map((i: { code: string; status: string }) => [i.code, i.status])).toEqual(score.indicators.map((i) => [i.code, i.status]));
        // The vertically managed Treasury is alone in its cohort: provisional there, as score has it.
        expect(e.batch).toEqual(file.includes("kho-bac")
          ? { agencies: 5, cohort: "nganh-doc", cohort_label: "Vertically managed agencies", cohort_size: 1 }
          : { agencies: 5, cohort: "so-nganh", cohort_label: "Departments and boards", cohort_size: 4 });
        expect(err).toContain("1 file of the batch is invalid or repeats an agency id and is left out of the cohorts: examples/invalid/so-xay-dung-loi.yaml");
      }
      expect((await explained(DTI[0]!, ["examples"])).e.indicators.filter((i: { status: string }) => i.status === "provisional")).toEqual([]);
      // Alone, the same file is provisional and scores otherwise.
      const alone = await explained(DTI[0]!, undefined);
      expect(alone.e.indicators.some((i: { status: string }) => i.status === "provisional")).toBe(true);
    });

    it("each gain is what score gives the batch with that answer: the cohort's best moves with it", async () => {
      const file = "examples/so-noi-vu-quang-binh-chua-xong.yaml";
      const { e } = await explained(file, ["examples"]);
      const relative = e.gains.filter((g: { code: string }) => ["3.3", "6.1.3"].includes(g.code));
      expect(relative.map((g: { code: string; answer: string }) => [g.code, g.answer])).toEqual([
        ["6.1.3", "1.2 days, the lowest of the cohort now"], ["3.3", "4.41 Mbps per official, as high as the best agency of the cohort now"],
      ]);
      const dir = tempDir(temps);
      for (const f of DTI.filter((f) => f !== file)) writeFileSync(path.join(dir, path.basename(f)), readFileSync(f));
      const batchTotal = async (doc: AgencyFile) => {
        writeFileSync(path.join(dir, "own.yaml"), stringify(doc));
        const r = JSON.parse((await runCli(["score", dir, "--format", "json"])).stdout);
        return r.rubrics[0].agencies.find((a: { file: string }) => a.file.endsWith("own.yaml")).score.total as number;
      };
      const original = parse(readFileSync(file, "utf8")) as AgencyFile;
      expect(await batchTotal(original)).toBe(e.total);
      for (const [code, value] of [["6.1.3", 1.2], ["3.3", 4.41]] as const) {
        const doc = structuredClone(original);
        const answer = (doc.answers![code] ?? {}) as Record<string, unknown>;
        doc.answers![code] = { ...answer, value, evidence: [{ number: "1/KH", date: "2025-03-01", title: "Kế hoạch" }] } as never;
        const gain = relative.find((g: { code: string }) => g.code === code).gain as number;
        expect(Number((await batchTotal(doc) - e.total).toFixed(2)), code).toBe(gain);
      }
    });

    it("a rule relative to a cohort whose best is 0 is a gain: any value above it is the new best (it said 'from 0 to 0', no gain)", async () => {
      const dir = tempDir(temps);
      const xa = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
      writeFileSync(path.join(dir, "a.yaml"), xa);
      writeFileSync(path.join(dir, "b.yaml"), xa.replace("id: tn-xa-can-giuoc", "id: tn-xa-khac"));
      expect(xa).toContain("id: tn-xa-can-giuoc");
      const { e } = await explained(path.join(dir, "a.yaml"), [dir]);
      const gain = e.gains.find((g: { code: string }) => g.code === "4.9");
      expect(gain?.gain).toBe(20);
      const doc = parse(xa) as AgencyFile;
      doc.answers!["4.9"] = { ...(doc.answers!["4.9"] as object), value: 100 } as never;
      writeFileSync(path.join(dir, "a.yaml"), stringify(doc));
      const r = JSON.parse((await runCli(["score", dir, "--format", "json"])).stdout);
      const after = r.rubrics[0].agencies.find((x: { file: string }) => x.file.endsWith("a.yaml")).score.total as number;
      expect(Number((after - e.total).toFixed(2))).toBe(20);
    });

    // A batch path that is not there was named before the invalid files, even when given last (score lists them in the command line's order).
    it("names the files left out in the order the batch's paths were given, a path not there where it was named", async () => {
      const dir = tempDir(temps);
      writeFileSync(path.join(dir, "a.yaml.txt"), readFileSync(DTI[0]!));
      writeFileSync(path.join(dir, "b.yaml"), readFileSync("examples/invalid/so-xay-dung-loi.yaml"));
      const missing = path.join(dir, "khong-co.yaml");
      const { code, err } = await explained(DTI[2]!, ["examples/invalid", DTI[4]!, missing, dir]);
      expect(code).toBe(0);
      expect(err).toContain(`3 files of the batch are invalid or repeat an agency id and are left out of the cohorts: examples/invalid/so-xay-dung-loi.yaml, ${path.join(dir, "a.yaml.txt")}, ${path.join(dir, "b.yaml")};`);
      expect(err).toContain(`1 path of the batch could not be read (not there, or not readable) and is left out of the cohorts: ${missing}\n`);
    });

    // A path not there, or a folder that cannot be read, was named among the files that "are invalid, missing or unreadable,
    // or repeat an agency id", with "run score on the batch to see why": it is counted apart, and said what it is.
    it.skipIf(process.platform === "win32").each([
      ["en", "1 file of the batch is invalid or repeats an agency id and is left out of the cohorts: examples/invalid/so-xay-dung-loi.yaml; run score on the batch to see why", "2 paths of the batch could not be read (not there, or not readable) and are left out of the cohorts: "],
      ["vi", "1 tệp trong lô không hợp lệ hoặc trùng mã cơ quan với tệp khác, không được tính vào khối xếp hạng: examples/invalid/so-xay-dung-loi.yaml; chạy score với lô để xem lý do", "2 đường dẫn trong lô không đọc được (không có, hoặc có nhưng không đọc được), không được tính vào khối xếp hạng: "],
    ])("%s: the batch's paths that could not be read are counted apart from its invalid files", async (lang, invalidLine, notReadLine) => {
      const dir = tempDir(temps);
      const missing = path.join(dir, "khong-co.yaml"), loop = path.join(dir, "loop");
      symlinkSync(loop, loop);
      const r = await runCli(["--lang", lang, "explain", DTI[2]!, "--batch", "examples/invalid", missing, `${loop}/*.yaml`, DTI[4]!]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`${invalidLine}\n`);
      expect(r.stderr).toContain(`${notReadLine}${missing}, ${loop}\n`);
    });

    it("says which batch files take no part: another rubric's, and those with this agency's id (no mistake of the batch)", async () => {
      const dir = tempDir(temps);
      writeFileSync(path.join(dir, "same.yaml"), readFileSync(DTI[0]!));
      writeFileSync(path.join(dir, "other.yaml"), readFileSync("examples/xa-can-giuoc-tay-ninh.yaml"));
      const { code, e, err } = await explained(DTI[0]!, [dir]);
      expect([code, e.batch.agencies]).toEqual([0, 1]);
      expect(err).toContain(`1 file of the batch has this agency's id and is left out, the file explained standing for it: ${path.join(dir, "same.yaml")}`);
      expect(err).toContain("1 valid file of the batch answers other rubrics (dti-cap-xa 2025.2) and is no part of this file's cohorts");
      expect(err).not.toContain("run score on the batch");
    });

    it("an agency with no verified value of its own is not said to hold some; its cohort's moved its figures", async () => {
      const dir = tempDir(temps);
      for (const f of DTI) writeFileSync(path.join(dir, path.basename(f)), readFileSync(f));
      // The Home Affairs department's bandwidth verified above the cohort's best: every other agency's 3.3 moves.
      const noiVu = parse(readFileSync("examples/so-noi-vu-quang-binh-chua-xong.yaml", "utf8")) as AgencyFile;
      noiVu.answers!["3.3"] = { ...(noiVu.answers!["3.3"] as object), verified: { value: 9 } } as never;
      writeFileSync(path.join(dir, "so-noi-vu-quang-binh-chua-xong.yaml"), stringify(noiVu));
      const { ctx, err } = await captureContext("en");
      expect(await explain(ctx, path.join(dir, "so-khcn-quang-binh.yaml"), { batch: [dir] })).toBe(0);
      expect(err()).not.toContain("This file holds the collector's verified values");
      const report = JSON.parse((await runCli(["score", dir, "--format", "json"])).stdout);
      const own = report.rubrics[0].agencies.find((a: { file: string }) => a.file.endsWith("so-khcn-quang-binh.yaml"));
      expect(own.verified).toBeDefined();
      expect(err()).toContain(`Verified values of other agencies of the batch move its cohort's figures: this agency's verified score is ${own.verified.total.toFixed(2)}`);
      // Its verified score explained: the indicator the cohort's figures moved says so, with the self-assessed points.
      const v = await captureContext("en");
      expect(await explain(v.ctx, path.join(dir, "so-khcn-quang-binh.yaml"), { batch: [dir], verified: true, format: "json" })).toBe(0);
      const e = JSON.parse(v.out());
      expect(e.total).toBe(own.verified.total);
      const i33 = e.indicators.find((i: { code: string }) => i.code === "3.3");
      expect(i33.why).toContain("Rescored against the cohort's verified figures (self-assessed: 15.00 points).");
      expect(i33.self).toEqual({ value: 4.41, points: 15, status: "scored" });
    });

    it("--verified: a confirmed value the cohort's figures moved says rescored; an ignored one says nothing; a min-max's best is its lowest", async () => {
      const dir = tempDir(temps);
      for (const f of DTI) writeFileSync(path.join(dir, path.basename(f)), readFileSync(f));
      const edit = (name: string, code: string, verified: Record<string, unknown>) => {
        const doc = parse(readFileSync(path.join(dir, name), "utf8")) as AgencyFile;
        doc.answers![code] = { ...(doc.answers![code] as object ?? {}), verified } as never;
        writeFileSync(path.join(dir, name), stringify(doc));
      };
      edit("so-khcn-quang-binh.yaml", "6.1.3", { value: 1.8, note: "Khớp thống kê" }); // confirms its own 1.8
      edit("ban-qlkkt-quang-binh.yaml", "6.1.3", { value: 0.5 }); // the cohort's fastest now
      edit("kho-bac-quang-binh.yaml", "5.7", { value: true, note: "z" }); // 5.7 is not for vertical agencies
      edit("kho-bac-quang-binh.yaml", "1.1", { value: 2 });
      const { e } = await explained(path.join(dir, "so-khcn-quang-binh.yaml"), [dir], { verified: true });
      const i613 = e.indicators.find((i: { code: string }) => i.code === "6.1.3");
      expect(i613.why).toContain("Rescored against the cohort's verified figures (self-assessed: 11.43 points).");
      expect(i613.cohort).toMatchObject({ best: 0.5, min: 0.5 });
      const kho = (await explained(path.join(dir, "kho-bac-quang-binh.yaml"), [dir], { verified: true })).e;
      const i57 = kho.indicators.find((i: { code: string }) => i.code === "5.7");
      expect([i57.self, i57.verified_note, i57.why.includes("Self-assessed")]).toEqual([undefined, undefined, false]);
      // The table says the same of the confirmed value: its note, and that the cohort's figures moved it.
      const table = (await runCli(["score", dir])).stdout;
      expect(table).toMatch(/6\.1\.3: 11\.43 → 0\.00 \(−11\.43\) · Khớp thống kê · rescored against the cohort's verified figures/);
    });

    it("a file outside the batch's folders joins its cohort; standard input can be read once", async () => {
      const dir = tempDir(temps);
      writeFileSync(path.join(dir, "one.yaml"), readFileSync(DTI[1]!));
      const { code, e } = await explained(DTI[0]!, [dir]);
      expect([code, e.batch.agencies, e.batch.cohort_size]).toEqual([0, 2, 2]);
      const { ctx } = await captureContext("en");
      await expect(explain(ctx, "-", { batch: ["-"] })).rejects.toBeInstanceOf(UsageError);
    });
  });

  it("an invalid file exits 1 with its located errors; a folder is a usage error", async () => {
    const { ctx, err } = await captureContext("en");
    expect(await explain(ctx, "examples/invalid/so-xay-dung-loi.yaml", {})).toBe(1);
    expect(err()).toMatch(/so-xay-dung-loi\.yaml:\d+:\d+ error/);
    // Why nothing is explained, and what to run meanwhile.
    expect(err()).toContain("explain explains a valid file only: fix the errors above (check with egov-score validate examples/invalid/so-xay-dung-loi.yaml), then run it again; meanwhile egov-score assess examples/invalid/so-xay-dung-loi.yaml shows the score so far");
    // A file that is not even YAML (a repeated key) cannot be resumed by assess: only fixing is said.
    const broken = path.join(tempDir(temps), "lap.yaml");
    writeFileSync(broken, readFileSync(SEED, "utf8").replace('answers:\n', 'answers:\n  "1.1": {value: 1}\n'));
    const b = await captureContext("en");
    expect(await explain(b.ctx, broken, {})).toBe(1);
    expect(b.err()).toContain("explain explains a valid file only: fix the errors above, then check with egov-score validate");
    expect(b.err()).not.toContain("assess");
    // Read from standard input, there is no file to name: validate reads it again from there, assess cannot.
    const s = await captureContext("en");
    s.ctx.io.readStdin = async () => readFileSync("examples/invalid/so-xay-dung-loi.yaml");
    expect(await explain(s.ctx, "-", {})).toBe(1);
    expect(s.err()).toContain("explain explains a valid file only: fix the errors above, then check with egov-score validate -\n");
    expect(s.err()).not.toContain("<stdin>\"");
    expect(s.err()).not.toContain("assess");
    // A file of another version of its rubric, or of a rubric egov-score does not have: assess does not resume it as it
    // is (it offers an earlier version's file the move, which the finding's hint names), so "meanwhile assess shows the
    // score so far" is not said; only fixing is.
    for (const edit of [(t: string) => t.replace('version: "2025.1"', 'version: "2024.1"'), (t: string) => t.replace("id: dti-cap-so,", "id: qb-so-2025,")]) {
      const other = path.join(tempDir(temps), "other.yaml");
      writeFileSync(other, edit(readFileSync(SEED, "utf8")));
      const o = await captureContext("en");
      expect(await explain(o.ctx, other, {})).toBe(1);
      expect(o.err()).toContain("explain explains a valid file only: fix the errors above, then check with egov-score validate");
      expect(o.err()).not.toContain("meanwhile egov-score assess");
    }
    const f = await captureContext("en");
    await expect(explain(f.ctx, "examples/", {})).rejects.toBeInstanceOf(UsageError);
    await expect(explain(f.ctx, SEED, { top: "-1" })).rejects.toBeInstanceOf(UsageError);
    await expect(explain(f.ctx, SEED, { format: "html" })).rejects.toBeInstanceOf(UsageError);
  });

  it.each([
    // 2025-06-01 in Vietnam: the plan's deadline (28/02/2025) passed, the year's answers still open.
    // Unanswered: the late points for sure, and the deadline's if the plan was in fact issued in time.
    ["1748736000", "unanswered", [["1.4", 10, "+10 now: answer the date it is issued, by 2025-12-31; if it was already issued on or before 2025-02-28: +20, answer that date"]]],
    ["1748736000", "2025-03-20", []],
    // 2025-01-15: the deadline ahead, a later date can still be brought forward.
    ["1736899200", "2025-03-20", [["1.4", 10, "dated on or before 2025-02-28"]]],
    // 2026-01-05: past the last date the answer takes (2025-12-31): the points only if the plan was issued in time.
    ["1767571200", "unanswered", [["1.4", 20, "if it was issued on or before 2025-02-28: answer its date (issued later, by 2025-12-31: the late points)"]]],
  ])("a deadline gain depends on the day explain runs (SOURCE_DATE_EPOCH %s, plan %s)", async (epoch, plan, gains) => {
    const file = path.join(tempDir(temps), "plan.yaml");
    const text = readFileSync(SEED, "utf8");
    writeFileSync(file, plan === "unanswered" ? text.replace(/  "1\.4":\n(    .*\n)+/, "") : text.replace('value: "2025-02-14"', `value: "${plan}"`));
    const r = await runCli(["explain", file, "--format", "json", "--lang", "en"], { env: { SOURCE_DATE_EPOCH: epoch } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gains.filter((g: { code: string }) => g.code === "1.4").map((g: { code: string; gain: number; answer: string }) => [g.code, g.gain, g.answer])).toEqual(gains);
  });

  it("-o writes the file atomically and never overwrites without --force", async () => {
    const file = path.join(tempDir(temps), "e.md");
    const a = await captureContext("en");
    expect(await explain(a.ctx, SEED, { format: "md", output: file })).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^### Sở Khoa học/);
    // The command refuses; main() says it as a usage error (exit 2), as for every command that writes -o.
    await expect(explain(a.ctx, SEED, { format: "md", output: file })).rejects.toBeInstanceOf(FileExistsError);
    const again = await runCli(["explain", SEED, "--format", "md", "-o", file, "--lang", "en"]);
    expect([again.code, again.stderr]).toEqual([2, `${file} exists; use --force to overwrite it\n`]);
    expect(await explain(a.ctx, SEED, { format: "md", output: file, force: true })).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it("-o without --format takes the format its extension names, as score -o does (gains.json was written as text)", async () => {
    const dir = tempDir(temps);
    for (const [name, check] of [["e.json", (t: string) => JSON.parse(t).gains.length > 0], ["e.md", (t: string) => t.startsWith("### ")], ["e.txt", (t: string) => !t.startsWith("{") && !t.startsWith("#")]] as const) {
      const r = await runCli(["explain", SEED, "-o", path.join(dir, name)]);
      expect(r.code, r.stderr).toBe(0);
      expect(check(readFileSync(path.join(dir, name), "utf8")), name).toBe(true);
    }
    // --format still decides when given.
    expect((await runCli(["explain", SEED, "--format", "md", "-o", path.join(dir, "f.json")])).code).toBe(0);
    expect(readFileSync(path.join(dir, "f.json"), "utf8")).toMatch(/^### /);
  });

  it("hostile notes and names stay inert in markdown", async () => {
    const dir = hostileDir(temps);
    const { ctx, out } = await captureContext("en");
    expect(await explain(ctx, path.join(dir, "hostile.yaml"), { format: "md", top: "0" })).toBe(0);
    expect(out()).not.toMatch(/<script|<img|<svg|<\/style/i);
    expect(out()).toContain("&lt;script&gt;");
  });

  it("a penalty item: nothing deducted shows no minus sign, and an unanswered one deducts nothing", () => {
    const rubric = miniRubric();
    const penalty = rubric.penalty!.items[0]!;
    const a = agency({ "1.1": { value: false } });
    const e = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, "en");
    const item = e.indicators.find((i) => i.code === penalty.code)!;
    expect(item.status).toBe("unanswered");
    expect(item.why).toBe("Unanswered: nothing deducted (if it did not happen, answer 0 or no).");
    const text = formatExplainText(e, { top: 0, style: { bold: (s) => s, dim: (s) => s, green: (s) => s, yellow: (s) => `!${s}!` } });
    const line = text.split("\n").find((l) => l.startsWith(`  ${penalty.code}  `))!;
    expect(line).toContain(` 0.00 / ${penalty.max}`);
    expect(line).not.toContain("−");
    expect(text).not.toContain(`!${item.why}!`);
  });

  it("formatters accept a style and list everything with --top 0", async () => {
    const rubric = miniRubric();
    const a = agency({ "1.1": { value: false } });
    const e = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, "en");
    const marked = formatExplainText(e, { top: 0, style: { bold: (s) => `*${s}*`, dim: (s) => s, green: (s) => `+${s}+`, yellow: (s) => s } });
    expect(marked).toContain("*Largest gains left");
    expect(marked).not.toContain("smaller gains");
    expect(formatExplainMarkdown(e, { top: 1 })).toContain("smaller gains");
  });
});

describe("bestAnswer with the cohort's figures (explain --batch)", () => {
  const share: Input = { type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" } };
  const cohort = { best: 60, min: 12.5, max: 60, count: 4 };
  it.each([
    ["higher is better: the highest share, over the agency's own b", { type: "min_max" }, { a: 12, b: 20 }, { a: 12, b: 20 }],
    ["lower is better: at most the lowest share, rounded down", { type: "min_max", lower_is_better: true }, { a: 5, b: 20 }, { a: 2, b: 20 }],
    ["relative to the best", { type: "relative_to_best" }, { a: 1, b: 10 }, { a: 6, b: 10 }],
  ])("%s", (_name, rule, current, value) => {
    const best = bestAnswer(rule as Rule, share, 10, current, "en", cohort);
    expect(best?.value).toEqual(value);
    expect(applyRule(rule as Rule, share, best!.value, 10, { cohort })).toBe(10);
  });
});

describe("groupArithmetic: how a group's points come from its children's", () => {
  const e = { lang: "en", decimals: 2 } as unknown as Explanation;
  const group = (over: Partial<ExplainedGroup>): ExplainedGroup => ({ code: "3", title: { vi: "", en: "" }, depth: 0, points: 10, max: 20, excluded: false, earned: 10, applicable_max: 20, rescaled: false, aggregate: "sum", ...over });
  it.each([
    ["a plain sum: nothing to say", group({}), ""],
    ["rescaled", group({ points: 13.33, earned: 10, applicable_max: 15, rescaled: true }), "= 10.00 × 20 / 15: rescaled, indicators left out as N/A or not for this type"],
    ["rescaled, then capped", group({ points: 15, earned: 10, applicable_max: 10, rescaled: true, cap: 15 }), "= 10.00 × 20 / 10: rescaled, indicators left out as N/A or not for this type; capped at 15"],
    ["raised to its floor", group({ points: 3, earned: 2, floor: 3 }), "raised to its floor 3"],
    ["a cap that did not bite: not said", group({ points: 10, earned: 10, cap: 15 }), ""],
    ["a floor that did not bite (the points are the floor already): not said", group({ points: 3, earned: 3, floor: 3 }), ""],
    ["a weighted mean, its cap named", group({ aggregate: "weighted_mean", cap: 15 }), "weighted mean of its parts' shares; cap 15"],
    ["left out", group({ excluded: true, rescaled: true }), ""],
    ["a weighted mean with a child left out: its weight leaves the mean, and that is said", group({ aggregate: "weighted_mean", rescaled: true }), "weighted mean of its parts' shares, leaving out the parts excluded (N/A, or not for this agency type) and their weights"],
  ] as const)("%s", (_, g, text) => {
    expect(groupArithmetic(g, e)).toBe(text);
  });
});

// Mutants of src/explain/explain.ts that every test let through: a gain that cannot raise the total, a next band
// said out of reach when the gains reach it exactly, a collector's figure claimed on the self-assessed basis.
describe("explainAgency: gains against the scale and the next band", () => {
  const explainWith = (rubric: ReturnType<typeof miniRubric>, a: AgencyFile) => explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, "en");
  const FULL_BUT_11 = { "1.1": { value: false }, "1.2": { value: { a: 5, b: 5 } }, "1.3": { value: 4 }, "2.1": { value: 100 }, "2.2": { value: 50 }, "TR.1": { value: 0 } };

  it("a gain is the rise of the total, which the scale caps: 80 + a bonus of 8 rises by 12 to 100, not by 20", () => {
    const e = explainWith(miniRubric(), agency({ ...FULL_BUT_11, "T.1": { value: 2 } }));
    expect(e.total).toBe(88);
    expect(e.gains.find((g) => g.code === "1.1")).toMatchObject({ gain: 12 });
    expect(e.total_if_all).toBe(100);
  });

  it("a next band the gains reach exactly is reachable", () => {
    const rubric = miniRubric({ bands: { basis: "points", levels: [{ id: "top", min: 100, label: t("Cao", "High") }, { id: "low", min: 0, label: t("Thấp", "Low") }] } });
    const e = explainWith(rubric, agency(FULL_BUT_11));
    expect(e.total_if_all).toBe(100);
    expect(e.next_band).toMatchObject({ id: "top", from: 100, needed: 20, reachable: true });
  });

  it("on the self-assessed basis a gain is not marked as the collector's figure, though the collector verified it", () => {
    const a = agency({ ...FULL_BUT_11, "1.1": { value: false, verified: { value: false, by: "Sở KH&CN", date: "2026-04-10" } } });
    const self = explainWith(miniRubric(), a);
    expect(self.basis).toBe("self");
    expect(self.gains.find((g) => g.code === "1.1")).not.toHaveProperty("verified");
  });
});

// More mutants of src/explain/explain.ts that every test let through: what explain says of one indicator and of
// the order and evidence of its gains.
describe("explainAgency: an indicator's words, and gains in order", () => {
  const explainWith = (rubric: ReturnType<typeof miniRubric>, a: AgencyFile) => explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, "en");
  const FULL = { "1.1": { value: true }, "1.2": { value: { a: 5, b: 5 } }, "1.3": { value: 4 }, "2.1": { value: 100 }, "2.2": { value: 50 }, "TR.1": { value: 0 } };

  it("gains the scale holds to the same rise: the one with more points left first (2.1 before 1.2, against the rubric's order)", () => {
    // 97 of 100: 2.1 has 6 points left, 1.2 has 5, and either rises the total by the 3 the scale leaves.
    const e = explainWith(miniRubric(), agency({ ...FULL, "1.2": { value: { a: 3, b: 4 } }, "2.1": { value: 76 }, "T.1": { value: 2 } }));
    expect(e.total).toBe(97);
    expect(e.gains.map((g) => [g.code, g.gain])).toEqual([["2.1", 3], ["1.2", 3]]);
  });

  it("evidence still needed is what the rubric asks less what the answer cites", () => {
    const rubric = miniRubric();
    (rubric.groups[0]!.items[0] as { evidence?: unknown }).evidence = { required: true, min: 2, when_missing: "no_points" };
    const e = explainWith(rubric, agency({ ...FULL, "1.1": { value: true, evidence: [{ title: "QĐ 12" }] } }));
    expect(e.gains.find((g) => g.code === "1.1")).toMatchObject({ gain: 20, evidence_needed: 1 });
  });

  it("a penalty item's rule says its points are deducted", () => {
    const e = explainWith(miniRubric(), agency(FULL));
    expect(e.indicators.find((i) => i.code === "TR.1")!.rule).toBe("10 points each, at most 30 (deducted)");
  });

  it("a group's aggregation is the rubric's (a weighted mean, not a sum)", () => {
    const rubric = miniRubric();
    (rubric.groups[1] as { aggregate?: string }).aggregate = "weighted_mean";
    expect(explainWith(rubric, agency(FULL)).groups.find((g) => g.code === "2")!.aggregate).toBe("weighted_mean");
  });

  it("b = 0 is said to act as not applicable only where N/A rescales: under na zero it does not", () => {
    const rubric = miniRubric();
    Object.assign(rubric.groups[0]!.items[1]!, { na: "zero", input: { type: "fraction", numerator: t("a"), denominator: t("b"), zero_denominator: "not_applicable" } });
    expect(explainWith(rubric, agency(FULL)).indicators.find((i) => i.code === "1.2")!.rule).toBe("20 points × a/b; b = 0: the indicator is left out and its group rescaled");
  });

  it("why: full points said as full, a penalty of 0 as nothing deducted", () => {
    const e = explainWith(miniRubric(), agency(FULL));
    expect(e.indicators.find((i) => i.code === "1.1")!.why).toBe("Full points, 20.00/20.");
    expect(e.indicators.find((i) => i.code === "TR.1")!.why).toBe("Nothing deducted.");
  });

  it("why a share was left out: b = 0, or answered not applicable; and the note the answer carries", () => {
    const rubric = miniRubric();
    Object.assign(rubric.groups[0]!.items[1]!, { input: { type: "fraction", numerator: t("a"), denominator: t("b"), zero_denominator: "not_applicable" } });
    const zero = explainWith(rubric, agency({ ...FULL, "1.1": { value: true, note: "QĐ số 12" }, "1.2": { value: { a: 0, b: 0 } } }));
    expect(zero.indicators.find((i) => i.code === "1.2")!.why).toBe("Denominator b = 0: the indicator is left out and its group rescaled.");
    expect(zero.indicators.find((i) => i.code === "1.1")!.note).toBe("QĐ số 12");
    const na = explainWith(rubric, agency({ ...FULL, "1.2": { na: true } }));
    expect(na.indicators.find((i) => i.code === "1.2")!.why).toBe("Not applicable: the indicator is left out and its group rescaled.");
  });

  it("verified basis: an indicator the collector found not applicable is a gain once answered, the collector's to change, and no figure of theirs is claimed", () => {
    const rubric = miniRubric();
    const a = agency({ ...FULL, "1.1": { value: true, verified: { na: true, by: "Sở KH&CN", date: "2026-04-10" } } });
    const e = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a, undefined, "verified"), basis: "verified" }, "en");
    const gain = e.gains.find((g) => g.code === "1.1");
    expect(gain).toMatchObject({ kind: "not_applicable", gain: 20, verified: true });
    expect(formatExplainMarkdown(e, { top: 0 })).toContain("(not applicable as verified)");
    expect(formatExplainMarkdown(e, { top: 0 })).not.toContain("verified figure");
  });

  it("self-assessed basis: the better answer starts from the agency's own figure, not the collector's", () => {
    const e = explainWith(miniRubric(), agency({ ...FULL, "1.2": { value: { a: 1, b: 4 }, verified: { value: { a: 1, b: 5 } } } }));
    expect(e.gains.find((g) => g.code === "1.2")!.answer).toBe("a = b = 4 (100 %)");
  });

  it("with its batch: a scored batch-relative indicator says the cohort's range in its unit; an unanswered one says nothing of it", () => {
    const rubric = miniRubric();
    Object.assign(rubric.groups[1]!.items[1]!, { input: { type: "number", unit: t("Mbps") } });
    const other = agency({ ...FULL, "2.2": { value: 100 } }, { id: "b" });
    const batch = { others: batchContext(rubric, [other], "self"), agencies: 2, cohort_size: 2 };
    const explainIn = (a: AgencyFile, lang: "vi" | "en" = "en") => explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a, batchContext(rubric, [other, a], "self")), batch }, lang);
    expect(explainIn(agency({ ...FULL, "2.2": { value: 50 } })).indicators.find((i) => i.code === "2.2")!.why).toContain("from 50 Mbps to 100 Mbps");
    const unanswered = explainIn(agency({ ...FULL, "2.2": null })).indicators.find((i) => i.code === "2.2")!;
    // Said as the vi line says it: "15 left on the table", an idiom, read to a Vietnamese official as points still on offer.
    expect(unanswered.why).toBe("Unanswered: 0/15 points.");
    // In vi as the partial line says it ("Được 7,50/15 điểm."), not "bỏ lỡ 15 điểm", a calque of "left on the table".
    expect(explainIn(agency({ ...FULL, "2.2": null }), "vi").indicators.find((i) => i.code === "2.2")!.why).toBe("Chưa trả lời: 0/15 điểm.");
    expect(unanswered).not.toHaveProperty("cohort");
  });

  it("a not-applicable answer says its reason", () => {
    const e = explainWith(miniRubric(), agency({ ...FULL, "1.3": { na: true, reason: "không có cuộc họp" } }));
    expect(e.indicators.find((i) => i.code === "1.3")!.answer).toBe("Not applicable: không có cuộc họp");
  });
});

describe("why a provisional indicator has its points", () => {
  // 2.2 is relative_to_best: the others of the cohort were scored with it (or not) but gave no figure.
  const rubric = miniRubric();
  const answers = { "1.1": { value: true }, "1.2": { value: { a: 5, b: 5 } }, "1.3": { value: 4 }, "2.1": { value: 100 }, "TR.1": { value: 0 } };
  it.each([
    ["scored alone", 0],
    ["scored with two that left it unanswered", 2],
  ])("%s: no other agency of the cohort has a value for it (it said 'when the cohort is scored together')", (_case, others) => {
    const a = agency({ ...answers, "2.2": { value: 50 } });
    const batch = [a, ...Array.from({ length: others }, (_, i) => agency({ ...answers, "2.2": "?" }, { id: `o${i}` }))];
    const score = scoreBatch(rubric, batch)[0]!.self;
    const e = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score }, "en");
    expect(e.indicators.find((i) => i.code === "2.2")!.why).toBe("Provisional 15.00/15: no other agency of the cohort has a value for it in this scoring; its points are final once the cohort is scored with theirs.");
  });
});
