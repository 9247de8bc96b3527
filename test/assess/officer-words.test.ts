import { describe, expect, it } from "vitest";
import { askIndicator } from "../../src/assess/ask-indicator.js";
import { allIndicators } from "../../src/core/codes.js";
import type { Answer } from "../../src/core/agency.js";
import type { Asker, Choice } from "../../src/prompts/ask.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";
import { Refused, typedText } from "../helpers/scripted-officer.js";

/**
 * Answers as an officer types them at a real terminal (found by helper officer7): each text question gets the next
 * of `typed`; lists their first choice; confirms no. The answer kept, or the line the first refusal said, and what
 * was printed on the way.
 */
async function answering(item: Record<string, unknown>, typed: string[], lang: "vi" | "en" = "vi", current?: Answer, confirms: boolean[] = [], today?: string): Promise<{ answer?: Answer; refused?: string; menu?: boolean; skipped?: boolean; printed: string[]; asked: string[]; steps: Answer[] }> {
  const built = miniRubric({ groups: [{ code: "1", title: t("Một"), max: 10, items: [{ code: "1.1", title: t("Thử"), max: 10, rule: { type: "ratio" }, ...item }] }], bonus: undefined, penalty: undefined, aggregates: [] });
  const printed: string[] = [], asked: string[] = [], steps: Answer[] = [];
  const asker: Asker = {
    text: typedText([...typed], (m) => asked.push(m)),
    async select<T>(o: { choices: (Choice<T> | "separator")[] }) { return o.choices.find((c): c is Choice<T> => c !== "separator")!.value; },
    async checkbox() { return []; },
    async confirm(o) { asked.push(o.message); return confirms.shift() ?? false; },
  };
  try {
    const outcome = await askIndicator({ asker, lang, rubric: built, print: (line) => printed.push(line), ...(today ? { today } : {}) }, allIndicators(built)[0]!, current, (a) => { steps.push(structuredClone(a)); });
    const then = outcome.kind === "answer" ? (outcome.menu ? { menu: true } : {}) : outcome.kind === "menu" ? { menu: true } : { skipped: true };
    return { ...(outcome.kind === "answer" ? { answer: outcome.answer } : {}), ...then, printed, asked, steps };
  } catch (e) {
    if (e instanceof Refused) return { refused: e.error, printed, asked, steps };
    throw e;
  }
}

describe("N/A typed in words, as the prompt says it (na nếu không áp dụng) and as validate reads it in a file", () => {
  const count = { input: { type: "count" }, na: "rescale" };

  it.each(["không áp dụng", "Không áp dụng", "khong ap dung", "N/A", "not applicable"])("%j is N/A, with its reason asked", async (words) => {
    expect((await answering(count, [words, "Không có hệ thống riêng", ""])).answer).toEqual({ na: true, reason: "Không có hệ thống riêng" });
  });

  it("where N/A is not allowed, the words are told so (they were refused as no number: type e.g. 1000 or 12,5)", async () => {
    const refused = (await answering({ input: { type: "count" } }, ["không áp dụng"])).refused;
    expect(refused).toBe((await answering({ input: { type: "count" } }, ["na"])).refused);
    expect(refused).not.toContain("12,5");
  });
});

describe("an amount typed with another magnitude than the question's unit (1,2 tỷ đồng where it counts in triệu đồng)", () => {
  const money = { input: { type: "number", unit: t("triệu đồng", "million VND"), min: 0, max: 100000 } };

  it("is refused with the figure to type in the unit (it was: not a number, e.g. 1000 or 12,5)", async () => {
    expect((await answering(money, ["1,2 tỷ đồng"])).refused).toBe("\"1,2 tỷ đồng\" là 1200 triệu đồng: chỉ nhập con số 1200");
    expect((await answering(money, ["500 nghìn"])).refused).toBe("\"500 nghìn\" là 0,5 triệu đồng: chỉ nhập con số 0,5");
    expect((await answering(money, ["1.2 billion VND"], "en")).refused).toBe("\"1.2 billion VND\" is 1200 million VND: type the number 1200");
  });

  it("a count in thousands is told its figure, and one past the question's limit is told the limit", async () => {
    expect((await answering({ input: { type: "count", unit: t("người", "people") } }, ["5 nghìn người"])).refused).toBe("\"5 nghìn người\" là 5000 người: chỉ nhập con số 5000");
    expect((await answering(money, ["200 tỷ"])).refused).not.toContain("200000:");
    expect((await answering(money, ["200 tỷ"])).refused).toContain("100000");
  });
});

describe("a fraction typed whole at its first part, as a form's cell writes it (66/68) and validate suggests it for a file", () => {
  const fraction = { input: { type: "fraction", numerator: t("Số có máy tính"), denominator: t("Tổng số"), integer: true } };

  it("66/68 at a = … is a = 66 and b = 68, said, b not asked (it was refused: not a number, e.g. 1000 or 12,5)", async () => {
    const r = await answering(fraction, ["66/68", ""]);
    expect(r.answer).toEqual({ value: { a: 66, b: 68 } });
    expect(r.printed.join("\n")).toContain("a = 66, b = 68");
  });

  it("two cells copied from a spreadsheet (a tab between) are a and b too (it was refused: not a number)", async () => {
    const r = await answering(fraction, ["1.234\t2.500", ""]);
    expect(r.answer).toEqual({ value: { a: 1234, b: 2500 } });
    expect(r.printed.join("\n")).toContain("a = 1234, b = 2500");
  });

  it("with spaces around the slash, too", async () => {
    expect((await answering(fraction, ["3 / 4", ""])).answer).toEqual({ value: { a: 3, b: 4 } });
  });

  it("68/66 is refused as a above b, and 1,5/4 as no whole number: the question's own checks", async () => {
    expect((await answering(fraction, ["68/66"])).refused).toContain("a = 68 (Số có máy tính)");
    expect((await answering(fraction, ["1,5/4"])).refused).toBe((await answering(fraction, ["1,5"])).refused);
  });
});

describe("a fraction typed whole with thousands points (1.200/1.500 households)", () => {
  it("each part is read as the question allows it: whole numbers, so 1200 and 1500 (it was refused: not a number)", async () => {
    const households = { input: { type: "fraction", numerator: t("Số hộ có cáp quang"), denominator: t("Tổng số hộ"), integer: true } };
    expect((await answering(households, ["1.200/1.500", ""])).answer).toEqual({ value: { a: 1200, b: 1500 } });
  });

  it("a part still read two ways is not guessed: the parts are asked one by one", async () => {
    const share = { input: { type: "fraction", numerator: t("a"), denominator: t("b") } };
    expect((await answering(share, ["1.200/1.500"])).refused).toContain("b ở câu tiếp theo");
  });
});

describe("evidence a hand edit wrote as a text, not a list of items, asked again", () => {
  const item = { input: { type: "percent" }, evidence: { required: true, min: 1, fields: ["number", "date", "title"] } };
  const held = (evidence: unknown) => ({ value: 85, evidence } as unknown as Answer);

  it("one text is one item, its title, kept and its missing fields asked (it was 'keep 50 items?', then an internal error)", async () => {
    const text = "CV 125/VNPT-QB ngày 02/10/2025 về số liệu phủ sóng";
    const r = await answering(item, ["", "125/VNPT-QB", "02/10/2025", ""], "vi", held(text), [true]);
    expect(r.asked[1]).toBe("Giữ 1 minh chứng đã có?");
    expect(r.answer?.evidence).toEqual([{ title: text, number: "125/VNPT-QB", date: "2025-10-02" }]);
  });

  it("a citation is read into its fields; a web address is the item's link", async () => {
    const cited = await answering(item, ["", ""], "vi", held("Quyết định số 45/QĐ-UBND ngày 14/02/2025 về kế hoạch"), [true]);
    expect(cited.answer?.evidence).toEqual([{ number: "45/QĐ-UBND", date: "2025-02-14", title: "Quyết định về kế hoạch" }]);
    const linked = await answering({ ...item, evidence: { required: true, fields: ["link"] } }, ["", ""], "vi", held("https://xa.gov.vn/kh"), [true]);
    expect(linked.answer?.evidence).toEqual([{ link: "https://xa.gov.vn/kh" }]);
  });

  it("an item written without its dash (a mapping) is one item, and a list of texts is items (each was lost or spread letter by letter)", async () => {
    const dashless = await answering(item, ["", ""], "vi", held({ number: "12/KH", date: "2025-03-01", title: "Kế hoạch" }), [true]);
    expect(dashless.answer?.evidence).toEqual([{ number: "12/KH", date: "2025-03-01", title: "Kế hoạch" }]);
    // Saved with the value, before the evidence is asked (Ctrl-C there): the item as the file had it, not dropped.
    expect(dashless.steps[0]).toEqual({ value: 85, evidence: { number: "12/KH", date: "2025-03-01", title: "Kế hoạch" } });
    const texts = await answering(item, ["", "12/KH", "01/03/2025", ""], "vi", held(["Kế hoạch"]), [true]);
    expect(texts.answer?.evidence).toEqual([{ title: "Kế hoạch", number: "12/KH", date: "2025-03-01" }]);
  });
});

describe("a share typed as a/b where a percentage is asked (66/68, as a form's cell writes it)", () => {
  it("is refused with the percentage it makes, to type (it said only: not a number, e.g. 1000 or 12,5)", async () => {
    const refused = (await answering({ input: { type: "percent" } }, ["66/68"])).refused;
    expect(refused).toBe("66/68 là 97,06 %: hãy nhập 97,06");
    expect((await answering({ input: { type: "percent" } }, ["97,06", ""])).answer).toEqual({ value: 97.06 });
  });

  it("a/b with a above b, or b = 0, gets no percentage", async () => {
    expect((await answering({ input: { type: "percent" } }, ["68/66"])).refused).not.toContain("%");
    expect((await answering({ input: { type: "percent" } }, ["0/0"])).refused).not.toContain("%");
  });
});

describe("an answer changed from the menu: the evidence it holds is shown before 'keep it?'", () => {
  it("each item is listed (it asked 'Giữ 1 minh chứng đã có?' without saying which)", async () => {
    const item = { input: { type: "boolean" }, evidence: { required: true, fields: ["number", "date", "title"] } };
    const current = { value: true, evidence: [{ number: "45/QĐ-SKHCN", date: "2025-01-10", title: "Quyết định thành lập BCĐ CĐS" }] } as Answer;
    const r = await answering(item, ["", ""], "vi", current, [true]);
    expect(r.printed).toContain("  · 45/QĐ-SKHCN · 10/01/2025 · Quyết định thành lập BCĐ CĐS");
    expect(r.answer?.evidence).toEqual(current.evidence);
  });
});

describe("text that is no number, where a whole number is asked", () => {
  it.each([
    ["a count", { input: { type: "count" } }],
    ["a fraction of whole numbers", { input: { type: "fraction", numerator: t("a"), denominator: t("b"), integer: true } }],
  ])("%s: the example is a whole number (it said e.g. 1000 or 12,5, and 12,5 is then refused)", async (_, item) => {
    expect((await answering(item, ["Đạt"])).refused).toBe("Không phải là số: hãy nhập ví dụ 1000");
  });

  it("where a decimal is taken, both examples stay", async () => {
    expect((await answering({ input: { type: "number" } }, ["Đạt"])).refused).toBe("Không phải là số: hãy nhập ví dụ 1000 hoặc 12,5");
  });
});

// `?` is "answer later" at every other question; at the note it was saved as the note "?" (found by helper officer8).
describe("? and m at the note, as at every other question", () => {
  const count = { input: { type: "count" } };

  it("? saves no note: the answer is kept, its note left for later", async () => {
    expect((await answering(count, ["4", "?"])).answer).toEqual({ value: 4 });
  });

  it("? keeps a note saved before, as it stands", async () => {
    expect((await answering(count, ["4", "?"], "vi", { value: 3, note: "theo biên bản" })).answer).toEqual({ value: 4, note: "theo biên bản" });
  });

  it("m saves no note \"m\": the answer is kept, and the menu opens after it", async () => {
    const r = await answering(count, ["4", "m"]);
    expect(r.answer).toEqual({ value: 4 });
    expect(r.menu).toBe(true);
  });

  it("a text or a note that happens to be a name JavaScript objects have (constructor) is no command: the question was skipped", async () => {
    expect((await answering({ input: { type: "text" } }, ["constructor", "toString"])).answer).toEqual({ value: "constructor", note: "toString" });
  });

  it("? at the reason for N/A is \"later\" too: the N/A kept without its reason, as at Ctrl-C (the N/A was dropped)", async () => {
    const r = await answering({ input: { type: "count" }, na: "rescale" }, ["na", "?"]);
    expect([r.answer, r.skipped, r.steps]).toEqual([undefined, true, [{ na: true }]]);
  });
});

// Officers shorten the unit: "4 cuộc" for 4 cuộc họp was refused, "hãy nhập 4" (found by helper officer8).
describe("a count typed with the first words of its unit", () => {
  const meetings = { input: { type: "count", unit: t("cuộc họp"), max: 52 } };

  it.each(["4 cuộc", "4 cuộc họp", "4 Cuộc"])("%j is 4", async (typed) => {
    expect((await answering(meetings, [typed, ""])).answer).toEqual({ value: 4 });
  });

  it.each(["4 họp", "4 buổi", "4 cuộc gọi"])("%j (another unit, or not its first words) is still refused", async (typed) => {
    expect((await answering(meetings, [typed, ""])).refused).toBeDefined();
  });

  // "12 tin bài" at 4.22.10 of dti-cap-xa, counted in "tin, bài, chương trình", was refused too.
  it.each(["12 tin bài", "12 tin", "12 bài", "12 chương trình"])("%j, a unit that lists several, is 12", async (typed) => {
    expect((await answering({ input: { type: "count", unit: t("tin, bài, chương trình") } }, [typed, ""])).answer).toEqual({ value: 12 });
  });

  it("a unit that lists several still refuses another (12 người)", async () => {
    expect((await answering({ input: { type: "count", unit: t("tin, bài, chương trình") } }, ["12 người", ""])).refused).toBeDefined();
  });
});

// "15/3" for a plan issued on 15 March was refused as "no valid day" where the question takes days of 2025 only (found by helper officer8).
describe("a day typed without its year", () => {
  const issued = { input: { type: "date", min: "2025-01-01", max: "2025-12-31" } };

  it.each(["15/3", "15/03", "15.3"])("%j is that day of the one year the question takes", async (typed) => {
    expect((await answering(issued, [typed, ""])).answer).toEqual({ value: "2025-03-15" });
  });

  it("is still refused where the question takes days of several years, or none is said", async () => {
    for (const [item, typed] of [[{ input: { type: "date", min: "2024-01-01", max: "2025-12-31" } }, "15/3"], [{ input: { type: "date" } }, "15/3"]] as const) {
      const r = await answering(item, [typed]);
      expect(r.answer).toBeUndefined();
      expect(r.refused).toMatch(/^Ngày không hợp lệ/);
    }
  });
});

// 15/8 was taken as 15/08/2025 with nothing said, and 31/02/2025 refused as "Ngày không hợp lệ" only (officer14).
describe("a date typed: the year added is said, a day the month lacks is named", () => {
  const issued = { input: { type: "date", min: "2025-01-01", max: "2025-12-31" } };

  it.each([
    ["vi", "15/8 được hiểu là ngày 15/08/2025"],
    ["en", "15/8 read as 2025-08-15"],
  ] as const)("15/8 is taken with the date said (%s)", async (lang, said) => {
    const r = await answering(issued, ["15/8", ""], lang);
    expect(r.answer).toEqual({ value: "2025-08-15" });
    expect(r.printed).toContain(said);
  });

  it.each(["vi", "en"] as const)("31 / 8 / 2025, spaces around the slashes, is 31/08/2025 (%s; it was refused as no date; found by helper officer55)", async (lang) => {
    expect((await answering(issued, ["31 / 8 / 2025", ""], lang)).answer).toEqual({ value: "2025-08-31" });
  });

  // A plan's issue date after today was taken without a word (found by helper officer55): said, and kept.
  it.each([
    ["vi", "15/10/2025", "15/10/2025 là ngày sau hôm nay (01/09/2025): kiểm tra lại năm/tháng"],
    ["en", "15/10/2025", "15/10/2025 is after today (01/09/2025): check the year and month"],
    ["en", "2025-10-15", "2025-10-15 is after today (2025-09-01): check the year and month"],
    ["vi", "15/10", "15/10/2025 là ngày sau hôm nay (01/09/2025): kiểm tra lại năm/tháng"],
  ] as const)("%s %s, after today, is said and kept", async (lang, typed, said) => {
    const r = await answering(issued, [typed, ""], lang, undefined, [], "2025-09-01");
    expect(r.answer).toEqual({ value: "2025-10-15" });
    expect(r.printed).toContain(said);
  });

  it("today, or an answer kept with Enter, is not said to be after today", async () => {
    expect((await answering(issued, ["01/09/2025", ""], "vi", undefined, [], "2025-09-01")).printed.join("\n")).not.toContain("sau hôm nay");
    expect((await answering(issued, ["", ""], "vi", { value: "2025-10-15" }, [], "2025-09-01")).printed.join("\n")).not.toContain("sau hôm nay");
  });

  it.each([
    ["vi", "15/10/2025 là ngày sau hôm nay (01/09/2025): kiểm tra lại năm/tháng"],
    ["en", "15/10/2025 is after today (01/09/2025): check the year and month"],
  ] as const)("an evidence date after today is said too, and kept (%s)", async (lang, said) => {
    const dated = { input: { type: "boolean" }, rule: { type: "fixed" }, evidence: { required: true, min: 1, fields: ["number", "date"] } };
    const r = await answering(dated, [lang === "vi" ? "có" : "yes", "12/QĐ-UBND", "15/10/2025", "", "", "", "", ""], lang, undefined, [], "2025-09-01");
    expect(r.printed).toContain(said);
    expect(r.answer?.evidence).toEqual([{ number: "12/QĐ-UBND", date: "2025-10-15" }]);
  });

  it("a date typed whole is taken without a word", async () => {
    expect((await answering(issued, ["15/08/2025", ""])).printed.join("\n")).not.toContain("được hiểu là");
  });

  it.each([
    ["vi", "31/02/2025", "Tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 31: nhập ví dụ 28/02/2025"],
    // The example in the order typed (it was 2025-02-28 in English for 29/02/2025; found by helper officer55).
    ["en", "31/02/2025", "February 2025 has 28 days, there is no day 31: type e.g. 28/02/2025"],
    ["en", "29/02/2025", "February 2025 has 28 days, there is no day 29: type e.g. 28/02/2025"],
    ["en", "2025-02-29", "February 2025 has 28 days, there is no day 29: type e.g. 2025-02-28"],
    ["vi", "2025-02-29", "Tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 29: nhập ví dụ 2025-02-28"],
    ["vi", "31/2", "Tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 31: nhập ví dụ 28/02/2025"],
    ["vi", "2024-02-30", "Tháng 2 năm 2024 chỉ có 29 ngày, không có ngày 30: nhập ví dụ 2024-02-29"],
    ["vi", "31/04/2025", "Tháng 4 năm 2025 chỉ có 30 ngày, không có ngày 31: nhập ví dụ 30/04/2025"],
    ["vi", "03/31/2025", "Không có tháng 31: ngày viết trước tháng, hãy nhập 31/03/2025"],
    ["en", "03/31/2025", "There is no month 31: with slashes the day comes first, type 31/03/2025"],
    // Typed year first, it was told "with slashes the day comes first, type 13/01/2025": put right in the order typed.
    ["en", "2025-13-01", "There is no month 13: with the year first the month comes before the day, type 2025-01-13"],
    ["vi", "2025-13-01", "Không có tháng 13: viết theo thứ tự năm-tháng-ngày, hãy nhập 2025-01-13"],
    ["vi", "15/13/2025", "Không có tháng 13: tháng từ 1 đến 12, ngày viết trước tháng (31/03/2025) hoặc năm viết trước (2025-03-31)"],
    ["en", "15/13/2025", "There is no month 13: months run from 1 to 12, the day written first (31/03/2025) or the year first (2025-03-31)"],
  ] as const)("%s %s is refused saying which day or month is none", async (lang, typed, said) => {
    expect((await answering(issued, [typed], lang)).refused).toBe(said);
  });

  it("at an evidence item's date too", async () => {
    const dated = { input: { type: "boolean" }, rule: { type: "fixed" }, evidence: { required: true, min: 1, fields: ["number", "date"] } };
    expect((await answering(dated, ["có", "12/QĐ-UBND", "31/02/2025"])).refused).toBe("Tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 31: nhập ví dụ 28/02/2025");
  });
});

// 31/8/25 was refused as "Ngày không hợp lệ: nhập ví dụ 31/03/2025 …", not saying the year was short (helper officer53).
describe("a date typed with a two-digit year", () => {
  const issued = { input: { type: "date", min: "2025-01-01", max: "2025-12-31" } };

  it.each([
    ["vi", "31/8/25", "31/8/25: cần ghi năm đủ 4 chữ số, ví dụ 31/08/2025"],
    // The example in the order typed, in English too (it read "e.g. 2025-08-31" for 31/8/25).
    ["en", "31/8/25", "31/8/25: write the year in full, e.g. 31/08/2025"],
    ["en", "31-8-25", "31-8-25: write the year in full, e.g. 31/08/2025"],
    ["vi", "31.08.25", "31.08.25: cần ghi năm đủ 4 chữ số, ví dụ 31/08/2025"],
  ] as const)("%s %s is refused saying to write the year in full", async (lang, typed, said) => {
    const r = await answering(issued, [typed], lang);
    expect(r.answer).toBeUndefined();
    expect(r.refused).toBe(said);
  });

  it("at an evidence item's date too; a day that is none in 20YY is still only not a date", async () => {
    const dated = { input: { type: "boolean" }, rule: { type: "fixed" }, evidence: { required: true, min: 1, fields: ["number", "date"] } };
    expect((await answering(dated, ["có", "12/QĐ-UBND", "12/3/25"])).refused).toBe("12/3/25: cần ghi năm đủ 4 chữ số, ví dụ 12/03/2025");
    expect((await answering(issued, ["31/2/25"])).refused).toMatch(/^Ngày không hợp lệ/);
  });
});

describe("both parts of a fraction typed at once, b = 0 where the indicator refuses it", () => {
  const fraction = { input: { type: "fraction", numerator: t("Số hồ sơ trực tuyến"), denominator: t("Tổng số hồ sơ"), zero_denominator: "invalid" } };

  // "Taken as a = 0, b = 0", then "does not accept b = 0": the officer read it taken, then refused.
  it("is refused without being said taken first, and asked again", async () => {
    const r = await answering(fraction, ["0/0", "3/4", ""], "en");
    expect(r.answer).toEqual({ value: { a: 3, b: 4 } });
    expect(r.printed).not.toContain("Taken as a = 0, b = 0");
    expect(r.printed).toContain("Taken as a = 3, b = 4");
    expect(r.printed.some((l) => l.includes("does not accept b = 0"))).toBe(true);
  });

  // It said "answer N/A where allowed" at every such indicator, dti-cap-xa's 1.3 and 1.5 among them, which take no N/A.
  it.each([
    ["vi", undefined, "Chỉ số này không nhận mẫu số b = 0; nhập lại"],
    ["en", undefined, "This indicator does not accept b = 0; enter them again"],
    ["vi", "rescale", "Chỉ số này không nhận mẫu số b = 0; nhập lại, hoặc nếu chỉ số không áp dụng cho cơ quan, gõ na rồi ghi lý do"],
    ["en", "rescale", "This indicator does not accept b = 0; enter them again, or if it does not apply to the agency, type na and give the reason"],
  ] as const)("%s, N/A policy %s: na is named only where the indicator takes it", async (lang, na, said) => {
    const r = await answering({ ...fraction, ...(na ? { na } : {}) }, ["12", "0", "3", "4", ""], lang);
    expect(r.answer).toEqual({ value: { a: 3, b: 4 } });
    expect(r.printed).toContain(said);
  });

  it.each([
    ["vi", "66 trên 68"], ["vi", "66 trong số 68"], ["en", "66 of 68"], ["en", "66 out of 68"],
  ] as const)("%s %j, a share said in words at a, is both parts (it was: not a number, type e.g. 1000)", async (lang, typed) => {
    expect((await answering(fraction, [typed, ""], lang)).answer).toEqual({ value: { a: 66, b: 68 } });
  });

  it("a typed before b = 0 is offered again, kept with Enter (it was asked with nothing offered, to be typed again)", async () => {
    const r = await answering(fraction, ["12", "0", "", "15", ""], "en");
    expect(r.answer).toEqual({ value: { a: 12, b: 15 } });
  });
});

describe("words typed before a figure, as an officer says an estimate (khoảng 35%) (found by helper officer30)", () => {
  const percent = { input: { type: "percent" }, na: "zero" };

  it("is refused with the figure found offered to type, never taken as the answer (it was only: not a number)", async () => {
    const r = await answering(percent, ["khoảng 35%"]);
    expect(r.answer).toBeUndefined();
    expect(r.refused).toBe("Chỉ nhập con số, bỏ \"khoảng\" phía trước: gõ 35 nếu đúng là số liệu; số ước tính thì ghi rõ ở câu ghi chú, được hỏi sau đó");
    expect((await answering(percent, ["about 35.5 %"], "en")).refused).toBe("Type the number alone, without \"about\" before it: type 35.5 if that is the figure; say it is an estimate in the note, asked further on");
  });

  it("a count with its unit after the figure, and at a fraction's part, too", async () => {
    expect((await answering({ input: { type: "count", unit: t("hộ", "households") } }, ["khoảng 120 hộ"])).refused).toContain("gõ 120 nếu");
    expect((await answering({ input: { type: "fraction", numerator: t("Số có máy tính"), denominator: t("Tổng số"), integer: true } }, ["gần 25"])).refused).toContain("bỏ \"gần\" phía trước: gõ 25");
  });

  it("a figure the question refuses is told that refusal, not offered", async () => {
    expect((await answering(percent, ["khoảng 135%"])).refused).toBe((await answering(percent, ["135"])).refused);
  });
});

describe("a above b, told in the question's own words (found by helper officer30)", () => {
  const computers = { input: { type: "fraction", numerator: t("Số CBCCVC được trang bị máy tính", "Officials with a computer"), denominator: t("Tổng số CBCCVC", "All officials"), integer: true } };

  it("25/22 at a = names a and b by their labels (it was: Tử số (25) không được lớn hơn mẫu số (22))", async () => {
    expect((await answering(computers, ["25/22"])).refused).toBe("a = 25 (Số CBCCVC được trang bị máy tính) không được lớn hơn b = 22 (Tổng số CBCCVC); nhập lại");
    expect((await answering(computers, ["25/22"], "en")).refused).toBe("a = 25 (Officials with a computer) cannot exceed b = 22 (All officials); enter them again");
  });

  it("typed one after the other, the same words are said before a and b are asked again", async () => {
    const r = await answering(computers, ["25", "22", "20", "", ""]);
    expect(r.printed).toContain("a = 25 (Số CBCCVC được trang bị máy tính) không được lớn hơn b = 22 (Tổng số CBCCVC); nhập lại");
    expect(r.answer).toEqual({ value: { a: 20, b: 22 } });
  });
});
