import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dashFileHint } from "../../src/cli/dash-file-hint.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-dash-"));
writeFileSync(path.join(dir, "-so-x.yaml"), "x: 1\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dashFileHint", () => {
  const found = "A file named -so-x.yaml is in the current folder: to name it, write ./-so-x.yaml (or put -- before it)\n";
  it.each([
    ["error: unknown option '-so-x.yaml'", ["score", "-so-x.yaml"], found],
    // Read as -s o-x.yaml or -r f.yaml, the file's name is no unknown option: the error is another one.
    ["error: missing required argument 'paths'", ["score", "-so-x.yaml"], found],
    ["error: missing required argument 'paths'", ["score", "-rf.yaml"], "-rf.yaml was read as options: to name a file that starts with -, write ./-rf.yaml or put -- before it\n"],
    ["error: missing required argument 'paths'", ["score", "-fo.YML"], "-fo.YML was read as options: to name a file that starts with -, write ./-fo.YML or put -- before it\n"],
    ["error: unknown option '-so-y'", ["score", "-so-y"], ""], // no such file, no file's name
    ["error: unknown option '--so-x.yaml'", ["score", "--so-x.yaml"], ""], // a long option is never a file's name here
    ["error: missing required argument 'paths'", ["score", "--", "-so-x.yaml"], ""], // after --, a path
    ["error: unknown command 'x'", ["x"], ""],
  ])("%s %j", (error, argv, hint) => {
    expect(dashFileHint(error, argv, dir, "en")).toBe(hint);
  });
});

describe("a file named like an option on the command line", () => {
  it("the usage error says how to name it (exit 2), in Vietnamese too", async () => {
    const r = await runCli(["score", "-so-x.yaml"], { cwd: dir, env: { LANG: "vi_VN.UTF-8" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lỗi: không có tùy chọn '-so-x.yaml'\nCó tệp tên -so-x.yaml trong thư mục hiện tại: để chỉ tệp đó, viết ./-so-x.yaml (hoặc đặt -- trước nó)");
  });
  // `score -rf.yaml` said only "missing required argument 'paths'": commander had read it as -r f.yaml.
  it("read as an option with its value, the missing argument's error says it too, in English and Vietnamese", async () => {
    const en = await runCli(["score", "-rf.yaml", "--lang", "en"], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("error: missing required argument 'paths'\n-rf.yaml was read as options: to name a file that starts with -, write ./-rf.yaml or put -- before it");
    const vi = await runCli(["score", "-rf.yaml", "--lang", "vi"], { cwd: dir });
    expect(vi.stderr).toContain("lỗi: thiếu đối số bắt buộc <đường-dẫn>\n-rf.yaml được đọc như tùy chọn: để chỉ một tệp có tên bắt đầu bằng -, viết ./-rf.yaml hoặc đặt -- trước nó");
  });
  // `score -rx.yaml b.yaml` parses (-r taking x.yaml): it said only "No rubric file" of x.yaml.
  it("read as options that parse, the tool's usage error says it too", async () => {
    const r = await runCli(["score", "-rx.yaml", "b.yaml", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No rubric file "x.yaml"');
    expect(r.stderr).toContain("\n-rx.yaml was read as options: to name a file that starts with -, write ./-rx.yaml or put -- before it\n");
    const named = await runCli(["score", "b.yaml", "-r", "nope.yaml", "--lang", "en"], { cwd: dir });
    expect(named.stderr).not.toContain("read as options");
  });
});
