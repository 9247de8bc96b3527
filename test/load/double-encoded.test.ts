import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOUBLE_ENCODED, doubleEncodedIssue } from "../../src/load/double-encoded.js";
import { runCli } from "../helpers/run-cli.js";

/** UTF-8 bytes read as Windows-1252, as Notepad or Excel does when it guesses the encoding wrong. */
function garble(text: string): string {
  return new TextDecoder("windows-1252").decode(new TextEncoder().encode(text));
}

const texts = [...readdirSync("rubrics").filter((f) => f.endsWith(".yaml")).map((f) => `rubrics/${f}`), ...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => `examples/${f}`)]
  .map((file) => ({ file, text: readFileSync(file, "utf8") }));

describe("double-encoded Vietnamese", () => {
  it("no bundled rubric or example reads as double-encoded (every Vietnamese letter and mark they hold)", () => {
    expect(texts.length).toBeGreaterThan(8);
    for (const { file, text } of texts) expect(DOUBLE_ENCODED.exec(text)?.[0], file).toBeUndefined();
  });

  it("each of them garbled does, and so does every Vietnamese letter alone", () => {
    for (const { file, text } of texts) expect(DOUBLE_ENCODED.test(garble(text)), file).toBe(true);
    const letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    for (const letter of [...letters, ...letters.toUpperCase()]) expect(DOUBLE_ENCODED.test(garble(letter)), letter).toBe(true);
  });

  it("warns at the first garbled text, naming it", () => {
    const data = { agency: { id: "a", name: "Sở Khoa học" }, answers: { "1.1": { value: 1, note: garble("Số liệu từ hệ thống") } } };
    expect(doubleEncodedIssue(JSON.stringify(data), data)).toMatchObject({ code: "double-encoded", path: ["answers", "1.1", "note"], severity: "warning", params: { sample: expect.stringContaining("Sá»") } });
    expect(doubleEncodedIssue("plain", { a: "Sở" })).toBeUndefined();
  });

  it.each([
    "Chương trình “CHÍNH QUYỀN XÃ”", // Ã before a closing quote: Ô garbled reads so too
    "Bình ổn «giá»", // á before », with no byte after
    "ĐÃ… và còn nữa",
    "NGÃ\u00a0BA",
    "Ångström © 2025 ®",
  ])("Vietnamese (and other text) as written is no garbled text: %j", (name) => {
    const data = { agency: { id: "a", name } };
    expect(doubleEncodedIssue(JSON.stringify(data), data)).toBeUndefined();
  });

  it("a garbled file is scored, with a located warning in a batch too (the fast path sends it to be placed)", async () => {
    const text = garble(readFileSync("examples/so-khcn-quang-binh.yaml", "utf8"));
    const r = await runCli(["score", "-", "--format", "json"], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/<stdin>:11:9 warning The text looks double-encoded \("Sá». Khoa/);
  });

  // "chính" garbled is "chÃ­nh": the byte AD of "í" read as a soft hyphen, which the invisible-character warning
  // told the collector to delete (the letter lost for good) beside the warning that says to get the original back.
  it("a soft hyphen that is half a garbled letter gets no invisible-character warning; one pasted in a garbled name keeps it", async () => {
    const text = garble(readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8"));
    expect(text).toContain("chÃ\u00adnh");
    const r = await runCli(["validate", "-", "--format", "json"], { stdin: text });
    const codes = (out: string) => JSON.parse(out).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes(r.stdout)).toEqual(["double-encoded"]);
    const pasted = await runCli(["validate", "-", "--format", "json"], { stdin: text.replace(/^( {2}name: "Sá»)/m, "$1\u200b") });
    expect(codes(pasted.stdout)).toEqual(["invisible-character", "double-encoded"]);
  });
});
