import { describe, expect, it } from "vitest";
import { typeList } from "../../src/core/type-list.js";

describe("typeList", () => {
  it("separates labels by commas, each in quotes when a label holds a separator", () => {
    expect(typeList(["UBND xã", "UBND phường"])).toBe("UBND xã, UBND phường");
    expect(typeList(["Sở, ban, ngành cấp tỉnh", "Cơ quan ngành dọc"])).toBe("“Sở, ban, ngành cấp tỉnh”, “Cơ quan ngành dọc”");
    // Joined by "; ", this read "Sở, ban; UBND xã; phường": three types, or four.
    expect(typeList(["Sở, ban", "UBND xã; phường"])).toBe("“Sở, ban”, “UBND xã; phường”");
    // A colon stands between a band set's types and its levels; a quote would close the label early.
    expect(typeList(["Khối: sở"])).toBe("“Khối: sở”");
    expect(typeList(['Ban "A"', "Sở"])).toBe('“Ban "A"”, “Sở”');
  });
});
