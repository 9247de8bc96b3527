import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { commandArgs, shellWord } from "../../src/cli/command-args.js";
import { assessCommand } from "../../src/load/shell-word.js";

describe("a word of a command egov-score suggests, as a shell reads it", () => {
  it.each([
    ["so-khcn.yaml", "so-khcn.yaml"],
    ["nộp bài/sở tài chính.yaml", "\"nộp bài/sở tài chính.yaml\""],
    ["a$HOME.yaml", "'a$HOME.yaml'"],
    ["it's $x.yaml", "'it'\\''s $x.yaml'"],
    // A Windows path keeps its backslashes in double quotes; bash dropped them from a bare a\b.yaml.
    ["nop\\a.yaml", "\"nop\\a.yaml\""],
    // An interactive bash expands `!` in double quotes (history): "event not found", not the file.
    ["bản nháp!.yaml", "'bản nháp!.yaml'"],
    // A last backslash would escape the closing double quote.
    ["x y\\", "'x y\\'"],
  ])("%s → %s, which bash reads back as the same word", (word, shown) => {
    expect(shellWord(word)).toBe(shown);
    expect(execFileSync("bash", ["-c", `printf %s ${shown}`], { encoding: "utf8" })).toBe(word);
  });

  it("adds the rubric only when it was given as a file", () => {
    expect(commandArgs("a.yaml", "bo chi so.yaml")).toBe('a.yaml --rubric "bo chi so.yaml"');
    expect(commandArgs("a.yaml", "dti-cap-xa")).toBe("a.yaml");
    expect(commandArgs("a.yaml")).toBe("a.yaml");
  });

  it("names a file whose name begins with - so that it is not read as an option", () => {
    // `egov-score validate -loi.yaml` fails: unknown option '-loi.yaml'.
    expect(commandArgs("-loi.yaml")).toBe("./-loi.yaml");
    expect(commandArgs("-bản nháp.yaml", "-bo.yaml")).toBe('"./-bản nháp.yaml" --rubric -bo.yaml');
    expect(commandArgs("nop/-loi.yaml")).toBe("nop/-loi.yaml");
    // Standard input is named as it is read.
    expect(commandArgs("-")).toBe("-");
  });
});

describe("the assess command egov-score suggests for a file with a rubric", () => {
  it("names the file as every suggested command does, the rubric as given", () => {
    expect(assessCommand("so-khcn.yaml", "dti-cap-so")).toBe("egov-score assess so-khcn.yaml --rubric dti-cap-so");
    expect(assessCommand("nộp bài/sở tc.yaml", shellWord("v2/bộ chỉ số.yaml"))).toBe('egov-score assess "nộp bài/sở tc.yaml" --rubric "v2/bộ chỉ số.yaml"');
    expect(assessCommand("-loi.yaml", "dti-cap-so")).toBe("egov-score assess ./-loi.yaml --rubric dti-cap-so");
    expect(assessCommand("a$b.yaml", "dti-cap-so")).toBe("egov-score assess 'a$b.yaml' --rubric dti-cap-so");
  });
});
