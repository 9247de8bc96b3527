import { stripVTControlCharacters } from "node:util";
import { cpSync, linkSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Chalk } from "chalk";
import { formatImpactTable } from "../../src/rubric-ci/impact/format-table.js";
import type { ImpactReport } from "../../src/rubric-ci/impact/run-impact.js";
import { impactTitle, invalidFiles, listedBreaches, noteLines, noteText, scoreCell } from "../../src/rubric-ci/impact/words.js";
import type { AgencyImpact } from "../../src/rubric-ci/impact/rescore.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";

const DIR = "test/rubric-ci/fixtures/impact";
const V1 = `${DIR}/v1.yaml`, V2 = `${DIR}/v2.yaml`, CORPUS = `${DIR}/corpus`;
const tempDir = tempDirs();
const impact = async (...args: string[]) => runCli(["rubric", "impact", ...args]);
const json = async (...args: string[]) => JSON.parse((await impact(...args, "--format", "json")).stdout);

/**
 * The hand-computed effect of v1 → v2 (1.1: max 40 → 20; 1.3 (30) removed; 1.4 (50) added) on five agencies.
 * A, B, C answer version 1 (1.4 cannot be answered); D, E answer version 2 (1.3 cannot be answered).
 *        v1 points (1.1 + 1.2 + 1.3)   v2 points (1.1 + 1.2 + 1.4)   Δ     rank v1 → v2 (ties share)   band
 *   A    40 + 20 + 30 = 90             20 + 20 + 0  = 40             −50   1 → 3                        tot → yeu
 *   B     0 + 30 + 30 = 60              0 + 30 + 0  = 30             −30   2 → 4 (tied with C)          kha → yeu
 *   C    40 + 10 +  0 = 50             20 + 10 + 0  = 30             −20   3 (tied with D) → 4          kha → yeu
 *   D    40 + 10 +  – = 50             20 + 10 + 50 = 80             +30   3 → 1                        kha → tot
 *   E     0 +  0 +  – =  0              0 +  0 + 50 = 50             +50   5 → 2                        yeu → kha
 * Mean Δ = −20 / 5 = −4; mean |Δ| = 180 / 5 = 36.
 */
const EXPECTED = {
  a: { old: 90, new: 40, delta: -50, ranks: [1, 3], bands: ["tot", "yeu"] },
  b: { old: 60, new: 30, delta: -30, ranks: [2, 4], bands: ["kha", "yeu"] },
  c: { old: 50, new: 30, delta: -20, ranks: [3, 4], bands: ["kha", "yeu"] },
  d: { old: 50, new: 80, delta: 30, ranks: [3, 1], bands: ["kha", "tot"] },
  e: { old: 0, new: 50, delta: 50, ranks: [5, 2], bands: ["yeu", "kha"] },
};

describe("rubric impact on a pair of rubric versions with a hand-computed effect", () => {
  it("the structural diff: 1.1's max changed, 1.3 removed, 1.4 added, the version", async () => {
    const report = await json(V1, V2, "--corpus", CORPUS);
    expect(report.diff.rubric).toEqual([{ field: "version", old: "1", new: "2" }]);
    expect(report.diff.items.map((c: { change: string; node: { code: string } }) => [c.change, c.node.code])).toEqual([["changed", "1.1"], ["removed", "1.3"], ["added", "1.4"]]);
    expect(report.diff.items[0].fields).toEqual([{ field: "max", old: "40", new: "20" }]);
    expect(report.diff.items[2].node).toMatchObject({ code: "1.4", max: 50, parent: "1", kind: "indicator" });
  });

  it("every agency's old and new total, delta, band and rank in its cohort (ties share a rank)", async () => {
    const report = await json(V1, V2, "--corpus", CORPUS);
    const got = Object.fromEntries(report.agencies.map((a: any) => [a.agency.id, {
      old: a.old.total, new: a.new.total, delta: a.delta, ranks: [a.old.rank, a.new.rank], bands: [a.old.band.id, a.new.band.id],
    }]));
    expect(got).toEqual(EXPECTED);
    expect(report.agencies.map((a: any) => a.agency.id)).toEqual(["e", "a", "b", "d", "c"]);
    for (const a of report.agencies) expect(a.rank_change).toBe(a.old.rank - a.new.rank);
    expect(report.agencies.every((a: any) => a.band_changed && a.old.size === 5 && a.agency.cohort === "unit")).toBe(true);
  });

  it("the indicators that drove each delta, a penalty-free sum with nothing left over", async () => {
    const report = await json(V1, V2, "--corpus", CORPUS);
    const drivers = Object.fromEntries(report.agencies.map((a: any) => [a.agency.id, a.drivers.map((d: any) => [d.code, d.old, d.new, d.delta])]));
    expect(drivers).toEqual({
      a: [["1.3", 30, null, -30], ["1.1", 40, 20, -20]],
      b: [["1.3", 30, null, -30]],
      c: [["1.1", 40, 20, -20]],
      d: [["1.4", null, 50, 50], ["1.1", 40, 20, -20]],
      e: [["1.4", null, 50, 50]],
    });
    expect(report.agencies.map((a: any) => a.other)).toEqual([0, 0, 0, 0, 0]);
  });

  it("answers the other version cannot take are dropped and listed, never silently scored", async () => {
    const report = await json(V1, V2, "--corpus", CORPUS);
    const notes = Object.fromEntries(report.agencies.map((a: any) => [a.agency.id, a.notes]));
    expect(notes.a).toEqual({ old: [], new: [{ code: "1.3", reason: "unknown-indicator", params: expect.objectContaining({ code: "1.3" }) }] });
    expect(notes.d).toEqual({ old: [{ code: "1.4", reason: "unknown-indicator", params: expect.objectContaining({ code: "1.4" }) }], new: [] });
  });

  it("the summary: mean and largest movements", async () => {
    const { summary } = await json(V1, V2, "--corpus", CORPUS);
    expect(summary).toEqual({
      agencies: 5, compared: 5, changed: 5, band_changes: 5, rank_changes: 5, cohort_changes: 0, mean_delta: -4, mean_abs_delta: 36,
      largest_increase: { id: "e", name: "Đơn vị E", file: `${CORPUS}/e.yaml`, delta: 50 },
      largest_decrease: { id: "a", name: "Đơn vị A", file: `${CORPUS}/a.yaml`, delta: -50 },
      largest_rank_move: { id: "e", name: "Đơn vị E", file: `${CORPUS}/e.yaml`, from: 5, to: 2, cohort: "unit" },
      refused_new: 0, refused_new_answers: 3, not_comparable: 0,
    });
  });
});

describe("rubric impact: the bands of an agency type changed", () => {
  /** dti-cap-xa with the wards' Good band raised from 770 to 780 points. */
  function raisedWardBand(): string {
    const file = path.join(tempDir(), "dti-cap-xa.yaml");
    writeFileSync(file, readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace("{id: tot, min: 770,", "{id: tot, min: 780,").replace(/^version: .*$/m, 'version: "2026.1"'));
    return file;
  }

  it("the text formats name the type and the levels by their labels, in the reader's language; json keeps the ids", async () => {
    const next = raisedWardBand();
    const corpus = ["--corpus", "examples/xa-can-giuoc-tay-ninh.yaml"];
    const en = await impact("rubrics/dti-cap-xa.yaml", next, ...corpus);
    // Only the level that moved: both sets whole ("Excellent ≥ 860 points, Good ≥ 770 points, … → …") were compared by eye.
    expect(en.stdout).toContain("bands by agency type: Ward People's Committee: Good: ≥ 770 points → ≥ 780 points\n");
    const vi = await impact("rubrics/dti-cap-xa.yaml", next, ...corpus, "--lang", "vi", "--format", "md");
    expect(vi.stdout).toContain("xếp loại theo loại cơ quan: UBND phường: Tốt: ≥ 770 điểm → ≥ 780 điểm");
    // A level added: the sets whole, old and new.
    const added = path.join(tempDir(), "dti-cap-xa.yaml");
    writeFileSync(added, readFileSync(next, "utf8").replace(`        - {id: kha, min: 625, label: {vi: "Khá", en: "Fair"}}\n`, ""));
    expect((await impact("rubrics/dti-cap-xa.yaml", added, ...corpus)).stdout).toContain("Ward People's Committee: Excellent ≥ 860 points, Good ≥ 770 points, Fair ≥ 625 points, Average ≥ 480 points, Weak ≥ 0 points → Ward People's Committee: Excellent ≥ 860 points, Good ≥ 780 points, Average");
    const report = await json("rubrics/dti-cap-xa.yaml", next, ...corpus);
    expect(report.diff.rubric.at(-1)).toEqual({ field: "bands.by_agency_type", old: "ward points: xuat-sac≥860 tot≥770 kha≥625 trung-binh≥480 yeu≥0", new: "ward points: xuat-sac≥860 tot≥780 kha≥625 trung-binh≥480 yeu≥0" });
  });

  // "No structural or scoring change" was said of a level renamed (same id and minimum), though every report
  // names the agencies' band anew.
  it("a level renamed is said, with the agencies of the corpus the new version rates in it", async () => {
    const renamed = path.join(tempDir(), "dti-cap-so.yaml");
    writeFileSync(renamed, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replaceAll('label: {vi: "Tốt", en: "Good"}', 'label: {vi: "Tốt lắm", en: "Quite good"}'));
    const corpus = ["--corpus", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"];
    const en = await impact("dti-cap-so", renamed, ...corpus);
    expect(en.stdout).not.toContain("No structural or scoring change");
    expect(en.stdout).toContain("  bands: Good → Quite good (2 agencies of the corpus now get a renamed band)\n");
    expect(en.stdout).toContain("  bands by agency type: Vertically managed agency in the province: Good → Quite good (1 agency of the corpus now gets a renamed band)\n");
    const vi = await impact("dti-cap-so", renamed, ...corpus, "--lang", "vi", "--format", "md");
    expect(vi.stdout).toContain("- xếp loại: Tốt → Tốt lắm (2 cơ quan trong tập dữ liệu nay được xếp vào mức đã đổi tên)\n");
    // Renamed in English only: the Vietnamese report names the English names, not "Tốt → Tốt".
    const inEnglish = path.join(tempDir(), "dti-cap-so.yaml");
    writeFileSync(inEnglish, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace('label: {vi: "Xuất sắc", en: "Excellent"}', 'label: {vi: "Xuất sắc", en: "Outstanding"}'));
    expect((await impact("dti-cap-so", inEnglish, ...corpus, "--lang", "vi")).stdout).toContain("  xếp loại: Xuất sắc (en: Excellent → Outstanding)\n");
    // json: the ids read alike on both sides, so the sets by their labels stay.
    const report = await json("dti-cap-so", renamed, ...corpus);
    expect(report.diff.rubric[0]).toMatchObject({ field: "bands", relabelled: 2, bands: { new: [{ levels: [{ id: "xuat-sac" }, { id: "tot", label: { en: "Quite good" } }, {}, {}, {}] }] } });
  });

  // A level's id renamed read "bands: Excellent ≥ 90 %, Good ≥ 80 %, … → Excellent ≥ 90 %, Good ≥ 80 %, …": its ids now.
  it("a level's id renamed says its ids on the bands' line", async () => {
    const recoded = path.join(tempDir(), "dti-cap-so.yaml");
    writeFileSync(recoded, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replaceAll("{id: tot, min: 80,", "{id: tot-2026, min: 80,"));
    const corpus = ["--corpus", "examples/so-khcn-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"];
    const en = await impact("dti-cap-so", recoded, ...corpus);
    expect(en.stdout).toContain("  bands: Good (tot → tot-2026)\n  bands by agency type: Vertically managed agency in the province: Good (tot → tot-2026)\n");
    expect(en.stdout).not.toContain("Good → Good");
    const vi = await impact("dti-cap-so", recoded, ...corpus, "--lang", "vi", "--format", "md");
    expect(vi.stdout).toContain("- xếp loại: Tốt (tot → tot-2026)\n");
  });

  // Every agency rated Good was counted as a band change ("3 band changes") and listed, its band "Good (tot → tot-2026)",
  // where rubric test said no fixture changes band: the rename is the rubric's change, not the agencies'.
  it("a level's id renamed alone changes no agency's band, in every format", async () => {
    const recoded = path.join(tempDir(), "dti-cap-so.yaml");
    writeFileSync(recoded, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(/^version: .*/m, 'version: "2026.1"').replaceAll("{id: tot, min: 80,", "{id: tot-2026, min: 80,"));
    const corpus = ["--corpus", "examples/so-khcn-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml"];
    const en = await impact("dti-cap-so", recoded, ...corpus);
    expect(en.stdout).toContain("3 agencies, 3 compared, 0 changed · mean Δ 0.00 (mean |Δ| 0.00) · 0 band changes · 0 rank changes\nNo agency's score, band or rank changes.");
    expect(en.stdout).toContain("3 agencies keep their score, band and rank");
    expect(en.stdout).not.toContain("│ Good");
    const vi = await impact("dti-cap-so", recoded, ...corpus, "--lang", "vi", "--format", "md");
    expect(vi.stdout).toContain("· 0 cơ quan đổi xếp loại ·");
    expect(vi.stdout).toContain("3 cơ quan không đổi điểm, xếp loại và hạng");
    const report = await json("dti-cap-so", recoded, ...corpus);
    expect(report.summary.band_changes).toBe(0);
    expect(report.agencies.map((a: any) => [a.band_changed, a.old.band.id, a.new.band.id])).toEqual(Array(3).fill([false, "tot", "tot-2026"]));
    const junit = (await impact("dti-cap-so", recoded, ...corpus, "--format", "junit")).stdout;
    expect(junit).toContain('failures="0" errors="0"');
    // A level renamed and moved is still a change of band for an agency it no longer rates the same.
    const moved = path.join(tempDir(), "dti-cap-so.yaml");
    writeFileSync(moved, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replaceAll("{id: tot, min: 80,", "{id: tot-2026, min: 85,"));
    expect((await json("dti-cap-so", moved, ...corpus)).summary.band_changes).toBeGreaterThan(0);
  });
});

describe("rubric impact: a band minimum moved", () => {
  // "Good → Fair" at Δ 0 had nothing under "Driven by": the moved minimum is what changed the band.
  it("names the band minimum that moved across an agency's score, in vi and en and json", async () => {
    const raised = path.join(tempDir(), "dti-cap-so.yaml");
    writeFileSync(raised, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(/^version: .*/m, 'version: "2026.1"').replaceAll("{id: tot, min: 80,", "{id: tot, min: 85,"));
    const corpus = ["--corpus", "examples/so-khcn-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"];
    const vi = await impact("dti-cap-so", raised, ...corpus, "--lang", "vi");
    expect(vi.stdout).toMatch(/│ 0,00 │ Tốt → Khá │ 1\/1 +│ Tốt: ngưỡng 80 → 85 % │/);
    const en = await impact("dti-cap-so", raised, ...corpus, "--lang", "en", "--format", "md");
    expect(en.stdout).toContain("| 0.00 | Good → Fair | 1/1 | Good: threshold 80 → 85 % |");
    const report = await json("dti-cap-so", raised, ...corpus);
    const byId = Object.fromEntries(report.agencies.map((a: any) => [a.agency.id, a.thresholds]));
    // The treasury, at 92 %, reaches Good under both minimums: nothing moved its band.
    expect(byId).toEqual({ "qb-skhcn": [{ id: "tot", label: { vi: "Tốt", en: "Good" }, basis: "percent", old: 80, new: 85 }], "qb-kbnn": [] });
  });
});

describe("rubric impact budgets and exit codes", () => {
  it("--budget-points takes a decimal comma, and refuses 1.000 rather than read it as 1", async () => {
    const comma = await impact(V1, V2, "--corpus", CORPUS, "--budget-points", "40,5", "--format", "json");
    expect(JSON.parse(comma.stdout).budgets).toMatchObject({ points: 40.5 });
    const dot = await impact(V1, V2, "--corpus", CORPUS, "--budget-points", "1.000");
    expect([dot.code, dot.stderr]).toEqual([2, expect.stringContaining('--budget-points "1.000" can be read as 1000 or 1: for 1000 write 1000')]);
  });

  it("--budget-points: exceeded when a total moves by more than N either way", async () => {
    const over = await impact(V1, V2, "--corpus", CORPUS, "--budget-points", "40", "--format", "json");
    expect(over.code).toBe(1);
    expect(JSON.parse(over.stdout).budgets).toEqual({
      points: 40, rank: null,
      breaches: [
        { id: "e", name: "Đơn vị E", file: `${CORPUS}/e.yaml`, kind: "points", value: 50, budget: 40 },
        { id: "a", name: "Đơn vị A", file: `${CORPUS}/a.yaml`, kind: "points", value: -50, budget: 40 },
      ],
    });
    expect((await impact(V1, V2, "--corpus", CORPUS, "--budget-points", "50")).code).toBe(0);
    // --limit 0 lists none of them, and the budget still reads as broken (it showed ✅ "exceeded").
    const md = (await impact(V1, V2, "--corpus", CORPUS, "--budget-points", "40", "--format", "md", "--limit", "0")).stdout;
    expect(md).toContain("- ❌ Points budget ±40: exceeded (2 agencies)\n  - … and 2 more agencies over it (see --format json)");
    const table = (await impact(V1, V2, "--corpus", CORPUS, "--budget-points", "40", "--limit", "0")).stdout;
    expect(table).toContain("Points budget ±40: exceeded (2 agencies)\n  … and 2 more agencies over it (see --format json)");
  });

  it("--limit 0 gives the count of agencies that moved, without an empty table (blank lines, a table head, '… and 5 more')", async () => {
    const table = (await impact(V1, V2, "--corpus", CORPUS, "--limit", "0")).stdout;
    expect(table).toContain("┘\n\n5 agencies whose score, band or rank changed, not listed here (--limit 0; see --format json)\n\n5 agencies, 5 compared");
    expect(table).not.toContain("more agencies whose");
    const md = (await impact(V1, V2, "--corpus", CORPUS, "--format", "md", "--limit", "0")).stdout;
    expect(md).toContain("### Agency scores\n\n5 agencies whose score, band or rank changed, not listed here (--limit 0; see --format json)\n\n");
    expect(md).not.toContain("| Agency |");
  });

  it("--budget-rank: exceeded when an agency moves more than N places in its cohort", async () => {
    const over = await impact(V1, V2, "--corpus", CORPUS, "--budget-rank", "2");
    expect(over.code).toBe(1);
    expect(over.stdout).toContain("Rank budget ±2: exceeded (1 agency)");
    expect(over.stdout).toContain("Đơn vị E: moves 3 places, beyond ±2");
    expect((await impact(V1, V2, "--corpus", CORPUS, "--budget-rank", "3", "--budget-points", "50")).code).toBe(0);
  });

  it("without budgets the run succeeds whatever moves; a bad budget is a usage error", async () => {
    expect((await impact(V1, V2, "--corpus", CORPUS)).code).toBe(0);
    expect((await impact(V1, V2, "--corpus", CORPUS, "--budget-points", "-1")).code).toBe(2);
    expect((await impact(V1, V2, "--corpus", CORPUS, "--budget-rank", "two")).code).toBe(2);
    expect((await impact(V1, V2)).code).toBe(2);
    expect((await impact(V1, "no-such-rubric", "--corpus", CORPUS)).code).toBe(2);
    expect((await impact(V1, V2, "--corpus", "no/such/folder")).code).toBe(2);
  });

  it("a budget cannot pass on a corpus where no agency could be compared", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "bad.yaml"), readFileSync(`${CORPUS}/a.yaml`, "utf8").replace(`"1.2": {value: 2}`, `"1.2": {value: -3}`));
    for (const corpus of [path.join(dir, "bad.yaml"), "examples/so-khcn-quang-binh.yaml"]) {
      const r = await impact(V1, V2, "--corpus", corpus, "--budget-points", "0");
      expect(r.code, r.stdout).toBe(1);
      expect(r.stdout).toContain("Points budget ±0: cannot be fully checked\n  no agency could be scored under both versions");
      // Without a budget: a corpus of invalid files alone is invalid data (1); one for another rubric compares nothing (0).
      expect((await impact(V1, V2, "--corpus", corpus)).code).toBe(corpus.endsWith("bad.yaml") ? 1 : 0);
    }
  });

  it("--limit and --budget-rank take whole numbers", async () => {
    for (const args of [["--limit", "2.5"], ["--budget-rank", "1.5"]]) {
      const r = await impact(V1, V2, "--corpus", CORPUS, ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${args[0]} needs a whole number ≥ 0, not "${args[1]}"`);
    }
    // A count written with a thousands dot has one reading (1.5 rows is none): it was refused after suggesting 1.5.
    expect((await impact(V1, V2, "--corpus", CORPUS, "--limit", "1.500", "--budget-rank", "2.500")).code).toBe(0);
  });

  it("a count that is no whole number is told so as it was typed (a word was asked for 'a number', 1,5 quoted as \"1.5\")", async () => {
    for (const [option, typed] of [["--budget-rank", "hai"], ["--limit", "-1"], ["--budget-rank", "1,5"]]) {
      const r = await impact(V1, V2, "--corpus", CORPUS, option!, typed!);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${option} needs a whole number ≥ 0, not "${typed}"\n`);
    }
    // Points are not counted: any number ≥ 0.
    expect((await impact(V1, V2, "--corpus", CORPUS, "--budget-points", "x")).stderr).toBe(`--budget-points needs a number ≥ 0, not "x"\n`);
  });

  it("an answer whose input became a choice is dropped because the input type changed (it said 'the option no longer exists')", async () => {
    const file = path.join(tempDir(), "funds-choice.yaml");
    // 2.3: funds in million đồng (the example answers 450) become a choice of two options.
    const number = `input: {type: number, unit: {vi: "triệu đồng", en: "million VND"}, min: 0, max: 1000000}\n        rule:\n          type: piecewise\n          points: [[0, 0], [100, 10], [300, 20], [600, 25], [1000, 30]]`;
    const choice = `input:\n          type: choice\n          options:\n            - {id: nhieu, label: {vi: "Nhiều", en: "Much"}, fraction: 1}\n            - {id: it, label: {vi: "Ít", en: "Little"}, fraction: 0.5}\n        rule: {type: choice}`;
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    expect(text).toContain(number);
    writeFileSync(file, text.replace(`version: "2025.1"`, `version: "2025.2"`).replace(number, choice));
    const report = await json("dti-cap-so", file, "--corpus", "examples/so-khcn-quang-binh.yaml");
    expect(report.agencies[0].notes.new).toEqual([expect.objectContaining({ code: "2.3", reason: "wrong-type" })]);
    expect((await impact("dti-cap-so", file, "--corpus", "examples/so-khcn-quang-binh.yaml")).stdout).toContain("answer to 2.3 dropped (the input type changed)");
  });

  it("a checklist option removed takes away its own tick, not the whole answer", async () => {
    const dir = tempDir();
    const v5 = path.join(dir, "v5.yaml");
    // 6.4.1: thi-dua (5 points) removed; Sở Nội vụ ticked it among others.
    writeFileSync(v5, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(/^ *- \{id: thi-dua, label: \{vi: "Thi đua, khen thưởng".*\n/m, ""));
    const report = await json("dti-cap-so", v5, "--corpus", "examples/so-noi-vu-quang-binh-chua-xong.yaml");
    const [agency] = report.agencies;
    expect(agency.drivers.map((d: any) => [d.code, d.delta])).toEqual([["6.4.1", -5]]);
    expect(agency.notes.new).toEqual([{ code: "6.4.1", reason: "ticks-removed", ticks: ["thi-dua"] }]);
  });

  it("an N/A answer the new version drops names its indicator where the rescaling moved the score (it read 'rescaling, caps' alone)", async () => {
    const dir = tempDir();
    const forbidden = path.join(dir, "na-forbidden.yaml");
    const rubric = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const at = rubric.indexOf(`      - code: "3.5"`);
    writeFileSync(forbidden, rubric.slice(0, at) + rubric.slice(at).replace("na: rescale", "na: forbidden"));
    const report = await json("dti-cap-so", forbidden, "--corpus", "examples/ban-qlkkt-quang-binh.yaml");
    const [agency] = report.agencies;
    expect(agency.drivers).toEqual([]);
    expect(agency.other).toBeLessThan(0);
    expect(agency.rescaled).toEqual(["3.5"]);
    const md = (await impact("dti-cap-so", forbidden, "--corpus", "examples/ban-qlkkt-quang-binh.yaml", "--format", "md")).stdout;
    expect(md).toMatch(/\| rescaling and caps \(3\.5\) −\d+\.\d\d \|/);
  });

  it("an answer dropped after a swap of codes says the value carried, not the one the file had at that code (it said 'found 0.9' for a 7)", async () => {
    const dir = tempDir();
    const swapped = path.join(dir, "swapped.yaml");
    // 6.1.3 and 6.1.4 change places (each keeps its title, so each answer follows it), and the count gets a maximum of 2.
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(`version: "2025.1"`, `version: "2025.2"`);
    const [at3, at4, at5] = ["6.1.3", "6.1.4", "6.1.5"].map((c) => text.indexOf(`          - code: "${c}"`));
    const third = text.slice(at3, at4).replace(`code: "6.1.3"`, `code: "6.1.4"`);
    const fourth = text.slice(at4, at5).replace(`code: "6.1.4"`, `code: "6.1.3"`).replace(`input: {type: count, unit: {vi: "đơn vị", en: "units"}}`, `input: {type: count, unit: {vi: "đơn vị", en: "units"}, max: 2}`);
    expect(fourth).toContain("max: 2}");
    writeFileSync(swapped, text.slice(0, at3) + fourth + third + text.slice(at5));
    const kho = parse(readFileSync("examples/kho-bac-quang-binh.yaml", "utf8")) as { answers: Record<string, { value: unknown }> };
    const before = kho.answers["6.1.4"]!.value as number;
    expect(before).toBeGreaterThan(2);
    const report = await json("dti-cap-so", swapped, "--corpus", "examples/kho-bac-quang-binh.yaml");
    const dropped = report.agencies[0].notes.new.find((n: { code: string; reason: string }) => n.code === "6.1.3" && n.reason !== "recoded");
    expect(dropped).toMatchObject({ reason: "out-of-range", params: { found: String(before) } });
  });

  /** dti-cap-so 2025.2 with 6.1.4's count (the Finance example: self 3, verified 2) given `bound`. */
  const bounded614 = (bound: string) => {
    const file = path.join(tempDir(), "bounded.yaml");
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(`version: "2025.1"`, `version: "2025.2"`);
    const at = text.indexOf(`          - code: "6.1.4"`);
    const count = `input: {type: count, unit: {vi: "đơn vị", en: "units"}}`;
    expect(text.indexOf(count, at)).toBeGreaterThan(at);
    writeFileSync(file, text.slice(0, at) + text.slice(at).replace(count, `input: {type: count, unit: {vi: "đơn vị", en: "units"}, ${bound}}`));
    return file;
  };

  it("a verified value the new version no longer takes is dropped alone: the officer's answer is scored (it was dropped whole)", async () => {
    // The collector counted 3 where the officer claimed 1; the new version allows at most 2.
    const file = path.join(tempDir(), "so-tai-chinh.yaml");
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
    const changed = text.replace(`"6.1.4":\n    value: 3`, `"6.1.4":\n    value: 1`).replace(`verified:\n      value: 2`, `verified:\n      value: 3`);
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const report = await json("dti-cap-so", bounded614("max: 2"), "--corpus", file);
    const [agency] = report.agencies;
    expect(agency.notes.new).toEqual([expect.objectContaining({ code: "6.1.4", reason: "out-of-range", verified: "only" })]);
    expect([agency.old.basis, agency.new.basis]).toEqual(["verified", "self"]);
    // Scored on the officer's 1 unit now, not the verified 3.
    expect(agency.drivers.find((d: { code: string }) => d.code === "6.1.4").delta).toBeLessThan(0);
    const table = await impact("dti-cap-so", bounded614("max: 2"), "--corpus", file);
    expect(table.stdout).toContain("the verified value of 6.1.4 dropped (");
    expect(table.stdout).toContain("); the self-assessed answer is scored");
  });

  it("an answer dropped whole says its verified value went with it", async () => {
    const report = await json("dti-cap-so", bounded614("max: 1"), "--corpus", "examples/so-tai-chinh-quang-binh.yaml");
    expect(report.agencies[0].notes.new).toEqual([expect.objectContaining({ code: "6.1.4", reason: "out-of-range", verified: "with" })]);
    const table = await impact("dti-cap-so", bounded614("max: 1"), "--corpus", "examples/so-tai-chinh-quang-binh.yaml");
    expect(table.stdout).toContain("answer to 6.1.4 dropped with its verified value (");
  });

  it("an indicator added in a rescaled group is named where the rescaling moved the score (removed or added, none was named)", async () => {
    const dir = tempDir();
    const swapped = path.join(dir, "swapped.yaml");
    const rubric = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const at = rubric.indexOf(`      - code: "3.5"`);
    // 3.5 (answered N/A by the board, rescaled) gives way to a new 3.6 worth the same, unanswered.
    writeFileSync(swapped, (rubric.slice(0, at) + rubric.slice(at).replace(`code: "3.5"`, `code: "3.6"`).replace("Số hệ thống thông tin, CSDL", "Số nền tảng").replace("The agency's systems and databases", "The agency's platforms")).replace(`include: ["3.5",`, `include: ["3.6",`));
    const report = await json("dti-cap-so", swapped, "--corpus", "examples/ban-qlkkt-quang-binh.yaml");
    const [agency] = report.agencies;
    expect(agency.other).toBeLessThan(0);
    expect(agency.rescaled).toEqual(["3.6"]);
  });

  it("an indicator moved to another group is named where the rescaling moved the score (1.5 now 2.5, beside 2.1 answered N/A: \"rescaling, caps +0.54\" named nothing), in words that read under the column's title (vi: \"Do chỉ số\" over \"do quy đổi…\")", async () => {
    const file = path.join(tempDir(), "moved.yaml");
    const rubric = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const start = rubric.indexOf(`      - code: "1.5"`), end = rubric.indexOf(`      - code: "1.6"`), group3 = rubric.indexOf(`\n  - code: "3"`);
    const moved = rubric.slice(start, end).replace(`code: "1.5"`, `code: "2.5"`);
    const withMaxes = (text: string) => text.replace(/(code: "1"\n(?:.*\n){4}    max: )100/, "$190").replace(/(code: "2"\n(?:.*\n){4}    max: )100/, "$1110");
    writeFileSync(file, withMaxes(rubric.slice(0, start) + rubric.slice(end, group3).replace(`code: "1.6"`, `code: "1.5"`) + moved + rubric.slice(group3)));
    const [agency] = (await json("dti-cap-so", file, "--corpus", "examples/so-khcn-quang-binh.yaml")).agencies;
    expect(agency.drivers).toEqual([]);
    expect(agency.other).toBeGreaterThan(0);
    expect(agency.rescaled).toEqual(["2.5"]);
    expect((await impact("dti-cap-so", file, "--corpus", "examples/so-khcn-quang-binh.yaml", "--lang", "en")).stdout).toMatch(/rescaling and caps \(2\.5\) \+0\.\d\d/);
    // The column's title is not repeated in its cell ("Do chỉ số" above "do quy đổi theo tỷ lệ và mức trần").
    const vi = (await impact("dti-cap-so", file, "--corpus", "examples/so-khcn-quang-binh.yaml", "--lang", "vi", "--format", "md")).stdout;
    expect(vi).toMatch(/\| Hạng \| Nguyên nhân \|\n[^\n]*\n\| Sở Khoa học [^\n]*\| quy đổi theo tỷ lệ và mức trần \(2\.5\) \+0,\d\d \|/);
  });

  it("indicators of a group the revision only renumbered (a group inserted before it) are not named as moved", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "v1.yaml"), REGROUP_V1);
    writeFileSync(path.join(dir, "v2.yaml"), REGROUP_V2);
    writeFileSync(path.join(dir, "a.yaml"), REGROUP_AGENCY);
    const [agency] = (await json(path.join(dir, "v1.yaml"), path.join(dir, "v2.yaml"), "--corpus", path.join(dir, "a.yaml"))).agencies;
    // 1.1 and 2.3 are new and counted; 2.2 and 3.1 (1.2 and 2.1 before) stay in their groups, renumbered 1 → 2 and 2 → 3.
    expect(agency.rescaled).toEqual(["1.1", "2.3"]);
  });

  it("a bonus item added beside a rescaled group is not named among what the rescaling moved (in no group, it rescales nothing)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "bonus-added.yaml");
    const rubric = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const at = rubric.indexOf(`      - code: "3.5"`);
    const bonusEnd = "      evidence: {required: false, fields: [number, date, title]}\n\npenalty:";
    expect(rubric).toContain(bonusEnd);
    const t3 = `      evidence: {required: false, fields: [number, date, title]}\n    - code: "T.3"\n      title: {vi: "Được chọn làm đơn vị thí điểm", en: "Chosen as a pilot unit"}\n      max: 10\n      input: {type: boolean}\n      rule: {type: fixed}\n\npenalty:`;
    writeFileSync(file, (rubric.slice(0, at) + rubric.slice(at).replace(`code: "3.5"`, `code: "3.6"`).replace("Số hệ thống thông tin, CSDL", "Số nền tảng").replace("The agency's systems and databases", "The agency's platforms")).replace(`include: ["3.5",`, `include: ["3.6",`).replace(bonusEnd, t3));
    const [agency] = (await json("dti-cap-so", file, "--corpus", "examples/ban-qlkkt-quang-binh.yaml")).agencies;
    expect(agency.other).toBeLessThan(0);
    expect(agency.rescaled).toEqual(["3.6"]);
  });

  /** dti-cap-so with one indicator's evidence rule changed from `from` to `to`, as a file. */
  const withEvidence = (code: string, from: string, to: string) => {
    const file = path.join(tempDir(), `evidence-${code}.yaml`);
    const rubric = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const at = rubric.indexOf(`      - code: "${code}"`);
    writeFileSync(file, rubric.slice(0, at) + rubric.slice(at).replace(`evidence: ${from}`, `evidence: ${to}`));
    return file;
  };

  it("evidence a new version requires is scored as before and said per agency: score would refuse the file (it read 'no change')", async () => {
    const v6 = withEvidence("5.6", "{required: false, fields: [number, date, title]}", "{required: true, min: 1, fields: [number, date, title]}");
    const report = await json("dti-cap-so", v6, "--corpus", "examples/so-khcn-quang-binh.yaml");
    expect(report.agencies[0].delta).toBe(0);
    expect(report.agencies[0].notes.new).toEqual([{ code: "5.6", reason: "evidence-missing", evidence: true, params: { code: "5.6", min: 1, count: 0 } }]);
    expect(report.summary.refused_new).toBe(1);
    const table = await impact("dti-cap-so", v6, "--corpus", "examples/so-khcn-quang-binh.yaml");
    expect(table.stdout).toContain("Under the new version, 1 agency: answer to 5.6 is scored, but its evidence falls short of this version (indicator 5.6 needs at least 1 evidence item; it has 0: add to evidence): score refuses the file until it is corrected");
    // Said in the summary too, not only in the notes under "no change".
    expect(table.stdout).toContain("1 agency would be refused by score under the new version for its evidence (see the notes below)");
  });

  it("evidence a new version requires under when_missing: no_points costs the answer its points there, as score gives it, and is not listed as refused", async () => {
    const v8 = withEvidence("5.6", "{required: false, fields: [number, date, title]}", "{required: true, min: 1, fields: [number, date, title], when_missing: no_points}");
    const report = await json("dti-cap-so", v8, "--corpus", "examples/so-khcn-quang-binh.yaml");
    const [agency] = report.agencies;
    expect(agency.delta).toBeLessThan(0);
    expect(agency.drivers).toEqual([expect.objectContaining({ code: "5.6", new: 0 })]);
    expect(agency.notes.new).toEqual([]);
    expect(report.summary.refused_new).toBe(0);
  });

  /** dti-cap-so without indicator 1.5 (10 points), its group and the scale lowered to match: lint passes. */
  const without15 = () => {
    const file = path.join(tempDir(), "no-1.5.yaml");
    const rubric = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const cut = rubric.slice(0, rubric.indexOf(`      - code: "1.5"`)) + rubric.slice(rubric.indexOf(`      - code: "1.6"`));
    writeFileSync(file, cut.replace(/(en: "The agency's leadership of and communication about digital transformation."\n    max: )100/, "$190").replace(/^scale: 1000$/m, "scale: 990"));
    return file;
  };

  it("an answer to an indicator the new version removed is said to get the file refused by score, per file and in the summary, with what to do (it read only as points lost)", async () => {
    const next = without15();
    expect((await runCli(["rubric", "lint", next])).code).toBe(0);
    const corpus = ["examples/so-khcn-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"];
    // What impact announces, score does: the file is refused, not scored lower.
    expect((await runCli(["validate", corpus[0]!, "--rubric", next])).stderr).toContain("[unknown-indicator]");
    const report = await json("dti-cap-so", next, "--corpus", ...corpus);
    expect(report.summary.refused_new_answers).toBe(2);
    expect(report.summary.refused_new).toBe(0);
    expect(report.agencies.map((a: any) => a.refused_new_answers)).toEqual([["1.5"], ["1.5"]]);
    const table = (await impact("dti-cap-so", next, "--corpus", ...corpus)).stdout;
    expect(table).toContain("answer to 1.5 dropped (the indicator no longer exists), counted as unanswered; score refuses the file under the new version until the answer is taken out of it — ");
    expect(table).toContain(`2 agencies would be refused by score under the new version, not merely lose points: their files hold answers it does not take (counted above as unanswered; see the notes below), and the files are not scored until corrected. To correct a file, run egov-score assess FILE --rubric ${next} (it asks about each such answer: one to a removed indicator is kept aside as a comment in the file with Enter, or removed), or take those answers out of the file by hand`);
    const md = (await impact("dti-cap-so", next, "--corpus", ...corpus, "--format", "md")).stdout;
    expect(md).toContain("2 agencies would be refused by score under the new version, not merely lose points");
    expect(md).toContain("score refuses the file under the new version until the answer is taken out of it");
    const vi = (await impact("dti-cap-so", next, "--corpus", ...corpus, "--lang", "vi")).stdout;
    expect(vi).toContain("câu trả lời 1.5 bị bỏ (chỉ số không còn) và tính là chưa trả lời; lệnh score từ chối tệp theo phiên bản mới cho đến khi bỏ câu trả lời này khỏi tệp");
    expect(vi).toContain("2 cơ quan sẽ bị lệnh score từ chối theo phiên bản mới, không chỉ bị mất điểm: tệp của các cơ quan này có câu trả lời mà phiên bản này không nhận (đã tính là chưa trả lời ở trên; xem phần ghi chú bên dưới)");
    // A file that already answers the new version has nothing refused.
    expect((await json(next, next, "--corpus", "examples/xa-can-giuoc-tay-ninh.yaml")).summary.refused_new_answers).toBe(0);
  });

  it("under the same version, a renumbering is said as score reads the files (as written, refused or scored as another indicator), not as carried or counted unanswered", async () => {
    // 1.5 removed and 1.6 renumbered 1.5, version still 2025.1.
    const next = without15().replace(/no-1\.5\.yaml$/, "renumbered.yaml");
    writeFileSync(next, readFileSync(without15(), "utf8").replace(`      - code: "1.6"`, `      - code: "1.5"`).replace(/chỉ số 1\.6 \(|self-rating 1\.6\./g, (m) => m.replace("1.6", "1.5")));
    const file = "examples/kho-bac-quang-binh.yaml";
    const validate = (await runCli(["validate", file, "--rubric", next])).stderr;
    expect(validate).toContain("[wrong-type]");
    expect(validate).toContain("[unknown-indicator]");
    const report = await json("dti-cap-so", next, "--corpus", file);
    expect(report.summary.read_as_written).toBe(1);
    expect(report.agencies[0].notes.new).toEqual([
      expect.objectContaining({ code: "1.5", reason: "code-reused", as_written: "other" }),
      expect.objectContaining({ code: "1.6", reason: "recoded", to: "1.5", as_written: "missing" }),
    ]);
    const table = (await impact("dti-cap-so", next, "--corpus", file)).stdout;
    expect(table).toContain("answer to 1.5: the version is unchanged, so score reads the file as written and takes it as the answer to the new version's 1.5 (another indicator): scored as that one if it fits, the file refused if not; this comparison counts it as unanswered");
    expect(table).toContain("answer to 1.6: the version is unchanged, so score reads the file as written and refuses it (the new version has no indicator 1.6); this comparison carries it to 1.5");
    expect(table).toContain("1 agency's file names the version both rubrics carry: score reads it as written under the new version's codes");
    expect(table).not.toContain("1.5 dropped");
    const vi = (await impact("dti-cap-so", next, "--corpus", file, "--lang", "vi")).stdout;
    expect(vi).toContain("câu trả lời 1.6: phiên bản không đổi nên lệnh score đọc tệp đúng như đã ghi và từ chối tệp");
    expect(vi).toContain("Tệp của 1 cơ quan ghi phiên bản mà cả hai bản đều mang");
    // With the version bumped, files naming 2025.1 are carried by impact as score carries them (rubric-version-mismatch): nothing to say.
    const later = next.replace(/renumbered\.yaml$/, "bumped.yaml");
    writeFileSync(later, readFileSync(next, "utf8").replace('version: "2025.1"', 'version: "2025.2"'));
    const bumped = await json("dti-cap-so", later, "--corpus", file);
    expect(bumped.summary.read_as_written).toBeUndefined();
    expect(bumped.agencies[0].notes.new.some((n: any) => "as_written" in n)).toBe(false);
  });

  it("with --format github or junit, the summary on standard error points at each agency's annotation or test case, not at notes above and below it that are not there", async () => {
    const next = without15();
    const corpus = ["examples/so-khcn-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"];
    const github = await impact("dti-cap-so", next, "--corpus", ...corpus, "--format", "github");
    expect(github.stderr).toContain("2 agencies would be refused by score under the new version, not merely lose points: their files hold answers it does not take (counted as unanswered in the comparison; see the annotation on each agency's file)");
    expect(github.stdout).toContain("score would refuse this file under the new version");
    const junit = await impact("dti-cap-so", next, "--corpus", ...corpus, "--format", "junit");
    expect(junit.stderr).toContain("(counted as unanswered in the comparison; see each agency's test case in the JUnit report)");
    const vi = await impact("dti-cap-so", next, "--corpus", ...corpus, "--format", "github", "--lang", "vi");
    expect(vi.stderr).toContain("(được tính là chưa trả lời khi so sánh; xem chú thích (annotation) ở tệp của từng cơ quan)");
    for (const out of [github.stderr, junit.stderr, vi.stderr]) expect(out).not.toMatch(/above|below|ở trên|bên dưới/);
  });

  it("an answer the new version gives 0 says what of the new version gave it: the evidence setting, the option, the lowest step (it said only '1.1 −5.00')", async () => {
    const dir = tempDir();
    const file = path.join(dir, "zeroed.yaml");
    const rubric = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const t2 = rubric.indexOf(`    - code: "T.2"`);
    const changed = rubric.slice(0, t2).replace("            - {min: 1, points: 5}\n", "").replace(`en: "Deputy head"}, fraction: 0.5}`, `en: "Deputy head"}, fraction: 0}`)
      + rubric.slice(t2).replace("evidence: {required: false, fields: [number, date, title]}", "evidence: {required: true, fields: [number, date, title], when_missing: no_points}");
    writeFileSync(file, changed.replace(`version: "2025.1"`, `version: "2025.2"`));
    const so = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").replace(`"1.1":\n    value: 4`, `"1.1":\n    value: 1`).replace("value: thu-truong", "value: cap-pho");
    const kb = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/("T\.2":\n    value: 2)\n    evidence:\n      - \{[^\n]*\}/, "$1");
    writeFileSync(path.join(dir, "so.yaml"), so);
    writeFileSync(path.join(dir, "kb.yaml"), kb);
    const corpus = [path.join(dir, "so.yaml"), path.join(dir, "kb.yaml")];
    const report = await json("dti-cap-so", file, "--corpus", ...corpus);
    const causes = Object.fromEntries(report.agencies.flatMap((a: any) => a.drivers.map((d: any) => [d.code, d.zeroed_by])));
    expect(causes).toEqual({
      "T.2": { what: "evidence", min: 1 },
      "1.2": { what: "option", option: "cap-pho", label: { vi: "Cấp phó của người đứng đầu", en: "Deputy head" } },
      "1.1": { what: "below_steps", lowest: 2, else: 0, unit: { vi: "cuộc họp", en: "meetings" } },
    });
    const table = stripVTControlCharacters((await impact("dti-cap-so", file, "--corpus", ...corpus)).stdout);
    expect(table).toContain("T.2, 1 agency: short of its evidence (at least 1 item): the new version gives such an answer 0 (evidence: when_missing: no_points) — Kho bạc Nhà nước Quảng Bình");
    expect(table).toContain(`1.2, 1 agency: the option “Deputy head” (cap-pho) is worth 0 in the new version — Sở Khoa học và Công nghệ tỉnh Quảng Bình`);
    expect(table).toContain("1.1, 1 agency: below the new version's lowest step (min: 2 meetings), so it gets else: 0 points — Sở Khoa học và Công nghệ tỉnh Quảng Bình");
    // The step dropped, by its threshold: both rules whole ("bands ≥4→20 ≥3→15 ≥2→10 ≥1→5 else 0 → …") were compared by eye.
    expect(table).toContain("rule: step ≥ 1 (5 points) removed");
    const md = (await impact("dti-cap-so", file, "--corpus", ...corpus, "--format", "md", "--lang", "vi")).stdout;
    expect(md).toContain(`- 1.2, 1 cơ quan: phương án «Cấp phó của người đứng đầu» (cap-pho) được 0 điểm ở phiên bản mới — Sở Khoa học và Công nghệ tỉnh Quảng Bình`);
    // The CI formats carry them too (they said only "1.1 −5.00", or nothing of an agency within budget): github at the indicator's line, junit under the rubric's changes.
    const github = (await impact("dti-cap-so", file, "--corpus", ...corpus, "--format", "github")).stdout;
    expect(github).toMatch(/::notice file=[^,]*zeroed\.yaml,line=\d+,col=\d+,title=egov-score rubric impact%3A zeroed 1\.1::.*1\.1, 1 agency: below the new version's lowest step \(min: 2 meetings\)/);
    expect(github).toContain("T.2, 1 agency: short of its evidence (at least 1 item)");
    const junit = (await impact("dti-cap-so", file, "--corpus", ...corpus, "--format", "junit")).stdout;
    expect(junit).toMatch(/zeroed\.yaml:\d+:\d+ 1\.2, 1 agency: the option “Deputy head” \(cap-pho\) is worth 0 in the new version/);
    expect(junit).toContain("Answers that had points under the old version and earn 0 under the new one");
  });

  it("a field newly required of every evidence item keeps the answer and its points too (it was dropped, with its verified value)", async () => {
    // 1.1's evidence items have number, date and title; a link is now required of each.
    const v7 = withEvidence("1.1", "{required: true, min: 1, fields: [number, date, title]}", "{required: true, min: 1, fields: [number, date, title, link]}");
    const report = await json("dti-cap-so", v7, "--corpus", "examples/so-khcn-quang-binh.yaml");
    expect(report.agencies[0].delta).toBe(0);
    expect(report.agencies[0].notes.new).toEqual([expect.objectContaining({ code: "1.1", reason: "missing-field", evidence: true })]);
  });

  it("an agency that only one version can score breaks any budget", async () => {
    const dir = tempDir();
    const v3 = path.join(dir, "v3.yaml");
    writeFileSync(v3, readFileSync(V2, "utf8").replace("- {id: unit, label: {vi: \"Đơn vị\", en: \"Unit\"}}", "- {id: office, label: {vi: \"Văn phòng\", en: \"Office\"}}"));
    const r = await impact(V1, v3, "--corpus", CORPUS, "--budget-points", "1000", "--format", "json");
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    // A, B and C answer version 1 and can no longer be scored; D and E name version 2 (v3's version too), so they are invalid.
    expect(report.agencies.map((a: any) => [a.agency.id, a.new, a.delta, a.unscorable.new])).toEqual([["a", null, null, "agency-type-removed"], ["b", null, null, "agency-type-removed"], ["c", null, null, "agency-type-removed"]]);
    expect(report.invalid.map((f: any) => f.file)).toEqual([`${CORPUS}/d.yaml`, `${CORPUS}/e.yaml`]);
    // The two invalid files leave the budget unchecked on them too.
    expect(report.budgets.breaches.map((b: any) => [b.kind, b.value])).toEqual([...Array(3).fill(["not-comparable", null]), ["invalid-files", 2]]);
    const table = await impact(V1, v3, "--corpus", CORPUS);
    expect(table.code).toBe(0);
    expect(stripVTControlCharacters(table.stdout)).toContain("its agency type no longer exists");
    // The summary says so too: it read "No agency's score, band or rank changes" under three agencies that lost their score.
    expect(report.summary.not_comparable).toBe(3);
    expect(table.stdout).toContain("3 agencies can be scored under only one of the versions");
    expect(table.stdout).not.toContain("No agency's score, band or rank changes");
  });
});

describe("rubric impact: corpora as they come", () => {
  it("files for other rubrics are skipped, invalid files reported; neither fails the run", async () => {
    const dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
    cpSync("examples/so-khcn-quang-binh.yaml", path.join(dir, "other-rubric.yaml"));
    writeFileSync(path.join(dir, "broken.yaml"), readFileSync(`${CORPUS}/a.yaml`, "utf8").replace(`"1.2": {value: 2}`, `"1.2": {value: "hai"}`));
    const r = await impact(V1, V2, "--corpus", dir, "--format", "md");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("broken.yaml:8:18 error Wrong type of value [wrong-type]");
    expect(r.stdout).toContain("1 invalid file left out: `");
    expect(r.stdout).toContain("1 file for other rubrics skipped");
    expect(r.stdout).toContain("5 agencies, 5 compared");
    // The table says so too (it left them out without a word, the errors only on standard error).
    const table = await impact(V1, V2, "--corpus", dir);
    expect(stripVTControlCharacters(table.stdout)).toContain(`1 invalid file left out: ${path.join(dir, "broken.yaml")}`);
  });

  // A path not there was counted among the "invalid files" in every format: "2 invalid files left out".
  it.each([
    ["en", "an invalid file and a path not there", true, "2 corpus files could not be used: 1 invalid, 1 not read (see the errors above)", "2 files left out (1 invalid, 1 not read): "],
    ["vi", "an invalid file and a path not there", true, "2 tệp trong tập dữ liệu không dùng được: 1 tệp không hợp lệ, 1 tệp không đọc được (xem lỗi ở trên)", "2 tệp không được tính (1 tệp không hợp lệ, 1 tệp không đọc được): "],
    ["en", "only a path not there", false, "1 corpus file could not be read (see the errors above)", "1 file not read, left out: "],
    ["vi", "only a path not there", false, "1 tệp trong tập dữ liệu không đọc được (xem lỗi ở trên)", "1 tệp không đọc được, không được tính: "],
  ])("%s, %s: the paths not read are counted apart from the invalid files", async (lang, _, withInvalid, stderrLine, stdoutLine) => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    cpSync(CORPUS, corpus, { recursive: true });
    for (const id of ["d", "e"]) rmSync(path.join(corpus, `${id}.yaml`));
    if (withInvalid) writeFileSync(path.join(corpus, "broken.yaml"), readFileSync(`${CORPUS}/a.yaml`, "utf8").replace(`"1.2": {value: 2}`, `"1.2": {value: "hai"}`));
    const r = await runCli(["--lang", lang, "rubric", "impact", V1, V2, "--corpus", corpus, path.join(dir, "khong-co.yaml"), "--format", "md"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(stderrLine);
    expect(r.stdout).toContain(stdoutLine);
    const ci = await runCli(["--lang", lang, "rubric", "impact", V1, V2, "--corpus", corpus, path.join(dir, "khong-co.yaml"), "--format", "junit"]);
    expect(ci.stdout).toContain(lang === "en" ? "Corpus file not read, not rescored" : "Tệp không đọc được, không được chấm lại");
  });

  // A folder that could not be read was "1 file not read, left out" and, in junit and github, "Corpus file not read": it is no file, and may hold many.
  it.skipIf(process.platform === "win32").each([
    ["en", false, "1 corpus folder could not be read (see the errors above)", "1 unreadable folder left out: ", "Corpus folder not read, its files not rescored"],
    ["vi", false, "1 thư mục của tập dữ liệu không đọc được (xem lỗi ở trên)", "1 thư mục không đọc được, không được tính: ", "Thư mục không đọc được, các tệp trong đó không được chấm lại"],
    ["en", true, "1 corpus folder could not be read; 1 corpus file could not be read (see the errors above)", "1 file not read, left out; 1 unreadable folder left out: ", "Corpus folder not read, its files not rescored"],
    ["vi", true, "1 thư mục của tập dữ liệu không đọc được; 1 tệp trong tập dữ liệu không đọc được (xem lỗi ở trên)", "1 tệp không đọc được, không được tính; 1 thư mục không đọc được, không được tính: ", "Thư mục không đọc được, các tệp trong đó không được chấm lại"],
  ])("%s, a path not there too: %s: a folder that cannot be read is counted as a folder, apart from the files", async (lang, withMissing, stderrLine, stdoutLine, ciLine) => {
    const dir = tempDir();
    const loop = path.join(dir, "loop");
    symlinkSync(loop, loop);
    const paths = [CORPUS, ...(withMissing ? [path.join(dir, "khong-co.yaml")] : []), `${loop}/*.yaml`];
    const r = await runCli(["--lang", lang, "rubric", "impact", V1, V2, "--corpus", ...paths, "--format", "md"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(stderrLine);
    expect(r.stdout).toContain(`${stdoutLine}${withMissing ? `\`${path.join(dir, "khong-co.yaml")}\`, ` : ""}\`${loop}\``);
    const ci = await runCli(["--lang", lang, "rubric", "impact", V1, V2, "--corpus", ...paths, "--format", "junit"]);
    expect(ci.stdout).toContain(ciLine);
  });

  // The paths that could not be read were listed before the invalid files, even when named last (score and validate keep the command line's order).
  it.skipIf(process.platform === "win32")("invalid files and paths that could not be read are listed in the order the paths were given, in every format", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    cpSync(CORPUS, corpus, { recursive: true });
    // Saved as text: listed where the folder lists it, by name (c.yaml, c2.yaml.txt, d.yaml).
    cpSync(`${CORPUS}/c.yaml`, path.join(corpus, "c2.yaml.txt"));
    const loop = path.join(dir, "loop");
    symlinkSync(loop, loop);
    const m0 = path.join(dir, "khong-co-0.yaml"), m1 = path.join(dir, "khong-co-1.yaml");
    // D and E name version 2, carried to version 1 on both sides but for an agency type it does not have: invalid.
    for (const id of ["d", "e"]) writeFileSync(path.join(corpus, `${id}.yaml`), readFileSync(`${CORPUS}/${id}.yaml`, "utf8").replace("type: unit", "type: khong-co"));
    const paths = [m0, corpus, m1, `${loop}/*.yaml`];
    const expected = [m0, path.join(corpus, "c2.yaml.txt"), path.join(corpus, "d.yaml"), path.join(corpus, "e.yaml"), m1, loop];
    const r = await impact(V1, V1, "--corpus", ...paths, "--format", "json");
    expect(JSON.parse(r.stdout).invalid.map((f: { file: string }) => f.file)).toEqual(expected);
    const placed = (text: string) => expected.map((file) => text.indexOf(file));
    const increasing = (at: number[]) => at.every((n, i) => n >= 0 && (i === 0 || n > at[i - 1]!));
    expect(placed(r.stderr)).toSatisfy(increasing);
    for (const format of ["md", "github", "junit"]) {
      const out = await impact(V1, V1, "--corpus", ...paths, "--format", format);
      expect(placed(out.stdout), format).toSatisfy(increasing);
    }
  });

  it("files naming neither version are checked against the old one (no rubric-version-mismatch)", async () => {
    const dir = tempDir();
    for (const id of ["a", "b", "c"]) writeFileSync(path.join(dir, `${id}.yaml`), readFileSync(`${CORPUS}/${id}.yaml`, "utf8").replace(`version: "1"`, `version: "0.9"`));
    const report = await json(V1, V2, "--corpus", dir);
    expect(report.invalid).toEqual([]);
    expect(report.agencies.map((a: any) => [a.agency.id, a.delta])).toEqual([["a", -50], ["b", -30], ["c", -20]]);
  });

  // After a first revision of the year is merged, every later pull request compares two drafts with last year's files.
  it("files of a third version (two drafts, last year's corpus) are carried to both, not refused at an indicator the first draft removed", async () => {
    const dir = tempDir();
    const draft1 = path.join(dir, "v3.yaml"), draft2 = path.join(dir, "v4.yaml");
    writeFileSync(draft1, readFileSync(V2, "utf8").replace(`version: "2"`, `version: "3"`));
    writeFileSync(draft2, readFileSync(V2, "utf8").replace(`version: "2"`, `version: "4"`).replace("id: kha, min: 50", "id: kha, min: 40"));
    // A answers version 1, with 1.3, which version 2 removed and both drafts lack: 1.1 20 + 1.2 20 = 40 under both.
    const corpus = path.join(dir, "corpus");
    cpSync(`${CORPUS}/a.yaml`, path.join(corpus, "a.yaml"), { recursive: true });
    writeFileSync(path.join(corpus, "f.yaml"), readFileSync(`${CORPUS}/a.yaml`, "utf8").replace("id: a,", "id: f,").replace("type: unit", "type: khong-co"));
    const r = await impact(draft1, draft2, "--corpus", corpus, "--format", "json");
    const report = JSON.parse(r.stdout);
    expect(report.agencies.map((a: any) => [a.agency.id, a.old.total, a.new.total, a.old.band.id, a.new.band.id])).toEqual([["a", 40, 40, "yeu", "kha"]]);
    expect(report.agencies[0].notes.old).toEqual([expect.objectContaining({ code: "1.3", reason: "unknown-indicator" })]);
    expect(report.other_version).toEqual([{ file: path.join(corpus, "a.yaml"), version: "1" }]);
    // What lies outside the answers still has to fit the old draft: refused, saying which version the file answers.
    expect(report.invalid.map((f: any) => f.file)).toEqual([path.join(corpus, "f.yaml")]);
    expect(report.invalid[0].errors[0].message).toContain("this file answers version 1, which is neither the old one (3) nor the new one (4)");
    const table = await impact(draft1, draft2, "--corpus", corpus);
    expect(table.stdout).toContain("1 file answers version 1, neither the old nor the new one: its answers are carried to both versions");
    expect(table.stderr).toContain("correct the file for version 3, or take it out of --corpus");
    const vi = await runCli(["--lang", "vi", "rubric", "impact", draft1, draft2, "--corpus", corpus, "--format", "md"]);
    expect(vi.stdout).toContain("1 tệp trả lời phiên bản 1, không phải phiên bản cũ cũng không phải phiên bản mới");
    expect(vi.stdout).toContain("tệp này trả lời phiên bản 1, không phải phiên bản cũ (3) cũng không phải phiên bản mới (4)");
    // The CI formats say it too: a notice in GitHub's, the corpus case's output in JUnit's.
    const github = await impact(draft1, draft2, "--corpus", corpus, "--format", "github");
    expect(github.stdout).toContain("::notice title=egov-score rubric impact::1 file answers version 1, neither the old nor the new one");
    const junit = await impact(draft1, draft2, "--corpus", corpus, "--format", "junit");
    expect(junit.stdout).toMatch(/<testcase classname="corpus" name="corpus"[^>]*>\s*<system-out>1 file answers version 1, neither the old nor the new one/);
  });

  it("the CI formats say how many corpus files were for other rubrics, as the table does", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    cpSync(`${CORPUS}/a.yaml`, path.join(corpus, "a.yaml"));
    cpSync("examples/so-khcn-quang-binh.yaml", path.join(corpus, "other-rubric.yaml"));
    // With the rubric each names, and how many: a corpus of another rubric's agencies compares nothing, and says whose it is.
    expect((await impact(V1, V2, "--corpus", corpus)).stdout).toContain("1 file for other rubrics skipped (dti-cap-so: 1)");
    expect((await impact(V1, V2, "--corpus", corpus, "--format", "github")).stdout).toContain("::notice title=egov-score rubric impact::1 file for other rubrics skipped (dti-cap-so: 1)");
    expect((await impact(V1, V2, "--corpus", corpus, "--format", "junit")).stdout).toContain("1 file for other rubrics skipped (dti-cap-so: 1)");
    expect((await impact(V1, V2, "--corpus", corpus, "--format", "md", "--lang", "vi")).stdout).toContain("1 tệp thuộc bộ chỉ số khác, bỏ qua (dti-cap-so: 1)");
  });

  it("an edit without a version bump (both sides name version 1) is compared like any other", async () => {
    const dir = tempDir();
    const edited = path.join(dir, "v1-edited.yaml");
    writeFileSync(edited, readFileSync(V1, "utf8").replace("max: 40", "max: 30").replace(/max: 30\n(\s+)input: \{type: count\}/, "max: 40\n$1input: {type: count}"));
    const r = await impact(V1, edited, "--corpus", CORPUS, "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.diff.items.map((c: any) => [c.node.code, c.fields])).toEqual([["1.1", [{ field: "max", old: "40", new: "30" }]], ["1.2", [{ field: "max", old: "30", new: "40" }]]]);
    // A: 1.1 30 + 1.2 (2 × 10) 20 + 1.3 30 = 80, ten less. D and E answer version 2, which neither side is: carried
    // to both without their 1.4, which version 1 has not (D: 1.1 40 → 30, ten less; E answers nothing that moves).
    expect(report.agencies.map((a: any) => [a.agency.id, a.delta])).toEqual([["a", -10], ["c", -10], ["d", -10], ["b", 0], ["e", 0]]);
    expect(report.invalid).toEqual([]);
  });

  it("a recoded indicator (same title, new code) carries its answers over", async () => {
    const dir = tempDir();
    const recoded = path.join(dir, "v1b.yaml");
    writeFileSync(recoded, readFileSync(V1, "utf8").replace(`version: "1"`, `version: "1b"`).replace(`code: "1.3"`, `code: "1.5"`));
    const report = await json(V1, recoded, "--corpus", CORPUS);
    expect(report.diff.items).toEqual([{ change: "recoded", old: expect.objectContaining({ code: "1.3" }), node: expect.objectContaining({ code: "1.5" }), fields: [] }]);
    const a = report.agencies.find((x: any) => x.agency.id === "a");
    expect(a.delta).toBe(0);
    expect(a.notes.new).toEqual([{ code: "1.3", reason: "recoded", to: "1.5" }]);
    // A file of the new version carried back to the old: its answer goes back to the old code, and is said so.
    writeFileSync(path.join(dir, "f.yaml"), readFileSync(`${CORPUS}/a.yaml`, "utf8").replace('version: "1"', 'version: "1b"').replace('"1.3": {value: 100}', '"1.5": {value: 100}').replace("id: a,", "id: f,"));
    const back = await impact(V1, recoded, "--corpus", path.join(dir, "f.yaml"), "--format", "md");
    expect(back.stdout).toContain("answer to 1.5 carried back to its old code 1.3");
  });

  it("an indicator inserted before others: answers follow the renumbered ones, and the new one is unanswered", async () => {
    const dir = tempDir();
    const inserted = path.join(dir, "v1c.yaml");
    const newItem = `      - code: "1.2"\n        title: {vi: "Chỉ số mới", en: "New indicator"}\n        max: 10\n        input: {type: boolean}\n        rule: {type: fixed}\n`;
    writeFileSync(inserted, readFileSync(V1, "utf8").replace(`version: "1"`, `version: "1c"`).replace("scale: 100", "scale: 110").replace("    max: 100\n", "    max: 110\n")
      .replace(`code: "1.3"`, `code: "1.4"`).replace(`code: "1.2"`, `code: "1.3"`).replace(`      - code: "1.3"\n`, `${newItem}      - code: "1.3"\n`));
    const report = await json(V1, inserted, "--corpus", CORPUS);
    expect(report.diff.items.map((c: any) => [c.change, c.old?.code ?? null, c.node.code])).toEqual([["changed", "1", "1"], ["added", null, "1.2"], ["recoded", "1.2", "1.3"], ["recoded", "1.3", "1.4"]]);
    // The same points for the same answers: nobody answered the new indicator yet.
    expect(report.agencies.filter((a: any) => a.old).map((a: any) => [a.agency.id, a.delta])).toEqual([["a", 0], ["b", 0], ["c", 0], ["d", 0], ["e", 0]]);
    // D and E answer version 2's 1.4 ("Has an open-data section"): not the new 1.4, which is the old 1.3. Version 1,
    // which they are carried to first, drops it, and so it is never carried on to the new 1.4.
    const d = report.agencies.find((x: any) => x.agency.id === "d");
    expect(d.notes.old).toEqual([expect.objectContaining({ code: "1.4", reason: "unknown-indicator" })]);
    expect(d.notes.new).toEqual([{ code: "1.2", reason: "recoded", to: "1.3" }]);
    const a = report.agencies.find((x: any) => x.agency.id === "a");
    expect(a.notes.new).toEqual([{ code: "1.2", reason: "recoded", to: "1.3" }, { code: "1.3", reason: "recoded", to: "1.4" }]);
  });

  it("one agency unchanged keeps \"its\" score (\"1 agency keeps their score\")", async () => {
    const bands = path.join(tempDir(), "v1d.yaml");
    writeFileSync(bands, readFileSync(V1, "utf8").replace(`version: "1"`, `version: "1d"`).replace("id: tot, min: 80", "id: tot, min: 60"));
    const md = (await impact(V1, bands, "--corpus", `${CORPUS}/a.yaml`, `${CORPUS}/b.yaml`, "--format", "md")).stdout;
    expect(md).toContain("1 agency keeps its score, band and rank");
  });

  it("an agency whose band alone changes is listed", async () => {
    const dir = tempDir();
    const bands = path.join(dir, "v1d.yaml");
    writeFileSync(bands, readFileSync(V1, "utf8").replace(`version: "1"`, `version: "1d"`).replace("id: tot, min: 80", "id: tot, min: 60"));
    const md = (await impact(V1, bands, "--corpus", `${CORPUS}/a.yaml`, `${CORPUS}/b.yaml`, `${CORPUS}/c.yaml`, "--format", "md")).stdout;
    expect(md).toContain("| Đơn vị B | Unit | 60.00 | 60.00 | 0.00 | Fair → Good | 2/3 | Good: threshold 80 → 60 % |");
    expect(md).toContain("2 agencies keep their score, band and rank");
    expect(md).not.toContain("No agency's score, band or rank changes.");
  });

  it("with a budget, invalid corpus files leave it unchecked: exit 1, said under each budget (one valid agency in five passed it)", async () => {
    const r = await impact("dti-cap-so", "dti-cap-so", "--corpus", "examples", "--budget-points", "0", "--format", "md", "--lang", "vi");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("❌ Mức cho phép về điểm ±0: không kiểm tra được đầy đủ");
    expect(r.stdout).toContain("1 tệp của tập dữ liệu không hợp lệ hoặc không đọc được (xem ở trên) nên không đo được mức thay đổi");
    expect((await impact("dti-cap-so", "dti-cap-so", "--corpus", "examples")).code).toBe(0);
  });

  it("the same rubric on both sides changes nothing", async () => {
    // examples/*.yaml: the top-level examples (examples/invalid/ holds a file that is invalid on purpose).
    const r = await impact("dti-cap-so", "dti-cap-so", "--corpus", "examples/*.yaml", "--budget-points", "0", "--budget-rank", "0");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("No structural or scoring change.");
    expect(r.stdout).toContain("No agency's score, band or rank changes.");
    // In md the summary says it once, and the scores' section how many agencies kept theirs (it said the summary again).
    const md = (await impact("dti-cap-so", "dti-cap-so", "--corpus", "examples/*.yaml", "--format", "md")).stdout;
    expect(md.split("No agency's score, band or rank changes.").length - 1).toBe(1);
    expect(md).toMatch(/### Agency scores\n\n\d+ agencies keep their score, band and rank\n/);
  });
});

describe("rubric impact: agencies of one name", () => {
  // Two rows "Đơn vị A" with different scores could not be told apart; score's rankings write the id beside such names.
  it("writes each one's id beside its name in the table and md, in en and vi; a name no other agency has stays alone", async () => {
    const dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
    writeFileSync(path.join(dir, "b.yaml"), readFileSync(path.join(dir, "b.yaml"), "utf8").replace('name: "Đơn vị B"', 'name: "Đơn vị A"'));
    for (const lang of ["en", "vi"]) {
      const table = stripVTControlCharacters((await impact(V1, V2, "--corpus", dir, "--lang", lang)).stdout);
      expect(table).toMatch(/│ Đơn vị A \(a\) +│/);
      expect(table).toMatch(/│ Đơn vị A \(b\) +│/);
      expect(table).toMatch(/│ Đơn vị C +│/);
      const md = (await impact(V1, V2, "--corpus", dir, "--lang", lang, "--format", "md")).stdout;
      expect(md).toContain("| Đơn vị A (a) |");
      expect(md).toContain("| Đơn vị A (b) |");
      expect(md).toContain("| Đơn vị C |");
    }
  });
});

describe("rubric impact: agencies of one name in the summary and budgets", () => {
  // The table wrote "Đơn vị A (e)" and "Đơn vị A (a)", the lines under it "largest increase: Đơn vị A +50.00 · largest decrease: Đơn vị A −50.00".
  it("the summary, the budget breaches and the answer notes write the id beside such a name, as the table does, in en and vi, in the table, md and the CI log", async () => {
    const dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
    writeFileSync(path.join(dir, "e.yaml"), readFileSync(path.join(dir, "e.yaml"), "utf8").replace('name: "Đơn vị E"', 'name: "Đơn vị A"'));
    const en = stripVTControlCharacters((await impact(V1, V2, "--corpus", dir, "--budget-points", "40", "--lang", "en")).stdout);
    expect(en).toContain("largest increase: Đơn vị A (e) +50.00 · largest decrease: Đơn vị A (a) −50.00 · largest rank move: Đơn vị A (e) 5 → 2");
    expect(en).toContain("  Đơn vị A (e): +50.00 points, beyond ±40\n  Đơn vị A (a): −50.00 points, beyond ±40");
    const vi = stripVTControlCharacters((await impact(V1, V2, "--corpus", dir, "--budget-points", "40", "--lang", "vi")).stdout);
    expect(vi).toContain("tăng nhiều nhất: Đơn vị A (e) +50,00 · giảm nhiều nhất: Đơn vị A (a) −50,00");
    expect(vi).toContain("Đơn vị A (a): −50,00 điểm, vượt mức cho phép ±40");
    const md = (await impact(V1, V2, "--corpus", dir, "--budget-points", "40", "--format", "md")).stdout;
    expect(md).toContain("largest decrease: Đơn vị A (a) −50.00");
    expect(md).toContain("  - Đơn vị A (a): −50.00 points, beyond ±40");
    expect((await impact(V1, V2, "--corpus", dir, "--budget-points", "40", "--format", "github")).stderr).toContain("largest decrease: Đơn vị A (a) −50.00");
    // A name no other agency has stays alone.
    expect(en).toContain("until the answer is taken out of it — Đơn vị A (a), Đơn vị B, Đơn vị C");
  });
});

describe("rubric impact in a terminal", () => {
  it("the changes table fits the terminal's width, and shows details whole where it can (they were cut at 70 letters at any width)", async () => {
    const widest = (text: string) => Math.max(...stripVTControlCharacters(text).split("\n").filter((l) => /^[┌│└├]/.test(l)).map((l) => [...l].length));
    // 6.4.1 loses an option; 3.4's best-of rule changes a case: its details give both rules, well over 70 letters.
    const v5 = path.join(tempDir(), "v5.yaml");
    writeFileSync(v5, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(/^ *- \{id: thi-dua, label: \{vi: "Thi đua, khen thưởng".*\n/m, "").replace("{field: dam-may, max: 16,", "{field: dam-may, max: 15,"));
    const run = (columns: number) => runCli(["rubric", "impact", "dti-cap-so", v5, "--corpus", "examples/so-khcn-quang-binh.yaml"], { columns });
    const changesOf = (out: string) => out.split("\n\n").find((block) => block.includes("6.4.1") && block.startsWith("┌"))!;
    expect(widest(changesOf((await run(100)).stdout))).toBeLessThanOrEqual(100);
    // Every table, the agencies' too, at 100, 80 and 72 columns in both languages (72 in Vietnamese was 75 wide).
    const at = async (lang: string, columns: number) => (await runCli(["rubric", "impact", "dti-cap-so", v5, "--corpus", "examples/*.yaml", "--lang", lang], { columns })).stdout;
    for (const lang of ["en", "vi"]) {
      for (const columns of [100, 80, 72]) expect(widest(await at(lang, columns)), `${lang} at ${columns}`).toBeLessThanOrEqual(columns);
    }
    // The agencies under their cohort's label, not its id (a narrow terminal cut the labels, so ids were shown).
    const vi80 = stripVTControlCharacters(await at("vi", 80));
    expect(vi80).toMatch(/\nSở, ban, ngành và ban quản lý\n┌─+┬/);
    expect(vi80).not.toContain("so-nganh");
    expect(vi80).toMatch(/│ Cơ quan +│ +Cũ │ +Mới │ +Δ │ Xếp loại │ Hạng │ Nguyên nhân +│/);
    expect(vi80).toContain("│ Sở Khoa học và … │");
    // Narrower than any table: one agency to a paragraph, every line within the width.
    const vi50 = stripVTControlCharacters(await at("vi", 50));
    const paragraphs = vi50.slice(vi50.indexOf("\nSở, ban, ngành"), vi50.indexOf("\nᵛ"));
    expect(paragraphs.split("\n").length).toBeGreaterThan(10);
    expect(Math.max(...paragraphs.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(50);
    // A wrapped line goes on two columns under its start, as score's paragraphs do: a name's second line stood
    // where the agencies' names stand ("  Bình" at 40 columns read as another agency).
    expect(vi50).toContain("\n  Sở Khoa học và Công nghệ tỉnh Quảng Bình\n    840,66 → 835,66 (Δ −5,00) · Xếp loại: Tốt ·\n      Hạng: 2/4 · Nguyên nhân: 6.4.1 −5,00\n");
    const vi40 = stripVTControlCharacters(await at("vi", 40));
    // A label stays with its colon, a driver's code with its figure ("Xếp" / "loại:", "Do chỉ" / "số:" were split).
    expect(vi40).toContain("\n  Sở Khoa học và Công nghệ tỉnh Quảng\n    Bình\n    840,66 → 835,66 (Δ −5,00) ·\n      Xếp loại: Tốt · Hạng: 2/4 ·\n      Nguyên nhân: 6.4.1 −5,00\n");
    const wide = changesOf((await run(400)).stdout);
    // The details whole (titles are cut at 40 letters at any width).
    const row34 = wide.split("\n").find((l) => l.includes("│ 3.4 "))!;
    expect(row34).toMatch(/rule: best_of\[.*dam-may:16.*\] → best_of\[.*dam-may:15.*\]/);
    expect(row34.split("│")[4]).not.toContain("…");
    expect(widest(wide)).toBeGreaterThan(100);
  });
});

describe("rubric impact in a narrow terminal", () => {
  it("the lines around the tables and the invalid corpus files' findings are wrapped at its width, as score's are", async () => {
    // 1.1's steps lowered: three agencies move, one band changes; examples/ holds an invalid file on purpose.
    const v2 = path.join(tempDir(), "v2.yaml");
    writeFileSync(v2, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace(`version: "2025.1"`, `version: "2025.2"`).replace("- {min: 4, points: 20}\n            - {min: 3, points: 15}\n            - {min: 2, points: 10}\n            - {min: 1, points: 5}", "- {min: 3, points: 20}\n            - {min: 2, points: 15}\n            - {min: 1, points: 10}\n            - {min: 0.5, points: 5}"));
    const args = ["rubric", "impact", "dti-cap-so", v2, "--corpus", "examples/", "--lang", "vi"];
    const piped = await runCli(args);
    expect(piped.stdout).toContain("tăng nhiều nhất");
    expect(piped.stdout.split("\n").some((l) => [...l].length > 100)).toBe(true);
    const invalid = "examples/invalid/so-xay-dung-loi.yaml";
    for (const columns of [40, 50, 60]) {
      const r = await runCli(args, { columns, stderrColumns: columns, env: { NO_COLOR: "1" } });
      expect(r.code).toBe(piped.code);
      // A table may be wider than the terminal (said elsewhere); a file's place and a frame whose caret is past the edge are kept whole.
      const kept = (l: string) => /^[┌│├└]/.test(l) || /^\s+(>\s+)?\d*\s*\|/.test(l) || l.trim() === invalid || l.startsWith(`${invalid}:`);
      for (const line of [...r.stdout.split("\n"), ...r.stderr.split("\n")].filter((l) => !kept(l))) expect([...line].length, `${columns}: ${line}`).toBeLessThan(columns);
      expect(r.stdout.replace(/\s+/g, " ")).toContain(`1 tệp không hợp lệ, không được tính: ${invalid}`);
    }
  });
});

describe("rubric impact's changes on a terminal narrower than their table", () => {
  it("are listed a change to a line, title whole, its details under it (the table stayed 52 columns wide at 40)", async () => {
    expect((await impact(V1, V2, "--corpus", CORPUS, "--limit", "0")).stdout).toContain("│ changed │ 1.1  │");
    const r = await runCli(["rubric", "impact", V1, V2, "--corpus", CORPUS, "--limit", "0"], { columns: 40, env: { NO_COLOR: "1" } });
    expect(r.stdout).not.toMatch(/[│┌└]/);
    expect(r.stdout).toContain("\nChange Code Title\n    Details\nchanged 1.1 Has a web portal\n    max: 40 → 20\nremoved 1.3 Share of digitally signed\n  documents\n    max 30\n");
    // A word longer than the width (a rubric's path in a command to run) cannot be broken: alone on its line.
    for (const line of r.stdout.split("\n").filter((l) => /\s/.test(l.trim()))) expect([...line].length, line).toBeLessThan(40);
  });
});

describe("rubric impact in Vietnamese", () => {
  it("says the kinds and words of changed inputs and rules in Vietnamese, ids as they are", async () => {
    const v = path.join(tempDir(), "v.yaml");
    writeFileSync(v, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace('{id: cap-pho, label: {vi: "Cấp phó của người đứng đầu", en: "Deputy head"}, fraction: 0.5}', '{id: cap-pho, label: {vi: "Cấp phó của người đứng đầu", en: "Deputy head"}, fraction: 0.6}').replace("          else: 0", "          else: 2"));
    const r = await runCli(["rubric", "impact", "dti-cap-so", v, "--corpus", "examples/so-khcn-quang-binh.yaml", "--format", "md", "--lang", "vi"]);
    // An option's worth changed: said option by option; a rule's kind and words in Vietnamese.
    const row = (out: string, code: string) => out.split("\n").find((l) => l.includes(`| ${code} |`))!;
    // Its figures as Vietnamese writes them, as rubric show and the scores do (7,5; ×0,5 read as an English figure).
    expect(row(r.stdout, "1.2")).toContain("lựa chọn cap-pho: ×0,5 → ×0,6");
    expect(row(r.stdout, "1.1")).toContain("quy tắc: điểm khi chưa đạt bậc nào từ 0 thành 2");
    const en = await runCli(["rubric", "impact", "dti-cap-so", v, "--corpus", "examples/so-khcn-quang-binh.yaml", "--format", "md"]);
    expect(row(en.stdout, "1.2")).toContain("option cap-pho: ×0.5 → ×0.6");
  });
});

describe("rubric impact formats", () => {
  it("md for a pull-request comment: summary, changes, the agencies that moved, budgets", async () => {
    const r = await impact(V1, V2, "--corpus", CORPUS, "--format", "md", "--budget-points", "40");
    expect(r.code).toBe(1);
    const md = r.stdout;
    expect(md.startsWith("## Impact of the change to rubric impact-demo: 1 → 2\n")).toBe(true);
    expect(md).toContain("5 agencies, 5 compared, 5 changed · mean Δ −4.00 (mean \\|Δ\\| 36.00) · 5 band changes · 5 rank changes");
    expect(md).toContain("| changed | 1.1 | Has a web portal | max: 40 → 20 |");
    expect(md).toContain("| removed | 1.3 | Share of digitally signed documents | max 30 |");
    expect(md).toContain("| added | 1.4 | Has an open-data section | max 50 |");
    expect(md).toContain("| Đơn vị A | Unit | 90.00 | 40.00 | −50.00 | Good → Weak | 1 → 3/5 | 1.3 (old) −30.00, 1.1 −20.00 |");
    expect(md).toContain("| Đơn vị D | Unit | 50.00 | 80.00 | +30.00 | Fair → Good | 3 → 1/5 | 1.4 +50.00, 1.1 −20.00 |");
    expect(md).toContain("- ❌ Points budget ±40: exceeded (2 agencies)\n  - Đơn vị E: +50.00 points, beyond ±40\n  - Đơn vị A: −50.00 points, beyond ±40\n");
    expect(md).toContain("<details><summary>Answers adjusted to score under the other version (5 agencies)</summary>");
    // D and E answer version 2: 1.4 is new, not gone, under the old version (it read "the indicator no longer exists").
    expect(md).toContain("- Under the old version, 2 agencies: answer to 1.4 dropped (the old version does not have the indicator), counted as unanswered — Đơn vị E, Đơn vị D");
    expect(md).toContain("- Under the new version, 3 agencies: answer to 1.3 dropped (the indicator no longer exists), counted as unanswered; score refuses the file under the new version until the answer is taken out of it — Đơn vị A, Đơn vị B, Đơn vị C");
  });

  it("md in Vietnamese, with decimal commas", async () => {
    const md = (await runCli(["--lang", "vi", "rubric", "impact", V1, V2, "--corpus", CORPUS, "--format", "md"])).stdout;
    expect(md).toContain("## Tác động của thay đổi bộ chỉ số impact-demo: 1 → 2");
    expect(md).toContain("| Đơn vị A | Đơn vị | 90,00 | 40,00 | −50,00 | Tốt → Yếu | 1 → 3/5 |");
  });

  it("--limit keeps the md and table short; json keeps every agency", async () => {
    const md = (await impact(V1, V2, "--corpus", CORPUS, "--format", "md", "--limit", "2")).stdout;
    expect(md.match(/^\| Đơn vị/gm)).toHaveLength(2);
    expect(md).toContain("… and 3 more agencies whose score, band or rank changed (see --format json)");
    const table = (await impact(V1, V2, "--corpus", CORPUS)).stdout;
    expect(table).toMatch(/^Unit\n┌/m);
    expect(table).toContain("│ Đơn vị E │");
    expect(table).toContain("largest rank move: Đơn vị E 5 → 2 (cohort Unit)");
  });

  it("-o writes the comment to a file", async () => {
    const out = path.join(tempDir(), "impact.md");
    expect((await impact(V1, V2, "--corpus", CORPUS, "--format", "md", "-o", out)).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("## Impact of the change");
  });
});

describe("the corpus is read as score reads a batch", () => {
  it("a YAML file a folder brings in that is no agency file is skipped with a notice, not an error", async () => {
    const r = await impact("dti-cap-so", "dti-cap-so", "--corpus", "examples", "--lang", "en");
    expect(r.stderr).toContain("Skipped examples/ci/github-workflow.yml");
    expect(r.stderr).not.toMatch(/github-workflow\.yml:\d+:\d+ error/);
  });

  it("a later file with an agency id already used is not scored, so the ranks are those score gives", async () => {
    const dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
    const [first] = readdirSync(dir).sort();
    writeFileSync(path.join(dir, "zz-copy.yaml"), readFileSync(path.join(dir, first!), "utf8"));
    const r = await impact(V1, V2, "--corpus", dir, "--format", "json", "--lang", "en");
    expect(r.stderr).toMatch(/zz-copy\.yaml:\d+:\d+ error Agency id .* is already used by/);
    const report = JSON.parse(r.stdout);
    expect(report.agencies).toHaveLength(5);
    expect(report.invalid.map((f: { file: string }) => path.basename(f.file))).toEqual(["zz-copy.yaml"]);
  });
});

describe("rubric impact: the verified mark", () => {
  it("says what ᵛ means when a listed score is a verified one, and not otherwise", async () => {
    const dir = tempDir();
    const changed = path.join(dir, "xa-new.yaml");
    writeFileSync(changed, readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace("{id: tot, min: 80,", "{id: tot, min: 86,").replace(/^version: .*$/m, 'version: "2025.2"'));
    for (const format of ["table", "md"]) {
      const r = await runCli(["rubric", "impact", "rubrics/dti-cap-xa.yaml", changed, "--corpus", "examples/xa-can-giuoc-tay-ninh.yaml", "--format", format]);
      expect(r.stdout).toContain("816.14ᵛ");
      expect(r.stdout).toContain("verified score (the collector");
    }
  });
});

describe("rubric impact's paragraphs (a terminal too narrow for its table)", () => {
  it("leave out the drivers' label where nothing drove the change (it ended '· Driven by: ')", async () => {
    const report = JSON.parse((await runCli(["rubric", "impact", V1, V2, "--corpus", CORPUS, "--format", "json"])).stdout) as ImpactReport;
    // An agency whose rank moved while its own total did not.
    Object.assign(report.agencies[0]!, { delta: 0, drivers: [], other: 0 });
    const text = formatImpactTable(report, "en", new Chalk({ level: 0 }), 10, 40);
    const name = report.agencies[0]!.agency.name;
    const paragraph = text.slice(text.indexOf(`  ${name}\n`), text.indexOf(`  ${report.agencies[1]!.agency.name}\n`));
    expect(paragraph).toContain("Band:");
    expect(paragraph).not.toContain("Driven");
    expect(Math.max(...text.slice(text.indexOf("\n  Đơn vị")).split("\n\n")[0]!.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(40);
  });
});

describe("rubric impact's corpus with a hard link", () => {
  it("reads the linked file once, with a notice, as score does (it was an invalid duplicate)", async () => {
    const dir = tempDir();
    cpSync("examples/so-khcn-quang-binh.yaml", path.join(dir, "a.yaml"));
    linkSync(path.join(dir, "a.yaml"), path.join(dir, "b.yaml"));
    const r = await runCli(["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", dir, "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).invalid).toEqual([]);
    expect(r.stderr).toContain(`${path.join(dir, "b.yaml")} is the same file as ${path.join(dir, "a.yaml")}: scored once`);
  });
});

describe("rubric impact's adjusted answers", () => {
  // A renumbering adjusts every agency's answers alike: a line per agency made a 438,709-character comment, which GitHub refuses.
  const agencies = Array.from({ length: 380 }, (_, i) => ({
    agency: { name: `Sở ${i}` },
    notes: { old: [], new: [{ code: "5.2", reason: "recoded", to: "5.1" }, ...(i < 60 ? [{ code: "6.4.1", reason: "ticks-removed", ticks: [`muc-${i}`] }] : [])] },
  }));
  const lines = noteLines({ agencies } as unknown as ImpactReport, "en");

  it("one line per adjustment, naming five agencies and how many more", () => {
    expect(lines[0]).toBe("Under the new version, 380 agencies: answer to 5.2 carried to its new code 5.1 — Sở 0, Sở 1, Sở 2, Sở 3, Sở 4 and 375 more");
  });

  it("fifty lines at most, then how many more (the json has them all)", () => {
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe("… and 11 more adjustments (see --format json)");
  });

  // An indicator moved to another group renumbers those after it: five lines named the same eight agencies.
  it("answers of the same agencies carried code after code are one line; other agencies' keep their own", () => {
    const recoded = (moves: [string, string][]) => moves.map(([code, to]) => ({ code, reason: "recoded", to }));
    const report = { agencies: [
      ...["A", "B"].map((name) => ({ agency: { name }, notes: { old: [], new: recoded([["1.3", "6.9"], ["1.4", "1.3"], ["1.5", "1.4"]]) } })),
      { agency: { name: "C" }, notes: { old: recoded([["1.3", "1.4"]]), new: recoded([["1.4", "1.3"]]) } },
    ] } as unknown as ImpactReport;
    expect(noteLines(report, "en")).toEqual([
      "Under the new version, 2 agencies: answers carried to their new codes: 1.3 → 6.9, 1.4 → 1.3, 1.5 → 1.4 — A, B",
      "Under the old version, 1 agency: answer to 1.3 carried back to its old code 1.4 — C",
      "Under the new version, 1 agency: answer to 1.4 carried to its new code 1.3 — C",
    ]);
    expect(noteLines(report, "vi")[0]).toBe("Theo phiên bản mới, 2 cơ quan: câu trả lời chuyển sang mã mới: 1.3 → 6.9, 1.4 → 1.3, 1.5 → 1.4 — A, B");
  });
});

describe("rubric impact's words for an answer carried back to the old version", () => {
  // A file naming the new version is carried back: what the old version lacks is not yet there, not "no longer" there.
  it.each([
    ["unknown-indicator", "the indicator no longer exists", "the old version does not have the indicator"],
    ["not-allowed-value", "the option no longer exists", "the old version does not have the option"],
    ["na-not-allowed", "N/A is no longer allowed", "the old version does not allow N/A"],
    ["out-of-range", "outside the new range", "outside the old version's range"],
    // A file of a third version carried to the old one, its 2.3 (funds) a new indicator there: nothing "changed" in OLD.
    ["wrong-type", "the input type changed", "the old version asks for another type of answer"],
  ])("%s", (reason, onNew, onOld) => {
    expect(noteText({ code: "1.4", reason }, "new", "en")).toBe(`answer to 1.4 dropped (${onNew}), counted as unanswered; score refuses the file under the new version until the answer is ${reason === "unknown-indicator" ? "taken out of it" : "corrected"}`);
    expect(noteText({ code: "1.4", reason }, "old", "en")).toBe(`answer to 1.4 dropped (${onOld}), counted as unanswered`);
  });

  it("in Vietnamese too", () => {
    expect(noteText({ code: "1.4", reason: "unknown-indicator" }, "old", "vi")).toBe("câu trả lời 1.4 bị bỏ (phiên bản cũ không có chỉ số này) và tính là chưa trả lời");
    expect(noteText({ code: "3.3", reason: "out-of-range", verified: "only" }, "old", "vi")).toBe("giá trị thẩm định của 3.3 bị bỏ (ngoài khoảng giá trị của phiên bản cũ); câu trả lời tự chấm vẫn được tính");
  });

  it("a finding's own sentence in the brackets starts small, mid-sentence (it read \"dropped (The numerator a = 70 …)\")", () => {
    const aGtB = { code: "2.1", reason: "fraction-a-gt-b", params: { a: 70, b: 65 } };
    expect(noteText(aGtB, "new", "en")).toBe("answer to 2.1 dropped (the numerator a = 70 is greater than the denominator b = 65), counted as unanswered; score refuses the file under the new version until the answer is corrected");
    expect(noteText(aGtB, "new", "vi")).toBe("câu trả lời 2.1 bị bỏ (tử số a = 70 lớn hơn mẫu số b = 65) và tính là chưa trả lời; lệnh score từ chối tệp theo phiên bản mới cho đến khi sửa câu trả lời này");
    expect(noteText({ code: "5.6", reason: "evidence-missing", evidence: true, params: { code: "5.6", min: 1, count: 0 } }, "new", "en")).toMatch(/falls short of this version \([a-z]/);
    // A capital that is not a sentence's opening stays: an abbreviation, a quoted answer.
    expect(noteText({ code: "1.4", reason: "boolean-word", params: { source: "có" } }, "new", "en")).toContain("dropped (\"có\" is not a yes/no value");
  });

  it("a tick of an option only the new version has", () => {
    expect(noteText({ code: "2.4", reason: "ticks-removed", ticks: ["thi-dua"] }, "new", "en")).toBe("answer to 2.4 keeps its other ticks; thi-dua no longer exists and was left out; score refuses the file under the new version until the answer is corrected");
    expect(noteText({ code: "2.4", reason: "ticks-removed", ticks: ["thi-dua"] }, "old", "en")).toBe("answer to 2.4 keeps its other ticks; the old version does not have thi-dua, left out");
  });

  it("an agency of a type or cohort the new version added", () => {
    const agency = (side: "old" | "new", code: string) => ({ old: null, new: null, unscorable: { [side]: code } }) as unknown as AgencyImpact;
    expect(scoreCell(agency("new", "agency-type-removed"), "new", 2, "en")).toBe("not scorable (its agency type no longer exists)");
    expect(scoreCell(agency("old", "agency-type-removed"), "old", 2, "en")).toBe("not scorable (the old version does not have its agency type)");
    expect(scoreCell(agency("old", "cohort-removed"), "old", 2, "en")).toBe("not scorable (the old version does not have the cohort it names)");
  });
});

describe("rubric impact's heading", () => {
  const side = (id: string, version: string, sha256: string) => ({ id, version, sha256 });
  it.each([
    ["a new version", side("a", "1", "1".repeat(64)), side("a", "2", "2".repeat(64)), "Impact of the change to rubric a: 1 → 2"],
    ["an edit that kept the version: the files' sha256 tell them apart", side("a", "1", "1".repeat(64)), side("a", "1", "2".repeat(64)), "Impact of the change to rubric a: 1 (111111111111) → 1 (222222222222)"],
    ["another rubric: both named (it read 'rubric b: 1 → 1')", side("a", "1", "1".repeat(64)), side("b", "1", "2".repeat(64)), "Impact of changing rubrics: a 1 → b 1"],
  ])("%s", (_name, old, now, heading) => {
    expect(impactTitle({ old, new: now } as unknown as ImpactReport, "en")).toBe(heading);
  });
});

describe("rubric impact on a change that kept the version", () => {
  const NOT_BUMPED = "The rubric changed but its version is still 1: a file answering 1 is scored by either without a word; bump version";
  it.each(["table", "md"])("says the version was not bumped (%s), where files of both would pass as the same version", async (format) => {
    const dir = tempDir();
    const same = path.join(dir, "v2-same-version.yaml");
    writeFileSync(same, readFileSync(V2, "utf8").replace('version: "2"', 'version: "1"'));
    const r = await impact(V1, same, "--corpus", CORPUS, "--format", format, "--lang", "en");
    expect(stripVTControlCharacters(r.stdout)).toContain(NOT_BUMPED);
    expect((await impact(V1, same, "--corpus", CORPUS, "--format", format, "--lang", "vi")).stdout).toContain("mà phiên bản vẫn là 1");
  });

  it("says nothing of the kind when the version moved, or when the same file is compared with itself", async () => {
    expect((await impact(V1, V2, "--corpus", CORPUS)).stdout).not.toContain("bump version");
    expect((await impact(V1, V1, "--corpus", CORPUS, "--format", "md")).stdout).not.toContain("bump version");
  });
});

describe("rubric impact's budget breaches in md and the table", () => {
  // 1,500 agencies, 900 over the budget: the md comment listed every one, and came to 66,094 characters.
  const breaches = [
    ...Array.from({ length: 900 }, (_, i) => ({ id: `a${i}`, name: `Sở ${i}`, file: `c/${i}.yaml`, kind: "points" as const, value: (i % 2 ? -1 : 1) * (6 + (i % 7)), budget: 5 })),
    { id: "", name: "", file: "", kind: "invalid-files" as const, value: 3, budget: 5 },
  ];

  it("what breaks it for the whole corpus, then the largest movements, at most --limit, and how many more", () => {
    const { listed, more } = listedBreaches("points", breaches, 25);
    expect(listed).toHaveLength(26);
    expect(listed[0]!.kind).toBe("invalid-files");
    expect(listed.slice(1).every((b) => Math.abs(b.value!) === 12)).toBe(true);
    expect([listed[1]!.id, listed[2]!.id]).toEqual(["a6", "a13"]);
    expect(more).toBe(875);
  });

  it("long agency names are cut in the adjusted-answers lines", () => {
    const long = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Quảng Bình ".repeat(3);
    const agencies = [{ agency: { name: long }, notes: { old: [], new: [{ code: "5.2", reason: "recoded", to: "5.1" }] } }];
    const [line] = noteLines({ agencies } as unknown as ImpactReport, "en");
    expect(line!.length).toBeLessThan(140);
    expect(line).toMatch(/— Ban Quản lý dự án .*…$/);
  });
});

describe("rubric impact's invalid corpus files", () => {
  // docs/ci.md: left-out files are said "with their findings ... in every format"; the md comment named them alone,
  // the why only in the CI log. Each now comes with its first finding and hints, as score's md lists its files not scored.
  it("the md names each with its first finding, what was found and expected, and its hints", async () => {
    const dir = tempDir();
    cpSync(`${CORPUS}/a.yaml`, path.join(dir, "a.yaml"));
    writeFileSync(path.join(dir, "broken.yaml"), readFileSync(`${CORPUS}/a.yaml`, "utf8").replace(`"1.2": {value: 2}`, `"1.2": {value: "hai"}`).replace(/^rubric:.*\n/m, ""));
    const r = await impact(V1, V2, "--corpus", dir, "--format", "md", "--lang", "en");
    expect(r.code).toBe(0);
    const item = r.stdout.split("\n").find((l) => l.startsWith("- `") && l.includes("broken.yaml"));
    expect(item).toMatch(/^- `.*broken\.yaml:\d+:\d+` Missing required field "rubric"; add this line at the top of the file: rubric: \\\{id: /);
  });

  it("the md lists twenty and says how many more", async () => {
    const dir = tempDir();
    cpSync(`${CORPUS}/a.yaml`, path.join(dir, "a.yaml"));
    const broken = readFileSync(`${CORPUS}/a.yaml`, "utf8").replace(`"1.2": {value: 2}`, `"1.2": {value: "hai"}`);
    for (let i = 0; i < 22; i++) writeFileSync(path.join(dir, `b${String(i).padStart(2, "0")}.yaml`), broken.replace("{id: a,", `{id: b${i},`));
    const r = await impact(V1, V2, "--corpus", dir, "--format", "md", "--lang", "en");
    const items = r.stdout.split("\n").filter((l) => l.startsWith("- `") && /b\d\d\.yaml:/.test(l));
    expect(items).toHaveLength(20);
    expect(r.stdout).toContain("22 invalid files left out: `");
    expect(r.stdout).toContain("<details><summary>Why: each file's first error</summary>");
    expect(r.stdout).toContain("- … and 2 more (see --format json)");
  });

  it("names twenty and how many more (2,500 invalid files made a 162 KB md comment)", () => {
    const invalid = Array.from({ length: 25 }, (_, i) => ({ file: `c/f${i}.yaml`, diagnostics: [] }));
    const line = invalidFiles({ invalid } as unknown as ImpactReport, "en", (f) => `\`${f}\``);
    expect(line.startsWith("25 invalid files left out: `c/f0.yaml`, `c/f1.yaml`")).toBe(true);
    expect(line.endsWith("`c/f19.yaml` and 5 more")).toBe(true);
    // Files, not agencies: the Vietnamese said "và 5 cơ quan khác" (and 5 other agencies).
    expect(invalidFiles({ invalid } as unknown as ImpactReport, "vi", (f) => f).endsWith("c/f19.yaml và 5 tệp khác")).toBe(true);
  });
});

describe("rubric impact on a rubric's fixtures folder", () => {
  it("skips the fixtures' expected scores (they failed every budget as a broken agency file)", async () => {
    const r = await impact("rubrics/dti-cap-so.yaml", "rubrics/dti-cap-so.yaml", "--corpus", "rubrics/fixtures/dti-cap-so", "--budget-points", "0.05", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Skipped rubrics/fixtures/dti-cap-so/expected.yaml: not an agency file");
  });
});

describe("rubric impact of a weight changed", () => {
  it("names the weighted item behind the part no indicator's points explain, and the weight's default", async () => {
    const dir = tempDir();
    const v1 = readFileSync(V1, "utf8").replace('    max: 100\n    items:', '    max: 100\n    aggregate: weighted_mean\n    items:');
    writeFileSync(path.join(dir, "v1.yaml"), v1);
    writeFileSync(path.join(dir, "v2.yaml"), v1.replace('version: "1"', 'version: "2"').replace('        max: 40\n', '        max: 40\n        weight: 3\n'));
    const args = [path.join(dir, "v1.yaml"), path.join(dir, "v2.yaml"), "--corpus", `${CORPUS}/c.yaml`];
    const report = await json(...args);
    expect(report.diff.items).toEqual([expect.objectContaining({ change: "changed", fields: [{ field: "weight", old: "1", new: "3" }] })]);
    const [c] = report.agencies;
    expect(c.drivers).toEqual([]);
    expect(c.other).not.toBe(0);
    expect(c.reweighted).toEqual(["1.1"]);
    expect((await impact(...args, "--format", "md", "--lang", "en")).stdout).toContain("weights, aggregation, rescaling and caps (1.1)");
  });

  it("a weight under a sum changes nothing and is not named; a bonus cap changed is", async () => {
    const dir = tempDir();
    const v1 = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    writeFileSync(path.join(dir, "v1.yaml"), v1);
    writeFileSync(path.join(dir, "v2.yaml"), v1.replace('version: "2025.1"', 'version: "2025.2"').replace(/^(  - code: "1"\n)/m, "$1    weight: 2\n").replace(/^(bonus:\n  cap:) 50$/m, "$1 10"));
    const report = await json(path.join(dir, "v1.yaml"), path.join(dir, "v2.yaml"), "--corpus", "examples/kho-bac-quang-binh.yaml");
    const [kbnn] = report.agencies;
    expect(kbnn.delta).toBe(-10);
    expect(kbnn.reweighted).toEqual(["bonus.cap"]);
  });

  it("a bonus cap alone changed is named as such in Driven by (it read \"weights, aggregation, rescaling, caps (bonus.cap)\"); with a group's cap changed too, the long label stays", async () => {
    const dir = tempDir();
    const v1 = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    writeFileSync(path.join(dir, "v1.yaml"), v1);
    const v2 = v1.replace('version: "2025.1"', 'version: "2025.2"').replace(/^(bonus:\n  cap:) 50$/m, "$1 10");
    writeFileSync(path.join(dir, "v2.yaml"), v2);
    const args = [path.join(dir, "v1.yaml"), path.join(dir, "v2.yaml"), "--corpus", "examples/kho-bac-quang-binh.yaml"];
    const [kbnn] = (await json(...args)).agencies;
    expect(kbnn).toMatchObject({ delta: -10, drivers: [], reweighted: ["bonus.cap"], rescaled: [], other_caps_only: true });
    const en = (await impact(...args, "--format", "md", "--lang", "en")).stdout;
    expect(en).toContain("| Good | 1/1 | bonus cap −10.00 |");
    expect(en).not.toContain("weights, aggregation");
    expect((await impact(...args, "--lang", "en")).stdout).toMatch(/│ bonus cap −10\.00 │/);
    expect((await impact(...args, "--format", "md", "--lang", "vi")).stdout).toContain("| trần điểm thưởng −10,00 |");
    // Group 1 capped at 50 as well: two kinds of change move the total, and no one name tells them apart.
    const group1 = "    en: \"The agency's leadership of and communication about digital transformation.\"\n    max: 100\n";
    expect(v2).toContain(group1);
    writeFileSync(path.join(dir, "v3.yaml"), v2.replace(group1, `${group1}    cap: 50\n`));
    const both = [path.join(dir, "v1.yaml"), path.join(dir, "v3.yaml"), "--corpus", "examples/kho-bac-quang-binh.yaml"];
    expect((await json(...both)).agencies[0]).toMatchObject({ reweighted: ["bonus.cap", "1"], other_caps_only: false });
    expect((await impact(...both, "--format", "md", "--lang", "en")).stdout).toContain("weights, aggregation, rescaling and caps (bonus.cap, 1) −");
  });

  it("answers dropped for dates out of a moved range are one line, not one per date", async () => {
    const dir = tempDir();
    const v1 = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    writeFileSync(path.join(dir, "v1.yaml"), v1);
    const v2 = v1.replace('version: "2025.1"', 'version: "2026.1"').replace('input: {type: date, min: "2024-10-01", max: "2025-12-31"}', 'input: {type: date, min: "2025-10-01", max: "2026-12-31"}');
    expect(v2).toContain('max: "2026-12-31"');
    writeFileSync(path.join(dir, "v2.yaml"), v2);
    const md = (await impact(path.join(dir, "v1.yaml"), path.join(dir, "v2.yaml"), "--corpus", "examples/", "--format", "md", "--lang", "en")).stdout;
    // Each of the five examples dated its plan in 2025, each on its own day: five lines of one agency each.
    expect(md).toContain("Under the new version, 5 agencies: answer to 1.4 dropped (the date is outside the new range), counted as unanswered");
    expect(md).not.toMatch(/1\.4 dropped \(The date 2025/);
  });

  it("a bonus or penalty cap changed is not named beside an agency whose items stay under both caps", async () => {
    const dir = tempDir();
    const v1 = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    writeFileSync(path.join(dir, "v1.yaml"), v1);
    // Kho bạc's bonus is 20 (two initiatives) and its penalty 0: caps of 40 and 60 leave both as they were.
    // Its N/A on 4.5, now rescaled, is what moves its total apart from indicator points.
    const v2 = v1.replace('version: "2025.1"', 'version: "2025.2"').replace(/^(bonus:\n  cap:) 50$/m, "$1 40").replace(/^(penalty:\n  cap:) 50$/m, "$1 60")
      .replace("na: zero", "na: rescale");
    expect(v2).toContain("na: rescale\n        input: {type: boolean}");
    writeFileSync(path.join(dir, "v2.yaml"), v2);
    const report = await json(path.join(dir, "v1.yaml"), path.join(dir, "v2.yaml"), "--corpus", "examples/kho-bac-quang-binh.yaml");
    const [kbnn] = report.agencies;
    expect(kbnn.other).not.toBe(0);
    expect(kbnn.rescaled).toEqual(["4.5"]);
    expect(kbnn.reweighted).toEqual([]);
  });
});

describe("rubric impact orders agencies that moved alike the same on every machine", () => {
  it("by name as Vietnamese sorts it (Dương before Đông, whatever the locale), then by id", async () => {
    const dir = tempDir();
    const a = readFileSync(`${CORPUS}/a.yaml`, "utf8");
    // The files named so that their order is not the ids': z2's file comes before z0's.
    for (const [file, id, name] of [["1", "z1", "Đông"], ["2", "z2", "Dương"], ["3", "z0", "Dương"]]) writeFileSync(path.join(dir, `${file}.yaml`), a.replace(`agency: {id: a, name: "Đơn vị A"`, `agency: {id: ${id}, name: "${name}"`));
    const r = await json(V1, V2, "--corpus", dir);
    expect(r.agencies.map((x: { agency: { id: string } }) => x.agency.id)).toEqual(["z0", "z2", "z1"]);
  });
});

// A new version that ranks a type in another cohort: ranks in two cohorts do not subtract ("moves 37 places" was
// a board's 46th of 171 against its 9th of 45), so the move is said with both cohorts and breaks --budget-rank.
describe("rubric impact when the new version ranks agencies in another cohort", () => {
  /** OLD, NEW and --corpus: the new version puts the types unit and office in one cohort; a, b, c and o answer it. */
  const cohortChange = (): string[] => {
    const dir = tempDir();
    const types = 'agency_types:\n  - {id: unit, label: {vi: "Đơn vị", en: "Unit"}}\n  - {id: office, label: {vi: "Văn phòng", en: "Office"}}\n';
    const old = readFileSync(V1, "utf8").replace(/agency_types:\n  - \{id: unit.*\n/, types);
    writeFileSync(path.join(dir, "old.yaml"), old);
    writeFileSync(path.join(dir, "new.yaml"), old.replace('version: "1"', 'version: "2"').replace(types, `${types}cohorts:\n  - {id: all, label: {vi: "Tất cả", en: "Everyone"}, agency_types: [unit, office]}\n`));
    const corpus = path.join(dir, "corpus");
    cpSync(CORPUS, corpus, { recursive: true, filter: (f) => !/[de]\.yaml$/.test(f) });
    writeFileSync(path.join(corpus, "o.yaml"), readFileSync(`${CORPUS}/a.yaml`, "utf8").replace("id: a, name: \"Đơn vị A\", type: unit", "id: o, name: \"Văn phòng O\", type: office"));
    return [path.join(dir, "old.yaml"), path.join(dir, "new.yaml"), "--corpus", corpus];
  };

  it("says each rank with its cohort, counts no places, and breaks a rank budget", async () => {
    const args = [...cohortChange(), "--lang", "en"];
    const report = await json(...args, "--budget-rank", "100");
    const a = report.agencies.find((x: AgencyImpact) => x.agency.id === "a");
    expect([a.old.rank, a.old.size, a.old.cohort, a.new.rank, a.new.size, a.new.cohort, a.rank_change]).toEqual([1, 3, "unit", 1, 4, "all", null]);
    expect([report.summary.rank_changes, report.summary.cohort_changes, report.summary.largest_rank_move]).toEqual([0, 4, null]);
    expect(report.budgets.breaches.map((b: { kind: string; id: string }) => `${b.kind} ${b.id}`).sort()).toEqual(["cohort-changed a", "cohort-changed b", "cohort-changed c", "cohort-changed o"]);
    const table = await impact(...args, "--budget-rank", "100", "--no-color");
    expect(table.code).toBe(1);
    expect(table.stdout).toContain("1/3 Unit → 1/4 Everyone");
    expect(table.stdout).toContain("4 agencies are ranked in another cohort under the new version");
    expect(table.stdout).toContain("Đơn vị A: ranked in another cohort under the new version, its move cannot be counted in places");
    // Without a budget, the run is no failure: the report says it.
    expect((await impact(...args)).code).toBe(0);
  });

  // The summary read "No agency's score, band or rank changes." above "4 agencies are ranked in another cohort": B went
  // from 2nd of 3 to 3rd of 4, and the one thing the change did to the ranking was called no change.
  it("does not say that no rank changes when agencies are ranked in another cohort, in the table nor in the md", async () => {
    const args = [...cohortChange(), "--lang", "en", "--no-color"];
    const table = await impact(...args);
    expect(table.stdout).toContain("4 agencies are ranked in another cohort under the new version");
    expect(table.stdout).not.toContain("No agency's score, band or rank changes");
    expect((await impact(...args, "--format", "md")).stdout).not.toContain("No agency's score, band or rank changes");
  });
});

describe("rubric impact: a title whose only change is its year", () => {
  // dti-cap-so's 1.4, retitled for the next year: "… năm 2025 …" → "… năm 2026 …" in both languages.
  const T14 = 'title: {vi: "Ngày ban hành Kế hoạch chuyển đổi số năm 2025 của cơ quan", en: "Date the agency issued its 2025 digital-transformation plan"}';
  const revised = (edit: (text: string) => string) => {
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    expect(text).toContain(T14);
    const file = path.join(tempDir(), "new.yaml");
    writeFileSync(file, edit(text.replace('version: "2025.1"', 'version: "2026.1"')));
    return file;
  };
  const changesOf = async (file: string, lang = "en") => (await impact("dti-cap-so", file, "--corpus", "examples/so-khcn-quang-binh.yaml", "--format", "md", "--lang", lang)).stdout.split("\n").filter((l) => l.startsWith("| ") && l.includes("| 1.4 |"));

  it.each([
    ["en", "| year changed | 1.4 | Date the agency issued its 2026 digital-transformation plan | year in the title: 2025 → 2026 |"],
    ["vi", "| đổi năm | 1.4 | Ngày ban hành Kế hoạch chuyển đổi số năm 2026 của cơ quan | năm trong tên: 2025 → 2026 |"],
  ])("is said \"year changed\", with the years, not listed among renamed items (%s)", async (lang, row) => {
    const file = revised((t) => t.replace(T14, T14.replaceAll("2025", "2026")));
    expect(await changesOf(file, lang)).toEqual([row]);
  });

  it("a title reworded beside its year is still renamed; a year changed beside another field is changed", async () => {
    const reworded = revised((t) => t.replace(T14, T14.replaceAll("2025", "2026").replace("issued its", "adopted its")));
    expect((await changesOf(reworded))[0]).toMatch(/^\| renamed \| 1\.4 \| .* title: “Date the agency issued its 2025 digital-transformation plan” → “Date the agency adopted its 2026/);
    const andMax = revised((t) => t.replace(T14, T14.replaceAll("2025", "2026")).replace("rule: {type: deadline, by: \"2025-02-28\"", "rule: {type: deadline, by: \"2026-02-28\""));
    const row = (await changesOf(andMax))[0] ?? "";
    expect(row).toMatch(/^\| changed \| 1\.4 \| .*year in the title: 2025 → 2026; rule: /);
  });

  it("a title reworded in one language only is shown in that language, named, in the other's report too (the en report showed the same English title on both sides)", async () => {
    const viOnly = revised((t) => t.replace(T14, T14.replace("Ngày ban hành", "Ngày cơ quan ban hành").replace(" của cơ quan", "")));
    // A title is a name: “…” in English, «…» in Vietnamese, as names are quoted everywhere (it read "…", a typed value's quotes).
    const row = 'title (vi): “Ngày ban hành Kế hoạch chuyển đổi số năm 2025 của cơ quan” → “Ngày cơ quan ban hành Kế hoạch chuyển đổi số năm 2025” |';
    expect((await changesOf(viOnly))[0]).toMatch(/^\| renamed \| 1\.4 \| Date the agency issued its 2025 digital-transformation plan \| /);
    expect((await changesOf(viOnly))[0]).toContain(row);
    expect((await changesOf(viOnly, "vi"))[0]).toContain('tên: «Ngày ban hành Kế hoạch chuyển đổi số năm 2025 của cơ quan» → «Ngày cơ quan ban hành');
  });
});

/** A group inserted first: groups 1 and 2 are 2 and 3 now; 2.3 added to the group (1 before) where the agency answers 1.1 N/A. */
const REGROUP_V1 = `id: regroup-demo
version: "1"
title: {vi: "Bộ chỉ số thử", en: "Test rubric"}
issuer: {vi: "Nhóm kiểm thử", en: "Test team"}
legal_basis: []
period: "2025"
scale: 100
provenance: {fidelity: illustrative, sources: [{title: "test"}]}
agency_types: [{id: unit, label: {vi: "Đơn vị", en: "Unit"}}]
groups:
  - code: "1"
    title: {vi: "Hạ tầng", en: "Infrastructure"}
    max: 60
    items:
      - {code: "1.1", title: {vi: "Có mạng LAN", en: "Has a LAN"}, max: 30, input: {type: boolean}, rule: {type: fixed}, na: rescale}
      - {code: "1.2", title: {vi: "Có cổng thông tin", en: "Has a portal"}, max: 30, input: {type: boolean}, rule: {type: fixed}}
  - code: "2"
    title: {vi: "Nhân lực", en: "People"}
    max: 40
    items:
      - {code: "2.1", title: {vi: "Có cán bộ chuyên trách", en: "Has a dedicated officer"}, max: 40, input: {type: boolean}, rule: {type: fixed}}
bands:
  basis: percent
  levels:
    - {id: tot, min: 50, label: {vi: "Tốt", en: "Good"}}
    - {id: yeu, min: 0, label: {vi: "Yếu", en: "Weak"}}
`;
const REGROUP_V2 = `id: regroup-demo
version: "2"
title: {vi: "Bộ chỉ số thử", en: "Test rubric"}
issuer: {vi: "Nhóm kiểm thử", en: "Test team"}
legal_basis: []
period: "2025"
scale: 120
provenance: {fidelity: illustrative, sources: [{title: "test"}]}
agency_types: [{id: unit, label: {vi: "Đơn vị", en: "Unit"}}]
groups:
  - code: "1"
    title: {vi: "Nhận thức", en: "Awareness"}
    max: 10
    items:
      - {code: "1.1", title: {vi: "Có kế hoạch", en: "Has a plan"}, max: 10, input: {type: boolean}, rule: {type: fixed}}
  - code: "2"
    title: {vi: "Hạ tầng", en: "Infrastructure"}
    max: 70
    items:
      - {code: "2.1", title: {vi: "Có mạng LAN", en: "Has a LAN"}, max: 30, input: {type: boolean}, rule: {type: fixed}, na: rescale}
      - {code: "2.2", title: {vi: "Có cổng thông tin", en: "Has a portal"}, max: 30, input: {type: boolean}, rule: {type: fixed}}
      - {code: "2.3", title: {vi: "Có trung tâm dữ liệu", en: "Has a data centre"}, max: 10, input: {type: boolean}, rule: {type: fixed}}
  - code: "3"
    title: {vi: "Nhân lực", en: "People"}
    max: 40
    items:
      - {code: "3.1", title: {vi: "Có cán bộ chuyên trách", en: "Has a dedicated officer"}, max: 40, input: {type: boolean}, rule: {type: fixed}}
bands:
  basis: percent
  levels:
    - {id: tot, min: 50, label: {vi: "Tốt", en: "Good"}}
    - {id: yeu, min: 0, label: {vi: "Yếu", en: "Weak"}}
`;
const REGROUP_AGENCY = `rubric: {id: regroup-demo, version: "1"}
period: "2025"
agency: {id: a, name: "Đơn vị A", type: unit}
answers:
  "1.1": {na: true, reason: "Không có mạng riêng"}
  "1.2": {value: true}
  "2.1": {value: true}
`;

// rubric impact --lang en listed an invalid corpus file's finding with "make a new file with egov-score init", where
// validate says "egov-score --lang en init": copied on a Vietnamese machine, the command answered in Vietnamese.
describe("rubric impact: an invalid corpus file's finding on standard error keeps the --lang given in its commands", () => {
  it("a Word document saved as .yaml: egov-score --lang en init, as validate says it", async () => {
    const dir = tempDir();
    cpSync("examples/kho-bac-quang-binh.yaml", path.join(dir, "kho-bac.yaml"));
    writeFileSync(path.join(dir, "doc.yaml"), Buffer.from("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml", "latin1"));
    const r = await runCli(["--lang", "en", "rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", dir]);
    expect(r.stderr).toContain("make a new file with egov-score --lang en init,");
    const plain = await runCli(["rubric", "impact", "dti-cap-so", "dti-cap-so", "--corpus", dir]);
    expect(plain.stderr).toContain("make a new file with egov-score init,");
  });
});
