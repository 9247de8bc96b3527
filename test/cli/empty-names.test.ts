import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SEED = "examples/so-khcn-quang-binh.yaml";
const cwd = mkdtempSync(path.join(tmpdir(), "egov-empty-name-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe("an empty file or folder name given to an option (-o \"$OUT\" with OUT unset)", () => {
  // init and schema took -o "" for standard output and ended with 0, no file written; score, validate and rubric
  // show said "Cannot tell which format to write to : …", --output-dir "" "Cannot write : no such file or folder",
  // and rubric test --fixtures "" failed the run (exit 1) on a folder named "".
  it("is a usage error that names the option, and nothing is printed or written", async () => {
    const cases: string[][] = [
      ["init", "-o", ""],
      ["schema", "rubric", "-o", ""],
      ["schema", "agency", "--output="],
      ["score", SEED, "-o", ""],
      ["score", SEED, "--output-dir", " "],
      ["validate", SEED, "-o", ""],
      ["explain", SEED, "-o", ""],
      ["rubric", "show", "-o", ""],
      ["rubric", "test", "dti-cap-so", "--fixtures", ""],
    ];
    for (const args of cases) {
      const option = args.find((a) => a.startsWith("-o") || a.startsWith("--output") || a === "--fixtures")!.replace(/^-o$/, "--output").replace(/=$/, "");
      const r = await runCli([...args, "--lang", "en"], { cwd });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toBe(`${option} needs a file or folder name, and was given an empty one\n`);
      expect(r.stdout).toBe("");
    }
    const vi = await runCli(["init", "-o", "", "--lang", "vi"], { cwd });
    expect(vi.stderr).toBe("--output cần tên một tệp hoặc thư mục, nhưng giá trị được ghi để trống\n");
    expect(existsSync(path.join(cwd, "dti-cap-so-2025.1.agency.schema.json"))).toBe(false);
  });

  it("-o - is still standard output", async () => {
    const r = await runCli(["schema", "rubric", "-o", "-"], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty("$schema");
  });
});
