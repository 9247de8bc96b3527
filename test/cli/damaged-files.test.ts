import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { damagedText, seededRandom } from "../helpers/random.js";
import { runCli } from "../helpers/run-cli.js";

// Whole commands on damaged files, end to end: whatever a slip of the keyboard or a bad export does to a file,
// the user gets findings placed in it, never an internal error or a stack trace. Each case has its own file
// name: a rubric is loaded once per process by path.
const cwd = mkdtempSync(path.join(tmpdir(), "egov-damaged-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const PIECES = [":", ": ", "-", "- ", "[", "]", "{", "}", "\"", "'", "#", "&a ", "*a", "!", "!!str ", "|", ">", "\t", "\n", "\n  ", " ", "?", ",", "~", "%", "@", "`",
  "1.10", "null", "-1", "1e9", "0x1F", ".5", "true", "Đạt", "é", "\u200b", "\ufeff", "\r", "<<: *a", "__proto__: 1", "  x: 1\n"];
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;
const INTERNAL = /Internal error|Lỗi nội bộ/;

const random = seededRandom(20261205);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function damagedCopy(source: string, name: string): string {
  const file = path.join(cwd, name);
  writeFileSync(file, damagedText(readFileSync(source, "utf8"), PIECES, random));
  return file;
}

describe("damaged files through the whole command", () => {
  it("an agency file: exit 0 or 1, findings placed at file:line:col, no internal error", async () => {
    const seeds = readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => path.join("examples", f)).concat("examples/invalid/so-xay-dung-loi.yaml");
    const commands = [["validate"], ["score"], ["score", "--format", "json"], ["score", "--format", "md"], ["score", "--format", "html"], ["score", "--format", "csv"], ["explain"]];
    let invalid = 0;
    for (let round = 0; round < 120; round++) {
      const name = `agency-${round}.yaml`;
      const file = damagedCopy(pick(seeds), name);
      const [command, ...options] = pick(commands);
      const r = await runCli([command!, file, ...options, "--lang", pick(["en", "vi"])], { cwd });
      const said = `${command} ${name}: ${r.stderr.slice(0, 400)}`;
      const output = r.stdout + r.stderr;
      expect([0, 1], said).toContain(r.code);
      expect(output, said).not.toMatch(INTERNAL);
      expect(output, said).not.toMatch(STACK_FRAME);
      if (command === "validate" && r.code === 1) {
        invalid++;
        expect(output, said).toMatch(new RegExp(`${name}:\\d+:\\d+`));
      }
    }
    // The damage must reach the checks, or the loop proves nothing.
    expect(invalid).toBeGreaterThan(5);
  });

  it("a rubric: usable, or refused with exit 2 and its findings placed; never an internal error", async () => {
    const seeds = readdirSync("rubrics").filter((f) => f.endsWith(".yaml")).map((f) => path.join("rubrics", f));
    let refused = 0;
    for (let round = 0; round < 40; round++) {
      const name = `rubric-${round}.yaml`;
      const file = damagedCopy(pick(seeds), name);
      const args = pick([["rubric", "lint", file], ["rubric", "show", file], ["score", "examples/so-khcn-quang-binh.yaml", "--rubric", file]]);
      const r = await runCli([...args, "--lang", pick(["en", "vi"])], { cwd: process.cwd() });
      const said = `${args.join(" ")}: ${r.stderr.slice(0, 400)}`;
      const output = r.stdout + r.stderr;
      expect([0, 1, 2], said).toContain(r.code);
      expect(output, said).not.toMatch(INTERNAL);
      expect(output, said).not.toMatch(STACK_FRAME);
      if (r.code === 2 || (args[1] === "lint" && r.code === 1)) {
        refused++;
        expect(output, said).toMatch(new RegExp(`${name}:\\d+:\\d+`));
      }
    }
    expect(refused).toBeGreaterThan(5);
  });
});
