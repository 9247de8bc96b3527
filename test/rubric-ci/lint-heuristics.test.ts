import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkTranslations } from "../../src/rubric-ci/lint/translations.js";
import { reachableMax } from "../../src/core/reachable-max.js";
import { checkDefinitions } from "../../src/rubric-ci/lint/definitions.js";
import { checkRubric } from "../../src/core/check-rubric.js";
import { checkReachability } from "../../src/rubric-ci/lint/reachability.js";
import { checkInputs } from "../../src/rubric-ci/lint/inputs.js";
import { checkPoints } from "../../src/rubric-ci/lint/points.js";
import { checkCodes } from "../../src/rubric-ci/lint/codes.js";
import { checkLegalBasis } from "../../src/rubric-ci/lint/legal-basis.js";
import { checkQuotedSettings } from "../../src/rubric-ci/lint/quoted-settings.js";
import { checkBands } from "../../src/rubric-ci/lint/bands.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";
import { message } from "../../src/i18n/messages.js";
import { hintTexts } from "../../src/report/hints.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";

const withTitle = (title: { vi: string; en: string }, languages?: string[]) =>
  miniRubric({ title, ...(languages ? { languages } : {}) });
/** The mini rubric's other texts are vi = en on purpose; only the title is under test here. */
const titleIssues = (title: { vi: string; en: string }, languages?: string[]) => checkTranslations(withTitle(title, languages)).filter((i) => i.path[0] === "title");

describe("translation rules", () => {
  it("flags blank and placeholder texts in every declared language", () => {
    for (const bad of ["", "   ", "TODO", "tbd", "FIXME", "...", "…", "?", "-", "—"]) {
      const issues = titleIssues({ vi: "Bộ chỉ số", en: bad });
      expect(issues.map((i) => [i.code, i.path.join("/")]), JSON.stringify(bad)).toEqual([["translation-missing", "title/en"]]);
    }
  });

  it("flags a placeholder word opening a note to the translator, not a word that starts with one", () => {
    for (const bad of ["TODO: translate", "todo dịch sau", "[TODO]", "(TBD)", "TBD.", "FIXME - wording", "XXX"]) {
      expect(titleIssues({ vi: "Bộ chỉ số", en: bad }).map((i) => i.code), JSON.stringify(bad)).toEqual(["translation-missing"]);
    }
    for (const fine of ["Todos los servicios", "Tbdx portal", "Digital index: TODO list app"]) expect(titleIssues({ vi: "Bộ chỉ số", en: fine }), fine).toEqual([]);
  });

  it("checks only the declared languages", () => {
    expect(titleIssues({ vi: "Bộ chỉ số", en: "TODO" }, ["vi"])).toEqual([]);
    expect(titleIssues({ vi: "TODO", en: "Rubric" }, ["en"])).toEqual([]);
  });

  it("identical texts: Vietnamese letters or a phrase of three words look untranslated; names, units and codes do not", () => {
    expect(titleIssues(t("Bộ chỉ số chuyển đổi số")).map((i) => i.code)).toEqual(["translation-identical"]);
    expect(titleIssues(t("Quảng Bình")).map((i) => i.path.join("/"))).toEqual(["title/en"]);
    expect(titleIssues(t("Digital transformation index")).map((i) => i.path.join("/"))).toEqual(["title/vi"]);
    for (const fine of ["ISO 9001", "Zalo OA", "Mbps", "LGSP", "DTI 2025"]) expect(titleIssues(t(fine)), fine).toEqual([]);
    expect(titleIssues(t("Digital index", "Digital  index "))).toEqual([]);
  });
});

describe("the best answer's points (max-unreachable)", () => {
  it("follows each rule and the range of its input", () => {
    expect(reachableMax({ type: "per_unit", points: 10 }, { type: "count", max: 3 }, 40)).toBe(30);
    expect(reachableMax({ type: "per_unit", points: 10 }, { type: "count" }, 40)).toBe(40);
    expect(reachableMax({ type: "target", target: 120 }, { type: "percent" }, 30)).toBe(25);
    expect(reachableMax({ type: "bands", steps: [{ min: 10, points: 20 }, { min: 5, points: 8 }] }, { type: "level", max: 7 }, 20)).toBe(8);
    expect(reachableMax({ type: "piecewise", points: [[0, 0], [100, 10], [200, 30]] }, { type: "number", max: 150 }, 30)).toBe(20);
    expect(reachableMax({ type: "choice" }, { type: "choice", options: [{ id: "a", label: t("A"), fraction: 0.5 }, { id: "b", label: t("B"), points: 3 }] }, 10)).toBe(5);
    expect(reachableMax({ type: "checklist" }, { type: "checklist", options: [{ id: "a", label: t("A"), points: 4 }, { id: "b", label: t("B"), points: 4 }] }, 10)).toBe(8);
    expect(reachableMax({ type: "fixed", points: 6 }, { type: "boolean" }, 10)).toBe(6);
    // A deadline before the earliest date an answer may give: every answer is late.
    expect(reachableMax({ type: "deadline", by: "2024-12-31", late_points: 3 }, { type: "date", min: "2025-01-01" }, 10)).toBe(3);
    expect(reachableMax({ type: "deadline", by: "2024-12-31" }, { type: "date", min: "2025-01-01" }, 10)).toBe(0);
    expect(reachableMax({ type: "deadline", by: "2025-01-01" }, { type: "date", min: "2025-01-01" }, 10)).toBe(10);
    expect(reachableMax({ type: "deadline", by: "2024-12-31" }, { type: "date" }, 10)).toBe(10);
    const parts = { type: "parts" as const, fields: [{ id: "x", label: t("x"), input: { type: "boolean" as const } }, { id: "y", label: t("y"), input: { type: "count" as const, max: 1 } }] };
    expect(reachableMax({ type: "sum", parts: [{ field: "x", max: 5, rule: { type: "fixed" } }, { field: "y", max: 10, rule: { type: "per_unit", points: 4 } }] }, parts, 15)).toBe(9);
    expect(reachableMax({ type: "best_of", cases: [{ field: "x", max: 5, rule: { type: "fixed" } }, { field: "y", rule: { type: "per_unit", points: 4 } }] }, parts, 15)).toBe(5);
  });
});

describe("max-unreachable's place", () => {
  const tempDir = tempDirs();
  it("is the indicator's max, which the message speaks of, with a caret under the whole value (it was a bare `type:` of a rule written as a block, one character wide)", async () => {
    const file = path.join(tempDir(), "max-unreachable.yaml");
    writeFileSync(file, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace("            - {min: 4, points: 20}\n", "            - {min: 4, points: 18}\n"));
    for (const lang of ["en", "vi"] as const) {
      const r = await runCli(["rubric", "lint", file, "--lang", lang, "--no-color"]);
      const said = r.stderr.slice(r.stderr.indexOf(`${file}:127:14 `));
      expect(said, r.stderr).toMatch(/^\S+:127:14 \S+ .*\[max-unreachable\]\n(?:.*\n){2}  > 127 \|         max: 20\n +\| {14}\^\^\n/);
    }
    const json = JSON.parse((await runCli(["rubric", "lint", file, "--format", "json"])).stdout);
    expect(json.files[0].findings.map((f: { rule: string; line: number; col: number; path: string }) => [f.rule, f.line, f.col, f.path])).toEqual([["max-unreachable", 127, 14, "groups/0/items/1/max"]]);
  });
});

describe("unreachable items", () => {
  it("an applies_to that matches no declared type, or none its group reaches, is unreachable", () => {
    const rubric = miniRubric();
    (rubric.groups[0]!.items[0] as { applies_to?: string[] }).applies_to = ["ward"];
    expect(checkReachability(rubric).map((i) => [i.code, i.path.join("/")])).toEqual([["unreachable-item", "groups/0/items/0/applies_to"]]);
    const nested = miniRubric();
    (nested.groups[1] as { applies_to?: string[] }).applies_to = ["department"];
    (nested.groups[1]!.items[1] as { applies_to?: string[] }).applies_to = ["commune", "ward"];
    expect(checkReachability(nested).map((i) => [i.code, i.params.parent])).toEqual([["unreachable-item", "department"]]);
    (nested.groups[1]!.items[1] as { applies_to?: string[] }).applies_to = ["commune", "department"];
    expect(checkReachability(nested)).toEqual([]);
  });
});

describe("a bonus or penalty cap above all its items", () => {
  // A penalty cap raised to 60 over items worth 20 and 30 never bites: lint said nothing of it.
  it("is cap-above-max at the cap, with what the items give together", () => {
    const rubric = miniRubric();
    for (const side of ["bonus", "penalty"] as const) {
      const section = rubric[side]!;
      const items = section.items.reduce((sum, item) => sum + item.max, 0);
      section.cap = items;
      expect(checkPoints(rubric).filter((i) => i.code === "cap-above-max")).toEqual([]);
      section.cap = items + 10;
      const found = checkPoints(rubric).filter((i) => i.code === "cap-above-max");
      expect(found.map((i) => [i.path.join("/"), i.params.cap, i.params.max])).toEqual([[`${side}/cap`, items + 10, items]]);
      // A section has no max: "above its max" named one it does not have.
      expect(message("en", "cap-above-max", found[0]!.params)).toBe(`The cap ${items + 10} of ${side} is above the ${items} points its items add up to, so it never applies`);
      expect(message("vi", "cap-above-max", found[0]!.params)).toBe(`Mức trần ${items + 10} của ${side} cao hơn tổng ${items} điểm của các mục nên không bao giờ có tác dụng`);
      expect(hintTexts({ code: found[0]!.code, params: found[0]!.params }, "en")[0]).toMatch(new RegExp(`^the ${side} items (give|take) at most ${items} points together: lower the cap to ${items}`));
      section.cap = items;
    }
  });
});

describe("the Vietnamese of three lint findings", () => {
  // "chỉ là chỗ giữ chỗ" (only a place-holding place) and "nhiều hơn nhóm 1" (more than group 1) read badly.
  it("says a placeholder, a group's max and a band out of reach as a Vietnamese author would", () => {
    const [missing] = titleIssues({ vi: "TODO", en: "Index" });
    expect(message("vi", missing!.code, missing!.params)).toBe('Văn bản ở vi còn trống hoặc mới ghi tạm ("TODO"): hãy viết nội dung thật');
    expect(message("en", missing!.code, missing!.params)).toBe('The vi text is empty or a placeholder ("TODO"): write the text itself');
    expect(message("vi", "item-exceeds-group", { code: "1.1", points: 30, parent: "1", limit: 20 })).toBe("1.1 có 30 điểm, nhiều hơn điểm tối đa của nhóm 1 (20)");
    expect(message("vi", "band-unreachable", { band: "xuat-sac", min: 1200, ceiling: 1000 })).toBe("Mức xếp loại xuat-sac bắt đầu từ 1200, cao hơn tổng điểm tối đa có thể đạt (1000): không cơ quan nào đạt được mức này");
    // The English stopped at the figure, without the vi's consequence.
    expect(message("en", "band-unreachable", { band: "xuat-sac", min: 1200, ceiling: 1000 })).toBe("Band xuat-sac starts at 1200, above the most a total can reach (1000): no agency can reach it");
  });
});

describe("translation-identical says what to write, and where", () => {
  // "look untranslated" said what was wrong; the author was left to work out which side to write.
  it.each([
    [{ vi: "Số hóa hồ sơ lưu trữ của cơ quan", en: "Số hóa hồ sơ lưu trữ của cơ quan" }, "en", "write the English text at en (a name, code or unit that is the same in both languages may stay); a rubric written in Vietnamese only declares languages: [vi]"],
    [{ vi: "Archive records digitised in full", en: "Archive records digitised in full" }, "vi", "write the Vietnamese text at vi (a name, code or unit that is the same in both languages may stay)"],
  ])("%j: at %s", (title, side, hint) => {
    const [issue] = titleIssues(title);
    expect([issue!.code, issue!.path.at(-1)]).toEqual(["translation-identical", side]);
    expect(hintTexts({ code: issue!.code, params: issue!.params }, "en")).toEqual([hint]);
  });
});

describe("unused definitions", () => {
  it("option points read through a parts field are used; options no rule reads are not", () => {
    const rubric = miniRubric();
    const indicator = rubric.groups[0]!.items[0] as { input: unknown; rule: unknown };
    indicator.input = { type: "parts", fields: [{ id: "k", label: t("k"), input: { type: "choice", options: [{ id: "a", label: t("A"), fraction: 1 }] } }] };
    indicator.rule = { type: "best_of", cases: [{ field: "k", rule: { type: "choice" } }, { field: "k", max: 5, rule: { type: "choice" } }] };
    expect(checkDefinitions(rubric).map((i) => i.code)).toEqual([]);
    indicator.input = { type: "parts", fields: [{ id: "k", label: t("k"), input: { type: "choice", options: [{ id: "a", label: t("A"), fraction: 1 }] } }, { id: "n", label: t("n"), input: { type: "number" } }] };
    indicator.rule = { type: "sum", parts: [{ field: "n", max: 20, rule: { type: "target", target: 5 } }] };
    // The field no term names is one finding: its options' points, ignored for that reason alone, are not a second.
    expect(checkDefinitions(rubric).map((i) => i.code)).toEqual(["field-unscored"]);
  });

  it("a field left unscored by a misspelt name in the rule is told the name to write", () => {
    const rubric = miniRubric();
    const indicator = rubric.groups[0]!.items[0] as { input: unknown; rule: unknown };
    const choice = { type: "choice", options: [{ id: "a", label: t("A"), fraction: 1 }, { id: "b", label: t("B"), fraction: 0.5 }] };
    indicator.input = { type: "parts", fields: [{ id: "phong-may-chu", label: t("k"), input: choice }, { id: "n", label: t("n"), input: { type: "boolean" } }] };
    indicator.rule = { type: "best_of", cases: [{ field: "n", rule: { type: "fixed" } }, { field: "phong-may", rule: { type: "choice" } }] };
    // Before: field-unscored with no word of the misspelling, and option-points-ignored at each of the field's options.
    const found = checkDefinitions(rubric);
    expect(found.map((i) => [i.code, i.params.hint_stray_field])).toEqual([["field-unscored", "phong-may"]]);
    expect(hintTexts({ code: found[0]!.code, params: found[0]!.params }, "en")).toEqual(["the rule names phong-may, which input.fields does not declare: if that is this field, write field: phong-may-chu"]);
    expect(checkRubric(rubric).map((i) => i.code)).toEqual(["unknown-field-ref"]);
  });

  it("a rule that cannot score the input is rule-input-mismatch's finding alone: its options' points are not flagged too", () => {
    const rubric = miniRubric();
    const indicator = rubric.groups[0]!.items[0] as { input: unknown; rule: unknown };
    indicator.input = { type: "choice", options: [{ id: "a", label: t("A"), points: 10 }, { id: "b", label: t("B"), points: 5 }] };
    for (const rule of [{ type: "min_max" }, { type: "target", target: 3 }, { type: "fixed" }]) {
      indicator.rule = rule;
      expect(checkDefinitions(rubric).map((i) => i.code)).toEqual([]);
      expect(checkRubric(rubric).map((i) => i.code)).toEqual(["rule-input-mismatch"]);
    }
    indicator.input = { type: "checklist", options: [{ id: "a", label: t("A"), points: 10 }] };
    indicator.rule = { type: "target", target: 1 };
    expect(checkDefinitions(rubric).map((i) => i.code)).toEqual(["option-points-ignored"]);
  });
});

describe("level labels (level-labels-mismatch)", () => {
  const labels = (n: number) => Array.from({ length: n }, (_, i) => t(`Mức ${i}`));
  const withLevel = (level: Record<string, unknown>) => {
    const rubric = miniRubric();
    Object.assign(rubric.groups[0]!.items[2]!, { input: { type: "level", ...level }, rule: { type: "ratio" } });
    return checkInputs(rubric).map((i) => [i.code, i.path.join("/"), i.severity]);
  };
  const AT = "groups/0/items/2/input";
  it.each([
    ["one label per level, min to max", { min: 1, max: 3, labels: labels(3) }, []],
    ["no labels at all", { max: 5 }, []],
    ["fewer labels than levels: at the list", { max: 5, labels: labels(2) }, [["level-labels-mismatch", `${AT}/labels`, "warning"]]],
    ["min counts: 0 to 5 is six levels", { min: 0, max: 5, labels: labels(5) }, [["level-labels-mismatch", `${AT}/labels`, "warning"]]],
    ["more labels than levels: at the first extra one", { min: 2, max: 4, labels: labels(5) }, [["level-labels-mismatch", `${AT}/labels/3`, "warning"]]],
    ["no range (bad-range's finding, not this one's)", { min: 3, max: 3, labels: labels(2) }, []],
  ])("%s", (_name, level, expected) => {
    expect(withLevel(level)).toEqual(expected);
  });

  it("checks the level fields of a parts input too", () => {
    const rubric = miniRubric();
    Object.assign(rubric.groups[0]!.items[2]!, {
      input: { type: "parts", fields: [{ id: "x", label: t("x"), input: { type: "level", max: 2, labels: labels(2) } }] },
      rule: { type: "sum", parts: [{ field: "x", max: 20, rule: { type: "ratio" } }] },
    });
    expect(checkInputs(rubric).map((i) => [i.code, i.path.join("/"), i.params.code])).toEqual([["level-labels-mismatch", "groups/0/items/2/input/fields/0/input/labels", "1.3"]]);
  });
});

describe("deadline-never-late", () => {
  const withDeadline = (input: Record<string, unknown>, rule: Record<string, unknown>) => miniRubric({
    groups: [{ code: "1", title: t("Một"), max: 100, items: [{ code: "1.1", title: t("Ngày ban hành"), max: 100, input, rule }] }],
    aggregates: [], bonus: undefined, penalty: undefined,
  });
  const found = (input: Record<string, unknown>, rule: Record<string, unknown>) => checkPoints(withDeadline(input, rule)).filter((i) => i.code === "deadline-never-late").map((i) => [i.path.join("/"), i.params]);

  it.each([
    ["after the latest date", "2026-03-01", true],
    ["on the latest date", "2025-12-31", true],
    ["the day before it", "2025-12-30", false],
  ])("a deadline %s: %s", (_, by, said) => {
    expect(found({ type: "date", max: "2025-12-31" }, { type: "deadline", by, late_points: 10 })).toEqual(said ? [["groups/0/items/0/rule/by", { code: "1.1", by, latest: "2025-12-31" }]] : []);
  });

  it("looks into a sum's terms on a field's date, and says nothing without a latest date", () => {
    const parts = { type: "parts", fields: [{ id: "ban_hanh", label: t("Ngày"), input: { type: "date", max: "2025-12-31" } }, { id: "so", label: t("Số"), input: { type: "count" } }] };
    const rule = { type: "sum", parts: [{ field: "so", max: 50, rule: { type: "fixed" } }, { field: "ban_hanh", max: 50, rule: { type: "deadline", by: "2026-01-15" } }] };
    expect(found(parts, rule)).toEqual([["groups/0/items/0/rule/parts/1/rule/by", { code: "1.1", by: "2026-01-15", latest: "2025-12-31" }]]);
    expect(found({ type: "date" }, { type: "deadline", by: "2099-01-01" })).toEqual([]);
  });
});

// `{min: 0, points: 40}` alone on a count gave full marks to every answer, 0 included, and lint said nothing.
describe("bands-first-always", () => {
  const found = (input: Record<string, unknown>, rule: Record<string, unknown>) => checkPoints(miniRubric({
    groups: [{ code: "1", title: t("Một"), max: 100, items: [{ code: "1.1", title: t("Số cuộc họp"), max: 40, input, rule }] }],
    aggregates: [], bonus: undefined, penalty: undefined,
  })).filter((i) => i.code === "bands-first-always").map((i) => [i.path.join("/"), i.params.min, i.params.floor]);
  const bands = (...mins: number[]) => ({ type: "bands", steps: mins.map((min, i) => ({ min, points: 40 - 10 * i })) });
  const at = "groups/0/items/0/rule/steps/0/min";
  it.each([
    ["a count, one step at 0", { type: "count" }, bands(0), [[at, 0, 0]]],
    ["a count, the first of two steps at 0", { type: "count" }, bands(0, 2), [[at, 0, 0]]],
    ["a count, first step at 1", { type: "count" }, bands(1), []],
    ["a percentage, first step at 0", { type: "percent" }, bands(0, 50), [[at, 0, 0]]],
    ["a fraction, first step at 0", { type: "fraction" }, bands(0), [[at, 0, 0]]],
    ["a boolean, first step at 0", { type: "boolean" }, bands(0), [[at, 0, 0]]],
    ["a level from 1, first step at 1", { type: "level", min: 1, max: 5 }, bands(1), [[at, 1, 1]]],
    ["a level from 1, first step at 2", { type: "level", min: 1, max: 5 }, bands(2, 1), []],
    ["a number without min, first step at 0 (an answer may be below)", { type: "number" }, bands(0), []],
    ["a number from 5, first step at 5", { type: "number", min: 5 }, bands(5), [[at, 5, 5]]],
    ["a number from 5, first step at 6", { type: "number", min: 5 }, bands(6), []],
  ])("%s", (_, input, rule, expected) => {
    expect(found(input, rule)).toEqual(expected);
  });

  it("looks into a sum's terms on a field", () => {
    const parts = { type: "parts", fields: [{ id: "so", label: t("Số"), input: { type: "count" } }, { id: "ty_le", label: t("Tỷ lệ"), input: { type: "percent" } }] };
    const rule = { type: "sum", parts: [{ field: "so", max: 20, rule: bands(1) }, { field: "ty_le", max: 20, rule: bands(0) }] };
    expect(found(parts, rule)).toEqual([["groups/0/items/0/rule/parts/1/rule/steps/0/min", 0, 0]]);
  });

  it("is said in both languages", () => {
    const params = { code: "1.2", min: 0, floor: 0 };
    expect(message("en", "bands-first-always", params)).toBe("Every answer to 1.2 reaches the rule's first step (min 0; no answer is below 0): the rule gives the same points whatever the answer, and the later steps and else never apply");
    expect(message("vi", "bands-first-always", params)).toContain("Mọi câu trả lời cho 1.2 đều đạt bậc đầu tiên");
  });
});

describe("parts-exceed-max", () => {
  const bool = (id: string) => ({ id, label: t(id), input: { type: "boolean" } });
  const parts = { type: "parts", fields: [bool("a"), bool("b"), { id: "n", label: t("n"), input: { type: "count", max: 2 } }] };
  const options = (...prices: Record<string, number>[]) => ({ type: "checklist", options: prices.map((p, i) => ({ id: `o${i}`, label: t(`o${i}`), ...p })) });
  const found = (input: Record<string, unknown>, rule: Record<string, unknown>) => checkPoints(miniRubric({
    groups: [{ code: "1", title: t("Một"), max: 100, items: [{ code: "1.1", title: t("Kế hoạch"), max: 40, input, rule }] }],
    aggregates: [], bonus: undefined, penalty: undefined,
  })).filter((i) => i.code === "parts-exceed-max").map((i) => [i.path.join("/"), i.params.sum, i.params.max]);
  const AT = "groups/0/items/0/rule";

  it.each([
    ["a sum's parts past the max, no cap", parts, { type: "sum", parts: [{ field: "a", max: 30, rule: { type: "fixed" } }, { field: "b", max: 30, rule: { type: "fixed" } }] }, [[AT, 60, 40]]],
    ["the same with a cap written: the cut is meant", parts, { type: "sum", cap: 40, parts: [{ field: "a", max: 30, rule: { type: "fixed" } }, { field: "b", max: 30, rule: { type: "fixed" } }] }, []],
    ["parts that add up to the max exactly", parts, { type: "sum", parts: [{ field: "a", max: 20, rule: { type: "fixed" } }, { field: "b", max: 20, rule: { type: "fixed" } }] }, []],
    // What the parts can give, not what they are said to be worth: 2 units of 10 reach 20 of the part's 30.
    ["a part that cannot reach its own max counts what it reaches", parts, { type: "sum", parts: [{ field: "a", max: 20, rule: { type: "fixed" } }, { field: "n", max: 30, rule: { type: "per_unit", points: 10 } }] }, []],
    ["a part above the max alone is points-exceed-max's finding", parts, { type: "sum", parts: [{ field: "a", max: 50, rule: { type: "fixed" } }, { field: "b", max: 10, rule: { type: "fixed" } }] }, []],
    ["a sum nested in a best_of case, against the case's max", parts, { type: "best_of", cases: [{ max: 20, rule: { type: "sum", parts: [{ field: "a", max: 15, rule: { type: "fixed" } }, { field: "b", max: 15, rule: { type: "fixed" } }] } }, { field: "a", rule: { type: "fixed" } }] }, [[`${AT}/cases/0/rule`, 30, 20]]],
    ["checklist options past the max, no cap", options({ points: 20 }, { points: 20 }, { points: 20 }), { type: "checklist" }, [[AT, 60, 40]]],
    ["checklist options as fractions of the max", options({ fraction: 0.5 }, { fraction: 0.75 }), { type: "checklist" }, [[AT, 50, 40]]],
    ["checklist with a cap: some of the items are enough", options({ points: 20 }, { points: 20 }, { points: 20 }), { type: "checklist", cap: 40 }, []],
    ["checklist options that add up to the max", options({ points: 20 }, { points: 20 }), { type: "checklist" }, []],
    ["a checklist counted by bands reads no option points", options({ points: 30 }, { points: 30 }), { type: "bands", steps: [{ min: 2, points: 40 }] }, []],
  ])("%s", (_name, input, rule, expected) => {
    expect(found(input, rule)).toEqual(expected);
  });

  it("a checklist's finding is said as its options, a sum's as its parts", () => {
    const [sum] = checkPoints(miniRubric({ groups: [{ code: "1", title: t("Một"), max: 100, items: [{ code: "1.1", title: t("x"), max: 100, input: parts, rule: { type: "sum", parts: [{ field: "a", max: 60, rule: { type: "fixed" } }, { field: "b", max: 60, rule: { type: "fixed" } }] } }] }], aggregates: [], bonus: undefined, penalty: undefined }));
    expect(message("en", "parts-exceed-max", sum!.params)).toBe("The parts of the rule of 1.1 can add up to 120 points, more than its max of 100: the excess is cut without a word; write cap: 100 in the rule if that is meant, or correct the parts' max");
    const [list] = checkPoints(miniRubric({ groups: [{ code: "1", title: t("Một"), max: 100, items: [{ code: "1.1", title: t("x"), max: 100, input: options({ points: 60 }, { points: 60 }), rule: { type: "checklist" } }] }], aggregates: [], bonus: undefined, penalty: undefined }));
    expect(message("en", "parts-exceed-max", list!.params)).toMatch(/^The 2 options of 1\.1 ticked together give 120 points/);
    expect(message("vi", "parts-exceed-max", list!.params)).toMatch(/^Đánh dấu đủ cả 2 lựa chọn của 1\.1 thì được 120 điểm/);
    expect(message("vi", "parts-exceed-max", list!.params)).toContain("nếu đúng ý (chỉ cần đạt một số mục), hãy ghi cap: 100");
  });
});

describe("code-same-number", () => {
  const indicator = (code: string) => ({ code, title: t(code), max: 10, input: { type: "boolean" }, rule: { type: "fixed" } });
  const found = (groups: [string, string[]][], bonus: string[] = []) => checkCodes(miniRubric({
    groups: groups.map(([code, items]) => ({ code, title: t(code), max: 10 * items.length, items: items.map(indicator) })),
    aggregates: [], penalty: undefined, bonus: bonus.length ? { cap: 10, items: bonus.map(indicator) } : undefined,
  })).map((i) => [i.path.join("/"), i.params.code, i.params.other]);

  it.each([
    ["1.01 beside 1.1", [["1", ["1.01", "1.1"]]], [], [["groups/0/items/1/code", "1.1", "1.01"]]],
    ["1.1 beside 1.001, in either order", [["1", ["1.1", "1.001"]]], [], [["groups/0/items/1/code", "1.001", "1.1"]]],
    ["two groups 01 and 1", [["01", ["01.1"]], ["1", ["1.2"]]], [], [["groups/1/code", "1", "01"]]],
    ["a segment further down: 2.1.05 and 2.1.5", [["2", ["2.1.05", "2.1.5"]]], [], [["groups/0/items/1/code", "2.1.5", "2.1.05"]]],
    ["letters keep their segment: T.01 and T.1 among the bonus items", [["1", ["1.1"]]], ["T.01", "T.1"], [["bonus/items/1/code", "T.1", "T.01"]]],
    ["2.10 is the tenth, not 2.1", [["2", ["2.1", "2.10"]]], [], []],
    ["a leading zero alone is a style: 1.01, 1.02 … 1.10", [["1", ["1.01", "1.02", "1.10"]]], [], []],
    ["1.0 and 1.00 both read as item 0", [["1", ["1.0", "1.00"]]], [], [["groups/0/items/1/code", "1.00", "1.0"]]],
    ["letters are not numbers: 1.a and 1.A differ", [["1", ["1.a", "1.A"]]], [], []],
  ] as [string, [string, string[]][], string[], string[][]][])("%s", (_name, groups, bonus, expected) => {
    expect(found(groups, bonus)).toEqual(expected);
  });
});

describe("code-mixed-padding", () => {
  /** Codes GROUP.1 … GROUP.COUNT, each own number padded with zeros to WIDTH digits. */
  const list = (group: string, count: number, width: number) => Array.from({ length: count }, (_, i) => `${group}.${String(i + 1).padStart(width, "0")}`);
  const indicator = (code: string) => ({ code, title: t(code), max: 10, input: { type: "boolean" }, rule: { type: "fixed" } });
  const found = (groups: [string, string[]][], bonus: string[] = []) => checkCodes(miniRubric({
    groups: groups.map(([code, items]) => ({ code, title: t(code), max: 10 * items.length, items: items.map(indicator) })),
    aggregates: [], penalty: undefined, bonus: bonus.length ? { cap: 10, items: bonus.map(indicator) } : undefined,
  })).map((i) => [i.code, i.path.join("/"), i.params.code, i.params.expected, i.params.other]);

  it.each([
    ["1.01 beside 1.2: as many each way, the decrees' way without zeros is meant", [["1", ["1.01", "1.2"]]], [], [["code-mixed-padding", "groups/0/items/0/code", "1.01", "1.1", "1.2"]]],
    ["1.01, 1.02 in one group, 2.1, 2.10 in another: 2.10 fits either way", [["1", ["1.01", "1.02"]], ["2", ["2.1", "2.10"]]], [], [["code-mixed-padding", "groups/1/items/0/code", "2.1", "2.01", "1.01"]]],
    ["most padded: the one left bare is said", [["1", ["1.01", "1.02", "1.3", "1.4"]], ["2", ["2.01", "2.02", "2.03"]]], [], [["code-mixed-padding", "groups/0/items/2/code", "1.3", "1.03", "1.01"]]],
    ["padded to three digits: 1.10 is short of it", [["1", ["1.001", "1.002", "1.10"]]], [], [["code-mixed-padding", "groups/0/items/2/code", "1.10", "1.010", "1.001"]]],
    ["bonus items are codes of the same level", [["1", ["1.01", "1.02"]]], ["T.1"], [["code-mixed-padding", "bonus/items/0/code", "T.1", "T.01", "1.01"]]],
    ["one finding per level", [["1", ["1.1", "1.2", "1.3"]], ["2", ["2.01", "2.02"]], ["3", ["3.01"]]], [], [["code-mixed-padding", "groups/1/items/0/code", "2.01", "2.1", "1.1"]]],
    ["a padded scheme throughout: 01, 02 … 10", [["01", ["01.1"]], ["02", ["02.1"]], ["10", ["10.1"]]], [], []],
    ["1.10 beside 1.9 is ordinary numbering", [["1", ["1.9", "1.10"]]], [], []],
    ["1.01 … 1.10 throughout", [["1", ["1.01", "1.02", "1.10"]]], [], []],
    ["padding at one level only: groups 1, 2, items 1.01, 2.01", [["1", ["1.01", "1.02"]], ["2", ["2.01"]]], [], []],
    ["letters are not numbered: T.a beside 1.01", [["1", ["1.01"]]], ["T.a"], []],
    ["the bundled rubrics' numbering: 4.22.1 … 4.22.11", [["4", ["4.1", "4.22", "4.22.1", "4.22.10", "4.22.11"]]], [], []],
    ["padded to two widths: 2.001 beside 1.01 … 1.03", [["1", ["1.01", "1.02", "1.03"]], ["2", ["2.001", "2.002"]]], [], [["code-mixed-padding", "groups/1/items/0/code", "2.001", "2.01", "1.01"]]],
    ["two widths as many each way: the narrower is meant", [["1", ["1.01"]], ["2", ["2.001"]]], [], [["code-mixed-padding", "groups/1/items/0/code", "2.001", "2.01", "1.01"]]],
    ["groups 01, 02 beside 003", [["01", ["01.1"]], ["02", ["02.1"]], ["003", ["003.1"]]], [], [["code-mixed-padding", "groups/2/code", "003", "03", "01"]]],
    ["ten padded to three beside 1.01, 1.02", [["1", ["1.01", "1.02", "1.010"]]], [], [["code-mixed-padding", "groups/0/items/2/code", "1.010", "1.10", "1.01"]]],
    ["only a list of ten or more padded: 1.1 … 1.3 beside 2.01 … 2.12", [["1", list("1", 3, 1)], ["2", list("2", 12, 2)]], [], []],
    ["each list as wide as its largest number: 1.1 … 1.9, 2.01 … 2.12, 3.001 … 3.100", [["1", list("1", 9, 1)], ["2", list("2", 12, 2)], ["3", list("3", 100, 3)]], [], []],
    ["a code left bare in a list padded for its twelve", [["1", list("1", 3, 1)], ["2", list("2", 12, 2).map((c) => (c === "2.05" ? "2.5" : c))]], [], [["code-mixed-padding", "groups/1/items/4/code", "2.5", "2.05", "2.01"]]],
    ["a list of three padded beside one padded for its twelve", [["1", list("1", 4, 1)], ["2", list("2", 12, 2)], ["3", list("3", 3, 2)]], [], [["code-mixed-padding", "groups/2/items/0/code", "3.01", "3.1", "1.1"]]],
    ["a list of twelve padded to three beside lists padded for their twelve", [["1", list("1", 12, 2)], ["2", list("2", 12, 3)], ["3", list("3", 12, 2)]], [], [["code-mixed-padding", "groups/1/items/0/code", "2.001", "2.01", "1.01"]]],
    // One slip, one finding: 1.1 beside 1.01 is code-same-number's, the level is not said again.
    ["a level with codes that read as one number", [["1", ["1.01", "1.1", "1.2"]]], [], [["code-same-number", "groups/0/items/1/code", "1.1", undefined, "1.01"]]],
  ] as [string, [string, string[]][], string[], unknown[][]][])("%s", (_name, groups, bonus, expected) => {
    expect(found(groups, bonus)).toEqual(expected);
  });

  // The counts said "N written like CODE and M like OTHER" but took in codes padded to another width: 2.01 beside
  // 1.1 … 1.5 and 3.001 counted 3.001 as written like 2.01.
  it.each([
    ["zeros meant away: 2.01 and 3.001 beside 1.1 … 1.5", [["1", list("1", 5, 1)], ["2", ["2.01"]], ["3", ["3.001"]]], ["2.01", "1.1", 1, 5]],
    ["zeros meant away: two of width 2, one of width 3", [["1", list("1", 6, 1)], ["2", ["2.01", "2.02"]], ["3", ["3.001"]]], ["2.01", "1.1", 2, 6]],
    ["each list as wide as its largest number: 2.5 left bare, the count of 2.01's way leaves out 3.001 …", [["1", list("1", 3, 1)], ["2", list("2", 12, 2).map((c) => (c === "2.05" ? "2.5" : c))], ["3", list("3", 100, 3)]], ["2.5", "2.01", 1, 8]],
    // No code padded to two digits: the count is of the lists padded for their length, not "0 like 2.10".
    ["each list as wide as its largest number: 2.1 … 2.12 bare beside 3.001 … 3.100", [["2", list("2", 12, 1)], ["3", list("3", 100, 3)]], ["2.1", "3.001", 9, 99]],
    ["width 2 meant: 1.4 bare beside 1.01 … 1.03 and 2.001", [["1", ["1.01", "1.02", "1.03", "1.4"]], ["2", ["2.001"]]], ["1.4", "1.01", 1, 3]],
    ["width 2 meant: 2.001, 2.002 beside 1.01 … 1.03, and 3.0001", [["1", ["1.01", "1.02", "1.03"]], ["2", ["2.001", "2.002"]], ["3", ["3.0001"]]], ["2.001", "1.01", 2, 3]],
  ] as [string, [string, string[]][], unknown[]][])("counts only the codes written as each code named: %s", (_name, groups, expected) => {
    const issues = checkCodes(miniRubric({ groups: groups.map(([code, items]) => ({ code, title: t(code), max: 10 * items.length, items: items.map(indicator) })), aggregates: [], bonus: undefined, penalty: undefined }));
    expect(issues.map((i) => [i.params.code, i.params.other, i.params.odd, i.params.usual])).toEqual([expected]);
  });

  it("says what was found and what is expected, in both languages", () => {
    const [issue] = checkCodes(miniRubric({ groups: [{ code: "1", title: t("Một"), max: 30, items: [indicator("1.01"), indicator("1.02"), indicator("1.3")] }], aggregates: [], bonus: undefined, penalty: undefined }));
    const params = { ...issue!.params, first: 5 };
    expect(message("en", "code-mixed-padding", params)).toBe("Code 1.3 is written unlike 1.01 (line 5): among the codes of this level, 1 is written like 1.3 and 2 like 1.01, some with a leading zero and some without; the list can then sort out of order (as text, in Excel) and such a mix is usually a slip in copying; write 1.03, as the others are written");
    expect(message("vi", "code-mixed-padding", params)).toMatch(/^Mã 1\.3 viết khác cách viết mã 1\.01 \(dòng 5\): trong các mã cùng cấp, 1 mã viết như 1\.3 và 2 mã viết như 1\.01.*hãy viết 1\.03 như các mã kia$/);
  });

  it("says padding to two widths as widths, in both languages", () => {
    const [issue] = checkCodes(miniRubric({ groups: [{ code: "1", title: t("Một"), max: 30, items: [indicator("1.01"), indicator("1.02"), indicator("1.003")] }], aggregates: [], bonus: undefined, penalty: undefined }));
    expect([issue!.path.join("/"), issue!.params.width, issue!.params.other_width]).toEqual(["groups/0/items/2/code", 3, 2]);
    const params = { ...issue!.params, first: 5 };
    expect(message("en", "code-mixed-padding", params)).toBe("Code 1.003 is padded with zeros to 3 digits, 1.01 (line 5) to 2: among the codes of this level, 1 is written like 1.003 and 2 like 1.01; padding to two widths can sort the list out of order (as text, in Excel) and reads as a typo; write 1.03, as the others are written");
    expect(message("vi", "code-mixed-padding", params)).toMatch(/^Mã 1\.003 được thêm chữ số 0 ở đầu cho đủ 3 chữ số, còn mã 1\.01 \(dòng 5\) cho đủ 2: .*1 mã viết như 1\.003 và 2 mã viết như 1\.01.*hãy viết 1\.03 như các mã kia$/);
  });
});

describe("official-without-legal-basis", () => {
  const decision = { number: "3853/QĐ-UBND", date: "2022-11-09" };
  it.each([
    ["official", [], [["official-without-legal-basis", "legal_basis", "warning"]]],
    ["official", [decision], []],
    // The bundled DTI rubrics are adapted and leave the decision to the province that adopts them.
    ["adapted", [], []],
    ["illustrative", [], []],
  ])("fidelity %s with %j", (fidelity, legal_basis, expected) => {
    const rubric = miniRubric({ legal_basis, provenance: { fidelity, sources: [{ title: "test" }] } });
    expect(checkLegalBasis(rubric).map((i) => [i.code, i.path.join("/"), i.severity])).toEqual(expected);
  });
});

describe("setting-in-quotes", () => {
  it.each([
    [{ version: "“2026.1”" }, [["version", '"2026.1"']]],
    [{ period: "“2026”" }, [["period", '"2026"']]],
    // Straight quotes are YAML's own and never reach the value; a version naming a quoted word is not this slip.
    [{ version: "2026.1", period: "2026" }, []],
  ])("%j", (settings, expected) => {
    const issues = checkQuotedSettings(miniRubric(settings));
    expect(issues.map((i) => [i.path.join("/"), i.params.written])).toEqual(expected);
    for (const i of issues) {
      expect(message("en", i.code, i.params)).toContain(i.path[0] === "period" ? "warned of being for another year" : "refused as answering another version");
      expect(message("vi", i.code, i.params)).toContain(`${i.path[0]}: ${i.params.written}`);
    }
  });
});

describe("band-rank-swapped", () => {
  const level = (id: string, min: number) => ({ id, min, label: t(id) });
  const MAIN = [level("tot", 80), level("kha", 50), level("yeu", 0)];
  const found = (...sets: { id: string; min: number }[][]) => checkBands(miniRubric({
    bands: { basis: "percent", levels: MAIN, by_agency_type: sets.map((levels, i) => ({ agency_types: [i === 0 ? "commune" : "department"], basis: "points", levels: levels.map((l) => level(l.id, l.min)) })) },
  })).filter((i) => i.code === "band-rank-swapped").map((i) => [i.path.join("/"), i.params.band, i.params.other]);

  it.each([
    ["two ids the other way round", [[level("kha", 70), level("tot", 40), level("yeu", 0)]], [["bands/by_agency_type/0/levels/1/id", "tot", "kha"]]],
    ["the top band at the bottom: said once, naming the first band that should be below it", [[level("kha", 70), level("yeu", 40), level("tot", 0)]], [["bands/by_agency_type/0/levels/2/id", "tot", "kha"]]],
    ["the same order, other thresholds", [[level("tot", 70), level("kha", 40), level("yeu", 0)]], []],
    ["a subset of the ids, in order (dti-cap-so's vertical set)", [[level("tot", 80), level("yeu", 0)]], []],
    ["ids of its own are not compared", [[level("dat", 60), level("tot", 30), level("chua-dat", 0)]], []],
    // Listed out of order with thresholds that keep the ranks: bands-order's finding (an error), not this one's.
    ["a set listed out of order", [[level("yeu", 0), level("kha", 40), level("tot", 70)]], []],
    ["the second set is checked too", [[level("tot", 70), level("yeu", 0)], [level("yeu", 50), level("kha", 0)]], [["bands/by_agency_type/1/levels/1/id", "kha", "yeu"]]],
  ] as [string, { id: string; min: number }[][], string[][]][])("%s", (_name, sets, expected) => {
    expect(found(...sets)).toEqual(expected);
  });

  // Main bands listed out of order (kha's min typed 85 above tot's 80): bands-order's error, and the per-type set in
  // the right order was warned as swapped against them, a second finding of that one slip.
  it("main bands out of order rank nothing: the per-type sets are not said swapped against them", () => {
    const issues = checkBands(miniRubric({
      bands: { basis: "percent", levels: [level("tot", 80), level("kha", 85), level("yeu", 0)], by_agency_type: [{ agency_types: ["commune"], basis: "points", levels: [level("tot", 85), level("kha", 70), level("yeu", 0)] }] },
    }));
    expect(issues.filter((i) => i.code === "band-rank-swapped")).toEqual([]);
  });

  const TYPES = ["department", "district", "commune"];
  /** Sets for sở, huyện, xã (in that order) beside main bands of their own: what ranks ids the main bands lack. */
  const across = (main: { id: string; min: number }[], ...sets: { id: string; min: number }[][]) => checkBands(miniRubric({
    agency_types: TYPES.map((id) => ({ id, label: t(id) })),
    bands: { basis: "percent", levels: main, by_agency_type: sets.map((levels, i) => ({ agency_types: [TYPES[i]!], basis: "points", levels })) },
  })).filter((i) => i.code === "band-rank-swapped").map((i) => [i.path.join("/"), i.params.band, i.params.other, i.params.ref_types, i.params.first_path]);
  const FIVE = [level("xuat-sac", 90), level("tot", 80), level("kha", 65), level("trung-binh", 50), level("yeu", 0)];
  const PLACEHOLDER = [level("chua-xep-loai", 0)];
  const THREE = [level("tot", 80), level("trung-binh", 50), level("yeu", 0)];

  it.each([
    ["no main ranking: sở, huyện, xã on other thresholds, one order", PLACEHOLDER, [FIVE, [level("xuat-sac", 85), level("tot", 75), level("kha", 60), level("trung-binh", 45), level("yeu", 0)], [level("xuat-sac", 800), level("tot", 700), level("kha", 550), level("trung-binh", 400), level("yeu", 0)]], []],
    ["no main ranking: the second set swaps two ids", PLACEHOLDER, [FIVE, [level("xuat-sac", 85), level("kha", 75), level("tot", 60), level("trung-binh", 45), level("yeu", 0)]], [["bands/by_agency_type/1/levels/2/id", "tot", "kha", "department", "bands/by_agency_type/0/levels/1/id"]]],
    ["main bands of three, sets of five: each agrees with the main bands, not with the other", THREE, [FIVE, [level("tot", 85), level("xuat-sac", 75), level("kha", 60), level("trung-binh", 45), level("yeu", 0)]], [["bands/by_agency_type/1/levels/1/id", "xuat-sac", "tot", "department", "bands/by_agency_type/0/levels/0/id"]]],
    ["the main bands decide a pair they hold: said against them, not against another set", THREE, [FIVE, [level("trung-binh", 70), level("tot", 40), level("yeu", 0)]], [["bands/by_agency_type/1/levels/1/id", "tot", "trung-binh", undefined, undefined]]],
    ["the first set the odd one among three: most sets decide, the first is said", PLACEHOLDER, [[level("tot", 90), level("xuat-sac", 80), level("yeu", 0)], FIVE, [level("xuat-sac", 85), level("tot", 70), level("yeu", 0)]], [["bands/by_agency_type/0/levels/1/id", "xuat-sac", "tot", "district", "bands/by_agency_type/1/levels/0/id"]]],
    ["a subset of the ids (huyện has no xuat-sac): the pairs it holds are compared", PLACEHOLDER, [FIVE, [level("tot", 75), level("kha", 60), level("yeu", 0)]], []],
    ["sets sharing no pair are not compared", PLACEHOLDER, [[level("dat", 50), level("chua-dat", 0)], [level("tot", 70), level("yeu", 0)]], []],
  ] as [string, ReturnType<typeof level>[], ReturnType<typeof level>[][], unknown[][]][])("%s", (_name, main, sets, expected) => {
    expect(across(main, ...sets)).toEqual(expected);
  });

  it("names the set that ranks the pair, with its line, in both languages", () => {
    const [issue] = checkBands(miniRubric({ bands: { basis: "percent", levels: PLACEHOLDER, by_agency_type: [
      { agency_types: ["department"], basis: "percent", levels: FIVE },
      { agency_types: ["commune"], basis: "percent", levels: [level("xuat-sac", 85), level("kha", 75), level("tot", 60), level("yeu", 0)] },
    ] } })).filter((i) => i.code === "band-rank-swapped");
    const params = { ...issue!.params, first: 40 };
    expect(message("en", "band-rank-swapped", params)).toBe("In the bands for commune, tot starts at 60 %, below kha at 75 %, but the bands for department (line 40) rank tot above kha (the main bands do not have both): an agency of these types that earns more gets the lower band; swap the ids (or the mins) so that every set ranks them in one order");
    expect(message("vi", "band-rank-swapped", params)).toMatch(/^Trong bộ xếp loại cho commune, mức tot bắt đầu từ 60 %, thấp hơn mức kha \(75 %\), còn bộ xếp loại cho department \(dòng 40\) xếp tot trên kha/);
  });
});

describe("translation-missing on a text left blank", () => {
  const tempDir = tempDirs();
  const T1 = 'en: "National or provincial digital-transformation award in the year"}';
  it.each([
    ["en: }", "en", "The en text is blank: write the text itself"],
    ['en: ""}', "en", "The en text is blank: write the text itself"],
    ['en: "  "}', "en", "The en text is blank: write the text itself"],
    ["en: }", "vi", "Văn bản ở en còn để trống: hãy viết nội dung thật"],
  ])("%s is said blank, not quoted as (null) or (\"\") (%s; it read \"empty or a placeholder (null)\")", async (written, lang, said) => {
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    expect(text).toContain(T1);
    const file = path.join(tempDir(), "my-rubric.yaml");
    writeFileSync(file, text.replace(T1, written));
    const r = await runCli(["rubric", "lint", file, "--lang", lang]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${said} [translation-missing]`);
    expect(r.stderr).not.toMatch(/\((null|""|"  ")\)/);
  });

  it("a placeholder is still quoted: it is what was written", () => {
    const [missing] = titleIssues({ vi: "Bộ chỉ số", en: "TODO" });
    expect(message("en", missing!.code, missing!.params)).toBe('The en text is empty or a placeholder ("TODO"): write the text itself');
  });
});
