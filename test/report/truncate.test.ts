import { describe, expect, it } from "vitest";
import { truncate, truncateWords } from "../../src/report/truncate.js";

describe("truncate and truncateWords", () => {
  it.each([
    ["fits", "Tỷ lệ hồ sơ", 20, "Tỷ lệ hồ sơ", "Tỷ lệ hồ sơ"],
    ["a word ends late enough: cut after it", "Tỷ lệ hồ sơ trực tuyến", 14, "Tỷ lệ hồ sơ t…", "Tỷ lệ hồ sơ…"],
    ["no word ends late enough: cut inside", "Tỷ lệ hồsơtrựctuyến", 14, "Tỷ lệ hồsơtrự…", "Tỷ lệ hồsơtrự…"],
    ["never splits a letter", "điểm điểm điểm", 7, "điểm đ…", "điểm đ…"],
  ] as const)("%s", (_, text, width, cut, byWords) => {
    expect(truncate(text, width)).toBe(cut);
    expect(truncateWords(text, width)).toBe(byWords);
    expect([...truncateWords(text, width)].length).toBeLessThanOrEqual(width);
  });
});
