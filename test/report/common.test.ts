import { describe, expect, it } from "vitest";
import { batchContext, scoreAgency, scoreBatch } from "../../src/core/score.js";
import type { Answer } from "../../src/core/agency.js";
import { byName, cautionNotes, errorLine, cohortOrder, cohorts, rankingOrder, notScoredHeading, answerLabels, type Section, signedPoints, verifiedChanges, verifiedIndicators, verifiedSides } from "../../src/report/common.js";
import { answerText } from "../../src/report/value-text.js";
import type { AgencyScore, IndicatorResult } from "../../src/core/result.js";
import type { RankedAgency } from "../../src/report/report.js";
import { agency, FULL, miniRubric } from "../helpers/mini-rubric.js";
import { cpuTimed } from "../helpers/cpu-time.js";

describe("cohortOrder: the rubric's order, not the ids'", () => {
  const label = { vi: "", en: "" };
  const section = { cohorts: [{ id: "so-nganh", label }, { id: "nganh-doc", label }], agency_types: [{ id: "department", label }, { id: "board", label }] };
  it.each([
    ["the rubric's cohorts as it lists them", ["nganh-doc", "so-nganh"], ["so-nganh", "nganh-doc"]],
    ["cohorts by agency type after them, in the types' order", ["board", "nganh-doc", "department"], ["nganh-doc", "department", "board"]],
    ["a cohort the rubric does not know last, by id", ["zz", "board", "aa"], ["board", "aa", "zz"]],
  ])("%s", (_, given, expected) => {
    expect([...given].sort(cohortOrder(section))).toEqual(expected);
  });
});

describe("cohortOrder: a cohort named as an agency type keeps the rubric's place for it", () => {
  const label = { vi: "", en: "" };
  const section = { cohorts: [{ id: "department", label }, { id: "nganh-doc", label }], agency_types: [{ id: "board", label }, { id: "department", label }] };
  it("the rubric's cohorts first, in its order, though one's id is also a type's", () => {
    expect(["board", "nganh-doc", "department"].sort(cohortOrder(section))).toEqual(["department", "nganh-doc", "board"]);
  });
});

describe("verifiedIndicators", () => {
  const rubric = miniRubric();
  // X's claim for the relative indicator 2.2 was verified down, and 1.1 too; Y verified nothing.
  const x = agency({ ...FULL, "1.1": { value: true, verified: { value: false } }, "2.2": { value: 100, verified: { value: 20 } } }, { id: "x" });
  const y = agency({ ...FULL, "2.2": { value: 50 } }, { id: "y" });
  const self = batchContext(rubric, [x, y], "self"), verified = batchContext(rubric, [x, y], "verified");
  const ranked = (a: typeof x) => ({ score: scoreAgency(rubric, a, self, "self"), verified: scoreAgency(rubric, a, verified, "verified") }) as unknown as RankedAgency;

  it.each([
    ["the verified values of an agency", x, [["1.1", -20], ["2.2", -9]]],
    ["a relative indicator another agency's verification moved", y, [["2.2", 7.5]]],
  ])("lists %s, with verified minus self points", (_, a, expected) => {
    expect([...verifiedIndicators(ranked(a)).values()].map((v) => [v.verified.code, v.diff])).toEqual(expected);
  });
});

describe("verifiedChanges: what is sent back to an agency", () => {
  const rubric = miniRubric();
  const ranked = (a: ReturnType<typeof agency>) => {
    const self = batchContext(rubric, [a], "self"), verified = batchContext(rubric, [a], "verified");
    return { score: scoreAgency(rubric, a, self, "self"), verified: scoreAgency(rubric, a, verified, "verified") } as unknown as RankedAgency;
  };

  it("lists a figure the collector corrected though its points did not move, and not one the collector confirmed", () => {
    // 1.3 earns full marks from 4 meetings: 6 verified as 4 scores the same, but the agency's figure was corrected.
    const a = agency({ ...FULL, "1.3": { value: 6, verified: { value: 4 } }, "1.1": { value: true, verified: { value: true } } });
    expect(verifiedChanges(ranked(a), 2).changed.map((v) => [v.verified.code, v.self.value, v.verified.value, v.diff])).toEqual([["1.3", 6, 4, 0]]);
  });
});

describe("verifiedSides: each side as points, or as the status where the status changed", () => {
  const r = (status: string, points: number, parent = "1") => ({ code: "1.2", status, points, parent }) as unknown as IndicatorResult;
  it.each([
    ["points moved", r("scored", 15), r("scored", 10), ["15,00", "10,00"]],
    ["unanswered, then N/A", r("unanswered", 0), r("not_applicable", 0), ["chưa trả lời", "không áp dụng"]],
    ["N/A, then a verified 0: scored, and 0 (it read 'đã chấm')", r("not_applicable", 0), r("scored", 0), ["không áp dụng", "0,00"]],
    ["a penalty, deducted", r("scored", 5, "penalty"), r("scored", 15, "penalty"), ["−5,00", "−15,00"]],
    // The html, xlsx and json gave these points; the md and the terminal said the status alone ("chưa trả lời → tạm tính (+8,57)").
    ["unanswered, then a provisional figure: its points, which count", r("unanswered", 0), r("provisional", 8.57), ["chưa trả lời", "8,57"]],
    ["unanswered, then N/A at full points: the status and its points", r("unanswered", 0), r("not_applicable", 20), ["chưa trả lời", "không áp dụng 20,00"]],
  ] as const)("%s", (_name, self, verified, expected) => {
    expect(verifiedSides({ self, verified, diff: 0, changed: true }, 2, "vi")).toEqual(expected);
  });
});

describe("signedPoints: a difference of points with its sign", () => {
  it.each([
    [1.5, "+1,50"],
    [-5, "−5,00"],
    // Verified values that confirm the agency's own: nothing was gained or taken off, which either sign would say.
    [0, "0,00"],
    [-0, "0,00"],
    // A difference that rounds to nothing at the rubric's decimals has no sign either.
    [0.004, "0,00"],
    [-0.004, "0,00"],
    [0.005, "+0,01"],
    [-0.006, "−0,01"],
  ])("%s", (diff, text) => {
    expect(signedPoints(diff, 2, "vi")).toBe(text);
  });
});

describe("notScoredHeading", () => {
  const file = { errors: [{ code: "yaml-syntax" }] };
  const folder = { errors: [{ code: "folder-unreadable" }] };
  it.each([
    [[file, file], "en", "Not scored (2 files)"],
    [[file, folder], "en", "Not scored (1 file, 1 unreadable folder)"],
    [[folder], "vi", "Không chấm được (0 tệp, 1 thư mục không đọc được)"],
    [[{ errors: [] }], "vi", "Không chấm được (1 tệp)"],
  ] as const)("counts a folder that could not be read apart from the files (%#)", (list, lang, heading) => {
    expect(notScoredHeading(list, lang)).toBe(heading);
  });
});

describe("answers shown in words", () => {
  const options = [{ id: "a", label: { vi: "Phương án A", en: "Option A" } }, { id: "b", label: { vi: "Phương án B", en: "Option B" } }];
  const fields = [{ id: "x", label: { vi: "Trường X", en: "Field X" } }, { id: "y", label: { vi: "Trường Y", en: "Field Y" }, options }];
  const result = (value: unknown) => ({ code: "1.1", value, status: "scored" }) as unknown as IndicatorResult;
  it.each([
    ["a choice", "a", "vi", { options }, "Phương án A"],
    ["a checklist, labels apart with semicolons", ["b", "a"], "en", { options }, "Option B; Option A"],
    ["an id the options do not hold", ["a", "zz"], "en", { options }, "Option A; zz"],
    ["a number", 4, "vi", { options }, "4"],
    ["parts: field labels, a field's options", { x: true, y: "b" }, "vi", { fields }, "Trường X: Có; Trường Y: Phương án B"],
    ["parts: a fraction field, an unknown field", { x: { a: 1, b: 4 }, z: 2.5 }, "vi", { fields }, "Trường X: 1 / 4 (25,00 %); z: 2,5"],
    ["without labels, ids stay ids", ["a", "b"], "en", undefined, "a, b"],
    ["without labels, parts keep field ids", { x: false, y: "a" }, "en", undefined, "x: No; y: a"],
  ] as const)("%s", (_, value, lang, labels, expected) => {
    expect(answerText(result(value), lang, labels)).toBe(expected);
  });

  it("takes only a section's own keys: a report read back is data", () => {
    const section = JSON.parse('{"answer_labels":{"1.1":{"options":[{"id":"a","label":{"vi":"A","en":"A"}}]},"__proto__":{}}}') as Section;
    expect(answerLabels(section, "1.1")?.options).toHaveLength(1);
    for (const code of ["constructor", "toString", "9.9"]) expect(answerLabels(section, code), code).toBeUndefined();
    // An own "__proto__" key is plain data here.
    expect(answerLabels(section, "__proto__")).toEqual({});
    expect(answerLabels({}, "1.1")).toBeUndefined();
  });
});

describe("cautionNotes on a clamped total", () => {
  const clamped = (total: number) => cautionNotes({ total, indicators: [], warnings: [{ code: "total_clamped" }] } as unknown as AgencyScore, "en");
  it("says the penalty took the total to 0 (it said 'clamped to the scale')", () => {
    expect(clamped(0)).toEqual(["The penalty exceeds the points earned: the total is 0"]);
  });
  it("a bonus above the scale: clamped to the scale", () => {
    expect(clamped(1000)).toEqual(["The total was clamped to the scale"]);
  });
});

describe("cautionNotes said for one item or several", () => {
  const notes = (warnings: object[]) => cautionNotes({ total: 1, indicators: [], warnings } as unknown as AgencyScore, "en");
  // One unanswered penalty item was "Penalty items TR.1 not answered: … for them until they are answered".
  it("one penalty item unanswered, or one answer with parts unanswered, in the singular; several in the plural", () => {
    expect(notes([{ code: "penalty_unanswered", indicator: "TR.1" }])).toEqual(["Penalty item TR.1 not answered: nothing is deducted for it until it is answered"]);
    expect(notes([{ code: "penalty_unanswered", indicator: "TR.1" }, { code: "penalty_unanswered", indicator: "TR.2" }])).toEqual(["Penalty items TR.1, TR.2 not answered: nothing is deducted for them until they are answered"]);
    expect(notes([{ code: "part_unanswered", indicator: "6.2.1", params: { fields: "b" } }])).toEqual(["An answer with parts unanswered, scored on the parts given (those unanswered earn nothing): 6.2.1 (b)"]);
    expect(notes([{ code: "part_unanswered", indicator: "6.2.1", params: { fields: "b" } }, { code: "part_unanswered", indicator: "6.2.2", params: { fields: "a" } }])).toEqual(["Answers with parts unanswered, scored on the parts given (those unanswered earn nothing): 6.2.1 (b), 6.2.2 (a)"]);
  });
});

describe("rankingOrder: ties in the same order whatever the files' order or the machine's locale", () => {
  const label = { vi: "", en: "" };
  const tied = (id: string, name: string) => ({ rank: 1, score: { agency: { id, name, type: "department", cohort: "department" } } }) as unknown as RankedAgency;
  const agencies = [tied("x1", "Sở Đông"), tied("x2", "Sở Dương"), tied("x6", "Sở An"), tied("x4", "Sở An"), tied("x3", "Sở Ân")];
  const order = (list: RankedAgency[]) => rankingOrder({ agencies: list, agency_types: [{ id: "department", label }] } as unknown as Section).map((a) => a.score.agency.id);

  it("by name as Vietnamese sorts it (Dương before Đông, which the C locale puts the other way), then by id", () => {
    expect(order(agencies)).toEqual(["x4", "x6", "x3", "x2", "x1"]);
    expect(order([...agencies].reverse())).toEqual(["x4", "x6", "x3", "x2", "x1"]);
  });

  it("byName", () => {
    expect(byName({ name: "Sở Dương", id: "b" }, { name: "Sở Đông", id: "a" })).toBeLessThan(0);
    expect(byName({ name: "Sở An", id: "b" }, { name: "Sở An", id: "a" })).toBeGreaterThan(0);
    // Numbers in names as numbers: "Phường 10" sorted before "Phường 2", as text.
    expect(["Phường 10", "Phường 2", "Phường 1"].map((name) => ({ name, id: "x" })).sort(byName).map((a) => a.name)).toEqual(["Phường 1", "Phường 2", "Phường 10"]);
  });
});

describe("cohorts: a section's agencies per cohort, in ranking order", () => {
  it("is linear in the agencies (each cohort's list was copied at every agency: 12 s for 20,000, 6 minutes for 100,000 in the md and html)", () => {
    const agencies = Array.from({ length: 20_000 }, (_, i) => ({ rank: i + 1, score: { agency: { id: `a${i}`, name: `A${i}`, type: "department", cohort: i % 4 === 0 ? "vertical" : "department" } } })) as unknown as RankedAgency[];
    const section = { agencies, agency_types: [{ id: "department", label: { vi: "", en: "" } }, { id: "vertical", label: { vi: "", en: "" } }] } as unknown as Section;
    const { result: found, ms } = cpuTimed(() => cohorts(section));
    expect(ms).toBeLessThan(1000);
    expect(found.map((c) => [c.cohort, c.agencies.length])).toEqual([["department", 15_000], ["vertical", 5_000]]);
    expect(found[1]!.agencies.slice(0, 2).map((a) => a.score.agency.id)).toEqual(["a0", "a4"]);
  });
});

describe("cautionNotes on a provisional indicator", () => {
  // relative_to_best on 2.2: the cohort's other agencies were scored with it but gave no figure.
  const rubric = miniRubric();
  const note = (others: Record<string, Answer | null | "?">[]) => {
    const batch = [agency({ ...FULL, "2.2": { value: 50 } }, { id: "a" }), ...others.map((o, i) => agency({ ...FULL, ...o }, { id: `o${i}` }))];
    return cautionNotes(scoreBatch(rubric, batch)[0]!.self, "en").find((n) => n.startsWith("†"));
  };
  it.each([
    ["scored alone", []],
    ["the others left it unanswered", [{ "2.2": "?" }, { "2.2": "?" }]],
    ["the other left its entry empty", [{ "2.2": null }]],
  ] as const)("%s: says no other agency of the cohort gave a figure, never that the cohort had no other agency", (_case, others) => {
    const text = note(others as unknown as Record<string, Answer | null | "?">[]);
    expect(text).toContain("no other agency of the cohort gave a figure for it in this scoring");
    expect(text).not.toContain("the cohort had no other agency");
  });
});

describe("errorLine names the indicator a finding is about", () => {
  // "45:12 Sai kiểu giá trị" in a table or xlsx sent on did not say which answer: only the line:column did.
  const wrongType = { code: "wrong-type", params: { found: "mười hai", expected_key: "integer", indicator: "6.1.2" } };
  it.each([
    ["vi", "chỉ số 6.1.2: Sai kiểu giá trị; đã ghi: mười hai"],
    ["en", "indicator 6.1.2: "],
  ] as const)("in %s", (lang, start) => {
    expect(errorLine(wrongType, lang).startsWith(start)).toBe(true);
  });

  it("not twice where the finding's own words name it, and 1.1 is not named by 1.10", () => {
    const named = { code: "unknown-indicator", params: { code: "6.1.10", rubric: "r", indicator: "6.1.10" } };
    expect(errorLine(named, "en")).not.toContain("indicator 6.1.10:");
    const other = { code: "unknown-indicator", params: { code: "6.1.10", rubric: "r", indicator: "6.1.1" } };
    expect(errorLine(other, "en").startsWith("indicator 6.1.1: ")).toBe(true);
  });

  it("nothing is added to a finding about no indicator", () => {
    expect(errorLine({ code: "wrong-type", params: { found: "x", expected_key: "integer" } }, "en").startsWith("Wrong")).toBe(true);
  });
  // "15:18 Chưa điền (bắt buộc)" in a report sent on did not say whether the agency's name, the period or the respondent's was empty.
  it.each([
    ["vi", "respondent/name", "trường respondent.name: Chưa điền (bắt buộc)"],
    ["en", "period", "field period: Left empty (required)"],
  ] as const)("names the header field a placeless finding is about, in %s", (lang, path, start) => {
    expect(errorLine({ code: "empty-value", path, params: { expected_key: "string" } }, lang).startsWith(start)).toBe(true);
  });

  it("but not an answer's field, nor a finding whose words name its place", () => {
    expect(errorLine({ code: "empty-value", path: "answers/1.1/evidence/0/title", params: { expected_key: "string", indicator: "1.1" } }, "en").startsWith("indicator 1.1: Left")).toBe(true);
    expect(errorLine({ code: "unknown-field", path: "agency/nam", params: { field: "nam" } }, "en").startsWith("There is no field \"nam\"")).toBe(true);
  });
});
