import { type Command, Option } from "commander";
import type { Register } from "./register.js";
import { fromWindowsPath } from "../io/windows-path.js";

/** `rubric …` and `schema …`: commands for rubric authors and tools. */
export const registerRubric: Register = (program, { ctx, setExitCode }) => {
  const rubric = program.command("rubric").description("rubrics for their authors: list, show, lint, test fixtures, impact of a change");
  rubric.command("list").description("list the bundled rubrics")
    .addOption(new Option("-f, --format <format>", "output format (default: table, or the one -o's extension names)").choices(["table", "json"]))
    .option("-o, --output <file>", "write to a file instead of standard output", fromWindowsPath)
    .option("--force", "overwrite an existing output file")
    .action(async (opts) => { setExitCode(await (await import("./commands/rubric.js")).list(await ctx(), opts)); });
  rubric.command("show").description("check a rubric and print its tree with points, or (--format md) a readable document, or (--format csv) a spreadsheet of its indicators")
    .argument("[id|path]", "bundled rubric id or rubric file", "dti-cap-so")
    .addOption(new Option("-f, --format <format>", "output format (default: table, or the one -o's extension names)").choices(["table", "md", "csv"]))
    .option("-o, --output <file>", "write to a file instead of standard output", fromWindowsPath)
    .option("--csv-sep <sep>", "csv field separator, e.g. ';' for Excel with a decimal comma", ",")
    .option("--force", "overwrite an existing output file")
    .action(async (spec: string, opts) => { setExitCode(await (await import("./commands/rubric.js")).show(await ctx(), spec, opts)); });
  rubric.command("lint").description("check rubric files: schema, semantics and lint rules, each finding with file:line:col and a rule code")
    .argument("<files...>", "rubric files, folders of them, or bundled rubric ids")
    .addOption(new Option("-f, --format <format>", "output format (default: stylish, or the one -o's extension names)").choices(["stylish", "json", "github", "junit", "sarif"]))
    .addOption(new Option("--fail-severity <severity>", "lowest severity that fails the run (exit 1)").choices(["error", "warning"]).default("error"))
    .option("--previous <id|path>", "the rubric's earlier version (file or bundled id; one rubric only): texts still naming codes it renumbered or removed are said")
    .option("-o, --output <file>", "write the report to a file instead of the terminal", fromWindowsPath)
    .option("--force", "overwrite an existing output file")
    .action(async (files: string[], opts) => { setExitCode(await (await import("./commands/rubric.js")).lint(await ctx(), files, opts)); });
  rubric.command("test").description("score a rubric's fixtures (fixtures/<id>/ next to the rubric) and compare with their expected.yaml")
    .argument("[rubrics...]", "rubric files, folders of them, or bundled ids (default: every bundled rubric)")
    .option("--fixtures <dir>", "fixtures folder (one rubric only; default: fixtures/<rubric id>/ next to the rubric file)")
    .option("--previous <id|path>", "the rubric's earlier version the fixtures were written for (file or bundled id; one rubric only): codes it renumbered are said with their new code, and a difference with the changes that may explain it (maxima, a group's indicators, rules, caps, bands, cohorts)")
    .addOption(new Option("-f, --format <format>", "output format (default: table, or the one -o's extension names)").choices(["table", "json", "junit", "github"]))
    .option("-o, --output <file>", "write the report to a file instead of standard output", fromWindowsPath)
    .option("--force", "overwrite an existing output file")
    .action(async (rubrics: string[], opts) => { setExitCode(await (await import("./commands/rubric.js")).test(await ctx(), rubrics, opts)); });
  rubric.command("impact").description("what a rubric change does: structural diff, and a corpus rescored under both versions with score and rank changes")
    .argument("<old>", "the rubric before the change (file or bundled id)")
    .argument("<new>", "the rubric after the change (file or bundled id)")
    .requiredOption("--corpus <paths...>", "required: the agency files, folders or quoted globs to rescore (- for standard input)")
    .option("--budget-points <n>", "fail (exit 1) when an agency's total moves by more than n points")
    .option("--budget-rank <n>", "fail (exit 1) when an agency moves more than n places in its cohort")
    .addOption(new Option("-f, --format <format>", "output format (default: table, or the one -o's extension names)").choices(["table", "md", "json", "github", "junit"]))
    // Help writes the default as a number (commander quotes a text: (default: "25")); the value stays text, read as a typed --limit.
    .addOption(new Option("--limit <n>", "agencies listed by table and md (json, github and junit list all)").default("25", "25"))
    .option("-o, --output <file>", "write the report to a file instead of standard output", fromWindowsPath)
    .option("--force", "overwrite an existing output file")
    .action(async (before: string, after: string, opts) => { setExitCode(await (await import("./commands/rubric.js")).impact(await ctx(), before, after, opts)); });

  const schema = program.command("schema").description("print JSON Schemas for editors and other tools");
  // Written with -o rather than `>`: Windows PowerShell 5.1 redirects in UTF-16, which editors' YAML plug-ins cannot read.
  const output = (command: Command) => command.option("-o, --output <file>", "write to a file instead of standard output", fromWindowsPath).option("--force", "overwrite an existing output file");
  output(schema.command("agency").description("the JSON Schema of agency files for a rubric (the one init writes for editors)")
    .option("-r, --rubric <id|path>", "rubric", "dti-cap-so"))
    .action(async (opts: { rubric: string; output?: string; force?: boolean }) => { setExitCode(await (await import("./commands/schema.js")).agency(await ctx(), opts.rubric, opts)); });
  output(schema.command("rubric").description("the JSON Schema of rubric files"))
    .action(async (opts: { output?: string; force?: boolean }) => { setExitCode(await (await import("./commands/schema.js")).rubricFormat(await ctx(), opts)); });
  output(schema.command("report").description("the JSON Schema of score --format json reports"))
    .action(async (opts: { output?: string; force?: boolean }) => { setExitCode(await (await import("./commands/schema.js")).report(await ctx(), opts)); });
};
