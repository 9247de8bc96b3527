import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fastAgency } from "../../src/load/fast-agency.js";
import { fastSourceMap, Unsure } from "../../src/load/fast-source-map.js";
import { parseAgencyFile, rubricRef, validateAgency, validateFast } from "../../src/load/load-agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { bundledRubricFile, DEFAULT_RUBRIC_ID } from "../../src/load/registry.js";
import { agencySources, mutants } from "../helpers/agency-corpus.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-fastmap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sources = agencySources(dir);

/** Every path in the data, keys included, plus a few that do not exist. */
function allPaths(data: unknown, prefix: string[] = []): string[][] {
  const out = [prefix, [...prefix, "no-such-key"]];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...allPaths(v, [...prefix, String(i)])));
  else if (typeof data === "object" && data !== null) for (const [k, v] of Object.entries(data)) out.push(...allPaths(v, [...prefix, k]));
  return out;
}

describe("the js-yaml source map places every path as the yaml one does", () => {
  it.each(sources.map((s) => [path.relative(".", s.file), s.text] as const))("%s", (_name, text) => {
    const fast = fastSourceMap(text);
    const slow = parseYaml(text);
    if (!fast || !slow.ok) return; // one of them refuses the text: the slow path decides
    let compared = 0;
    for (const p of allPaths(slow.parsed.data)) {
      for (const atKey of [false, true]) {
        let mine;
        try { mine = fast.locate(p, atKey); } catch (e) { if (e instanceof Unsure) continue; throw e; }
        expect(mine, `${p.join("/")} atKey=${atKey}`).toEqual(slow.parsed.map.locate(p, atKey));
        compared++;
      }
      let source;
      try { source = fast.sourceText(p); } catch (e) { if (e instanceof Unsure) continue; throw e; }
      expect(source, p.join("/")).toEqual(slow.parsed.map.sourceText(p));
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe("an invalid file gets the same diagnostics without the slow parse", () => {
  const rubricFor = (data: Record<string, unknown>) => {
    const outcome = loadRubric(bundledRubricFile(rubricRef(data).id ?? DEFAULT_RUBRIC_ID) ?? bundledRubricFile(DEFAULT_RUBRIC_ID)!);
    return outcome.ok ? outcome.loaded : undefined;
  };
  const valid = sources.filter((s) => !s.file.includes("fixtures"));
  const cases = [...sources, ...valid.slice(0, 12).flatMap((s) => mutants(s.text).map((text, i) => ({ file: `${s.file}#${i}`, text })))];

  it(`on ${cases.length} files, and most invalid ones are placed by the fast path`, () => {
    const seen = { slow: 0, valid: 0, unsure: 0, placed: 0 };
    for (const { file, text } of cases) {
      const fast = fastAgency(text, rubricFor);
      if (!fast || fast.valid) { seen[fast ? "valid" : "slow"]++; continue; }
      const mine = validateFast(file, text, fast.data, fast.rubric);
      if (!mine) { seen.unsure++; continue; }
      seen.placed++;
      const parsed = parseAgencyFile(file, text);
      expect(parsed.ok, file).toBe(true);
      if (!parsed.ok) continue;
      expect(mine, file).toEqual(validateAgency(parsed.agency, fast.rubric));
    }
    // Empty values (`value: `) are left to the slow path; most other invalid files are placed here.
    expect(seen.placed).toBeGreaterThan(0.7 * (seen.placed + seen.unsure));
  });
});

describe("the fast path leaves to the slow one", () => {
  const rubricFor = () => { const outcome = loadRubric(bundledRubricFile(DEFAULT_RUBRIC_ID)!); return outcome.ok ? outcome.loaded : undefined; };
  it.each([
    ["a numeric key in a block sequence (js-yaml reads 1.10 as 1.1)", 'rubric: {id: dti-cap-so, version: "2025.1"}\nk:\n- 1.10: x\n'],
    ["a numeric key", 'rubric: {id: dti-cap-so, version: "2025.1"}\nanswers:\n  1.10: {value: 1}\n'],
    ["a thousands separator", 'rubric: {id: dti-cap-so, version: "2025.1"}\nanswers:\n  "1.1": {value: 1.000}\n'],
  ])("%s", (_, text) => {
    expect(fastAgency(text, rubricFor)).toBeUndefined();
  });
});
