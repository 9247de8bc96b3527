import { describe, expect, it } from "vitest";
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
