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
  it.each([
    ["error: unknown option '-so-x.yaml'", "A file named -so-x.yaml is in the current folder: to name it, write ./-so-x.yaml (or put -- before it)\n"],
    ["error: unknown option '-so-y.yaml'", ""], // no such file
    ["error: unknown option '--so-x.yaml'", ""], // a long option is never a file's name here
    ["error: unknown command 'x'", ""],
  ])("%s", (error, hint) => {
    expect(dashFileHint(error, dir, "en")).toBe(hint);
  });
});

describe("a file named like an option on the command line", () => {
  it("the usage error says how to name it (exit 2), in Vietnamese too", async () => {
    const r = await runCli(["score", "-so-x.yaml"], { cwd: dir, env: { LANG: "vi_VN.UTF-8" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lỗi: không có tùy chọn '-so-x.yaml'\nCó tệp tên -so-x.yaml trong thư mục hiện tại: để chỉ tệp đó, viết ./-so-x.yaml (hoặc đặt -- trước nó)");
  });
});
