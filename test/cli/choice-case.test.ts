import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const FILE = "examples/so-khcn-quang-binh.yaml";

describe("choices in any case", () => {
  // Each was refused (exit 2, "argument 'JSON' is invalid") while score -f JSON and --lang EN were taken.
  it.each([
    [["validate", FILE, "-f", "JSON"], /^\{/],
    [["explain", FILE, "-f", "Json"], /^\{/],
    [["rubric", "show", "-f", "MD"], /^# /],
    [["rubric", "lint", "rubrics/dti-cap-so.yaml", "-f", "JSON"], /^\{/],
    [["score", FILE, "-f", "csv", "--csv-layout", "LONG"], /,Code,Indicator,/],
  ])("%j", async (args, output) => {
    const r = await runCli([...args, "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.replace(/^\ufeff/, "")).toMatch(output);
  });

  it("a word that is no choice in any case is still refused, as typed", async () => {
    const r = await runCli(["score", FILE, "-f", "csv", "--csv-layout", "Wide", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown CSV layout "Wide"');
    expect((await runCli(["validate", FILE, "-f", "XML", "--lang", "en"])).stderr).toContain("argument 'XML' is invalid");
  });

  it("the same choice in two cases is one value, not two (refused only when they differ)", async () => {
    expect((await runCli(["validate", FILE, "-f", "JSON", "-f", "json"])).code).toBe(0);
    expect((await runCli(["validate", FILE, "-f", "JSON", "-f", "text"])).code).toBe(2);
  });
});
