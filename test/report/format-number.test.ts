import { describe, expect, it } from "vitest";
import { bar, dateText, formatStamp, vietnamDay } from "../../src/report/format-number.js";

describe("dates as each language writes them", () => {
  it.each([
    ["2025-02-14", "vi", "14/02/2025"],
    ["2025-02-14", "en", "2025-02-14"],
    ["2025-2-14", "vi", "2025-2-14"],
    ["không rõ", "vi", "không rõ"],
  ] as const)("%s in %s", (iso, lang, expected) => expect(dateText(iso, lang)).toBe(expected));

  it("the report stamp: Vietnam's time in Vietnamese (a late-evening UTC report is the next day there), UTC in English", () => {
    expect(formatStamp("2025-09-25T00:00:00.000Z", "vi")).toBe("07:00 ngày 25/09/2025 (giờ Việt Nam, UTC+7)");
    expect(formatStamp("2025-12-31T18:30:00.000Z", "vi")).toBe("01:30 ngày 01/01/2026 (giờ Việt Nam, UTC+7)");
    expect(formatStamp("2025-09-25T00:00:00.000Z", "en")).toBe("2025-09-25 00:00 UTC");
  });

});

describe("vietnamDay", () => {
  it.each([
    ["an afternoon in UTC is already the next day in Vietnam", "2026-11-30T17:30:00Z", "2026-12-01"],
    ["a morning in UTC is the same day", "2026-11-30T01:00:00Z", "2026-11-30"],
    ["New Year's Eve at 17:00 UTC is New Year's Day", "2025-12-31T17:00:00Z", "2026-01-01"],
  ])("%s", (_, at, day) => {
    expect(vietnamDay(new Date(at))).toBe(day);
  });
});

describe("bar", () => {
  it.each([
    ["half", 50, 100, "█████░░░░░"],
    ["rounded to the nearest cell", 16, 100, "██░░░░░░░░"],
    ["below zero: empty, not an error", -20, 100, "░░░░░░░░░░"],
    ["above its maximum: full, no longer", 150, 100, "██████████"],
    ["of a maximum of 0: empty", 0, 0, "░░░░░░░░░░"],
  ] as const)("%s", (_, value, max, expected) => expect(bar(value, max, 10)).toBe(expected));
});
