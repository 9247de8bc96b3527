import { describe, expect, it } from "vitest";
import { codeMaps, diffRubrics } from "../../src/rubric-ci/impact/diff.js";
import { fieldText } from "../../src/rubric-ci/impact/words.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";
import type { Group, Indicator } from "../../src/core/rubric.js";

const indicator = (r: ReturnType<typeof miniRubric>, g: number, i: number) => (r.groups[g] as Group).items[i] as Indicator;

describe("structural diff of two rubric versions", () => {
  it("nothing changed: no differences", () => {
    expect(diffRubrics(miniRubric(), miniRubric())).toEqual({ rubric: [], items: [] });
  });

  it("same code, new title: a rename; label changes inside an input are not scoring changes", () => {
    const after = miniRubric();
    indicator(after, 0, 0).title = t("Có/không (mới)", "Yes/no (new)");
    const input = indicator(after, 0, 1).input;
    if (input.type === "fraction") input.numerator = t("tử số mới");
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items).toHaveLength(1);
    expect(diff.items[0]).toMatchObject({ change: "changed", node: { code: "1.1" }, fields: [{ field: "title", old: t("Có/không"), new: t("Có/không (mới)", "Yes/no (new)") }] });
  });

  // Types were compared by id alone: "Cơ quan ngành dọc đóng trên địa bàn tỉnh" → "Cơ quan ngành dọc tại tỉnh" was no change.
  it("an agency type renamed under its id is a change, named by its id, in the language that changed", () => {
    const after = miniRubric();
    const type = after.agency_types[0]!;
    type.label = { ...type.label, vi: `${type.label.vi} (mới)` };
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.rubric).toEqual([{ field: `agency_type:${type.id}`, old: miniRubric().agency_types[0]!.label, new: type.label }]);
    // A label is a name, quoted as names are (vi «…», en “…”), not as a typed value.
    expect(fieldText(diff.rubric[0]!, "vi")).toBe(`tên loại cơ quan ${type.id}: «${miniRubric().agency_types[0]!.label.vi}» → «${type.label.vi}»`);
    expect(fieldText(diff.rubric[0]!, "en")).toBe(`name of agency type ${type.id} (vi): “${miniRubric().agency_types[0]!.label.vi}” → “${type.label.vi}”`);
  });

  it("same title, new code: recoded, and answers can follow it", () => {
    const after = miniRubric();
    indicator(after, 1, 1).code = "2.4";
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items.map((c) => c.change)).toEqual(["recoded"]);
    expect(codeMaps(diff)).toEqual({ toNew: new Map([["2.2", "2.4"]]), toOld: new Map([["2.4", "2.2"]]), groupToOld: new Map(), retitled: new Map() });
  });

  it("a group renumbered (1 and 2 swapped) recodes its indicators without saying each moved to another group (\"group: 1 → 2\" at every one)", () => {
    const after = miniRubric();
    const [one, two] = after.groups as Group[];
    after.groups = [two!, one!];
    two!.code = "1"; one!.code = "2";
    for (const g of [one!, two!]) for (const i of g.items as Indicator[]) i.code = `${g.code}.${i.code.split(".")[1]}`;
    const items = diffRubrics(miniRubric(), after).items;
    expect(items.filter((c) => c.change === "recoded")).toHaveLength(8);
    expect(items.flatMap((c) => (c.change === "recoded" ? c.fields.map((f) => f.field) : []))).not.toContain("parent");
    // An indicator moved out of its group still says it.
    const moved = miniRubric();
    const [first, second] = moved.groups as Group[];
    const taken = first!.items.pop() as Indicator;
    taken.code = "2.4";
    second!.items.push(taken);
    first!.max = 40; second!.max = 60;
    expect(diffRubrics(miniRubric(), moved).items.find((c) => c.node.code === "2.4")).toMatchObject({ change: "recoded", fields: [{ field: "parent", old: "1", new: "2" }] });
  });

  it("recoded by its title in one language when the other was reworded (a translation fixed in the same release)", () => {
    const after = miniRubric();
    indicator(after, 1, 1).code = "2.4";
    indicator(after, 1, 1).title = t("Băng thông", "Bandwidth");
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items).toMatchObject([{ change: "recoded", old: { code: "2.2" }, node: { code: "2.4" }, fields: [{ field: "title" }] }]);
    expect(codeMaps(diff).toNew).toEqual(new Map([["2.2", "2.4"]]));
  });

  it("a title two new indicators share names neither: the old one is removed, not carried to the first of them", () => {
    const after = miniRubric();
    indicator(after, 1, 1).code = "2.4";
    (after.groups[1] as Group).items.push({ ...indicator(after, 1, 1), code: "2.5" });
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items.map((c) => [c.change, c.node.code])).toEqual([["removed", "2.2"], ["added", "2.4"], ["added", "2.5"]]);
    expect(codeMaps(diff).toNew).toEqual(new Map());
  });

  it("a group's floor, and an indicator moved to another group, are changes", () => {
    const after = miniRubric();
    (after.groups[0] as Group).floor = 10;
    const moved = (after.groups[1] as Group).items.splice(1, 1)[0] as Indicator;
    (after.groups[0] as Group).items.push({ ...moved, code: "1.4" });
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items.map((c) => [c.change, c.node.code, c.change === "added" || c.change === "removed" ? [] : c.fields.map((f) => `${f.field}: ${JSON.stringify(f.old)} → ${JSON.stringify(f.new)}`)])).toEqual([
      ["changed", "1", ["floor: \"–\" → \"10\""]],
      ["recoded", "1.4", ["parent: \"2\" → \"1\""]],
    ]);
  });

  it("a code that left an indicator and now names another: an old answer at it is dropped, not given to the new one", () => {
    const after = miniRubric();
    const items = (after.groups[0] as Group).items;
    items.splice(0, 1);
    items[0]!.code = "1.1";
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items.map((c) => [c.change, c.change === "recoded" ? `${c.old.code}→${c.node.code}` : c.node.code])).toEqual([["recoded", "1.2→1.1"], ["removed", "1.1"]]);
    expect(codeMaps(diff).toNew).toEqual(new Map([["1.2", "1.1"], ["1.1", null]]));
  });

  it("an indicator inserted before others renumbers them: recoded by title, and the reused code is a new indicator", () => {
    const after = miniRubric();
    const items = (after.groups[0] as Group).items;
    const inserted: Indicator = { ...indicator(after, 0, 0), code: "1.2", title: t("Chỉ số mới", "New indicator") };
    items.forEach((item, i) => { if (i >= 1) item.code = `1.${i + 2}`; });
    items.splice(1, 0, inserted);
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items.map((c) => [c.change, c.change === "recoded" ? `${c.old.code}→${c.node.code}` : c.node.code])).toEqual([
      ["added", "1.2"], ["recoded", "1.2→1.3"], ["recoded", "1.3→1.4"],
    ]);
    // An answer to the old 1.2 is about the indicator now 1.3; the new 1.2 has no answer in an old file.
    expect(codeMaps(diff)).toEqual({ toNew: new Map([["1.2", "1.3"], ["1.3", "1.4"]]), toOld: new Map([["1.3", "1.2"], ["1.4", "1.3"], ["1.2", null]]), groupToOld: new Map(), retitled: new Map() });
  });

  it("two indicators swapped: both recoded, nothing added or removed", () => {
    const after = miniRubric();
    indicator(after, 0, 0).code = "1.2";
    indicator(after, 0, 1).code = "1.1";
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items.map((c) => c.change)).toEqual(["recoded", "recoded"]);
    expect(codeMaps(diff).toNew).toEqual(new Map([["1.1", "1.2"], ["1.2", "1.1"]]));
  });

  it("the same code with a new title and input is a rename: answers stay under the code (validation drops those that no longer fit)", () => {
    const after = miniRubric();
    indicator(after, 0, 0).title = t("Khác hẳn", "Something else");
    indicator(after, 0, 0).input = { type: "count" };
    indicator(after, 0, 0).rule = { type: "per_unit", points: 1 };
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items.map((c) => [c.change, c.node.code])).toEqual([["changed", "1.1"]]);
    // Both titles differ: a retitle, whose answers are carried and each said (see impact-retitled.test.ts).
    expect(codeMaps(diff)).toEqual({ toNew: new Map(), toOld: new Map(), groupToOld: new Map(), retitled: new Map([["1.1", { old: { vi: "Có/không", en: "Có/không" }, new: { vi: "Khác hẳn", en: "Something else" } }]]) });
  });

  it("rule, input, N/A policy, evidence, applicability and max changes are named, with old and new", () => {
    const after = miniRubric();
    const ind = indicator(after, 0, 2);
    ind.rule = { type: "bands", steps: [{ min: 5, points: 20 }] };
    ind.na = "zero";
    ind.evidence = { required: true, min: 2 };
    ind.applies_to = ["department"];
    ind.input = { type: "count", max: 9 };
    const diff = diffRubrics(miniRubric(), after);
    expect(diff.items[0]!.change).toBe("changed");
    const fields = diff.items[0]!.change === "changed" ? diff.items[0]!.fields : [];
    expect(fields).toEqual([
      { field: "applies_to", old: "all", new: "department" },
      { field: "input", old: "count", new: "count max 9" },
      { field: "rule", old: "bands ≥4→20 ≥2→10", new: "bands ≥5→20", rule: [{ what: "step_min", worth: "20", old: 4, new: 5 }, { what: "step_removed", min: 2, worth: "10" }] },
      { field: "na", old: "full", new: "zero" },
      { field: "evidence", old: "–", new: "required ≥2" },
    ]);
  });

  it("a title whose year a new revision bumped, moved under another code, is the same indicator recoded (it was paired with the code's new holder)", () => {
    const before = miniRubric(), after = miniRubric();
    indicator(before, 1, 1).title = t("Kế hoạch chuyển đổi số năm 2025", "The 2025 digital-transformation plan");
    indicator(after, 1, 1).title = t("Kế hoạch chuyển đổi số năm 2026", "The 2026 digital-transformation plan");
    indicator(after, 1, 1).code = "2.4";
    const diff = diffRubrics(before, after);
    expect(diff.items.map((c) => [c.change, c.change === "recoded" ? c.old.code : "", c.node.code])).toEqual([["recoded", "2.2", "2.4"]]);
    expect(codeMaps(diff).toNew).toEqual(new Map([["2.2", "2.4"]]));
  });

  // Scoring an answer short of its evidence at 0 instead of refusing the file changes who is scored and what
  // they earn: a rubric change that only switched it read "No structural or scoring change".
  it.each([
    [{ required: true }, { required: true, when_missing: "no_points" as const }, "required ≥1", "required ≥1 no_points"],
    [{ required: true, min: 2, when_missing: "no_points" as const }, { required: true, min: 2, when_missing: "invalid" as const }, "required ≥2 no_points", "required ≥2"],
  ])("evidence %j → %j is a change (%s → %s)", (before, now, old, changed) => {
    const a = miniRubric(), b = miniRubric();
    indicator(a, 0, 2).evidence = before;
    indicator(b, 0, 2).evidence = now;
    const diff = diffRubrics(a, b);
    expect(diff.items.map((c) => (c.change === "changed" ? c.fields : []))).toEqual([[{ field: "evidence", old, new: changed }]]);
  });

  it("the policy reads in Vietnamese words in a Vietnamese report", () => {
    expect(fieldText({ field: "evidence", old: "required ≥1", new: "required ≥1 [link] no_points" }, "vi")).toBe("minh chứng: bắt buộc ≥1 → bắt buộc ≥1 [link] thiếu thì không tính điểm");
  });

  it("a new year's period is a rubric setting that changed (files of the old period then get period-mismatch)", () => {
    expect(diffRubrics(miniRubric(), miniRubric({ version: "2", period: "2026" })).rubric).toEqual([
      { field: "version", old: "1", new: "2" },
      { field: "period", old: "2025", new: "2026" },
    ]);
  });

  it("rubric settings: scale, bands and caps", () => {
    const after = miniRubric({ scale: 200 });
    after.bands.levels[0]!.min = 85;
    after.bonus!.cap = 12;
    after.penalty!.cap = 15;
    const levels = (top: number) => [{ id: "tot", label: { vi: "Tốt", en: "Tốt" }, min: top }, { id: "kha", label: { vi: "Khá", en: "Khá" }, min: 50 }, { id: "yeu", label: { vi: "Yếu", en: "Yếu" }, min: 0 }];
    expect(diffRubrics(miniRubric(), after).rubric).toEqual([
      { field: "scale", old: "100", new: "200" },
      // By ids (json); the labels beside them, for the text formats.
      { field: "bands", old: "percent: tot≥80 kha≥50 yeu≥0", new: "percent: tot≥85 kha≥50 yeu≥0", bands: { old: [{ basis: "percent", levels: levels(80) }], new: [{ basis: "percent", levels: levels(85) }] } },
      { field: "bonus.cap", old: "10", new: "12" },
      { field: "penalty.cap", old: "20", new: "15" },
    ]);
  });

  // A level renamed keeps its id and minimum: the summaries read alike, and "No structural or scoring change" was said
  // though every report names the band anew.
  it("a band level renamed, its id and minimum kept, is a change of the bands", () => {
    const after = miniRubric();
    after.bands.levels[0]!.label = { vi: "Rất tốt", en: "Very good" };
    const [change] = diffRubrics(miniRubric(), after).rubric;
    expect(change).toMatchObject({ field: "bands", old: "percent: tot≥80 kha≥50 yeu≥0", new: "percent: tot≥80 kha≥50 yeu≥0" });
    expect(change!.bands!.new[0]!.levels[0]).toEqual({ id: "tot", label: { vi: "Rất tốt", en: "Very good" }, min: 80 });
  });
});
