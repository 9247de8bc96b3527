import { describe, expect, it } from "vitest";
import { checkStaleDates, checkStaleYears } from "../../src/rubric-ci/lint/stale-year.js";
import { message } from "../../src/i18n/messages.js";
import { miniRubric } from "../helpers/mini-rubric.js";

/** The year-bearing texts of a mini rubric whose period is 2026, its title under test. */
const staleIn = (vi: string, en = "Index", extra: Record<string, unknown> = {}) =>
  checkStaleYears(miniRubric({ period: "2026", title: { vi, en }, ...extra }));

describe("stale-year: a text still saying last year's year after a revision", () => {
  it("says where, and the text as it would read with the period's year (vi and en)", () => {
    const [found, ...rest] = staleIn("Bộ chỉ số DTI cấp xã năm 2025", "Commune DTI, 2025");
    expect(rest.map((i) => i.path.join("/"))).toEqual(["title/en"]);
    expect(found!.path.join("/")).toBe("title/vi");
    expect(found!.severity).toBe("warning");
    expect(message("en", "stale-year", found!.params)).toBe("The text says 2025 while the rubric's period is 2026: \"Bộ chỉ số DTI cấp xã năm 2025\"; if it means the period's year, write \"Bộ chỉ số DTI cấp xã năm 2026\"; if last year is meant, say \"năm trước\" (\"the previous year\") in the sentence, or keep it and list {rule: stale-year, reason: \"WHY\"} under lint: accept: at the rubric's top level");
    expect(message("vi", "stale-year", found!.params)).toContain("hãy viết \"Bộ chỉ số DTI cấp xã năm 2026\"");
  });

  it("finds a date of last year in a guidance text", () => {
    expect(staleIn("Bộ chỉ số", "Index", {}).length).toBe(0);
    expect(staleIn("Ban hành đến hết 28/02/2025 được 20 điểm").map((i) => i.params.fixed)).toEqual(["Ban hành đến hết 28/02/2026 được 20 điểm"]);
  });

  it.each([
    "Theo Quyết định số 922/QĐ-BTTTT năm 2025 của Bộ",
    "Nghị định 42/2025/NĐ-CP",
    "Luật Giao dịch điện tử năm 2025",
    "Nghị quyết 57-NQ/TW năm 2025",
    "Hệ thống ISO 9001:2025",
    "Chỉ tiêu năm 2023 của tỉnh",
    "Giai đoạn 2026-2030",
    "Mã 120251",
  ])("leaves a citation, an older or a later year alone: %s", (text) => {
    expect(staleIn(text)).toEqual([]);
  });

  it.each([
    "Kết quả giải quyết TTHC năm trước (năm 2025)",
    "Số liệu năm 2025 (năm liền trước kỳ đánh giá)",
    "Số nhiệm vụ hoàn thành năm 2025, tức năm trước",
  ])("leaves a year the sentence itself calls the previous one (measured on purpose): %s", (vi) => {
    expect(staleIn(vi, "Results of the previous year, 2025")).toEqual([]);
  });

  it.each([
    "Số hồ sơ năm 2025 tăng so với năm trước",
    "Năm trước đã giao chỉ tiêu; kết quả năm 2025",
  ])("says a year the text compares with the previous one, or names far from it (copied forward, it is stale): %s", (vi) => {
    expect(staleIn(vi).map((i) => i.path.join("/"))).toEqual(["title/vi"]);
  });

  it("still says \"kết quả năm 2025\" alone (copied forward or meant: the text does not say), with the lint.accept entry that keeps it", () => {
    const rubric = miniRubric({ period: "2026" });
    (rubric.groups[0]!.items[0] as { title: object }).title = { vi: "Kết quả năm 2025 của đơn vị", en: "Results" };
    const [found] = checkStaleYears(rubric);
    expect(found!.params.fixed).toBe("Kết quả năm 2026 của đơn vị");
    expect(message("en", "stale-year", found!.params)).toContain(`list {rule: stale-year, code: "1.1", reason: "WHY"} under lint: accept: at the rubric's top level`);
  });

  it("after a citation's clause ends, the year is the text's own again", () => {
    expect(staleIn("Theo Quyết định 922/QĐ-BTTTT; kế hoạch năm 2025").length).toBe(1);
  });

  it("leaves the issuer and provenance (they name a source, with its year) and a period without a year", () => {
    expect(staleIn("Bộ chỉ số", "Index", { issuer: { vi: "Chuyển thể từ bảng DTI năm 2025", en: "After the 2025 sheet" } })).toEqual([]);
    expect(checkStaleYears(miniRubric({ period: "kỳ I", title: { vi: "Năm 2025", en: "2025" } }))).toEqual([]);
  });
});

describe("stale-date: a date deciding scores left before the period after a revision", () => {
  /** A mini rubric for 2028 whose indicator 1.1 takes the given input and rule. */
  const withDates = (input: object, rule: object) => {
    const rubric = miniRubric({ period: "2028" });
    Object.assign(rubric.groups[0]!.items[0]!, { input, rule });
    return checkStaleDates(rubric);
  };

  it("says a date field's latest day in a parts input, 29 February kept in a period year that has one", () => {
    const found = withDates({ type: "parts", fields: [{ id: "d", label: { vi: "Ngày", en: "Date" }, input: { type: "date", max: "2024-02-29" } }] }, { type: "fixed" });
    expect(found.map((i) => [i.path.join("/"), i.params.fixed])).toEqual([["groups/0/items/0/input/fields/0/input/max", "2028-02-29"]]);
  });

  it("gives 28 February in a period year without a 29th, and leaves a min before the period and a period without a year alone", () => {
    const rubric = miniRubric({ period: "2027" });
    Object.assign(rubric.groups[0]!.items[0]!, { input: { type: "date", min: "2025-10-01", max: "2024-02-29" }, rule: { type: "deadline", by: "2027-01-31" } });
    expect(checkStaleDates(rubric).map((i) => [i.params.key, i.params.fixed])).toEqual([["max", "2027-02-28"]]);
    expect(checkStaleDates({ ...rubric, period: "kỳ I" })).toEqual([]);
  });

  it("says a deadline in a sum's part with what it does, in vi and en", () => {
    const [found] = withDates({ type: "date" }, { type: "sum", parts: [{ max: 10, rule: { type: "deadline", by: "2027-03-31" } }, { max: 10, rule: { type: "fixed" } }] });
    expect(found!.path.join("/")).toBe("groups/0/items/0/rule/parts/0/rule/by");
    expect(message("en", "stale-date", found!.params)).toBe("The deadline 2027-03-31 of 1.1 is before the rubric's period 2028: every answer dated in 2028 is late; if the period's deadline is meant, write by: \"2028-03-31\"; if it is meant (a deadline in the year before the period), keep it and list {rule: stale-date, code: \"1.1\", reason: \"WHY\"} under lint: accept: at the rubric's top level");
    expect(message("vi", "stale-date", found!.params)).toContain("mọi câu trả lời ghi một ngày của kỳ 2028 đều trễ hạn");
  });
});
