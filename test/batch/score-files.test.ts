import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFiles, duplicateFailure, headerOf, rubricOrder } from "../../src/batch/score-files.js";
import type { LoadedRubric } from "../../src/load/load-rubric.js";
import { agencyNamed } from "../../src/core/agency.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-dup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");

function agencyFile(name: string, submitted: string | null): string {
  const file = path.join(dir, name);
  writeFileSync(file, SEED.replace('submitted: "2025-09-25"', submitted === null ? "submitted: null" : `submitted: "${submitted}"`));
  return file;
}

// The path a large batch takes when the two files were checked on different threads.
describe("duplicateFailure", () => {
  const ranked = agencyFile("ranked.yaml", "2025-09-25");
  it.each([
    ["submitted later: both dates given", "2025-10-02", { submitted: "2025-10-02", first_submitted: "2025-09-25" }],
    ["submitted earlier: both dates, the ranked file's as the later", "2025-09-01", { submitted: "2025-09-01", first_submitted_later: "2025-09-25" }],
    ["the same day: no dates", "2025-09-25", {}],
    ["no date: none", null, {}],
  ] as const)("%s", (_, submitted, dates) => {
    const failure = duplicateFailure(agencyFile(`dup-${String(submitted)}.yaml`, submitted), "qb-skhcn", ranked);
    const d = failure.diagnostics[0]!;
    // Whom to call: the agency the later file names.
    expect(failure.agency).toEqual({ id: "qb-skhcn", name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình" });
    expect(d.code).toBe("duplicate-agency");
    expect(d.line).toBeGreaterThan(1);
    expect({ submitted: d.params.submitted, first_submitted: d.params.first_submitted, first_submitted_later: d.params.first_submitted_later }).toEqual({ submitted: undefined, first_submitted: undefined, first_submitted_later: undefined, ...dates });
  });

  // The row above of the same day is a copy of the ranked file (said so before any date is compared): here the text differs.
  it("the same day, the file changed since (a comment added): no dates, and no copy", () => {
    const changed = path.join(dir, "same-day-changed.yaml");
    writeFileSync(changed, `# gửi lại\n${SEED}`);
    const p = duplicateFailure(changed, "qb-skhcn", ranked).diagnostics[0]!.params;
    expect([p.submitted, p.first_submitted, p.first_submitted_later, p.hint_identical]).toEqual([undefined, undefined, undefined, undefined]);
  });

  // The same e-mail attachment saved twice (once again by Notepad, with CRLF and a BOM): nothing to compare but a copy to delete.
  it.each([
    ["byte for byte", SEED],
    ["with CRLF line ends and a BOM", "\uFEFF" + SEED.replace(/\n/g, "\r\n")],
  ])("a copy of the ranked file (%s) is said to be one, on one thread and across threads", (_, text) => {
    const copy = path.join(dir, `copy-${text.length}.yaml`);
    writeFileSync(copy, text);
    const seed = path.join(dir, "seed.yaml");
    writeFileSync(seed, SEED);
    expect(duplicateFailure(copy, "qb-skhcn", seed).diagnostics[0]!.params).toMatchObject({ hint_identical: 1 });
    const together = checkFiles([{ file: seed }, { file: copy }]);
    expect(together.duplicates.map((f) => f.diagnostics[0]!.params)).toEqual([expect.objectContaining({ hint_identical: 1 })]);
    // A file that differs (its date sent) is no copy.
    expect(duplicateFailure(agencyFile("differs.yaml", "2025-09-25"), "qb-skhcn", agencyFile("differs-ranked.yaml", "2025-09-24")).diagnostics[0]!.params.hint_identical).toBeUndefined();
  });

  // `so-khcn copy (2).yaml` sorts before `so-khcn-quang-binh.yaml` (a space before "-") and is ranked: the original was told to go.
  it("a copy by its name ranked before the original of another stem: the hint names the copy to delete, not the original", () => {
    const sub = mkdtempSync(path.join(dir, "copy-mark-"));
    const [copy, original] = ["so-khcn copy (2).yaml", "so-khcn-quang-binh.yaml"].map((n) => path.join(sub, n)) as [string, string];
    for (const f of [copy, original]) writeFileSync(f, SEED);
    const together = checkFiles([{ file: copy }, { file: original }]);
    expect(together.duplicates.map((f) => [f.file, f.diagnostics[0]!.params.identical_copy])).toEqual([[original, "first"]]);
    expect(duplicateFailure(original, "qb-skhcn", copy).diagnostics[0]!.params).toMatchObject({ hint_identical: 1, identical_copy: "first" });
    // Both named as copies, or the original ranked: the usual "delete this copy".
    expect(duplicateFailure(copy, "qb-skhcn", original).diagnostics[0]!.params.identical_copy).toBeUndefined();
  });

  it("is found alike in a file the plain reader takes (the fast way, 10 ms less a file) and one it leaves to yaml (a directive)", () => {
    const plain = duplicateFailure(agencyFile("plain.yaml", "2025-10-02"), "qb-skhcn", ranked);
    const directive = path.join(dir, "directive.yaml");
    writeFileSync(directive, "%YAML 1.2\n---\n" + readFileSync(agencyFile("tmp.yaml", "2025-10-02"), "utf8"));
    const slow = duplicateFailure(directive, "qb-skhcn", ranked);
    const [a, b] = [plain.diagnostics[0]!, slow.diagnostics[0]!];
    expect([b.line, b.col, b.params, slow.agency]).toEqual([a.line! + 2, a.col, a.params, plain.agency]);
    expect(a.params).toMatchObject({ submitted: "2025-10-02", first_submitted: "2025-09-25" });
  });

  it("one of another period (last year's file beside this year's) names both periods, not a resubmission", () => {
    const lastYear = path.join(dir, "last-year.yaml");
    writeFileSync(lastYear, SEED.replace('period: "2025"', 'period: "2024"').replace('submitted: "2025-09-25"', 'submitted: "2025-10-20"'));
    const d = duplicateFailure(lastYear, "qb-skhcn", ranked).diagnostics[0]!;
    expect(d.params).toMatchObject({ period: "2024", first_period: "2025" });
    expect(d.params.first_submitted).toBeUndefined();
    // The same on one thread, where both files are checked together.
    const together = checkFiles([{ file: ranked }, { file: lastYear }]);
    expect(together.duplicates.map((f) => f.diagnostics[0]!.params)).toEqual([expect.objectContaining({ period: "2024", first_period: "2025" })]);
  });

  it("reads a period written as a number (period: 2024, which every check takes) as that period: last year's file is not called a resubmission", () => {
    const [thisYear, lastYear] = [path.join(dir, "number-2025.yaml"), path.join(dir, "number-2024.yaml")];
    writeFileSync(thisYear, SEED.replace('period: "2025"', "period: 2025"));
    writeFileSync(lastYear, SEED.replace('period: "2025"', "period: 2024").replace('submitted: "2025-09-25"', 'submitted: "2025-10-20"'));
    const d = duplicateFailure(lastYear, "qb-skhcn", thisYear).diagnostics[0]!;
    expect(d.params).toMatchObject({ period: "2024", first_period: "2025" });
    expect(d.params.first_submitted).toBeUndefined();
    const together = checkFiles([{ file: thisYear }, { file: lastYear }]);
    expect(together.duplicates.map((f) => f.diagnostics[0]!.params)).toEqual([expect.objectContaining({ period: "2024", first_period: "2025" })]);
  });

  it("measures a later file against a ranked file read from standard input (<stdin> is no file to read again)", () => {
    const stdin = SEED.replace('submitted: "2025-09-25"', 'submitted: "2025-09-20"');
    const resent = checkFiles([{ file: "<stdin>", text: stdin }, { file: agencyFile("resent.yaml", "2025-10-02") }]);
    expect(resent.duplicates.map((f) => f.diagnostics[0]!.params)).toEqual([expect.objectContaining({ first: "<stdin>", submitted: "2025-10-02", first_submitted: "2025-09-20" })]);
    const lastYear = path.join(dir, "stdin-last-year.yaml");
    writeFileSync(lastYear, SEED.replace('period: "2025"', 'period: "2024"'));
    const other = checkFiles([{ file: "<stdin>", text: stdin }, { file: lastYear }]);
    expect(other.duplicates.map((f) => f.diagnostics[0]!.params)).toEqual([expect.objectContaining({ period: "2024", first_period: "2025" })]);
  });

  it("so does a later file the plain reader leaves to yaml (a directive): it is checked the slow way", () => {
    const stdin = SEED.replace('submitted: "2025-09-25"', 'submitted: "2025-09-20"');
    const directive = path.join(dir, "stdin-directive.yaml");
    writeFileSync(directive, "%YAML 1.2\n---\n" + SEED.replace('submitted: "2025-09-25"', 'submitted: "2025-10-02"'));
    const resent = checkFiles([{ file: "<stdin>", text: stdin }, { file: directive }]);
    expect(resent.duplicates.map((f) => f.diagnostics[0]!.params)).toEqual([expect.objectContaining({ first: "<stdin>", submitted: "2025-10-02", first_submitted: "2025-09-20" })]);
  });

  it("no dates when the ranked file is gone", () => {
    const d = duplicateFailure(agencyFile("late.yaml", "2025-12-01"), "qb-skhcn", path.join(dir, "gone.yaml")).diagnostics[0]!;
    expect(d.params.submitted).toBeUndefined();
  });
});

describe("headerOf: the agency a file that does not parse names", () => {
  const RUBRIC = 'rubric: {id: dti-cap-so, version: "2025.1"}\n';
  const ANSWERS = 'answers:\n  "1.1":\n    value: 4\n';
  const BROKEN_ANSWERS = 'answers:\n  "1.1":\n    value: [4\n';
  it.each([
    ["a mistake in the answers", `${RUBRIC}agency:\n  id: a\n  name: "Sở A"\nperiod: "2025"\n${BROKEN_ANSWERS}`, { id: "a", name: "Sở A" }],
    ["a name wrapped over two lines, a mistake in the answers", `${RUBRIC}agency:\n  id: xa-tan-phu\n  name: Ủy ban nhân dân xã\n    Tân Phú, tỉnh Đồng Nai\n${BROKEN_ANSWERS}`, { id: "xa-tan-phu", name: "Ủy ban nhân dân xã Tân Phú, tỉnh Đồng Nai" }],
    ["a mistake elsewhere in the header", `${RUBRIC}agency:\n  id: b\n  name: "Sở B"\nperiod: ["2025"\n${ANSWERS}`, { id: "b", name: "Sở B" }],
    ["the agency as a flow mapping, a mistake elsewhere in the header", `${RUBRIC}agency: {id: c, name: "Sở C", type: department}\nperiod: "2025\n${ANSWERS}`, { id: "c", name: "Sở C" }],
    ["the agency block after the answers", `${RUBRIC}${BROKEN_ANSWERS}agency:\n  id: d\n  name: "Sở D"\n`, { id: "d", name: "Sở D" }],
    ["quoted keys, CRLF", `${RUBRIC}"agency":\r\n  "id": e\r\n  "name": "Sở E"\r\nperiod: [\r\n${ANSWERS}`, { id: "e", name: "Sở E" }],
    ["a mistake in the block: its id and name lines read one by one", `${RUBRIC}agency:\n  id: f\n  name: "Sở F"\n  type: [department\n${ANSWERS}`, { id: "f", name: "Sở F" }],
    ["a mistake in the name itself: the id alone", `${RUBRIC}agency:\n  id: g\n  name: "Sở G\n  type: department\n${ANSWERS}`, { id: "g" }],
    ["a respondent's name at the block's indentation: the id alone, never the person", `${RUBRIC}agency:\n  id: qb-sct\n  name: "Sở Công Thương"\n  type: department\n  respondent:\n  name: "Nguyễn Thị Hoa"\n  phone: [1\n${ANSWERS}`, { id: "qb-sct" }],
    ["a wrapped name in a block with a mistake: the id alone", `${RUBRIC}agency:\n  id: h\n  name: Ủy ban nhân dân xã\n    Tân Phú\n  type: [x\n${ANSWERS}`, { id: "h" }],
    ["a key indented one space too far after the name: the name is whole, and kept", `${RUBRIC}agency:\n  id: k\n  name: "Kho bạc Nhà nước"\n   type: vertical\n${ANSWERS}`, { id: "k", name: "Kho bạc Nhà nước" }],
    ["a contact's name further in is not the agency's", `${RUBRIC}agency:\n  id: i\n  contact:\n    name: "Lê Văn C"\n  type: [x\n${ANSWERS}`, { id: "i" }],
    ["no agency block", `${RUBRIC}period: [\n`, undefined],
  ])("%s", (_, text, expected) => {
    expect(agencyNamed(headerOf(text))).toEqual(expected);
  });
});

describe("checkFiles: every file is scored or listed as not scored", () => {
  it.each([
    ["read by the plain reader", (text: string) => text],
    ["with an anchor, which only the full parser reads", (text: string) => text.replace('period: "2025"', 'period: &p "2025"')],
    ["with a %YAML directive, which only the full parser reads", (text: string) => "%YAML 1.2\n---\n" + text],
  ])("a file with a wrong answer, %s, is a failure naming it", (name, shape) => {
    const file = path.join(dir, `wrong-${name.length}.yaml`);
    writeFileSync(file, shape(SEED.replace('"1.1":\n    value: 4', '"1.1":\n    value: nhiều')));
    const ok = path.join(dir, `ok-${name.length}.yaml`);
    writeFileSync(ok, shape(SEED).replace("id: qb-skhcn", "id: qb-other"));
    const r = checkFiles([{ file }, { file: ok }]);
    expect(r.failures.map((f) => [f.file, f.diagnostics.map((d) => d.code)])).toEqual([[file, ["wrong-type"]]]);
    expect(r.valid.flatMap((v) => v.items.map((i) => i.file))).toEqual([ok]);
  });
});

describe("rubricOrder: the order of a report's rubrics, whatever the order of the files", () => {
  const r = (id: string, version: string, sha256 = "0") => ({ rubric: { id, version }, sha256 }) as unknown as LoadedRubric;
  it("by id, then version with its numbers as numbers, then SHA-256", () => {
    const sorted = [r("un-losi-2022", "2022"), r("dti-cap-so", "2025.10"), r("dti-cap-xa", "2025.2"), r("dti-cap-so", "2025.9", "b"), r("dti-cap-so", "2025.9", "a")].sort(rubricOrder);
    expect(sorted.map((x) => `${x.rubric.id} ${x.rubric.version} ${x.sha256}`)).toEqual(["dti-cap-so 2025.9 a", "dti-cap-so 2025.9 b", "dti-cap-so 2025.10 0", "dti-cap-xa 2025.2 0", "un-losi-2022 2022 0"]);
  });
});
