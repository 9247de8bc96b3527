import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { withoutHelpBeforeUnknownTopic } from "../../src/cli/help-topic.js";

function program(): Command {
  const root = new Command("egov-score").option("--lang <lang>").option("--quiet");
  root.command("score");
  const rubric = root.command("rubric");
  rubric.command("show").alias("sh");
  return root;
}

describe("withoutHelpBeforeUnknownTopic", () => {
  it.each([
    [["help", "scor"], ["scor"]],
    [["--lang", "vi", "help", "scor"], ["--lang", "vi", "scor"]],
    [["--quiet", "help", "x"], ["--quiet", "x"]],
    [["rubric", "help", "sho"], ["rubric", "sho"]],
    [["help", "score"], ["help", "score"]],
    [["help", "rubric"], ["help", "rubric"]],
    [["help", "rubric", "sho"], ["rubric", "sho"]],
    [["help", "rubric", "show"], ["rubric", "help", "show"]],
    [["--lang", "vi", "help", "rubric", "show", "--quiet"], ["--lang", "vi", "rubric", "help", "show", "--quiet"]],
    [["help", "score", "x"], ["help", "score", "x"]],
    // Options between the words: `help --lang vi rubric show` showed rubric's help, `help --lang vi scor` the whole help, exit 0.
    [["help", "--lang", "vi", "rubric", "show"], ["--lang", "vi", "rubric", "help", "show"]],
    [["help", "rubric", "--quiet", "show"], ["rubric", "--quiet", "help", "show"]],
    [["help", "--lang", "vi", "scor"], ["--lang", "vi", "scor"]],
    [["help", "--lang", "vi", "rubric", "sho"], ["--lang", "vi", "rubric", "sho"]],
    [["help", "--", "scor"], ["help", "--", "scor"]],
    [["rubric", "help", "show"], ["rubric", "help", "show"]],
    [["rubric", "help", "sh"], ["rubric", "help", "sh"]],
    [["help"], ["help"]],
    [["help", "--lang", "vi"], ["help", "--lang", "vi"]],
    [["score", "help", "x"], ["score", "help", "x"]],
    [["--lang", "help", "scor"], ["--lang", "help", "scor"]],
    [["--", "help", "scor"], ["--", "help", "scor"]],
  ])("%j → %j", (argv, expected) => {
    expect(withoutHelpBeforeUnknownTopic(argv, program())).toEqual(expected);
  });
});
