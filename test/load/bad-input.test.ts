/**
 * Bad agency-file inputs: every one must give a located diagnostic with a stable code, never a
 * crash or an internal error; awkward but legal encodings (BOMs, CRLF, UTF-16 with a BOM, NFD) must
 * be accepted. The table is test/fixtures/bad/expected.yaml; see its header for the entry format.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkFiles, type CheckedBatch } from "../../src/batch/score-files.js";
import { hasMessage, message } from "../../src/i18n/messages.js";
import { MAX_FINDINGS_PER_FILE } from "../../src/load/first-findings.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import type { LocatedDiagnostic } from "../../src/load/located.js";
import { MAX_FILE_BYTES } from "../../src/load/read.js";
import { EMAIL_MAX, EVIDENCE_NUMBER_MAX, EVIDENCE_TITLE_MAX, NAME_MAX, NOTE_MAX, PERIOD_MAX, PHONE_MAX, POSITION_MAX, REASON_MAX } from "../../src/core/agency-schema.js";
import { MAX_LIST_ITEMS, MAX_MAP_ENTRIES } from "../../src/load/bound-lists.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BAD = path.join(ROOT, "test", "fixtures", "bad");
const EXAMPLE = path.join(ROOT, "examples", "so-khcn-quang-binh.yaml");
const NAME = "Sở Khoa học và Công nghệ tỉnh Quảng Bình";

interface Expected {
  file: string;
  valid?: boolean;
  name?: string;
  code?: string;
  line?: number;
  col?: number;
  params?: Record<string, string | number>;
  rubric?: string;
  first?: boolean;
  absent?: string[];
  bug?: string;
}

const expectations = parse(readFileSync(path.join(BAD, "expected.yaml"), "utf8")) as Expected[];

function check(file: string, rubric?: string): CheckedBatch {
  const options = rubric ? { rubric: loadRubric(path.join(ROOT, "rubrics", `${rubric}.yaml`)) } : {};
  return checkFiles([{ file }], options);
}

const STACK_FRAME = /\n\s+at |\bat .*\.[cm]?[jt]s:\d+:\d+/;

/** What every diagnostic must be: a known, user-facing code with plain parameters, never a crash. */
function expectWellFormed(d: LocatedDiagnostic): void {
  expect(d.code).not.toBe("internal-error");
  expect(hasMessage(d.code), `unknown code ${d.code}`).toBe(true);
  expect(["error", "warning"]).toContain(d.severity);
  for (const lang of ["vi", "en"] as const) {
    expect(message(lang, d.code, d.params), `${d.code}: unfilled placeholder`).not.toMatch(/\{\w+\}/);
  }
  for (const value of Object.values(d.params)) {
    expect(["string", "number"]).toContain(typeof value);
    if (typeof value === "string") {
      expect(value).not.toMatch(STACK_FRAME);
      expect(value).not.toMatch(/internal|undefined|\[object Object\]/i);
    }
  }
}

function expectLocated(d: LocatedDiagnostic): void {
  expect(Number.isInteger(d.line) && d.line! >= 1, `${d.code} has no line`).toBe(true);
  expect(Number.isInteger(d.col) && d.col! >= 1, `${d.code} has no column`).toBe(true);
}

describe("bad agency-file fixtures", () => {
  it("expected.yaml lists every fixture, and every listed fixture exists", () => {
    const onDisk = readdirSync(BAD).filter((f) => f !== "expected.yaml" && !f.startsWith(".")).sort();
    const listed = expectations.map((e) => e.file).sort();
    expect(listed).toEqual(onDisk);
    expect(new Set(listed).size).toBe(listed.length);
    expect(onDisk.length).toBeGreaterThanOrEqual(30);
  });

  for (const e of expectations) {
    const title = e.valid
      ? `${e.file} is accepted`
      : `${e.file} → ${e.code} at ${e.line}:${e.col}${e.rubric ? ` (--rubric ${e.rubric})` : ""}`;
    // KNOWN_BUGS=show runs the known-bug entries as ordinary tests, to see how they fail.
    const run = e.bug && process.env.KNOWN_BUGS !== "show" ? it.fails : it;
    run(e.bug ? `${title} [known bug: ${e.bug}]` : title, () => {
      const result = check(path.join(BAD, e.file), e.rubric);
      expect(result.rubricFailures).toEqual([]);
      for (const d of result.failures.flatMap((f) => f.diagnostics)) expectWellFormed(d);

      if (e.valid) {
        expect(result.failures.map((f) => f.diagnostics)).toEqual([]);
        const items = result.valid.flatMap((v) => v.items);
        expect(items).toHaveLength(1);
        if (e.name !== undefined) expect(items[0]!.agency.agency.name).toBe(e.name);
        return;
      }

      expect(result.valid.flatMap((v) => v.items)).toEqual([]);
      expect(result.failures).toHaveLength(1);
      const { diagnostics } = result.failures[0]!;
      const errors = diagnostics.filter((d) => d.severity === "error");
      expect(errors.length).toBeGreaterThan(0);
      for (const d of diagnostics) expectLocated(d);
      const where = (d: LocatedDiagnostic) => ({ code: d.code, line: d.line, col: d.col });
      const wanted = { code: e.code, line: e.line, col: e.col };
      const found = e.first === false ? errors.find((d) => d.code === e.code && d.line === e.line && d.col === e.col) : errors[0];
      expect(found ? where(found) : errors.map(where)).toEqual(wanted);
      if (e.params) expect(found!.params).toMatchObject(e.params);
      for (const code of e.absent ?? []) expect(diagnostics.map((d) => d.code)).not.toContain(code);
    });
  }
});

describe("generated bad inputs", () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "egov-bad-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

  it("old Mac line ends (CR alone) are line breaks: the file scores as with LF, an error is placed on the same line and column", () => {
    const dir = tempDir();
    const cr = path.join(dir, "cr.yaml");
    writeFileSync(cr, readFileSync(EXAMPLE, "utf8").replace(/\r?\n/g, "\r"));
    const items = check(cr).valid.flatMap((v) => v.items);
    expect(items.map((i) => i.agency.agency.name)).toEqual([NAME]);
    const lf = readFileSync(path.join(BAD, "crlf-error.yaml"), "utf8").replace(/\r\n/g, "\n");
    const crError = path.join(dir, "cr-error.yaml");
    writeFileSync(crError, lf.replace(/\n/g, "\r"));
    const viaLf = checkFiles([{ file: "lf.yaml", text: lf }]).failures[0]!.diagnostics[0]!;
    const viaCr = check(crError).failures[0]!.diagnostics[0]!;
    expect({ code: viaCr.code, line: viaCr.line, col: viaCr.col }).toEqual({ code: viaLf.code, line: viaLf.line, col: viaLf.col });
  });

  it("two 1000-deep documents in one run both give too-deep, and the next file is still checked", () => {
    const result = checkFiles([
      { file: path.join(BAD, "too-deep-1.yaml") },
      { file: path.join(BAD, "too-deep-2.yaml") },
      { file: "inline-deep.yaml", text: "answers: " + "{a: ".repeat(1000) + "1" + "}".repeat(1000) + "\n" },
      { file: EXAMPLE },
    ]);
    expect(result.failures.map((f) => [path.basename(f.file), f.diagnostics.map((d) => d.code)])).toEqual([
      ["too-deep-1.yaml", ["too-deep"]],
      ["too-deep-2.yaml", ["too-deep"]],
      ["inline-deep.yaml", ["too-deep"]],
    ]);
    expect(result.failures[2]!.diagnostics[0]).toMatchObject({ line: 1, col: 10 + 4 * 100, severity: "error" });
    expect(result.valid.flatMap((v) => v.items.map((i) => i.file))).toEqual([EXAMPLE]);
  });

  it("a line of 3,000 keys after a key (a: a: a: …) gives too-deep, and the next file is still checked (it overflowed the parser's stack: the whole batch ended in an internal error)", () => {
    const text = readFileSync(EXAMPLE, "utf8").replace(/^( {4}note: ).*$/m, (_m, key: string) => key + "a: ".repeat(3000));
    const result = checkFiles([{ file: "keys.yaml", text }, { file: EXAMPLE }]);
    expect(result.failures.map((f) => f.diagnostics.map((d) => d.code))).toEqual([["too-deep"]]);
    expect(result.valid.flatMap((v) => v.items.map((i) => i.file))).toEqual([EXAMPLE]);
  });

  it("a 10 MB file gives file-too-large without being parsed", () => {
    const file = path.join(tempDir(), "huge.yaml");
    const header = 'rubric: {id: dti-cap-so, version: "2025.1"}\n';
    const size = 10 * 1024 * 1024;
    writeFileSync(file, header + "#".repeat(size - header.length - 1) + "\n");
    const result = checkFiles([{ file }]);
    expect(result.failures).toHaveLength(1);
    const diagnostics = result.failures[0]!.diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "file-too-large", severity: "error", params: { size, limit: MAX_FILE_BYTES } });
    expectWellFormed(diagnostics[0]!);
  });

  it("a 1 MB period is too-long at the period, as a name is (it was valid: score printed it whole on the terminal, html twice)", () => {
    const file = path.join(tempDir(), "long-period.yaml");
    const text = readFileSync(EXAMPLE, "utf8");
    writeFileSync(file, text.replace(/^period: .*$/m, `period: "${"2".repeat(1024 * 1024)}"`));
    const line = text.split("\n").findIndex((l) => l.startsWith("period:")) + 1;
    const result = checkFiles([{ file }]);
    expect(result.failures).toHaveLength(1);
    const d = result.failures[0]!.diagnostics[0]!;
    expect(d).toMatchObject({ code: "too-long", severity: "error", line, col: 9, params: { limit: PERIOD_MAX } });
    // Its length said, the start alone shown under "found": how much to cut.
    expect(message("vi", d.code, d.params)).toBe("Giá trị quá dài: 1048576 ký tự");
    expect(message("en", d.code, d.params)).toBe("Value too long: 1048576 characters");
    expectWellFormed(d);
    writeFileSync(file, text.replace(/^period: .*$/m, `period: "${"2".repeat(PERIOD_MAX)}"`));
    expect(checkFiles([{ file }]).failures.flatMap((f) => f.diagnostics).filter((x) => x.code === "too-long")).toEqual([]);
  });

  it("a 1 MB evidence title or a long document number is too-long at it (a title was valid: copied whole into the html report, 1.08 MB for one agency)", () => {
    const file = path.join(tempDir(), "long-title.yaml");
    const text = readFileSync(EXAMPLE, "utf8");
    const cited = '{number: "18/QĐ-SKHCN", date: "2025-01-20", title: "Quyết định kiện toàn Ban chỉ đạo chuyển đổi số Sở Khoa học và Công nghệ"}';
    const line = text.split("\n").findIndex((l) => l.includes(cited)) + 1;
    const findings = (number: string, title: string) => {
      writeFileSync(file, text.replace(cited, `{number: "${number}", date: "2025-01-20", title: "${title}"}`));
      return checkFiles([{ file }]).failures.flatMap((f) => f.diagnostics).filter((d) => d.code === "too-long");
    };
    const long = findings("18/QĐ-SKHCN", "x".repeat(1024 * 1024));
    expect(long).toMatchObject([{ code: "too-long", severity: "error", line, col: 60, params: { limit: EVIDENCE_TITLE_MAX } }]);
    expectWellFormed(long[0]!);
    expect(findings("1".repeat(EVIDENCE_NUMBER_MAX + 1), "Quyết định")).toMatchObject([{ line, col: 18, params: { limit: EVIDENCE_NUMBER_MAX } }]);
    expect(findings("1".repeat(EVIDENCE_NUMBER_MAX), "x".repeat(EVIDENCE_TITLE_MAX))).toEqual([]);
  });

  it("a 1 MB N/A reason, note or verified note is too-long at it (they were valid: explain printed a reason whole)", () => {
    const file = path.join(tempDir(), "long-reason.yaml");
    const text = readFileSync(EXAMPLE, "utf8");
    const lineOf = (start: string) => text.split("\n").findIndex((l) => l.startsWith(start)) + 1;
    const findings = (from: RegExp, to: string) => {
      writeFileSync(file, text.replace(from, to));
      return checkFiles([{ file }]).failures.flatMap((f) => f.diagnostics).filter((d) => d.code === "too-long");
    };
    const long = "x".repeat(1024 * 1024);
    const reason = findings(/^( {4}reason: ").*"$/m, `$1${long}"`);
    expect(reason).toMatchObject([{ code: "too-long", severity: "error", line: lineOf("    reason: "), col: 13, params: { limit: REASON_MAX } }]);
    expectWellFormed(reason[0]!);
    expect(findings(/^( {4}note: ").*"$/m, `$1${long}"`)).toMatchObject([{ line: lineOf("    note: "), col: 11, params: { limit: NOTE_MAX } }]);
    expect(findings(/^( {4}note: ").*"$/m, `$1${long.slice(0, NOTE_MAX)}"\n    verified: {value: [chu-tri-hop], note: "${long}"}`)).toMatchObject([{ line: lineOf("    note: ") + 1, params: { limit: NOTE_MAX } }]);
    expect(findings(/^( {4}reason: ").*"$/m, `$1${long.slice(0, REASON_MAX)}"`)).toEqual([]);
  });

  it("a 1 MB verifier (verified.by) is too-long at it, as an agency's name is (it was valid, whatever its size)", () => {
    const file = path.join(tempDir(), "long-verifier.yaml");
    const text = readFileSync(EXAMPLE, "utf8");
    const line = text.split("\n").findIndex((l) => l.startsWith("    note: ")) + 1;
    const findings = (by: string) => {
      writeFileSync(file, text.replace(/^( {4}note: ".*")$/m, `$1\n    verified: {value: [chu-tri-hop], by: "${by}"}`));
      return checkFiles([{ file }]).failures.flatMap((f) => f.diagnostics).filter((d) => d.code === "too-long");
    };
    expect(findings("x".repeat(1024 * 1024))).toMatchObject([{ code: "too-long", line: line + 1, params: { limit: NAME_MAX } }]);
    expect(findings("x".repeat(NAME_MAX))).toEqual([]);
  });

  it("a 1 MB respondent's position, phone or e-mail address is too-long at it (they were valid, whatever their size)", () => {
    const file = path.join(tempDir(), "long-position.yaml");
    const text = readFileSync(EXAMPLE, "utf8");
    const findings = (key: string, value: string) => {
      writeFileSync(file, text.replace(new RegExp(`^(  ${key}: ).*$`, "m"), `$1"${value}"`));
      return checkFiles([{ file }]).failures.flatMap((f) => f.diagnostics).filter((d) => d.code === "too-long");
    };
    const lineOf = (key: string) => text.split("\n").findIndex((l) => l.startsWith(`  ${key}: `)) + 1;
    const position = findings("position", "x".repeat(1024 * 1024));
    expect(position).toMatchObject([{ code: "too-long", severity: "error", line: lineOf("position"), col: 13, params: { limit: POSITION_MAX } }]);
    expectWellFormed(position[0]!);
    expect(findings("phone", `0912${" ".repeat(1024 * 1024)}345678`)).toMatchObject([{ line: lineOf("phone"), params: { limit: PHONE_MAX } }]);
    expect(findings("email", `${"a".repeat(EMAIL_MAX)}@so.gov.vn`)).toMatchObject([{ line: lineOf("email"), params: { limit: EMAIL_MAX } }]);
    expect(findings("position", "x".repeat(POSITION_MAX))).toEqual([]);
  });

  it("a rubric's period over the agency file's limit is too-long (every agency file copying it would be refused)", () => {
    const file = path.join(tempDir(), "long-period-rubric.yaml");
    const text = readFileSync(path.join(ROOT, "rubrics", "dti-cap-so.yaml"), "utf8");
    writeFileSync(file, text.replace(/^period: .*$/m, `period: "${"2".repeat(PERIOD_MAX + 1)}"`));
    const outcome = loadRubric(file);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.diagnostics.map((d) => [d.code, d.line])).toEqual([["too-long", text.split("\n").findIndex((l) => l.startsWith("period:")) + 1]]);
    const fits = path.join(tempDir(), "fitting-period-rubric.yaml"); // another name: loadRubric keeps a file's outcome per process
    writeFileSync(fits, text.replace(/^period: .*$/m, `period: "${"2".repeat(PERIOD_MAX)}"`));
    const again = loadRubric(fits);
    expect(again.ok ? [] : again.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it("a rubric text over 10,000 characters is too-long at it (a 1 MB title was valid: rubric show wrote a 76 MB table, every row padded to it)", () => {
    const text = readFileSync(path.join(ROOT, "rubrics", "dti-cap-so.yaml"), "utf8");
    const titled = (name: string, title: string) => {
      const file = path.join(tempDir(), name); // a name per case: loadRubric keeps a file's outcome per process
      writeFileSync(file, text.replace('title: {vi: "Nhận thức số"', `title: {vi: "${title}"`));
      const outcome = loadRubric(file);
      return outcome.ok ? [] : outcome.diagnostics;
    };
    const line = text.split("\n").findIndex((l) => l.includes('title: {vi: "Nhận thức số"')) + 1;
    const long = titled("long-title-rubric.yaml", "Nhận thức số ".repeat(90_000));
    expect(long).toMatchObject([{ code: "too-long", severity: "error", line, col: 17, params: { limit: 10_000, count: 1_170_000 } }]);
    expectWellFormed(long[0]!);
    expect(titled("fitting-title-rubric.yaml", "x".repeat(10_000)).map((d) => d.code)).toEqual([]);
  });

  it("binary bytes written at run time give binary-file", () => {
    const file = path.join(tempDir(), "garbage.yaml");
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]));
    const result = checkFiles([{ file }]);
    expect(result.failures[0]!.diagnostics.map((d) => d.code)).toEqual(["binary-file"]);
  });

  it("a file cut in the middle of a UTF-8 character gives not-utf8, and the next file decodes whole", () => {
    const dir = tempDir();
    const cut = path.join(dir, "cut.yaml"), next = path.join(dir, "next.yaml");
    writeFileSync(cut, Buffer.concat([Buffer.from("agency: {name: S"), Buffer.from("ở").subarray(0, 2)]));
    writeFileSync(next, readFileSync(EXAMPLE));
    const result = checkFiles([{ file: cut }, { file: next }]);
    expect(result.failures.map((f) => [path.basename(f.file), f.diagnostics.map((d) => d.code)])).toEqual([["cut.yaml", ["not-utf8"]]]);
    expect(result.valid.flatMap((v) => v.items.map((i) => i.agency.agency.name))).toEqual([checkFiles([{ file: EXAMPLE }]).valid[0]!.items[0]!.agency.agency.name]);
  });

  it("a file with thousands of findings shows the first ones in file order, framed, and says how many more", () => {
    const dir = tempDir();
    const file = path.join(dir, "many.yaml");
    const extra = Array.from({ length: 1900 }, (_, i) => `  "x${i}": {value: 1}`).join("\n");
    writeFileSync(file, readFileSync(EXAMPLE, "utf8").replace(/^answers:\n/m, `answers:\n${extra}\n`));
    const [failure] = checkFiles([{ file }]).failures;
    const diagnostics = failure!.diagnostics;
    expect(diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(diagnostics.slice(0, 3).map((d) => [d.code, d.line, d.frame?.lines.at(-1)])).toEqual([1, 2, 3].map((k) => {
      const line = readFileSync(file, "utf8").split("\n").findIndex((l) => l.startsWith(`  "x${k - 1}"`)) + 1;
      return ["unknown-indicator", line, `  "x${k - 1}": {value: 1}`];
    }));
    expect(diagnostics.at(-1)).toMatchObject({ code: "more-findings", severity: "error", params: { count: 1900 - MAX_FINDINGS_PER_FILE } });
  });

  it("answers with more keys than any rubric has are one finding, and only the first are checked (266,000 took 41 s and 710 MB)", () => {
    const dir = tempDir();
    const seed = readFileSync(EXAMPLE, "utf8");
    const file = path.join(dir, "many.yaml");
    writeFileSync(file, seed.replace("answers:\n", `answers:\n${Array.from({ length: MAX_MAP_ENTRIES + 500 }, (_, i) => `  "z.${i}": 1`).join("\n")}\n`));
    const diagnostics = check(file).failures[0]!.diagnostics;
    expect(diagnostics.filter((d) => d.code === "too-many-entries").map((d) => d.params)).toEqual([{ count: MAX_MAP_ENTRIES + 500 + 50, limit: MAX_MAP_ENTRIES }]);
    expect(diagnostics.at(-1)).toMatchObject({ code: "more-findings" });
  });

  it("a list longer than any answer needs is one finding, and only its first items are checked (a batch and one file alike)", () => {
    const dir = tempDir();
    const seed = readFileSync(EXAMPLE, "utf8");
    const evidence = (n: number, date: string) => Array.from({ length: n }, (_, i) => `      - {number: "${i}/KH", date: "${date}", title: "t"}`).join("\n");
    const at = /(  "1\.1":\n    value: [^\n]*\n    evidence:\n)/;
    expect(at.test(seed)).toBe(true);
    const long = path.join(dir, "long.yaml");
    writeFileSync(long, seed.replace(at, `$1${evidence(MAX_LIST_ITEMS + 1, "2025-03-01")}\n`));
    const wrong = path.join(dir, "wrong.yaml");
    writeFileSync(wrong, seed.replace(at, `$1${evidence(5000, "2025-13-45")}\n`));
    for (const [file, more] of [[long, 0], [wrong, 1]] as const) {
      const diagnostics = check(file).failures[0]!.diagnostics;
      // The seed's 1.1 cites 4 items already.
      expect(diagnostics.filter((d) => d.code === "too-many-items").map((d) => d.params)).toEqual([expect.objectContaining({ count: (file === long ? MAX_LIST_ITEMS + 1 : 5000) + 4, limit: MAX_LIST_ITEMS, indicator: "1.1" })]);
      expect(diagnostics.some((d) => d.code === "more-findings")).toBe(more === 1);
    }
  });

  it("a space that is no space (NBSP pasted from Word) is named, with its column, on the line of the error", () => {
    const dir = tempDir();
    const file = path.join(dir, "nbsp.yaml");
    const text = readFileSync(EXAMPLE, "utf8").replace(/("1\.2":\n    value: )thu-truong/, "$1thu-truong\u00a0");
    expect(text).toContain("thu-truong\u00a0");
    writeFileSync(file, text);
    const d = check(file).failures[0]!.diagnostics[0]!;
    expect(d.params).toMatchObject({ hint_space: "U+00A0" });
    const line = text.split("\n")[d.line! - 1]!;
    expect(line[Number(d.params.hint_space_col) - 1]).toBe("\u00a0");
  });

  it("syntax errors are capped the same way (a key repeated 250 times)", () => {
    const dir = tempDir();
    const file = path.join(dir, "repeated.yaml");
    const lines = Array.from({ length: 250 }, () => `  "x": 1`).join("\n");
    writeFileSync(file, `answers:\n${lines}\n`);
    const diagnostics = checkFiles([{ file }]).failures[0]!.diagnostics;
    expect(diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(diagnostics[0]!.code).toBe("duplicate-key");
    expect(diagnostics.at(-1)).toMatchObject({ code: "more-findings", severity: "error" });
  });

  it("a file indented with tabs throughout is one finding, at its first line, with the lines it spans (it was 100 and \"more findings\")", () => {
    const dir = tempDir();
    const file = path.join(dir, "tabs.yaml");
    const lines = Array.from({ length: 250 }, (_, i) => `\t"x${i}": 1`).join("\n");
    writeFileSync(file, `answers:\n${lines}\n`);
    const diagnostics = checkFiles([{ file }]).failures[0]!.diagnostics;
    expect(diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([["tab-indent", 2, 1]]);
    expect(diagnostics[0]!.params).toMatchObject({ tab_lines: 250, tab_from: 2, tab_to: 251 });
    expect(diagnostics[0]!.frame?.lines.at(-1)).toBe('\t"x0": 1');
    expectWellFormed(diagnostics[0]!);
  });

  it.each([
    ["an answer's value", /("1\.4":\n    value: )"2025-02-14"/, "$145702", '"2025-02-14"'],
    ["the date the file was sent", /^(submitted: )"2025-09-25"/m, "$145925", '"2025-09-25"'],
    ["an evidence item's date", /(date: )"2025-03-28"/, "$145744", '"2025-03-28"'],
  ])("an Excel day number as %s is said against a date, with the date it stands for (not \"write it in quotes\")", (_, at, by, suggestion) => {
    const dir = tempDir();
    const file = path.join(dir, "serial.yaml");
    const text = readFileSync(EXAMPLE, "utf8").replace(at, by);
    expect(text).not.toBe(readFileSync(EXAMPLE, "utf8"));
    writeFileSync(file, text);
    const d = check(file).failures[0]!.diagnostics[0]!;
    expectWellFormed(d);
    expect(d.code).toBe("wrong-type");
    expect(d.params).toMatchObject({ expected_key: "date", suggestion });
    expect(d.params.hint_source).toBeUndefined();
  });

  it("450 and a no-break space pasted from Word, unquoted, is not said to be in quotes (it was number-quoted: remove the quotes)", () => {
    const dir = tempDir();
    const file = path.join(dir, "nbsp-number.yaml");
    const text = readFileSync(EXAMPLE, "utf8").replace(/("2\.3":\n    value: )450\n/, "$1450\u00a0\n");
    expect(text).toContain("450\u00a0");
    writeFileSync(file, text);
    const d = check(file).failures[0]!.diagnostics[0]!;
    expectWellFormed(d);
    expect(d.code).toBe("wrong-type");
    expect(d.params).toMatchObject({ suggestion: "450", hint_space: "U+00A0" });
    for (const lang of ["vi", "en"] as const) expect(message(lang, d.code, d.params)).not.toMatch(/quotes|dấu nháy/);
  });

  it("a value typed in NFD is quoted under found in NFC, as the data is compared", () => {
    const file = path.join(tempDir(), "nfd-value.yaml");
    const word = "nhiều";
    const text = readFileSync(EXAMPLE, "utf8").replace(/("1\.1":\n    value: )4\n/, `$1"${word.normalize("NFD")}"\n`);
    expect(text).toContain(word.normalize("NFD"));
    writeFileSync(file, text);
    const d = check(file).failures[0]!.diagnostics[0]!;
    expect(d.code).toBe("wrong-type");
    expect(d.params.found).toBe(word);
  });

  it("a __proto__ key, at the top or in answers, is an unknown field and pollutes nothing", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = checkFiles([{ file: path.join(BAD, "proto-top.yaml") }, { file: path.join(BAD, "proto-answers.yaml") }]);
    expect(result.failures.map((f) => f.diagnostics[0]!.code)).toEqual(["unknown-field", "unknown-indicator"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("an agency name typed in NFD is read as its NFC form", () => {
    const file = path.join(BAD, "nfd-name-valid.yaml");
    const raw = readFileSync(file, "utf8");
    expect(raw).toContain(NAME.normalize("NFD"));
    expect(raw).not.toContain(NAME);
    const items = checkFiles([{ file }]).valid.flatMap((v) => v.items);
    expect(items).toHaveLength(1);
    expect(items[0]!.agency.agency.name).toBe(NAME);
    expect(items[0]!.agency.agency.name).toBe(items[0]!.agency.agency.name.normalize("NFC"));
  });

  it("a UTF-8 BOM and CRLF line ends change neither the result nor the columns", () => {
    const plain = readFileSync(path.join(BAD, "crlf-error.yaml"), "utf8").replace(/\r\n/g, "\n");
    const viaText = checkFiles([{ file: "lf.yaml", text: plain }]).failures[0]!.diagnostics[0]!;
    const viaCrlf = check(path.join(BAD, "crlf-error.yaml")).failures[0]!.diagnostics[0]!;
    expect({ code: viaCrlf.code, line: viaCrlf.line, col: viaCrlf.col }).toEqual({ code: viaText.code, line: viaText.line, col: viaText.col });
    const bom = check(path.join(BAD, "utf8-bom-error.yaml")).failures[0]!.diagnostics[0]!;
    const noBom = readFileSync(path.join(BAD, "utf8-bom-error.yaml")).subarray(3).toString("utf8");
    const viaNoBom = checkFiles([{ file: "nobom.yaml", text: noBom }]).failures[0]!.diagnostics[0]!;
    expect({ line: bom.line, col: bom.col }).toEqual({ line: viaNoBom.line, col: viaNoBom.col });
  });
});
