import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first ```yaml block of a document, written to a file of its own. */
function firstYamlBlock(doc: string, name: string): string {
  const text = readFileSync(doc, "utf8");
  const start = text.indexOf("```yaml\n");
  const end = text.indexOf("```", start + 8);
  const file = path.join(dir, name);
  writeFileSync(file, text.slice(start + 8, end));
  return file;
}

describe("the documents' worked examples are what they say they are", () => {
  it("docs/agency-format.md: the example agency file is valid against the rubric it names (it named none that exists)", async () => {
    const r = await runCli(["validate", firstYamlBlock("docs/agency-format.md", "agency.yaml")]);
    expect(r.stderr).toContain("1 valid file, 0 invalid");
    expect(r.code).toBe(0);
  });

  it("docs/rubric-format.md: the worked example rubric lints clean (a '…' in its source address was refused)", async () => {
    const r = await runCli(["rubric", "lint", firstYamlBlock("docs/rubric-format.md", "rubric.yaml")]);
    expect(r.stdout + r.stderr).toContain("no problems");
    expect(r.code).toBe(0);
  });
});

describe("docs/rubric-format.md: the lint.accept sample line", () => {
  it("is what lint prints for the copy it describes (it named rubrics/dti-cap-xa.yaml, which has no lint.accept, at lines it did not have)", async () => {
    const doc = readFileSync("docs/rubric-format.md", "utf8");
    const section = doc.slice(doc.indexOf("## Keeping a lint warning on purpose"));
    const start = section.indexOf("```yaml\n");
    const entry = section.slice(start + 8, section.indexOf("```", start + 8));
    const sample = /^ {4}(my-rubric\.yaml:\d+:\d+ lint\.accept keeps .*)$/m.exec(section)?.[1];
    expect(sample).toBeDefined();
    const own = mkdtempSync(path.join(dir, "accept-"));
    const rubric = readFileSync("rubrics/dti-cap-xa.yaml", "utf8");
    expect(rubric).toContain('period: "2025"');
    writeFileSync(path.join(own, "my-rubric.yaml"), rubric.replace('period: "2025"', 'period: "2026"') + entry);
    const r = await runCli(["rubric", "lint", "my-rubric.yaml"], { cwd: own });
    expect(r.stderr.split("\n")).toContain(sample);
    expect(r.stderr).toContain("(2 warnings kept on purpose by the rubric's lint.accept, not shown)");
  });
});

/** The `code` spans of a document between two of its phrases, each cut at "…" (an example left unfinished). */
function quotedBetween(doc: string, from: string, to: string): string[] {
  const text = readFileSync(doc, "utf8");
  const start = text.indexOf(from);
  const part = text.slice(start, text.indexOf(to, start));
  return [...part.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1]!.split("…")).map((s) => s.trim().replace(/;$/, "")).filter((s) => s !== "");
}

describe("the rule wordings the documents quote are what the tool prints", () => {
  it("docs/report-format.md: explain's rules (it quoted \"20 points × a/b; b = 0: full points\", which no rule was)", async () => {
    const quoted = quotedBetween("docs/report-format.md", "**the rule in", "its N/A");
    expect(quoted.length).toBeGreaterThan(2);
    const r = await runCli(["explain", "examples/so-khcn-quang-binh.yaml", "--top", "0"]);
    const rules = r.stdout.split("\n").filter((l) => l.trim().startsWith("Rule: ")).join("\n");
    for (const words of quoted.filter((q) => q !== "rubric show")) expect(rules).toContain(words);
  });

  it("docs/ci.md: rubric show --format md's rules, in English and Vietnamese", async () => {
    const quoted = quotedBetween("docs/ci.md", "a proportional rule says its points first", "`explain` words");
    expect(quoted.length).toBeGreaterThan(2);
    const md = (await runCli(["rubric", "show", "dti-cap-so", "--format", "md"])).stdout
      + (await runCli(["rubric", "show", "dti-cap-so", "--format", "md", "--lang", "vi"])).stdout;
    for (const words of quoted) expect(md).toContain(words);
  });
});

describe("docs/commands.md: the headings a version move writes are init's", () => {
  it("each heading quoted is one init writes, and the group's, the \"— title\" and the bonus's are all named (the last two were not)", async () => {
    const quoted = quotedBetween("docs/commands.md", "Accepted, `init`'s group headings", "comment lines of your own stay")
      .filter((q) => q.startsWith("# "));
    const init = path.join(dir, "init-vi.yaml");
    await runCli(["init", "-t", "department", "--lang", "vi", "-o", init]);
    const lines = readFileSync(init, "utf8");
    for (const heading of quoted) expect(lines).toContain(heading);
    for (const kind of ["# ═══ 1.", "#   — ", "# ═══ Điểm thưởng"]) expect(quoted.some((q) => q.startsWith(kind))).toBe(true);
  });
});

describe("docs/commands.md: --fail-below's list is written as it says", () => {
  it("each total it quotes is one the examples print, a verified one said so too (that was not said)", async () => {
    const quoted = quotedBetween("docs/commands.md", "`--fail-below 800` or `--fail-below 80%`", "Points above a rubric's scale")
      .filter((q) => /\d\.\d\d/.test(q));
    const own = mkdtempSync(path.join(dir, "namesakes-"));
    cpSync("examples/kho-bac-quang-binh.yaml", path.join(own, "kho-bac-quang-binh.yaml"));
    // A namesake: the Treasury's file again under another id (warned of as a likely resubmission; both are ranked).
    writeFileSync(path.join(own, "kho-bac-2.yaml"), readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace("id: qb-kbnn", "id: qb-kbnn-2"));
    const namesakes = await runCli(["score", own, "--fail-below", "950"]);
    const alone = await runCli(["score", "examples/kho-bac-quang-binh.yaml", "--fail-below", "950"]);
    const departments = await runCli(["score", "examples/kho-bac-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "examples/so-khcn-quang-binh.yaml", "--fail-below", "950"]);
    const lists = `${namesakes.stderr}\n${alone.stderr}\n${departments.stderr}`.split("\n").filter((l) => l.startsWith("Below the threshold")).join("\n");
    expect(quoted).toContain("895.28, verified score");
    for (const words of quoted) expect(lists).toContain(words);
  });
});

// commands.md said the list was "lowest first", while a points threshold over several rubrics lists them by
// percentage of their rubric's scale: 849.23 of 1000 before 816.14 of 960.
describe("docs/commands.md: the order of --fail-below's list is the one said", () => {
  it("lowest first by percentage of the scale, with the example it gives", async () => {
    const doc = readFileSync("docs/commands.md", "utf8").replace(/\n\s*/g, " ");
    expect(doc).toContain("lowest first by percentage of their rubric's scale, whether the threshold is in points or a percentage");
    expect(doc).toContain("849.23 of 1000, 84.92 %, before 816.14 of 960, 85.01 %");
    const r = await runCli(["score", "examples/xa-can-giuoc-tay-ninh.yaml", "examples/so-khcn-quang-binh.yaml", "--fail-below", "900"]);
    expect(r.stderr).toMatch(/^Below the threshold 900: Sở Khoa học và Công nghệ tỉnh Quảng Bình \(dti-cap-so: 849\.23 [^)]*\); UBND xã Cần Giuộc, tỉnh Tây Ninh \(dti-cap-xa: 816\.14 [^)]*\)$/m);
  });
});
