import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { detectLang } from "../i18n/lang.js";
import { langInArgv, usageError, usageHint } from "../i18n/usage-words.js";
import { helpConfiguration, helpText, localizeHelp } from "./localize-help.js";
import { packagePath } from "../load/package-path.js";
import { makeContext, type Context } from "./context.js";
import { EXIT, UsageError } from "./errors.js";
import { processIo, type Io } from "./io.js";
import { fromWindowsPath } from "../io/windows-path.js";
import { registerExplain } from "./register-explain.js";
import { registerRubric } from "./register-rubric.js";
import { dashFileHint, dashWordsHint } from "./dash-file-hint.js";
import { listOptionHint } from "./list-option-hint.js";
import { commandOptions, suggestByWord } from "./option-word-hint.js";
import { withoutHelpBeforeUnknownTopic } from "./help-topic.js";
import { unusedOptions } from "./unused-options.js";
import { gathering, refuseRepeatedOptions } from "./repeated-options.js";
import { refuseEmptyNames } from "./empty-names.js";
import { foldChoiceCase } from "./choice-case.js";
import { nodeTooOld, OLDEST_NODE } from "./node-version.js";

interface GlobalFlags { lang?: string; color?: boolean; verbose?: boolean; quiet?: boolean }

function toolVersion(): string {
  return (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;
}

/**
 * What to say when standard output failed (a full disk behind `> report.json`, /dev/full), in the language the
 * command line asks for; bin/egov-score.js says it and exits 2. A closed pipe (`| head`) is no failure.
 */
export async function stdoutFailure(error: NodeJS.ErrnoException, argv: string[], env: Record<string, string | undefined> = process.env): Promise<string> {
  const { message } = await import("../i18n/messages.js");
  return message(detectLang(langInArgv(argv), env), "stdout-unwritable", { detail: error.code ?? error.message }) + "\n";
}

/** --lang vi|en, in either case; vn (the country's code, as many write it) is taken for vi. The help lists vi and en. */
function langOption(): Option {
  const option = new Option("--lang <lang>", "language of messages: vi or en (default from LANGUAGE, LC_ALL, LC_MESSAGES, LANG, or the Windows regional format)").choices(["vi", "en"]);
  const check = option.parseArg!;
  return option.argParser((value: string, previous: unknown) => { const asked = value.toLowerCase(); return check(asked === "vn" ? "vi" : asked, previous); });
}

/** Told apart in any case, as the choices of other options (see choice-case.ts); another word is refused with its own message. */
const CSV_LAYOUTS = ["ranking", "long"];

/** Run the command line and return the exit code. The only place that catches everything. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const version = toolVersion();
  let code: number = EXIT.ok;
  let context: Context | undefined;
  const program = new Command("egov-score");
  const usageLang = detectLang(langInArgv(argv), io.env);
  // Said before anything runs: on an older Node a command could fail half-way with an "internal error".
  const nodeVersion = io.nodeVersion ?? process.versions.node;
  if (nodeTooOld(nodeVersion)) {
    const { message } = await import("../i18n/messages.js");
    io.stderr(message(usageLang, "node-too-old", { version: nodeVersion, oldest: OLDEST_NODE }) + "\n");
    return EXIT.usage;
  }
  // A usage error and its hints, said once commander has thrown: wrapping them to the terminal loads a module, which its sync output cannot await.
  let usageText = "";
  const sayUsage = async (text: string) => {
    const { wrapForTerminal } = await import("../report/wrap.js");
    // The paths typed (a file name with spaces, quoted in a hint) are never broken across lines.
    io.stderr(wrapForTerminal(text.replace(/\n$/u, ""), io.stderrColumns, undefined, [...argv]) + "\n");
  };
  const ctx = async (): Promise<Context> => {
    const flags = program.opts<GlobalFlags>();
    context ??= await makeContext(io, detectLang(flags.lang, io.env), { ...flags, langGiven: flags.lang !== undefined }, version);
    return context;
  };
  program
    .description("Self-assessment, collection and ranking against e-government / digital-transformation rubrics (tự chấm điểm chuyển đổi số)")
    .version(version, "-V, --version")
    .addOption(langOption())
    .option("--no-color", "plain output without colours (also NO_COLOR, FORCE_COLOR=0, TERM=dumb)")
    .option("--verbose", "show stack traces of internal errors")
    .option("--quiet", "print less: no progress, notes or warnings")
    .exitOverride()
    // Usage errors and help in the user's language, known before commander has read --lang; after an
    // error, a hint instead of the whole help (outputError adds it).
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, getOutHelpWidth: () => io.stdoutColumns ?? 80, getErrHelpWidth: () => io.stderrColumns ?? 80, outputError: (text) => { usageText += usageError(suggestByWord(text, commandOptions(program, argv)), usageLang) + dashFileHint(text, argv, io.cwd, usageLang) + listOptionHint(text, argv, usageLang) + usageHint(usageLang) + "\n"; } })
    .helpOption("-h, --help", helpText("display help for command", usageLang))
    .helpCommand("help [command]", helpText("display help for command", usageLang))
    .configureHelp(helpConfiguration(usageLang))
    .hook("preAction", async (_program, action) => {
      const unused = await unusedOptions(action);
      if (unused.length === 0) return;
      const c = await ctx();
      if (c.quiet) return;
      const { sayMessage } = await import("./say.js");
      for (const u of unused) sayMessage(c, u.key, { option: u.option, ...(u.format === undefined ? {} : { format: u.format }) }, c.colorErr.yellow);
    });

  program.command("score")
    .description("score agency files (files, folders or quoted globs) and print the result")
    .argument("<paths...>", "agency files, folders of them or quoted globs such as \"nop/**/*.yaml\" (- for standard input)")
    .option("-r, --rubric <id|path>", "rubric to score with (default: the one each file names; a file that names none is read as answering it)")
    .option("-f, --format <formats>", "output formats, comma-separated: table, json, csv, md, html, xlsx (default: table, or the ones -o's extensions name)")
    .addOption(gathering(new Option("-o, --output <file>", "write the report to a file (repeatable; the format follows the extension)").argParser((v: string, all: string[] = []) => [...all, fromWindowsPath(v)])))
    .option("--output-dir <dir>", "write every --format to this folder (without --format: json, csv, md, html and xlsx)", fromWindowsPath)
    .option("--csv-sep <sep>", "csv field separator, e.g. ';' for Excel with a decimal comma", ",")
    .option("--csv-layout <layout>", "csv layout: ranking or long", (v: string) => (CSV_LAYOUTS.includes(v.toLowerCase()) ? v.toLowerCase() : v), "ranking")
    .option("--force", "overwrite existing output files")
    .option("--group-ranks", "also rank agencies within their cohort on each top-level group")
    .option("--fail-below <score|pct%>", "exit 1 when any agency scores below this (points, or a percentage with %)")
    .action(async (paths: string[], opts) => { code = await (await import("./commands/score.js")).score(await ctx(), paths, opts); });

  program.command("validate")
    .description("check agency files against their rubric without scoring")
    .argument("<paths...>", "agency files, folders of them or quoted globs such as \"nop/**/*.yaml\" (- for standard input)")
    .option("-r, --rubric <id|path>", "rubric to check against (default: the one each file names; a file that names none is read as answering it)")
    .addOption(new Option("-f, --format <format>", "output format (default: text, or the one -o's extension names)").choices(["text", "json"]))
    .option("-o, --output <file>", "write the findings to a file instead of the terminal", fromWindowsPath)
    .option("--force", "overwrite an existing output file")
    .action(async (paths: string[], opts) => { code = await (await import("./commands/validate.js")).validate(await ctx(), paths, opts); });

  program.command("assess")
    .description("answer a rubric interactively; creates FILE or resumes it (saved after every answer)")
    .argument("[file]", "agency file to create or resume (default: AGENCY-CODE.yaml)", fromWindowsPath)
    .option("-r, --rubric <id|path>", "rubric (default: the one the file names, else the bundled one of the agency type, -t's or the file's, else dti-cap-so)")
    .option("-t, --agency-type <type>", "agency type, e.g. department or commune")
    .action(async (file: string | undefined, opts) => { code = await (await import("./commands/assess.js")).assess(await ctx(), file, opts); });

  program.command("init")
    .description("write a blank agency file to fill in an editor, each indicator with its question as comments")
    .option("-o, --output <file>", "file to write (default: standard output)", fromWindowsPath)
    .option("-r, --rubric <id|path>", "rubric (default: the bundled one of --agency-type, else dti-cap-so)")
    .option("-t, --agency-type <type>", "only the indicators that apply to this agency type")
    .option("--force", "overwrite an existing file")
    .action(async (opts) => { code = await (await import("./commands/init.js")).init(await ctx(), opts); });

  const registrar = { ctx, setExitCode: (c: number) => { code = c; } };
  registerExplain(program, registrar);
  registerRubric(program, registrar);
  localizeHelp(program, usageLang);
  // Before the repeated-option check, which then sees -f json and -f JSON as one value.
  foldChoiceCase(program);
  refuseRepeatedOptions(program);
  refuseEmptyNames(program);

  try {
    await program.parseAsync(withoutHelpBeforeUnknownTopic(argv, program), { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for (--help, `help`) is success; help shown because no command was given (commander's exit code
      // 1, the help on standard error) is a usage error, like an unknown command: nothing was done.
      const asked = error.code === "commander.helpDisplayed" || error.code === "commander.version" || (error.code === "commander.help" && error.exitCode === 0);
      if (usageText !== "") await sayUsage(usageText);
      return asked ? EXIT.ok : EXIT.usage;
    }
    const c = await ctx();
    const { message } = await import("../i18n/messages.js");
    // Loaded here, not at start-up: only a command that writes a file can meet these.
    const { EditedMeanwhileError, FileExistsError, WriteRefusedError } = await import("../io/write-atomic.js");
    const { WorkFolderError } = await import("../batch/work-folder.js");
    const { outOfDescriptors, TooManyOpenFilesError } = await import("../io/open-files.js");
    const { wrapForTerminal } = await import("../report/wrap.js");
    const { quotedUserTexts, withLangOption } = await import("../load/shell-word.js");
    // Wrapped at spaces on a terminal, as every sentence the tool says there.
    // The message's own values (file paths with spaces) are never broken across lines.
    const say = (text: string, params: Record<string, unknown> = {}) => io.stderr(c.colorErr.red(wrapForTerminal(withLangOption(text, c.langOption, quotedUserTexts(params)), io.stderrColumns, undefined, Object.values(params).filter((v): v is string => typeof v === "string"))) + "\n");
    // An output file that exists (without --force) or that the system refuses is the user's to fix, whichever command writes it.
    const usage = error instanceof FileExistsError ? (error.more.length > 0 ? new UsageError("outputs-exist", { files: [error.file, ...error.more].join(", ") }) : new UsageError("output-exists", { file: error.file }))
      : error instanceof WriteRefusedError ? new UsageError("output-unwritable", { file: error.file, detail: error.reason })
      : error instanceof WorkFolderError ? new UsageError(error.reason === "EFBIG" ? "work-folder-size-limit" : "work-folder-unusable", { folder: error.folder, detail: error.reason })
      // Out of descriptors anywhere (an agency file, a spool, a module loaded late): the machine's limit, not a bug to report.
      : error instanceof TooManyOpenFilesError || outOfDescriptors(error) ? new UsageError("too-many-open-files")
      : error;
    // A file left unusable by a hand edit is invalid data, the officer's to fix (exit 1).
    if (error instanceof EditedMeanwhileError) {
      say(message(c.lang, "assess-edited-meanwhile", { file: error.file }), { file: error.file });
      return EXIT.invalid;
    }
    if (usage instanceof UsageError) {
      say(message(c.lang, usage.key, usage.params), usage.params);
      const dashHint = dashWordsHint(argv, io.cwd, c.lang);
      if (dashHint !== "") await sayUsage(dashHint);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    say(message(c.lang, "internal-error", { detail }));
    if (c.verbose && error instanceof Error && error.stack) io.stderr(error.stack + "\n");
    return EXIT.usage;
  }
}
