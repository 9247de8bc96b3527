import { describe, expect, it } from "vitest";
import { answerFormat, evidenceRule } from "../../src/assess/describe.js";
import type { Indicator } from "../../src/core/rubric.js";

describe("answerFormat", () => {
  it("a date answer: typed as people write it, written in a file as YAML's ISO date", () => {
    const input = { type: "date", min: "2025-01-01", max: "2025-12-31" } as const;
    expect(answerFormat(input, "vi")).toBe("ngày (31/03/2025 hoặc 2025-03-31), từ 01/01/2025 đến 31/12/2025");
    expect(answerFormat(input, "vi", true)).toBe("ngày, viết YYYY-MM-DD (ví dụ 2025-03-31), từ 2025-01-01 đến 2025-12-31");
  });
});

describe("evidenceRule", () => {
  const t = (text: string) => ({ vi: text, en: text });
  const indicator = (rule: Indicator["rule"], evidence: Indicator["evidence"]): Indicator => ({ kind: "indicator", code: "1.1", title: t("x"), max: 10, input: { type: "count" }, rule, evidence } as Indicator);
  it("no fields asked of each item: nothing after \"with\" (it read \"with –\")", () => {
    expect(evidenceRule(indicator({ type: "per_unit", points: 1 }, { required: true }), "en")).toBe("Evidence: required when points are claimed, at least 1");
    expect(evidenceRule(indicator({ type: "per_unit", points: 1 }, { required: false }), "vi")).toBe("Minh chứng: không bắt buộc");
    expect(evidenceRule(indicator({ type: "per_unit", points: 1 }, { required: true, fields: ["title"] }), "en")).toBe("Evidence: required when points are claimed, at least 1; with title or summary");
  });
  it("under a batch-relative rule, when evidence is asked as validate asks it (not only when points are claimed)", () => {
    expect(evidenceRule(indicator({ type: "min_max" }, { required: true }), "en")).toBe("Evidence: required for every answer (points depend on the batch), at least 1");
    expect(evidenceRule(indicator({ type: "relative_to_best" }, { required: true }), "en")).toBe("Evidence: required for any answer above 0 (points depend on the batch), at least 1");
  });
});
