import { describe, expect, it } from "vitest";
import { suggestByWord } from "../../src/cli/option-word-hint.js";
import { runCli } from "../helpers/run-cli.js";

const SCORE = ["--format", "--output-dir", "--csv-sep", "--csv-layout", "--group-ranks", "--fail-below", "--rubric", "--output", "--force", "--help", "--lang"];

describe("suggestByWord", () => {
  it.each([
    // Commander suggested nothing: the word is the option's.
    ["error: unknown option '--by-group'", "error: unknown option '--by-group'\n(Did you mean --group-ranks?)"],
    ["error: unknown option '--groups'", "error: unknown option '--groups'\n(Did you mean --group-ranks?)"],
    // Commander's --help by spelling shares no word with --sep.
    ["error: unknown option '--sep'\n(Did you mean --help?)", "error: unknown option '--sep'\n(Did you mean --csv-sep?)"],
    // Its own suggestion stays where it shares a word, or no option does.
    ["error: unknown option '--group-rank'\n(Did you mean --group-ranks?)", "error: unknown option '--group-rank'\n(Did you mean --group-ranks?)"],
    ["error: unknown option '--out'\n(Did you mean --output?)", "error: unknown option '--out'\n(Did you mean --output?)"],
    ["error: unknown option '--threshold'", "error: unknown option '--threshold'"],
    // Two options share the word: none is guessed.
    ["error: unknown option '--csv'", "error: unknown option '--csv'"],
  ])("%j", (error, said) => {
    expect(suggestByWord(error, SCORE)).toBe(said);
  });
});

describe("an unknown option sharing a word with one of the command's", () => {
  // `score nop/ --by-group` said only "unknown option '--by-group'"; `--sep ';'` was asked "Did you mean --help?".
  it("is answered with that option, in Vietnamese too (exit 2)", async () => {
    const en = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--by-group", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("error: unknown option '--by-group'\n(Did you mean --group-ranks?)");
    const vi = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--sep", ";", "--lang", "vi"]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain("lỗi: không có tùy chọn '--sep'\n(Có phải là --csv-sep?)");
  });
});
