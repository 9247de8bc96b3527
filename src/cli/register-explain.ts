import { Option } from "commander";
import type { Register } from "./register.js";
import { fromWindowsPath } from "../io/windows-path.js";

/** `explain FILE`: per-indicator reasoning and the largest gains left, for one agency. */
export const registerExplain: Register = (program, { ctx, setExitCode }) => {
  program.command("explain")
    .description("explain one agency's score: every indicator's answer, rule and points, then the largest gains left")
    .argument("<file>", "agency file (- for standard input)")
    .option("-r, --rubric <id|path>", "rubric to score with (default: the one the file names; a file that names none is read as answering it)")
    .addOption(new Option("-f, --format <format>", "output format (default: text, or the one -o's extension names)").choices(["text", "md", "json"]))
    .option("-o, --output <file>", "write to a file instead of standard output", fromWindowsPath)
    .option("--force", "overwrite an existing output file")
    // Help writes the default as a number (commander quotes a text: (default: "10")); the value stays text, read as a typed --top.
    .addOption(new Option("--top <n>", "how many gains to list (0 for all; json lists all)").default("10", "10"))
    .option("--verified", "explain the verified score (the collector's values) instead of the self-score")
    .option("--batch <paths...>", "the batch the agency is ranked in (files, folders, globs; after FILE, since it takes every path that follows): indicators compared with other agencies are scored against its cohort, as score scores them")
    .action(async (file: string, opts) => { setExitCode(await (await import("./commands/explain.js")).explain(await ctx(), file, opts)); });
};
