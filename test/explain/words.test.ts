import { describe, expect, it } from "vitest";
import type { Input, Rule } from "../../src/core/rubric.js";
import { describeValue, measureUnit, ruleWords, unitFor } from "../../src/explain/words.js";

// Each of these was a mutant of src/explain/words.ts that every test let through: a rule or an answer said
// wrong in explain's per-indicator lines, which an officer reads to learn what the rubric asks.
const t = (vi: string, en = vi) => ({ vi, en });

describe("a rule in words says the rubric's own figures", () => {
  it.each([
    ["a target as written, never rounded (2.3449 is not 2.34, which falls short)", { type: "target", target: 2.3449 }, { type: "number" }, 10, "Points = value / 2.3449 × 10; 2.3449 or more earns full points"],
    ["points at two decimals (2.25, not 2.3)", { type: "fixed", points: 2.25 }, { type: "boolean" }, 10, "Yes → 2.25 points; no → 0"],
    ["a yes/no worth its own points, not the max", { type: "fixed", points: 5 }, { type: "boolean" }, 10, "Yes → 5 points; no → 0"],
    ["bands with what is left below the last step", { type: "bands", steps: [{ min: 4, points: 10 }], else: 2 }, { type: "count" }, 10, "≥ 4 → 10; below → 2"],
    ["a checklist's cap, not the max", { type: "checklist", cap: 6 }, { type: "checklist", options: [{ id: "a", label: t("A"), points: 4 }, { id: "b", label: t("B"), points: 4 }] }, 10, "Points of the items met: A +4; B +4; at most 6"],
  ] as [string, Rule, Input, number, string][])("%s", (_name, rule, input, max, words) => {
    expect(ruleWords(rule, input, max, "en")).toBe(words);
  });
});

describe("an answer in words", () => {
  it("a level's label counts from the input's lowest level (level 1 is the first label when levels start at 1)", () => {
    const input = { type: "level", min: 1, max: 3, labels: [t("Thấp", "Low"), t("Vừa", "Medium"), t("Cao", "High")] } as Input;
    expect(describeValue(input, 1, "en")).toBe("level 1 — Low");
    expect(describeValue(input, 3, "en")).toBe("level 3 — High");
  });

  it("a count of 0 keeps the plural unit (0 meetings, not 0 meeting)", () => {
    expect(unitFor("meetings", 0, "en")).toBe("meetings");
    expect(describeValue({ type: "count", unit: t("cuộc họp", "meetings") } as Input, 0, "en")).toBe("0 meetings");
  });

  it("a long text answer is cut at 200 characters, its spaces collapsed", () => {
    const said = describeValue({ type: "text" } as Input, `a  b\n${"x".repeat(300)}`, "en");
    expect(said).toHaveLength(200);
    expect(said.startsWith("a b x")).toBe(true);
    expect(said.endsWith("…")).toBe(true);
  });

  it("a checklist is measured in items", () => {
    expect(measureUnit({ type: "checklist", options: [] } as unknown as Input, "en")).toBe(" items");
  });
});
