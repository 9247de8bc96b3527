import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bundledFolderFor } from "../../src/cli/bundled-folder.js";
import { runCli } from "../helpers/run-cli.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXAMPLES = path.join(ROOT, "examples");
/** A folder unrelated to the package, as a user's is; `with-examples` has an examples folder of its own. */
const elsewhere = mkdtempSync(path.join(tmpdir(), "egov-elsewhere-"));
const withExamples = path.join(elsewhere, "with-examples");
mkdirSync(path.join(withExamples, "examples"), { recursive: true });
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

describe("bundledFolderFor", () => {
  it.each([
    [["examples/so-khcn-quang-binh.yaml"], elsewhere, EXAMPLES],
    [["./examples/"], elsewhere, EXAMPLES],
    [["examples\\so-khcn-quang-binh.yaml"], elsewhere, EXAMPLES],
    [["nop-bai/so-x.yaml", "examples"], elsewhere, EXAMPLES],
    [["examples/so-khcn-quang-binh.yaml"], withExamples, undefined], // the user's own examples folder: their file is misnamed
    [["nop-bai/examples/x.yaml"], elsewhere, undefined],
    [[path.join(elsewhere, "examples", "x.yaml")], elsewhere, undefined], // absolute: the user named where
    [["examples-2025/x.yaml"], elsewhere, undefined],
  ])("%j from %s", (absent, cwd, expected) => {
    expect(bundledFolderFor(absent, cwd, "examples")).toBe(expected);
  });

  it("names the bundled rubrics for a rubrics/ path, not for an examples/ one", () => {
    expect(bundledFolderFor(["rubrics/"], elsewhere, "rubrics")).toBe(path.join(ROOT, "rubrics"));
    expect(bundledFolderFor(["examples/"], elsewhere, "rubrics")).toBeUndefined();
    expect(bundledFolderFor(["rubrics/"], elsewhere, "examples")).toBeUndefined();
  });
});

describe("a rubrics/ path where there is none", () => {
  it("rubric lint, as README shows it, says where egov-score's own rubrics are (it said only file-not-found), exit 2", async () => {
    const en = await runCli(["rubric", "lint", "rubrics/", "--format", "github"], { cwd: elsewhere });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`No such file or folder: rubrics/. The rubrics that come with egov-score are in ${path.join(ROOT, "rubrics")} (or give a rubric's id; see egov-score rubric list)\n`);
    // One file missing among others is a finding of the run, as before.
    const some = await runCli(["rubric", "lint", "rubrics/x.yaml", path.join(ROOT, "rubrics/dti-cap-so.yaml")], { cwd: elsewhere });
    expect(some.code).toBe(2);
    expect(some.stderr).toContain("[file-not-found]");
  });
});

describe("an examples/ path where there is none", () => {
  it("the usage error says where egov-score's own examples are (exit 2), in Vietnamese too", async () => {
    const en = await runCli(["score", "examples/khong-co.yaml"], { cwd: elsewhere });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`No such file or folder: examples/khong-co.yaml. The examples that come with egov-score are in ${EXAMPLES}\n`);
    const vi = await runCli(["validate", "examples/khong-co.yaml"], { cwd: elsewhere, env: { LANG: "vi_VN.UTF-8" } });
    expect(vi.stderr).toBe(`Không có tệp hoặc thư mục: examples/khong-co.yaml. Các tệp ví dụ đi kèm egov-score nằm trong thư mục ${EXAMPLES}\n`);
  });

  it("the built command run from another folder, as an installed one is, names a folder whose examples then score (it said only 'No such file or folder')", () => {
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, "bin/egov-score.js"), ...args], { cwd: elsewhere, encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANGUAGE: "", LANG: "en_US.UTF-8", NO_COLOR: "1" } });
    const missing = run(["score", "examples/so-khcn-quang-binh.yaml"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`The examples that come with egov-score are in ${EXAMPLES}`);
    const named = run(["score", path.join(EXAMPLES, "so-khcn-quang-binh.yaml"), "--format", "json"]);
    expect(named.status).toBe(0);
    expect(JSON.parse(named.stdout).rubrics[0].agencies[0].score.total).toBe(849.23);
  });
});
