import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { carryRenumbered } from "../../src/assess/renumbered-answers.js";
import { versionMove } from "../../src/assess/version-move.js";
import { runCli } from "../helpers/run-cli.js";
import { rubricFileAt } from "../helpers/rubric-file.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-added-blanks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const V1 = readFileSync("test/fixtures/rubrics/assess-mini.yaml", "utf8");

/** Version 2 adds 1.6 at the end of group 1, and a group 3 of 3.1 (for all) and 3.2 (for communes only). */
const V2 = V1.replace('version: "1"', 'version: "2"').replace("scale: 100", "scale: 130").replace("max: 50\n    items", "max: 60\n    items")
  .replace('  - code: "2"\n', '      - code: "1.6"\n        title: {vi: "Chỉ số mới", en: "A new one"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n  - code: "2"\n')
  .replace("bands:", '  - code: "3"\n    title: {vi: "Nhóm ba", en: "Group three"}\n    max: 20\n    items:\n'
    + '      - code: "3.1"\n        title: {vi: "Ba một", en: "Three one"}\n        max: 10\n        input: {type: count}\n        rule: {type: per_unit, points: 1}\n'
    + '      - code: "3.2"\n        title: {vi: "Ba hai", en: "Three two"}\n        max: 10\n        applies_to: [commune]\n        input: {type: boolean}\n        rule: {type: fixed}\nbands:');

const rubricAt = (text: string, name: string) => rubricFileAt(dir, text, name);

const v1 = rubricAt(V1, "v1.yaml");
const v2 = rubricAt(V2, "v2.yaml");

/** Version 3: version 2 with a "— New part" heading over 1.6, and 1.7 under it. */
const V3 = V2.replace('version: "2"', 'version: "3"').replace("scale: 130", "scale: 140").replace("max: 60\n    items", "max: 70\n    items")
  .replace('      - code: "1.6"\n', '      - heading: {vi: "Phần mới", en: "New part"}\n      - code: "1.6"\n')
  .replace('  - code: "2"\n', '      - code: "1.7"\n        title: {vi: "Chỉ số mới nữa", en: "Another new one"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n  - code: "2"\n');

const v3 = rubricAt(V3, "v3.yaml");

/** What init writes for `rubric`, header filled, 1.1 and 1.3 answered and a line of the officer's above 1.3. */
async function initFile(name: string, rubric: string, lang: string, typeArgs: string[]): Promise<string> {
  const file = path.join(dir, name);
  expect((await runCli(["init", "--rubric", rubric, "--lang", lang, ...typeArgs, "-o", file, "--force"])).code).toBe(0);
  return readFileSync(file, "utf8")
    .replace(/^ {2}id: .*$/m, "  id: so-t").replace(/^ {2}name: .*# (agency name|tên cơ quan).*$/mi, "  name: Sở T").replace(/^ {2}type: +#.*$/m, "  type: department")
    .replace(/^respondent:\n {2}name: .*$/m, "respondent:\n  name: Lê T")
    .replace('"1.1":\n    value:', '"1.1":\n    value: false\n    evidence: [{number: "12/KH", date: "2025-03-02"}]')
    .replace('  "1.3":\n    value:', '  # hỏi lại văn phòng\n  "1.3":\n    value: 50');
}

/** The part of the file from `answers:` on. */
const answersPart = (text: string) => text.slice(text.indexOf("answers:"));

/** The move's steps on the answers (see assess's offerVersionMove): renumbered answers carried, then the added blanks. */
function moved(file: string, from = v1, to = v2): AgencyDoc {
  const doc = AgencyDoc.open(file)!;
  const data = doc.data();
  const move = versionMove(from.rubric, to.rubric, data.answers as Record<string, unknown>, data.agency?.type);
  carryRenumbered(doc, move.recoded, to.rubric, from.rubric.version, "en");
  doc.addInitBlanks(to.rubric, move.added, "department");
  return doc;
}

describe("a file moved to a version that adds indicators", () => {
  // The moved file showed nothing of 1.6 or group 3: assess asked them, an officer editing the file saw no question.
  it.each(["vi", "en"])("gets init's block and blank for each added indicator asked of its type, where init writes it, in its language (%s)", async (lang) => {
    const file = path.join(dir, `so-${lang}.yaml`);
    writeFileSync(file, await initFile(`so-${lang}.yaml`, v1.file, lang, ["-t", "department"]));
    const doc = moved(file);
    doc.save();
    const expected = await initFile(`so-${lang}-v2.yaml`, v2.file, lang, ["-t", "department"]);
    // The officer's answers, evidence and own line kept as written; 3.2, asked of communes only, not written.
    expect(answersPart(readFileSync(file, "utf8"))).toBe(answersPart(expected).replace("(60 ", "(50 ").replace("(tối đa 60", "(tối đa 50"));
    expect(readFileSync(file, "utf8")).not.toContain('"3.2"');
    // Written again (moved twice), nothing is added.
    const once = readFileSync(file, "utf8");
    moved(file).save();
    expect(readFileSync(file, "utf8")).toBe(once);
  });

  // Only init's group headings (═══) were written: "— New part", which heads 1.6 and 1.7 in group one, was not.
  it.each(["vi", "en"])("gets init's sub-heading (— title) over the added indicators it heads, once, without a blank line (%s)", async (lang) => {
    const file = path.join(dir, `so-sub-${lang}.yaml`);
    writeFileSync(file, await initFile(`so-sub-${lang}.yaml`, v1.file, lang, ["-t", "department"]));
    moved(file, v1, v3).save();
    const expected = await initFile(`so-sub-${lang}-v3.yaml`, v3.file, lang, ["-t", "department"]);
    expect(answersPart(readFileSync(file, "utf8"))).toBe(answersPart(expected).replace("(70 ", "(50 ").replace("(tối đa 70", "(tối đa 50"));
  });

  // Already in the file (init wrote it for the version moved from), the sub-heading is not written again.
  it("a sub-heading the file has already is not written again", async () => {
    const file = path.join(dir, "so-sub-kept.yaml");
    writeFileSync(file, await initFile("so-sub-kept.yaml", v3.file, "en", ["-t", "department"]));
    const v4 = rubricAt(V3.replace('version: "3"', 'version: "4"').replace("scale: 140", "scale: 150").replace("max: 70\n    items", "max: 80\n    items")
      .replace('  - code: "2"\n', '      - code: "1.8"\n        title: {vi: "Thêm", en: "More"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n  - code: "2"\n'), "v4.yaml");
    moved(file, v3, v4).save();
    const expected = await initFile("so-sub-kept-v4.yaml", v4.file, "en", ["-t", "department"]);
    expect(answersPart(readFileSync(file, "utf8"))).toBe(answersPart(expected).replace("(80 ", "(70 "));
  });

  // Put below the "— Part B" heading it comes after (the next answer's), the new group 1.6 lost the blank line init
  // writes above its heading.
  it("a group added under a sub-heading the file has keeps the blank line above its heading", async () => {
    const sub = (code: string) => `      - code: "${code}"\n        title: {vi: "Nhóm ${code}", en: "Group ${code}"}\n        max: 10\n        items:\n          - code: "${code}.1"\n            title: {vi: "Con ${code}", en: "Sub ${code}"}\n            max: 10\n            input: {type: boolean}\n            rule: {type: fixed}\n`;
    const a = V1.replace("scale: 100", "scale: 110").replace("max: 50\n    items", "max: 60\n    items").replace('  - code: "2"\n', '      - heading: {vi: "Phần B", en: "Part B"}\n' + sub("1.7") + '  - code: "2"\n');
    const b = a.replace('version: "1"', 'version: "2"').replace("scale: 110", "scale: 120").replace("max: 60\n    items", "max: 70\n    items").replace(sub("1.7"), sub("1.6") + sub("1.7"));
    const ra = rubricAt(a, "na.yaml"), rb = rubricAt(b, "nb.yaml");
    const file = path.join(dir, "nest.yaml");
    writeFileSync(file, await initFile("nest.yaml", ra.file, "en", ["-t", "department"]));
    moved(file, ra, rb).save();
    const expected = await initFile("nest-2.yaml", rb.file, "en", ["-t", "department"]);
    expect(answersPart(readFileSync(file, "utf8"))).toBe(answersPart(expected).replace("(70 ", "(60 "));
  });

  it("the moved file validates against the new version", async () => {
    const file = path.join(dir, "so-valid.yaml");
    writeFileSync(file, (await initFile("so-valid.yaml", v1.file, "en", ["-t", "department"])).replace('version: "1"', 'version: "2"'));
    moved(file).save();
    const run = await runCli(["validate", file, "--rubric", v2.file]);
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);
  });

  // One written by hand, without init's blocks, is left in its own shape: no block, no blank.
  it("a file holding none of init's blocks gets none", () => {
    const file = path.join(dir, "tay.yaml");
    const text = ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-t, name: Sở T, type: department}", 'period: "2025"', "respondent: {name: Lê T}", "answers:", '  "1.1": {value: false}', ""].join("\n");
    writeFileSync(file, text);
    expect(moved(file).toString()).toBe(text);
  });

  // T.1 stood under group 2's last indicator with no heading: an officer read the bonus item as one of group 2's.
  it.each(["vi", "en"])("gets the bonus's heading above an item of a bonus the version adds, as init writes it (%s)", async (lang) => {
    const withBonus = rubricAt(V1.replace('version: "1"', 'version: "3"').replace("bands:", 'bonus:\n  cap: 10\n  items:\n'
      + '    - code: "T.1"\n      title: {vi: "Giải thưởng", en: "Award"}\n      max: 10\n      input: {type: boolean}\n      rule: {type: fixed}\n'
      + '    - code: "T.2"\n      title: {vi: "Sáng kiến", en: "Initiative"}\n      max: 5\n      input: {type: boolean}\n      rule: {type: fixed}\nbands:'), "v-bonus.yaml");
    const file = path.join(dir, `thuong-${lang}.yaml`);
    writeFileSync(file, await initFile(`thuong-${lang}.yaml`, v1.file, lang, ["-t", "department"]));
    const doc = AgencyDoc.open(file)!;
    const move = versionMove(v1.rubric, withBonus.rubric, doc.data().answers as Record<string, unknown>, "department");
    expect(move.added).toEqual(["T.1", "T.2"]);
    doc.addInitBlanks(withBonus.rubric, move.added, "department");
    doc.save();
    const expected = await initFile(`thuong-${lang}-v3.yaml`, withBonus.file, lang, ["-t", "department"]);
    expect(answersPart(readFileSync(file, "utf8"))).toBe(answersPart(expected));
  });

  // The new group's "— Phần A" and "— Phần B" were left out: its indicators stood under no heading of their part.
  it.each([["vi", ["-t", "department"]], ["en", []]])("gets the \"— title\" headings among the items of a group the version adds, as init writes them (%s %j)", async (lang, typeArgs) => {
    const withParts = rubricAt(V1.replace('version: "1"', 'version: "4"').replace("scale: 100", "scale: 130").replace("bands:", '  - code: "3"\n    title: {vi: "Nhóm ba", en: "Group three"}\n    max: 30\n    items:\n'
      + '      - heading: {vi: "Phần A", en: "Part A"}\n'
      + '      - code: "3.1"\n        title: {vi: "Ba một", en: "Three one"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n'
      + '      - heading: {vi: "Phần B", en: "Part B"}\n'
      + '      - code: "3.2"\n        title: {vi: "Ba hai", en: "Three two"}\n        max: 10\n        applies_to: [commune]\n        input: {type: boolean}\n        rule: {type: fixed}\n'
      + '      - code: "3.3"\n        title: {vi: "Ba ba", en: "Three three"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\nbands:'), "v-parts.yaml");
    const file = path.join(dir, `phan-${lang}.yaml`);
    writeFileSync(file, await initFile(`phan-${lang}.yaml`, v1.file, lang, typeArgs));
    const doc = AgencyDoc.open(file)!;
    const move = versionMove(v1.rubric, withParts.rubric, doc.data().answers as Record<string, unknown>, "department");
    doc.addInitBlanks(withParts.rubric, typeArgs.length > 0 ? move.added : ["3.1", "3.2", "3.3"], typeArgs.length > 0 ? "department" : undefined);
    doc.save();
    const expected = await initFile(`phan-${lang}-v4.yaml`, withParts.file, lang, typeArgs);
    expect(answersPart(readFileSync(file, "utf8"))).toBe(answersPart(expected));
  });
});
