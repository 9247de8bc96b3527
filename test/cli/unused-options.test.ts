import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SEED = "examples/so-khcn-quang-binh.yaml";
const dir = mkdtempSync(path.join(tmpdir(), "egov-unused-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("options typed that change nothing are said, not silently accepted", () => {
  it.each([
    [["score", SEED, "--force"], "--force changes nothing here: no file is written (only -o FILE or --output-dir DIR writes one)"],
    [["score", SEED, "-f", "json", "--csv-sep", ";"], "--csv-sep changes nothing here: no csv is written"],
    [["score", SEED, "-f", "json", "--csv-layout", "long"], "--csv-layout changes nothing here"],
    // The long csv has no ranks per group: --group-ranks with it alone changed nothing, unsaid.
    [["score", SEED, "-f", "csv", "--csv-layout", "long", "--group-ranks"], "--group-ranks changes nothing here: the long csv has no ranks per group"],
    [["score", SEED, "-o", "-", "-f", "json", "--force"], "--force changes nothing here"],
    [["init", "--force"], "--force changes nothing here: no file is written (only -o FILE writes one)"],
    [["validate", SEED, "--force"], "--force changes nothing here"],
    [["explain", SEED, "--force"], "--force changes nothing here"],
    [["explain", SEED, "-f", "json", "--top", "3"], "--top changes nothing here: the json lists every gain"],
    [["explain", SEED, "-o", path.join(dir, "gains.json"), "--top", "3", "--force"], "--top changes nothing here"],
    // rubric impact's json lists every agency, as explain's every gain: --limit was taken and said nothing.
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-f", "json", "--limit", "3"], "--limit changes nothing here: --format json lists every agency (only table and md are cut to --limit)"],
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-o", path.join(dir, "impact.json"), "--limit=3"], "--limit changes nothing here"],
    // github and junit list every agency too (--help and docs/ci.md say so): --limit with them was taken and said nothing.
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-f", "github", "--limit", "3"], "--limit changes nothing here: --format github lists every agency (only table and md are cut to --limit)"],
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-f", "junit", "--limit", "3"], "--limit changes nothing here: --format junit lists every agency"],
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-o", path.join(dir, "impact.xml"), "--limit", "3"], "--limit changes nothing here: --format junit lists every agency"],
    // The format named in capitals, or by an extension in capitals, is the same format.
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-f", "JSON", "--limit", "3"], "--limit changes nothing here: --format json lists every agency"],
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-o", path.join(dir, "IMPACT.JSON"), "--limit", "3"], "--limit changes nothing here: --format json lists every agency"],
  ])("%j", async (argv, said) => {
    const r = await runCli([...argv, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(said);
  });

  it.each([
    [["score", SEED, "-f", "csv", "--csv-sep", ";", "--csv-layout", "long"]],
    [["score", SEED, "--output-dir", path.join(dir, "out"), "--csv-sep", ";", "--force"]],
    [["score", SEED, "-o", path.join(dir, "a.csv"), "--csv-sep", ";", "--force"]],
    [["score", SEED, "-f", "json"]],
    [["score", SEED, "--output-dir", path.join(dir, "ranks"), "--csv-layout", "long", "--group-ranks"]],
    [["score", SEED, "-f", "csv", "--group-ranks"]],
    [["init", "-o", path.join(dir, "blank.yaml"), "--force"]],
    [["score", SEED, "--force", "--quiet"]],
    [["explain", SEED, "--top", "3"]],
    [["explain", SEED, "-f", "md", "--top", "0"]],
    [["explain", SEED, "-o", path.join(dir, "gains.md"), "--top", "3", "--force"]],
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-f", "md", "--limit", "3"]],
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-f", "json"]],
    [["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", SEED, "-o", path.join(dir, "impact.md"), "--limit", "3"]],
  ])("none said for %j", async (argv) => {
    const r = await runCli([...argv, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("changes nothing");
  });

  it("in Vietnamese too", async () => {
    const r = await runCli(["score", SEED, "-f", "json", "--csv-sep", ";", "--lang", "vi"]);
    expect(r.stderr).toContain("--csv-sep không có tác dụng ở đây: không ghi báo cáo csv nào");
  });
});
