import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, tempDir } from "../report/helpers.js";
import { planAnswered, planUnanswered } from "./plan-unanswered.js";
import { AFTER_THE_YEAR } from "./deadline-days.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));


// 4.22.7 left unanswered once its deadline and its last allowed date had passed had no gain row at all, though the plan
// may well have been issued in time and only not entered. The row says so as a condition (never a date to write),
// listed after the sure gains and out of the totals.
describe("explain of an unanswered date whose deadline and last allowed date are past", () => {
  const dir = tempDir(temps);
  const file = planUnanswered(dir);

  const explained = async () => JSON.parse((await runCli(["explain", file, "-f", "json"], { env: AFTER_THE_YEAR })).stdout);

  it("lists the gain as holding only if the plan was issued by the deadline, after every sure gain and out of the totals", async () => {
    const e = await explained();
    const gain = e.gains.find((g: { code: string }) => g.code === "4.22.7");
    expect(gain).toMatchObject({ kind: "unanswered", gain: 20, only_if_dated_by: "2025-08-31", evidence_needed: 1 });
    expect(e.gains.at(-1).code).toBe("4.22.7");
    const sure = e.gains.filter((g: { only_if_dated_by?: string }) => !g.only_if_dated_by);
    expect(e.gains_total).toBeCloseTo(sure.reduce((s: number, g: { gain: number }) => s + g.gain, 0), 2);
  });

  it("the promised answer raises the total by the gain said", async () => {
    const before = await explained();
    const answered = planAnswered(file, "2025-08-31");
    const after = JSON.parse((await runCli(["explain", answered, "-f", "json"], { env: AFTER_THE_YEAR })).stdout);
    expect(after.total - before.total).toBeCloseTo(20, 2);
  });

  it.each([
    ["en", "unanswered", "if it was issued on or before 2025-08-31: answer its date (issued later, by 2025-12-31: the late points)", "only if issued in time; not in the totals below"],
    ["vi", "chưa trả lời", "nếu đã ban hành đến hết ngày 31/08/2025: nhập ngày ban hành đó (ban hành muộn hơn, đến hết ngày 31/12/2025: được điểm ban hành muộn)", "chỉ khi đã ban hành đúng hạn; không tính vào các tổng bên dưới"],
  ])("%s: the row is shown past --top, with its condition", async (lang, kind, answer, mark) => {
    const r = await runCli(["explain", file, "-f", "md", "--top", "1", "--lang", lang], { env: AFTER_THE_YEAR });
    const row = r.stdout.split("\n").find((l) => l.startsWith("| 4.22.7 |"));
    expect(row).toContain(`(${kind} · ${mark})`);
    expect(row).toContain(`| +20${lang === "en" ? "." : ","}00 | ${answer}`);
  });
});
