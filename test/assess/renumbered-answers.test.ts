import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { carryRenumbered } from "../../src/assess/renumbered-answers.js";
import { versionMove, versionMoveLines } from "../../src/assess/version-move.js";
import type { Rubric } from "../../src/core/rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-renumbered-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const V1 = readFileSync("test/fixtures/rubrics/assess-mini.yaml", "utf8");

function rubricOf(text: string, name: string): Rubric {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error(`${name} does not load`);
  return outcome.loaded.rubric;
}

const previous = rubricOf(V1, "v1.yaml");

/** Version 2 with an indicator inserted at 1.2: the old 1.2 … 1.5 are 1.3 … 1.6 (the group and scale 10 points more). */
const INSERTED = V1.replace('version: "1"', 'version: "2"').replace("scale: 100", "scale: 110").replace("max: 50\n    items", "max: 60\n    items")
  .replace('code: "1.5"', 'code: "1.6"').replace('code: "1.4"', 'code: "1.5"').replace('code: "1.3"', 'code: "1.4"').replace('code: "1.2"', 'code: "1.3"')
  .replace('      - code: "1.3"\n', '      - code: "1.2"\n        title: {vi: "Chỉ số chèn thêm", en: "An inserted indicator"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n      - code: "1.3"\n');

/** An agency file as init writes it (its blocks above each code), with 1.1 … 1.3 answered. */
async function initFile(name: string): Promise<string> {
  const file = path.join(dir, name);
  const run = await runCli(["init", "--rubric", path.join(dir, "v1.yaml"), "--lang", "en", "-o", file]);
  expect(run.code).toBe(0);
  const text = readFileSync(file, "utf8")
    .replace('"1.1":\n    value:', '"1.1":\n    value: false')
    .replace('"1.2":\n    value:', '"1.2":\n    value: 6')
    .replace('"1.3":\n    value:', '"1.3":\n    value: 50');
  writeFileSync(file, text);
  return file;
}

function carried(file: string, next: Rubric): { doc: AgencyDoc; moves: { code: string; now: string }[] } {
  const doc = AgencyDoc.open(file)!;
  const move = versionMove(previous, next, doc.data().answers as Record<string, unknown>, undefined);
  return { doc, moves: carryRenumbered(doc, move.recoded, next, "1", "en") };
}

describe("a moved file's answers to renumbered indicators", () => {
  // Kept under their old codes, 1.2's count was read as the inserted yes/no's, 1.3's percentage as the count's.
  it("go to their new codes, each taken from the answer moving away from it first, with init's block for its new code", async () => {
    const file = await initFile("inserted.yaml");
    const { doc, moves } = carried(file, rubricOf(INSERTED, "inserted-v2.yaml"));
    // init's entries left empty move too, their blocks with them.
    expect(moves).toEqual([{ code: "1.2", now: "1.3" }, { code: "1.3", now: "1.4" }, { code: "1.4", now: "1.5" }, { code: "1.5", now: "1.6" }]);
    expect(doc.data().answers).toMatchObject({ "1.1": { value: false }, "1.3": { value: 6 }, "1.4": { value: 50 } });
    expect(Object.hasOwn(doc.data().answers!, "1.2")).toBe(false);
    const text = doc.toString();
    expect(text).toContain('  # 1.3. News items (max 10 points)\n  #   Answer: a whole number ≥ 0\n  "1.3":\n    value: 6');
    expect(text).toContain('  # 1.4. Signed documents share (max 10 points)');
    expect(text.indexOf('"1.3":')).toBeLessThan(text.indexOf('"1.4":'));
  });

  it("two indicators that swap codes swap answers, nothing of either lost", async () => {
    const file = await initFile("swapped.yaml");
    // The blocks of 1.2 and 1.3 trade places, each keeping its code's place in the order.
    const [head, rest] = V1.replace('version: "1"', 'version: "2"').split('      - code: "1.2"\n') as [string, string];
    const [count, tail] = rest.split('      - code: "1.3"\n') as [string, string];
    const [share, after] = tail.split('      - code: "1.4"\n') as [string, string];
    const swapped = `${head}      - code: "1.2"\n${share}      - code: "1.3"\n${count}      - code: "1.4"\n${after}`;
    const { doc, moves } = carried(file, rubricOf(swapped, "swapped-v2.yaml"));
    expect(moves).toHaveLength(2);
    expect(doc.data().answers).toMatchObject({ "1.2": { value: 50 }, "1.3": { value: 6 } });
    expect(Object.keys(doc.data().answers!).filter((k) => k.includes("\u0000"))).toEqual([]);
    expect(doc.toString()).toContain('  # 1.3. News items (max 10 points)\n  #   Answer: a whole number ≥ 0\n  "1.3":\n    value: 6');
  });

  // The old 1.2 dropped and the ones after it renumbered: the count kept under 1.2 was read as the old 1.3's percentage.
  it("an answer whose indicator is gone while its code names another now is kept aside as a comment, the next one carried there", async () => {
    const file = await initFile("dropped.yaml");
    const [head, rest] = V1.replace('version: "1"', 'version: "2"').replace("scale: 100", "scale: 90").replace("max: 50\n    items", "max: 40\n    items").split('      - code: "1.2"\n') as [string, string];
    const dropped = `${head}${rest.slice(rest.indexOf('      - code: "1.3"\n'))}`.replace('code: "1.3"', 'code: "1.2"').replace('code: "1.4"', 'code: "1.3"').replace('code: "1.5"', 'code: "1.4"');
    const { doc, moves } = carried(file, rubricOf(dropped, "dropped-v2.yaml"));
    expect(moves).toEqual([{ code: "1.3", now: "1.2" }, { code: "1.4", now: "1.3" }, { code: "1.5", now: "1.4" }]);
    expect(doc.data().answers).toMatchObject({ "1.1": { value: false }, "1.2": { value: 50 } });
    const text = doc.toString();
    expect(text).toContain("# Answer 1.2 of version 1 kept aside by assess, not scored (version 2 gives this code to another indicator):");
    expect(text).toMatch(/#\s+"1\.2":\n\s*#\s+value: 6/);
    expect(text).toContain('  # 1.2. Signed documents share (max 10 points)');
  });
});

describe("init's blanks under codes the new version renumbers or gives to another indicator", () => {
  // init's empty 1.2 was written above answers: as "Answer 1.2 of version 1 kept aside" with `value:` under it, and the
  // move said "1.2: … the old answer is kept aside" and "1.3 → 1.2; 1.4 → 1.3 …" of blanks.
  it("a blank is taken out, not kept aside; blanks moved are not said as answers", async () => {
    const file = await initFile("dropped-blank.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('"1.2":\n    value: 6', '"1.2":\n    value:'));
    const [head, rest] = V1.replace('version: "1"', 'version: "2"').replace("scale: 100", "scale: 90").replace("max: 50\n    items", "max: 40\n    items").split('      - code: "1.2"\n') as [string, string];
    const next = rubricOf(`${head}${rest.slice(rest.indexOf('      - code: "1.3"\n'))}`.replace('code: "1.3"', 'code: "1.2"').replace('code: "1.4"', 'code: "1.3"').replace('code: "1.5"', 'code: "1.4"'), "dropped-blank-v2.yaml");
    const doc = AgencyDoc.open(file)!;
    const move = versionMove(previous, next, doc.data().answers as Record<string, unknown>, undefined);
    const lines = versionMoveLines(move, "1", "2", "en", true).join("\n");
    expect(lines).toContain("  - 1.3 → 1.2: version 2 renumbers");
    expect(lines).not.toContain("1.4 → 1.3");
    expect(lines).not.toContain("gives its code to another");
    carryRenumbered(doc, move.recoded, next, "1", "en");
    expect(doc.toString()).not.toContain("kept aside");
    expect(doc.data().answers).toMatchObject({ "1.1": { value: false }, "1.2": { value: 50 }, "1.3": { value: null } });
    expect(doc.toString()).toContain('  # 1.2. Signed documents share (max 10 points)');
  });
});

describe("a renumbered answer whose new code the file already holds another answer under", () => {
  // 1.2 → 1.3 with a "1.3" no version had left in the file by hand: waiting for 1.3 to be freed never ended.
  it("is kept aside, the answer there left as it was", async () => {
    const file = path.join(dir, "held.yaml");
    const text = ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-h, name: Sở H, type: department}", 'period: "2025"', "answers:", '  "1.2": {value: 6}', '  "1.3": {value: 50}', ""].join("\n");
    writeFileSync(file, text);
    const doc = AgencyDoc.open(file)!;
    const next = rubricOf(INSERTED, "held-v2.yaml");
    // As the diff would give it were 1.3 an answer to no indicator of version 1: only 1.2 renumbered.
    const moves = carryRenumbered(doc, [{ code: "1.2", now: "1.3" }], next, "1", "en");
    expect(moves).toEqual([]);
    expect(doc.data().answers).toEqual({ "1.3": { value: 50 } });
    expect(doc.toString()).toContain("# Answer 1.2 of version 1 kept aside by assess, not scored (version 2 renumbers it 1.3, a code the file already holds another answer under):");
  });
});
