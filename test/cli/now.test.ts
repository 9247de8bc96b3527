import { describe, expect, it } from "vitest";
import { now } from "../../src/cli/now.js";

describe("now: the report's time", () => {
  it("is SOURCE_DATE_EPOCH's when it is a whole number of seconds", () => {
    expect(now({ SOURCE_DATE_EPOCH: "1758758400" }).toISOString()).toBe("2025-09-25T00:00:00.000Z");
  });

  // In Vietnam's time too, as the Vietnamese reports write it: 9999-12-31T23:59:59Z was "ngày +010000-01" there.
  it("is SOURCE_DATE_EPOCH's up to the last second a four-digit year writes in UTC+7 (9999-12-31T16:59:59Z)", () => {
    expect(now({ SOURCE_DATE_EPOCH: "253402275599" }).toISOString()).toBe("9999-12-31T16:59:59.000Z");
  });

  it.each([
    ["beyond the dates JavaScript holds", "99999999999999999"],
    ["not a whole number", "1.5e9"],
    ["empty", ""],
    // Milliseconds (Date.now(), date +%s%3N): the year 57704, which no ISO 8601 date-time of the report's schema writes ("+057704-10-10T…").
    ["in milliseconds", "1758819600000"],
    ["past the year 9999", "253402300800"],
    ["past the year 9999 in Vietnam", "253402275600"],
  ])(
    "is the clock's when SOURCE_DATE_EPOCH is %s (no Invalid Date, which stopped the run with an internal error)",
    (_, epoch) => {
      const at = now({ SOURCE_DATE_EPOCH: epoch });
      expect(Number.isNaN(at.getTime())).toBe(false);
      expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
    },
  );
});

describe("a SOURCE_DATE_EPOCH that cannot be taken is said (the collector thought the stamp pinned)", () => {
  it.each([["score", ["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"]], ["explain", ["explain", "examples/so-khcn-quang-binh.yaml", "--format", "json"]]])("by %s, once, and the report is still written", async (_, args) => {
    const { runCli } = await import("../helpers/run-cli.js");
    const r = await runCli([...args, "--lang", "en"], { env: { SOURCE_DATE_EPOCH: "1.5e9" } });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/SOURCE_DATE_EPOCH=1\.5e9 is not used: it must be a whole number of seconds since 1970-01-01/g)).toHaveLength(1);
    expect(JSON.parse(r.stdout).generated_at).not.toBe("2017-07-14T02:40:00.000Z");
    const pinned = await runCli([...args, "--lang", "en"], { env: { SOURCE_DATE_EPOCH: "1758758400" } });
    expect(pinned.stderr).not.toContain("SOURCE_DATE_EPOCH");
    expect(JSON.parse(pinned.stdout).generated_at).toBe("2025-09-25T00:00:00.000Z");
  });
});

describe("an empty SOURCE_DATE_EPOCH", () => {
  // `export SOURCE_DATE_EPOCH=` or a CI's `SOURCE_DATE_EPOCH: ""`: unset, not a value refused with a warning.
  it.each([["score", ["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"]], ["explain", ["explain", "examples/so-khcn-quang-binh.yaml", "--format", "json"]]])("counts as unset for %s: no warning, the clock's time", async (_, args) => {
    const { runCli } = await import("../helpers/run-cli.js");
    const r = await runCli([...args, "--lang", "en"], { env: { SOURCE_DATE_EPOCH: "" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(Math.abs(Date.parse(JSON.parse(r.stdout).generated_at) - Date.now())).toBeLessThan(60_000);
  });
});

describe("a SOURCE_DATE_EPOCH in milliseconds", () => {
  it("is said, and the report's generated_at stays a date-time of its schema (not +057704-10-10T08:00:00.000Z)", async () => {
    const { runCli } = await import("../helpers/run-cli.js");
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json", "--lang", "en"], { env: { SOURCE_DATE_EPOCH: "1758819600000" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("SOURCE_DATE_EPOCH=1758819600000 is not used");
    expect(JSON.parse(r.stdout).generated_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe("the last SOURCE_DATE_EPOCH taken", () => {
  it("stamps the Vietnamese md with a day of 9999, not \"ngày +010000-01\"", async () => {
    const { runCli } = await import("../helpers/run-cli.js");
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "md", "--lang", "vi"], { env: { SOURCE_DATE_EPOCH: "253402275599" } });
    expect(r.stderr).not.toContain("SOURCE_DATE_EPOCH");
    expect(r.stdout).toContain("Lập lúc 23:59 ngày 31/12/9999 (giờ Việt Nam, UTC+7)");
  });
});
