import { describe, expect, it } from "vitest";
import { batchContext, scoreAgency } from "../../src/core/score.js";
import { notScoredHeading, verifiedIndicators } from "../../src/report/common.js";
import type { RankedAgency } from "../../src/report/report.js";
import { agency, FULL, miniRubric } from "../helpers/mini-rubric.js";

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
