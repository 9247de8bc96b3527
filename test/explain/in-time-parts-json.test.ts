import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, tempDir } from "../report/helpers.js";
import { AFTER_THE_YEAR, BEFORE_THE_LAST_DATE, fixtureAgency, type Today } from "./deadline-days.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

// The json's in_time held only the first part's deadline: the others were in the words alone. in_time_parts
// holds each the row says, with the rise its words give; in_time stays the first's.
describe("explain -f json: every part's deadline of a multi-part answer", () => {
  const dir = tempDir(temps);
  let n = 0;
  const gainOf = async (rubric: string, id: string, answers: string, env: Today, code: string) => {
    const file = fixtureAgency(dir, `f${n++}.yaml`, id, answers);
    const r = await runCli(["explain", file, "--rubric", `test/fixtures/rubrics/${rubric}.yaml`, "-f", "json", "--lang", "en"], { env });
    return (JSON.parse(r.stdout).gains as Record<string, unknown>[]).find((g) => g.code === code)!;
  };
  const parts = (...p: [string, number][]) => p.map(([by, gain]) => ({ only_if_dated_by: by, gain }));

  it.each([
    ["two dates, before the last date", "deadline-two-parts", "plan-two", `  "1.4": {value: true}\n`, BEFORE_THE_LAST_DATE,
      { only_if_dated_by: "2025-06-30", gain: 23 }, undefined, parts(["2025-06-30", 23], ["2025-08-31", 22])],
    ["two dates, past the last date", "deadline-two-parts", "plan-two", `  "1.4": {value: true}\n`, AFTER_THE_YEAR,
      { only_if_dated_by: "2025-06-30", gain: 20 }, undefined, parts(["2025-06-30", 20], ["2025-08-31", 14])],
    ["the dates the only parts left: the row itself conditional", "deadline-two-parts", "plan-two",
      `  "1.4": {value: true}\n  "1.1": {value: {co: true, ngay: "?", bc: "?"}}\n`, AFTER_THE_YEAR,
      undefined, "2025-06-30", parts(["2025-06-30", 16], ["2025-08-31", 10])],
    ["a date in a best_of inside a sum", "deadline-nested", "plan-nested", "", BEFORE_THE_LAST_DATE,
      { only_if_dated_by: "2025-06-30", gain: 24 }, undefined, parts(["2025-06-30", 24], ["2025-08-31", 21])],
    ["a date in a best_of inside a sum, past the last date", "deadline-nested", "plan-nested", "", AFTER_THE_YEAR,
      { only_if_dated_by: "2025-06-30", gain: 20 }, undefined, parts(["2025-06-30", 20], ["2025-08-31", 15])],
  ] as const)("%s", async (_, rubric, id, answers, env, inTime, onlyIf, inTimeParts) => {
    const g = await gainOf(rubric, id, answers, env, "1.1");
    expect(g.in_time).toEqual(inTime);
    expect(g.only_if_dated_by).toEqual(onlyIf);
    expect(g.in_time_parts).toEqual(inTimeParts);
    // Each rise is the one the words say at that part's place; a conditional row's first, the row's gain.
    if (onlyIf) expect(g.gain).toBe(inTimeParts[0]!.gain);
    for (const p of onlyIf ? inTimeParts.slice(1) : inTimeParts) expect(g.answer).toMatch(new RegExp(`on or before ${p.only_if_dated_by}: \\+${p.gain}, answer`));
  });

  it("a row with one deadline keeps in_time alone", async () => {
    for (const code of ["1.1", "1.2", "1.3"]) {
      const g = await gainOf("deadline-parts", "plan-mini", "", BEFORE_THE_LAST_DATE, code);
      expect(g.in_time).toEqual({ only_if_dated_by: "2025-08-31", gain: code === "1.1" ? 30 : 20 });
      expect(g).not.toHaveProperty("in_time_parts");
    }
  });
});
