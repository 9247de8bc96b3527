import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../helpers/run-cli.js";

/** Every egov-score command line in the example workflow, joined across backslash continuations. */
function commandLines(): string[] {
  const workflow = parse(readFileSync("examples/ci/github-workflow.yml", "utf8")) as { jobs: Record<string, { steps: { run?: string }[] }> };
  const scripts = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ""));
  return scripts.flatMap((script) => script.replace(/\\\n\s*/g, " ").split("\n")).map((l) => l.trim()).filter((l) => l.startsWith("egov-score ") || / egov-score /.test(l))
    .map((l) => l.slice(l.indexOf("egov-score ")).replace(/\s*\|\|.*$/, ""));
}

describe("the example workflow, examples/ci/github-workflow.yml", () => {
  it("is not taken for an agency file when the examples are scored", async () => {
    const r = await runCli(["validate", "examples", "--format", "json"]);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file).filter((f: string) => f.includes("ci"))).toEqual([]);
  });

  it("uses lint with GitHub annotations, the fixtures, and impact as Markdown", () => {
    const lines = commandLines();
    expect(lines.some((l) => / rubric lint .*--format github/.test(l))).toBe(true);
    expect(lines.some((l) => / rubric test /.test(l))).toBe(true);
    expect(lines.some((l) => / rubric impact .*--corpus .*--format md/.test(l))).toBe(true);
  });

  it("uses only commands, options and formats that exist", async () => {
    for (const line of commandLines()) {
      const tokens = line.split(/\s+/).slice(1);
      const rest = tokens[0] === "--lang" ? tokens.slice(2) : tokens;
      const end = rest.findIndex((t) => !/^[a-z]+$/.test(t));
      const command = end < 0 ? rest : rest.slice(0, end);
      const help = await runCli([...command, "--help"]);
      expect(help.code, line).toBe(0);
      expect(help.stdout, line).toContain(`Usage: egov-score ${command.join(" ")}`);
      for (const option of rest.filter((t) => /^--[a-z-]+$/.test(t))) expect(help.stdout, `${line}: ${option}`).toContain(option);
      for (const [, format] of line.matchAll(/--format (\w+)/g)) expect(help.stdout, `${line}: ${format}`).toContain(`"${format}"`);
    }
  });
});
