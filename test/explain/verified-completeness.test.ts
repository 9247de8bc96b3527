import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, filledByCollector, REPRODUCIBLE } from "../report/helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

// explain --verified said "unanswered 0" of an agency that left 2.3 unanswered, where score says "(1 in the self-assessment)".
describe("explain --verified of an agency whose unanswered indicator the collector verified", () => {
  const file = filledByCollector(temps);
  it.each([
    ["en", "text", "answered 44 (43 in the self-assessment) · answered not applicable 2 · unanswered 0 (1 in the self-assessment) · missing evidence 0"],
    ["vi", "md", "đã trả lời 44 (43 trong bản tự đánh giá) · trả lời không áp dụng 2 · chưa trả lời 0 (1 trong bản tự đánh giá) · thiếu minh chứng 0"],
  ])("%s %s says the agency's own figures beside the verified ones", async (lang, format, line) => {
    const r = await runCli(["explain", file, "--verified", "-f", format, "--lang", lang], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\n +/g, " ")).toContain(line);
  });
  it("the json gives the self-assessment's completeness beside the verified one", async () => {
    const r = await runCli(["explain", file, "--verified", "-f", "json"], { env: REPRODUCIBLE });
    const e = JSON.parse(r.stdout);
    expect([e.completeness.unanswered, e.self_completeness.unanswered]).toEqual([0, 1]);
  });
  it("the self-score's explanation says its own figures once", async () => {
    const r = await runCli(["explain", file, "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.stdout).toContain("answered 43 · answered not applicable 2 · unanswered 1 · missing evidence 0\n");
    expect(r.stdout).not.toContain("in the self-assessment");
    expect(JSON.parse((await runCli(["explain", file, "-f", "json"], { env: REPRODUCIBLE })).stdout)).not.toHaveProperty("self_completeness");
  });
});
