import { describe, expect, it } from "vitest";
import type { IndicatorResult } from "../../src/core/result.js";
import { expander, formatJson, writtenOnOneLine } from "../../src/report/json.js";
import type { ScoreReport } from "../../src/report/report.js";

const facts = [{ code: "1.1", title: { vi: "Họp", en: "Meetings" }, parent: "1", input: "count" as const, rule: "bands" as const }];

describe("expander", () => {
  it("puts the facts back first, then the item's own keys, in that order", () => {
    const compact = { code: "1.1", value: 3, status: "scored", points: 2, max: 5 } as unknown as IndicatorResult;
    const [i] = expander(facts)({ indicators: [compact] }).indicators;
    expect(Object.keys(i!)).toEqual(["code", "title", "parent", "input", "rule", "value", "status", "points", "max"]);
    expect(i).toEqual({ ...facts[0], ...compact });
  });

  it("keeps a __proto__ key read from a report file an inert key (the copy's prototype stays Object's)", () => {
    const compact = JSON.parse('{"code": "1.1", "__proto__": {"polluted": true}, "points": 1}') as IndicatorResult;
    const [i] = expander(facts)({ indicators: [compact] }).indicators;
    expect(Object.getPrototypeOf(i)).toBe(Object.prototype);
    expect((i as unknown as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.hasOwn(i!, "__proto__")).toBe(true);
  });

  it("keeps a __proto__ key in a section's facts an inert key too", () => {
    const hostile = [JSON.parse('{"code": "1.1", "__proto__": {"points": 999, "polluted": true}, "title": {"vi": "Họp", "en": "Meetings"}}')];
    const [i] = expander(hostile)({ indicators: [{ code: "1.1", points: 1 } as unknown as IndicatorResult] }).indicators;
    expect(Object.getPrototypeOf(i)).toBe(Object.prototype);
    expect([(i as unknown as { polluted?: boolean }).polluted, i!.points]).toEqual([undefined, 1]);
  });

  it("leaves an item whose code has no facts as it is", () => {
    const compact = { code: "9.9", points: 1 } as unknown as IndicatorResult;
    expect(expander(facts)({ indicators: [compact] }).indicators).toEqual([{ code: "9.9", points: 1 }]);
  });
});

describe("one line or indented", () => {
  it.each([
    [50, 0, false],
    [51, 0, true],
    // Files not scored count as entries: a batch of invalid files is streamed, its findings never whole in memory.
    [0, 51, true],
    [30, 21, true],
    [30, 20, false],
  ])("%i agencies and %i files not scored: on one line %s", (agencies, notScored, oneLine) => {
    expect(writtenOnOneLine(agencies, notScored)).toBe(oneLine);
  });

  it("writes a report of many files not scored and no agency on one line, read back the same", () => {
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" },
      generated_at: "2026-01-01T00:00:00.000Z",
      rubrics: [],
      not_scored: Array.from({ length: 60 }, (_, i) => ({ file: `so-${i}.yaml`, agency: { id: `qb-${i}`, name: "Sở Nội vụ" }, errors: [{ code: "wrong-type", severity: "error" as const, line: 3, col: 5, path: "answers/1.1/value", params: { found: "Văn bản" } }] })),
    };
    const json = formatJson(report);
    expect(json.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(json)).toEqual(report);
  });
});
