import { describe, expect, it } from "vitest";
import { indicatorBlock } from "../../src/assess/template.js";
import { worthAfterTitle } from "../../src/assess/describe.js";
import type { Group, Indicator } from "../../src/core/rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";

const loaded = loadRubric("rubrics/dti-cap-xa.yaml");
if (!loaded.ok) throw new Error("bundled rubric");
const xa = loaded.loaded.rubric;
const indicator423 = (xa.groups.find((g) => g.code === "4") as Group).items.find((i) => i.code === "4.23") as Indicator;

describe("an information-only indicator whose title says it is not scored is not said so twice", () => {
  it("dti-cap-xa 4.23 in init's comment (it read \"… (không tính điểm) (chỉ thu thập thông tin, không tính điểm)\")", () => {
    expect(indicatorBlock(xa, indicator423, "vi")[0]).toBe("4.23. Khó khăn, vướng mắc và đề xuất, kiến nghị về chuyển đổi số (không tính điểm)");
    expect(indicatorBlock(xa, indicator423, "en")[0]).toBe("4.23. Difficulties and proposals on digital transformation (not scored)");
  });

  it("any such title, in either language; one that does not say it gets the note, a scored one its max", () => {
    const info = (vi: string, en: string): Indicator => ({ ...indicator423, title: { vi, en } });
    expect(worthAfterTitle(info("Số cán bộ (chỉ thu thập thông tin)", "Officials (information only)"), "vi")).toBe("");
    expect(worthAfterTitle(info("Số cán bộ", "Officials"), "vi")).toBe(" (chỉ thu thập thông tin, không tính điểm)");
    expect(worthAfterTitle(info("Số cán bộ", "Officials"), "en")).toBe(" (information only, not scored)");
    expect(worthAfterTitle({ ...indicator423, info_only: false, max: 20 }, "en")).toMatch(/^ \(.*20.*\)$/);
  });
});
