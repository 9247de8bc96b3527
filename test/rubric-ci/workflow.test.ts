import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";

const tempDir = tempDirs();

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

  it("a comment refused on a fork's read-only token does not fail the job; the budget's own step decides", () => {
    const workflow = parse(readFileSync("examples/ci/github-workflow.yml", "utf8")) as { on: { pull_request: { paths: string[] } }; jobs: Record<string, { steps: { name?: string; run?: string; "continue-on-error"?: boolean }[] }> };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const comment = steps.find((s) => s.run?.includes("gh pr comment"))!;
    expect(comment["continue-on-error"]).toBe(true);
    expect(steps.at(-1)!.run).toContain("exit 1");
    // The file name the header asks for is the one the paths filter watches.
    expect(readFileSync("examples/ci/github-workflow.yml", "utf8")).toContain("copy this file to .github/workflows/rubric-ci.yml");
    expect(workflow.on.pull_request.paths).toContain(".github/workflows/rubric-ci.yml");
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

/** The shell script of the example workflow's step with this id. */
function stepScript(id: string): string {
  return (parse(readFileSync("examples/ci/github-workflow.yml", "utf8")) as { jobs: Record<string, { steps: { id?: string; run?: string }[] }> }).jobs.rubrics!.steps.find((st) => st.id === id)!.run!;
}

/** A step's script after the one that writes each changed rubric's earlier version to .previous/, as the job runs them. */
function withPrevious(id: string): string {
  return `${stepScript("previous")}\n${stepScript(id)}`;
}

describe("the workflow's impact step, run in a rubric repository", () => {
  const step = stepScript("impact");
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  };

  /** A repository with two bundled rubrics, their fixtures and a corpus of department files; `edit` changes it on a branch. */
  function run(edit: (repo: string) => void, before: (repo: string) => void = () => undefined): { status: string; reports: string[]; code: number | null } {
    const { repo, output, r } = runStep(step, edit, before);
    return { status: readFileSync(output, "utf8").trim(), reports: readdirSync(path.join(repo, ".impact")).filter((f) => f.endsWith(".md")), code: r.status };
  }

  /** The step's script run in that repository, on the branch, with egov-score on the PATH and the base branch as BASE. */
  function runStep(script: string, edit: (repo: string) => void, before: (repo: string) => void = () => undefined) {
    const repo = tempDir();
    mkdirSync(path.join(repo, "rubrics"));
    for (const id of ["dti-cap-so", "dti-cap-xa"]) {
      cpSync(`rubrics/${id}.yaml`, path.join(repo, "rubrics", `${id}.yaml`));
      cpSync(`rubrics/fixtures/${id}`, path.join(repo, "rubrics", "fixtures", id), { recursive: true });
    }
    mkdirSync(path.join(repo, "corpus"));
    for (const f of ["so-khcn-quang-binh.yaml", "so-tai-chinh-quang-binh.yaml"]) cpSync(path.join("examples", f), path.join(repo, "corpus", f));
    before(repo);
    git(repo, "init", "-q", "-b", "base");
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "base");
    git(repo, "checkout", "-qb", "change");
    edit(repo);
    git(repo, "commit", "-qam", "change");
    const bin = tempDir();
    writeFileSync(path.join(bin, "egov-score"), `#!/bin/sh\nexec "${process.execPath}" "${path.resolve("bin/egov-score.js")}" "$@"\n`);
    chmodSync(path.join(bin, "egov-score"), 0o755);
    const output = path.join(bin, "github-output");
    const r = spawnSync("bash", ["-e", "-c", script], { cwd: repo, encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, BASE: "base", GITHUB_OUTPUT: output, LANG_CODE: "en", BUDGET_POINTS: "50", BUDGET_RANK: "3" } });
    return { repo, output, r };
  }

  /** The commune rubric as a new version (2025.3) whose 1.4 (a level) and 1.5 (a fraction) swap places and codes; `edit`: one more change. */
  function renumbered(repo: string, edit: (text: string) => string): void {
    const file = path.join(repo, "rubrics", "dti-cap-xa.yaml");
    const text = edit(readFileSync(file, "utf8").replace('version: "2025.2"', 'version: "2025.3"'));
    const [at4, at5, at6] = ['      - code: "1.4"', '      - code: "1.5"', '      - code: "1.6"'].map((c) => text.indexOf(c));
    const level = text.slice(at4, at5).replace('code: "1.4"', 'code: "1.5"');
    const computers = text.slice(at5, at6).replace('code: "1.5"', 'code: "1.4"');
    writeFileSync(file, text.slice(0, at4) + computers + level + text.slice(at6));
  }

  it.skipIf(process.platform === "win32")("the fixtures step tests a changed rubric with its base version: a renumbering names each old code's new one", () => {
    const { r } = runStep(withPrevious("fixtures"), (repo) => {
      // 1.4 (a level) and 1.5 (a fraction) swap places and codes; the fixtures still answer the old codes.
      renumbered(repo, (text) => text);
    });
    expect(r.stdout).toContain("1.4 of version 2025.2 is 1.5 now (the same title): write 1.5 for 1.4");
    expect(r.stdout).not.toContain("run again with --previous");
    // The rubric left as it was is tested too, and passes; the failed one decides the exit.
    expect(r.stdout).not.toContain("fixtures/dti-cap-so/");
    expect(r.stderr).toContain("10/10 fixtures passed");
    expect(r.status).toBe(1);
  });

  it.skipIf(process.platform === "win32")("the lint step lints a changed rubric with its base version: a text still naming a renumbered code is told its new one", () => {
    const { r } = runStep(withPrevious("lint"), (repo) => renumbered(repo, (text) => text), (repo) => {
      // On the base branch, 1.6's guidance names 1.4 (the level), which the change renumbers 1.5.
      const file = path.join(repo, "rubrics", "dti-cap-xa.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace('        source: {vi: "Công an xã; UBND xã", en: "Commune police; commune People\'s Committee"}\n', (line) => `${line}        guidance: {vi: "Xem thêm chỉ tiêu 1.4.", en: "See also indicator 1.4."}\n`));
      expect(readFileSync(file, "utf8")).toContain("See also indicator 1.4.");
    });
    expect(r.stdout).toContain("title=egov-score code-reference-stale::The text still names 1.4 as version 2025.2 did, but that item (the same title) is 1.5 now");
    // The rubric left as it was is linted too, without --previous.
    expect(r.stderr).toContain("1 file checked, no problems");
    expect(r.status).toBe(0);
  });

  it.skipIf(process.platform === "win32").each([
    ["quoted", 'id: "dti-cap-xa"'],
    ["in single quotes, with a comment after it", "id: 'dti-cap-xa'   # bộ chỉ số cấp xã"],
    ["with other spacing", "id:   dti-cap-xa  "],
  ])("the fixtures step reads the id, not its line: an id %s is the same rubric, tested with --previous", (_name, idLine) => {
    const { r } = runStep(withPrevious("fixtures"), (repo) => {
      renumbered(repo, (text) => text.replace("id: dti-cap-xa", idLine));
    });
    expect(r.stdout).toContain("1.4 of version 2025.2 is 1.5 now (the same title): write 1.5 for 1.4");
    expect(r.stdout).not.toContain("run again with --previous");
  });

  it.skipIf(process.platform === "win32")("the fixtures step does not pass --previous where the change gave the rubric another id (a usage error, exit 2)", () => {
    const { r } = runStep(withPrevious("fixtures"), (repo) => {
      const file = path.join(repo, "rubrics", "dti-cap-xa.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("id: dti-cap-xa", "id: dti-xa"));
    });
    // Its fixtures are in a folder named after the old id: a fixture failure (1), not a usage error.
    expect(r.stderr).not.toContain("--previous names rubric");
    expect(r.status).toBe(1);
  });

  it.skipIf(process.platform === "win32")("a rubric a pull request makes a link (to .git/config, the job's token) is not read by the fixtures or impact step, which fail (2)", () => {
    const leak = (repo: string) => {
      writeFileSync(path.join(repo, ".git", "config"), readFileSync(path.join(repo, ".git", "config"), "utf8") + '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
      const file = path.join(repo, "rubrics", "dti-cap-so.yaml");
      rmSync(file);
      symlinkSync("../.git/config", file);
      git(repo, "add", "rubrics/dti-cap-so.yaml");
    };
    const fixtures = runStep(stepScript("fixtures"), leak);
    expect(fixtures.r.stdout + fixtures.r.stderr).not.toContain("c2VjcmV0");
    expect(fixtures.r.stdout).toContain("rubrics/dti-cap-so.yaml is a symbolic link: not read");
    expect(fixtures.r.status).toBe(2);
    const impact = runStep(step, leak);
    const md = readdirSync(path.join(impact.repo, ".impact")).filter((f) => f.endsWith(".md")).map((f) => readFileSync(path.join(impact.repo, ".impact", f), "utf8")).join("");
    expect(impact.r.stdout + impact.r.stderr + md).not.toContain("c2VjcmV0");
    expect(readFileSync(impact.output, "utf8").trim()).toBe("status=2");
  });

  it.skipIf(process.platform === "win32")("a link a pull request names with a newline and an annotation ('x\\n::warning::…') prints one error line, no annotation of its own", () => {
    const { r } = runStep(stepScript("fixtures"), (repo) => {
      symlinkSync("dti-cap-so.yaml", path.join(repo, "rubrics", "x\n::warning title=fake::approved.yaml"));
      git(repo, "add", "rubrics");
    });
    expect(r.stdout.split("\n").filter((line) => line.startsWith("::warning"))).toEqual([]);
    expect(r.stdout).toContain("is a symbolic link: not read");
    expect(r.status).toBe(2);
  });

  it.skipIf(process.platform === "win32")("compares the changed rubric only, not the fixture files changed with it", () => {
    const r = run((repo) => {
      const file = path.join(repo, "rubrics", "dti-cap-so.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace('version: "2025.1"', 'version: "2025.2"'));
      const expected = path.join(repo, "rubrics", "fixtures", "dti-cap-so", "expected.yaml");
      writeFileSync(expected, readFileSync(expected, "utf8") + "\n");
    });
    expect(r).toEqual({ status: "status=0", reports: ["dti-cap-so.md"], code: 0 });
  });

  it.skipIf(process.platform === "win32")("compares a rubric whose name has Vietnamese letters and spaces (git quotes it, the shell would split it)", () => {
    const name = "bộ chỉ số sở.yaml";
    const r = run((repo) => {
      const file = path.join(repo, "rubrics", name);
      writeFileSync(file, readFileSync(file, "utf8").replace('version: "2025.1"', 'version: "2025.2"'));
    }, (repo) => cpSync("rubrics/dti-cap-so.yaml", path.join(repo, "rubrics", name)));
    expect(r).toEqual({ status: "status=0", reports: ["bộ chỉ số sở.md"], code: 0 });
  });

  it.skipIf(process.platform === "win32")("compares a rubric named .yml as well (the pathspec and the report's name took .yaml only)", () => {
    const r = run((repo) => {
      const file = path.join(repo, "rubrics", "dti-cap-xa.yml");
      writeFileSync(file, readFileSync(file, "utf8").replace(/^version: "([^"]+)"/m, 'version: "$1.1"'));
    }, (repo) => renameSync(path.join(repo, "rubrics", "dti-cap-xa.yaml"), path.join(repo, "rubrics", "dti-cap-xa.yml")));
    // No commune in the corpus: the budget cannot be checked, exit 1 (as for the .yaml rubric below); compared all the same.
    expect(r.status).toBe("status=1");
    expect(r.reports).toEqual(["dti-cap-xa.md"]);
  });

  it.skipIf(process.platform === "win32")("keeps the worst exit: an unusable new version (2) is not hidden behind a later budget failure (1), and its md says why", () => {
    const r = run((repo) => {
      const so = path.join(repo, "rubrics", "dti-cap-so.yaml");
      writeFileSync(so, readFileSync(so, "utf8").replace("scale: 1000", "scale: oops"));
      // No commune in the corpus: the budget cannot be checked, exit 1.
      const xa = path.join(repo, "rubrics", "dti-cap-xa.yaml");
      writeFileSync(xa, readFileSync(xa, "utf8").replace(/^version: "([^"]+)"/m, 'version: "$1.1"'));
    });
    expect(r.status).toBe("status=2");
    // The unusable one's md says why (f138524), and goes into the pull request's comment with the other.
    expect(r.reports).toEqual(["dti-cap-so.md", "dti-cap-xa.md"]);
    expect(r.code).not.toBe(0);
  });
});
