import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rubricFileNear } from "../../src/load/nearby-rubric.js";
import { runCli } from "../helpers/run-cli.js";

// A province's own rubric (id "qt-dti-2026", not bundled), kept beside its agency files or in a rubrics/ folder.
const rubricText = readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace(/^id: .*$/m, "id: qt-dti-2026");
const agencyText = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8").replace(/^rubric: \{id: dti-cap-xa,/m, "rubric: {id: qt-dti-2026,");
const root = mkdtempSync(path.join(tmpdir(), "egov-nearby-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function layout(name: string, rubricAt: string | undefined, agencyAt: string): string {
  const dir = path.join(root, name);
  if (rubricAt !== undefined) { mkdirSync(path.dirname(path.join(dir, rubricAt)), { recursive: true }); writeFileSync(path.join(dir, rubricAt), rubricText); }
  mkdirSync(path.dirname(path.join(dir, agencyAt)), { recursive: true });
  writeFileSync(path.join(dir, agencyAt), agencyText);
  return dir;
}

describe("rubricFileNear: the rubric file an agency file names, where an author keeps it", () => {
  it.each([
    ["same folder, another file name", "bo-chi-so.yaml", "xa.yaml", "bo-chi-so.yaml"],
    ["a rubrics/ folder beside it", "rubrics/qt.yml", "xa.yaml", "rubrics/qt.yml"],
    ["the folder above", "qt.yaml", "nop-bai/xa.yaml", "qt.yaml"],
    ["a rubrics/ folder above", "rubrics/qt.yaml", "nop-bai/xa.yaml", "rubrics/qt.yaml"],
  ])("%s", (name, rubricAt, agencyAt, expected) => {
    const dir = layout(name.replace(/\W+/g, "-"), rubricAt, agencyAt);
    expect(rubricFileNear(path.join(dir, agencyAt), "qt-dti-2026")).toBe(path.join(dir, expected));
  });

  it("none: no such rubric near, or only agency files (their ids are indented) and another rubric", () => {
    const dir = layout("none", undefined, "xa.yaml");
    copyFileSync("rubrics/dti-cap-so.yaml", path.join(dir, "so.yaml"));
    expect(rubricFileNear(path.join(dir, "xa.yaml"), "qt-dti-2026")).toBeUndefined();
    expect(rubricFileNear(path.join(dir, "xa.yaml"), "dti-cap-so")).toBe(path.join(dir, "so.yaml"));
  });

  it("the nearest first (its own rubrics/ before the folder above), and in a folder the first file by name of the id", () => {
    const dir = layout("nearest", "qt.yaml", "nop-bai/xa.yaml");
    mkdirSync(path.join(dir, "rubrics"));
    writeFileSync(path.join(dir, "rubrics/qt.yaml"), rubricText);
    mkdirSync(path.join(dir, "nop-bai/rubrics"));
    writeFileSync(path.join(dir, "nop-bai/rubrics/qt-2.yaml"), rubricText);
    writeFileSync(path.join(dir, "nop-bai/rubrics/qt-1.yaml"), rubricText);
    // Agency files sorted before it in the folder are passed over.
    writeFileSync(path.join(dir, "nop-bai/rubrics/a-xa.yaml"), agencyText);
    expect(rubricFileNear(path.join(dir, "nop-bai/xa.yaml"), "qt-dti-2026")).toBe(path.join(dir, "nop-bai/rubrics/qt-1.yaml"));
  });

  it.skipIf(process.platform === "win32")("a named pipe among the YAML files is passed over, not waited on", () => {
    const dir = layout("fifo", "rubrics/qt.yaml", "xa.yaml");
    execFileSync("mkfifo", [path.join(dir, "a-pipe.yaml")]);
    expect(rubricFileNear(path.join(dir, "xa.yaml"), "qt-dti-2026")).toBe(path.join(dir, "rubrics/qt.yaml"));
  });

  it("validate says the file to give --rubric, as the path was typed, in vi and en; --rubric it then validates", async () => {
    const dir = layout("cli", "rubrics/qt.yaml", "xa.yaml");
    const agency = path.join(dir, "xa.yaml");
    const en = await runCli(["validate", agency, "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`hint: rubric "qt-dti-2026" is in the file ${path.join(dir, "rubrics/qt.yaml")}: add --rubric ${path.join(dir, "rubrics/qt.yaml")}`);
    expect((await runCli(["validate", agency, "--lang", "vi"])).stderr).toContain(`gợi ý: bộ chỉ số "qt-dti-2026" có ở tệp ${path.join(dir, "rubrics/qt.yaml")}: thêm --rubric`);
    expect((await runCli(["validate", agency, "--rubric", path.join(dir, "rubrics/qt.yaml")])).code).toBe(0);
  });
});
