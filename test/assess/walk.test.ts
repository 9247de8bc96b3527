import { describe, expect, it } from "vitest";
import type { AgencyFile } from "../../src/core/agency.js";
import { indicatorByCode } from "../../src/core/codes.js";
import { scoreAgency } from "../../src/core/score.js";
import { isAnswered, questionsFor } from "../../src/assess/walk.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";

const outcome = loadRubric("rubrics/dti-cap-so.yaml");
if (!outcome.ok) throw new Error("bundled rubric unusable");
const rubric = outcome.loaded.rubric;
const parts = indicatorByCode(rubric).get("3.2")!;

describe("isAnswered, as score counts an answer", () => {
  // assess's closing summary listed a parts answer with no part given as answered, while its own table said unanswered.
  it.each([
    ["every part ?", { "ket-noi": "?", "ung-dung": "?" }, false],
    ["no part given", {}, false],
    ["one part given", { "ket-noi": { a: 1, b: 2 }, "ung-dung": "?" }, true],
    ["every part given", { "ket-noi": { a: 1, b: 2 }, "ung-dung": 0 }, true],
    ["the whole answer ?", "?", false],
  ])("a parts answer, %s: %s", (_, value, answered) => {
    const agency = { rubric: { id: rubric.id, version: rubric.version }, agency: { id: "x", name: "X", type: "department" }, period: "2025", answers: { "3.2": { value } } } as unknown as AgencyFile;
    expect(isAnswered(agency, "3.2", parts)).toBe(answered);
    expect(scoreAgency(rubric, agency).indicators.find((i) => i.code === "3.2")!.status === "unanswered").toBe(!answered);
  });

  it("without the indicator (a code the rubric does not have), only the entry is looked at", () => {
    const agency = { answers: { "9.9": { value: {} } } } as unknown as AgencyFile;
    expect(isAnswered(agency, "9.9")).toBe(true);
    expect(isAnswered({ answers: { "9.9": "?" } } as unknown as AgencyFile, "9.9")).toBe(false);
  });
});

describe("questionsFor, the questions an agency of a type answers", () => {
  it("leaves out what does not apply to it, a bonus or penalty item too (a commune was asked a department's bonus)", () => {
    const mini = miniRubric({
      bonus: { cap: 10, items: [{ code: "T.1", title: t("Thưởng sở"), max: 8, applies_to: ["department"], input: { type: "count" }, rule: { type: "per_unit", points: 4 } }] },
      penalty: { cap: 20, items: [{ code: "TR.1", title: t("Trừ"), max: 30, input: { type: "count" }, rule: { type: "per_unit", points: 10 } }] },
    });
    const codes = (type: string) => questionsFor(mini, type).map((q) => q.indicator.code);
    expect(codes("commune")).toEqual(["1.1", "1.2", "1.3", "2.2", "2.3", "TR.1"]);
    expect(codes("department")).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "T.1", "TR.1"]);
  });
});
