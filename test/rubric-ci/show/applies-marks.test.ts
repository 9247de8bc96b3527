import { describe, expect, it } from "vitest";
import type { Group, Indicator, Item, Rubric } from "../../../src/core/rubric.js";
import { appliesMarks } from "../../../src/rubric-ci/show/applies-marks.js";
import { loaded } from "../helpers/rubrics.js";

const base = loaded("rubrics/dti-cap-so.yaml").rubric;

/** Every group and indicator, bonus and penalty items included, in the order the table lists them. */
function allItems(rubric: Rubric): (Group | Indicator)[] {
  const out: (Group | Indicator)[] = [];
  const walk = (items: Item[]) => { for (const item of items) { if (item.kind === "heading") continue; out.push(item); if (item.kind === "group") walk(item.items); } };
  walk(rubric.groups);
  walk(rubric.bonus?.items ?? []);
  walk(rubric.penalty?.items ?? []);
  return out;
}

/** dti-cap-so with `applies_to` set on the items at the given positions of allItems (and taken off the others). */
function withLimits(limits: Record<number, string[]>): { rubric: Rubric; items: (Group | Indicator)[] } {
  const rubric = structuredClone(base);
  const items = allItems(rubric);
  items.forEach((item, i) => { if (limits[i]) item.applies_to = limits[i]; else delete item.applies_to; });
  return { rubric, items };
}

describe("appliesMarks", () => {
  it("one mark per set of types, whatever order the set is written in; none for the items that apply to all", () => {
    const { rubric, items } = withLimits({ 1: ["department", "board"], 3: ["board", "department"], 5: ["vertical"] });
    const { markOf, legend } = appliesMarks(rubric, "en");
    expect(items.slice(0, 7).map(markOf)).toEqual(["", "ᵃ", "", "ᵃ", "", "ᵇ", ""]);
    expect(legend("applies only to")).toEqual([
      "ᵃ applies only to: Provincial department, Economic-zone authority or department-level agency",
      "ᵇ applies only to: Vertically managed agency in the province",
    ]);
  });

  it("a bonus or penalty item limited to some types is marked too", () => {
    const { rubric, items } = withLimits({});
    const bonus = allItems(rubric).findIndex((item) => (rubric.bonus?.items as Item[] | undefined)?.includes(item));
    expect(bonus).toBeGreaterThan(0);
    const limited = withLimits({ [bonus]: ["vertical"] });
    expect(appliesMarks(limited.rubric, "vi").markOf(limited.items[bonus]!)).toBe("ᵃ");
    expect(items.length).toBe(limited.items.length);
  });

  it("past the superscript letters, numbered marks, still one per set", () => {
    // Sets of one or two of the three types, and more: 25 sets (the letters are 24), one per indicator.
    const types = ["department", "board", "vertical"];
    const sets = Array.from({ length: 25 }, (_, i) => [types[i % 3]!, ...(i >= 3 ? [`t${i}`] : [])]);
    const { rubric, items } = withLimits(Object.fromEntries(sets.map((set, i) => [i + 1, set])));
    const marks = items.slice(1, 26).map(appliesMarks(rubric, "en").markOf);
    expect(new Set(marks).size).toBe(25);
    expect(marks.at(-1)).toBe("⁽25⁾");
  });
});
