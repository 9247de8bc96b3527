import { describe, expect, it } from "vitest";
import { answerFormat, evidenceRule } from "../../src/assess/describe.js";
import type { Indicator, Input } from "../../src/core/rubric.js";

describe("answerFormat", () => {
  it("a date answer: typed as people write it, written in a file as YAML's ISO date", () => {
    const input = { type: "date", min: "2025-01-01", max: "2025-12-31" } as const;
    expect(answerFormat(input, "vi", "prompt")).toBe("ngày (31/03/2025 hoặc 2025-03-31), từ 01/01/2025 đến 31/12/2025");
    expect(answerFormat(input, "vi", "file")).toBe("ngày, viết năm-tháng-ngày (ví dụ 2025-03-31), từ 2025-01-01 đến 2025-12-31");
  });

  const t = (vi: string, en: string) => ({ vi, en });
  const parts = { type: "parts", fields: [
    { id: "ban-hanh", label: t("Đã ban hành kế hoạch", "Plan issued"), input: { type: "boolean" } },
    { id: "trien-khai", label: t("Đã triển khai hoạt động theo kế hoạch", "Activities carried out under the plan"), input: { type: "boolean" } },
  ] } as Input;
  const choice = { type: "choice", options: [{ id: "chuyen-trach", label: t("Có người chuyên trách", "Dedicated staff"), fraction: 1 }, { id: "kiem-nhiem", label: t("Có người kiêm nhiệm, đầu mối", "Part-time staff, focal point"), fraction: 1 }] } as Input & { type: "choice" };

  it("at a question, the officer's words: có / không, a part or an option by its label (it said 'true / false' and 'ban-hanh (…)')", () => {
    expect(answerFormat({ type: "boolean" }, "vi", "prompt")).toBe("có / không");
    expect(answerFormat({ type: "boolean" }, "en", "prompt")).toBe("yes / no");
    expect(answerFormat(parts, "vi", "prompt")).toBe("gồm các phần: Đã ban hành kế hoạch: có / không | Đã triển khai hoạt động theo kế hoạch: có / không");
    expect(answerFormat(parts, "en", "prompt")).toBe("in parts: Plan issued: yes / no | Activities carried out under the plan: yes / no");
    // A label may hold a comma: labels are set apart by semicolons.
    expect(answerFormat(choice, "vi", "prompt")).toBe("một trong: Có người chuyên trách; Có người kiêm nhiệm, đầu mối");
    for (const input of [{ type: "boolean" } as Input, parts, choice, { ...choice, type: "checklist" } as Input]) {
      for (const lang of ["vi", "en"] as const) expect(answerFormat(input, lang, "prompt")).not.toMatch(/true|false|ban-hanh|trien-khai|chuyen-trach|kiem-nhiem/);
    }
  });

  it("in a rubric's reference and in a file's comments, the ids and true / false a file holds are kept", () => {
    expect(answerFormat({ type: "boolean" }, "vi", "reference")).toBe("có / không (true / false)");
    expect(answerFormat({ type: "boolean" }, "vi", "file")).toBe("viết true (có) hoặc false (không)");
    expect(answerFormat(parts, "vi", "reference")).toBe("gồm các phần: ban-hanh (Đã ban hành kế hoạch): có / không (true / false) | trien-khai (Đã triển khai hoạt động theo kế hoạch): có / không (true / false)");
    expect(answerFormat(parts, "vi", "file")).toBe("gồm các phần: ban-hanh (Đã ban hành kế hoạch): viết true (có) hoặc false (không) | trien-khai (Đã triển khai hoạt động theo kế hoạch): viết true (có) hoặc false (không)");
    expect(answerFormat(choice, "en", "file")).toBe("one of: chuyen-trach (Dedicated staff), kiem-nhiem (Part-time staff, focal point)");
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
  it("where the rubric scores an answer without its evidence at 0 (when_missing: no_points), says so", () => {
    expect(evidenceRule(indicator({ type: "per_unit", points: 1 }, { required: true, fields: ["title"], when_missing: "no_points" }), "vi")).toBe("Minh chứng: bắt buộc khi có điểm, ít nhất 1; gồm trích yếu / tên tài liệu; thiếu thì câu trả lời không được tính điểm");
    expect(evidenceRule(indicator({ type: "per_unit", points: 1 }, { required: true, when_missing: "invalid" }), "en")).toBe("Evidence: required when points are claimed, at least 1");
  });
});
