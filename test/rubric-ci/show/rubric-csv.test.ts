import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { allIndicators } from "../../../src/core/codes.js";
import { rubricCsv } from "../../../src/rubric-ci/show/rubric-csv.js";
import { miniRubric, t } from "../../helpers/mini-rubric.js";
import { runCli } from "../../helpers/run-cli.js";
import { loaded } from "../helpers/rubrics.js";

/** The csv's rows as cells (no quoted separators in the cells these tests read), without the byte-order mark. */
const rowsOf = (csv: string, sep = ",") => csv.replace(/^\uFEFF/, "").split("\r\n").filter((l) => l !== "").map((l) => l.split(sep));

const temps: string[] = [];
afterEach(() => { for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe("rubricCsv", () => {
  it("one row per indicator, bonus and penalty last, each with its group; written for Excel as score's csv is", () => {
    const csv = rubricCsv(miniRubric(), "en", ",");
    expect(csv.startsWith("\uFEFFGroup code,Group,Subgroup code,Subgroup,Code,Indicator,Max,Input,Rule,Scoring,b = 0,N/A,Applies to\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const rows = rowsOf(csv).slice(1);
    expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ["1", "Một", "1.1"], ["1", "Một", "1.2"], ["1", "Một", "1.3"], ["2", "Hai", "2.1"], ["2", "Hai", "2.2"], ["2", "Hai", "2.3"],
      ["", "Bonus", "T.1"], ["", "Penalty", "TR.1"],
    ]);
    // The rule as the table says it, then in full; the N/A policy; the types (the mini rubric's 2.1 is for departments).
    expect(rows[2]!.slice(6)).toEqual(["20", "count", "thresholds", "≥ 4 → 20; ≥ 2 → 10; below: 0", "", "allowed; full marks", "Sở | Xã"]);
    expect(rows[3]!.at(-1)).toBe("Sở");
    // A ratio a/b says what b = 0 scores.
    expect(rows[1]!.slice(9, 11)).toEqual(["20 points × a/b", "the indicator is left out and its group rescaled"]);
    // Information only: no max, no N/A policy.
    expect(rows[5]!.slice(6)).toEqual(["", "text", "information only", "information only", "", "", "Sở | Xã"]);
  });

  it("keeps a code as text, a subgroup in columns of its own, and neutralises a title that would start a formula", () => {
    const rubric = miniRubric({
      groups: [{ code: "1", title: t("Một"), max: 10, items: [
        { code: "1.10", title: t("=HYPERLINK(\"http://x\")"), max: 2.5, input: { type: "boolean" }, rule: { type: "fixed" } },
        { code: "1.2", title: t("Nhóm con"), max: 7.5, items: [{ code: "1.2.1", title: t("Sâu"), max: 7.5, input: { type: "boolean" }, rule: { type: "fixed" } }] },
      ] }],
    });
    const rows = rowsOf(rubricCsv(rubric, "vi", ";"), ";").slice(1);
    expect(rows[0]!.slice(0, 7)).toEqual(["1", "Một", "", "", "1.10", "'=HYPERLINK(\"\"http://x\"\")", "2,5"].map((c) => (c.includes('"') ? `"${c}"` : c)));
    expect(rows[1]!.slice(0, 7)).toEqual(["1", "Một", "1.2", "Nhóm con", "1.2.1", "Sâu", "7,5"]);
  });
});

describe("rubric show --format csv", () => {
  it.each(["dti-cap-so", "dti-cap-xa", "un-losi-2022"])("%s: every indicator once, in both languages", async (id) => {
    const codes = allIndicators(loaded(`rubrics/${id}.yaml`).rubric).map((i) => i.code);
    for (const lang of ["en", "vi"]) {
      const r = await runCli(["rubric", "show", id, "--format", "csv", "--lang", lang, "--csv-sep", "\t"]);
      expect(r.code).toBe(0);
      expect(rowsOf(r.stdout, "\t").slice(1).map((row) => row[4])).toEqual(codes);
    }
  });

  it("-o FILE.csv writes the csv, as -o picks md", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-rubric-csv-"));
    temps.push(dir);
    const file = path.join(dir, "dti-cap-xa.csv");
    const r = await runCli(["rubric", "show", "dti-cap-xa", "-o", file]);
    expect([r.code, r.stderr]).toEqual([0, `Wrote ${file} (csv)\n`]);
    const csv = readFileSync(file, "utf8");
    expect(csv.startsWith("\uFEFFGroup code,")).toBe(true);
    expect(csv).toContain("\r\n4,Digital-government activity,4.22,Carrying out provincial and local digital-transformation tasks and plans,4.22.10,");
  });

  it("tells a Vietnamese reader of a comma csv how Excel set for Vietnamese opens it; not with ';', nor of an xlsx show does not write", async () => {
    const comma = await runCli(["rubric", "show", "dti-cap-so", "--format", "csv", "--lang", "vi"]);
    expect(comma.stderr).toContain("--csv-sep ';'");
    expect(comma.stderr).not.toContain("xlsx");
    const semicolon = await runCli(["rubric", "show", "dti-cap-so", "--format", "csv", "--lang", "vi", "--csv-sep", ";"]);
    expect([semicolon.code, semicolon.stderr]).toEqual([0, ""]);
    expect(semicolon.stdout).toContain("Cấp phó của người đứng đầu → 7,5");
  });

  it("refuses a separator that cannot be one, and says --csv-sep changes nothing in a table or md", async () => {
    const bad = await runCli(["rubric", "show", "dti-cap-so", "--format", "csv", "--csv-sep", "."]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('CSV separator "." (--csv-sep) cannot be used')]);
    const md = await runCli(["rubric", "show", "dti-cap-so", "--format", "md", "--csv-sep", ";"]);
    expect([md.code, md.stderr]).toEqual([0, expect.stringContaining("--csv-sep changes nothing here")]);
  });
});
