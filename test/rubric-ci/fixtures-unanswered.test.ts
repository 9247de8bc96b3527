import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";
import { parseXml } from "./helpers/xml.js";

const tempDir = tempDirs();

/** dti-cap-so with its fixtures and a new bonus item T.3 that none of them answers. */
function withNewBonusItem(): string {
  const dir = tempDir();
  const rubric = path.join(dir, "dti-cap-so.yaml");
  cpSync("rubrics/fixtures/dti-cap-so", path.join(dir, "fixtures", "dti-cap-so"), { recursive: true });
  const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
  const t2 = "      rule: {type: per_unit, points: 10}\n      evidence: {required: false, fields: [number, date, title]}\n";
  expect(text).toContain(t2);
  writeFileSync(rubric, text.replace(t2, `${t2}    - code: "T.3"\n      title: {vi: "Mô hình điểm về chuyển đổi số", en: "Model digital-transformation project"}\n      max: 10\n      input: {type: boolean}\n      rule: {type: fixed}\n`));
  return rubric;
}

describe("rubric test: scored indicators no fixture answers", () => {
  it.each([
    ["en", "ℹ 1 scored indicator is answered by no fixture (not a failure, but its rule is not tested): T.3", "10/10 fixtures passed; 1 scored indicator answered by no fixture"],
    ["vi", "ℹ 1 chỉ số có tính điểm chưa có tệp mẫu nào trả lời (không phải lỗi, nhưng quy tắc chấm chưa được kiểm thử): T.3", "10/10 tệp mẫu đạt; 1 chỉ số có tính điểm chưa có tệp mẫu nào trả lời"],
  ])("names a new bonus item no fixture answers, as a note that fails nothing (%s; it said only \"10/10 fixtures passed\")", async (lang, note, summary) => {
    const r = await runCli(["rubric", "test", withNewBonusItem(), "--lang", lang]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(note);
    expect(r.stdout).toContain(summary);
  });

  it("says it in json, junit and github too", async () => {
    const rubric = withNewBonusItem();
    const json = await runCli(["rubric", "test", rubric, "--format", "json"]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ passed: 10, failed: 0, unanswered_indicators: 1 });
    expect(report.rubrics[0].unanswered_indicators).toEqual(["T.3"]);
    expect(json.stderr).toContain("10/10 fixtures passed; 1 scored indicator answered by no fixture");

    const junit = await runCli(["rubric", "test", rubric, "--format", "junit"]);
    expect(junit.code).toBe(0);
    parseXml(junit.stdout);
    expect(junit.stdout).toMatch(/<testsuite [^>]*tests="10" failures="0" errors="0"/);
    expect(junit.stdout).toContain("    <system-out>1 scored indicator is answered by no fixture (not a failure, but its rule is not tested): T.3</system-out>\n  </testsuite>");

    const github = await runCli(["rubric", "test", rubric, "--format", "github"]);
    expect(github.code).toBe(0);
    // At T.3's code in the rubric, where GitHub pins it (it had no line: a notice on the file alone).
    const line = readFileSync(rubric, "utf8").split("\n").indexOf('    - code: "T.3"') + 1;
    expect(line).toBeGreaterThan(1);
    expect(github.stdout).toMatch(new RegExp(`^::notice file=[^,]*dti-cap-so\\.yaml,line=${line},col=7,title=egov-score test-unanswered::1 scored indicator is answered by no fixture .*: T\\.3$`, "m"));
  });

  it("--previous: says which of them the revision added (a new bonus item untested read as an old one no fixture answered)", async () => {
    const rubric = withNewBonusItem();
    const en = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "en"]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain("ℹ 1 scored indicator is answered by no fixture (not a failure, but its rule is not tested): T.3; T.3 is new in this version (not in 2025.1)");
    expect(en.stdout).toContain("10/10 fixtures passed; 1 scored indicator answered by no fixture (1 new in this version)");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "vi"]);
    expect(vi.stdout).toContain(": T.3; T.3 mới thêm ở phiên bản này (phiên bản 2025.1 không có)");
    expect(vi.stdout).toContain("10/10 tệp mẫu đạt; 1 chỉ số có tính điểm chưa có tệp mẫu nào trả lời (1 chỉ số mới thêm)");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "json"])).stdout);
    expect(json.rubrics[0].unanswered_new).toEqual({ version: "2025.1", codes: ["T.3"] });
    const junit = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "junit", "--lang", "en"])).stdout;
    expect(junit).toContain(": T.3; T.3 is new in this version (not in 2025.1)</system-out>");
    const github = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "github", "--lang", "en"])).stdout;
    expect(github).toMatch(/title=egov-score test-unanswered::.*: T\.3; T\.3 is new in this version \(not in 2025\.1\)$/m);
    // Without --previous nothing tells a new item from an old one: the note as before, json's field null.
    const plain = await runCli(["rubric", "test", rubric, "--lang", "en"]);
    expect(plain.stdout).not.toContain("new in this version");
    expect(JSON.parse((await runCli(["rubric", "test", rubric, "--format", "json"])).stdout).rubrics[0].unanswered_new).toBeNull();
  });

  it("says nothing where every scored indicator is answered (the bundled rubrics)", async () => {
    const r = await runCli(["rubric", "test", "dti-cap-so"]);
    expect(r.stdout).not.toContain("answered by no fixture");
    expect(JSON.parse((await runCli(["rubric", "test", "dti-cap-so", "--format", "json"])).stdout).rubrics[0].unanswered_indicators).toEqual([]);
  });
});
