import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import type { Answer } from "../../src/core/agency.js";
import { agencyDocFolder } from "../helpers/saved-after.js";
import { EditedMeanwhileError } from "../../src/io/write-atomic.js";
import { parse } from "yaml";

const { dir, fileNamed, savedAfter } = agencyDocFolder();

// What init writes: each indicator's comment block follows the previous indicator's empty value.
const TEMPLATE = [
  "answers:",
  "",
  "  # ═══ 1. Nhận thức số",
  "  # 1.1. Số cuộc họp",
  '  "1.1":',
  "    value:",
  "  # 1.2. Trưởng ban chỉ đạo",
  "  #   Trả lời: một trong: thu-truong, cap-pho",
  '  "1.2":',
  "    value:",
  "",
  "  # ═══ 2. Thể chế số",
  '  "2.1":',
  "    value:",
  "",
].join("\n");

// A hand-written file (the examples'): group headings "# 2. Thể chế số", the officer's note as an answer's last line.
const HAND_GROUPS = [
  "answers:",
  "  # 1. Nhận thức số",
  '  "1.6":',
  "    value: 4",
  "    evidence:",
  "      - {number: 215/BC-STC, date: \"2025-09-12\"}",
  "    # kiểm tra lại số liệu",
  "",
  "  # 2. Thể chế số",
  '  "2.2":',
  "    value: 95",
  "",
].join("\n");

const HAND_GROUPS_CRLF = HAND_GROUPS.replace(/\n/g, "\r\n");
const NESTED_ITEM = 'answers:\n  "1.6":\n    value: 4\n    evidence:\n      - number: x\n        title: y\n        # bản scan\n    # kiểm tra lại\n\n  # 2. Thể chế số\n  "2.2":\n    value: 1\n';
// An officer's note under a question not answered yet, at its answer's keys' column, then the next group's heading.
const NOTE_UNANSWERED = 'answers:\n  "2.1":\n    value:\n    # hỏi lại phòng Tổ chức\n\n  # 3. Hạ tầng số\n  "3.1":\n    value:\n';
// An officer's note under an answer's value, indented deeper than the answer's keys, then a blank line.
const DEEPER_NOTE = 'answers:\n  "2.1":\n    value: 1\n      # kiểm tra lại\n\n  "2.2":\n    value: 2\n';
const THREE_DEPTHS = 'answers:\n  "1.6":\n    value:\n      a: 1\n      b: 2\n      # trong giá trị\n    # kiểm tra lại\n  # 2. Thể chế số\n# hết\n';

describe("AgencyDoc keeps what a person or init wrote", () => {
  it.each([
    ["a template, answering the first indicator", TEMPLATE, (d: AgencyDoc) => d.setAnswer("1.1", { value: 4 }), TEMPLATE.replace('"1.1":\n    value:', '"1.1":\n    value: 4')],
    ["a template, answering the one before a group heading", TEMPLATE, (d: AgencyDoc) => d.setAnswer("1.2", { value: "cap-pho" }), TEMPLATE.replace('"1.2":\n    value:', '"1.2":\n    value: cap-pho')],
    ["a template, saved untouched", TEMPLATE, () => undefined, TEMPLATE],
    ["a flag set on an unanswered template entry", TEMPLATE, (d: AgencyDoc) => d.setFlag("1.1", true), TEMPLATE.replace('"1.1":\n    value:', '"1.1":\n    value:\n    flag: true')],
    ["a note beside a value, the value changed",
      'answers:\n  "1.1":\n    value: 3  # theo báo cáo 2025\n    note: x\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 4, note: "x" }),
      'answers:\n  "1.1":\n    value: 4  # theo báo cáo 2025\n    note: x\n'],
    ["a comment above an entry of an answer, evidence added",
      'answers:\n  "1.1":\n    # số liệu của văn phòng\n    value: 3\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 3, evidence: [{ number: "1/KH" }] }),
      'answers:\n  "1.1":\n    # số liệu của văn phòng\n    value: 3\n    evidence:\n      - {number: 1/KH}\n'],
    ["a header's own-line comment and the block after it",
      "agency:\n  id:    # mã cơ quan\n  # tên đầy đủ\n  name:\n",
      (d: AgencyDoc) => d.setHeader(["agency", "id"], "qb-x"),
      "agency:\n  id: qb-x # mã cơ quan\n  # tên đầy đủ\n  name:\n"],
    ["a comment after the last empty value",
      'answers:\n  "1.1":\n    value:\n# hết\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 1 }),
      'answers:\n  "1.1":\n    value: 1\n# hết\n'],
    ["evidence given again unchanged: left as written (comments, block items, its place)",
      'answers:\n  "1.1":\n    value: 4\n    # minh chứng\n    evidence:\n      # quý 1\n      - {number: 15/KH, date: 2025-02-10}  # bản scan\n      - number: 16/BB\n        title: Biên bản  # quý 2\n    note: x\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 5, evidence: [{ number: "15/KH", date: "2025-02-10" }, { number: "16/BB", title: "Biên bản" }], note: "x" }),
      'answers:\n  "1.1":\n    value: 5\n    # minh chứng\n    evidence:\n      # quý 1\n      - {number: 15/KH, date: 2025-02-10}  # bản scan\n      - number: 16/BB\n        title: Biên bản  # quý 2\n    note: x\n'],
    ["the collector's verified block, unchanged, is left as written",
      'answers:\n  "4.3":\n    value: {a: 40, b: 50}\n    verified:\n      value: {a: 38, b: 50}   # 2 người chưa có chứng chỉ\n      by: Sở KH&CN  # đoàn số 3\n',
      (d: AgencyDoc) => d.setAnswer("4.3", { value: { a: 41, b: 50 }, verified: { value: { a: 38, b: 50 }, by: "Sở KH&CN" } }),
      'answers:\n  "4.3":\n    value: {a: 41, b: 50}\n    verified:\n      value: {a: 38, b: 50}   # 2 người chưa có chứng chỉ\n      by: Sở KH&CN  # đoàn số 3\n'],
    ["a header written again: what did not change stays as written, quotes and comments included",
      'rubric: {id: mini, version: "1"}  # năm nay\nagency:\n  id: qb-stp   # đừng đổi\n  name: Sở Tư pháp\nsubmitted: "2025-09-25"\n',
      (d: AgencyDoc) => { d.setHeader(["rubric"], { id: "mini", version: "1" }); d.setHeader(["agency"], { id: "qb-stp", name: "Sở Tư pháp tỉnh" }); d.setHeader(["submitted"], "2025-09-25"); },
      'rubric: {id: mini, version: "1"}  # năm nay\nagency:\n  id: qb-stp   # đừng đổi\n  name: Sở Tư pháp tỉnh\nsubmitted: "2025-09-25"\n'],
    ["evidence written in flow mappings over several lines, another answer changed: left as written",
      'answers:\n  "1.1":\n    value: {a: 40,\n            b: 50}\n    evidence:\n      - {number: 15/KH-STC, date: "2025-02-10",\n         title: "Kế hoạch chuyển đổi số\n           năm 2025"}\n  "1.2":\n    value: 1\n',
      (d: AgencyDoc) => d.setAnswer("1.2", { value: 2 }),
      'answers:\n  "1.1":\n    value: {a: 40,\n            b: 50}\n    evidence:\n      - {number: 15/KH-STC, date: "2025-02-10",\n         title: "Kế hoạch chuyển đổi số\n           năm 2025"}\n  "1.2":\n    value: 2\n'],
    ["a note wrapped over several lines by hand, another answer changed: left as written",
      'answers:\n  "1.1":\n    value: 4\n    note: Số liệu lấy từ Hệ thống\n      thông tin báo cáo của tỉnh,\n      quý III/2025\n  "1.2":\n    value: 1\n',
      (d: AgencyDoc) => d.setAnswer("1.2", { value: 2 }),
      'answers:\n  "1.1":\n    value: 4\n    note: Số liệu lấy từ Hệ thống\n      thông tin báo cáo của tỉnh,\n      quý III/2025\n  "1.2":\n    value: 2\n'],
    ["a flag on an empty entry keeps the comment beside it (after the entry it now has)",
      'answers:\n  "1.1":   # hỏi chị Hoa\n  "1.2":\n    value: 1\n',
      (d: AgencyDoc) => d.setFlag("1.1", true),
      'answers:\n  "1.1":\n    value: "?"\n    flag: true\n    # hỏi chị Hoa\n  "1.2":\n    value: 1\n'],
    ["answers added to `answers: {}` (a file saved before its first answer) go one per block, not on that line",
      'period: "2025"\nanswers: {}\n',
      (d: AgencyDoc) => { d.setAnswer("1.1", { value: 4, evidence: [{ number: "12/KH" }] }); d.setAnswer("1.2", { na: true, reason: "x" }); },
      'period: "2025"\nanswers:\n  "1.1":\n    value: 4\n    evidence:\n      - {number: 12/KH}\n  "1.2":\n    na: true\n    reason: x\n'],
    ["a header key the hand-written file lacks goes above the answers, not after the last one",
      'rubric: {id: mini, version: "1"}\nagency:\n  id: qb-stp\nanswers:\n  "1.1":\n    value: 4\n',
      (d: AgencyDoc) => { d.setHeaderField(["period"], "2025"); d.setHeaderField(["respondent", "name"], "Lê Văn B"); },
      'rubric: {id: mini, version: "1"}\nagency:\n  id: qb-stp\nperiod: "2025"\nrespondent:\n  name: Lê Văn B\nanswers:\n  "1.1":\n    value: 4\n'],
    ["a whole header mapping the file lacks goes above the answers too",
      'answers:\n  "1.1":\n    value: 4\n',
      (d: AgencyDoc) => d.setHeader(["agency"], { id: "qb-stp", name: "Sở Tư pháp" }),
      'agency:\n  id: qb-stp\n  name: Sở Tư pháp\nanswers:\n  "1.1":\n    value: 4\n'],
    ["a file without answers gets the missing header key at the end, as before",
      'agency:\n  id: qb-stp\n',
      (d: AgencyDoc) => d.setHeaderField(["period"], "2025"),
      'agency:\n  id: qb-stp\nperiod: "2025"\n'],
    ["a comment on the line of a key holding a block mapping or list stays on that line, the answer untouched or changed",
      'agency:   # như năm trước\n  id: qb-stp\nanswers:\n  "1.1":   # đã bổ sung\n    # số liệu của văn phòng\n    value: 3\n    evidence:  # bản scan\n      - {number: 1/KH}\n  "1.2":   # hỏi chị Lan\n    value: 1\n',
      (d: AgencyDoc) => d.setAnswer("1.2", { value: 2 }),
      'agency:   # như năm trước\n  id: qb-stp\nanswers:\n  "1.1":   # đã bổ sung\n    # số liệu của văn phòng\n    value: 3\n    evidence:  # bản scan\n      - {number: 1/KH}\n  "1.2":   # hỏi chị Lan\n    value: 2\n'],
    ["a comment block after a blank line at the end of the file keeps the blank line",
      'answers:\n  "1.1":\n    value:\n  "5.18":\n    value:\n\n# Ghi chú cuối tệp\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 1 }),
      'answers:\n  "1.1":\n    value: 1\n  "5.18":\n    value:\n\n# Ghi chú cuối tệp\n'],
    ["a checklist, parts and a part's fraction given: on one line, as a fraction is and as a person writes them",
      'answers:\n  "1.1":\n    value: 1\n',
      (d: AgencyDoc) => {
        d.inRubricOrder(["1.1", "1.3", "3.2", "6.2.2"]);
        d.setAnswer("1.3", { value: ["du-hop-tinh", "chu-tri-hop"] });
        d.setAnswer("3.2", { value: { "ket-noi": { a: 6, b: 7 }, "ung-dung": 4 } });
        d.setAnswer("6.2.2", { value: { "muc-3": 5, "muc-4": 4 } });
      },
      'answers:\n  "1.1":\n    value: 1\n  "1.3":\n    value: [du-hop-tinh, chu-tri-hop]\n  "3.2":\n    value:\n      ket-noi: {a: 6, b: 7}\n      ung-dung: 4\n  "6.2.2":\n    value: {muc-3: 5, muc-4: 4}\n'],
    // The parser hangs the heading on 1.6's value with the comment above it: it was saved at 1.6's keys' column.
    ["a comment after an answer's last line, a blank line, then the next group's heading: the heading stays where it was",
      HAND_GROUPS, () => undefined, HAND_GROUPS],
    ["the same, the first answer of the heading's group answered: under the heading",
      HAND_GROUPS, (d: AgencyDoc) => { d.inRubricOrder(["1.6", "2", "# 2. Thể chế số", "2.1", "2.2"]); d.setAnswer("2.1", { value: 1 }); },
      HAND_GROUPS.replace('  "2.2"', '  "2.1":\n    value: 1\n  "2.2"')],
    ["the same after the file's last answer: the heading closes the answers at its column",
      'answers:\n  "1.6":\n    value: 4\n    evidence:\n      - {number: 215/BC}\n    # kiểm tra lại\n\n  # 2. Thể chế số\n',
      (d: AgencyDoc) => d.setAnswer("1.6", { value: 3, evidence: [{ number: "215/BC" }] }),
      'answers:\n  "1.6":\n    value: 3\n    evidence:\n      - {number: 215/BC}\n    # kiểm tra lại\n\n  # 2. Thể chế số\n'],
    ["a heading written right under an answer's last line, no blank line: it stays at its column",
      'answers:\n  "1.6":\n    value: 4\n    # kiểm tra lại\n  # 2. Thể chế số\n  "2.2":\n    value: 95\n', () => undefined,
      'answers:\n  "1.6":\n    value: 4\n    # kiểm tra lại\n  # 2. Thể chế số\n  "2.2":\n    value: 95\n'],
    ["comments at several depths after an answer's evidence item in block style: the item's, the answer's, then the heading", NESTED_ITEM, () => undefined, NESTED_ITEM],
    ["after the file's last answer, lines at three depths (the answer's value's, the answer's, the answers'), then the file's", THREE_DEPTHS, () => undefined, THREE_DEPTHS],
    ["a comment after an answer's last line, then a group's heading, with Windows line ends", HAND_GROUPS_CRLF, () => undefined, HAND_GROUPS_CRLF],
    // The parser hangs the lines after an empty value on it: they were all put before the next answer, at its column.
    ["a note under an unanswered question, at its keys' column, then the next group's heading: each stays where it was",
      NOTE_UNANSWERED, () => undefined, NOTE_UNANSWERED],
    ["the same, the question answered: the note stays under its answer",
      NOTE_UNANSWERED, (d: AgencyDoc) => d.setAnswer("2.1", { value: 4 }), NOTE_UNANSWERED.replace("    value:\n    # hỏi", "    value: 4\n    # hỏi")],
    ["the same, the question's answer taken out: its note goes with it, the heading stays",
      NOTE_UNANSWERED, (d: AgencyDoc) => d.removeAnswer("2.1"), 'answers:\n  # 3. Hạ tầng số\n  "3.1":\n    value:\n'],
    ["after the file's last answer, empty, a note at its keys' column, a blank line, then the file's closing comment",
      'answers:\n  "2.1":\n    value:\n    # chưa có số liệu\n\n# hết\n', () => undefined, 'answers:\n  "2.1":\n    value:\n    # chưa có số liệu\n\n# hết\n'],
    ["the same with Windows line ends", NOTE_UNANSWERED.replace(/\n/g, "\r\n"), () => undefined, NOTE_UNANSWERED.replace(/\n/g, "\r\n")],
    // The parser hangs a comment line indented deeper than the keys on the value above it: it was saved on that value's line.
    ["a note indented deeper than its answer's keys, under a value: saved untouched, it stays on its line and column", DEEPER_NOTE, () => undefined, DEEPER_NOTE],
    ["a note at its answer's keys' column under an empty value, a blank line, the question answered: the blank line stays", 'answers:\n  "2.1":\n    value:\n    # x\n\n  "2.2":\n    value: 2\n',
      (d: AgencyDoc) => d.setAnswer("2.1", { value: 3 }), 'answers:\n  "2.1":\n    value: 3\n    # x\n\n  "2.2":\n    value: 2\n'],
    ["the same, that answer changed", DEEPER_NOTE, (d: AgencyDoc) => d.setAnswer("2.1", { value: 3 }), DEEPER_NOTE.replace("value: 1\n", "value: 3\n")],
    ["the same, the next answer changed", DEEPER_NOTE, (d: AgencyDoc) => d.setAnswer("2.2", { value: 3 }), DEEPER_NOTE.replace("value: 2\n", "value: 3\n")],
    ["the same under an empty value, the question answered", DEEPER_NOTE.replace("value: 1\n", "value:\n"), (d: AgencyDoc) => d.setAnswer("2.1", { value: 3 }), DEEPER_NOTE.replace("value: 1\n", "value: 3\n")],
    ["a note of two lines indented deeper, the next answer changed", DEEPER_NOTE.replace("      # kiểm tra lại\n", "        # kiểm tra lại\n        # số liệu quý 3\n"),
      (d: AgencyDoc) => d.setAnswer("2.2", { value: 3 }), DEEPER_NOTE.replace("      # kiểm tra lại\n", "        # kiểm tra lại\n        # số liệu quý 3\n").replace("value: 2\n", "value: 3\n")],
    ["a note indented deeper under a fraction (`{a: 2, b: 3}`), the next answer changed", DEEPER_NOTE.replace("value: 1\n", "value: {a: 2, b: 3}\n"),
      (d: AgencyDoc) => d.setAnswer("2.2", { value: 3 }), DEEPER_NOTE.replace("value: 1\n", "value: {a: 2, b: 3}\n").replace("value: 2\n", "value: 3\n")],
    ["a note indented deeper under a value with a comment on its line: each stays on its line", 'answers:\n  "2.1":\n    value: 1   # theo báo cáo\n      # hỏi lại\n  "2.2":\n    value: 2\n',
      (d: AgencyDoc) => d.setAnswer("2.2", { value: 3 }), 'answers:\n  "2.1":\n    value: 1   # theo báo cáo\n      # hỏi lại\n  "2.2":\n    value: 3\n'],
    ["a note indented deeper under a short answer (`\"2.1\": yes`), the next one changed", 'answers:\n  "2.1": yes\n    # ghi chú\n  "2.2": no\n',
      (d: AgencyDoc) => d.setAnswer("2.2", { value: 3 }), 'answers:\n  "2.1": yes\n    # ghi chú\n  "2.2":\n    value: 3\n'],
  ])("%s", (_, before, edit, after) => {
    expect(savedAfter(before, edit)).toBe(after);
  });

  it("a note under a fraction written over two lines (`{a: 1,` then `b: 2}`), the answer changed: still under it, no blank line put above it", () => {
    const out = savedAfter('answers:\n  "2.2":\n    value: {a: 1,\n      b: 2}\n      # sâu\n', (d) => d.setAnswer("2.2", { value: 3 }));
    expect(out).toMatch(/^answers:\n {2}"2\.2":\n {4}value: 3\n {4,6}# sâu\n$/);
  });

  it("writes a byte-order mark back when the file had one (Notepad), and none when it had none", () => {
    const withBom = savedAfter(`\uFEFF${TEMPLATE}`, (d) => d.setAnswer("1.1", { value: 4 }));
    expect(withBom.startsWith("\uFEFFanswers:")).toBe(true);
    expect(withBom.slice(1)).toBe(TEMPLATE.replace('"1.1":\n    value:', '"1.1":\n    value: 4'));
    expect(savedAfter(TEMPLATE, (d) => d.setAnswer("1.1", { value: 4 })).startsWith("answers:")).toBe(true);
  });

  it("a file written decomposed (NFD, a Mac editor), an answer's value changed: its evidence and note stay as written", () => {
    const before = 'answers:\n  "1.1":\n    value: 3\n    evidence:\n      # quý 1\n      - {number: "15/KH", title: "Kế hoạch"} # bản scan\n      - number: 16/BB\n        title: Biên bản họp # quý 2\n    note: Ghi chú đủ\n'.normalize("NFD");
    // As assess asks it again: the answer as the session holds it (composed), the value changed, the evidence kept.
    const out = savedAfter(before, (d) => d.setAnswer("1.1", { ...(d.data().answers!["1.1"] as Answer), value: 4 }));
    expect(out).toBe(before.replace("value: 3", "value: 4"));
  });

  // A fraction typed by hand with a decimal comma (`b: 74,5`: the comma splits it, "5" read as a key of its own) was
  // printed `{a: 71, b: 74, "5"}` by a save of another answer: the officer's text, the one its error points at, was gone.
  it("a line the save did not change but prints otherwise (a decimal comma in a fraction) stays as the officer wrote it", () => {
    const before = '\uFEFFanswers:\r\n  "3.1":\r\n    value: {a: 71, b: 74,5}\r\n  "1.6":\r\n    value: 2\r\n';
    expect(savedAfter(before, (d) => d.setAnswer("1.6", { value: 3 }))).toBe(before.replace("value: 2", "value: 3"));
  });

  // Kept as written only where it reads as the answer saved: `1.000` (asked whether 1000 was meant) answered 1 stayed
  // `1.000`, asked again at the next read; `{1.1: 5, 1.10: 3}` (read as one key 1.1 on the line alone) answered
  // `{"1.1": 3}` stayed, 1.10 and the old 5 with it.
  it.each([
    ["a number in doubt, answered", "value: 1.000", 1, "value: 1"],
    ["a hex number, answered", "value: 0x10", 16, "value: 16"],
    ["keys 1.1 and 1.10, one of them removed", "value: {1.1: 5, 1.10: 3}", { "1.1": 3 }, 'value: {"1.1": 3}'],
  ])("a line the save changed is not kept as written where its text only reads alike (%s)", (_, was, value, now) => {
    const before = `answers:\n  "1.1":\n    ${was}\n  "1.2":\n    value: 2\n`;
    expect(savedAfter(before, (d) => d.setAnswer("1.1", { value } as Answer))).toBe(before.replace(was, now));
  });

  it("saves a file with Windows line ends (CRLF) with CRLF on every line", () => {
    const crlf = TEMPLATE.replace(/\n/g, "\r\n");
    const out = savedAfter(crlf, (d) => d.setAnswer("1.1", { value: 4, evidence: [{ number: "1/KH" }] }));
    expect(out.split("\r\n").some((line) => line.includes("\n"))).toBe(false);
    expect(out).toContain('"1.1":\r\n    value: 4\r\n    evidence:\r\n      - {number: 1/KH}\r\n  # 1.2. Trưởng ban chỉ đạo\r\n');
  });
});

// A file an officer laid out by hand: two and three blank lines between groups and between answers, comments aligned.
const LAID_OUT = [
  'rubric: {id: mini, version: "1"}   # bản 2025',
  "agency:",
  "  id: qb-stp          # mã đơn vị",
  "  name: Sở Tư pháp    # tên đầy đủ",
  "  type: department",
  "",
  "",
  "answers:",
  "  # 1. Nhận thức số",
  '  "1.1":',
  "    value: 3          # theo biên bản",
  "    note: đủ          # chị Hoa xác nhận",
  "",
  "",
  '  "1.2":',
  "    value: cap-pho",
  "",
  "",
  "",
  "  # 2. Thể chế số",
  '  "2.1":',
  "    value:",
  '  "2.2":',
  "    value: 95         # ước tính",
  "",
].join("\n");

describe("AgencyDoc keeps the layout of the lines a save leaves as they were", () => {
  const answer11 = (d: AgencyDoc) => d.setAnswer("1.1", { value: 4, note: "đủ" });
  it.each([
    ["two blank lines between groups of the header, an answer given below them",
      LAID_OUT, (d: AgencyDoc) => d.setAnswer("2.1", { value: 1 }), LAID_OUT.replace('"2.1":\n    value:', '"2.1":\n    value: 1')],
    ["three blank lines between groups and two between answers, the answer between them changed",
      LAID_OUT, (d: AgencyDoc) => d.setAnswer("1.2", { value: "thu-truong" }), LAID_OUT.replace("value: cap-pho", "value: thu-truong")],
    ["aligned comments on header fields, another field changed: that line as assess writes it",
      LAID_OUT, (d: AgencyDoc) => d.setHeaderField(["agency", "name"], "Sở Tư pháp tỉnh Quảng Bình"),
      LAID_OUT.replace("  name: Sở Tư pháp    # tên đầy đủ", "  name: Sở Tư pháp tỉnh Quảng Bình # tên đầy đủ")],
    ["a comment aligned on the answer being changed: its changed line's comment at its column, its other lines and the other answers' kept",
      LAID_OUT, answer11, LAID_OUT.replace("    value: 3          # theo biên bản", "    value: 4          # theo biên bản")],
    ["the answer changed to a longer text than fits before its comment: one space",
      LAID_OUT, (d: AgencyDoc) => d.setAnswer("1.1", { value: "một giá trị dài", note: "đủ" }), LAID_OUT.replace("    value: 3          # theo biên bản", "    value: một giá trị dài # theo biên bản")],
    ["an answer moved to another code: its renamed key's comment at its column",
      'answers:\n  "1.6":     # đã bổ sung\n    value: 4\n  "2.2":     # hỏi lại\n    value: 95\n', (d: AgencyDoc) => d.moveAnswer("1.6", "1.7"),
      'answers:\n  "1.7":     # đã bổ sung\n    value: 4\n  "2.2":     # hỏi lại\n    value: 95\n'],
    ["a question answered on an empty value with a comment aligned beside it",
      'answers:\n  "2.1":\n    value:            # ước tính\n  "2.2":\n    value: 95         # đã có\n', (d: AgencyDoc) => d.setAnswer("2.1", { value: 80 }),
      'answers:\n  "2.1":\n    value: 80         # ước tính\n  "2.2":\n    value: 95         # đã có\n'],
    ["aligned comments on answers, a new answer added between them",
      LAID_OUT, (d: AgencyDoc) => { d.inRubricOrder(["1", "1.1", "1.2", "1.3", "2", "2.1", "2.2"]); d.setAnswer("1.3", { value: 2 }); },
      LAID_OUT.replace('    value: cap-pho\n', '    value: cap-pho\n  "1.3":\n    value: 2\n')],
    ["an answer moved into the next group: the blank lines above that group's heading keep their length",
      LAID_OUT, (d: AgencyDoc) => { d.inRubricOrder(["1", "# 1. Nhận thức số", "1.1", "1.2", "2", "# 2. Thể chế số", "2.1", "2.2", "2.3"]); d.moveAnswer("1.2", "2.3", undefined, ["2"]); },
      LAID_OUT.replace('\n\n  "1.2":\n    value: cap-pho\n', "").replace('    value: 95         # ước tính\n', '    value: 95         # ước tính\n  "2.3":\n    value: cap-pho\n')],
    ["an answer moved into another group: its lines as they were, comments aligned, its renamed key's comment at its column",
      LAID_OUT.replace('  "1.1":\n', '  "1.1":     # đã bổ sung\n'),
      (d: AgencyDoc) => { d.inRubricOrder(["1", "# 1. Nhận thức số", "1.1", "1.2", "2", "# 2. Thể chế số", "2.1", "2.2", "2.3"]); d.moveAnswer("1.1", "2.3", undefined, ["2"]); },
      LAID_OUT.replace('  "1.1":\n    value: 3          # theo biên bản\n    note: đủ          # chị Hoa xác nhận\n\n\n', "")
        .replace('    value: 95         # ước tính\n', '    value: 95         # ước tính\n  "2.3":     # đã bổ sung\n    value: 3          # theo biên bản\n    note: đủ          # chị Hoa xác nhận\n')],
    ["an answer moved within its group: the blank lines above it keep their length",
      LAID_OUT, (d: AgencyDoc) => { d.inRubricOrder(["1", "# 1. Nhận thức số", "1.1", "1.2", "1.3", "2", "# 2. Thể chế số", "2.1", "2.2"]); d.moveAnswer("1.2", "1.3", undefined, ["1"]); },
      LAID_OUT.replace('"1.2":', '"1.3":')],
    ["blank lines at the end of the file, an answer added at the end",
      'answers:\n  "1.1":\n    value: 1      # ghi chú\n\n\n', (d: AgencyDoc) => d.setAnswer("1.2", { value: 2 }),
      'answers:\n  "1.1":\n    value: 1      # ghi chú\n  "1.2":\n    value: 2\n\n\n'],
    ["tabs before comments, and spaces at a line's end",
      'agency:\n  id: qb-stp\t\t# mã\n  name: A \nanswers:\n  "1.1":\n    value:\t# chưa có\n', (d: AgencyDoc) => d.setAnswer("1.1", { value: 2 }),
      'agency:\n  id: qb-stp\t\t# mã\n  name: A \nanswers:\n  "1.1":\n    value: 2 # chưa có\n'],
    ["Windows line ends and a byte-order mark",
      `\uFEFF${LAID_OUT.replace(/\n/g, "\r\n")}`, answer11,
      `\uFEFF${LAID_OUT.replace("    value: 3          # theo biên bản", "    value: 4          # theo biên bản").replace(/\n/g, "\r\n")}`],
    ["evidence items aligned after their dash (`-   number: …`), another answer given",
      'answers:\n  "1.1":\n    value: 3\n    evidence:\n      -   number: 15/KH\n          date: "2025-02-10"\n      -   {number: 16/KH}\n  "1.2":\n    value:\n', (d: AgencyDoc) => d.setAnswer("1.2", { value: 1 }),
      'answers:\n  "1.1":\n    value: 3\n    evidence:\n      -   number: 15/KH\n          date: "2025-02-10"\n      -   {number: 16/KH}\n  "1.2":\n    value: 1\n'],
    ["answers under explicit keys (`? \"1.1\"` then `:`), one given",
      'answers:\n  ? "1.1"\n  : value: 3\n    note: đủ\n  ? "1.2"\n  :\n    value:\n', (d: AgencyDoc) => d.setAnswer("1.2", { value: 1 }),
      'answers:\n  ? "1.1"\n  : value: 3\n    note: đủ\n  ? "1.2"\n  :\n    value: 1\n'],
    ["the same, the answer whose first key is on the `:` line changed: its key as assess writes it, its other lines kept",
      'answers:\n  ? "1.1"\n  : value: 3\n    note: đủ   # chị Hoa\n  ? "1.2"\n  :\n    value:\n', (d: AgencyDoc) => d.setAnswer("1.1", { value: 4, note: "đủ" }),
      'answers:\n  "1.1":\n    value: 4\n    note: đủ   # chị Hoa\n  ? "1.2"\n  :\n    value:\n'],
    ["explicit keys with a comment on the `:` line (after the answer's first key, or alone), another answer given",
      'answers:\n  ? "1.1"\n  : value: 3   # theo biên bản\n    note: đủ\n  ? "1.2"\n  : # hỏi lại\n    value:\n  "1.3":\n    value:\n', (d: AgencyDoc) => d.setAnswer("1.3", { value: 1 }),
      'answers:\n  ? "1.1"\n  : value: 3   # theo biên bản\n    note: đủ\n  ? "1.2"\n  : # hỏi lại\n    value:\n  "1.3":\n    value: 1\n'],
    ["the same, the answer under the `: # comment` line flagged",
      'answers:\n  ? "1.2"\n  : # hỏi lại\n    value: 2\n', (d: AgencyDoc) => d.setFlag("1.2", true),
      'answers:\n  ? "1.2"\n  : # hỏi lại\n    value: 2\n    flag: true\n'],
    // YAML reads a comment line beginning with a tab at column 0: the next answer's, which takes it along when removed.
    ["a note under an answer's value after tabs, the answer changed: written above the answer YAML gives it to",
      'answers:\n  "1.1":\n    value: 3\n\t\t\t\t\t# hỏi lại\n  "1.2":\n    value: 1\n', (d: AgencyDoc) => d.setAnswer("1.1", { value: 4 }),
      'answers:\n  "1.1":\n    value: 4\n  # hỏi lại\n  "1.2":\n    value: 1\n'],
    ["text written decomposed (NFD, a Mac editor)",
      LAID_OUT.normalize("NFD"), (d: AgencyDoc) => d.setAnswer("2.1", { value: 1 }), LAID_OUT.normalize("NFD").replace('"2.1":\n    value:', '"2.1":\n    value: 1')],
  ])("%s", (_, before, edit, after) => {
    expect(savedAfter(before, edit)).toBe(after);
  });

  it("keeps it over saves in one session and in the next session's", () => {
    const f = fileNamed("l");
    writeFileSync(f, LAID_OUT);
    const doc = AgencyDoc.open(f)!;
    doc.setAnswer("2.1", { value: 1 });
    doc.save();
    doc.setAnswer("2.2", { value: 90 });
    doc.save();
    const expected = LAID_OUT.replace('"2.1":\n    value:', '"2.1":\n    value: 1').replace("value: 95         # ước tính", "value: 90         # ước tính");
    expect(readFileSync(f, "utf8")).toBe(expected);
    const next = AgencyDoc.open(f)!;
    next.setAnswer("1.2", { value: "khong" });
    next.save();
    expect(readFileSync(f, "utf8")).toBe(expected.replace("value: cap-pho", "value: khong"));
  });

  it("keeps the lines of a file edited meanwhile as the edit left them", () => {
    const f = fileNamed("l");
    writeFileSync(f, LAID_OUT);
    const doc = AgencyDoc.open(f)!;
    const edited = LAID_OUT.replace("    value: cap-pho", "    value: cap-pho     # sửa tay");
    writeFileSync(f, edited);
    doc.setAnswer("2.1", { value: 1 });
    expect(doc.save()).toBe(true);
    expect(readFileSync(f, "utf8")).toBe(edited.replace('"2.1":\n    value:', '"2.1":\n    value: 1'));
  });

  it("writes the line anew where its spaces are data: the answer's new text is the one saved", () => {
    // Only the spaces before "#" differ between the old and the new note: the old line kept would read as the old note.
    const out = savedAfter('answers:\n  "1.1":\n    value: 1\n    note: "xem   #3"\n', (d) => d.setAnswer("1.1", { value: 1, note: "xem #3" }));
    expect(parse(out).answers["1.1"].note).toBe("xem #3");
    // Blank lines inside a block text are its line breaks: the two kept would read as the old note.
    const blank = savedAfter('answers:\n  "1.1":\n    value: 1\n    note: |-\n      a\n\n\n      b\n', (d) => d.setAnswer("1.1", { value: 1, note: "a\n\nb" }));
    expect(parse(blank).answers["1.1"].note).toBe("a\n\nb");
    // A line of a block text written anew, " #" in it as in the line it replaces: not spaced as that line was.
    const hashed = savedAfter('answers:\n  "1.1":\n    value: 1\n    note: |-\n      a      # b\n      c\n', (d) => d.setAnswer("1.1", { value: 1, note: "z # b\nc" }));
    expect(parse(hashed).answers["1.1"].note).toBe("z # b\nc");
  });
});

// A file an officer saved from an editor set to indent by four spaces, lists under their key indented by four too.
const FOUR = [
  "agency:",
  "    id: qb-stp",
  "    name: Sở Tư pháp",
  "answers:",
  '    "1.1":',
  "        value: 3",
  "        evidence:",
  "            - number: 15/KH",
  '              date: "2025-02-10"',
  '    "1.2":',
  "        value:",
  "",
].join("\n");
// The same, the lists' items two spaces under their key (`indentSeq: false` in the printer's words).
const FOUR_SEQ_2 = FOUR.replace("            - number", "          - number").replace('              date', '            date');
// The same, the lists' items at their key's column, which the printer cannot write at four.
const FOUR_SEQ_0 = FOUR.replace("            - number", "        - number").replace('              date', '          date');
// HAND_GROUPS indented by four.
const FOUR_GROUPS = HAND_GROUPS.replace(/^ +/gm, (spaces) => spaces + spaces);
// A file indented by two, lists' items at their key's column, as many editors and tools write them.
const TWO_SEQ_0 = 'answers:\n  "1.1":\n    value: 3\n    evidence:\n    - {number: 15/KH}\n  "1.2":\n    value:\n';

describe("AgencyDoc keeps the file's own indentation", () => {
  const withEvidence = (d: AgencyDoc) => d.setAnswer("1.2", { value: 2, evidence: [{ number: "1/KH" }] });
  it.each([
    ["four spaces, a value changed: only that line changes", FOUR, (d: AgencyDoc) => d.setAnswer("1.1", { ...(d.data().answers!["1.1"] as Answer), value: 4 }),
      FOUR.replace("value: 3", "value: 4")],
    ["four spaces, a question answered with evidence: written at four, its list under its key as the file's",
      FOUR, withEvidence, FOUR.replace("        value:\n", "        value: 2\n        evidence:\n            - {number: 1/KH}\n")],
    ["four spaces, a new answer added: at four",
      FOUR, (d: AgencyDoc) => { d.inRubricOrder(["1.1", "1.2", "1.3"]); d.setAnswer("1.3", { value: 1, note: "x" }); }, `${FOUR}    "1.3":\n        value: 1\n        note: x\n`],
    ["four spaces, a header field added under a mapping: at four",
      FOUR, (d: AgencyDoc) => d.setHeaderField(["agency", "type"], "so-nganh"), FOUR.replace("    name: Sở Tư pháp\n", "    name: Sở Tư pháp\n    type: so-nganh\n")],
    ["four spaces, lists' items two under their key: kept so, a new list so",
      FOUR_SEQ_2, withEvidence, FOUR_SEQ_2.replace("        value:\n", "        value: 2\n        evidence:\n          - {number: 1/KH}\n")],
    ["four spaces, lists' items at their key's column, a value changed: only that line changes",
      FOUR_SEQ_0, (d: AgencyDoc) => d.setAnswer("1.1", { ...(d.data().answers!["1.1"] as Answer), value: 4 }), FOUR_SEQ_0.replace("value: 3", "value: 4")],
    ["four spaces, lists' items at their key's column: kept so, a new list so",
      FOUR_SEQ_0, withEvidence, FOUR_SEQ_0.replace("        value:\n", "        value: 2\n        evidence:\n        - {number: 1/KH}\n")],
    ["two spaces, lists' items at their key's column: kept so, a new list so",
      TWO_SEQ_0, withEvidence, TWO_SEQ_0.replace('"1.2":\n    value:\n', '"1.2":\n    value: 2\n    evidence:\n    - {number: 1/KH}\n')],
    ["three spaces: kept at three",
      'agency:\n   id: x\nanswers:\n   "1.1":\n      value:\n', (d: AgencyDoc) => d.setAnswer("1.1", { value: 1, note: "y" }), 'agency:\n   id: x\nanswers:\n   "1.1":\n      value: 1\n      note: y\n'],
    ["four spaces, a group's heading after an answer's last comment: saved untouched, each line as it was", FOUR_GROUPS, () => undefined, FOUR_GROUPS],
    ["the same, the first answer of the heading's group answered: under the heading, at four",
      FOUR_GROUPS, (d: AgencyDoc) => { d.inRubricOrder(["1.6", "2", "# 2. Thể chế số", "2.1", "2.2"]); d.setAnswer("2.1", { value: 1 }); },
      FOUR_GROUPS.replace('    "2.2"', '    "2.1":\n        value: 1\n    "2.2"')],
    // Two widths in one file: which one an answer written anew takes is not told; the save writes it as it always did.
    ["a file mixing two and four: written at two, as before",
      'agency:\n  id: x\nanswers:\n    "1.1":\n        value:\n', (d: AgencyDoc) => d.setAnswer("1.1", { value: 1 }), 'agency:\n  id: x\nanswers:\n  "1.1":\n    value: 1\n'],
  ])("%s", (_, before, edit, after) => {
    expect(savedAfter(before, edit)).toBe(after);
  });

  it("a file re-indented to four in an editor while assess runs: the next save keeps four", () => {
    const f = fileNamed("i");
    writeFileSync(f, 'answers:\n  "1.1":\n    value:\n  "1.2":\n    value:\n');
    const doc = AgencyDoc.open(f)!;
    doc.setAnswer("1.1", { value: 4 });
    doc.save();
    writeFileSync(f, 'answers:\n    "1.1":\n        value: 4\n    "1.2":\n        value:\n');
    doc.setAnswer("1.2", { value: 5 });
    doc.save();
    expect(readFileSync(f, "utf8")).toBe('answers:\n    "1.1":\n        value: 4\n    "1.2":\n        value: 5\n');
  });
});

describe("AgencyDoc keeps a note written above an entry the answer no longer has", () => {
  it.each([
    // The note under the value, above the evidence taken out: it stays under the value, at its column.
    ["under the value, the evidence taken out", 'answers:\n  "1.1":\n    value: 4\n      # hỏi lại văn phòng\n    evidence:\n      - {number: "05/TB"}\n  "1.2":\n    value: 1\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 2 }), 'answers:\n  "1.1":\n    value: 2\n      # hỏi lại văn phòng\n  "1.2":\n    value: 1\n'],
    ["above the evidence, a note after it kept", 'answers:\n  "1.1":\n    value: 4\n    # hỏi lại\n    evidence:\n      - {number: "05/TB"}\n    note: x\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 2, note: "x" }), 'answers:\n  "1.1":\n    value: 2\n    # hỏi lại\n    note: x\n'],
  ])("%s", (_, text, edit, expected) => {
    expect(savedAfter(text, edit)).toBe(expected);
  });
});

describe("AgencyDoc and anchors (`&ev`) another answer's alias (`*ev`) names", () => {
  // The officer wrote one list of documents once and named it for a second answer.
  const SHARED = 'answers:\n  "1.1":\n    value: 4\n    evidence: &ev\n      - {number: "05/TB"}\n      - {number: "19/TB"}\n  "1.2":\n    value: thu-truong\n    evidence: *ev\n  "1.3":\n    value: true\n';
  it.each([
    ["the anchored answer written over", (d: AgencyDoc) => d.setAnswer("1.1", { value: 2 }), { "1.1": { value: 2 } }],
    ["the anchored answer's evidence changed", (d: AgencyDoc) => d.setAnswer("1.1", { value: 4, evidence: [{ number: "7/KH" }] }), { "1.1": { value: 4, evidence: [{ number: "7/KH" }] } }],
    ["the anchored answer removed", (d: AgencyDoc) => d.removeAnswer("1.1"), { "1.1": undefined }],
    ["the aliasing answer written over", (d: AgencyDoc) => d.setAnswer("1.2", { value: "cap-pho" }), { "1.2": { value: "cap-pho" } }],
  ])("%s: the other answer keeps the documents it named, the file stays YAML", (_, edit, changed) => {
    const before = parse(SHARED).answers;
    const out = savedAfter(SHARED, edit);
    const expected = { ...before, ...changed };
    for (const [code, answer] of Object.entries(changed)) if (answer === undefined) delete expected[code];
    expect(parse(out).answers).toEqual(expected);
  });

  it("the anchored answer (a code the rubric does not have) moved to the next group, below the alias: the alias keeps its documents", () => {
    const text = 'answers:\n  # 1. Nhận thức số\n  "1.9":\n    value: 4\n    evidence: &ev\n      - {number: "05/TB"}\n  "1.2":\n    value: thu-truong\n    evidence: *ev\n\n  # 2. Thể chế số\n  "2.2":\n    value: 1\n';
    const out = savedAfter(text, (d) => {
      d.inRubricOrder(["1", "# 1. Nhận thức số", "1.1", "1.2", "2", "# 2. Thể chế số", "2.1", "2.2"]);
      d.moveAnswer("1.9", "2.1", undefined, ["2"]);
    });
    expect(out.indexOf('"2.1"')).toBeGreaterThan(out.indexOf("# 2. Thể chế số"));
    expect(parse(out).answers).toEqual({ "1.2": { value: "thu-truong", evidence: [{ number: "05/TB" }] }, "2.1": { value: 4, evidence: [{ number: "05/TB" }] }, "2.2": { value: 1 } });
  });
});

describe("AgencyDoc writes dates in quotes", () => {
  it("the day sent and evidence dates: a YAML 1.1 reader would take a plain 2025-09-25 for a date object", () => {
    const text = savedAfter('rubric: {id: dti-cap-so, version: "2025.1"}\nperiod: "2025"\nanswers:\n', (doc) => {
      doc.setHeaderField(["submitted"], "2025-09-01");
      doc.setAnswer("1.1", { value: true, evidence: [{ number: "1/KH", date: "2025-03-31" }] });
    });
    expect(text).toContain('submitted: "2025-09-01"');
    expect(text).toContain('date: "2025-03-31"');
    // Other text keeps its style: a number written as text still reads as text, plain where it can be.
    expect(text).toContain('number: 1/KH');
  });
});

describe("AgencyDoc writes a field asked and left empty", () => {
  it("empty, as init writes it, not as the word null; in a flow mapping as null", () => {
    const block = savedAfter('rubric: {id: dti-cap-so, version: "2025.1"}\nrespondent:\n  name: Lê Văn B\n  phone:         # optional\nanswers:\n', (doc) => {
      doc.setHeaderField(["respondent", "phone"], null);
      doc.setHeaderField(["respondent", "email"], null);
    });
    // phone, empty as it was, is the line as init aligned it; email, added, as init writes an empty field.
    expect(block).toContain("  phone:         # optional\n  email:\n");
    expect(parse(block).respondent).toEqual({ name: "Lê Văn B", phone: null, email: null });
    const flow = savedAfter('rubric: {id: dti-cap-so, version: "2025.1"}\nrespondent: {name: Lê Văn B, phone: 912}\nanswers:\n', (doc) => doc.setHeaderField(["respondent", "phone"], null));
    expect(flow).toContain("respondent: {name: Lê Văn B, phone: null}");
  });
});

describe("AgencyDoc.occupied", () => {
  it.each([
    ["an empty file", "", false],
    ["a byte-order mark and blank lines (Notepad's empty file)", "\uFEFF\r\n\n  \n", false],
    ["a comment alone", "# ghi chú\n", true],
    ["a header", "agency:\n  id: x\n", true],
  ])("%s: %s", (_, text, occupied) => {
    const file = fileNamed("o");
    writeFileSync(file, text);
    expect(AgencyDoc.occupied(file)).toBe(occupied);
  });

  it("Notepad's empty \"Unicode\" file (UTF-16 with its byte-order mark and a line end) is empty; with text in it, it is not", () => {
    const file = fileNamed("o");
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00]));
    expect(AgencyDoc.occupied(file)).toBe(false);
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("agency:\r\n", "utf16le")]));
    expect(AgencyDoc.occupied(file)).toBe(true);
  });

  it("an empty file filled in keeps the byte-order mark and the Windows line ends its editor gave it", () => {
    const file = fileNamed("o");
    writeFileSync(file, "\uFEFF\r\n");
    const doc = AgencyDoc.create(file, { rubric: { id: "mini", version: "1" }, agency: { id: "x", name: "Xã X", type: "commune" }, period: "2025" } as never, "vi");
    doc.save();
    const saved = readFileSync(file, "utf8");
    expect(saved.startsWith("\uFEFF")).toBe(true);
    expect(saved.split("\r\n").length).toBeGreaterThan(4);
    expect(saved.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("a file that does not exist is not occupied; a folder is", () => {
    expect(AgencyDoc.occupied(path.join(dir, "none.yaml"))).toBe(false);
    expect(AgencyDoc.occupied(dir)).toBe(true);
  });
});

describe("AgencyDoc and an edit made to the file while assess runs", () => {
  const file = () => fileNamed("m");

  it("keeps the hand edit and the answer given meanwhile", () => {
    const f = file();
    writeFileSync(f, 'answers:\n  "1.1":\n    value:\n  "1.6":\n    value:\n');
    const doc = AgencyDoc.open(f)!;
    doc.setAnswer("1.1", { value: 4 });
    doc.save();
    // In an editor, meanwhile:
    writeFileSync(f, readFileSync(f, "utf8").replace('"1.6":\n    value:', '"1.6":\n    value: 2  # sửa tay'));
    doc.setAnswer("1.2", { value: "cap-pho" });
    doc.save();
    const text = readFileSync(f, "utf8");
    expect(text).toContain('"1.6":\n    value: 2  # sửa tay');
    expect(text).toContain('"1.1":\n    value: 4');
    expect(text).toContain('"1.2":\n    value: cap-pho');
    expect(doc.data().answers).toEqual({ "1.1": { value: 4 }, "1.6": { value: 2 }, "1.2": { value: "cap-pho" } });
  });

  it("says which answer it wrote over when another window changed the same question meanwhile, and only that one", () => {
    const f = file();
    writeFileSync(f, 'answers:\n  "1.1":\n    value:\n  "1.4":\n    value: 1\n');
    const doc = AgencyDoc.open(f)!;
    doc.setAnswer("1.1", { value: 4 });
    doc.save();
    expect(doc.overwritten).toEqual([]);
    // Another window answers 1.4 and 1.6 meanwhile; this one answers 1.4 too, and 1.1 again as the file has it.
    writeFileSync(f, readFileSync(f, "utf8").replace('"1.4":\n    value: 1', '"1.4":\n    value: 3\n  "1.6":\n    value: 2'));
    doc.setAnswer("1.4", { value: 2 });
    doc.setAnswer("1.1", { value: 4 });
    expect(doc.save()).toBe(true);
    expect(doc.overwritten).toEqual([["answers", "1.4"]]);
    expect(doc.data().answers).toEqual({ "1.1": { value: 4 }, "1.4": { value: 2 }, "1.6": { value: 2 } });
    // The same answer given in both windows is no conflict.
    writeFileSync(f, readFileSync(f, "utf8").replace('"1.6":\n    value: 2', '"1.6":\n    value: 5'));
    doc.setAnswer("1.6", { value: 5 });
    doc.save();
    expect(doc.overwritten).toEqual([]);
  });

  it.each([
    ["emptied to a comment", "# tạm\n"],
    ["without its agency", 'rubric: {id: x, version: "1"}\nanswers: {}\n'],
    ["with answers that are no mapping", "agency: {id: a, name: A, type: department}\nanswers: 5\n"],
    ["with answers as a list", "agency: {id: a, name: A, type: department}\nanswers: [1]\n"],
  ])("does not write into a file an edit left %s (the save failed with an internal error, the answer lost)", (_, edit) => {
    const f = file();
    writeFileSync(f, 'agency: {id: a, name: A, type: department}\nanswers:\n  "1.1":\n    value:\n');
    const doc = AgencyDoc.open(f)!;
    writeFileSync(f, edit);
    doc.setAnswer("1.1", { value: 4 });
    expect(() => doc.save()).toThrow(EditedMeanwhileError);
    expect(readFileSync(f, "utf8")).toBe(edit);
  });

  it.each([
    ["answers left empty", "answers:\n"],
    ["no answers at all", ""],
  ])("takes the session's answer, removal and move into a file an edit left with %s (an internal error: Expected YAML collection at answers)", (_, answers) => {
    const head = "agency: {id: a, name: A, type: department}\n";
    const cases: [(doc: AgencyDoc) => void, Record<string, unknown> | undefined][] = [
      [(doc) => doc.setAnswer("1.1", { value: 4 }), { "1.1": { value: 4 } }],
      [(doc) => doc.removeAnswer("9.9"), undefined],
      [(doc) => doc.moveAnswer("9.9", "1.1"), { "1.1": { value: 3 } }],
    ];
    for (const [edit, expected] of cases) {
      const f = file();
      writeFileSync(f, `${head}answers:\n  "9.9":\n    value: 3\n`);
      const doc = AgencyDoc.open(f)!;
      // In an editor, meanwhile: every answer taken out.
      writeFileSync(f, head + answers);
      edit(doc);
      expect(doc.save()).toBe(true);
      const saved = parse(readFileSync(f, "utf8")) as { agency: unknown; answers?: Record<string, unknown> | null };
      expect(saved.agency).toEqual({ id: "a", name: "A", type: "department" });
      expect(saved.answers ?? undefined).toEqual(expected);
    }
  });

  it("does not write over a file an edit left unreadable", () => {
    const f = file();
    writeFileSync(f, 'answers:\n  "1.1":\n    value:\n');
    const doc = AgencyDoc.open(f)!;
    const broken = 'answers:\n  "1.1":\n    value: [1, 2\n';
    writeFileSync(f, broken);
    doc.setAnswer("1.1", { value: 4 });
    expect(() => doc.save()).toThrow(EditedMeanwhileError);
    expect(readFileSync(f, "utf8")).toBe(broken);
  });
});

describe.skipIf(process.platform === "win32")("AgencyDoc and two windows saving the same file", () => {
  it("keeps every answer of both when their saves come at once (a save read before the other's write wrote over it)", async () => {
    const f = fileNamed("w");
    writeFileSync(f, "agency: {id: so-a, name: Sở A, type: department}\nanswers: {}\n");
    // Two processes, each a session answering its own questions back to back: the built module, as assess runs it.
    const session = (tag: string) => new Promise<number | null>((resolve) => {
      const script = `import { AgencyDoc } from ${JSON.stringify(path.resolve("dist/assess/agency-doc.js"))};
        const doc = AgencyDoc.open(${JSON.stringify(f)});
        for (let i = 0; i < 60; i++) { doc.setAnswer("${tag}." + i, { value: i }); doc.save(); }`;
      spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "inherit" }).on("exit", resolve);
    });
    expect(await Promise.all([session("7"), session("8")])).toEqual([0, 0]);
    const codes = Object.keys((parse(readFileSync(f, "utf8")) as { answers: object }).answers);
    expect(codes.filter((c) => c.startsWith("7.")).length).toBe(60);
    expect(codes.filter((c) => c.startsWith("8.")).length).toBe(60);
  });
});
