import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { agencyDocFolder } from "../helpers/saved-after.js";
import { agencyTemplate, initOrder } from "../../src/assess/template.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";
import { parse } from "yaml";
import { loadRubric } from "../../src/load/load-rubric.js";
import type { Rubric } from "../../src/core/rubric.js";

const { dir, fileNamed, savedAfter } = agencyDocFolder();

describe("AgencyDoc puts a new answer in the rubric's order", () => {
  const ORDER = ["1.1", "1.2", "1.3", "2.1", "2.2"];
  const keys = (text: string) => [...text.matchAll(/^ {2}"([\d.]+)":/gm)].map((m) => m[1]);
  const added = (text: string, codes: string[]) => savedAfter(text, (doc) => { doc.inRubricOrder(ORDER); for (const code of codes) doc.setAnswer(code, { value: 1 }); });
  it.each([
    ["a skipped question answered later", 'rubric: {id: mini, version: "1"}\nanswers:\n  "1.2": {value: 2}\n  "2.1": {value: 1}\n', ["1.1", "1.3"], ["1.1", "1.2", "1.3", "2.1"]],
    ["after the last when nothing comes later", 'answers:\n  "1.1": {value: 1}\n', ["2.1"], ["1.1", "2.1"]],
    ["a hand-written order kept, the new one before the first that comes after it", 'answers:\n  "2.1": {value: 1}\n  "1.1": {value: 1}\n', ["1.2"], ["1.2", "2.1", "1.1"]],
    // A code the rubric lacks (left by an older version) is passed over, not taken for one that comes after every code.
    ["a code the rubric lacks passed over, at the end", 'answers:\n  "1.1": {value: 1}\n  "9.9": {value: 1}\n', ["1.2"], ["1.1", "9.9", "1.2"]],
    ["a code the rubric lacks passed over, before the next the rubric has", 'answers:\n  "9.9": {value: 1}\n  "2.1": {value: 1}\n', ["1.2"], ["9.9", "1.2", "2.1"]],
  ])("%s", (_, text, codes, expected) => {
    expect(keys(added(text, codes))).toEqual(expected);
  });

  it("an answer changed stays where it is", () => {
    const out = savedAfter('answers:\n  "2.1": {value: 1}\n  "1.1": {value: 1}\n', (doc) => { doc.inRubricOrder(ORDER); doc.setAnswer("1.1", { value: 5 }); });
    expect(keys(out)).toEqual(["2.1", "1.1"]);
  });

  it("comments above the first answer stay with it when a new answer goes before it, the group's heading above them both (1.1 stood above group one's heading)", () => {
    const out = added('answers:\n  # ═══ 1. Nhận thức số\n  # 1.2. Trưởng ban chỉ đạo\n  "1.2":\n    value: 2\n', ["1.1"]);
    expect(out).toBe('answers:\n  # ═══ 1. Nhận thức số\n  "1.1":\n    value: 1\n  # 1.2. Trưởng ban chỉ đạo\n  "1.2":\n    value: 2\n');
  });

  it("a question flagged before it is answered is placed in order too", () => {
    const out = savedAfter('answers:\n  "1.1": {value: 1}\n  "2.2": {value: 1}\n', (doc) => { doc.inRubricOrder(ORDER); doc.setFlag("2.1", true); doc.setAnswer("2.1", { value: 3, flag: true }); });
    expect(keys(out)).toEqual(["1.1", "2.1", "2.2"]);
  });

  it("in a file edited meanwhile as well (the answer is put into the edited file)", () => {
    const file = path.join(dir, "edited-order.yaml");
    writeFileSync(file, 'period: "2025"\nanswers:\n  "1.1": {value: 1}\n  "2.2": {value: 1}\n');
    const doc = AgencyDoc.open(file)!;
    doc.inRubricOrder(ORDER);
    writeFileSync(file, 'period: "2025" # sửa tay\nanswers:\n  "1.1": {value: 1}\n  "2.2": {value: 1}\n');
    doc.setAnswer("2.1", { value: 3 });
    expect(doc.save()).toBe(true);
    const out = readFileSync(file, "utf8");
    expect(out).toContain("# sửa tay");
    expect(keys(out)).toEqual(["1.1", "2.1", "2.2"]);
  });
});

describe("AgencyDoc puts a new answer where init writes it, among init's headings", () => {
  // init's order: a group's code where its heading is written, then its items (template.ts's initOrder).
  const ORDER = ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "3.1", "3.2"];
  const THREE = ['answers:', '', '  # ═══ 1. Một', '  # 1.1. A', '  "1.1": {value: 1}', '', '  # ═══ 2. Hai', '  # 2.1. B', '  "2.1": {value: 2}', '', '  # ═══ 3. Ba', '  # 3.1. C', '  "3.1": {value: 3}', ''].join("\n");
  const add = (doc: AgencyDoc, code: string) => { doc.inRubricOrder(ORDER); doc.setAnswer(code, { value: 9 }); };
  // Shaped as the bundled rubrics are: dti-cap-so's "— " headings in a group, dti-cap-xa's sub-group 4.22 between 4.21 and 4.23.
  const ind = (code: string) => ({ code, title: t(`Chỉ số ${code}`), max: 10, input: { type: "count" }, rule: { type: "per_unit", points: 1 } });
  const NESTED = miniRubric({
    groups: [
      { code: "1", title: t("Một"), max: 60, items: [{ heading: t("Phần đầu", "First part") }, ind("1.1"), ind("1.2"), { heading: t("Phần sau", "Second part") }, ind("1.3"), ind("1.4")] },
      { code: "2", title: t("Hai"), max: 40, items: [ind("2.1"), { code: "2.2", title: t("Hai hai"), max: 20, items: [ind("2.2.1"), ind("2.2.2")] }, ind("2.3")] },
    ],
    aggregates: [],
    bonus: { cap: 10, items: [ind("T.1"), ind("T.2")] },
    penalty: { cap: 20, items: [ind("TR.1"), ind("TR.2")] },
  });
  /** The heading lines and answers' keys, in the file's order. */
  const skeleton = (text: string) => text.split(/\r?\n/).filter((l) => /^ {2}(# +(═|— )|")/.test(l)).map((l) => l.trim().replace(/\. .*$/, ".").replace(/:.*$/, ""));

  it("the file's last answer removed, then one of its group added: under the group's heading (it went above it, the heading left closing the file)", () => {
    const two = THREE.slice(0, THREE.indexOf("\n\n  # ═══ 3.") + 1);
    const want = ["# ═══ 1.", '"1.1"', "# ═══ 2.", '"2.2"'];
    expect(skeleton(savedAfter(two, (doc) => { doc.removeAnswer("2.1"); add(doc, "2.2"); }))).toEqual(want);
    // In a later session, as well.
    expect(skeleton(savedAfter(savedAfter(two, (doc) => doc.removeAnswer("2.1")), (doc) => add(doc, "2.2")))).toEqual(want);
    // 3.1, group three's only answer, moved to group two: 3.2 answered later goes under group three's heading.
    const moved = savedAfter(THREE, (doc) => { doc.moveAnswer("3.1", "2.2", undefined, ["2"]); add(doc, "3.2"); });
    expect(skeleton(moved)).toEqual(["# ═══ 1.", '"1.1"', "# ═══ 2.", '"2.1"', '"2.2"', "# ═══ 3.", '"3.2"']);
  });

  it("the file's last answer removed: its group's heading closes the file with the blank line above it, in this session and the next, an answer of the group added under it (the blank line was lost)", () => {
    const two = THREE.slice(0, THREE.indexOf("\n\n  # ═══ 3.") + 1);
    const left = 'answers:\n\n  # ═══ 1. Một\n  # 1.1. A\n  "1.1": {value: 1}\n\n  # ═══ 2. Hai\n';
    expect(savedAfter(two, (doc) => doc.removeAnswer("2.1"))).toBe(left);
    expect(savedAfter(left, () => undefined)).toBe(left);
    // Written with CRLF (a Windows editor): the blank line kept as well.
    expect(savedAfter(left.replace(/\n/g, "\r\n"), () => undefined)).toBe(left.replace(/\n/g, "\r\n"));
    expect(savedAfter(left, (doc) => add(doc, "2.2"))).toBe(`${left}  "2.2":\n    value: 9\n`);
    expect(savedAfter(two, (doc) => { doc.removeAnswer("2.1"); add(doc, "2.2"); })).toBe(`${left}  "2.2":\n    value: 9\n`);
    // After an answer init left empty (`value:`): the heading stays the answers' too, indented as written (it was put at the file's end, unindented).
    const empty = two.replace('"1.1": {value: 1}', '"1.1":\n    value:');
    const emptyLeft = left.replace('"1.1": {value: 1}', '"1.1":\n    value:');
    expect(savedAfter(empty, (doc) => doc.removeAnswer("2.1"))).toBe(emptyLeft);
    expect(savedAfter(emptyLeft, () => undefined)).toBe(emptyLeft);
    expect(savedAfter(emptyLeft, (doc) => add(doc, "2.2"))).toBe(`${emptyLeft}  "2.2":\n    value: 9\n`);
    // Group three's only answer moved to group two: its heading keeps its blank line.
    expect(savedAfter(THREE, (doc) => doc.moveAnswer("3.1", "2.2", undefined, ["2"]))).toMatch(/"2\.2": \{value: 3\}\n\n {2}# ═══ 3\. Ba\n$/);
  });

  it("the first of its group: below the group's heading, above the next answer's own block (it went above the heading, in the group before)", () => {
    const out = savedAfter(THREE.replace('  # 2.1. B\n  "2.1": {value: 2}\n', '  # 2.2. B\n  "2.2": {value: 2}\n'), (doc) => add(doc, "2.1"));
    expect(out).toContain('  "1.1": {value: 1}\n\n  # ═══ 2. Hai\n  "2.1":\n    value: 9\n  # 2.2. B\n  "2.2": {value: 2}\n');
    // The file's first answer: below the heading under `answers:`.
    expect(savedAfter(THREE.replace(/"1\.1"/, '"1.2"').replace("# 1.1. A", "# 1.2. A"), (doc) => add(doc, "1.1"))).toMatch(/^answers:\n\n {2}# ═══ 1\. Một\n {2}"1\.1":\n {4}value: 9\n {2}# 1\.2\. A\n {2}"1\.2"/);
  });

  it("a group left with its heading only: under that heading, not under the next group's or the one before's", () => {
    const emptied = savedAfter(THREE, (doc) => doc.removeAnswer("2.1"));
    expect(skeleton(savedAfter(emptied, (doc) => add(doc, "2.2")))).toEqual(["# ═══ 1.", '"1.1"', "# ═══ 2.", '"2.2"', "# ═══ 3.", '"3.1"']);
    expect(skeleton(savedAfter(emptied, (doc) => add(doc, "1.2")))).toEqual(["# ═══ 1.", '"1.1"', '"1.2"', "# ═══ 2.", "# ═══ 3.", '"3.1"']);
  });

  it("in a file init wrote (\"— \" headings, a sub-group between direct indicators, bonus and penalty), in vi and in en with CRLF: answers taken out and given again, in any order, stand where init wrote them", () => {
    for (const [lang, offset] of [["vi", 0], ["vi", 1], ["vi", 2], ["en", 0]] as const) {
      const init = agencyTemplate(NESTED, lang, { file: "so.yaml" });
      const text = lang === "en" ? init.replace(/\n/g, "\r\n") : init;
      const codes = skeleton(init).filter((k) => k.startsWith('"')).map((k) => k.slice(1, -1));
      const out = codes.filter((_, i) => i % 3 === offset);
      const removed = savedAfter(text, (doc) => { for (const code of out) doc.removeAnswer(code); });
      const again = savedAfter(removed, (doc) => { doc.inRubricOrder(initOrder(NESTED)); for (const code of [...out].reverse()) doc.setAnswer(code, { value: 1 }); });
      expect(skeleton(again), `${lang} ${offset}`).toEqual(skeleton(init));
      if (lang === "en") expect(again.replace(/\r\n/g, "")).not.toContain("\n");
    }
  });

  it("a \"— \" heading two groups share (\"— Khác\"): each answer put back under its own group's, above or below it as init writes it (2.1 went below group two's, as that part's)", () => {
    const SHARED = miniRubric({
      groups: [
        { code: "1", title: t("Một"), max: 60, items: [ind("1.1"), { heading: t("Khác", "Other") }, ind("1.2"), ind("1.3")] },
        { code: "2", title: t("Hai"), max: 40, items: [ind("2.1"), { heading: t("Khác", "Other") }, ind("2.2")] },
      ],
      aggregates: [],
    });
    for (const lang of ["vi", "en"] as const) {
      const init = agencyTemplate(SHARED, lang, { file: "so.yaml" });
      for (const code of ["1.1", "1.2", "1.3", "2.1", "2.2"]) {
        const again = savedAfter(savedAfter(init, (doc) => doc.removeAnswer(code)), (doc) => { doc.inRubricOrder(initOrder(SHARED)); doc.setAnswer(code, { value: 1 }); });
        expect(skeleton(again), `${lang} ${code}`).toEqual(skeleton(init));
      }
    }
  });

  it("moved to another group, the rubric's order known: where init writes the code, not after the group's last answer (2.1 comes before sub-group 2.2, as dti-cap-xa's 4.20 before 4.22)", () => {
    const init = agencyTemplate(NESTED, "vi", { file: "so.yaml" });
    const removed = savedAfter(init, (doc) => { doc.removeAnswer("2.1"); doc.removeAnswer("2.3"); });
    const out = savedAfter(removed, (doc) => { doc.inRubricOrder(initOrder(NESTED)); doc.moveAnswer("1.4", "2.1", undefined, ["2"]); doc.moveAnswer("1.2", "2.3", undefined, ["2"]); });
    expect(skeleton(out)).toEqual(skeleton(init).filter((k) => k !== '"1.4"' && k !== '"1.2"'));
    // The old block's lines go with it: under 2.1's code, 1.4's question.
    expect(out).toContain('  # ═══ 2. Hai (40 điểm)\n  # 1.4. Chỉ số 1.4 (tối đa 10 điểm)\n');
  });
});

describe("AgencyDoc moves or removes an answer under a code the rubric does not have", () => {
  const keys = (text: string) => [...text.matchAll(/^ {2}"([\d.]+)":/gm)].map((m) => m[1]);
  const OLD = ['answers:', '  # ═══ 1. Nhận thức số', '  "1.5": {value: true}', '  # đổi mã ở phiên bản mới', '  "1.6":', '    value: 3 # theo thang DBI', '    evidence:', '      - {number: "152/BC", date: "2025-09-15"}', '    verified: {value: 2, by: "Sở KH&CN"}', '', '  # ═══ 2. Thể chế số', '  "2.1": {value: 1}', ''].join("\n");

  it("moved: the key renamed where it stands, everything under it and the comments as written", () => {
    expect(savedAfter(OLD, (doc) => doc.moveAnswer("1.6", "1.7"))).toBe(OLD.replace('"1.6":', '"1.7":'));
  });

  it("moved from a code written without quotes or in a word processor's quotes: the new code in quotes (1.10 plain reads as 1.1)", () => {
    expect(savedAfter('answers:\n  1.9: {value: 3}\n  “2.1”: {value: 1}\n', (doc) => { doc.moveAnswer("1.9", "1.10"); doc.moveAnswer("“2.1”", "2.1"); })).toBe('answers:\n  "1.10": {value: 3}\n  "2.1": {value: 1}\n');
  });

  it("removed: the answer goes with the comment written just above it; a heading set off by a blank line stays", () => {
    const out = savedAfter(OLD, (doc) => doc.removeAnswer("1.6"));
    expect(keys(out)).toEqual(["1.5", "2.1"]);
    expect(out).not.toContain("# đổi mã ở phiên bản mới");
    expect(out).toContain('  "1.5": {value: true}\n\n  # ═══ 2. Thể chế số\n  "2.1": {value: 1}\n');
    expect(out).not.toContain("152/BC");
  });

  it("removed first of its group: the group's heading stays above the next answer, with its blank line; the answer's own lines go", () => {
    // As init writes it: the group's heading, then the indicator's block, which begins with its code.
    const text = ['answers:', '  "1.5": {value: true}', '', '  # ═══ 2. Thể chế số', '  #   — Văn bản', '  # 2.1. Số văn bản (tối đa 10 điểm)', '  #   Trả lời: một số nguyên', '  "2.1": {value: 1}', '  # 2.2. Kế hoạch', '  "2.2": {value: 2}', ''].join("\n");
    expect(savedAfter(text, (doc) => doc.removeAnswer("2.1"))).toBe(['answers:', '  "1.5": {value: true}', '', '  # ═══ 2. Thể chế số', '  #   — Văn bản', '  # 2.2. Kế hoạch', '  "2.2": {value: 2}', ''].join("\n"));
    // Written by hand without the code: a block set off by a blank line heads the answers under it.
    const hand = ['answers:', '  "1.5": {value: true}', '', '  # ═══ 2. Thể chế số', '  "2.1": {value: 1}', '  "2.2": {value: 2}', ''].join("\n");
    expect(savedAfter(hand, (doc) => doc.removeAnswer("2.1"))).toBe(hand.replace('  "2.1": {value: 1}\n', ""));
  });

  it("removed first of the file's answers: its own lines go there too (the parser hangs them on the answers, and they stayed above 1.2)", () => {
    const text = ['answers:', '', '  # ═══ 1. Nhận thức số', '  # 1.1. Có cổng thông tin (tối đa 10 điểm)', '  #   Trả lời: ghi true (có) hoặc false (không)', '  "1.1":', '    value: false', '  # 1.2. Số tin bài', '  "1.2":', '    value: 3', ''].join("\n");
    expect(savedAfter(text, (doc) => doc.removeAnswer("1.1"))).toBe(['answers:', '', '  # ═══ 1. Nhận thức số', '  # 1.2. Số tin bài', '  "1.2":', '    value: 3', ''].join("\n"));
    // Alone in the file: the heading stays, the answer's lines go.
    const alone = ['answers:', '  # ═══ 1. Nhận thức số', '  # 1.1. Có cổng thông tin', '  #   Trả lời: ghi true', '  "1.1": {value: false}', ''].join("\n");
    const left = savedAfter(alone, (doc) => doc.removeAnswer("1.1"));
    expect(left).not.toContain("1.1");
    expect(left).toContain("# ═══ 1. Nhận thức số");
    expect(parse(left)).toEqual({ answers: {} });
  });

  it("removed or moved away, the file's first answer and the last of its group: no line of spaces, no blank line added under `answers:` (the next group's blank line was put above the headings)", () => {
    const text = ['answers:', '', '  # ═══ 1. Nhóm', '  # 1.1. Một', '  "1.1": {value: 1}', '', '  # ═══ 2. Hai', '  # 2.1. Hai một', '  "2.1": {value: 2}', ''].join("\n");
    const left = ['answers:', '', '  # ═══ 1. Nhóm', '', '  # ═══ 2. Hai', '  # 2.1. Hai một', '  "2.1": {value: 2}', ''].join("\n");
    expect(savedAfter(text, (doc) => doc.removeAnswer("1.1"))).toBe(left);
    expect(savedAfter(text, (doc) => doc.moveAnswer("1.1", "2.9", undefined, ["2"]))).toBe(left + '  # 1.1. Một\n  "2.9": {value: 1}\n');
    const tight = text.replace("answers:\n\n", "answers:\n");
    expect(savedAfter(tight, (doc) => doc.removeAnswer("1.1"))).toBe(left.replace("answers:\n\n", "answers:\n"));
    // With no heading: the answer after it first, as if written so.
    expect(savedAfter('answers:\n  "1.1": {value: 1}\n\n  "2.1": {value: 2}\n', (doc) => doc.removeAnswer("1.1"))).toBe('answers:\n  "2.1": {value: 2}\n');
  });

  it("removed first or last of the file's answers under a heading written by hand: the heading stays (it went with the answer)", () => {
    // Set off by a blank line under `answers:` (the parser keeps that blank line on the answers, not on the key).
    const first = ['answers:', '', '  # ═══ 1. Nhóm', '  "1.1": {value: 1}', '  "1.2": {value: 2}', ''].join("\n");
    expect(savedAfter(first, (doc) => doc.removeAnswer("1.1"))).toBe(first.replace('  "1.1": {value: 1}\n', ""));
    // init's heading line heads the answers under it wherever it stands, a blank line before it or none.
    const tight = first.replace("answers:\n\n", "answers:\n");
    expect(savedAfter(tight, (doc) => doc.removeAnswer("1.1"))).toBe(tight.replace('  "1.1": {value: 1}\n', ""));
    const last = ['answers:', '  "1.1": {value: 1}', '', '  # ═══ 2. Nhóm hai', '  "2.1":', '    value: 2', ''].join("\n");
    expect(savedAfter(last, (doc) => doc.removeAnswer("2.1"))).toContain("  # ═══ 2. Nhóm hai");
    // A note of the answer's own under the heading still goes with it.
    const noted = first.replace('  "1.1"', '  # hỏi lại sở\n  "1.1"');
    expect(savedAfter(noted, (doc) => doc.removeAnswer("1.1"))).toBe(first.replace('  "1.1": {value: 1}\n', ""));
  });

  it("removed last of its group with a note above init's block: the note stays where it was written, no blank line added above it", () => {
    const text = ['answers:', '  # ═══ 1. Nhận thức số', '  "1.5":', '    value: true', '  # đổi mã ở phiên bản mới', '  # 1.6. Trưởng ban (tối đa 10 điểm)', '  #   Trả lời: một trong: truong (Trưởng), pho (Phó)', '  "1.6":', '    value: pho', '', '  # ═══ 2. Thể chế số', '  "2.1": {value: 1}', ''].join("\n");
    expect(savedAfter(text, (doc) => doc.removeAnswer("1.6"))).toBe(['answers:', '  # ═══ 1. Nhận thức số', '  "1.5":', '    value: true', '  # đổi mã ở phiên bản mới', '', '  # ═══ 2. Thể chế số', '  "2.1": {value: 1}', ''].join("\n"));
  });

  it("what each heading rule keeps, where no other rule keeps it (each untested before: taking the rule out failed nothing)", () => {
    // A heading written by hand, set off by the blank line under `answers:` (the mapping's, not the key's): it stays.
    const hand = 'answers:\n\n  # Nhóm 1 viết tay\n  "1.1": {value: 1}\n  "1.2": {value: 2}\n';
    expect(savedAfter(hand, (doc) => doc.removeAnswer("1.1"))).toBe(hand.replace('  "1.1": {value: 1}\n', ""));
    // init's "Applies only to" line under a group's heading is the heading's, where the answer has no block of init's.
    const only = 'answers:\n  "1.1": {value: 1}\n\n  # ═══ 2. Hai\n  #   Chỉ dành cho cơ quan loại: department (Sở)\n  "2.1": {value: 1}\n  "2.2": {value: 2}\n';
    expect(savedAfter(only, (doc) => doc.removeAnswer("2.1"))).toBe(only.replace('  "2.1": {value: 1}\n', ""));
    // A group's section goes on past the headings of groups inside it ("══ 2.1."), to the next of its rank.
    const nested = ['answers:', '  # ═══ 1. Một', '  "1.1": {value: 1}', '  "1.5": {value: 5}', '', '  # ═══ 2. Hai', '  # ══ 2.1. Hai một', '  "2.1.1": {value: 1}', '', '  # ═══ 3. Ba', '  "3.1": {value: 3}', ''].join("\n");
    expect(savedAfter(nested, (doc) => doc.moveAnswer("1.5", "2.9", undefined, ["2"]))).toBe(nested.replace('  "1.5": {value: 5}\n', "").replace('  "2.1.1": {value: 1}\n', '  "2.1.1": {value: 1}\n  "2.9": {value: 5}\n'));
  });

  it("removed in a file edited meanwhile: the same comments go and stay there (the group's heading went with the answer)", () => {
    const hand = ['answers:', '  "1.5": {value: true}', '', '  # ═══ 2. Thể chế số', '  "2.1": {value: 1}', '  "2.2": {value: 2}', ''].join("\n");
    const file = fileNamed("edited-removed");
    writeFileSync(file, hand);
    const doc = AgencyDoc.open(file)!;
    const edited = hand.replace("{value: 2}", "{value: 2} # sửa tay");
    writeFileSync(file, edited);
    doc.removeAnswer("2.1");
    expect(doc.save()).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(edited.replace('  "2.1": {value: 1}\n', ""));
  });

  it("in a file edited meanwhile as well: removed there too, and moved (it was left in place beside the new code)", () => {
    const cases: [(doc: AgencyDoc) => void, string[]][] = [[(doc) => doc.removeAnswer("1.6"), ["1.5", "2.1"]], [(doc) => doc.moveAnswer("1.6", "1.7"), ["1.5", "1.7", "2.1"]]];
    for (const [edit, expected] of cases) {
      const file = fileNamed("edited-stale");
      writeFileSync(file, OLD);
      const doc = AgencyDoc.open(file)!;
      writeFileSync(file, OLD.replace("{value: 1}", "{value: 1} # sửa tay"));
      edit(doc);
      expect(doc.save()).toBe(true);
      const out = readFileSync(file, "utf8");
      expect(out).toContain("# sửa tay");
      expect(keys(out)).toEqual(expected);
      if (expected.includes("1.7")) expect((parse(out) as { answers: Record<string, unknown> }).answers["1.7"]).toEqual({ value: 3, evidence: [{ number: "152/BC", date: "2025-09-15" }], verified: { value: 2, by: "Sở KH&CN" } });
    }
  });

  // init's block for the code moved to, as a caller gives it (template.ts's indicatorBlock), in the language asked.
  const block17 = (lang: "vi" | "en") => lang === "vi" ? ["1.7. Lãnh đạo tham gia (tối đa 10 điểm)", "  Trả lời: các mục đạt trong: truong, pho"] : ["1.7. Leaders taking part (max 10 points)", "  Answer: the items met among: truong, pho"];
  const INIT = ['answers:', '', '  # ═══ 1. Nhận thức số', '  # 1.5. Có cổng (tối đa 10 điểm)', '  #   Trả lời: ghi true (có) hoặc false (không)', '  "1.5":', '    value: true', '  # đổi mã ở phiên bản mới', '  # 1.6. Trưởng ban (tối đa 10 điểm)', '  #   Hướng dẫn: người ký quyết định', '  #   Trả lời: một trong: truong (Trưởng), pho (Phó)', '  # sửa tay: theo QĐ 12', '  "1.6":', '    value: pho', '  "2.1": {value: 1}', ''].join("\n");

  it("moved: init's block for the old code written again for the new one, in the file's language; the officer's own lines and the heading stay (the old question stood above the new code)", () => {
    const out = savedAfter(INIT, (doc) => doc.moveAnswer("1.6", "1.7", block17));
    expect(out).toBe(INIT.replace('"1.6":', '"1.7":').replace("  # 1.6. Trưởng ban (tối đa 10 điểm)\n  #   Hướng dẫn: người ký quyết định\n  #   Trả lời: một trong: truong (Trưởng), pho (Phó)\n", "  # 1.7. Lãnh đạo tham gia (tối đa 10 điểm)\n  #   Trả lời: các mục đạt trong: truong, pho\n"));
    // The file's first answer, whose comment the parser hangs on the answers: the same, the group's heading kept.
    const first = savedAfter(INIT.replace(/ {2}"2\.1".*\n/, ""), (doc) => doc.moveAnswer("1.5", "1.7", block17));
    expect(first).toContain('answers:\n\n  # ═══ 1. Nhận thức số\n  # 1.7. Lãnh đạo tham gia (tối đa 10 điểm)\n  #   Trả lời: các mục đạt trong: truong, pho\n  "1.7":\n    value: true\n');
    // In English where init wrote it in English.
    const en = INIT.replace("Trả lời: một trong", "Answer: one of");
    expect(savedAfter(en, (doc) => doc.moveAnswer("1.6", "1.7", block17))).toContain("  # sửa tay: theo QĐ 12\n".replace(/^/, "  # 1.7. Leaders taking part (max 10 points)\n  #   Answer: the items met among: truong, pho\n"));
  });

  it("moved, in a file indented by four: the answer and the block written again at four", () => {
    const four = (text: string) => text.replace(/^ +/gm, (spaces) => spaces + spaces);
    expect(savedAfter(four(INIT), (doc) => doc.moveAnswer("1.6", "1.7", block17))).toBe(four(savedAfter(INIT, (doc) => doc.moveAnswer("1.6", "1.7", block17))));
  });

  it("moved: a line the officer indented under init's block as init indents its own is kept, below the new block (it was taken for init's and dropped)", () => {
    const noted = INIT.replace("  #   Trả lời: một trong: truong (Trưởng), pho (Phó)\n", "  #   Trả lời: một trong: truong (Trưởng), pho (Phó)\n  #   ghi chú: hỏi lại Văn phòng UBND\n  #   Minh chứng: QĐ 12 bản giấy\n  #   Minh chứng: không bắt buộc nhưng nên có\n");
    const out = savedAfter(noted, (doc) => doc.moveAnswer("1.6", "1.7", block17));
    expect(out).toContain("  # 1.7. Lãnh đạo tham gia (tối đa 10 điểm)\n  #   Trả lời: các mục đạt trong: truong, pho\n  #   ghi chú: hỏi lại Văn phòng UBND\n  #   Minh chứng: QĐ 12 bản giấy\n  #   Minh chứng: không bắt buộc nhưng nên có\n  # sửa tay: theo QĐ 12\n  \"1.7\":");
    expect(out).not.toContain("Trưởng ban");
    // init's own lines of the old block go, the evidence rule and the N/A line with them.
    const init = INIT.replace("  #   Trả lời: một trong: truong (Trưởng), pho (Phó)\n", "  #   Trả lời: một trong: truong (Trưởng), pho (Phó)\n  #   Minh chứng: bắt buộc khi có điểm, ít nhất 1; gồm số văn bản\n  #   Được phép trả lời không áp dụng: thay value bằng na: true và reason: \"lý do\"\n  #   Minh chứng: không bắt buộc\n  #   Chỉ dành cho cơ quan loại: department (Sở)\n");
    expect(savedAfter(init, (doc) => doc.moveAnswer("1.6", "1.7", block17))).toBe(savedAfter(INIT, (doc) => doc.moveAnswer("1.6", "1.7", block17)));
  });

  it("moved to a code of another group, in a file with init's group headings: put in that group's section, after its last answer (it stayed under the old group's heading)", () => {
    const GROUPS = ['answers:', '', '  # ═══ 1. Nhận thức số', '  # 1.1. Có cổng', '  #   Trả lời: ghi true', '  "1.1": {value: true}', '  # 1.5. Trưởng ban (tối đa 10 điểm)', '  #   Trả lời: một trong: truong, pho', '  # sửa tay: theo QĐ 12', '  "1.5": {value: pho}', '', '  # ═══ 2. Thể chế số', '  # 2.1. Kế hoạch', '  "2.1": {value: 1}', '', '  # ═══ 3. Hạ tầng số', '  # 3.1. Mạng', '  "3.1": {value: 2}', ''].join("\n");
    const block26 = (lang: "vi" | "en") => lang === "vi" ? ["2.6. Trưởng ban (tối đa 10 điểm)", "  Trả lời: một trong: truong, pho"] : ["2.6. Head", "  Answer: x"];
    const out = savedAfter(GROUPS, (doc) => doc.moveAnswer("1.5", "2.6", block26, ["2"]));
    expect(out).toBe(['answers:', '', '  # ═══ 1. Nhận thức số', '  # 1.1. Có cổng', '  #   Trả lời: ghi true', '  "1.1": {value: true}', '', '  # ═══ 2. Thể chế số', '  # 2.1. Kế hoạch', '  "2.1": {value: 1}', '  # 2.6. Trưởng ban (tối đa 10 điểm)', '  #   Trả lời: một trong: truong, pho', '  # sửa tay: theo QĐ 12', '  "2.6": {value: pho}', '', '  # ═══ 3. Hạ tầng số', '  # 3.1. Mạng', '  "3.1": {value: 2}', ''].join("\n"));
    // The first of its group moved to the last group: the old group's heading stays above the answer after it.
    const fromFirst = savedAfter(GROUPS, (doc) => doc.moveAnswer("2.1", "3.2", undefined, ["3"]));
    expect(fromFirst).toContain('  "1.5": {value: pho}\n\n  # ═══ 2. Thể chế số\n\n  # ═══ 3. Hạ tầng số\n  # 3.1. Mạng\n  "3.1": {value: 2}\n  # 2.1. Kế hoạch\n  "3.2": {value: 1}\n');
    // To a group whose heading is all that is left of it: under the heading, above the next group's.
    const emptied = savedAfter(fromFirst, (doc) => doc.moveAnswer("1.5", "2.6", block26, ["2"]));
    expect(emptied).toContain('  "1.1": {value: true}\n\n  # ═══ 2. Thể chế số\n  # 2.6. Trưởng ban (tối đa 10 điểm)\n  #   Trả lời: một trong: truong, pho\n  # sửa tay: theo QĐ 12\n  "2.6": {value: pho}\n\n  # ═══ 3. Hạ tầng số\n');
    // Within its group, or with no heading of the group moved to, or no headings at all: renamed where it stands.
    expect(savedAfter(GROUPS, (doc) => doc.moveAnswer("1.5", "1.6", undefined, ["1"]))).toBe(GROUPS.replace('"1.5":', '"1.6":'));
    expect(savedAfter(GROUPS, (doc) => doc.moveAnswer("1.5", "4.1", undefined, ["4"]))).toBe(GROUPS.replace('"1.5":', '"4.1":'));
    expect(savedAfter(OLD, (doc) => doc.moveAnswer("1.6", "3.1", undefined, ["3"]))).toBe(OLD.replace('"1.6":', '"3.1":'));
    for (const text of [GROUPS, emptied]) expect(parse(savedAfter(text, () => undefined))).toEqual(parse(text));
    // In a file edited meanwhile, where the move is made again: the same.
    const file = fileNamed("edited-moved-group");
    writeFileSync(file, GROUPS);
    const doc = AgencyDoc.open(file)!;
    writeFileSync(file, GROUPS.replace("{value: 2}", "{value: 3}"));
    doc.moveAnswer("1.5", "2.6", block26, ["2"]);
    expect(doc.save()).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(out.replace("{value: 2}", "{value: 3}"));
  });

  it("moved with no init's block above it: the comments stay as the officer wrote them, a line naming the code too", () => {
    expect(savedAfter(OLD, (doc) => doc.moveAnswer("1.6", "1.7", block17))).toBe(OLD.replace('"1.6":', '"1.7":'));
    const hand = 'answers:\n  # 1.6. hỏi lại sở\n  "1.6": {value: pho}\n';
    expect(savedAfter(hand, (doc) => doc.moveAnswer("1.6", "1.7", block17))).toBe(hand.replace('"1.6":', '"1.7":'));
  });

  it("moved in a file edited meanwhile: init's block written again there too", () => {
    const file = fileNamed("edited-moved-block");
    writeFileSync(file, INIT);
    const doc = AgencyDoc.open(file)!;
    const edited = INIT.replace("{value: 1}", "{value: 1} # sửa tay");
    writeFileSync(file, edited);
    doc.moveAnswer("1.6", "1.7", block17);
    expect(doc.save()).toBe(true);
    const out = readFileSync(file, "utf8");
    expect(out).toContain("  # 1.7. Lãnh đạo tham gia (tối đa 10 điểm)\n  #   Trả lời: các mục đạt trong: truong, pho\n  # sửa tay: theo QĐ 12\n  \"1.7\":");
    expect(out).not.toContain("Trưởng ban");
  });

  it("moved in a file edited meanwhile: the answer as the edit left it, renamed where it stands (the edit to it was lost, the session's copy put last)", () => {
    const file = fileNamed("edited-moved");
    writeFileSync(file, OLD);
    const doc = AgencyDoc.open(file)!;
    // In an editor, while assess asks what to do with 1.6: its level corrected.
    const edited = OLD.replace("value: 3 # theo thang DBI", "value: 4 # sửa tay");
    writeFileSync(file, edited);
    doc.moveAnswer("1.6", "1.7");
    expect(doc.save()).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(edited.replace('"1.6":', '"1.7":'));
    expect(doc.overwritten).toEqual([]);
  });
});

describe("AgencyDoc puts a new answer under a group heading written by hand, as the examples write them (\"# 2. Thể chế số\")", () => {
  // As initOrder gives it: each group's code, then its heading as an officer would write it, in both languages.
  const ORDER = ["1", "# 1. Một", "# 1. One", "1.1", "1.2", "2", "# 2. Hai", "# 2. Two", "2.1", "2.2", "3", "# 3. Ba", "# 3. Three", "3.1", "3.2"];
  const add = (text: string, code: string) => savedAfter(text, (doc) => { doc.inRubricOrder(ORDER); doc.setAnswer(code, { value: 9 }); });
  const HAND = 'answers:\n  # 1. Một\n  "1.1": {value: 1}\n\n  # 2. Hai\n  "2.2": {value: 2}\n\n  # 3. Ba\n  "3.1": {value: 3}\n';
  it.each([
    ["the first of its group: below its heading (it went above it, read as group one's)", "2.1", 'answers:\n  # 1. Một\n  "1.1": {value: 1}\n\n  # 2. Hai\n  "2.1":\n    value: 9\n  "2.2": {value: 2}\n\n  # 3. Ba\n  "3.1": {value: 3}\n'],
    ["the last of a group: above the next group's heading, as before", "1.2", 'answers:\n  # 1. Một\n  "1.1": {value: 1}\n  "1.2":\n    value: 9\n\n  # 2. Hai\n  "2.2": {value: 2}\n\n  # 3. Ba\n  "3.1": {value: 3}\n'],
    ["the next answer's own note stays above it", "2.1", null],
  ])("%s", (_name, code, want) => {
    if (want !== null) return expect(add(HAND, code)).toBe(want);
    const noted = HAND.replace('  # 2. Hai\n  "2.2"', '  # 2. Hai\n  # hỏi lại sở về 2.2\n  "2.2"');
    expect(add(noted, code)).toContain('  # 2. Hai\n  "2.1":\n    value: 9\n  # hỏi lại sở về 2.2\n  "2.2"');
  });

  it.each([
    ["in capitals, with a remark after the title", "  # 2. THỂ CHẾ SỐ (không chấm 2.3)\n", "Thể chế số"],
    ["in English", "  # 2. Digital institutions\n", "Digital institutions"],
    ["shortened to its first words", "  # 2. Hạ tầng\n", "Hạ tầng và Nền tảng số"],
  ])("a heading written %s is a heading", (_, line, title) => {
    const order = ["1", "# 1. Nhận thức số", "1.1", "2", `# 2. ${title}`, "2.1", "2.2"];
    const text = `answers:\n  "1.1": {value: 1}\n\n${line}  "2.2": {value: 2}\n`;
    const out = savedAfter(text, (doc) => { doc.inRubricOrder(order); doc.setAnswer("2.1", { value: 9 }); });
    expect(out).toBe(`answers:\n  "1.1": {value: 1}\n\n${line}  "2.1":\n    value: 9\n  "2.2": {value: 2}\n`);
  });

  it("an answer moved to another group (a stale code re-coded): under that group's heading written by hand (it stayed under the old group's)", () => {
    const text = 'answers:\n  # 1. Một\n  "1.1": {value: 1}\n  "1.2": {value: 5}\n\n  # 2. Hai\n  "2.1": {value: 2}\n\n  # 3. Ba\n  "3.1": {value: 3}\n';
    const out = savedAfter(text, (doc) => { doc.inRubricOrder(ORDER); doc.moveAnswer("1.2", "2.2", undefined, ["2"]); });
    expect(out).toBe('answers:\n  # 1. Một\n  "1.1": {value: 1}\n\n  # 2. Hai\n  "2.1": {value: 2}\n  "2.2": {value: 5}\n\n  # 3. Ba\n  "3.1": {value: 3}\n');
    // Without the rubric's order a line "# 2. Hai" cannot be told from a note: the answer stays where it stands, renamed.
    expect(savedAfter(text, (doc) => doc.moveAnswer("1.2", "2.2", undefined, ["2"]))).toBe(text.replace('"1.2"', '"2.2"'));
  });

  it("the file's first answer, right under its group's heading written by hand, moved to another group or removed: the heading stays (it went with the answer)", () => {
    const text = 'answers:\n  # 1. Một\n  "1.1": {value: 1}\n  "1.2": {value: 5}\n\n  # 2. Hai\n  "2.1": {value: 2}\n\n  # 3. Ba\n  "3.1": {value: 3}\n';
    const moved = savedAfter(text, (doc) => { doc.inRubricOrder(ORDER); doc.moveAnswer("1.1", "2.2", undefined, ["2"]); });
    expect(moved).toBe('answers:\n  # 1. Một\n  "1.2": {value: 5}\n\n  # 2. Hai\n  "2.1": {value: 2}\n  "2.2": {value: 1}\n\n  # 3. Ba\n  "3.1": {value: 3}\n');
    const removed = savedAfter(text, (doc) => { doc.inRubricOrder(ORDER); doc.removeAnswer("1.1"); });
    expect(removed).toBe(text.replace('  "1.1": {value: 1}\n', ""));
    // Its own note, below the heading, goes with it.
    const noted = text.replace('  "1.1"', '  # hỏi lại sở\n  "1.1"');
    expect(savedAfter(noted, (doc) => { doc.inRubricOrder(ORDER); doc.removeAnswer("1.1"); })).toBe(text.replace('  "1.1": {value: 1}\n', ""));
  });

  it("a numbered note under a group's heading stays with the next answer", () => {
    const text = 'answers:\n  # 1. Một\n  "1.1": {value: 1}\n\n  # 2. Hai\n  # 1. Biên bản quý I còn thiếu\n  "2.2": {value: 2}\n';
    expect(add(text, "2.1")).toBe('answers:\n  # 1. Một\n  "1.1": {value: 1}\n\n  # 2. Hai\n  "2.1":\n    value: 9\n  # 1. Biên bản quý I còn thiếu\n  "2.2": {value: 2}\n');
  });

  it("a group left with its heading only: under it, the next group's heading below with the blank line above it", () => {
    const emptied = 'answers:\n  # 1. Một\n  "1.1": {value: 1}\n\n  # 2. Hai\n\n  # 3. Ba\n  "3.1": {value: 3}\n';
    expect(add(emptied, "2.1")).toBe('answers:\n  # 1. Một\n  "1.1": {value: 1}\n\n  # 2. Hai\n  "2.1":\n    value: 9\n\n  # 3. Ba\n  "3.1": {value: 3}\n');
  });

  it.each([
    ["an indicator's code", '  # 2.2. xem lại\n'],
    ["a code the rubric lacks", '  # 5. ghi chú\n'],
    ["no full stop after the code", '  # 2 sở chưa gửi\n'],
    ["a group's code, then no title of it: a numbered note", '  # 1. Biên bản quý I còn thiếu\n  # 2. Chờ Sở Nội vụ xác nhận\n'],
    ["a group's code, then another group's title", '  # 2. Một\n'],
    ["a group's code, then its title cut inside a word", '  # 2. Ha\n'],
  ])("a line with %s is a note, the next answer's own: the new answer goes above it", (_, line) => {
    const text = `answers:\n  "1.1": {value: 1}\n${line}  "2.2": {value: 2}\n`;
    expect(add(text, "2.1")).toBe(`answers:\n  "1.1": {value: 1}\n  "2.1":\n    value: 9\n${line}  "2.2": {value: 2}\n`);
  });

  it("in an example file, the first answer of group 2 taken out and given again: back under \"# 2. Thể chế số\"", () => {
    const example = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
    const removed = savedAfter(example, (doc) => doc.removeAnswer("2.1"));
    expect(removed).toMatch(/# 2\. Thể chế số\n {2}"2\.2":/);
    const again = savedAfter(removed, (doc) => { doc.inRubricOrder(initOrder(loadedSo())); doc.setAnswer("2.1", { value: { a: 2, b: 3 } }); });
    expect(again).toMatch(/"1\.6":[^#]*\n\n {2}# 2\. Thể chế số\n {2}"2\.1":\n {4}value: \{ ?a: 2, b: 3 ?\}\n {2}"2\.2":/);
  });
});

function loadedSo(): Rubric {
  const loaded = loadRubric("rubrics/dti-cap-so.yaml");
  if (!loaded.ok) throw new Error("dti-cap-so does not load");
  return loaded.loaded.rubric;
}
