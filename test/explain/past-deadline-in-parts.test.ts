import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { bestAnswer } from "../../src/explain/best-answer.js";
import type { Input, Rule } from "../../src/core/rubric.js";
import { cleanup, tempDir } from "../report/helpers.js";
import { AFTER_THE_YEAR, BEFORE_THE_LAST_DATE, fixtureAgency, scoredTotal, type Today as Env } from "./deadline-days.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

const RUBRIC = "test/fixtures/rubrics/deadline-parts.yaml";
// Deadline 2025-08-31, last allowed date 2025-12-31, in 1.1 (a part of a sum), 1.2 (a case of a best_of) and 1.3 (alone).

// A deadline inside a multi-part answer only got the late wording (past its last allowed date, a backdated date
// counted as a sure gain), where the same deadline alone said both the late points and the deadline's if it was
// already done in time, or only the condition once both dates were past.
describe("explain of a date past its deadline, as one part of a multi-part answer", () => {
  const dir = tempDir(temps);
  const file = (name: string, answers: string) => fixtureAgency(dir, name, "plan-mini", `  "1.4": {value: true}\n${answers}`);
  const unanswered = file("a.yaml", "");
  const explained = async (env: Env) => JSON.parse((await runCli(["explain", unanswered, "--rubric", RUBRIC, "-f", "json"], { env })).stdout);
  const total = (env: Env, answers: string) => scoredTotal(file(`t-${temps.length}-${Math.random()}.yaml`, answers), RUBRIC, env);
  const gain = (e: { gains: { code: string }[] }, code: string) => e.gains.find((g) => g.code === code) as Record<string, unknown>;

  it("before the last date: the sure late gain and the in-time one, as the date alone; scoring either answer gives what is said", async () => {
    const e = await explained(BEFORE_THE_LAST_DATE);
    const base = await total(BEFORE_THE_LAST_DATE, "");
    expect(gain(e, "1.1")).toMatchObject({ gain: 20, in_time: { only_if_dated_by: "2025-08-31", gain: 30 } });
    expect(gain(e, "1.2")).toMatchObject({ gain: 10, in_time: { only_if_dated_by: "2025-08-31", gain: 20 } });
    expect(gain(e, "1.3")).toMatchObject({ gain: 10, in_time: { only_if_dated_by: "2025-08-31", gain: 20 } });
    expect((await total(BEFORE_THE_LAST_DATE, '  "1.1": {value: {co: true, ngay: "2025-09-25"}}\n')) - base).toBeCloseTo(20, 2);
    expect((await total(BEFORE_THE_LAST_DATE, '  "1.1": {value: {co: true, ngay: "2025-08-31"}}\n')) - base).toBeCloseTo(30, 2);
    expect((await total(BEFORE_THE_LAST_DATE, '  "1.2": {value: {ngay: "2025-09-25"}}\n')) - base).toBeCloseTo(10, 2);
    expect((await total(BEFORE_THE_LAST_DATE, '  "1.2": {value: {ngay: "2025-08-31"}}\n')) - base).toBeCloseTo(20, 2);
  });

  it("past the last date: the date's points only as a condition, out of the totals; the other parts' points sure", async () => {
    const e = await explained(AFTER_THE_YEAR);
    const base = await total(AFTER_THE_YEAR, "");
    expect(gain(e, "1.1")).toMatchObject({ gain: 10, in_time: { only_if_dated_by: "2025-08-31", gain: 30 } });
    expect(gain(e, "1.1").only_if_dated_by).toBeUndefined();
    expect(gain(e, "1.2")).toMatchObject({ gain: 20, only_if_dated_by: "2025-08-31" });
    expect(gain(e, "1.3")).toMatchObject({ gain: 20, only_if_dated_by: "2025-08-31" });
    expect(e.gains_total).toBeCloseTo(10, 2);
    expect(e.total_if_all).toBeCloseTo(base + 10, 2);
    expect((await total(AFTER_THE_YEAR, '  "1.1": {value: {co: true}}\n')) - base).toBeCloseTo(10, 2);
    expect((await total(AFTER_THE_YEAR, '  "1.1": {value: {co: true, ngay: "2025-08-31"}}\n')) - base).toBeCloseTo(30, 2);
    expect((await total(AFTER_THE_YEAR, '  "1.2": {value: {ngay: "2025-08-31"}}\n')) - base).toBeCloseTo(20, 2);
  });

  it("past the last date, the date the only part left: a conditional row, as the date alone", async () => {
    const f = file("b.yaml", '  "1.1": {value: {co: true, ngay: "?"}}\n');
    const e = JSON.parse((await runCli(["explain", f, "--rubric", RUBRIC, "-f", "json"], { env: AFTER_THE_YEAR })).stdout);
    expect(gain(e, "1.1")).toMatchObject({ gain: 20, only_if_dated_by: "2025-08-31" });
  });

  it.each([
    ["en", BEFORE_THE_LAST_DATE, {
      "1.1": "| +20.00 | Has a plan: Yes; Issue date: +20 now: answer the date it is issued, by 2025-12-31; if it was already issued on or before 2025-08-31: +30, answer that date |",
      "1.2": "| +10.00 | Signed on: +10 now: answer the date it is issued, by 2025-12-31; if it was already issued on or before 2025-08-31: +20, answer that date |",
    }],
    ["vi", BEFORE_THE_LAST_DATE, {
      "1.1": "| +20,00 | Có kế hoạch: Có; Ngày ban hành: +20 nếu ban hành từ nay đến hết ngày 31/12/2025: nhập ngày ban hành đó; nếu đã ban hành đến hết ngày 31/08/2025: +30, nhập ngày ban hành đó |",
      "1.2": "| +10,00 | Ngày ký: +10 nếu ban hành từ nay đến hết ngày 31/12/2025: nhập ngày ban hành đó; nếu đã ban hành đến hết ngày 31/08/2025: +20, nhập ngày ban hành đó |",
    }],
    ["en", AFTER_THE_YEAR, {
      "1.1": "| +10.00 | Has a plan: Yes; Issue date: if it was issued on or before 2025-08-31: +30, answer its date |",
      "1.2": "(unanswered · only if issued in time; not in the totals below) | – / 20 | +20.00 | Signed on: if it was issued on or before 2025-08-31: answer its date (issued later, by 2025-12-31: the late points) |",
    }],
    ["vi", AFTER_THE_YEAR, {
      "1.1": "| +10,00 | Có kế hoạch: Có; Ngày ban hành: nếu đã ban hành đến hết ngày 31/08/2025: +30, nhập ngày ban hành đó |",
      "1.2": "(chưa trả lời · chỉ khi đã ban hành đúng hạn; không tính vào các tổng bên dưới) | – / 20 | +20,00 | Ngày ký: nếu đã ban hành đến hết ngày 31/08/2025: nhập ngày ban hành đó (ban hành muộn hơn, đến hết ngày 31/12/2025: được điểm ban hành muộn) |",
    }],
  ] as const)("%s: each row says what the date alone says", async (lang, env, said) => {
    const r = await runCli(["explain", unanswered, "--rubric", RUBRIC, "-f", "md", "--top", "0", "--lang", lang], { env });
    for (const [code, words] of Object.entries(said)) {
      const row = r.stdout.split("\n").find((l) => l.startsWith(`| ${code} |`) && l.includes("| +"));
      expect(row, code).toContain(words);
    }
  });
});

// A date past its deadline that cannot have been done in time (the answer takes no date that early) said "dated
// 2025-09-25 or later": never the last date the answer takes, after which it earns nothing.
describe("explain of a late-only date: the last date it may be dated by", () => {
  const dir = tempDir(temps);
  const rubric = path.join(dir, "late.yaml");
  writeFileSync(rubric, readFileSync(RUBRIC, "utf8").replace('max: 20\n        input: {type: date, min: "2025-01-01"', 'max: 20\n        input: {type: date, min: "2025-09-01"'));
  const file = path.join(dir, "a.yaml");
  writeFileSync(file, 'rubric: {id: plan-mini, version: "1"}\nagency: {id: x, name: Xã X, type: commune}\nperiod: "2025"\nanswers:\n  "1.4": {value: true}\n');

  it.each([
    ["en", "| +10.00 | dated 2025-09-25 or later, on or before 2025-12-31 (past the deadline, 2025-08-31: the late points) |"],
    ["vi", "| +10,00 | ban hành từ ngày 25/09/2025 đến hết ngày 31/12/2025 (đã quá hạn 31/08/2025: được điểm ban hành muộn) |"],
  ])("%s", async (lang, said) => {
    const r = await runCli(["explain", file, "--rubric", rubric, "-f", "md", "--top", "0", "--lang", lang], { env: BEFORE_THE_LAST_DATE });
    const e = JSON.parse((await runCli(["explain", file, "--rubric", rubric, "-f", "json"], { env: BEFORE_THE_LAST_DATE })).stdout);
    expect(e.gains.find((g: { code: string }) => g.code === "1.3")).not.toHaveProperty("in_time");
    expect(r.stdout.split("\n").find((l) => l.startsWith("| 1.3 |") && l.includes("| +"))).toContain(said);
  });
});

// The in-time answer of a date nested deeper (a best_of inside a sum) carried the other parts as they were before
// the sum answered them: {pub: false} undid the sure "pub: yes", and the in-time gain was short by its points.
describe("the in-time answer of a nested date keeps the other parts' sure answers", () => {
  it("a best_of's date inside a sum", () => {
    const input = { type: "parts", fields: [
      { id: "plan", label: { vi: "Kế hoạch", en: "Plan" }, input: { type: "date", min: "2025-01-01", max: "2025-12-31" } },
      { id: "pub", label: { vi: "Công khai", en: "Published" }, input: { type: "boolean" } },
    ] } as unknown as Input;
    const rule = { type: "sum", parts: [
      { max: 15, rule: { type: "best_of", cases: [{ field: "plan", max: 15, rule: { type: "deadline", by: "2025-02-28", late_points: 5 } }] } },
      { field: "pub", max: 5, rule: { type: "fixed" } },
    ] } as unknown as Rule;
    const before = bestAnswer(rule, input, 20, { pub: false }, "en", undefined, "2025-06-01");
    expect(before?.value).toEqual({ plan: "2025-06-01", pub: true });
    expect(before?.inTime?.answer).toEqual({ plan: "2025-02-28", pub: true });
    const after = bestAnswer(rule, input, 20, { pub: false }, "en", undefined, "2026-01-15");
    expect(after?.value).toEqual({ pub: true });
    expect(after?.inTime?.answer).toEqual({ plan: "2025-02-28", pub: true });
  });
});
