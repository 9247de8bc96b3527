import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const readme = readFileSync("README.md", "utf8");
const commands = readFileSync("docs/commands.md", "utf8");
const report = readFileSync("docs/report-format.md", "utf8");
const ci = readFileSync("docs/ci.md", "utf8");

/** The text of doc from marker up to end (a level-2 heading by default); the marker must be there. */
function part(doc: string, marker: string, end = "\n## "): string {
  const at = doc.indexOf(marker);
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  const stop = doc.indexOf(end, at + marker.length);
  return doc.slice(at, stop < 0 ? undefined : stop);
}

/** README's row for a command in its table of commands, and the command's section of docs/commands.md. */
const row = (name: string): string => (readme.includes(`\n| \`${name}`) ? part(readme, `\n| \`${name}`, "\n") : "") + section(name);
/** docs/commands.md's section on a command (a heading naming it), or its line in a section of several. */
const section = (name: string): string =>
  commands.includes(`\n## \`${name}`) ? part(commands, `\n## \`${name}`) : part(commands, `\n- \`${name}`, "\n- ");
/** ci.md's paragraph on what every command takes (-o, --force, the global options). */
const common = part(ci, "Every command takes the common options", "Prefer `-o`");

/** Where each command's options are documented: a user reads these places for that command. */
const places: Array<[string[], string]> = [
  [["score"], row("score PATH") + part(report, "## Several formats in one run")],
  [["validate"], row("validate PATH") + part(report, "## validate")],
  [["explain"], row("explain FILE") + part(report, "## explain")],
  [["assess"], row("assess [FILE]")],
  [["init"], row("init")],
  [["rubric", "list"], row("rubric list") + common],
  [["rubric", "show"], row("rubric show") + part(ci, "## `rubric show --format md`") + part(ci, "| command | what it does | exit codes |", "\n\n")],
  [["rubric", "lint"], row("rubric lint") + part(ci, "## `rubric lint`")],
  [["rubric", "test"], row("rubric test") + part(ci, "## `rubric test`")],
  [["rubric", "impact"], row("rubric impact") + part(ci, "## `rubric impact`")],
  [["schema", "agency"], row("schema agency") + part(ci, "And for editors", "\n\n")],
  [["schema", "rubric"], row("schema rubric") + part(ci, "And for editors", "\n\n")],
  [["schema", "report"], row("schema report") + part(ci, "And for editors", "\n\n")],
];

/** Each option line of a --help's Options section, as its spellings ("-o", "--output"). */
function optionsOf(help: string): string[][] {
  const section = help.slice(help.indexOf("Options:"), help.indexOf("\nCommands:") >>> 0);
  return [...section.matchAll(/^ {2}((?:-\w, )?--[\w-]+)/gm)].map((m) => (m[1] ?? "").split(", ")).filter((o) => !o.includes("--help"));
}

/** The option is written in text as a flag of its own (not inside a longer one such as --output-dir). */
const named = (text: string, flag: string): boolean => new RegExp(`(^|[\\s\`(\\[])${flag}(?![\\w-])`, "m").test(text);

describe("every option a command's --help lists is documented where that command is", () => {
  it.each(places)("%s", async (command, text) => {
    const help = (await runCli([...command, "--help"])).stdout;
    const options = optionsOf(help);
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((spellings) => !spellings.some((flag) => named(text + common, flag)))).toEqual([]);
  });

  it("the global options", async () => {
    const options = optionsOf((await runCli(["--help"])).stdout);
    expect(options.filter((spellings) => !spellings.some((flag) => named(readme, flag)))).toEqual([]);
  });
});

describe("README's row for a command says what its arguments may be, as its --help does", () => {
  // rubric lint and rubric test take folders (26652d3); README named files only, and test's row nothing at all.
  it.each([["rubric", "lint"], ["rubric", "test"]])("%s %s: a folder", async (...command) => {
    const help = (await runCli([...command, "--help"])).stdout;
    expect(help).toMatch(/folders of them/);
    expect(row(command.join(" "))).toMatch(/\bfolder\b/);
  });
});

// The other way round: an option renamed or dropped in the code stays in the documents, and a user typing it as
// written gets "unknown option" (newcomer5).
describe("every option the documents name is one the tool has", () => {
  /** Options of other programs the documents quote (Node's heap limit, npm install --global, gh pr comment --edit-last). */
  const others = new Set(["--max-old-space-size", "--global", "--edit-last"]);
  /** Options mistyped on purpose, where commands.md shows what an unknown option is answered with. */
  const mistyped = new Set(["--group-rank", "--by-group", "--groups", "--sep", "--csv"]);
  const docs = ["README.md", "docs/commands.md", "docs/ci.md", "docs/report-format.md", "docs/agency-format.md", "docs/rubric-format.md"];

  it("each --option written in README and docs/ is listed by some command's --help", async () => {
    const helps = await Promise.all([[], ...places.map(([command]) => command)].map(async (command) => (await runCli([...command, "--help"])).stdout));
    const known = new Set(helps.flatMap((help) => optionsOf(help).flat()).concat("--help"));
    const unknown = docs.flatMap((doc) =>
      [...readFileSync(doc, "utf8").matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0]).filter((flag) => !known.has(flag) && !others.has(flag) && !(doc === "docs/commands.md" && mistyped.has(flag))).map((flag) => `${doc}: ${flag}`),
    );
    expect([...new Set(unknown)]).toEqual([]);
  });
});
