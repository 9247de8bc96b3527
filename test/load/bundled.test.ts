import { describe, expect, it } from "vitest";
import { expandPaths } from "../../src/batch/expand-paths.js";
import { checkFiles } from "../../src/batch/score-files.js";
import { allIndicators } from "../../src/core/codes.js";
import type { Rule, Rubric } from "../../src/core/rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFiles, DEFAULT_RUBRIC_ID } from "../../src/load/registry.js";

const loaded = bundledRubricFiles().map((file) => {
  const outcome = loadRubric(file);
  return { file, outcome };
});
const rubrics = loaded.flatMap(({ outcome }) => (outcome.ok ? [outcome.loaded.rubric] : []));

function ruleTypes(rule: Rule | undefined, out: Set<string>): void {
  if (!rule) return;
  out.add(rule.type);
  if (rule.type === "sum") rule.parts.forEach((p) => ruleTypes(p.rule, out));
  if (rule.type === "best_of") rule.cases.forEach((c) => ruleTypes(c.rule, out));
}

describe("bundled rubrics", () => {
  it.each(loaded.map((l) => [l.file.split(/[\\/]/).pop()!, l.outcome] as const))("%s passes its own checks with no warning", (_file, outcome) => {
    expect(outcome.ok ? outcome.loaded.warnings : outcome.diagnostics).toEqual([]);
  });

  it("the default rubric exists", () => expect(rubrics.map((r) => r.id)).toContain(DEFAULT_RUBRIC_ID));

  it("state their provenance honestly: fidelity and at least one source", () => {
    for (const r of rubrics) {
      expect(["official", "adapted", "illustrative"]).toContain(r.provenance.fidelity);
      expect(r.provenance.sources.length).toBeGreaterThan(0);
    }
  });

  it("say what each source gave in both languages: a Vietnamese page showed English notes", () => {
    const plain = rubrics.flatMap((r) => r.provenance.sources.filter((s) => s.note !== undefined && (typeof s.note === "string" || s.note.vi === s.note.en)).map((s) => `${r.id}: ${s.title}`));
    expect(plain).toEqual([]);
  });

  it("together use every input type, rule type and N/A policy", () => {
    const inputs = new Set<string>(), rules = new Set<string>(), na = new Set<string>();
    const visit = (r: Rubric) => {
      for (const i of allIndicators(r)) {
        inputs.add(i.input.type);
        if (i.input.type === "parts") i.input.fields.forEach((f) => inputs.add(f.input.type));
        ruleTypes(i.rule, rules);
        na.add(i.na ?? r.defaults?.na ?? "forbidden");
      }
    };
    rubrics.forEach(visit);
    expect([...inputs].sort()).toEqual(["boolean", "checklist", "choice", "count", "date", "fraction", "level", "number", "parts", "percent", "text"]);
    expect([...rules].sort()).toEqual(["bands", "best_of", "checklist", "choice", "deadline", "fixed", "min_max", "per_unit", "piecewise", "ratio", "relative_to_best", "sum", "target"]);
    expect([...na].sort()).toEqual(["forbidden", "full", "rescale", "zero"]);
  });
});

describe("examples", () => {
  const { files, walked } = expandPaths(["examples"]);
  const checked = checkFiles(files.map((file) => ({ file, walked: walked.has(file) })));

  it("every example outside examples/invalid/ is valid and scores against its own rubric", () => {
    expect(checked.rubricFailures).toEqual([]);
    expect(checked.failures.map((f) => f.file)).toEqual(["examples/invalid/so-xay-dung-loi.yaml"]);
    expect(checked.skipped).toEqual([{ file: "examples/ci/github-workflow.yml", kind: "other" }]); // a CI workflow, not an agency file
    const byRubric = Object.fromEntries(checked.valid.map((v) => [v.rubric.rubric.id, v.items.length]));
    expect(byRubric).toEqual({ "dti-cap-so": 5, "dti-cap-xa": 1, "un-losi-2022": 1 });
  });

  it("are marked as examples", () => {
    for (const v of checked.valid) for (const item of v.items) expect(item.agency.example, item.file).toBe(true);
  });

  it("cover several agency types, one incomplete file and a commune", () => {
    const agencies = checked.valid.flatMap((v) => v.items.map((i) => i.agency));
    expect(new Set(agencies.map((a) => a.agency.type)).size).toBeGreaterThanOrEqual(4);
    expect(agencies.some((a) => a.agency.type === "commune")).toBe(true);
    expect(agencies.some((a) => Object.values(a.answers ?? {}).some((x) => x === "?" || (typeof x === "object" && x?.value === "?")))).toBe(true);
  });
});
