import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_TOKENS, tokenExcess } from "../../src/load/token-count.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { readPlainYaml } from "../../src/load/plain-yaml.js";
import { cpuTimed } from "../helpers/cpu-time.js";
import { runCli } from "../helpers/run-cli.js";

const HEAD = 'rubric: {id: dti-cap-so, version: "2025.1"}\nagency: {id: x, name: "X", type: department, cohort: so-nganh}\nperiod: "2025"\n';

/** The token tokenExcess stops at, as text: `limit` tokens are allowed, the next one is the one named. */
const past = (text: string, limit: number) => {
  const e = tokenExcess(text, limit);
  return e && `${e.offset}:${text.slice(e.offset, e.offset + e.length)}`;
};

describe("tokenExcess", () => {
  it.each([
    // x : [ 1 , 1 , 1 ]: the 6th is the second 1.
    ["x: [1, 1, 1]", 5, "7:1"],
    ["x: [1, 1, 1]", 8, "11:]"],
    ["x: [1, 1, 1]", 9, undefined],
    // Commas inside quotes are text: x : [ "…" , '…' ] is 7 tokens.
    ['x: ["a, b, c, d, e, f", \'g, h, i\']', 7, undefined],
    // A comment is not counted, nor are its commas and brackets.
    ["x: 1 # a, b, [c, d], {e, f}\ny: 2", 4, "29::"],
    // A block text is one token, its header: x : | y :
    ["x: |\n  a, b, c\n  - d\n  - e\ny: 2", 4, "28::"],
    // Block items: each dash and each value; an item left empty is its dash alone.
    ["x:\n- 1\n-\n- 3\n", 5, "9:-"],
    // Anchors and tags each count: the parser builds something for each.
    ["x: &a !t &b !t 1", 4, "9:&b"],
  ])("%j with a limit of %i: the first token past it is at %s", (text, limit, expected) => {
    expect(past(text, limit)).toBe(expected);
  });

  it("a text no longer than the limit is not lexed: every real file, at the real limit", () => {
    // Each counted token takes a character, so none can pass; nothing of the parser is loaded for it.
    expect(tokenExcess("[".repeat(1000), 1000)).toBeUndefined();
    expect(tokenExcess("[".repeat(1001), 1000)).toEqual({ offset: 1000, length: 1 });
  });

  it("every rubric and example holds less than a fiftieth of the limit", () => {
    const files = [...readdirSync("rubrics").map((f) => path.join("rubrics", f)), ...readdirSync("examples").map((f) => path.join("examples", f))].filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect([file, tokenExcess(readFileSync(file, "utf8"), MAX_TOKENS / 50)]).toEqual([file, undefined]);
  });
});

/** Hostile shapes of a 4 MB file: the parser built a node for every item before the list was cut (14–34 s, 1–2.8 GB each). */
const HOSTILE: [string, string][] = [
  ["one flow list of 300,000 items", `${HEAD}answers: {"1.1": [${"1,".repeat(300_000)}1]}\n`],
  ["a block list of 260,000 items", `${HEAD}answers: {}\nx:\n${"- a\n".repeat(260_000)}`],
  ["600,000 empty block items", `${HEAD}answers: {}\nx:\n${"-\n".repeat(600_000)}`],
  ["600,000 commas", `${HEAD}x: [${",".repeat(600_000)}]\n`],
  ["600,000 anchors on one value", `${HEAD}x: ${"&a ".repeat(600_000)}1\n`],
];

describe("parseYaml on a file of more tokens than the limit", () => {
  it.each(HOSTILE)("%s: one finding where the count passes the limit, before the parser builds anything", (_name, text) => {
    const { result, ms } = cpuTimed(() => parseYaml(text));
    const at = tokenExcess(text)!;
    const line = text.slice(0, at.offset).split("\n").length;
    const col = at.offset - text.lastIndexOf("\n", at.offset - 1);
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.code, d.line, d.col, d.params.limit])).toEqual([["too-many-tokens", line, col, MAX_TOKENS]]);
    // Measured at 0.2–0.6 s with the lexer alone; the parse it spares took 4–10 s for these.
    expect(ms).toBeLessThan(3000);
  });

  it("the plain reader refuses such a text (it read the 300,000 items), so the fast path and the parser say the same", () => {
    expect(readPlainYaml(HOSTILE[0]![1])).toBeUndefined();
  });
});

describe("the CLI on a file of too many tokens", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "egov-tokens-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const agency = path.join(dir, "agency.yaml");
  writeFileSync(agency, HOSTILE[0]![1]);
  // The same list behind a document marker: the plain reader refuses it for that, and the parser reads it.
  const marked = path.join(dir, "marked.yaml");
  writeFileSync(marked, `---\n${HOSTILE[0]![1]}`);
  const rubric = path.join(dir, "rubric.yaml");
  writeFileSync(rubric, `${readFileSync("rubrics/dti-cap-so.yaml", "utf8")}x-list: [${"1,".repeat(300_000)}1]\n`);

  it.each(["score", "validate"])("%s: one finding, in both languages, with the limit and a hint; exit 1", async (command) => {
    for (const file of [agency, marked]) {
      const en = await runCli([command, file, "--lang", "en"]);
      const vi = await runCli([command, file, "--lang", "vi"]);
      expect([en.code, vi.code]).toEqual([1, 1]);
      const shown = command === "score" ? en.stdout + en.stderr : en.stderr;
      expect(shown.match(/\[too-many-tokens\]/g)).toHaveLength(1);
      expect(en.stderr).toMatch(/more than 500000 keys, values/);
      expect(en.stderr).toMatch(/hint: a real agency or rubric file holds a few thousand/);
      expect(en.stderr).toMatch(/> {1,2}\d+ \| …,?1,1,1.*\n +\| +\^\n/);
      expect(vi.stderr).toMatch(/Tệp có quá nhiều phần tử YAML: đến đây đã quá 500000/);
      expect(vi.stderr).toMatch(/gợi ý: một tệp thật/);
    }
  });

  it("a rubric of too many tokens cannot be used: exit 2; rubric lint reports it as a finding of its own", async () => {
    const scored = await runCli(["score", "--rubric", rubric, "examples/so-tai-chinh-quang-binh.yaml"]);
    expect(scored.code).toBe(2);
    expect(scored.stderr.match(/\[too-many-tokens\]/g)).toHaveLength(1);
    const lint = await runCli(["rubric", "lint", rubric, "--format", "json"]);
    expect(lint.code).toBe(1);
    const findings = (JSON.parse(lint.stdout) as { files: { findings: { rule: string; line: number }[] }[] }).files[0]!.findings;
    expect(findings.map((f) => [f.rule, f.line])).toEqual([["too-many-tokens", readFileSync("rubrics/dti-cap-so.yaml", "utf8").split("\n").length]]);
  });
});

describe("the too-many-tokens message", () => {
  // A list of quoted texts is refused like any other: the message said "quoted text not counted".
  const quoted = `${HEAD}answers: {"1.3": {value: [${'"a",'.repeat(260_000)}"a"]}}\n`;
  it.each([
    ["en", "a text in quotes counts as one"],
    ["vi", "một chuỗi trong dấu nháy tính là một"],
  ])("says, in %s, that a text in quotes counts, as it does", async (lang, said) => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-tokens-"));
    writeFileSync(path.join(dir, "quoted.yaml"), quoted);
    const r = await runCli(["validate", path.join(dir, "quoted.yaml"), "--lang", lang]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.stdout + r.stderr).toContain("[too-many-tokens]");
    expect(r.stdout + r.stderr).toContain(said);
  });
});
