import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, tempDir } from "../report/helpers.js";
import { AFTER_THE_YEAR, BEFORE_THE_LAST_DATE, fixtureAgency, scoredTotal, type Today as Env } from "./deadline-days.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

// 1.1: a sum of "co" (4), "ngay" (16, by 2025-06-30, late 8) and "bc" (10, by 2025-08-31, late 3), dates up to 2025-12-31.
const RUBRIC = "test/fixtures/rubrics/deadline-two-parts.yaml";

// Only the first part past its deadline got the in-time words; the second kept its late words alone, or was
// dropped past its last allowed date. Each now says the rise with it in time (the other parts as sure), and
// scoring that answer gives that rise.
describe("explain of a sum with two dates past their deadlines", () => {
  const dir = tempDir(temps);
  let n = 0;
  const file = (answers: string) => fixtureAgency(dir, `f${n++}.yaml`, "plan-two", `  "1.4": {value: true}\n${answers}`);
  const total = (env: Env, answers: string) => scoredTotal(file(answers), RUBRIC, env);
  const row = async (env: Env, answers: string, lang: string) => {
    const r = await runCli(["explain", file(answers), "--rubric", RUBRIC, "-f", "md", "--lang", lang], { env });
    return r.stdout.split("\n").find((l) => l.startsWith("| 1.1 |"));
  };

  it.each([
    ["before the last date, unanswered", BEFORE_THE_LAST_DATE, "", {
      en: "| +15.00 | Has a plan: Yes; Issue date: +15 now: answer the date it is issued, by 2025-12-31; if it was already issued on or before 2025-06-30: +23, answer that date; Report date: dated 2025-09-25 or later, on or before 2025-12-31 (past the deadline, 2025-08-31: the late points); if it was issued on or before 2025-08-31: +22, answer its date |",
      vi: "| +15,00 | Có kế hoạch: Có; Ngày ban hành: +15 nếu ban hành từ nay đến hết ngày 31/12/2025: nhập ngày ban hành đó; nếu đã ban hành đến hết ngày 30/06/2025: +23, nhập ngày ban hành đó; Ngày báo cáo: ban hành từ ngày 25/09/2025 đến hết ngày 31/12/2025 (đã quá hạn 31/08/2025: được điểm ban hành muộn); nếu đã ban hành đến hết ngày 31/08/2025: +22, nhập ngày ban hành đó |",
    }, [["co: true, ngay: \"2025-09-25\", bc: \"2025-09-25\"", 15], ["co: true, ngay: \"2025-06-30\", bc: \"2025-09-25\"", 23], ["co: true, ngay: \"2025-09-25\", bc: \"2025-08-31\"", 22]]],
    ["past the last date, unanswered", AFTER_THE_YEAR, "", {
      en: "| +4.00 | Has a plan: Yes; Issue date: if it was issued on or before 2025-06-30: +20, answer its date; Report date: if it was issued on or before 2025-08-31: +14, answer its date |",
      vi: "| +4,00 | Có kế hoạch: Có; Ngày ban hành: nếu đã ban hành đến hết ngày 30/06/2025: +20, nhập ngày ban hành đó; Ngày báo cáo: nếu đã ban hành đến hết ngày 31/08/2025: +14, nhập ngày ban hành đó |",
    }, [["co: true", 4], ["co: true, ngay: \"2025-06-30\"", 20], ["co: true, bc: \"2025-08-31\"", 14]]],
    ["past the last date, the dates the only parts left", AFTER_THE_YEAR, '  "1.1": {value: {co: true, ngay: "?", bc: "?"}}\n', {
      en: "| +16.00 | Has a plan: Yes; Issue date: if it was issued on or before 2025-06-30: answer its date (issued later, by 2025-12-31: the late points); Report date: if it was issued on or before 2025-08-31: +10, answer its date |",
      vi: "| +16,00 | Có kế hoạch: Có; Ngày ban hành: nếu đã ban hành đến hết ngày 30/06/2025: nhập ngày ban hành đó (ban hành muộn hơn, đến hết ngày 31/12/2025: được điểm ban hành muộn); Ngày báo cáo: nếu đã ban hành đến hết ngày 31/08/2025: +10, nhập ngày ban hành đó |",
    }, [["co: true, ngay: \"2025-06-30\"", 16], ["co: true, bc: \"2025-08-31\"", 10]]],
  ] as const)("%s: every date says its gain, and scoring each answer gives it", async (_, env, answers, rows, promised) => {
    expect(await row(env, answers, "en")).toContain(rows.en);
    expect(await row(env, answers, "vi")).toContain(rows.vi);
    const base = await total(env, answers);
    for (const [value, rise] of promised) expect((await total(env, `  "1.1": {value: {${value}}}\n`)) - base, value).toBeCloseTo(rise, 2);
  });
});
