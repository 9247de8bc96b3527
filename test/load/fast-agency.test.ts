import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFast, fastAgency } from "../../src/load/fast-agency.js";
import { parseAgencyFile, validateAgency } from "../../src/load/load-agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFile, DEFAULT_RUBRIC_ID } from "../../src/load/registry.js";

const rubricFor = () => { const outcome = loadRubric(bundledRubricFile(DEFAULT_RUBRIC_ID)!); return outcome.ok ? outcome.loaded : undefined; };
const withLink = (link: string) => readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace('link: "https://stc.quangbinh.gov.vn/chuyen-doi-so"', `link: ${link}`);

describe("the fast path and a Windows path in a valid file", () => {
  it("the example as written is vouched for", () => {
    expect(fastAgency(withLink('"https://stc.quangbinh.gov.vn/chuyen-doi-so"'), rubricFor)?.valid).toBe(true);
  });

  // Written as the windows-path-escape warning advises, or escaped, a path is read as typed: such files are a batch's
  // every file where agencies cite their folders, and each went the slow way (15 % more time for 2,000 of them).
  it.each([
    ["in single quotes", String.raw`'D:\tai lieu\nam 2025.pdf'`],
    ["without quotes", String.raw`D:\tai lieu\nam 2025.pdf`],
    ["in double quotes, escaped", String.raw`"D:\\tai lieu\\nam 2025.pdf"`],
  ])("%s: vouched for", (_, link) => {
    expect(fastAgency(withLink(link), rubricFor)?.valid).toBe(true);
  });

  it("in double quotes, \\t and \\n read as a tab and a line break: not vouched for, so that its warning is placed", () => {
    const fast = fastAgency(withLink(String.raw`"D:\tai lieu\nam 2025.pdf"`), rubricFor);
    expect(fast).toBeDefined();
    expect(fast?.valid).toBe(false);
  });
});

describe("the fast path's agency", () => {
  it("has its period as text where YAML read a number (period: 2025), as the slow path gives it", () => {
    const fast = fastAgency(withLink('"https://stc.quangbinh.gov.vn/chuyen-doi-so"').replace('period: "2025"', "period: 2025"), rubricFor);
    expect(fast?.valid && fast.agency.period).toBe("2025");
  });
});

describe("checkFast, the fast way score, rubric test and rubric impact share", () => {
  const example = withLink('"https://stc.quangbinh.gov.vn/chuyen-doi-so"');
  const file = "examples/so-tai-chinh-quang-binh.yaml";
  const slow = (text: string) => { const parsed = parseAgencyFile(file, text); return parsed.ok ? validateAgency(parsed.agency, rubricFor()!) : parsed; };

  it("a file the quick check vouches for: valid and clean, the check not run", () => {
    const fast = checkFast(file, example, rubricFor, () => { throw new Error("not to be run"); });
    expect(fast?.clean).toBe(true);
    expect(fast?.outcome.ok).toBe(true);
  });

  it("a file with findings: the check's findings, placed as the slow way places them, not clean", () => {
    const text = example.replace("value: cap-pho", "value: cap-truong-phong");
    const fast = checkFast(file, text, rubricFor, validateAgency);
    expect(fast?.clean).toBe(false);
    expect(fast?.outcome.ok).toBe(false);
    expect(fast?.outcome).toEqual(slow(text));
  });

  // Pasted from a chat, the name is scored all the same: the warning is said alike both ways, at the value.
  it.each([
    ["the agency's name", 'name: "Sở Tài chính tỉnh Quảng Bình"', 'name: "Sở Tài\u200b chính tỉnh Quảng Bình"', "agency"],
    ["the respondent's name", 'name: "Lê Thị Thanh Hương"', 'name: "Lê Thị\u200b Thanh Hương"', "respondent"],
  ])("an invisible character in %s: the slow way's warning, placed as it places it", (_, written, pasted, parent) => {
    expect(example).toContain(written);
    const text = example.replace(written, pasted);
    const fast = checkFast(file, text, rubricFor, validateAgency);
    expect(fast?.clean).toBe(false);
    expect(fast?.outcome).toEqual(slow(text));
    const warnings = fast?.outcome.ok ? fast.outcome.warnings : [];
    expect(warnings.map((w) => [w.code, w.path, w.line])).toEqual([["invisible-character", `${parent}/name`, text.split("\n").findIndex((l) => l.includes("\u200b")) + 1]]);
  });

  it("no rubric for the file, or a text the plain reader leaves to yaml: undefined (the slow way)", () => {
    expect(checkFast(file, example, () => undefined, validateAgency)).toBeUndefined();
    expect(checkFast(file, `${example}
x: &a 1
y: *a
`, rubricFor, validateAgency)).toBeUndefined();
  });
});
