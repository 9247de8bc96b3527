import { describe, expect, it } from "vitest";
import { listOptionHint } from "../../src/cli/list-option-hint.js";
import { runCli } from "../helpers/run-cli.js";

const SEED = "examples/so-khcn-quang-binh.yaml";

describe("listOptionHint", () => {
  it.each([
    ["error: missing required argument 'file'", ["explain", "--batch", "examples", SEED], "--batch takes every path that follows it, the missing argument too: write the arguments before --batch (or end its paths with --)\n"],
    ["error: missing required argument 'new'", ["rubric", "impact", "a.yaml", "--corpus", "x", "b.yaml"], "--corpus takes every path that follows it, the missing argument too: write the arguments before --corpus (or end its paths with --)\n"],
    // Written --corpus=x or --batch=x, the option takes that one path: a word after it is an argument, so one missing was not typed.
    ["error: missing required argument 'new'", ["rubric", "impact", "a.yaml", "--corpus=x"], ""],
    ["error: missing required argument 'file'", ["explain", "--batch=examples"], ""],
    ["error: missing required argument 'file'", ["explain"], ""], // nothing was taken: the argument is missing
    ["error: unknown option '-x'", ["explain", "--batch", "examples", "-x"], ""],
    ["error: missing required argument 'file'", ["explain", "--", "--batch"], ""], // after --, a path
  ])("%s %j", (error, argv, hint) => {
    expect(listOptionHint(error, argv, "en")).toBe(hint);
  });
});

describe("an argument written after --batch or --corpus", () => {
  // `explain --batch examples/ FILE` said only "missing required argument 'file'": FILE had been taken into the batch.
  it("the usage error says the option took it, and how to write it (exit 2), in Vietnamese too", async () => {
    const en = await runCli(["explain", "--batch", "examples", SEED, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("error: missing required argument 'file'\n--batch takes every path that follows it");
    const vi = await runCli(["rubric", "impact", "dti-cap-so", "--corpus", SEED, "dti-cap-so", "--lang", "vi"]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain("lỗi: thiếu đối số bắt buộc <mới>\n--corpus nhận mọi đường dẫn đứng sau nó, kể cả đối số còn thiếu: hãy viết các đối số trước --corpus (hoặc kết thúc danh sách đường dẫn bằng --)");
  });

  it("is not said after --corpus=DIR, which takes that path alone: the argument after it is read as one", async () => {
    expect((await runCli(["rubric", "impact", "dti-cap-so", `--corpus=${SEED}`, "dti-cap-so", "-f", "json"])).code).toBe(0);
    const missing = await runCli(["rubric", "impact", "dti-cap-so", `--corpus=${SEED}`, "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: missing required argument 'new'");
    expect(missing.stderr).not.toContain("takes every path");
  });
});
