import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, tempDir } from "../report/helpers.js";
import { planAnswered, planUnanswered } from "./plan-unanswered.js";
import { BEFORE_THE_LAST_DATE } from "./deadline-days.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));


// 4.22.7 left unanswered between its deadline and its last allowed date offered only issuing the plan now for the late
// points (+10), never that a plan already issued in time, and only not entered, earns the full +20. One row says both,
// ranked by the sure +10, the totals as they were.
describe("explain of an unanswered date past its deadline, a later date still allowed", () => {
  const dir = tempDir(temps);
  const file = planUnanswered(dir);
  const answered = (date: string) => planAnswered(file, date);
  const explained = async (f: string) => JSON.parse((await runCli(["explain", f, "-f", "json"], { env: BEFORE_THE_LAST_DATE })).stdout);

  it("json: the sure late gain, with the in-time one beside it, out of the totals; scoring either date gives what is said", async () => {
    const e = await explained(file);
    const gain = e.gains.find((g: { code: string }) => g.code === "4.22.7");
    expect(gain).toMatchObject({ kind: "unanswered", gain: 10, in_time: { only_if_dated_by: "2025-08-31", gain: 20 } });
    expect(gain.only_if_dated_by).toBeUndefined();
    expect(e.gains_total).toBeCloseTo(e.gains.reduce((s: number, g: { gain: number }) => s + g.gain, 0), 2);
    const late = await explained(answered("2025-09-25"));
    const inTime = await explained(answered("2025-08-31"));
    expect(late.total - e.total).toBeCloseTo(10, 2);
    expect(inTime.total - e.total).toBeCloseTo(20, 2);
  });

  it.each([
    ["en", "| +10.00 | +10 now: answer the date it is issued, by 2025-12-31; if it was already issued on or before 2025-08-31: +20, answer that date"],
    ["vi", "| +10,00 | +10 nếu ban hành từ nay đến hết ngày 31/12/2025: nhập ngày ban hành đó; nếu đã ban hành đến hết ngày 31/08/2025: +20, nhập ngày ban hành đó"],
  ])("%s: one row says both", async (lang, said) => {
    const r = await runCli(["explain", file, "-f", "md", "--top", "0", "--lang", lang], { env: BEFORE_THE_LAST_DATE });
    const row = r.stdout.split("\n").find((l) => l.startsWith("| 4.22.7 |") && l.includes("| +"));
    expect(row).toContain(said);
  });
});
