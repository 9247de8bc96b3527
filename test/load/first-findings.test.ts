import { describe, expect, it } from "vitest";
import type { DiagnosticInput } from "../../src/load/diagnostic.js";
import { firstFindings, firstFindingsPlaced, MAX_FINDINGS_PER_FILE } from "../../src/load/first-findings.js";
import { withFrame } from "../../src/load/located.js";

const file = "/tmp/so-noi-vu.yaml";
const text = Array.from({ length: 1300 }, (_, i) => `  "${i}.1": {value: "Văn bản" ${i}}`).join("\n");
const finding = (i: number, severity?: "error" | "warning"): DiagnosticInput => ({ code: "yaml-syntax", line: i + 1, col: 20, params: { detail: "text left over" }, ...(severity ? { severity } : {}) });

describe("firstFindingsPlaced", () => {
  it.each([
    ["none", []],
    ["as many as are shown", Array.from({ length: MAX_FINDINGS_PER_FILE }, (_, i) => finding(i))],
    ["one past them", Array.from({ length: MAX_FINDINGS_PER_FILE + 1 }, (_, i) => finding(i))],
    ["a syntax error on every line", Array.from({ length: 1216 }, (_, i) => finding(i))],
    ["warnings only past the limit", Array.from({ length: 150 }, (_, i) => finding(i, "warning"))],
    ["errors among warnings left out (an error given without a severity)", Array.from({ length: 150 }, (_, i) => finding(i, i % 3 === 0 ? undefined : "warning"))],
  ])("%s: the same findings as framing every one and then cutting", (_, all) => {
    expect(firstFindingsPlaced(all, file, text)).toEqual(firstFindings(all.map((d) => withFrame(d, file, text)), file));
  });

  it("frames only the findings shown", () => {
    const placed = firstFindingsPlaced(Array.from({ length: 1216 }, (_, i) => finding(i)), file, text);
    expect(placed).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(placed.slice(0, -1).every((d) => d.frame !== undefined)).toBe(true);
    expect(placed.at(-1)).toEqual({ code: "more-findings", severity: "error", file, params: { count: 1116, errors: 1116, warnings: 0 } });
  });
});
