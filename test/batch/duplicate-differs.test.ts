import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { duplicateFailure } from "../../src/batch/score-files.js";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, REPRODUCIBLE, tempDir } from "../report/helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

// A file sent again with a corrected answer and the same date sent (or none) was listed as not scored with "one file
// per agency in a batch" alone: nothing said that the file ranked, the first in file order, may be the older one.
describe("two files of one agency that differ, no date sent telling the newer", () => {
  const dir = tempDir(temps);
  const first = path.join(dir, "kho-bac-quang-binh.yaml");
  const text = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8");
  writeFileSync(first, text);
  mkdirSync(path.join(dir, "sub"));
  const again = path.join(dir, "sub", "kho-bac v2.yaml");
  writeFileSync(again, text.replace("value: 320", "value: 330"));

  it("say which file is ranked and how to rank the other", async () => {
    const r = await runCli(["score", dir, "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\n +/g, " ")).toContain(`hint: the two files differ and no date sent tells which is newer; the file ranked is ${first} (the first in file order): if this one is the file to score, take ${first} out of the batch and score again`);
    const vi = await runCli(["score", dir, "-f", "md", "--lang", "vi"], { env: REPRODUCIBLE });
    expect(vi.stdout).toContain("hai tệp có nội dung khác nhau và ngày gửi không cho biết tệp nào mới hơn");
  });
  it("across threads too, and not of a copy or a file dated later", () => {
    expect(duplicateFailure(again, "qb-kbnn", first).diagnostics[0]!.params).toMatchObject({ hint_differs: 1 });
    const copy = path.join(dir, "copy.yaml");
    writeFileSync(copy, text);
    expect(duplicateFailure(copy, "qb-kbnn", first).diagnostics[0]!.params.hint_differs).toBeUndefined();
    const later = path.join(dir, "later.yaml");
    writeFileSync(later, text.replace(/submitted: "[^"]+"/, 'submitted: "2025-12-01"'));
    expect(text).toMatch(/submitted: "[^"]+"/);
    expect(duplicateFailure(later, "qb-kbnn", first).diagnostics[0]!.params).toMatchObject({ first_submitted: expect.any(String) });
    expect(duplicateFailure(later, "qb-kbnn", first).diagnostics[0]!.params.hint_differs).toBeUndefined();
  });
});

// "Agency id is already used by Sở Tài chính.yaml" of Sở Tài chính.yaml: one name composed, one decomposed (a Mac's
// archive), the same on screen; nothing told the collector which file the finding was of.
describe("two files of one agency whose names differ only in how their letters are composed", () => {
  const dir = tempDir(temps);
  const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
  const composed = path.join(dir, "Sở Tài chính.yaml".normalize("NFC"));
  const decomposed = path.join(dir, "Sở Tài chính.yaml".normalize("NFD"));
  writeFileSync(composed, text);
  writeFileSync(decomposed, text);
  it("say which name is the decomposed one", async () => {
    const r = await runCli(["score", dir, "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hint: the two file names look the same: (the ranked file's|this file's) is spelled with separate diacritics \(NFD, as a Mac's archive writes names\)/);
    expect(duplicateFailure(decomposed, "qb-stc", composed).diagnostics[0]!.params).toMatchObject({ hint_twin_name: "this" });
    expect(duplicateFailure(composed, "qb-stc", decomposed).diagnostics[0]!.params).toMatchObject({ hint_twin_name: "first" });
    expect(duplicateFailure(composed, "qb-stc", path.join(dir, "other.yaml")).diagnostics[0]!.params.hint_twin_name).toBeUndefined();
  });
});

// A copy with a comment added (a collector's note, "# bản gửi lại") was told "the two files differ and no date sent tells
// which is newer": the collector opened both to find the difference, the answers being the same.
describe("two files of one agency that differ only in their comments", () => {
  const dir = tempDir(temps);
  const first = path.join(dir, "a", "kho-bac.yaml");
  const text = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8");
  mkdirSync(path.dirname(first));
  writeFileSync(first, text);
  const noted = path.join(dir, "b", "kho-bac.yaml");
  mkdirSync(path.dirname(noted));
  writeFileSync(noted, `# bản gửi lại qua email\n${text.replace("value: 320", "value: 320   # đã kiểm tra")}`);

  it("name both files and say they hold the same data", async () => {
    const r = await runCli(["score", path.join(dir, "a"), path.join(dir, "b"), "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.code).toBe(1);
    const said = r.stderr.replace(/\n +/g, " ");
    expect(said).toContain(`${noted}:`);
    expect(said).toContain(`hint: this file differs from ${first} only in its comments or layout: the same data, the same score; keep one of the two`);
    expect(said).not.toContain("the two files differ");
    const vi = await runCli(["score", path.join(dir, "a"), path.join(dir, "b"), "-f", "md", "--lang", "vi"], { env: REPRODUCIBLE });
    expect(vi.stdout).toContain(`chỉ khác`);
    expect(vi.stdout).not.toContain("hai tệp có nội dung khác nhau");
  });
  // "keep one of the two" named no file to keep of standard input, which has none.
  it("given on standard input, the file on disk is the one to keep", async () => {
    const noted = readFileSync(path.join(dir, "b", "kho-bac.yaml"), "utf8");
    const r = await runCli(["score", path.join(dir, "a"), "-", "--lang", "en"], { env: REPRODUCIBLE, stdin: noted });
    expect(r.stderr.replace(/\n +/g, " ")).toContain(`hint: the text given on standard input differs from ${first} only in its comments or layout: the same data, the same score; keep ${first} and leave the - out of the command`);
    const vi = await runCli(["score", "-", path.join(dir, "a"), "--lang", "vi"], { env: REPRODUCIBLE, stdin: noted });
    expect(vi.stderr.replace(/\n +/g, " ")).toContain("gợi ý: tệp này chỉ khác phần đưa vào qua đầu vào chuẩn, <stdin>, ở chú thích (#) hoặc cách trình bày: cùng dữ liệu, cùng điểm; giữ tệp này và bỏ dấu - khỏi lệnh");
  });
  it("across threads too; a changed answer still differs", () => {
    expect(duplicateFailure(noted, "qb-kbnn", first).diagnostics[0]!.params).toMatchObject({ hint_same_data: 1 });
    expect(duplicateFailure(noted, "qb-kbnn", first).diagnostics[0]!.params.hint_differs).toBeUndefined();
    const changed = path.join(dir, "b", "changed.yaml");
    writeFileSync(changed, `# bản gửi lại\n${text.replace("value: 320", "value: 330")}`);
    expect(duplicateFailure(changed, "qb-kbnn", first).diagnostics[0]!.params).toMatchObject({ hint_differs: 1 });
  });
});
