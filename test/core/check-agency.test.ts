import { PERIOD_MAX } from "../../src/core/agency-schema.js";
import { message } from "../../src/i18n/messages.js";
import { describe, expect, it } from "vitest";
import { checkAgency, claimsPoints, suggestCode, suggestKey } from "../../src/core/check-agency.js";
import { allIndicators } from "../../src/core/codes.js";
import type { Indicator } from "../../src/core/rubric.js";
import type { AgencyFile } from "../../src/core/agency.js";
import type { Issue } from "../../src/core/issue.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { agency, miniRubric, t } from "../helpers/mini-rubric.js";
import { cpuTimed } from "../helpers/cpu-time.js";

// The codes of a rubric like dti-cap-so: groups 1–6, group 5 up to 5.10, group 6 three levels deep.
const CODES = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "3.1", "3.2", "5.1", "5.9", "5.10", "6.1.1", "6.1.2", "6.1.5", "6.2.1"];

describe("suggestKey", () => {
  const KEYS = ["value", "na", "reason", "evidence", "note", "flag", "verified", "submitted", "respondent"];
  it.each([
    ["“evidence”", "evidence"], // smart quotes from a word processor
    ["‘note’", "note"],
    ["Evidence", "evidence"],
    ["ｖａｌｕｅ", "value"], // full-width letters
    ["evidance", "evidence"],
    ["submited", "submitted"],
    ["respondant", "respondent"],
    ["vlaue", "value"], // two letters swapped: one slip, as a typist makes it
    ["noet", "note"],
    ["vluae", undefined], // two slips in a short key: too far to tell
    ["no", undefined], // short keys are close to everything
    ["ghi_chu", undefined],
    ["value", undefined], // already a known key
    ["not", "note"], // three letters, one left out, no other key that near
    ["an", "na"], // two letters swapped
  ])("%s → %s", (key, expected) => {
    expect(suggestKey(key, KEYS)).toBe(expected);
  });

  // An indicator's keys in a rubric (keysAt there), where mx: was written for max:; a number input's keys.
  const INDICATOR = ["code", "title", "description", "max", "aggregate", "weight", "cap", "floor", "applies_to", "items", "heading", "guidance", "info_only", "input", "rule", "na", "evidence", "source", "verifier"];
  const NUMBER = ["type", "unit", "min", "max", "integer"];
  it.each([
    ["mx", "max", INDICATOR], // a letter left out of a three-letter key
    ["cp", "cap", INDICATOR],
    ["mxa", "max", INDICATOR], // two letters swapped
    ["cpa", "cap", INDICATOR],
    ["rul", "rule", INDICATOR],
    ["nna", "na", INDICATOR],
    ["mas", "max", INDICATOR], // a letter changed in three letters, no other key that near
    ["tittle", "title", INDICATOR], // longer keys as before
    ["ma", undefined, INDICATOR], // as near max (a letter left out) as na (one changed)
    ["no", undefined, INDICATOR], // a letter changed in two letters: half the key
    ["m", undefined, INDICATOR], // one letter says nothing
    ["mix", undefined, NUMBER], // as near min as max
    ["mn", "min", NUMBER],
    ["in", undefined, [...NUMBER, "id"]], // as near min (a letter left out) as id (one changed)
  ])("a short key: %s → %s", (key, expected, known) => {
    expect(suggestKey(key, known)).toBe(expected);
  });
});

describe("suggestCode", () => {
  it.each([
    ["1.1O", "1.1"], // O typed for 0, no 1.10: a slip within group 1, not 5.10 in another group
    ["3.1O", "3.1"],
    ["5.1O", "5.10"], // the look-alike exists
    ["5.l0", "5.10"],
    ["6.1.10", "6.1.1"],
    ["1.7", "1.6"], // the nearest number among the codes one slip away
    ["9.9.9.9", undefined], // nothing near
    ["3.5", "3.2"], // 3.1 and 3.2 one slip away: the nearer number
    ["6.1.4", "6.1.5"], // 6.1.1, 6.1.2 and 6.1.5 are one slip away: the nearest number
    ["“3.2”", "3.2"], // a word processor's quotes around the code
    ["‘6.1.2’", "6.1.2"],
    ["8.7", undefined], // two slips into another group (1.3, 5.9 …): nothing but the dot in common; it was 1.6
    ["7.10", "5.10"], // one slip in the group's number: still said
  ])("%s → %s", (code, expected) => {
    expect(suggestCode(code, CODES)).toBe(expected);
  });

  it.each([["departmen", "department"], ["deprtmnt", "department"], ["comune", "commune"]])("a value without dots: %s → %s", (value, expected) => {
    expect(suggestCode(value, ["department", "vertical", "commune"])).toBe(expected);
  });
});

describe("evidence missing", () => {
  const rubric = miniRubric();
  const answered = agency({ "1.1": { value: true } });
  it.each([
    ["the file is invalid (the default)", { required: true }, [["evidence-missing", "error"]]],
    ["the file is invalid, said so", { required: true, when_missing: "invalid" }, [["evidence-missing", "error"]]],
    ["the file is scored, the answer earning nothing: a warning", { required: true, when_missing: "no_points" }, [["evidence-missing-no-points", "warning"]]],
  ])("%s", (_, evidence, expected) => {
    const r = structuredClone(rubric);
    (r.groups[0]!.items[0] as { evidence?: unknown }).evidence = evidence;
    expect(checkAgency(r, answered).filter((i) => i.code.startsWith("evidence-missing")).map((i) => [i.code, i.severity ?? "error"])).toEqual(expected);
  });

  // Written as a text, the evidence is the schema's finding there; "it has 0" beside it misled.
  it.each([
    ["a text", "Quyết định số 18/QĐ-SKHCN", []],
    ["a mapping (one item without its dash)", { number: "18/QĐ-SKHCN" }, []],
    ["left empty", null, ["evidence-missing"]],
    ["an empty list", [], ["evidence-missing"]],
    // The least asked where the rubric gives no min is one item.
    ["a list of one item", [{ number: "18/QĐ-SKHCN" }], []],
  ])("evidence written as %s", (_, evidence, expected) => {
    const r = structuredClone(rubric);
    (r.groups[0]!.items[0] as { evidence?: unknown }).evidence = { required: true };
    const file = agency({ "1.1": { value: true, evidence } as never });
    expect(checkAgency(r, file).filter((i) => i.code.startsWith("evidence-missing")).map((i) => i.code)).toEqual(expected);
  });

  // Said at the list where there is one (its line), else at the answer's key: not at the answer for an empty list.
  it.each([
    ["left empty: at the answer", null, "answers/1.1"],
    ["an empty list: at the list", [], "answers/1.1/evidence"],
  ])("evidence %s", (_, evidence, where) => {
    const r = structuredClone(rubric);
    (r.groups[0]!.items[0] as { evidence?: unknown }).evidence = { required: true };
    const file = agency({ "1.1": { value: true, evidence } as never });
    expect(checkAgency(r, file).filter((i) => i.code === "evidence-missing").map((i) => i.path.join("/"))).toEqual([where]);
  });
});

describe("evidence dated after the submission", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const rubric = outcome.loaded.rubric;
  const file = (date: string, submitted?: string, period = "2025") => ({
    rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "X", type: "department" }, period,
    ...(submitted ? { submitted } : {}),
    answers: { "1.1": { value: 4, evidence: [{ number: "1/KH", date: "2025-03-01" }, { number: "2/KH", date }] } },
  }) as unknown as AgencyFile;
  const dated = (issues: Issue[]) => issues.filter((i) => i.code.startsWith("evidence-after")).map((i) => [i.code, i.path.join("/"), i.severity]);
  it.each([
    ["after the submission date: a warning at the date", "2052-03-01", "2025-09-25", [["evidence-after-submission", "answers/1.1/evidence/1/date", "warning"]]],
    ["on the submission date", "2025-09-25", "2025-09-25", []],
    ["no submission date: within the year after the period", "2026-12-31", undefined, []],
    ["no submission date: later than that", "2027-01-01", undefined, [["evidence-after-period", "answers/1.1/evidence/1/date", "warning"]]],
    // A date that is no day of the calendar is the schema's finding: nothing is compared with it.
    ["an evidence date that does not exist", "2025-13-01", "2025-09-25", []],
    ["a submission date that does not exist: the period's year decides", "2026-01-05", "2025-02-30", []],
  ] as const)("%s", (_, date, submitted, expected) => {
    expect(dated(checkAgency(rubric, file(date, submitted)))).toEqual(expected);
  });

  // A period that is a number but no year (the first round, a version) bounds nothing either: "1" made 2-12-31 the last day.
  it.each(["2025-Q3", "1", "2025.1"])("says nothing for a period that is no year: %s", (period) => {
    expect(dated(checkAgency(rubric, file("2099-01-01", undefined, period)))).toEqual([]);
  });
});

describe("every document cited dated before the period: a file copied from last year", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const rubric = outcome.loaded.rubric;
  const file = (dates: string[], period = "2026") => ({
    rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "X", type: "department" }, period,
    answers: {
      "1.1": { value: 4, evidence: dates.slice(0, 2).map((date, i) => ({ number: `${i}/KH`, date })) },
      "1.2": { value: "thu-truong", evidence: dates.slice(2).map((date, i) => ({ number: `${i}/QĐ`, date })) },
    },
  }) as unknown as AgencyFile;
  const copied = (issues: Issue[]) => issues.filter((i) => i.code === "evidence-before-period").map((i) => [i.path.join("/"), i.severity, i.params]);
  it.each([
    ["three dates, all in the year before: one warning at the period", ["2025-03-01", "2025-09-15", "2025-01-20"], "2026", [["period", "warning", { period: "2026", count: 3, latest: "2025-09-15" }]]],
    ["one of them in the period's year", ["2025-03-01", "2026-01-02", "2025-01-20"], "2026", []],
    ["one of them on the period's first day", ["2025-03-01", "2026-01-01", "2025-01-20"], "2026", []],
    ["only two dates (a decision still in force, a plan made in December)", ["2025-03-01", "2025-12-20"], "2026", []],
    ["dates not written as dates are not counted", ["2025-03-01", "15/09/2025", "2025-01-20"], "2026", []],
    ["a period that is no year", ["2025-03-01", "2025-09-15", "2025-01-20"], "2026-Q1", []],
    ["dates within the period", ["2026-03-01", "2026-09-15", "2026-01-20"], "2026", []],
  ] as const)("%s", (_, dates, period, expected) => {
    expect(copied(checkAgency(rubric, file([...dates], period)))).toEqual(expected);
  });
});

describe("evidence links a browser cannot open", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const rubric = outcome.loaded.rubric;
  const file = (link: string) => ({
    rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "X", type: "department" }, period: "2025",
    answers: { "1.1": { value: 4, evidence: [{ number: "1/KH", date: "2025-03-01" }, { number: "2/KH", link }] } },
  }) as unknown as AgencyFile;
  const linked = (issues: Issue[]) => issues.filter((i) => i.code.startsWith("evidence-link")).map((i) => [i.code, i.path.join("/"), i.severity, i.params.address]);
  it.each([
    ["a web address", "https://stttt.quangbinh.gov.vn/van-ban/1", []],
    ["a reference that is no web address", "iOffice 123/QĐ-UBND", []],
    ["www without its scheme: a warning with the address", "www.quangbinh.gov.vn", [["evidence-link-slip", "answers/1.1/evidence/1/link", "warning", "https://www.quangbinh.gov.vn"]]],
    ["a mistyped scheme", "htps://abc.gov.vn", [["evidence-link-slip", "answers/1.1/evidence/1/link", "warning", "https://abc.gov.vn"]]],
    ["an address pasted from Word in its quotes: a warning with the address inside", "“https://abc.gov.vn/a”", [["evidence-link-quoted", "answers/1.1/evidence/1/link", "warning", "https://abc.gov.vn/a"]]],
    ["an address with words after it", "https://abc.gov.vn (trang 5)", [["evidence-link-broken", "answers/1.1/evidence/1/link", "warning", undefined]]],
    ["two addresses in one", "https://a.gov.vn/1, https://a.gov.vn/2", [["evidence-link-several", "answers/1.1/evidence/1/link", "warning", undefined]]],
  ] as const)("%s", (_, link, expected) => {
    expect(linked(checkAgency(rubric, file(link)))).toEqual(expected);
  });

  it("quotes a link of a whole pasted file (a data: link) shortened, as far as a message's line goes", () => {
    const link = `data:application/pdf;base64,${"A".repeat(3000)}`;
    const [issue] = checkAgency(rubric, file(link)).filter((i) => i.code === "evidence-link-no-document");
    expect(issue!.params.link).toBe(`${link.slice(0, 119)}…`);
  });
});

describe("invisible characters in the agency name", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const named = (name: string) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name, type: "department" }, period: "2025" } as unknown as AgencyFile).filter((i) => i.code === "invisible-character");
  it.each([
    ["a zero-width space", "Sở Tài\u200b chính", { char: "U+200B", position: 7 }],
    ["a soft hyphen", "Sở Tài\u00adchính", { char: "U+00AD", position: 7 }],
    ["a byte-order mark at the start", "\ufeffSở Tài chính", { char: "U+FEFF", position: 1 }],
    // Dropped by every report, the name then shows as "Sở Tài chính": two names that look the same.
    ["Windows' embedding around a pasted text (both its marks)", "\u202aSở Tài chính\u202c", { char: "U+202A", position: 1, count: 2, list: "U+202A (1), U+202C (14)" }],
    ["a right-to-left override", "Sở Tài\u202e chính", { char: "U+202E", position: 7 }],
    ["a first-strong isolate", "Sở Tài chính\u2068", { char: "U+2068", position: 13 }],
    ["an Arabic letter mark", "Sở\u061c Tài chính", { char: "U+061C", position: 3 }],
    // Shown by no terminal, spreadsheet or browser: the name looked like "Sở Tài chính" everywhere, unwarned.
    ["a tag character at the end", "Sở Tài chính\u{E0041}", { char: "U+E0041", position: 13 }],
    ["a variation selector", "Sở Tài\ufe0f chính", { char: "U+FE0F", position: 7 }],
    ["a Mongolian vowel separator", "Sở Tài\u180e chính", { char: "U+180E", position: 7 }],
  ])("%s: a warning naming it and where", (_, name, params) => {
    expect(named(name)).toEqual([{ code: "invisible-character", path: ["agency", "name"], severity: "warning", params }]);
  });
  it("a plain Vietnamese name: none", () => expect(named("Sở Tài chính tỉnh Quảng Bình")).toEqual([]));
  // nfc() puts one after every 30 combining marks of a run: the tool's own, not the officer's to remove.
  it("a combining grapheme joiner: none", () => expect(named("Sở Tài\u034f chính")).toEqual([]));
  // Only the first was said: the officer removed it, ran again, and was told of the next.
  it.each([
    ["two: a zero-width space and a soft hyphen", "Sở Tài\u200b chí\u00adnh", { char: "U+200B", position: 7, count: 2, list: "U+200B (7), U+00AD (12)" },
      "The agency name holds 2 invisible characters (code point and character number: U+200B (zero-width space) at 7, U+00AD (soft hyphen) at 12): remove them, or two names that look the same are taken for two different agencies",
      "Tên cơ quan có 2 ký tự vô hình (mã ký tự và vị trí trong tên: U+200B (dấu cách không độ rộng) tại 7, U+00AD (gạch nối mềm) tại 12): hãy xóa các ký tự này; nếu không, hai tên trông giống nhau sẽ bị coi là hai cơ quan khác nhau"],
    // Five, as many as are named: each of them, and no "…".
    ["five: a zero-width space, a soft hyphen, a word joiner, a left-to-right mark, a byte-order mark", "\u200bSở\u00ad Tài\u2060 chí\u200enh\ufeff", { char: "U+200B", position: 1, count: 5, list: "U+200B (1), U+00AD (4), U+2060 (9), U+200E (14), U+FEFF (17)" },
      "The agency name holds 5 invisible characters (code point and character number: U+200B (zero-width space) at 1, U+00AD (soft hyphen) at 4, U+2060 (word joiner) at 9, U+200E (left-to-right mark) at 14, U+FEFF (byte-order mark, zero-width no-break space) at 17): remove them, or two names that look the same are taken for two different agencies",
      "Tên cơ quan có 5 ký tự vô hình (mã ký tự và vị trí trong tên: U+200B (dấu cách không độ rộng) tại 1, U+00AD (gạch nối mềm) tại 4, U+2060 (dấu nối từ) tại 9, U+200E (dấu chiều trái sang phải) tại 14, U+FEFF (dấu BOM, dấu cách không độ rộng không ngắt dòng) tại 17): hãy xóa các ký tự này; nếu không, hai tên trông giống nhau sẽ bị coi là hai cơ quan khác nhau"],
    ["six: the first five named", "\u202a\u200bS\u200bở\u200b \u200bT\u202c", { char: "U+202A", position: 1, count: 6, list: "U+202A (1), U+200B (2), U+200B (4), U+200B (6), U+200B (8), …" },
      "The agency name holds 6 invisible characters (code point and character number: U+202A (left-to-right embedding) at 1, U+200B (zero-width space) at 2, U+200B (zero-width space) at 4, U+200B (zero-width space) at 6, U+200B (zero-width space) at 8, …): remove them, or two names that look the same are taken for two different agencies", undefined],
  ])("%s: one warning naming each", (_, name, params, en, vi) => {
    const found = named(name);
    expect(found).toEqual([{ code: "invisible-character", path: ["agency", "name"], severity: "warning", params }]);
    expect(message("en", "invisible-character", found[0]!.params)).toBe(en);
    if (vi) expect(message("vi", "invisible-character", found[0]!.params)).toBe(vi);
  });
});

describe("invisible characters in the respondent's name", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const named = (respondent: unknown) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở Tài chính", type: "department" }, period: "2025", respondent } as unknown as AgencyFile).filter((i) => i.code === "invisible-character");
  it.each([
    ["a zero-width space", "Trần\u200b Quốc Bảo", { char: "U+200B", position: 5, name_of: "respondent" },
      "The respondent's name holds an invisible character (U+200B (zero-width space) at character 5): remove it, or two names that look the same are taken for two different people",
      "Tên người trả lời có một ký tự vô hình (U+200B (dấu cách không độ rộng) tại ký tự thứ 5): hãy xóa ký tự này; nếu không, hai tên trông giống nhau sẽ bị coi là hai người khác nhau"],
    ["Windows' embedding around a pasted name", "\u202aTrần Quốc Bảo\u202c", { char: "U+202A", position: 1, count: 2, list: "U+202A (1), U+202C (15)", name_of: "respondent" },
      "The respondent's name holds 2 invisible characters (code point and character number: U+202A (left-to-right embedding) at 1, U+202C (pop directional formatting) at 15): remove them, or two names that look the same are taken for two different people",
      "Tên người trả lời có 2 ký tự vô hình (mã ký tự và vị trí trong tên: U+202A (mã nhúng chiều trái sang phải) tại 1, U+202C (mã kết thúc nhúng chiều) tại 15): hãy xóa các ký tự này; nếu không, hai tên trông giống nhau sẽ bị coi là hai người khác nhau"],
  ])("%s: one warning at respondent.name, said as the respondent's", (_, name, params, en, vi) => {
    const found = named({ name, position: "Chuyên viên" });
    expect(found).toEqual([{ code: "invisible-character", path: ["respondent", "name"], severity: "warning", params }]);
    expect(message("en", "invisible-character", found[0]!.params)).toBe(en);
    expect(message("vi", "invisible-character", found[0]!.params)).toBe(vi);
  });
  it.each([
    ["a plain name", { name: "Trần Quốc Bảo" }],
    ["no respondent", undefined],
    ["no name (the schema's finding)", { position: "Chuyên viên" }],
    ["a name that is no text (the schema's finding)", { name: 12 }],
    ["a respondent that is no mapping (the schema's finding)", "Trần\u200b Quốc Bảo"],
  ])("%s: none", (_, respondent) => expect(named(respondent)).toEqual([]));
});

describe("a name of many invisible characters", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  it("is looked along once: each position was counted from the start (a name of 80,000 took 77 s to validate)", () => {
    const name = `Sở${"\u200b".repeat(40_000)} Tài chính`;
    const { result, ms } = cpuTimed(() => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name, type: "department" }, period: "2025" } as unknown as AgencyFile));
    expect(result.find((i) => i.code === "invisible-character")?.params).toEqual({ char: "U+200B", position: 3, count: 40_000, list: "U+200B (3), U+200B (4), U+200B (5), U+200B (6), U+200B (7), …" });
    // Measured: 11.3 s of CPU before, 3.5 ms after.
    expect(ms).toBeLessThan(500);
  });
});

describe("a name in a word processor's quotes", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const named = (name: string) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name, type: "department" }, period: "2025" } as unknown as AgencyFile).filter((i) => i.code === "name-in-quotes").map((i) => i.params.written);
  it.each([
    ["“Sở Tài chính”", ['"Sở Tài chính"']],
    ["«Sở Tài chính» ", ['"Sở Tài chính"']],
    ['"Sở Tài chính"', ['"Sở Tài chính"']], // quotes kept inside YAML quotes ('"Sở Tài chính"')
    // Written back in straight quotes, so that a # or a colon stays part of the name.
    ["“Sở A #2”", ['"Sở A #2"']],
    ["“Trung tâm CĐS: Sở A”", ['"Trung tâm CĐS: Sở A"']],
    ["“Trung tâm “X””", ['"Trung tâm “X”"']],
    ["Sở Tài chính", []],
    ["Trung tâm “Phục vụ hành chính công”", []], // quotes inside a name are the name's own
  ])("%s → %j", (name, expected) => {
    expect(named(name)).toEqual(expected);
  });
});

describe("a period other than the rubric's", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const warned = (period: unknown) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period } as unknown as AgencyFile).filter((i) => i.code === "period-mismatch").map((i) => [i.severity, i.params.period]);
  it.each([
    ["2024", [["warning", "2024"]]], // last year's file sent again
    [2024, [["warning", "2024"]]], // written as a number
    ["2025", []],
    [2025, []],
    [" 2025 ", []],
    ["", []], // empty: the schema's finding
    ["2".repeat(PERIOD_MAX + 1), []], // too long: the schema's finding, not also "a file of another year"
    ["2".repeat(PERIOD_MAX), [["warning", "2".repeat(PERIOD_MAX)]]],
  ])("%j → %j", (period, expected) => {
    expect(warned(period)).toEqual(expected);
  });

  // Word's quotes around the year are no other year: the warning says what to write.
  const quoted = (period: unknown) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period } as unknown as AgencyFile).filter((i) => i.code.startsWith("period-")).map((i) => [i.code, i.params.written ?? i.params.period]);
  it.each([
    ["“2025”", [["period-in-quotes", '"2025"']]],
    ["‘2025’", [["period-in-quotes", '"2025"']]],
    ["“2024”", [["period-in-quotes", '"2024"'], ["period-mismatch", "2024"]]],
    ["2025", []],
    // "Năm 2025" is the year as an officer says it: not "a file of another year".
    ["Năm 2025", [["period-in-words", '"2025"']]],
    ["year 2025", [["period-in-words", '"2025"']]],
    ["năm 2024", [["period-in-words", '"2024"'], ["period-mismatch", "2024"]]],
    ["Năm học 2025", [["period-mismatch", "Năm học 2025"]]],
  ])("%j in quotes or words → %j", (period, expected) => {
    expect(quoted(period)).toEqual(expected);
  });
});

describe("a submission date outside the period's year and the next", () => {
  it("bounds no evidence date: evidence is judged against the period (a 2052 slip in both is said; a 2024 date does not flag every 2025 item)", () => {
    const outcome = loadRubric("rubrics/dti-cap-so.yaml");
    if (!outcome.ok) throw new Error("the default rubric does not load");
    const codes = (submitted: string, date: string) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025", submitted, answers: { "1.1": { value: 4, evidence: [{ number: "1/KH", date }] } } } as unknown as AgencyFile).map((i) => i.code).filter((c) => c.includes("after") || c.includes("outside")).sort();
    expect(codes("2052-09-25", "2052-03-28")).toEqual(["evidence-after-period", "submitted-outside-period"]);
    expect(codes("2024-09-25", "2025-03-28")).toEqual(["submitted-outside-period"]);
    expect(codes("2025-09-25", "2025-10-01")).toEqual(["evidence-after-submission"]);
  });

  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const warned = (submitted: unknown, period: unknown = "2025") => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period, submitted } as unknown as AgencyFile).filter((i) => i.code === "submitted-outside-period").map((i) => [i.severity, i.path.join("/"), i.params.submitted]);
  it.each([
    ["2026-01-15", "2025", []], // the usual: early the next year
    ["2025-09-25", "2025", []],
    ["2025-01-01", "2025", []],
    ["2026-12-31", "2025", []],
    ["2027-01-05", "2025", [["warning", "submitted", "2027-01-05"]]],
    ["2052-09-25", "2025", [["warning", "submitted", "2052-09-25"]]], // the year's digits swapped
    ["2024-12-31", "2025", [["warning", "submitted", "2024-12-31"]]],
    ["2052-09-25", 2025, [["warning", "submitted", "2052-09-25"]]], // a period written as a number
    ["2025-02-30", "2025", []], // no day of the calendar: the schema's finding
    ["2052-09-25", "2025-2026", []], // a period that is no year: nothing to compare
    [undefined, "2025", []],
  ])("%j for %j → %j", (submitted, period, expected) => {
    expect(warned(submitted, period)).toEqual(expected);
  });
});

describe("a percentage that looks like a share of 1 (0.85 for 85 %)", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  // 2.2 takes a percent; 3.2 holds a fraction and a count, no percent.
  const check = (value: unknown, verified?: unknown) => checkAgency(outcome.loaded.rubric, {
    rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "X", type: "department" }, period: "2025",
    answers: { "2.2": { value, evidence: [{ title: "KH" }], ...(verified !== undefined ? { verified: { value: verified } } : {}) } },
  } as unknown as AgencyFile).filter((i) => i.code === "percent-looks-like-share").map((i) => [i.path.join("/"), i.severity, i.params.found, i.params.percent]);
  it.each([
    [0.85, [["answers/2.2/value", "warning", 0.85, 85]]],
    [1, [["answers/2.2/value", "warning", 1, 100]]],
    [0.07, [["answers/2.2/value", "warning", 0.07, 7]]], // 0.07 × 100 is 7.000000000000001 in binary: said as 7
    [0, []], // none at all is a plain answer
    [1.5, []],
    [85, []],
  ])("%s → %j", (value, expected) => {
    expect(check(value)).toEqual(expected);
  });
  it("a verified value too: the collector copies from Excel as well", () => {
    expect(check(85, 0.9)).toEqual([["answers/2.2/verified/value", "warning", 0.9, 90]]);
  });
});

describe("parts of an answer left unanswered", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const rubric = outcome.loaded.rubric;
  const check = (code: string, value: Record<string, unknown>, verified?: Record<string, unknown>) => checkAgency(rubric, {
    rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "X", type: "department" }, period: "2025",
    answers: { [code]: { value, evidence: [{ title: "KH" }], ...(verified ? { verified: { value: verified } } : {}) } },
  } as unknown as AgencyFile).filter((i) => i.code.endsWith("part-unanswered")).map((i) => [i.code, i.path.join("/"), i.severity, i.params.fields]);
  // 3.2 sums two parts: ket-noi (a fraction) and ung-dung (a count).
  it.each([
    // Scored as answered, the missing part earning nothing without a word.
    ["one part left out", { "ket-noi": { a: 5, b: 14 } }, [["part-unanswered", "answers/3.2/value", "warning", "ung-dung"]]],
    ["one part '?'", { "ket-noi": "?", "ung-dung": 4 }, [["part-unanswered", "answers/3.2/value", "warning", "ket-noi"]]],
    // No part given: unanswered, as value: "?" is, with no warning more than there.
    ["both parts empty", { "ket-noi": null, "ung-dung": null }, []],
    ["every part answered", { "ket-noi": { a: 5, b: 14 }, "ung-dung": 0 }, []],
  ] as const)("%s", (_, value, expected) => {
    expect(check("3.2", value)).toEqual(expected);
  });

  // As `verified: {value: "?"}` is (the schema's error): it passed with a warning, and the verified score read "unanswered".
  it.each([
    ["every part ?", { "ket-noi": "?", "ung-dung": "?" }, "{ket-noi: ?, ung-dung: ?}"],
    ["no part", {}, "{}"],
  ])("a verified value with no part given verifies nothing: an error (%s)", (_, verified, found) => {
    const issues = checkAgency(rubric, {
      rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "X", type: "department" }, period: "2025",
      answers: { "3.2": { value: { "ket-noi": { a: 5, b: 14 }, "ung-dung": 2 }, evidence: [{ title: "KH" }], verified: { value: verified } } },
    } as unknown as AgencyFile);
    expect(issues.map((i) => [i.code, i.path.join("/"), i.severity ?? "error", i.params.found])).toEqual([["verified-unanswered", "answers/3.2/verified/value", "error", found]]);
  });

  it("a verified value lacking a part is said to be the verified value", () => {
    expect(check("3.2", { "ket-noi": { a: 5, b: 14 }, "ung-dung": 2 }, { "ket-noi": { a: 5, b: 14 } })).toEqual([["verified-part-unanswered", "answers/3.2/verified/value", "warning", "ung-dung"]]);
  });

  // 3.4 takes the best of three alternatives: one answered is a whole answer; none answered earns nothing.
  it.each([
    ["one alternative answered", { "tt-du-lieu-tinh": true }, []],
    ["one answered, the others '?'", { "tt-du-lieu-tinh": "?", "dam-may": "?", "phong-may-chu": "khong" }, []],
    ["every alternative '?' (unanswered)", { "tt-du-lieu-tinh": "?", "dam-may": "?", "phong-may-chu": "?" }, []],
    ["an empty map (unanswered)", {}, []],
  ] as const)("best_of: %s", (_, value, expected) => {
    expect(check("3.4", value)).toEqual(expected);
  });
});

describe("verified values dated before the file's submission date", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const stale = (submitted: unknown, answers: Record<string, unknown>) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025", submitted, answers } as unknown as AgencyFile).filter((i) => i.code === "verified-before-submission").map((i) => [i.severity, i.path.join("/"), i.params.codes, i.params.date]);
  it.each<[string, unknown, Record<string, unknown>, unknown[]]>([
    ["sent again after the verification: one warning naming each", "2026-02-10", { "1.1": { value: 4, verified: { value: 3, date: "2026-01-20" } }, "1.3": { value: 2, verified: { value: 1, date: "2026-01-21" } } }, [["warning", "answers/1.1/verified/date", "1.1, 1.3", "2026-01-20"]]],
    ["verified after it was sent, as usual", "2026-01-15", { "1.1": { value: 4, verified: { value: 3, date: "2026-01-20" } } }, []],
    ["verified the day it was sent", "2026-01-20", { "1.1": { value: 4, verified: { value: 3, date: "2026-01-20" } } }, []],
    ["no submission date", undefined, { "1.1": { value: 4, verified: { value: 3, date: "2026-01-20" } } }, []],
    ["a verified value with no date", "2026-02-10", { "1.1": { value: 4, verified: { value: 3 } } }, []],
    ["a date that is no day of the calendar (the schema's finding)", "2026-02-10", { "1.1": { value: 4, verified: { value: 3, date: "2026-01-32" } } }, []],
  ])("%s", (_name, submitted, answers, expected) => {
    expect(stale(submitted, answers)).toEqual(expected);
  });
});

describe("a reason for not applicable without na: true", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const said = (entry: unknown) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025", answers: { "1.1": entry } } as unknown as AgencyFile).filter((i) => i.code.startsWith("reason-")).map((i) => [i.code, i.severity, i.path.join("/")]);
  it.each<[string, unknown, unknown[]]>([
    ["alone: counted as unanswered, 0 points, and said", { reason: "Sở không có đơn vị trực thuộc" }, [["reason-without-na", "warning", "answers/1.1/reason"]]],
    ["beside a value: the value is scored, and said", { value: 4, reason: "cũ" }, [["reason-with-value", "warning", "answers/1.1/reason"]]],
    ["with na: true, as it should be", { na: true, reason: "Sở không có đơn vị trực thuộc" }, []],
    ["empty", { value: 4, reason: " " }, []],
    ["a collector's verified reason without na", { value: 4, verified: { reason: "x" } }, [["reason-without-na", "warning", "answers/1.1/verified/reason"]]],
  ])("%s", (_name, entry, expected) => {
    expect(said(entry)).toEqual(expected);
  });
});

// A reason of spaces or an invisible character passed the schema's minLength: the N/A was scored as explained (hostile9).
describe("a reason for not applicable that shows nothing", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const said = (entry: unknown) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025", answers: { "1.1": entry } } as unknown as AgencyFile).filter((i) => i.code === "too-short").map((i) => [i.severity, i.path.join("/"), i.params.expected_key]);
  it.each<[string, unknown, unknown[]]>([
    ["spaces", { na: true, reason: "  " }, [[undefined, "answers/1.1/reason", "nonEmpty"]]],
    ["a zero-width space", { na: true, reason: "\u200b" }, [[undefined, "answers/1.1/reason", "nonEmpty"]]],
    ["a no-break space and a bidi mark", { na: true, reason: "\u00a0\u202e" }, [[undefined, "answers/1.1/reason", "nonEmpty"]]],
    ["a collector's verified N/A", { value: 4, verified: { na: true, reason: " " } }, [[undefined, "answers/1.1/verified/reason", "nonEmpty"]]],
    ["a reason with words", { na: true, reason: "Sở không có đơn vị trực thuộc" }, []],
    ["empty: the schema's finding, not said twice", { na: true, reason: "" }, []],
  ])("%s is said as left empty", (_name, entry, expected) => {
    expect(said(entry)).toEqual(expected);
  });
});

// An answer changed to N/A (by hand, or assess stopped before its note) kept the value's evidence: nothing said (officer49).
describe("evidence on an N/A answer", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const said = (entry: unknown) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025", answers: { "1.1": entry } } as unknown as AgencyFile).filter((i) => i.code === "evidence-with-na").map((i) => [i.severity, i.path.join("/")]);
  it.each<[string, unknown, unknown[]]>([
    ["a list with an item: said, not scored", { na: true, reason: "Không có", evidence: [{ number: "12/BC-UBND" }] }, [["warning", "answers/1.1/evidence"]]],
    ["a text in place of a list", { na: true, reason: "Không có", evidence: "CV 125/VNPT" }, [["warning", "answers/1.1/evidence"]]],
    ["an empty list", { na: true, reason: "Không có", evidence: [] }, []],
    ["evidence beside a value", { value: true, evidence: [{ number: "12/BC-UBND" }] }, []],
  ])("%s", (_name, entry, expected) => {
    expect(said(entry)).toEqual(expected);
  });
});

describe("claimsPoints: whether an answer earns points, so needs its evidence", () => {
  const ind = (rule: Indicator["rule"], input: Indicator["input"]): Indicator => ({ kind: "indicator", code: "x", title: { vi: "x", en: "x" }, max: 10, input, rule });
  const share = (zero_denominator?: "full" | "zero" | "not_applicable"): Indicator["input"] => ({ type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" }, ...(zero_denominator ? { zero_denominator } : {}) });
  it.each([
    // min_max: the cohort decides, so any answer may earn points, even 0; relative_to_best: only a measure above 0.
    ["min_max, 0", ind({ type: "min_max" }, { type: "number" }), 0, true],
    ["relative_to_best, 0", ind({ type: "relative_to_best" }, { type: "number" }), 0, false],
    ["relative_to_best, 5", ind({ type: "relative_to_best" }, { type: "number" }), 5, true],
    ["0 of 0 under full", ind({ type: "ratio" }, share("full")), { a: 0, b: 0 }, true],
    ["0 of 0 under zero", ind({ type: "ratio" }, share("zero")), { a: 0, b: 0 }, false],
    ["0 of 0 by default (not applicable)", ind({ type: "ratio" }, share()), { a: 0, b: 0 }, false],
    ["3 of 4", ind({ type: "ratio" }, share()), { a: 3, b: 4 }, true],
  ] as [string, Indicator, unknown, boolean][])("%s: %s", (_, indicator, value, expected) => {
    expect(claimsPoints(indicator, value)).toBe(expected);
  });
});

describe("a file of another version of the rubric in use (the second year)", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const hint = (version: string, inUse = outcome.loaded.rubric.version) => {
    const issue = checkAgency({ ...outcome.loaded.rubric, version: inUse }, { rubric: { id: "dti-cap-so", version }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025" } as unknown as AgencyFile).find((i) => i.code === "rubric-version-mismatch")!;
    return [issue.params.hint_version, issue.params.hint_later_version];
  };

  it("an older version's file is told how to move to the version in use", () => {
    expect(hint("2024.1")).toEqual(["2025.1", undefined]);
  });

  it("a later version's file (this year's, checked with last year's rubric) is sent to its own rubric, not moved back", () => {
    expect(hint("2026.1")).toEqual([undefined, "2026.1"]);
    expect(hint("2025.10")).toEqual([undefined, "2025.10"]);
  });

  // Its runs of digits are compared as numbers: 2025.01 is 2025.1 written with a zero, not a later version to send elsewhere.
  it("a version equal as numbers to the one in use is told to write the one in use", () => {
    expect(hint("2025.01")).toEqual(["2025.1", undefined]);
  });

  // "expected: 2025.1" under the frame told a later version's file to write the older version, which its hint says not to do.
  it("the expected version is said under an older version's file only, not under a later one's", () => {
    const expected = (version: string) => checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025" } as unknown as AgencyFile).find((i) => i.code === "rubric-version-mismatch")!.params.expected_key;
    expect(expected("2024.1")).toBe("const");
    expect(expected("2026.1")).toBeUndefined();
  });

  // Last year's file sent again (version and period both last year's): "write version 2025.1" ranked last year's answers.
  it("an older version's file for another period is said to be another year's file, not told to write the version in use", () => {
    const issue = checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2024.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2024" } as unknown as AgencyFile).find((i) => i.code === "rubric-version-mismatch")!;
    expect(issue.params).toMatchObject({ hint_other_year: "2024", rubric_period: "2025" });
    expect(issue.params.hint_version).toBeUndefined();
    expect(issue.params.expected_key).toBeUndefined();
  });

  it("versions with no number to compare keep the move hint", () => {
    expect(hint("draft")).toEqual(["2025.1", undefined]);
    // Nor when only the file's carries one: "v2" is not later than a rubric versioned "draft".
    expect(hint("v2", "draft")).toEqual(["draft", undefined]);
  });
});

describe("a date outside the range the rubric allows", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  it("says the range expected (1.4's plan date: last year's date in a file carried to this year)", () => {
    const issue = checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025", answers: { "1.4": { value: "2024-02-14" } } } as unknown as AgencyFile).find((i) => i.code === "date-out-of-range")!;
    expect(issue.params).toMatchObject({ found: "2024-02-14", expected_key: "dateBetween", min: "2024-10-01", max: "2025-12-31" });
  });

  it("leaves a day that is no day of the calendar (2025-13-01) to the schema's no-such-date: one finding, not two", () => {
    const issues = checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025", answers: { "1.4": { value: "2025-13-01" } } } as unknown as AgencyFile);
    expect(issues.filter((i) => i.code === "date-out-of-range")).toEqual([]);
  });

  it("says a year written short (0025 for 2025), which the schema takes as a day: not scored as a plan made before the deadline", () => {
    const issues = checkAgency(outcome.loaded.rubric, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025", submitted: "0025-09-25", answers: { "1.4": { value: "0025-03-10" } } } as unknown as AgencyFile);
    expect(issues.find((i) => i.code === "date-out-of-range")?.params).toMatchObject({ found: "0025-03-10", min: "2024-10-01" });
    expect(issues.find((i) => i.code === "submitted-outside-period")?.params).toMatchObject({ submitted: "0025-09-25", period: "2025" });
  });
});

// A plan's issue date after the day the file was sent was said of evidence dates only (found by helper officer55).
describe("a date answer after the date the file was sent", () => {
  const outcome = loadRubric("rubrics/dti-cap-so.yaml");
  if (!outcome.ok) throw new Error("the default rubric does not load");
  const file = (value: unknown, submitted?: string) => ({
    rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "Sở X", type: "department" }, period: "2025",
    ...(submitted ? { submitted } : {}), answers: { "1.4": { value } },
  }) as unknown as AgencyFile;
  const after = (issues: Issue[]) => issues.filter((i) => i.code === "answer-after-submission").map((i) => [i.path.join("/"), i.severity, i.params]);

  it.each([
    ["after the date sent: a warning at the value", "2025-10-12", "2025-10-01", [["answers/1.4/value", "warning", { date: "2025-10-12", submitted: "2025-10-01" }]]],
    ["on the date sent", "2025-10-01", "2025-10-01", []],
    ["before it", "2025-02-14", "2025-10-01", []],
    ["no date sent: nothing to compare with (validate does not know today)", "2025-10-12", undefined, []],
    ["a day that does not exist: the schema's finding only", "2025-11-31", "2025-10-01", []],
    // A date sent in neither the period's year nor the next is itself said to be slipped: it bounds nothing.
    ["a date sent that is itself a slip", "2025-10-12", "2024-10-01", []],
  ] as const)("%s", (_, value, submitted, expected) => {
    expect(after(checkAgency(outcome.loaded.rubric, file(value, submitted)))).toEqual(expected);
  });

  it("a date part of an answer, at its part", () => {
    const rubric = miniRubric({ groups: [{ code: "1", title: t("Một"), max: 20, items: [{ code: "1.1", title: t("Kế hoạch"), max: 20,
      input: { type: "parts", fields: [{ id: "co", label: t("Có"), input: { type: "boolean" } }, { id: "ngay", label: t("Ngày"), input: { type: "date" } }] },
      rule: { type: "sum", parts: [{ field: "co", max: 20, rule: { type: "fixed" } }] } }] }], bonus: undefined, penalty: undefined, aggregates: [] });
    const issues = checkAgency(rubric, { ...agency({ "1.1": { value: { co: true, ngay: "2025-12-01" } } }), submitted: "2025-11-20" });
    expect(after(issues)).toEqual([["answers/1.1/value/ngay", "warning", { date: "2025-12-01", submitted: "2025-11-20" }]]);
  });
});

describe("a cohort that ranks other agency types than the agency's", () => {
  const rubric = miniRubric({
    agency_types: [{ id: "department", label: { vi: "Sở", en: "Department" } }, { id: "commune", label: { vi: "Xã", en: "Commune" } }],
    cohorts: [{ id: "so", label: { vi: "Khối sở", en: "Departments" }, agency_types: ["department"] }, { id: "xa", label: { vi: "Khối xã", en: "Communes" }, agency_types: ["commune"] }, { id: "all", label: { vi: "Tất cả", en: "All" } }],
  });
  const mismatch = (type: string, cohort: string) => checkAgency(rubric, agency({}, { type, cohort })).filter((i) => i.code === "cohort-type-mismatch");

  it("is reported at agency.cohort with both languages' labels of the types the cohort ranks", () => {
    expect(mismatch("department", "xa")).toEqual([{ code: "cohort-type-mismatch", path: ["agency", "cohort"], params: {
      type: "department", cohort: "xa", types: "commune", type_label_vi: "Sở", type_label_en: "Department",
      cohort_label_vi: "Khối xã", cohort_label_en: "Communes", types_vi: "Xã", types_en: "Commune",
    } }]);
  });

  it("lists the cohort's types as every list of types is (typeList): in quotes when a label holds a comma: «…» in Vietnamese, as its messages quote a name, “…” in English", () => {
    const commas = miniRubric({
      agency_types: [{ id: "department", label: { vi: "Sở, ban, ngành cấp tỉnh", en: "Department, board or agency" } }, { id: "board", label: { vi: "Ban quản lý", en: "Board" } }, { id: "commune", label: { vi: "Xã", en: "Commune" } }],
      cohorts: [{ id: "so", label: { vi: "Khối sở", en: "Departments" }, agency_types: ["department", "board"] }],
    });
    const [issue] = checkAgency(commas, agency({}, { type: "commune", cohort: "so" })).filter((i) => i.code === "cohort-type-mismatch");
    expect(issue?.params).toMatchObject({ types_vi: "«Sở, ban, ngành cấp tỉnh», «Ban quản lý»", types_en: "“Department, board or agency”, “Board”" });
  });

  it.each([["department", "so"], ["commune", "all"], ["commune", "unknown"]])("is not reported for a %s in cohort %s (its own, one without types, or none the rubric has)", (type, cohort) => {
    expect(mismatch(type, cohort)).toEqual([]);
  });
});

describe("a fraction with one half typed, the other \"?\" (b set aside in assess)", () => {
  const { loaded } = (() => { const o = loadRubric("rubrics/dti-cap-so.yaml"); if (!o.ok) throw new Error("no rubric"); return o; })();
  const rubric = loaded.rubric;
  const check = (code: string, value: unknown, verified?: unknown) => checkAgency(rubric, {
    rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "x", name: "X", type: "department" }, period: "2025",
    answers: { [code]: { value, evidence: [{ title: "KH" }], ...(verified ? { verified: { value: verified } } : {}) } },
  } as unknown as AgencyFile).filter((i) => /unanswered/.test(i.code)).map((i) => [i.code, i.path.join("/"), i.severity ?? "error"]);
  const fractionCode = allIndicators(rubric).find((i) => i.input.type === "fraction")!.code;

  it("is warned of at the half left, the answer unanswered until whole", () => {
    expect(check(fractionCode, { a: 1234, b: "?" })).toEqual([["fraction-part-unanswered", `answers/${fractionCode}/value/b`, "warning"]]);
  });
  it("as a verified value verifies nothing: an error", () => {
    expect(check(fractionCode, { a: 5, b: 14 }, { a: 5, b: "?" })).toEqual([["verified-unanswered", `answers/${fractionCode}/verified/value`, "error"]]);
  });
  it("in a part (3.2's ket-noi) leaves that part unanswered", () => {
    expect(check("3.2", { "ket-noi": { a: 5, b: "?" }, "ung-dung": 2 })).toEqual([["part-unanswered", "answers/3.2/value", "warning"]]);
  });
  it("in a part, the other parts \"?\", is warned of at the half left, as alone (it passed without a word)", () => {
    expect(check("3.2", { "ket-noi": { a: 5, b: "?" }, "ung-dung": "?" })).toEqual([["fraction-part-unanswered", "answers/3.2/value/ket-noi/b", "warning"]]);
    expect(check("3.2", { "ket-noi": { a: "?", b: "?" }, "ung-dung": "?" })).toEqual([]);
  });
});
