import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-unasked-groups-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** dti-cap-so and its next version, where group 1 (its "— Lãnh đạo, chỉ đạo" and "— Tuyên truyền, …" headings among its indicators) is no longer asked of a vertical agency. */
function twoVersions() {
  const [v1, v2] = [path.join(dir, "v1.yaml"), path.join(dir, "v2.yaml")];
  const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
  writeFileSync(v1, text);
  writeFileSync(v2, text.replace('version: "2025.1"', 'version: "2026.1"').replace('    max: 100\n    items:\n      - heading: {vi: "Lãnh đạo, chỉ đạo"', '    max: 100\n    applies_to: [department, board]\n    items:\n      - heading: {vi: "Lãnh đạo, chỉ đạo"'));
  const next = loadRubric(v2);
  if (!next.ok) throw new Error("the next version does not load");
  return { v1, v2, next: next.loaded.rubric };
}

/** The file moved as assess moves it once the officer says yes. */
function moved(file: string, next: ReturnType<typeof twoVersions>["next"], v2: string): string {
  const doc = AgencyDoc.open(file)!;
  doc.nameRubric(next.id, next.version);
  doc.headFor(next, { earlierVersion: "2025.1", rubricArg: ` --rubric ${v2}`, rubricWord: v2 }, Object.keys(doc.data().answers ?? {}));
  doc.dropUnaskedBlanks(next);
  doc.save();
  return readFileSync(file, "utf8");
}

// Moved to a version where group 1 no longer applies to its type, a file init wrote for that type kept group 1's
// heading and its blank answers: questions the agency is not asked, under a heading of points it cannot earn.
describe("a file init wrote for one agency type, moved to a version that no longer asks a group of that type", () => {
  it.each(["vi", "en"] as const)("loses init's blank answers of the group and its headings, as init writes the new version for that type (%s)", async (lang) => {
    const { v1, v2, next } = twoVersions();
    const file = path.join(dir, `nganh-doc-${lang}.yaml`);
    expect((await runCli(["init", "--rubric", v1, "-t", "vertical", "--lang", lang, "-o", file])).code).toBe(0);
    const fresh = path.join(dir, `fresh-${lang}.yaml`);
    expect((await runCli(["init", "--rubric", v2, "-t", "vertical", "--lang", lang, "-o", fresh])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain('  "1.1":\n    value:\n');
    expect(moved(file, next, v2)).toBe(readFileSync(fresh, "utf8").replaceAll(fresh, file));
  });

  it("keeps an answer the officer gave there, and a blank with the officer's line in its block, with the headings above them", async () => {
    const { v1, v2, next } = twoVersions();
    const file = path.join(dir, "da-tra-loi.yaml");
    expect((await runCli(["init", "--rubric", v1, "-t", "vertical", "--lang", "vi", "-o", file])).code).toBe(0);
    const text = readFileSync(file, "utf8").replace('  "1.1":\n    value:\n', '  "1.1":\n    value: 4\n').replace('  "1.6":\n', '  #   hỏi lại chị Hoa\n  "1.6":\n');
    writeFileSync(file, text);
    const after = moved(file, next, v2);
    expect(after).toContain("\n\n  # ═══ 1. Nhận thức số (100 điểm)\n  #   — Lãnh đạo, chỉ đạo\n");
    expect(after).toContain('  "1.1":\n    value: 4\n');
    expect(after).toContain('  #   — Tuyên truyền, nâng cao nhận thức\n  # 1.6. ');
    expect(after).toContain('  #   hỏi lại chị Hoa\n  "1.6":\n    value:\n');
    expect(after).not.toContain('"1.2":');
    // Group 2 is asked as before: its heading and blanks stay.
    expect(after).toContain('\n\n  # ═══ 2. ');
    expect(after).toContain('  "2.1":\n    value:\n');
  });
});
