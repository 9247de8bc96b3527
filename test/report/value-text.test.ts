import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatHtml } from "../../src/report/html.js";
import { answerLabels } from "../../src/report/common.js";
import { answerText } from "../../src/report/value-text.js";
import { parseReportJson } from "../helpers/report-json.js";
import { runCli } from "../helpers/run-cli.js";
import { REPRODUCIBLE } from "./helpers.js";

// "Kinh phí bố trí cho chuyển đổi số trong năm | 450": a reader of the report could not tell 450 of what.
describe("an answer that is a figure", () => {
  it("is written with the rubric's unit, a percentage with %, a parts answer's figure with its field's unit; the json carries them", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    const agency = section.agencies[0]!;
    const answer = (code: string, lang: "vi" | "en") => answerText(agency.score.indicators.find((i) => i.code === code)!, lang, answerLabels(section, code));
    expect(answer("2.3", "vi")).toBe("450 triệu đồng");
    expect(answer("2.3", "en")).toBe("450 million VND");
    expect(answer("3.3", "vi")).toBe("4,41 Mbps/CBCCVC");
    expect(answer("2.2", "vi")).toBe("85 %");
    expect(answer("3.2", "vi")).toBe("Phòng, đơn vị đã kết nối mạng TSLCD/WAN: 6 / 6 (100,00 %); Số ứng dụng chạy trên mạng TSLCD: 3 ứng dụng");
    // English units are plural: one is said in the singular ("1 services" was wrong, then "1", its unit lost); Vietnamese has no plural.
    expect(answer("6.2.2", "en")).toBe("Partly online services: 1 service; Fully online services: 3 services");
    expect(answer("6.2.2", "vi")).toMatch(/: 1 dịch vụ; .*: 3 dịch vụ$/);
    // An answer of a scale (a maturity level 1–5) has no unit.
    expect(answer("1.6", "vi")).toBe("3");
    // One of a unit with no plural in it keeps it whole: "1 million VND" read "1".
    const one = { ...agency.score.indicators.find((i) => i.code === "2.3")!, value: 1 };
    expect(answerText(one, "en", answerLabels(section, "2.3"))).toBe("1 million VND");
    expect(formatHtml(report, { lang: "vi" })).toContain("<td>450 triệu đồng</td>");
  });
});

// 0,0000001 typed for a percentage (a slip assess asks back, kept): the report's answer column read "1e-7 %".
describe("an answer JavaScript writes with an exponent", () => {
  it("is written with every digit, as it was typed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-value-text-"));
    try {
      const file = path.join(dir, "tiny.yaml");
      writeFileSync(file, readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/("2\.2":\n {4}value:) 100\n/, "$1 0.0000001\n"));
      const report = parseReportJson((await runCli(["score", file, "--format", "json"], { env: REPRODUCIBLE })).stdout);
      const section = report.rubrics[0]!;
      const indicator = section.agencies[0]!.score.indicators.find((i) => i.code === "2.2")!;
      expect(indicator.value).toBe(1e-7);
      expect(answerText(indicator, "vi", answerLabels(section, "2.2"))).toBe("0,0000001 %");
      expect(formatHtml(report, { lang: "en" })).toMatch(/<td>0\.0000001\s%<\/td>/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
