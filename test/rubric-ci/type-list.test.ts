import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { bandsChangedLines } from "../../src/rubric-ci/fixtures/bands-changed.js";
import { fieldText } from "../../src/rubric-ci/impact/words.js";
import { runCli } from "../helpers/run-cli.js";

// dti-cap-so's 5.7, 6.1.5 and 6.2 are for two types whose Vietnamese labels hold commas.
const TWO_TYPES = "«Sở, ban, ngành cấp tỉnh», «Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh»";
const LABELS: Record<string, string> = { department: "Sở, ban, ngành cấp tỉnh", board: "Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh" };

describe("the rubric commands' lists of agency types", () => {
  // Two sets each for types with commas read "A; B: levels; C: levels", "; " being both separators.
  it("rubric impact tells two band sets of such types apart", () => {
    const set = (types: string[], min: number) => ({ types: types.map((vi) => ({ vi, en: vi })), basis: "percent" as const, levels: [{ id: "tot", label: { vi: "Tốt", en: "Good" }, min }] });
    const sets = (min: number) => [set(["Sở, ban", "Ban Quản lý, cơ quan khác"], min), set(["UBND xã, phường"], min)];
    expect(fieldText({ field: "bands.by_agency_type", old: "", new: "", bands: { old: sets(80), new: sets(85) } }, "vi"))
      .toBe("xếp loại theo loại cơ quan: «Sở, ban», «Ban Quản lý, cơ quan khác»: Tốt: ≥ 80 % → ≥ 85 %; «UBND xã, phường»: Tốt: ≥ 80 % → ≥ 85 %");
  });

  it("rubric show's legend and md say dti-cap-so's two types as two, not four", async () => {
    const table = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi"])).stdout);
    expect(table).toContain(`ᵃ Áp dụng cho: ${TWO_TYPES}\n`);
    const md = (await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi", "--format", "md"])).stdout;
    expect(md).toContain(`- **Áp dụng cho:** ${TWO_TYPES}\n`);
    expect(md).toContain(`\nÁp dụng cho: ${TWO_TYPES}\n`);
    expect(md).toContain(`Sở, ban, ngành và ban quản lý (${TWO_TYPES})`);
  });

  it("rubric test --previous and rubric impact say a band set's two types as two, not four", () => {
    const good = { id: "tot", label: { vi: "Tốt", en: "Good" }, basis: "percent" as const, was: 80, now: 85, on_new_edge: [] };
    const test = bandsChangedLines({ version: "2025.1", levels: [{ ...good, types: ["department", "board"] }], moved: [], left_edge: [] }, "vi", (id) => LABELS[id]!);
    expect(test[1]).toContain(`  Tốt (tot), với ${TWO_TYPES}: 80 % → 85 %`);
    const set = (min: number) => [{ types: ["department", "board"].map((id) => ({ vi: LABELS[id]!, en: id })), basis: "percent" as const, levels: [{ id: "tot", label: { vi: "Tốt", en: "Good" }, min }] }];
    expect(fieldText({ field: "bands.by_agency_type", old: "", new: "", bands: { old: set(80), new: set(85) } }, "vi")).toContain(`: ${TWO_TYPES}: Tốt: ≥ 80 % → ≥ 85 %`);
    const added = [{ ...set(85)[0]!, levels: [{ id: "xuat-sac", label: { vi: "Xuất sắc", en: "Excellent" }, min: 90 }, ...set(85)[0]!.levels] }];
    expect(fieldText({ field: "bands.by_agency_type", old: "", new: "", bands: { old: set(80), new: added } }, "vi")).toContain(`: ${TWO_TYPES}: Tốt ≥ 80 % → ${TWO_TYPES}: Xuất sắc ≥ 90 %, Tốt ≥ 85 %`);
  });
});
