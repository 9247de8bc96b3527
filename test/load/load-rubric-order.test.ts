import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRubric } from "../../src/load/load-rubric.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-rubric-order-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an unusable rubric's findings", () => {
  // A group's sum is checked after its indicators: score, show and schema said 3.4's misspelt field (line 361)
  // above group 3's max (line 279), where rubric lint lists them in the file's order.
  it("come in the file's order, as rubric lint lists them", () => {
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8")
      .replace("- {field: phong-may-chu, rule: {type: choice}}", "- {field: phong-may, rule: {type: choice}}")
      .replace(/(- code: "3\.1"\n(?:.*\n){4}        max:) 20/, "$1 25");
    const file = path.join(dir, "rubric.yaml");
    writeFileSync(file, text);
    const outcome = loadRubric(file);
    expect(outcome.ok).toBe(false);
    const found = outcome.ok ? [] : outcome.diagnostics.map((d) => [d.code, d.line]);
    expect(found.map(([code]) => code)).toEqual(["max-mismatch", "unknown-field-ref"]);
    const lines = found.map(([, line]) => Number(line));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
