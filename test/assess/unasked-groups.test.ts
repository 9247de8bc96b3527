import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { versionMove } from "../../src/assess/version-move.js";
import type { Rubric } from "../../src/core/rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { runCli } from "../helpers/run-cli.js";
import { rubricFileAt } from "../helpers/rubric-file.js";

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
  const kept = Object.keys(doc.data().answers ?? {});
  const blanks = doc.unaskedBlanksOnMove(next, undefined, kept);
  doc.nameRubric(next.id, next.version);
  doc.headFor(next, { earlierVersion: "2025.1", args: `${file} --rubric ${v2}`, rubricWord: v2 }, kept);
  doc.dropUnaskedBlanks(next, blanks);
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

const MINI_V1 = readFileSync("test/fixtures/rubrics/assess-mini.yaml", "utf8");
/** Version 2 asks group 1 of communes only (2.3 was, and stays, for departments only). */
const MINI_V2 = MINI_V1.replace('version: "1"', 'version: "2"').replace('title: {vi: "Nhóm một", en: "Group one"}\n    max: 50\n', 'title: {vi: "Nhóm một", en: "Group one"}\n    max: 50\n    applies_to: [commune]\n');

const miniRubricAt = (text: string, name: string) => rubricFileAt(dir, text, name);

const mini1 = miniRubricAt(MINI_V1, "mini-v1.yaml");
const mini2 = miniRubricAt(MINI_V2, "mini-v2.yaml");

/** What init writes for any type (no -t), in `lang`, its type then filled in as assess fills it (init's comment kept). */
async function initForAnyType(name: string, lang: string, type: string): Promise<string> {
  const file = path.join(dir, name);
  expect((await runCli(["init", "--rubric", mini1.file, "--lang", lang, "-o", file, "--force"])).code).toBe(0);
  const text = readFileSync(file, "utf8").replace(/^ {2}type: {10}#/m, `  type: ${type} #`);
  writeFileSync(file, text);
  return file;
}

/** The move's steps on init's lines (see assess's offerVersionMove): blocks written for version 2, then the unasked blanks dropped. */
function movedMini(file: string, previous: Rubric | undefined): string {
  const doc = AgencyDoc.open(file)!;
  const data = doc.data();
  const kept = versionMove(mini1.rubric, mini2.rubric, data.answers as Record<string, unknown>, data.agency?.type).kept;
  const blanks = doc.unaskedBlanksOnMove(mini2.rubric, previous, kept);
  doc.headFor(mini2.rubric, undefined, kept);
  doc.dropUnaskedBlanks(mini2.rubric, blanks);
  return doc.toString();
}

const answersOf = (text: string) => text.slice(text.indexOf("answers:"));
/** Group 1's part of the answers, its heading and "applies only to" line with it. */
const GROUP_ONE = /\n\n {2}# ═══ 1\.[^]*?(?=\n\n {2}# ═══ 2\.)/;

describe("a file init wrote for any type, moved to a version that no longer asks a group of its agency's type", () => {
  // Group 1's blanks, never answered, stayed above the department's questions (only -t files lost them).
  it.each(["vi", "en"])("loses init's blanks of that group, with its heading (%s)", async (lang) => {
    const file = await initForAnyType(`so-${lang}.yaml`, lang, "department");
    const text = readFileSync(file, "utf8");
    const after = movedMini(file, mini1.rubric);
    expect(after).not.toContain('"1.');
    expect(answersOf(after)).toBe(answersOf(text).replace(GROUP_ONE, ""));
  });

  it("keeps an answer given, a line of the officer's in a block, and the heading above them", async () => {
    const file = await initForAnyType("so-giu.yaml", "en", "department");
    writeFileSync(file, readFileSync(file, "utf8").replace('  "1.3":\n    value:', '  "1.3":\n    value: 40').replace('  "1.4":\n', "  # ask the office\n  \"1.4\":\n"));
    const after = movedMini(file, mini1.rubric);
    expect(after).toContain("  # ═══ 1. Group one (50 points)\n  #   Applies only to agencies of type: commune (Commune)\n");
    expect(after).toContain('  "1.3":\n    value: 40');
    expect(after).toContain('  # ask the office\n  "1.4":');
    expect(after).not.toContain('"1.1"');
  });

  // Blanks of indicators never asked of the type (2.3, a department's, in a commune's file) are no change of the version's.
  it("keeps blanks the earlier version did not ask of the type either, and everything of a file without a type", async () => {
    const commune = await initForAnyType("xa.yaml", "en", "commune");
    const codes = (text: string) => text.match(/^ {2}"[\d.]+":$/gm);
    expect(codes(movedMini(commune, mini1.rubric))).toEqual(codes(readFileSync(commune, "utf8")));
    expect(movedMini(commune, mini1.rubric)).toContain('  "2.3":\n    value:');
    const untyped = await initForAnyType("chua-co-loai.yaml", "en", "");
    expect(movedMini(untyped, mini1.rubric)).toContain('  "1.1":\n    value:');
  });
});
