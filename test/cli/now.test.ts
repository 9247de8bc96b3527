import { describe, expect, it } from "vitest";
import { now } from "../../src/cli/now.js";

describe("now: the report's time", () => {
  it("is SOURCE_DATE_EPOCH's when it is a whole number of seconds", () => {
    expect(now({ SOURCE_DATE_EPOCH: "1758758400" }).toISOString()).toBe("2025-09-25T00:00:00.000Z");
  });

  it.each([["beyond the dates JavaScript holds", "99999999999999999"], ["not a whole number", "1.5e9"], ["empty", ""]])(
    "is the clock's when SOURCE_DATE_EPOCH is %s (no Invalid Date, which stopped the run with an internal error)",
    (_, epoch) => {
      const at = now({ SOURCE_DATE_EPOCH: epoch });
      expect(Number.isNaN(at.getTime())).toBe(false);
      expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
    },
  );
});
