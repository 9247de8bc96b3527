import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { askSubmitted, datedAfterSent } from "../../src/assess/submitted.js";
import type { AgencyFile } from "../../src/core/agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
import type { Asker } from "../../src/prompts/ask.js";

/** An officer who picks `pick` and, asked for a date, types `typed`; what was offered is kept. */
function officer(pick: string, typed = "") {
  const offered: { choices: string[]; default?: unknown; dateDefault?: string; validate?: (v: string) => true | string } = { choices: [] };
  const asker = {
    select: async (o: { choices: ({ value: unknown; name: string } | "separator")[]; default?: unknown }) => {
      offered.choices = o.choices.map((c) => (c === "separator" ? "-" : c.name));
      offered.default = o.default;
      return pick;
    },
    text: async (o: { default?: string; validate?: (v: string) => true | string }) => {
      offered.dateDefault = o.default;
      offered.validate = o.validate;
      return typed;
    },
  } as unknown as Asker;
  return { asker, offered };
}

describe("the day the file is sent", () => {
  it.each([
    ["a file never sent, Enter: stays not sent", undefined, "keep", "", undefined, ["Chưa gửi (để trống)", "Hôm nay, 30/11/2026", "Ngày khác…"]],
    ["a file never sent, today", undefined, "today", "", "2026-11-30", ["Chưa gửi (để trống)", "Hôm nay, 30/11/2026", "Ngày khác…"]],
    ["another day, typed as a Vietnamese date", null, "other", "25/09/2026", "2026-09-25", ["Chưa gửi (để trống)", "Hôm nay, 30/11/2026", "Ngày khác…"]],
    ["a day already written, Enter: kept", "2026-09-25", "keep", "", undefined, ["Giữ ngày 25/09/2026", "Hôm nay, 30/11/2026", "Ngày khác…", "Chưa gửi (xóa ngày đã ghi)"]],
    ["a day already written, cleared: not sent", "2026-09-25", "clear", "", null, ["Giữ ngày 25/09/2026", "Hôm nay, 30/11/2026", "Ngày khác…", "Chưa gửi (xóa ngày đã ghi)"]],
    ["today already written: today is not offered twice", "2026-11-30", "keep", "", undefined, ["Giữ ngày 30/11/2026", "Ngày khác…", "Chưa gửi (xóa ngày đã ghi)"]],
  ] as const)("%s", async (_, current, pick, typed, expected, choices) => {
    const { asker, offered } = officer(pick, typed);
    expect(await askSubmitted(asker, "vi", current, "2026-11-30")).toBe(expected);
    expect(offered.choices).toEqual(choices);
    expect(offered.default).toBe("keep");
  });

  it("a day written by hand that is no day is offered to clear (Enter: not sent), not to keep", async () => {
    const { asker, offered } = officer("keep");
    expect(await askSubmitted(asker, "vi", "2025-13-01", "2026-11-30")).toBeNull();
    expect(offered.choices[0]).toBe("Chưa gửi (để trống)");
  });

  it("a day written by hand the Vietnamese way (30/9/2026) is offered to keep, Enter writing it as the file writes days (it was cleared: not sent; found by helper officer7)", async () => {
    const { asker, offered } = officer("keep");
    expect(await askSubmitted(asker, "vi", "30/9/2026", "2026-11-30")).toBe("2026-09-30");
    expect(offered.choices[0]).toBe("Giữ ngày 30/09/2026");
  });

  it("another day must be a day, not after today nor before the period's year; the day written is offered", async () => {
    const { asker, offered } = officer("other", "2026-09-26");
    expect(await askSubmitted(asker, "en", "2026-09-25", "2026-11-30", "2026")).toBe("2026-09-26");
    expect(offered.dateDefault).toBe("2026-09-25");
    // The day February lacks is named (it was the generic "Not a date").
    expect(offered.validate!("31/02/2026")).toBe("February 2026 has 28 days, there is no day 31: type e.g. 28/02/2026");
    expect(offered.validate!("hôm qua")).toBe("Not a date: type 2025-03-31 or 31/03/2025");
    expect(offered.validate!("26/09/2026")).toBe(true);
    expect(offered.validate!("30/11/2026")).toBe(true);
    // 25/09/2062 for 2026: a slip of the year.
    expect(offered.validate!("01/12/2026")).toBe("The date sent cannot be after today (2026-11-30)");
    expect(offered.validate!("25/09/2062")).toBe("The date sent cannot be after today (2026-11-30)");
    expect(offered.validate!("31/12/2025")).toBe("The date sent cannot be before the period 2026");
    // The period's first day is in it.
    expect(offered.validate!("01/01/2026")).toBe(true);
  });

  it("a day typed without its year (15/3) is its last one not after today, said, as a date question says its year (it was refused: not a date)", async () => {
    const { asker, offered } = officer("other", "15/3");
    const said: string[] = [];
    // Sent in 2026 for the period 2025: the day is this year's, not the period's 15/03/2025.
    expect(await askSubmitted(asker, "vi", undefined, "2026-11-30", "2025", (line) => said.push(line))).toBe("2026-03-15");
    expect(said).toEqual(["15/3 được hiểu là ngày 15/03/2026"]);
    expect(offered.validate!("15/3")).toBe(true);
    // The day February lacks is named in the year it would be read in, as for a full date.
    expect(offered.validate!("30/2")).toBe("Tháng 2 năm 2026 chỉ có 28 ngày, không có ngày 30: nhập ví dụ 28/02/2026");
    // Not yet come this year: last year's, which may be in the period.
    expect(offered.validate!("15/12")).toBe(true);
  });

  it.each([
    ["2026-02-01", "2025", "15/3", "2025-03-15"],
    ["2026-03-15", "2025", "15/3", "2026-03-15"],
    ["2025-09-25", "2025", "25/9", "2025-09-25"],
  ])("today %s, period %s: %s is read as %s", async (today, period, typed, day) => {
    const { asker } = officer("other", typed);
    expect(await askSubmitted(asker, "vi", undefined, today, period)).toBe(day);
  });

  it("a day typed without its year that would fall before the period is refused as before it", async () => {
    const { asker, offered } = officer("other", "15/12");
    await askSubmitted(asker, "en", undefined, "2026-02-01", "2026");
    expect(offered.validate!("15/12")).toBe("The date sent cannot be before the period 2026");
  });

  it("a full date typed is taken without a word", async () => {
    const { asker } = officer("other", "15/03/2026");
    const said: string[] = [];
    expect(await askSubmitted(asker, "vi", undefined, "2026-11-30", "2025", (line) => said.push(line))).toBe("2026-03-15");
    expect(said).toEqual([]);
  });

  it.each([
    ["2025-Q3", "Ngày gửi không thể trước kỳ đánh giá 2025"],
    ["2025–2026", "Ngày gửi không thể trước kỳ đánh giá 2025"],
    ["Năm 2025", true],
  ])("a period written %s: its year, where it starts with one, sets the first day", async (period, said) => {
    const { asker, offered } = officer("other", "2020-01-01");
    await askSubmitted(asker, "vi", undefined, "2026-11-30", period);
    expect(offered.validate!("01/01/2020")).toBe(said);
  });
});

describe("the dates later than the day the file would be sent", () => {
  const outcome = loadRubric(path.join(ROOT, "rubrics/dti-cap-xa.yaml"));
  if (!outcome.ok) throw new Error("the bundled commune rubric did not load");
  const rubric = outcome.loaded.rubric;
  const commune = parse(readFileSync(path.join(ROOT, "examples/xa-can-giuoc-tay-ninh.yaml"), "utf8"), { stringKeys: true }) as AgencyFile;
  // 4.22.7 answers a plan issued 2025-08-12, with the plan as its evidence: a day before it names both, an answer's
  // date among them (validate's answer-after-submission), which assess asked about only for the evidence.
  it.each([
    ["the day after every date", "2026-03-20", [], false],
    ["a day before the plan's issue date", "2025-08-11", ["4.22.7"], true],
  ])("%s", (_, sent, codes, answers) => {
    const later = datedAfterSent(rubric, commune, sent);
    expect(later.codes.filter((c) => c === "4.22.7")).toEqual(codes);
    expect(later.answers).toBe(answers);
  });

  it("an answer's date alone is counted, its evidence left undated", () => {
    const answers = { ...commune.answers, "4.22.7": { value: "2025-08-12" } };
    const later = datedAfterSent(rubric, { ...commune, answers }, "2025-08-11");
    expect(later.codes).toContain("4.22.7");
    expect(later.answers).toBe(true);
  });
});
