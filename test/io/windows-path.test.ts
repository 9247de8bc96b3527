import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fromWindowsPath } from "../../src/io/windows-path.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-winpath-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(path.sep !== "/")("fromWindowsPath", () => {
  it.each([
    ["bao-cao\\xep-hang.csv", "bao-cao/xep-hang.csv"],
    [".\\nop\\so-tc.yaml", "./nop/so-tc.yaml"],
    ["plain/path.yaml", "plain/path.yaml"],
  ])("%s names %s", (given, expected) => {
    expect(fromWindowsPath(given)).toBe(expected);
  });

  it("keeps a path that exists as written (a backslash inside a name)", () => {
    const odd = path.join(dir, "odd\\name.yaml");
    writeFileSync(odd, "");
    expect(fromWindowsPath(odd)).toBe(odd);
  });

  it("-o and --output-dir copied from Windows write into the folder, not a file named with backslashes (re-check)", async () => {
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "-o", `${dir}\\bao-cao\\xep-hang.csv`, "--output-dir", `${dir}\\khac`, "--format", "md"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Wrote ${dir}/bao-cao/xep-hang.csv (csv)`);
    expect(r.stderr).toContain(`Wrote ${dir}/khac/egov-score-report.md (md)`);
  });
});
