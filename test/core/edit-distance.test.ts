import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/core/edit-distance.js";

describe("editDistance: one-letter slips", () => {
  it.each([
    ["title", "title", 0],
    ["titel", "title", 1],
    ["tilte", "title", 1],
    ["maxx", "max", 1],
    ["htps", "http", 2],
    ["htps", "https", 1],
    ["htpts", "https", 1],
    ["evidnece", "evidence", 1],
    ["abcd", "badc", 2],
    ["", "na", 2],
    ["ca", "abc", 3],
  ])("%s → %s: %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});
