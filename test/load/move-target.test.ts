import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recodedMiniRubric } from "../helpers/recoded-rubric.js";
import { parseAgencyFile, validateAgency } from "../../src/load/load-agency.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-move-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Version 2 of assess-mini: 1.5 re-coded 1.6.
const { loaded } = recodedMiniRubric(dir);

/** validate's "did you mean" for the answer under `code`. */
function hint(code: string, answer: string, more: string[] = []): unknown {
  const text = ['rubric: {id: assess-mini, version: "2"}', "agency: {id: so-t, name: Sở T, type: department}", 'period: "2025"', "respondent: {name: Lê T}", "answers:", '  "1.1": {value: false}', `  "${code}": ${answer}`, ...more, ""].join("\n");
  const parsed = parseAgencyFile("so-t.yaml", text);
  if (!parsed.ok) throw new Error("does not parse");
  const checked = validateAgency(parsed.agency, loaded);
  const d = (checked.ok ? checked.warnings : checked.diagnostics).find((f) => f.code === "unknown-indicator");
  return d?.params.suggestion ?? d?.params.hint_curly;
}

describe("validate's \"did you mean\" for an answer under a code the rubric does not have names what assess would move it to", () => {
  it("the nearest code that takes its value, not the nearest unanswered (1.4 takes a fraction, not a choice's id)", () => {
    expect(hint("1.5", "{value: pho}")).toBe("1.6");
    expect(hint("1.5", "{value: {a: 1, b: 2}}")).toBe("1.4");
  });

  // It named the nearest unanswered (1.4), which assess then refused to move the answer to: both now name none.
  it("none when none takes it: the nearest is said not to take it, with what assess does instead; a word processor's quotes still said", async () => {
    // 2.5 is a text, which takes any id: answered, it is no code to move to.
    expect(hint("1.5", "{value: khac}", ['  "2.5": {value: "Không"}'])).toBeUndefined();
    expect(hint("“1.4”", "{value: pho}")).toBe("1.4");
    const text = ['rubric: {id: assess-mini, version: "2"}', "agency: {id: so-t, name: Sở T, type: department}", 'period: "2025"', "respondent: {name: Lê T}", "answers:", '  "1.1": {value: false}', '  "1.5": {value: khac}', '  "2.5": {value: "Không"}', ""].join("\n");
    const file = path.join(dir, "khong-hop.yaml");
    writeFileSync(file, text);
    const en = await runCli(["validate", file, "--rubric", loaded.file]);
    expect(en.stderr).not.toContain("did you mean");
    expect(en.stderr).toContain("hint: 1.4, the nearest code the file leaves unanswered, does not take this answer, nor does another near it: egov-score assess on this file keeps it aside in a comment above answers: (not scored, nothing lost) or removes it");
    const vi = await runCli(["validate", file, "--rubric", loaded.file, "--lang", "vi"]);
    expect(vi.stderr).not.toContain("có phải là");
    expect(vi.stderr).toContain("gợi ý: 1.4, mã gần nhất tệp chưa trả lời, không nhận câu trả lời này");
  });

  it("a code written a slip from the nearest (l.4 for 1.4) keeps naming it though the value does not fit: the key is what to mend first", () => {
    expect(hint("l.4", "{value: khac}", ['  "2.5": {value: "Không"}'])).toBe("1.4");
  });

  it("an indicator that scores nothing (information only) only when no scored one takes the value", () => {
    // 2.6 dropped: its date is taken by 2.3 (a deadline) and by 2.5 (a free text, information only), which is nearer.
    expect(hint("2.6", '{value: "2025-03-01"}')).toBe("2.3");
    expect(hint("2.6", '{value: "Không có"}')).toBe("2.5");
  });
});

describe("validate's \"did you mean\" when no code takes the value", () => {
  // An answer left from a removed indicator (6.4.3, "chinh-thuc") in a vertical agency's file was offered 6.2.3,
  // of a group that does not apply to vertical agencies: moved there, it is ignored with a warning.
  it("names no indicator the agency's type is not asked", async () => {
    const text = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace('  "TR.2": {value: false}', '  "TR.2": {value: false}\n  "6.2.9": {value: "chinh-thuc"}');
    expect(text).toContain('"6.2.9"');
    const r = await runCli(["validate", "-"], { stdin: text });
    expect(r.stderr).toContain('There is no indicator "6.2.9"');
    expect(r.stderr).not.toMatch(/did you mean 6\.2\./);
  });

  // The nearest code dropped, the finding said neither a code to use nor what is expected (every error says it).
  it("says instead which codes the rubric has, in either language", async () => {
    const text = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace('  "TR.2": {value: false}', '  "TR.2": {value: false}\n  "6.2.9": {value: "chinh-thuc"}');
    const en = await runCli(["validate", "-"], { stdin: text });
    expect(en.stderr).toContain("expected: an indicator code of the rubric, 1.1 to TR.2 (the list: egov-score rubric show dti-cap-so)");
    const vi = await runCli(["validate", "-", "--lang", "vi"], { stdin: text });
    expect(vi.stderr).toMatch(/cần ghi: một mã chỉ số của bộ chỉ số, từ 1\.1 đến TR\.2/);
  });
});

describe("move-target.ts and load-agency.ts", () => {
  /** The modules `file` loads at run time, through static imports (type imports are erased). */
  function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
    for (const m of readFileSync(file, "utf8").matchAll(/^import\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)";/gm)) {
      const next = path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, ".ts"));
      if (!seen.has(next)) { seen.add(next); runtimeImports(next, seen); }
    }
    return seen;
  }

  it("import no cycle: validateAgency asks moveTarget, which is handed the check it runs on its trial file", () => {
    expect(runtimeImports("src/load/move-target.ts").has(path.resolve("src/load/move-target.ts"))).toBe(false);
  });
});
