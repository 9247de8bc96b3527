import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { LEGACY_FONT, legacyFontIssue } from "../../src/load/legacy-font.js";
import { cpuTimed } from "../helpers/cpu-time.js";
import { runCli } from "../helpers/run-cli.js";

const NAME = "Sở Khoa học và Công nghệ tỉnh Quảng Bình";
/** The name typed in .VnTime (TCVN3) or VNI-Times and pasted as Unicode: the font's bytes as Windows-1252 letters. */
const TCVN3 = "Së Khoa häc vµ C«ng nghÖ tØnh Qu¶ng B×nh";
const VNI = "Sôû Khoa hoïc vaø Coâng ngheä tænh Quaûng Bình";

const texts = [...readdirSync("rubrics").filter((f) => f.endsWith(".yaml")).map((f) => `rubrics/${f}`), ...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => `examples/${f}`)]
  .map((file) => ({ file, text: readFileSync(file, "utf8") }));

describe("Vietnamese in a legacy font, pasted as Unicode", () => {
  it("no bundled rubric or example reads as such", () => {
    expect(texts.length).toBeGreaterThan(8);
    for (const { file, text } of texts) expect(legacyFontIssue(text, parse(text)), file).toBeUndefined();
  });

  it.each([[TCVN3, "TCVN3 (ABC)"], [VNI, "VNI Windows"], ["Tæng sè CBCCVC ®­îc giao", "TCVN3 (ABC)"], ["Cô quan töï baùo caùo", "VNI Windows"],
    // đ starting a word is a consonant: "điều" in VNI, ñieàu, had five vowels with ñ read as one.
    ["Ñieàu leä", "VNI Windows"], ["ñieàu kieän", "VNI Windows"], ["Ñöôøi ñuoâi", "VNI Windows"]])("warns at %j, naming the font", (name, font) => {
    const data = { agency: { id: "a", name: NAME }, answers: { "1.1": { value: 1, note: name } } };
    expect(legacyFontIssue(JSON.stringify(data), data)).toMatchObject({ code: "legacy-font-text", path: ["answers", "1.1", "note"], severity: "warning", params: { font } });
  });

  it.each([
    "Xem mục «Không chấm được» ở cuối báo cáo", // guillemets are quotes, apart from the letters they quote
    "Đọc tệp mất 103 µs, ghi 20 µs",
    "Microsoft® Office® 365 và Windows®",
    "Phần mềm của Müller GmbH",
    "Diện tích 25 m², nhiệt độ 20 °C, ½ ngày",
    "Sở Y tế · Sở Nội vụ",
    // A foreign name in Vietnamese text: its letters are no legacy font's while the text holds ă đ ơ ư or ạ … ỹ.
    "Hợp đồng với Công ty TNHH Müller & Söhne",
    "Chuyên gia Jürgen Weiß của tổ chức GIZ",
    "Bà María Muñoz, Đại sứ quán Tây Ban Nha",
    "Màn hình LED 3m×2m, bảng tin 1m×2m tại bộ phận một cửa",
    "Nhiệt độ phòng máy chủ 20ºc đến 25ºc",
    // With no Vietnamese letter to tell, the words' shapes do: these are no Vietnamese syllables, garbled or not.
    "Straße, Großhandel",
    "Noël, naïve",
    "Müller Söhne, Jürgen Weiß",
    "María Muñoz Peña",
  ])("Vietnamese (and other text) as written is not in a legacy font: %j", (name) => {
    const data = { agency: { id: "a", name } };
    expect(legacyFontIssue(JSON.stringify(data), data)).toBeUndefined();
  });

  it("no Vietnamese letter, in either case and with any tone, sends a file the slow way (CÔNG VĂN, THÔNG BÁO in capitals)", () => {
    const vowels = "aăâeêioôơuưy";
    const tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
    const letters = [...vowels].flatMap((v) => tones.map((t) => (v + t).normalize("NFC"))).concat("đ");
    const all = [...letters, ...letters.map((l) => l.toUpperCase())].join("");
    expect(all.length).toBe(2 * (12 * 6 + 1));
    expect(LEGACY_FONT.test(all)).toBe(false);
    expect(LEGACY_FONT.test(TCVN3) && LEGACY_FONT.test(VNI)).toBe(true);
  });

  it("a text part typed in Unicode, part pasted from a legacy font, is still found, its sample at the garbling", () => {
    const note = `Theo kế hoạch của tỉnh năm 2025, phòng đã lập danh mục: ${TCVN3}`;
    const data = { answers: { "1.1": { value: 1, note } } };
    expect(legacyFontIssue(JSON.stringify(data), data)?.params).toMatchObject({ font: "TCVN3 (ABC)", sample: expect.stringContaining("häc vµ C«ng") });
  });

  // "Sôû Taøi chính tænh Quaûng Bìn" read as if the file held that: a sample cut short says so.
  it.each([
    ["a name one character past the sample", { agency: { name: "Sôû Taøi chính tænh Quaûng Bình" } }, "Sôû Taøi chính tænh Quaûng…"],
    ["a name that fits", { agency: { name: "Së Tµi chÝnh tØnh Qu¶ng B×nh" } }, "Së Tµi chÝnh tØnh Qu¶ng B×nh"],
    ["a note garbled after Unicode words", { note: "Theo kế hoạch của tỉnh năm 2025: Së Tµi chÝnh tØnh Qu¶ng B×nh" }, "…2025: Së Tµi chÝnh tØnh…"],
  ])("%s is quoted with … where it is cut", (_, data, sample) => {
    expect(legacyFontIssue(JSON.stringify(data), data)?.params.sample).toBe(sample);
  });

  it("a long garbled text is not read to its end for marks (a 3 MB note)", () => {
    const note = `${TCVN3} `.repeat(80_000);
    const { result, ms } = cpuTimed(() => legacyFontIssue(note, { note }));
    expect(result).toMatchObject({ code: "legacy-font-text" });
    expect(ms).toBeLessThan(100);
  });

  it("such a file is scored, with a located warning in a batch too (the fast path sends it to be placed)", async () => {
    const text = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").replace(`name: "${NAME}"`, `name: "${TCVN3}"`);
    const r = await runCli(["score", "-", "--format", "json"], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/<stdin>:11:9 warning The text looks typed in a legacy TCVN3 \(ABC\) font and pasted \("Së Khoa/);
  });
});
