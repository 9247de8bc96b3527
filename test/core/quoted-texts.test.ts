import { describe, expect, it } from "vitest";
import { checkAgency } from "../../src/core/check-agency.js";
import type { AgencyFile } from "../../src/core/agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { message } from "../../src/i18n/messages.js";

// Word turns `by: "Sở KH&CN"` typed in it into `by: “Sở KH&CN”`; YAML keeps the curly quotes as part of the text.
describe("a text in a word processor's quotes", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const quoted = (answer: Record<string, unknown>, respondent?: Record<string, unknown>) =>
    checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở A", type: "department" }, period: "2025", ...(respondent ? { respondent } : {}), answers: { "2.2": answer } } as unknown as AgencyFile)
      .filter((i) => i.code === "text-in-quotes")
      .map((i) => [i.path.join("/"), i.params.written]);
  const evidence = [{ number: "1/KH", date: "2025-02-01", title: "Kế hoạch" }];

  it("is said at the collector's verified block, with the text to write in straight quotes", () => {
    expect(quoted({ value: 85, evidence, verified: { value: 80, by: "“Sở Khoa học và Công nghệ”", note: "‘thiếu minh chứng’" } })).toEqual([
      ["answers/2.2/verified/by", '"Sở Khoa học và Công nghệ"'],
      ["answers/2.2/verified/note", '"thiếu minh chứng"'],
    ]);
  });

  it("is said at an answer's note and reason, an evidence item's fields and the respondent", () => {
    expect(quoted({ value: 85, note: "„ghi chú“ ", evidence: [{ number: "«1/KH»", date: "2025-02-01", title: "“Kế hoạch: CĐS #2”" }] }, { name: "“Nguyễn Văn A”", position: "Chuyên viên" })).toEqual([
      ["respondent/name", '"Nguyễn Văn A"'],
      ["answers/2.2/note", '"ghi chú"'],
      ["answers/2.2/evidence/0/number", '"1/KH"'],
      ["answers/2.2/evidence/0/title", '"Kế hoạch: CĐS #2"'],
    ]);
  });

  it("is not said of quotes inside a text, straight quotes written on purpose, or quotes around nothing", () => {
    expect(quoted({ value: 85, evidence, note: 'Theo “Kế hoạch 15”', verified: { value: 80, by: '"Sở A"', note: "“”" } })).toEqual([]);
  });

  it("is not said of two quoted names with words between, whose first and last quotes are no pair (it suggested 'A” và “B')", () => {
    expect(quoted({ value: 85, evidence: [{ number: "1/KH", date: "2025-02-01", title: "“Kế hoạch A” và “Kế hoạch B”" }] })).toEqual([]);
  });

  it("is said at every text a person types: reasons, an issuer, a position, and a text answer's value and verified value", () => {
    const file = (answers: Record<string, unknown>, respondent?: Record<string, unknown>) =>
      checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở A", type: "department" }, period: "2025", ...(respondent ? { respondent } : {}), answers } as unknown as AgencyFile)
        .filter((i) => i.code === "text-in-quotes")
        .map((i) => i.path.join("/"));
    expect(file({
      "2.2": { na: true, reason: "“chưa triển khai”", verified: { na: true, reason: "“không áp dụng”", by: "Sở A" } },
      "2.3": { value: 3, evidence: [{ number: "1/KH", date: "2025-02-01", title: "Kế hoạch", issuer: "“UBND tỉnh”" }] },
      // 6.4.4 is answered with text (the software in use): its quotes are a slip too.
      "6.4.4": { value: "“Phần mềm quản lý văn bản”", verified: { value: "“Phần mềm iOffice”", by: "Sở A" } },
    }, { name: "Nguyễn Văn A", position: "“Chuyên viên”" })).toEqual([
      "respondent/position",
      "answers/2.2/reason",
      "answers/2.2/verified/reason",
      "answers/2.3/evidence/0/issuer",
      "answers/6.4.4/value",
      "answers/6.4.4/verified/value",
    ]);
    // A number's or a choice's value in such quotes is not a text: its own finding says what to write.
    expect(file({ "2.2": { value: "“85”" } })).toEqual([]);
    // Nothing answered yet (init's template): the respondent is still looked at.
    expect(file(null as unknown as Record<string, unknown>, { name: "“Nguyễn Văn A”" })).toEqual(["respondent/name"]);
  });

  it("writes the text back as YAML reads it: spaces inside the quotes left out, a straight quote or a line break escaped", () => {
    expect(quoted({ value: 85, evidence, note: "“ ghi chú ”" })).toEqual([["answers/2.2/note", '"ghi chú"']]);
    expect(quoted({ value: 85, evidence, note: '“Theo "Kế hoạch 15"”' })).toEqual([["answers/2.2/note", '"Theo \\"Kế hoạch 15\\""']]);
    // A note of two lines (written after `note: |`).
    expect(quoted({ value: 85, evidence, note: "“Dòng một\nDòng hai”\n" })).toEqual([["answers/2.2/note", '"Dòng một\\nDòng hai"']]);
  });

  it("is worded in both languages", () => {
    for (const lang of ["vi", "en"] as const) expect(message(lang, "text-in-quotes", { field: "by", written: '"Sở A"' })).toContain('by: "Sở A"');
  });
});
