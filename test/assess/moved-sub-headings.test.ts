import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { carryRenumbered } from "../../src/assess/renumbered-answers.js";
import { versionMove } from "../../src/assess/version-move.js";
import type { Rubric } from "../../src/core/rubric.js";
import { runCli } from "../helpers/run-cli.js";
import { rubricFileAt } from "../helpers/rubric-file.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-moved-sub-headings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const V1 = readFileSync("test/fixtures/rubrics/assess-mini.yaml", "utf8");

/** An indicator worth nothing (info only), so that group one's max, and its "═══" heading, stay as they are. */
const indicator = (code: string, vi: string, en: string) => `      - code: "${code}"\n        title: {vi: "${vi}", en: "${en}"}\n        max: 0\n        info_only: true\n        input: {type: text}\n`;

/**
 * Version 2: "— Cơ bản" over 1.1 and "— Thiết bị" over 1.6, the old 1.5 renumbered after a 1.5 inserted: answers the
 * file has already, kept and renumbered.
 */
const V2 = V1.replace('version: "1"', 'version: "2"')
  .replace('      - code: "1.1"\n', '      - heading: {vi: "Cơ bản", en: "Basics"}\n      - code: "1.1"\n')
  .replace('      - code: "1.5"\n        title: {vi: "Trưởng ban"', `${indicator("1.5", "Máy mới", "New machines")}      - heading: {vi: "Thiết bị", en: "Equipment"}\n      - code: "1.6"\n        title: {vi: "Trưởng ban"`);

const rubricAt = (text: string, name: string) => rubricFileAt(dir, text, name);

const v1 = rubricAt(V1, "v1.yaml");
const v2 = rubricAt(V2, "v2.yaml");

/** Version 3: version 2 with "— Thiết bị" renamed "— Trang thiết bị" and "— Cơ bản" dropped. */
const v3 = rubricAt(V2.replace('version: "2"', 'version: "3"').replace('{vi: "Thiết bị", en: "Equipment"}', '{vi: "Trang thiết bị", en: "Devices"}')
  .replace('      - heading: {vi: "Cơ bản", en: "Basics"}\n', ""), "v3.yaml");

/** What init writes for `rubric`, header filled, 1.1, 1.3 and 1.5 answered and a line of the officer's above 1.3. */
async function initFile(name: string, rubric: string, lang: string, typeArgs: string[]): Promise<string> {
  const file = path.join(dir, name);
  expect((await runCli(["init", "--rubric", rubric, "--lang", lang, ...typeArgs, "-o", file, "--force"])).code).toBe(0);
  return readFileSync(file, "utf8")
    .replace(/^ {2}id: .*$/m, "  id: so-t").replace(/^ {2}name: .*# (agency name|tên cơ quan).*$/mi, "  name: Sở T").replace(/^ {2}type: +(#.*)?$/m, "  type: department")
    .replace(/^respondent:\n {2}name: .*$/m, "respondent:\n  name: Lê T")
    .replace('"1.1":\n    value:', '"1.1":\n    value: false\n    evidence: [{number: "12/KH", date: "2025-03-02"}]')
    .replace('  "1.3":\n    value:', '  # hỏi lại văn phòng\n  "1.3":\n    value: 50');
}

/** The part of the file from `answers:` on. */
const answersPart = (text: string) => text.slice(text.indexOf("answers:"));

/** The move's steps on the answers (see assess's offerVersionMove). */
function move(file: string, from: Rubric, to: Rubric, type: string | undefined): void {
  const doc = AgencyDoc.open(file)!;
  const data = doc.data();
  const moved = versionMove(from, to, data.answers as Record<string, unknown>, data.agency?.type);
  doc.headFor(to, undefined, moved.kept);
  carryRenumbered(doc, moved.recoded, to, from.version, "en");
  doc.addInitBlanks(to, moved.added, type);
  doc.save();
}

const cases = [["vi", ["-t", "department"], "\n"], ["en", [], "\n"], ["vi", [], "\r\n"], ["en", ["-t", "department"], "\r\n"]] as const;

describe("a file moved to a version that puts a \"— title\" heading over answers it has", () => {
  // Only the headings over added indicators were written: "— Thiết bị", over 1.6 (the old 1.5), was not.
  it.each(cases)("gets the heading where init writes it, once (%s %j %j)", async (lang, typeArgs, eol) => {
    const name = `so-${lang}-${typeArgs.length}-${eol.length}.yaml`;
    const file = path.join(dir, name);
    writeFileSync(file, (await initFile(name, v1.file, lang, [...typeArgs])).replace(/\n/g, eol));
    const type = typeArgs.length > 0 ? "department" : undefined;
    move(file, v1.rubric, v2.rubric, type);
    const once = readFileSync(file, "utf8");
    const expected = await initFile(`v2-${name}`, v2.file, lang, [...typeArgs]);
    expect(answersPart(once.replace(/\r\n/g, "\n"))).toBe(answersPart(expected));
    expect(once.includes("\r\n")).toBe(eol === "\r\n");
    // Its steps taken again on the moved file, nothing changes.
    move(file, v2.rubric, v2.rubric, type);
    expect(readFileSync(file, "utf8")).toBe(once);
  });
});

describe("a file moved to a version that renames or drops a \"— title\" heading", () => {
  // Only the group headings (═══) were written again: "— Thiết bị" stayed above the new version's "— Trang thiết bị" part.
  it.each(cases)("gets the new title, the dropped one taken out, as init writes them (%s %j %j)", async (lang, typeArgs, eol) => {
    const name = `v2-so-${lang}-${typeArgs.length}-${eol.length}.yaml`;
    const file = path.join(dir, name);
    writeFileSync(file, (await initFile(name, v2.file, lang, [...typeArgs])).replace(/\n/g, eol));
    const type = typeArgs.length > 0 ? "department" : undefined;
    move(file, v2.rubric, v3.rubric, type);
    const once = readFileSync(file, "utf8");
    const expected = await initFile(`v3-${name}`, v3.file, lang, [...typeArgs]);
    expect(answersPart(once.replace(/\r\n/g, "\n"))).toBe(answersPart(expected));
    expect(once.includes("\r\n")).toBe(eol === "\r\n");
    move(file, v3.rubric, v3.rubric, type);
    expect(readFileSync(file, "utf8")).toBe(once);
  });

  // A note the officer wrote under a dropped heading is about that part: the heading stays above it.
  it("a dropped heading with a line of the officer's under it stays", async () => {
    const file = path.join(dir, "v2-note.yaml");
    writeFileSync(file, (await initFile("v2-note.yaml", v2.file, "en", ["-t", "department"])).replace("  #   — Basics\n", "  #   — Basics\n  # phòng VH trả lời phần này\n"));
    move(file, v2.rubric, v3.rubric, "department");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("  #   — Basics\n  # phòng VH trả lời phần này\n  # 1.1. Has a portal");
    expect(text).toContain("  #   — Devices\n  # 1.6. Head");
    expect(text).not.toContain("Equipment");
  });
});
