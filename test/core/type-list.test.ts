import { describe, expect, it } from "vitest";
import { typeList } from "../../src/core/type-list.js";

describe("typeList", () => {
  it("separates labels by commas, each in quotes when a label holds a separator", () => {
    expect(typeList(["UBND xã", "UBND phường"], "vi")).toBe("UBND xã, UBND phường");
    // Names in «…» in Vietnamese, as the messages quote an agency type's label ("loại cơ quan «Sở»"); “…” in English.
    expect(typeList(["Sở, ban, ngành cấp tỉnh", "Cơ quan ngành dọc"], "vi")).toBe("«Sở, ban, ngành cấp tỉnh», «Cơ quan ngành dọc»");
    expect(typeList(["Department, board", "Vertical agency"], "en")).toBe("“Department, board”, “Vertical agency”");
    // Joined by "; ", this read "Sở, ban; UBND xã; phường": three types, or four.
    expect(typeList(["Sở, ban", "UBND xã; phường"], "vi")).toBe("«Sở, ban», «UBND xã; phường»");
    // A colon stands between a band set's types and its levels; a quote would close the label early.
    expect(typeList(["Khối: sở"], "vi")).toBe("«Khối: sở»");
    expect(typeList(['Ban "A"', "Sở"], "en")).toBe('“Ban "A"”, “Sở”');
    expect(typeList(["Ban «A»", "Sở"], "vi")).toBe("«Ban «A»», «Sở»");
  });
});
