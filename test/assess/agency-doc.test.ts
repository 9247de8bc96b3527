import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { agencyTemplate, initOrder } from "../../src/assess/template.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";
import { EditedMeanwhileError } from "../../src/io/write-atomic.js";
import { parse } from "yaml";

const dir = mkdtempSync(path.join(tmpdir(), "egov-agency-doc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** The file after opening `text`, applying `edit` and saving. */
function savedAfter(text: string, edit: (doc: AgencyDoc) => void): string {
  const file = path.join(dir, `a${n++}.yaml`);
  writeFileSync(file, text);
  const doc = AgencyDoc.open(file)!;
  edit(doc);
  doc.save();
  return readFileSync(file, "utf8");
}

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

describe("AgencyDoc keeps what a person or init wrote", () => {
  it.each([
    ["a template, answering the first indicator", TEMPLATE, (d: AgencyDoc) => d.setAnswer("1.1", { value: 4 }), TEMPLATE.replace('"1.1":\n    value:', '"1.1":\n    value: 4')],
    ["a template, answering the one before a group heading", TEMPLATE, (d: AgencyDoc) => d.setAnswer("1.2", { value: "cap-pho" }), TEMPLATE.replace('"1.2":\n    value:', '"1.2":\n    value: cap-pho')],
    ["a template, saved untouched", TEMPLATE, () => undefined, TEMPLATE],
    ["a flag set on an unanswered template entry", TEMPLATE, (d: AgencyDoc) => d.setFlag("1.1", true), TEMPLATE.replace('"1.1":\n    value:', '"1.1":\n    value:\n    flag: true')],
    ["a note beside a value, the value changed",
      'answers:\n  "1.1":\n    value: 3  # theo báo cáo 2025\n    note: x\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 4, note: "x" }),
      'answers:\n  "1.1":\n    value: 4 # theo báo cáo 2025\n    note: x\n'],
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
      'answers:\n  "1.1":\n    value: 5\n    # minh chứng\n    evidence:\n      # quý 1\n      - {number: 15/KH, date: 2025-02-10} # bản scan\n      - number: 16/BB\n        title: Biên bản # quý 2\n    note: x\n'],
    ["the collector's verified block, unchanged, is left as written",
      'answers:\n  "4.3":\n    value: {a: 40, b: 50}\n    verified:\n      value: {a: 38, b: 50}   # 2 người chưa có chứng chỉ\n      by: Sở KH&CN  # đoàn số 3\n',
      (d: AgencyDoc) => d.setAnswer("4.3", { value: { a: 41, b: 50 }, verified: { value: { a: 38, b: 50 }, by: "Sở KH&CN" } }),
      'answers:\n  "4.3":\n    value: {a: 41, b: 50}\n    verified:\n      value: {a: 38, b: 50} # 2 người chưa có chứng chỉ\n      by: Sở KH&CN # đoàn số 3\n'],
    ["a header written again: what did not change stays as written, quotes and comments included",
      'rubric: {id: mini, version: "1"}  # năm nay\nagency:\n  id: qb-stp   # đừng đổi\n  name: Sở Tư pháp\nsubmitted: "2025-09-25"\n',
      (d: AgencyDoc) => { d.setHeader(["rubric"], { id: "mini", version: "1" }); d.setHeader(["agency"], { id: "qb-stp", name: "Sở Tư pháp tỉnh" }); d.setHeader(["submitted"], "2025-09-25"); },
      'rubric: {id: mini, version: "1"} # năm nay\nagency:\n  id: qb-stp # đừng đổi\n  name: Sở Tư pháp tỉnh\nsubmitted: "2025-09-25"\n'],
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
    ["a comment block after a blank line at the end of the file keeps the blank line",
      'answers:\n  "1.1":\n    value:\n  "5.18":\n    value:\n\n# Ghi chú cuối tệp\n',
      (d: AgencyDoc) => d.setAnswer("1.1", { value: 1 }),
      'answers:\n  "1.1":\n    value: 1\n  "5.18":\n    value:\n\n# Ghi chú cuối tệp\n'],
  ])("%s", (_, before, edit, after) => {
    expect(savedAfter(before, edit)).toBe(after);
  });

  it("writes a byte-order mark back when the file had one (Notepad), and none when it had none", () => {
    const withBom = savedAfter(`\uFEFF${TEMPLATE}`, (d) => d.setAnswer("1.1", { value: 4 }));
    expect(withBom.startsWith("\uFEFFanswers:")).toBe(true);
    expect(withBom.slice(1)).toBe(TEMPLATE.replace('"1.1":\n    value:', '"1.1":\n    value: 4'));
    expect(savedAfter(TEMPLATE, (d) => d.setAnswer("1.1", { value: 4 })).startsWith("answers:")).toBe(true);
  });

  it("saves a file with Windows line ends (CRLF) with CRLF on every line", () => {
    const crlf = TEMPLATE.replace(/\n/g, "\r\n");
    const out = savedAfter(crlf, (d) => d.setAnswer("1.1", { value: 4, evidence: [{ number: "1/KH" }] }));
    expect(out.split("\r\n").some((line) => line.includes("\n"))).toBe(false);
    expect(out).toContain('"1.1":\r\n    value: 4\r\n    evidence:\r\n      - {number: 1/KH}\r\n  # 1.2. Trưởng ban chỉ đạo\r\n');
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
    expect(block).toContain("  phone: # optional\n  email:\n");
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
    const file = path.join(dir, `o${n++}.yaml`);
    writeFileSync(file, text);
    expect(AgencyDoc.occupied(file)).toBe(occupied);
  });

  it("Notepad's empty \"Unicode\" file (UTF-16 with its byte-order mark and a line end) is empty; with text in it, it is not", () => {
    const file = path.join(dir, `o${n++}.yaml`);
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00]));
    expect(AgencyDoc.occupied(file)).toBe(false);
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("agency:\r\n", "utf16le")]));
    expect(AgencyDoc.occupied(file)).toBe(true);
  });

  it("an empty file filled in keeps the byte-order mark and the Windows line ends its editor gave it", () => {
    const file = path.join(dir, `o${n++}.yaml`);
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
  const file = () => path.join(dir, `m${n++}.yaml`);

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
    expect(text).toContain('"1.6":\n    value: 2 # sửa tay');
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
    const f = path.join(dir, `w${n++}.yaml`);
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

describe("AgencyDoc puts a new answer in the rubric's order", () => {
  const ORDER = ["1.1", "1.2", "1.3", "2.1", "2.2"];
  const keys = (text: string) => [...text.matchAll(/^ {2}"([\d.]+)":/gm)].map((m) => m[1]);
  const added = (text: string, codes: string[]) => savedAfter(text, (doc) => { doc.inRubricOrder(ORDER); for (const code of codes) doc.setAnswer(code, { value: 1 }); });
  it.each([
    ["a skipped question answered later", 'rubric: {id: mini, version: "1"}\nanswers:\n  "1.2": {value: 2}\n  "2.1": {value: 1}\n', ["1.1", "1.3"], ["1.1", "1.2", "1.3", "2.1"]],
    ["after the last when nothing comes later", 'answers:\n  "1.1": {value: 1}\n', ["2.1"], ["1.1", "2.1"]],
    ["a hand-written order kept, the new one before the first that comes after it", 'answers:\n  "2.1": {value: 1}\n  "1.1": {value: 1}\n', ["1.2"], ["1.2", "2.1", "1.1"]],
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
    const file = path.join(dir, `edited-removed-${n++}.yaml`);
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
      const file = path.join(dir, `edited-stale-${n++}.yaml`);
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
    const file = path.join(dir, `edited-moved-group-${n++}.yaml`);
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
    const file = path.join(dir, `edited-moved-block-${n++}.yaml`);
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
    const file = path.join(dir, `edited-moved-${n++}.yaml`);
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
