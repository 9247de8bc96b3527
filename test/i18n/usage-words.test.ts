import { describe, expect, it } from "vitest";
import { langInArgv, usageError, VI_USAGE_SENTENCES } from "../../src/i18n/usage-words.js";
import { runCli } from "../helpers/run-cli.js";

/** Command lines with a usage mistake, and what the Vietnamese error must say. */
const CASES: [string[], string][] = [
  [["score", "examples", "--bogus"], "lỗi: không có tùy chọn '--bogus'"],
  [["frobnicate"], "lỗi: không có lệnh 'frobnicate'"],
  [["score"], "lỗi: thiếu đối số bắt buộc <đường-dẫn>"],
  [["explain"], "lỗi: thiếu đối số bắt buộc <tệp>"],
  [["score", "examples", "-o"], "lỗi: tùy chọn '-o, --output <tệp>' cần một giá trị"],
  [["score", "examples", "--fail-below"], "lỗi: tùy chọn '--fail-below <điểm|tỷ-lệ%>' cần một giá trị"],
  [["rubric", "impact", "a.yaml", "b.yaml"], "lỗi: thiếu tùy chọn bắt buộc '--corpus <đường-dẫn...>'"],
  [["validate", "examples", "--format", "xml"], "lỗi: tùy chọn '-f, --format <định-dạng>' không nhận giá trị 'xml'; chọn một trong: text, json."],
  [["init", "a", "b"], "lỗi: thừa đối số: lệnh nhận 0 đối số, nhưng nhận được 2."],
  [["score", "examples", "--forc"], "(Có phải là --force?)"],
  [["scor", "examples"], "(Có phải là score?)"],
  [["score", "examples", "--form"], "(Có phải là một trong: --force, --format?)"],
];

describe("commander's usage errors in the user's language", () => {
  it.each(CASES)("%j says, in Vietnamese: %s", async (args, said) => {
    const r = await runCli([...args, "--lang", "vi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).not.toMatch(/error:|Did you mean|Usage:/);
    expect(r.stderr.trimEnd().endsWith("(thêm --help vào lệnh để xem cách dùng)")).toBe(true);
  });

  it("takes the language from LANG when --lang is not given, and keeps English for English", async () => {
    expect((await runCli(["frobnicate"], { env: { LANG: "vi_VN.UTF-8" } })).stderr).toContain("lỗi: không có lệnh 'frobnicate'");
    const en = await runCli(["frobnicate"]);
    expect(en.stderr).toBe("error: unknown command 'frobnicate'\n(add --help to the command to see its usage)\n");
  });

  it("knows every sentence it lists from the installed commander (an upgrade that rewords one fails here)", async () => {
    const errors = await Promise.all(CASES.map(async ([args]) => (await runCli(args)).stderr));
    for (const [pattern] of VI_USAGE_SENTENCES) expect(errors.some((e) => pattern.test(e)), String(pattern)).toBe(true);
  });

  it("puts what the user typed into the sentence as it is ($ patterns are not read)", () => {
    expect(usageError("error: unknown option '$1$&'\n", "vi")).toBe("lỗi: không có tùy chọn '$1$&'\n");
    expect(usageError("error: something new\n", "vi")).toBe("error: something new\n");
  });

  it.each([
    [["score", "x", "--lang", "vi"], "vi"],
    [["--lang=en", "score"], "en"],
    [["score", "--", "--lang", "vi"], undefined],
    [["score", "x"], undefined],
    [["score", "--lang"], undefined],
  ])("finds the language in %j before commander reads it", (argv, lang) => {
    expect(langInArgv(argv as string[])).toBe(lang);
  });
});
