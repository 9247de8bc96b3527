import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { duplicateFailure } from "../../src/batch/score-files.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-dup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");

function agencyFile(name: string, submitted: string | null): string {
  const file = path.join(dir, name);
  writeFileSync(file, SEED.replace('submitted: "2025-09-25"', submitted === null ? "submitted: null" : `submitted: "${submitted}"`));
  return file;
}

// The path a large batch takes when the two files were checked on different threads.
describe("duplicateFailure", () => {
  const ranked = agencyFile("ranked.yaml", "2025-09-25");
  it.each([
    ["submitted later: both dates given", "2025-10-02", { submitted: "2025-10-02", first_submitted: "2025-09-25" }],
    ["submitted earlier: no dates", "2025-09-01", {}],
    ["the same day: no dates", "2025-09-25", {}],
    ["no date: none", null, {}],
  ] as const)("%s", (_, submitted, dates) => {
    const failure = duplicateFailure(agencyFile(`dup-${String(submitted)}.yaml`, submitted), "qb-skhcn", ranked);
    const d = failure.diagnostics[0]!;
    // Whom to call: the agency the later file names.
    expect(failure.agency).toEqual({ id: "qb-skhcn", name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình" });
    expect(d.code).toBe("duplicate-agency");
    expect(d.line).toBeGreaterThan(1);
    expect({ submitted: d.params.submitted, first_submitted: d.params.first_submitted }).toEqual({ submitted: undefined, first_submitted: undefined, ...dates });
  });

  it("no dates when the ranked file is gone", () => {
    const d = duplicateFailure(agencyFile("late.yaml", "2025-12-01"), "qb-skhcn", path.join(dir, "gone.yaml")).diagnostics[0]!;
    expect(d.params.submitted).toBeUndefined();
  });
});
