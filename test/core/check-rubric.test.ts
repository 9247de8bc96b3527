import { expectedText, message } from "../../src/i18n/messages.js";
import { hintTexts } from "../../src/report/hints.js";
import { describe, expect, it } from "vitest";
import { TEXT_MAX } from "../../src/core/agency-schema.js";
import { checkRubric, MAX_INDICATORS } from "../../src/core/check-rubric.js";
import type { Indicator, Input, Rubric } from "../../src/core/rubric.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";

/** The mini rubric's indicator 1.3 (a count scored by bands, max 20), for cases that change an indicator. */
const indicator13 = (r: Rubric) => r.groups[0]!.items[2] as Indicator;
const withInput = (input: Input, rule: Indicator["rule"] = { type: "ratio" }) => (r: Rubric) => { Object.assign(indicator13(r), { input, rule }); };

/** [what is wrong, how the mini rubric is broken, the findings: code and JSON path] */
type Case = [string, (r: Rubric) => void, [string, string][]];

/** 1.1 (30) for departments, 1.2 (10) for communes, 1.3 (10) for both, in a group of 40: communes are 20 short. */
const oneTypeShort = (r: Rubric) => { Object.assign(r.groups[0]!.items[0]!, { applies_to: ["department"] }); Object.assign(r.groups[0]!.items[1]!, { applies_to: ["commune"], max: 10 }); r.groups[0]!.max = 40; r.scale = 80; };
const AT13 = "groups/0/items/2";

const cases: Case[] = [
  ["the mini rubric is clean", () => {}, []],
  // bad-range
  ["a level with min = max has a single answer (ratio would divide by zero)", withInput({ type: "level", min: 3, max: 3 }), [["bad-range", `${AT13}/input/min`]]],
  ["a level with min > max", withInput({ type: "level", min: 4, max: 3 }), [["bad-range", `${AT13}/input/min`]]],
  ["a level with min < max is fine", withInput({ type: "level", min: 2, max: 3 }), []],
  ["a number with min > max", withInput({ type: "number", min: 5, max: 2 }, { type: "per_unit", points: 4 }), [["bad-range", `${AT13}/input/min`]]],
  ["a number with min = max is one allowed value", withInput({ type: "number", min: 2, max: 2 }, { type: "per_unit", points: 10 }), []],
  ["a date with min after max", withInput({ type: "date", min: "2025-06-01", max: "2025-01-01" }, { type: "deadline", by: "2025-12-31" }), [["bad-range", `${AT13}/input/min`]]],
  ["a text with min_length > max_length", (r) => { Object.assign(r.groups[1]!.items[2]!, { input: { type: "text", min_length: 10, max_length: 5 } }); }, [["bad-range", "groups/1/items/2/input/min_length"]]],
  // Without a max_length an agency file holds at most TEXT_MAX characters of text: a longer min_length leaves no answer.
  ["a text with min_length above TEXT_MAX and no max_length", (r) => { Object.assign(r.groups[1]!.items[2]!, { input: { type: "text", min_length: TEXT_MAX + 1 } }); }, [["bad-range", "groups/1/items/2/input/min_length"]]],
  ["a text with min_length = TEXT_MAX and no max_length is fine", (r) => { Object.assign(r.groups[1]!.items[2]!, { input: { type: "text", min_length: TEXT_MAX } }); }, []],
  ["a text with min_length above TEXT_MAX and a max_length above it is fine", (r) => { Object.assign(r.groups[1]!.items[2]!, { input: { type: "text", min_length: TEXT_MAX + 1, max_length: TEXT_MAX * 2 } }); }, []],
  ["a level field of a parts input with min = max",
    withInput({ type: "parts", fields: [{ id: "x", label: t("x"), input: { type: "level", min: 1, max: 1 } }] }, { type: "sum", parts: [{ field: "x", max: 20, rule: { type: "ratio" } }] }),
    [["bad-range", `${AT13}/input/fields/0/input/min`]]],
  // a batch-relative rule: nested is relative-nested, on an input that is no number is rule-input-mismatch
  ["min_max on a choice", withInput({ type: "choice", options: [{ id: "a", label: t("a") }, { id: "b", label: t("b") }] }, { type: "min_max" }), [["rule-input-mismatch", `${AT13}/rule/type`]]],
  ["relative_to_best inside a sum",
    withInput({ type: "parts", fields: [{ id: "x", label: t("x"), input: { type: "count" } }] }, { type: "sum", parts: [{ field: "x", max: 20, rule: { type: "relative_to_best" } }] }),
    [["relative-nested", `${AT13}/rule/parts/0/rule/type`]]],
  // duplicate-id, at the second use
  ["two cohorts with one id would merge their rankings",
    (r) => { r.cohorts = [{ id: "c1", label: t("Sở"), agency_types: ["department"] }, { id: "c1", label: t("Xã"), agency_types: ["commune"] }]; },
    [["duplicate-id", "cohorts/1/id"]]],
  ["two band levels with one id", (r) => { r.bands.levels[2]!.id = "tot"; }, [["duplicate-id", "bands/levels/2/id"]]],
  ["two band levels with one id in a per-type set", (r) => { r.bands.by_agency_type![0]!.levels[1]!.id = "dat"; }, [["duplicate-id", "bands/by_agency_type/0/levels/1/id"]]],
  ["the same band id in two sets is fine", (r) => { r.bands.by_agency_type![0]!.levels[0]!.id = "tot"; }, []],
  ["two fields of a parts input with one id",
    withInput({ type: "parts", fields: [{ id: "x", label: t("x"), input: { type: "boolean" } }, { id: "x", label: t("y"), input: { type: "count" } }] }, { type: "sum", parts: [{ field: "x", max: 20, rule: { type: "fixed" } }] }),
    [["duplicate-id", `${AT13}/input/fields/1/id`]]],
  ["two aggregates with one id", (r) => { r.aggregates!.push({ id: "pillar", title: t("Khác"), include: ["1.2"] }); }, [["duplicate-id", "aggregates/1/id"]]],
  ["two agency types with one id", (r) => { r.agency_types.push({ id: "commune", label: t("Xã") }); }, [["duplicate-id", "agency_types/2/id"]]],
  // cohort-id-type: an agency type in no cohort is ranked by its id, so a cohort of that id would rank them together
  ["a cohort named like a type no cohort lists: that type's agencies would join it",
    (r) => { r.cohorts = [{ id: "commune", label: t("Sở"), agency_types: ["department"] }]; }, [["cohort-id-type", "cohorts/0/id"]]],
  ["an open cohort (no agency_types) named like a type no cohort lists",
    (r) => { r.cohorts = [{ id: "commune", label: t("Chung") }]; }, [["cohort-id-type", "cohorts/0/id"]]],
  ["a cohort named like the type it lists is fine", (r) => { r.cohorts = [{ id: "commune", label: t("Xã"), agency_types: ["commune"] }]; }, []],
  ["a cohort named like a type another cohort lists is fine",
    (r) => { r.cohorts = [{ id: "commune", label: t("Sở"), agency_types: ["department"] }, { id: "xa", label: t("Xã"), agency_types: ["commune"] }]; }, []],
  // aggregate-overlap: an aggregate adds up its included nodes, so a node listed with a group above it counts twice
  ["an aggregate with a group and an indicator inside it", (r) => { r.aggregates![0]!.include = ["1", "1.2"]; }, [["aggregate-overlap", "aggregates/0/include/1"]]],
  ["an aggregate with an indicator, then its group", (r) => { r.aggregates![0]!.include = ["2.1", "1.1", "2"]; }, [["aggregate-overlap", "aggregates/0/include/2"]]],
  ["an aggregate naming one code twice", (r) => { r.aggregates![0]!.include = ["1.1", "2", "1.1"]; }, [["aggregate-overlap", "aggregates/0/include/2"]]],
  ["an aggregate with a group and two of its indicators: each is reported",
    (r) => { r.aggregates![0]!.include = ["2", "2.1", "2.2"]; }, [["aggregate-overlap", "aggregates/0/include/1"], ["aggregate-overlap", "aggregates/0/include/2"]]],
  ["a nested group and an indicator of the group inside it",
    (r) => { const g = r.groups[0]!; g.items = [{ kind: "group", code: "1.1", title: t("Con"), max: 60, items: g.items.map((i) => ({ ...i, code: `1.1.${(i as Indicator).code.slice(2)}` })) }]; r.aggregates![0]!.include = ["1.1.3", "1"]; },
    [["aggregate-overlap", "aggregates/0/include/1"]]],
  // points-exceed-max: every number of points a rule can give, not only steps
  ["a bands step above the max", (r) => { indicator13(r).rule = { type: "bands", steps: [{ min: 4, points: 25 }] }; }, [["points-exceed-max", `${AT13}/rule/steps/0/points`]]],
  ["bands else above the max", (r) => { indicator13(r).rule = { type: "bands", steps: [{ min: 4, points: 20 }], else: 25 }; }, [["points-exceed-max", `${AT13}/rule/else`]]],
  ["bands else at the max is fine", (r) => { indicator13(r).rule = { type: "bands", steps: [{ min: 4, points: 20 }], else: 20 }; }, []],
  ["deadline late_points above the max", withInput({ type: "date" }, { type: "deadline", by: "2025-03-31", late_points: 30 }), [["points-exceed-max", `${AT13}/rule/late_points`]]],
  ["deadline late_points under the max is fine", withInput({ type: "date" }, { type: "deadline", by: "2025-03-31", late_points: 5 }), []],
  ["bands else above the max of its sum part",
    withInput({ type: "parts", fields: [{ id: "n", label: t("n"), input: { type: "count" } }] }, { type: "sum", parts: [{ field: "n", max: 20, rule: { type: "bands", steps: [{ min: 1, points: 10 }], else: 21 } }] }),
    [["points-exceed-max", `${AT13}/rule/parts/0/rule/else`]]],
  // bands-order: a list wholly from the lowest up is one finding at its first min; a pair out of place, at the pair
  ["steps listed from the lowest up", (r) => { indicator13(r).rule = { type: "bands", steps: [{ min: 1, points: 5 }, { min: 2, points: 10 }, { min: 4, points: 20 }] }; }, [["bands-order", `${AT13}/rule/steps/0/min`]]],
  ["band levels listed from the lowest up", (r) => { r.bands.levels.reverse(); }, [["bands-order", "bands/levels/0/min"]]],
  ["one step out of place", (r) => { indicator13(r).rule = { type: "bands", steps: [{ min: 4, points: 20 }, { min: 1, points: 5 }, { min: 2, points: 10 }] }; }, [["bands-order", `${AT13}/rule/steps/2/min`]]],
  // floor-above-max: a floor above the group's max or cap would score the group above them
  ["a group floor above its max", (r) => { r.groups[0]!.floor = 70; }, [["floor-above-max", "groups/0/floor"]]],
  ["a group floor above its cap", (r) => { Object.assign(r.groups[0]!, { cap: 30, floor: 40 }); }, [["floor-above-max", "groups/0/floor"]]],
  ["a group floor at its cap is fine", (r) => { Object.assign(r.groups[0]!, { cap: 30, floor: 30 }); }, []],
  ["a group floor under its max is fine", (r) => { r.groups[1]!.floor = 10; }, []],
  // max-decimals: points are carried in whole units of the rubric's decimals; a max between two of them was carried
  // as the nearer (0.5 as 1 at 0 decimals): full marks above the max, and the group read as rescaled
  ["an indicator max finer than the rounding", (r) => { r.rounding = { decimals: 0 }; Object.assign(r.groups[0]!.items[0]!, { max: 19.5 }); Object.assign(r.groups[0]!.items[1]!, { max: 20.5 }); },
    [["max-decimals", "groups/0/items/0/max"], ["max-decimals", "groups/0/items/1/max"]]],
  ["a group max, cap and floor, the scale and the bonus and penalty caps finer than the rounding",
    (r) => { r.rounding = { decimals: 1 }; Object.assign(r.groups[0]!, { cap: 50.25, floor: 0.05 }); r.bonus!.cap = 9.75; r.penalty!.cap = 0.01; },
    [["max-decimals", "groups/0/cap"], ["max-decimals", "groups/0/floor"], ["max-decimals", "bonus/cap"], ["max-decimals", "penalty/cap"]]],
  ["a group max and the scale finer than the rounding",
    (r) => { r.rounding = { decimals: 0 }; r.groups[1]!.max = 39.5; Object.assign(r.groups[1]!.items[1]!, { max: 14.5 }); r.scale = 99.5; },
    [["max-decimals", "groups/1/max"], ["max-decimals", "groups/1/items/1/max"], ["max-decimals", "scale"]]],
  ["maxima with the rubric's decimals are fine", (r) => { r.rounding = { decimals: 2 }; Object.assign(r.groups[0]!.items[0]!, { max: 19.75 }); Object.assign(r.groups[0]!.items[1]!, { max: 20.25 }); r.bonus!.cap = 0.01; }, []],
  // max-mismatch: a group's children add up to its max, all together or for each agency type it applies to
  ["a group whose children add up to more than its max", (r) => { r.groups[0]!.max = 50; r.scale = 90; }, [["max-mismatch", "groups/0/max"]]],
  ["a target for each type (1.1 for departments, 1.2 for communes): each adds up to the max", (r) => { Object.assign(r.groups[0]!.items[0]!, { applies_to: ["department"] }); Object.assign(r.groups[0]!.items[1]!, { applies_to: ["commune"] }); r.groups[0]!.max = 40; r.scale = 80; }, []],
  ["one type's children short of the max", oneTypeShort, [["max-mismatch-type", "groups/0/max"]]],
];

describe("checkRubric: size", () => {
  it("refuses more indicators than a rubric has in practice (explain's time grows with their square)", () => {
    const r = miniRubric();
    const group = r.groups[1]!;
    const template = group.items[0] as Indicator;
    group.items = Array.from({ length: MAX_INDICATORS }, (_, i) => ({ ...template, code: `2.${i + 1}` }));
    group.max = MAX_INDICATORS * template.max;
    r.scale = r.groups.reduce((sum, g) => sum + g.max, 0);
    // group 1 holds three, bonus and penalty one each
    expect(checkRubric(r)).toEqual([{ code: "too-many-indicators", path: ["groups"], params: { count: MAX_INDICATORS + 5, limit: MAX_INDICATORS } }]);
  });

  it("still reports the rubric's other mistakes, so that an author splitting it sees them all", () => {
    const r = miniRubric();
    const group = r.groups[1]!;
    const template = group.items[0] as Indicator;
    group.items = Array.from({ length: MAX_INDICATORS }, (_, i) => ({ ...template, code: `2.${i === 7 ? 1 : i + 1}` }));
    group.max = MAX_INDICATORS * template.max;
    r.scale = r.groups.reduce((sum, g) => sum + g.max, 0);
    expect(checkRubric(r).map((i) => [i.code, i.path.join("/")])).toEqual([["too-many-indicators", "groups"], ["code-order", "groups/1/items/7/code"], ["duplicate-code", "groups/1/items/7/code"]]);
  });
});

/** miniRubric with group 2's indicators coded as given (copies of its first), its max and the scale made to agree. */
function withGroupTwoCodes(codes: string[]) {
  const r = miniRubric();
  const group = r.groups[1]!;
  const template = group.items[0] as Indicator;
  group.items = codes.map((code) => ({ ...template, code }));
  group.max = codes.length * template.max;
  r.scale = r.groups.reduce((sum, g) => sum + g.max, 0);
  return r;
}

describe("checkRubric: a code used twice", () => {
  // "Code 2.1 is used twice" said what was wrong, not what to write: the next code its siblings leave free.
  it.each([
    ["the code after the group's last", ["2.1", "2.2", "2.1"], "2.3"],
    ["past a gap, the highest, not the gap", ["2.1", "2.4", "2.4"], "2.5"],
    ["with the repeated one's leading zeros", ["2.01", "2.02", "2.02"], "2.03"],
  ])("names %s", (_name, codes, free) => {
    const r = withGroupTwoCodes(codes);
    const found = checkRubric(r).filter((i) => i.code === "duplicate-code");
    expect(found.map((i) => i.params.hint_free_code)).toEqual([free]);
    expect(hintTexts({ code: "duplicate-code", params: found[0]!.params }, "en")).toEqual([`each group and indicator needs a code of its own: the next code not yet used is ${free}`]);
  });
});

describe("checkRubric: an item moved to another group without a new code", () => {
  // 1.2 moved into group 2 and left as it was: "the next code not yet used is 1.4" named a code of the group it left,
  // which would be outside group 2 again; the code to write is group 2's next.
  it.each([
    ["a code still used in the group it left (also a duplicate)", ["2.1", "2.2", "1.2"], [["code-prefix", "2.3"], ["duplicate-code", "2.3"]]],
    ["a code no longer used", ["2.1", "2.2", "1.9"], [["code-prefix", "2.3"]]],
  ])("%s is given its new group's next code", (_name, codes, expected) => {
    const r = withGroupTwoCodes(codes);
    const found = checkRubric(r).filter((i) => i.code === "duplicate-code" || i.code === "code-prefix");
    expect(found.map((i) => [i.code, i.params.hint_group_code])).toEqual(expected);
    expect(found.every((i) => i.params.hint_free_code === undefined)).toBe(true);
    expect(hintTexts({ code: "code-prefix", params: found[0]!.params }, "en")).toEqual(["this item is in group 2: the next code not yet used there is 2.3"]);
  });
});

describe("checkRubric: what the schema cannot say", () => {
  it.each(cases)("%s", (_name, breakIt, expected) => {
    const rubric = miniRubric();
    breakIt(rubric);
    expect(checkRubric(rubric).map((i) => [i.code, i.path.join("/")])).toEqual(expected);
  });

  it.each<[string, (r: Rubric) => void, Record<string, string>]>([
    ["a rule's field with _ for -", withInput({ type: "parts", fields: [{ id: "so-hoa", label: t("Số hóa"), input: { type: "boolean" } }] }, { type: "sum", parts: [{ field: "so_hoa", max: 20, rule: { type: "fixed" } }] }), { field: "so_hoa", fields: "so-hoa", input: "parts", suggestion: '"so-hoa"' }],
    ["an agency type in another case", (r) => { indicator13(r).applies_to = ["Commune"]; }, { type: "Commune", suggestion: '"commune"' }],
    ["an aggregate's code with l for 1", (r) => { r.aggregates![0]!.include = ["1.l", "2"]; }, { code: "1.l", suggestion: '"1.1"' }],
  ])("a name referred to that does not exist suggests the one meant: %s", (_name, breakIt, params) => {
    const rubric = miniRubric();
    breakIt(rubric);
    expect(checkRubric(rubric).map((i) => i.params)).toEqual([params]);
  });

  // "late_points gives 12 points, above the max of 10" named no indicator and said nothing of what to do.
  it("a step or piecewise point above the max is named as its author counts it, from one, with its indicator and what to write", () => {
    const rubric = miniRubric();
    const ind = rubric.groups[0]!.items[2] as Indicator;
    ind.rule = { type: "bands", steps: [{ min: 4, points: 5 }, { min: 2, points: ind.max + 5 }] };
    const [issue] = checkRubric(rubric).filter((i) => i.code === "points-exceed-max");
    expect(message("en", "points-exceed-max", issue!.params)).toBe(`steps #2 of 1.3 gives ${ind.max + 5} points, above the max of ${ind.max}: write at most ${ind.max}, or raise the max`);
    expect(message("vi", "points-exceed-max", issue!.params)).toBe(`steps #2 của 1.3 cho ${ind.max + 5} điểm, vượt điểm tối đa ${ind.max}: hãy ghi không quá ${ind.max}, hoặc nâng điểm tối đa (max)`);
  });

  it("a max finer than the rounding says what it would be counted as and the decimals that hold it, in both languages", () => {
    const rubric = miniRubric({ rounding: { decimals: 0 } });
    Object.assign(rubric.groups[0]!.items[0]!, { max: 0.5 });
    Object.assign(rubric.groups[0]!.items[1]!, { max: 39.5 });
    const [issue] = checkRubric(rubric).filter((i) => i.code === "max-decimals");
    expect(issue!.params).toEqual({ key: "max", code: "1.1", value: 0.5, carried: 1, decimals: 0, needed: 1 });
    expect(message("en", "max-decimals", issue!.params)).toBe("The max 0.5 of 1.1 has more decimals than points are rounded to (rounding.decimals: 0): it would be counted as 1, and the points would not add up as the rubric says; write rounding: {decimals: 1}");
    expect(message("vi", "max-decimals", issue!.params)).toBe("Giá trị max 0.5 của 1.1 có nhiều chữ số thập phân hơn mức làm tròn điểm (rounding.decimals: 0): giá trị này sẽ được tính là 1, và điểm sẽ không cộng lại đúng như bộ chỉ số ghi; hãy ghi rounding: {decimals: 1}");
    const finer = miniRubric({ rounding: { decimals: 1 } });
    finer.bonus!.cap = 9.75;
    const [cap] = checkRubric(finer).filter((i) => i.code === "max-decimals");
    expect(message("en", "max-decimals", cap!.params)).toBe("The cap 9.75 of bonus has more decimals than points are rounded to (rounding.decimals: 1): it would be counted as 9.8, and the points would not add up as the rubric says; write rounding: {decimals: 2}");
    // Finer than any rounding the schema takes (at most 4): it advised decimals: 5, which the schema refuses.
    finer.bonus!.cap = 9.123456;
    const [fine] = checkRubric(finer).filter((i) => i.code === "max-decimals");
    expect(message("en", "max-decimals", fine!.params)).toBe("The cap 9.123456 of bonus has more than 4 decimals, the finest points can be rounded to (rounding.decimals is at most 4): it would be counted as 9.1; write it with at most 4 decimals");
    expect(message("vi", "max-decimals", fine!.params)).toContain("hãy ghi nó với tối đa 4 chữ số thập phân");
  });

  // It read "(it declares: —)" for an input of another type.
  it("a rule's field on an input that is not parts says such an input has no fields, in both languages", () => {
    const rubric = miniRubric();
    withInput({ type: "date" }, { type: "sum", parts: [{ field: "ngay", max: 20, rule: { type: "fixed" } }] })(rubric);
    const [issue] = checkRubric(rubric).filter((i) => i.code === "unknown-field-ref");
    expect(message("en", "unknown-field-ref", issue!.params)).toBe('The rule names field "ngay", but an input of type date has no fields (only parts have input.fields)');
    expect(message("vi", "unknown-field-ref", issue!.params)).toBe('Quy tắc dùng trường "ngay", nhưng kiểu trả lời date không có trường nào (chỉ kiểu parts có input.fields)');
  });

  // It said "Rule ratio cannot score an input of type count" and no more: the author was left to find the rules that do.
  const misfits: [string, Input, Indicator["rule"], string][] = [
    ["ratio on a count", { type: "count" }, { type: "ratio" }, "target, bands, piecewise, per_unit, relative_to_best, min_max"],
    ["choice on a checklist", { type: "checklist", options: [{ id: "a", label: t("a"), points: 5 }] }, { type: "choice" }, "target, bands, piecewise, checklist, per_unit"],
    ["bands on a date", { type: "date" }, { type: "bands", steps: [{ min: 1, points: 20 }] }, "deadline"],
    ["ratio on a parts input", { type: "parts", fields: [{ id: "x", label: t("x"), input: { type: "count" } }] }, { type: "ratio" }, "sum, best_of"],
    ["a term's ratio on a count field (no batch-relative rule in a term)", { type: "parts", fields: [{ id: "x", label: t("x"), input: { type: "count" } }] },
      { type: "sum", parts: [{ field: "x", max: 20, rule: { type: "ratio" } }] }, "target, bands, piecewise, per_unit"],
  ];
  it.each(misfits)("a rule that does not fit its input names the rules that do: %s", (_, input, rule, rules) => {
    const rubric = miniRubric();
    withInput(input, rule)(rubric);
    const [issue] = checkRubric(rubric).filter((i) => i.code === "rule-input-mismatch");
    expect(issue!.params).toMatchObject({ expected_key: "rules-for-input", rules });
  });

  it("a rule on a text input says no rule scores one, and what to write instead, in both languages", () => {
    const rubric = miniRubric();
    withInput({ type: "text" }, { type: "fixed" })(rubric);
    const [issue] = checkRubric(rubric).filter((i) => i.code === "rule-input-mismatch");
    expect(expectedText("en", String(issue!.params.expected_key), issue!.params)).toBe("no rule: an input of type text is collected, not scored (info_only: true, max: 0, no rule)");
    expect(expectedText("vi", String(issue!.params.expected_key), issue!.params)).toBe("không có quy tắc nào: kiểu trả lời text chỉ để thu thập, không chấm điểm (info_only: true, max: 0, bỏ rule)");
    withInput({ type: "count" }, { type: "ratio" })(rubric);
    const [count] = checkRubric(rubric).filter((i) => i.code === "rule-input-mismatch");
    expect(expectedText("en", String(count!.params.expected_key), count!.params)).toBe("a rule for an input of type count: target, bands, piecewise, per_unit, relative_to_best, min_max");
    expect(expectedText("vi", String(count!.params.expected_key), count!.params)).toBe("một quy tắc dùng được với kiểu trả lời count: target, bands, piecewise, per_unit, relative_to_best, min_max");
  });

  // It read "The max of 1 is 50" (of one?) and said nothing of what to fix, where scale-mismatch does.
  it("a group's max that its children miss is said as the group's, with what to fix, in both languages", () => {
    const rubric = miniRubric();
    rubric.groups[0]!.max = 50;
    rubric.scale = 90;
    const [issue] = checkRubric(rubric).filter((i) => i.code === "max-mismatch");
    expect(message("en", "max-mismatch", issue!.params)).toBe("The max of group 1 is 50 but its children add up to 60: fix the group's max, or the max of the child that is wrong");
    expect(message("vi", "max-mismatch", issue!.params)).toBe("Điểm tối đa của nhóm 1 là 50 nhưng tổng các mục con là 60: sửa max của nhóm, hoặc max của mục con bị sai");
  });

  it("names the agency type whose children miss the max, with their sum (the sum of all counts for no type)", () => {
    const rubric = miniRubric();
    oneTypeShort(rubric);
    const sums = new Map(rubric.agency_types.map((t) => [t.id, rubric.groups[0]!.items.reduce((s, i) => s + (i.kind !== "heading" && (i.applies_to === undefined || i.applies_to.includes(t.id)) ? i.max : 0), 0)]));
    expect(sums.get("department")).toBe(40);
    expect(checkRubric(rubric).map((i) => i.params)).toEqual([{ code: "1", declared: 40, sum: sums.get("commune")!, type: "commune", hint_addends: "1.2 (10) + 1.3 (20)" }]);
  });

  // The sum alone left the author adding up the children again to find the one that is wrong.
  it("lists the maxima the sum adds up, of the children that apply to the type it names", () => {
    const rubric = miniRubric();
    oneTypeShort(rubric);
    const [issue] = checkRubric(rubric);
    const finding = { code: issue!.code, params: issue!.params };
    expect(hintTexts(finding, "en")).toEqual(["the children's maxima: 1.2 (10) + 1.3 (20)"]);
    expect(hintTexts(finding, "vi")).toEqual(["điểm tối đa các mục con: 1.2 (10) + 1.3 (20)"]);
  });
});

// "1.3" typed in group 2 (meant 2.3) was three findings: code-prefix, code-order (1.3 after 2.2) and duplicate-code.
describe("a code outside its group's prefix is not also out of order", () => {
  const codesOf = (codes: string[]) => {
    const r = miniRubric();
    const group = r.groups[1]!;
    group.items.forEach((item, i) => { if (item.kind !== "heading" && codes[i] !== undefined) item.code = codes[i]!; });
    return checkRubric(r).filter((i) => i.code.startsWith("code-") || i.code === "duplicate-code").map((i) => [i.code, i.path.join("/")]);
  };
  it.each([
    ["1.3 typed for 2.3 (also a duplicate)", ["2.1", "2.2", "1.3"], [["code-prefix", "groups/1/items/2/code"], ["duplicate-code", "groups/1/items/2/code"]]],
    ["1.9 typed for 2.2, the next code ordered against 2.1", ["2.1", "1.9", "2.3"], [["code-prefix", "groups/1/items/1/code"]]],
    ["1.9 between codes out of order", ["2.3", "1.9", "2.1"], [["code-prefix", "groups/1/items/1/code"], ["code-order", "groups/1/items/2/code"]]],
    ["codes out of order, all under 2", ["2.2", "2.1", "2.3"], [["code-order", "groups/1/items/1/code"]]],
  ])("%s", (_, codes, expected) => {
    expect(codesOf(codes)).toEqual(expected);
  });
});
