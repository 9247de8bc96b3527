import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/agency.js";
import { allIndicators } from "../../src/core/codes.js";
import type { GroupResult } from "../../src/core/result.js";
import type { Indicator, Input, Rubric } from "../../src/core/rubric.js";
import { scoreAgency, scoreBatch } from "../../src/core/score.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFiles } from "../../src/load/registry.js";
import { agency, miniRubric } from "../helpers/mini-rubric.js";

function valueArb(input: Input): fc.Arbitrary<unknown> {
  switch (input.type) {
    case "boolean": return fc.boolean();
    case "number": return fc.double({ min: input.min ?? 0, max: input.max ?? 1e6, noNaN: true });
    case "percent": return fc.double({ min: 0, max: 100, noNaN: true });
    case "fraction": return fc.nat({ max: 500 }).chain((b) => fc.nat({ max: b }).map((a) => ({ a, b })));
    case "count": return fc.nat({ max: input.max ?? 500 });
    case "choice": return fc.constantFrom(...input.options.map((o) => o.id));
    case "checklist": return fc.subarray(input.options.map((o) => o.id));
    case "level": return fc.integer({ min: input.min ?? 0, max: input.max });
    case "date": return fc.constantFrom("2024-12-31", "2025-03-31", "2025-06-30", "2025-12-31");
    case "text": return fc.string();
    case "parts": return fc.record(Object.fromEntries(input.fields.map((f) => [f.id, valueArb(f.input)])));
  }
}

function answerArb(ind: Indicator): fc.Arbitrary<Answer | "?" | undefined> {
  return fc.oneof(
    { weight: 6, arbitrary: valueArb(ind.input).map((value) => ({ value })) },
    { weight: 1, arbitrary: fc.constant("?" as const) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: ind.na && ind.na !== "forbidden" ? 2 : 0, arbitrary: fc.constant({ na: true, reason: "không áp dụng" }) },
  );
}

function answersArb(rubric: Rubric): fc.Arbitrary<Record<string, Answer | "?">> {
  const inds = allIndicators(rubric);
  return fc.tuple(...inds.map(answerArb)).map((list) => {
    const out: Record<string, Answer | "?"> = {};
    list.forEach((a, i) => { if (a !== undefined) out[inds[i]!.code] = a; });
    return out;
  });
}

const rubrics: [string, Rubric][] = [["mini", miniRubric()], ...bundledRubricFiles().map((f): [string, Rubric] => {
  const o = loadRubric(f);
  if (!o.ok) throw new Error(`bundled rubric ${f} does not load`);
  return [o.loaded.rubric.id, o.loaded.rubric];
})];

const eps = 1e-9;
function walk(groups: GroupResult[], visit: (g: GroupResult) => void) { for (const g of groups) { visit(g); walk(g.groups, visit); } }

describe.each(rubrics)("score invariants: %s", (_id, rubric) => {
  const types = rubric.agency_types.map((t) => t.id);
  const withType = (answers: Record<string, Answer | "?">, type: string) => ({ ...agency(answers, { type }), rubric: { id: rubric.id, version: rubric.version } });

  it("every score lies in [0, max]; the total adds up and stays within the scale", () => {
    fc.assert(fc.property(answersArb(rubric), fc.constantFrom(...types), (answers, type) => {
      const s = scoreAgency(rubric, withType(answers, type));
      for (const i of s.indicators) expect(i.points).toBeGreaterThanOrEqual(0), expect(i.points).toBeLessThanOrEqual(i.max + eps);
      walk(s.groups, (g) => {
        expect(g.points).toBeGreaterThanOrEqual(0);
        expect(g.points).toBeLessThanOrEqual(g.max + eps);
        if (!g.rescaled && !g.excluded && (rubric.aggregate ?? "sum") === "sum") expect(g.points).toBeCloseTo(g.earned, 9);
      });
      const base = s.groups.reduce((sum, g) => sum + g.points, 0);
      if ((rubric.aggregate ?? "sum") === "sum") expect(s.base.points).toBeCloseTo(base, 6);
      expect(s.total).toBeCloseTo(Math.min(rubric.scale, Math.max(0, s.base.points + s.bonus.points - s.penalty.points)), 6);
      expect(s.total).toBeLessThanOrEqual(rubric.scale);
      expect(s.bonus.points).toBeLessThanOrEqual(s.bonus.cap + eps);
      expect(s.penalty.points).toBeLessThanOrEqual(s.penalty.cap + eps);
    }), { numRuns: 150 });
  });

  it("printed parts add up: indicator points have at most the rubric's decimals", () => {
    fc.assert(fc.property(answersArb(rubric), (answers) => {
      const s = scoreAgency(rubric, withType(answers, types[0]!));
      const f = 10 ** rubric.rounding.decimals;
      for (const i of s.indicators) expect(Math.abs(i.points * f - Math.round(i.points * f))).toBeLessThan(1e-6);
      expect(Math.abs(s.total * f - Math.round(s.total * f))).toBeLessThan(1e-6);
    }), { numRuns: 60 });
  });

  it("a batch scores each agency within [0, scale] too", () => {
    fc.assert(fc.property(fc.array(answersArb(rubric), { minLength: 2, maxLength: 5 }), (list) => {
      for (const { self: s } of scoreBatch(rubric, list.map((a, i) => ({ ...withType(a, types[0]!), agency: { id: `a${i}`, name: "x", type: types[0]! } })))) {
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBeLessThanOrEqual(rubric.scale);
      }
    }), { numRuns: 30 });
  });
});

describe("monotonic in ratio inputs", () => {
  const rubric = rubrics.find(([id]) => id === "dti-cap-so")![1];
  const ratioIndicators = allIndicators(rubric).filter((i) => (i.input.type === "fraction" || i.input.type === "percent") && i.rule && !["relative_to_best", "min_max"].includes(i.rule.type));
  it("has ratio indicators to test", () => expect(ratioIndicators.length).toBeGreaterThan(3));
  it("raising a numerator or a percentage never lowers the indicator or the total", () => {
    fc.assert(fc.property(answersArb(rubric), fc.constantFrom(...ratioIndicators), fc.nat({ max: 400 }), fc.nat({ max: 400 }), (answers, ind, x, y) => {
      const [low, high] = [Math.min(x, y), Math.max(x, y)];
      const make = (v: number) => ind.input.type === "fraction" ? { value: { a: v, b: 400 } } : { value: v / 4 };
      const type = rubric.agency_types[0]!.id;
      const a = scoreAgency(rubric, { ...agency({ ...answers, [ind.code]: make(low) }, { type }), rubric: { id: rubric.id, version: rubric.version } });
      const b = scoreAgency(rubric, { ...agency({ ...answers, [ind.code]: make(high) }, { type }), rubric: { id: rubric.id, version: rubric.version } });
      const pa = a.indicators.find((i) => i.code === ind.code)!.points, pb = b.indicators.find((i) => i.code === ind.code)!.points;
      expect(pb).toBeGreaterThanOrEqual(pa);
      expect(b.total).toBeGreaterThanOrEqual(a.total);
    }), { numRuns: 200 });
  });
});
