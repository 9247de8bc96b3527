import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDirs } from "./helpers/files.js";
import { runCli } from "../helpers/run-cli.js";

// rubric lint --previous said "changed from its earlier version (1.2)": 1.2, the code that changed, read as the
// earlier version's number; and the Vietnamese named the field bare ("mà version vẫn là 1") where rubric impact says
// "mà phiên bản vẫn là 1", and said "được chấm theo bản nào cũng vậy" where impact says "theo bất kỳ bản nào".
describe("rubric lint's version-not-bumped finding names the changes as changes", () => {
  const lint = (lang: string) =>
    runCli(["rubric", "lint", "test/fixtures/lint/version-not-bumped.fail.yaml", "--previous", "test/fixtures/lint/version-not-bumped.previous.yaml", "--lang", lang]);

  it.each([
    ["en", "The rubric changed from its earlier version (changed: 1.2) but its version is still 1: a file answering 1 is scored by either without a word, under the codes as written"],
    ["vi", "Bộ chỉ số đã thay đổi so với phiên bản trước (đã đổi: 1.2) mà phiên bản (version) vẫn là 1: tệp trả lời phiên bản 1 sẽ được chấm theo bất kỳ bản nào mà không có cảnh báo, theo đúng mã như đã ghi (câu trả lời cho một mã nay là chỉ số khác được chấm như chỉ số đó;"],
  ])("%s", async (lang, said) => {
    const r = await lint(lang);
    expect(r.stdout + r.stderr).toContain(said);
  });
});

// Once impact listed the rubric's own title (d449808a), a typo fixed in it asked for a new version, the finding saying
// answers would be scored as another indicator: the title scores nothing, and lint stays clean.
describe("rubric lint --previous with only the rubric's own title changed", () => {
  const tempDir = tempDirs();
  it("gives no version-not-bumped finding", async () => {
    const previous = "test/fixtures/lint/version-not-bumped.previous.yaml";
    const text = readFileSync(previous, "utf8");
    const retitled = text.replace("en: Lint rule test rubric}", "en: Lint rules test rubric}");
    expect(retitled).not.toBe(text);
    const file = path.join(tempDir(), "title-only.yaml");
    writeFileSync(file, retitled);
    const r = await runCli(["rubric", "lint", file, "--previous", previous, "--lang", "en"]);
    expect(r.stdout + r.stderr).not.toContain("version-not-bumped");
    expect(r.code).toBe(0);
  });
});
