import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SEED = "examples/so-khcn-quang-binh.yaml";
const dir = mkdtempSync(path.join(tmpdir(), "egov-repeated-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an option that takes one value, given twice", () => {
  // Commander kept the last value, nothing said: validate wrote b.txt alone, score printed the csv alone.
  it("with two values is a usage error naming the option and both values, and nothing is written", async () => {
    const a = path.join(dir, "a.json"), b = path.join(dir, "b.txt");
    const cases: [string[], string][] = [
      [["validate", SEED, "-o", a, "-o", b], `--output is given twice ("${a}" and "${b}"): give it once, with the value you mean\n`],
      [["score", SEED, "-r", "dti-cap-so", "--rubric=dti-cap-xa"], `--rubric is given twice ("dti-cap-so" and "dti-cap-xa"): give it once, with the value you mean\n`],
      [["explain", SEED, "--top", "3", "--top", "5"], `--top is given twice ("3" and "5"): give it once, with the value you mean\n`],
      [["rubric", "lint", "dti-cap-so", "--fail-severity", "error", "--fail-severity", "warning"], `--fail-severity is given twice ("error" and "warning"): give it once, with the value you mean\n`],
      [["init", "-r", "dti-cap-so", "-r", "dti-cap-xa"], `--rubric is given twice ("dti-cap-so" and "dti-cap-xa"): give it once, with the value you mean\n`],
      [["score", SEED, "-f", "json", "-f", "csv"], `--format is given twice ("json" and "csv"): for several formats, give it once, comma-separated (--format json,csv)\n`],
    ];
    for (const [args, said] of cases) {
      const r = await runCli([...args, "--lang", "en"]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toBe(said);
      expect(r.stdout).toBe("");
    }
    expect(existsSync(a) || existsSync(b)).toBe(false);
    const vi = await runCli(["score", SEED, "--csv-sep", ";", "--csv-sep", ",", "-f", "csv", "--lang", "vi"]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(`Tùy chọn --csv-sep được ghi hai lần (";" và ","): hãy chỉ ghi một lần, với giá trị cần dùng\n`);
  });

  it("with the same value twice, or an option that gathers (score -o, --batch, --corpus), is taken", async () => {
    expect((await runCli(["score", SEED, "-f", "json", "--format", "json"])).code).toBe(0);
    // score's --format takes its formats in any case: JSON and json are one format, not two to list.
    const cased = await runCli(["score", SEED, "-f", "JSON", "-f", "json"]);
    expect(cased.code, cased.stderr).toBe(0);
    expect(JSON.parse(cased.stdout).tool.name).toBe("egov-score");
    const r = await runCli(["score", SEED, "-o", path.join(dir, "r.json"), "-o", path.join(dir, "r.csv")]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, "r.csv"))).toBe(true);
    expect((await runCli(["explain", SEED, "--batch", SEED, "--batch", "examples/kho-bac-quang-binh.yaml"])).code).toBe(0);
    // The program's own --lang: the last one typed, so that it overrides one a wrapper or an alias sets.
    const lang = await runCli(["--lang", "vi", "score", SEED, "-f", "xml", "--lang", "en"]);
    expect(lang.stderr).toContain("Unknown format");
  });
});
