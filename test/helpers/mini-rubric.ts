import type { AgencyFile, Answer } from "../../src/core/agency.js";
import { toRubric } from "../../src/core/model.js";
import type { Rubric } from "../../src/core/rubric.js";

export const t = (vi: string, en = vi) => ({ vi, en });

/** A small rubric exercising N/A policies, applicability, bonus/penalty and both band bases. Scale 100. */
export function miniRubric(overrides: Record<string, unknown> = {}): Rubric {
  return toRubric({
    id: "mini", version: "1", title: t("Mini"), issuer: t("Test"), legal_basis: [], period: "2025", scale: 100,
    provenance: { fidelity: "illustrative", sources: [{ title: "test" }] },
    agency_types: [{ id: "department", label: t("Sở") }, { id: "commune", label: t("Xã") }],
    groups: [
      {
        code: "1", title: t("Một"), max: 60, items: [
          { code: "1.1", title: t("Có/không"), max: 20, input: { type: "boolean" }, rule: { type: "fixed" }, na: "zero" },
          { code: "1.2", title: t("Tỷ lệ"), max: 20, input: { type: "fraction", numerator: t("a"), denominator: t("b") }, rule: { type: "ratio" }, na: "rescale" },
          { code: "1.3", title: t("Số cuộc họp"), max: 20, input: { type: "count" }, rule: { type: "bands", steps: [{ min: 4, points: 20 }, { min: 2, points: 10 }] }, na: "full" },
        ],
      },
      {
        code: "2", title: t("Hai"), max: 40, items: [
          { code: "2.1", title: t("Chỉ cho sở"), max: 25, applies_to: ["department"], input: { type: "percent" }, rule: { type: "ratio" } },
          { code: "2.2", title: t("Băng thông"), max: 15, input: { type: "number" }, rule: { type: "relative_to_best" } },
          { code: "2.3", title: t("Ghi chú"), max: 0, info_only: true, input: { type: "text" } },
        ],
      },
    ],
    aggregates: [{ id: "pillar", title: t("Trụ cột"), include: ["1.1", "2"] }],
    bonus: { cap: 10, items: [{ code: "T.1", title: t("Thưởng"), max: 8, input: { type: "count" }, rule: { type: "per_unit", points: 4 } }] },
    penalty: { cap: 20, items: [{ code: "TR.1", title: t("Trừ"), max: 30, input: { type: "count" }, rule: { type: "per_unit", points: 10 } }] },
    bands: {
      basis: "percent",
      levels: [{ id: "tot", min: 80, label: t("Tốt") }, { id: "kha", min: 50, label: t("Khá") }, { id: "yeu", min: 0, label: t("Yếu") }],
      by_agency_type: [{ agency_types: ["commune"], basis: "points", levels: [{ id: "dat", min: 60, label: t("Đạt") }, { id: "chua", min: 0, label: t("Chưa đạt") }] }],
    },
    ...overrides,
  });
}

export function agency(answers: Record<string, Answer | null | "?">, header: Partial<AgencyFile["agency"]> = {}): AgencyFile {
  return {
    rubric: { id: "mini", version: "1" },
    agency: { id: header.id ?? "a", name: header.name ?? "Cơ quan A", type: header.type ?? "department", ...(header.cohort ? { cohort: header.cohort } : {}) },
    period: "2025",
    answers,
  };
}

/** Every scored indicator of the mini rubric answered in full. */
export const FULL: Record<string, Answer> = {
  "1.1": { value: true }, "1.2": { value: { a: 5, b: 5 } }, "1.3": { value: 4 },
  "2.1": { value: 100 }, "2.2": { value: 50 }, "2.3": { value: "ghi chú" }, "TR.1": { value: 0 },
};
