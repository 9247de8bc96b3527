import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { xlsxCells } from "../helpers/xlsx-parts.js";
import { cleanup, filledByCollector, REPRODUCIBLE, SEED, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

// The terminal said "unanswered 0" of an agency that left 2.3 unanswered (the verified score's completeness);
// only the json kept the self-assessment's.
describe("the completeness of an agency whose unanswered indicator the collector verified", () => {
  const file = filledByCollector(temps);
  it.each([
    ["en", "table", "answered 44 (43 in the self-assessment) · answered not applicable 2 · unanswered 0 (1 in the self-assessment) · missing evidence 0"],
    ["vi", "table", "đã trả lời 44 (43 trong bản tự đánh giá) · trả lời không áp dụng 2 · chưa trả lời 0 (1 trong bản tự đánh giá) · thiếu minh chứng 0"],
    ["en", "md", "answered 44 (43 in the self-assessment) · answered not applicable 2 · unanswered 0 (1 in the self-assessment) · missing evidence 0"],
    ["vi", "html", "đã trả lời 44 (43 trong bản tự đánh giá) · trả lời không áp dụng 2 · chưa trả lời 0 (1 trong bản tự đánh giá) · thiếu minh chứng 0"],
  ])("%s %s says the agency's own figures beside the verified ones", async (lang, format, line) => {
    const r = await runCli(["score", file, "-f", format, "--lang", lang], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\n +/g, " ")).toContain(line);
  });
  it("the json keeps both, as it did", async () => {
    const r = await runCli(["score", file, "-f", "json"], { env: REPRODUCIBLE });
    const agency = JSON.parse(r.stdout).rubrics[0].agencies[0];
    expect([agency.score.completeness.unanswered, agency.verified.completeness.unanswered]).toEqual([1, 0]);
  });
});

describe("an agency whose verified values leave its completeness as it was", () => {
  it("says its figures once", async () => {
    const r = await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.stdout).toMatch(/Indicators to answer \d+: answered \d+ · answered not applicable \d+ · unanswered \d+ · missing evidence \d+\n/);
    expect(r.stdout).not.toContain("in the self-assessment");
  });
});

// The note under a ranking said "18 unanswered" of an agency that left 19, one filled by the collector's verified value.
describe("the incomplete note of an agency whose verified values fill some of what it left unanswered", () => {
  const file = path.join(tempDir(temps), "snv.yaml");
  const text = readFileSync("examples/so-noi-vu-quang-binh-chua-xong.yaml", "utf8").replace(/^ {2}"6\.2\.3":\n {4}value: "\?"\n/m, `  "6.2.3":\n    value: "?"\n    verified: {value: {a: 50, b: 100}}\n`);
  writeFileSync(file, text);
  it.each([
    ["en", "table", "Sở Nội vụ tỉnh Quảng Bình (qb-snv): 18 unanswered (19 in the self-assessment)"],
    ["vi", "md", "Sở Nội vụ tỉnh Quảng Bình (qb-snv): 18 chỉ số chưa trả lời (19 trong bản tự đánh giá)"],
    ["en", "html", "(qb-snv): 18 unanswered (19 in the self-assessment)"],
  ])("%s %s says the self-assessment's figure beside the verified one", async (lang, format, line) => {
    expect(text).toContain("verified: {value: {a: 50, b: 100}}");
    const r = await runCli(["score", file, SEED, "-f", format, "--lang", lang], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(line);
  });
  it("an agency not verified is said with its figure alone", async () => {
    const r = await runCli(["score", "examples/so-noi-vu-quang-binh-chua-xong.yaml", SEED, "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.stdout).toContain("(qb-snv): 19 unanswered\n");
  });
});

// The csv and the xlsx's Ranking sheet counted the verified score's unanswered alone: 0 of an agency that left 2.3
// unanswered for the collector to fill, and the self-assessment's figures were in no column.
describe("the csv and xlsx columns of the self-assessment's gaps", () => {
  const file = filledByCollector(temps);
  const selfColumns = ["Unanswered (self-assessment)", "Missing evidence (self-assessment)"];
  it("the csv gives them beside the final score's", async () => {
    const lines = (await runCli(["score", file, "-f", "csv", "--lang", "en"], { env: REPRODUCIBLE })).stdout.replace(/^\uFEFF/, "").split("\r\n");
    const [head, row] = [lines[0]!.split(","), lines[1]!.split(",")];
    // Before the band's threshold, added after them.
    expect(head.slice(-3, -1)).toEqual(selfColumns);
    expect(row.slice(-3, -1)).toEqual(["1", "0"]);
    expect(row[head.indexOf("Unanswered")]).toBe("0");
  });
  it("the xlsx's Ranking sheet gives them too, in vi", async () => {
    const out = path.join(tempDir(temps), "r.xlsx");
    expect((await runCli(["score", file, "-o", out, "--lang", "vi"], { env: REPRODUCIBLE })).code).toBe(0);
    const ranking = xlsxCells(out).get("Xếp hạng")!;
    const byHead = new Map([...ranking].filter(([at]) => /^[A-Z]+1$/.test(at)).map(([at, c]) => [c.value, at.replace(/\d+$/, "")]));
    const value = (name: string) => ranking.get(`${byHead.get(name)}2`)?.value;
    expect([value("Chưa trả lời"), value("Chưa trả lời (bản tự đánh giá)"), value("Thiếu minh chứng (bản tự đánh giá)")]).toEqual(["0", "1", "0"]);
  });
});
