import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";

const tempDir = tempDirs();

/** A copy of a bundled rubric with its fixtures, one band threshold moved. */
function withThreshold(id: string, from: string, to: string): string {
  const dir = tempDir();
  const rubric = path.join(dir, `${id}.yaml`);
  cpSync(`rubrics/${id}.yaml`, rubric);
  cpSync(`rubrics/fixtures/${id}`, path.join(dir, "fixtures", id), { recursive: true });
  const text = readFileSync(rubric, "utf8");
  expect(text).toContain(from);
  writeFileSync(rubric, text.replaceAll(from, to));
  return rubric;
}

describe("rubric test --previous: band thresholds the revision moved", () => {
  // All fixtures passed: "10/10 fixtures passed" said nothing of Good raised from 80 to 85.
  it("names a raised threshold, and that no fixture sits on its new edge, though every fixture passes", async () => {
    const rubric = withThreshold("dti-cap-so", "{id: tot, min: 80", "{id: tot, min: 85");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Band thresholds changed since version 2025.1:");
    expect(r.stdout).toContain("no fixture changes band or leaves an edge it sat exactly on");
    expect(r.stdout).toContain("Good (tot): 80 % → 85 % (no fixture sits on the new edge)");
    expect(r.stdout).toContain("Good (tot), for Vertically managed agency in the province: 80 % → 85 %");
    expect(r.stdout).toContain("10/10 fixtures passed; band thresholds changed since 2025.1 (see above)");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "json"])).stdout);
    expect(json.rubrics[0].bands_changed.levels[0]).toMatchObject({ id: "tot", was: 80, now: 85, on_new_edge: [] });
  });

  it("says a fixture that sat exactly on the old edge no longer tests it (it still passes)", async () => {
    const rubric = withThreshold("dti-cap-xa", "{id: xuat-sac, min: 860", "{id: xuat-sac, min: 850");
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Excellent (xuat-sac), for Ward People's Committee: 860 points → 850 points (no fixture sits on the new edge)");
    expect(r.stdout).toContain("ward-band-edge.yaml sat exactly on the 860 points edge of Excellent (xuat-sac), which is 850 points now: it no longer tests that edge");
    const github = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "github", "--lang", "en"]);
    expect(github.stdout).toMatch(/::notice file=[^,]*dti-cap-xa\.yaml,line=\d+,col=\d+,title=egov-score test-bands-changed::.*ward-band-edge\.yaml sat exactly/);
    const junit = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "junit", "--lang", "en"]);
    expect(junit.stdout).toContain("ward-band-edge.yaml sat exactly on the 860 points edge");
  });

  it("a set moved from points to percent says each side in its unit; a fixture on the edge moved onto it still tests it", async () => {
    const rubric = withThreshold("dti-cap-xa", "      basis: points\n      levels:\n        - {id: xuat-sac, min: 860", "      basis: percent\n      levels:\n        - {id: xuat-sac, min: 89.58");
    writeFileSync(rubric, readFileSync(rubric, "utf8").replace("min: 770,", "min: 80,").replace("min: 625,", "min: 65,").replace("min: 480,", "min: 50,"));
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(r.stdout).toContain("Excellent (xuat-sac), for Ward People's Committee: 860 points → 89.58 % (on the new edge: ward-band-edge.yaml)");
    expect(r.stdout).not.toContain("no longer tests");
  });

  it("names the fixture whose band the change moves", async () => {
    const rubric = withThreshold("un-losi-2022", "{id: very-high, min: 75", "{id: very-high, min: 76");
    const r = await runCli(["rubric", "test", rubric, "--previous", "un-losi-2022", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Very high (very-high): 75 % → 76 %");
    expect(r.stdout).toContain("band-edge-65.yaml: rated very-high under the old thresholds, high under the new");
    // The failing band pointed nowhere, though the note below explains it, as a changed rule's difference points to it.
    expect(r.stdout).toContain("band: expected Very high (very-high), got High (high) (see the band change below)");
    const github = await runCli(["rubric", "test", rubric, "--previous", "un-losi-2022", "--format", "github", "--lang", "en"]);
    expect(github.stdout).toContain("got High (high) (changed since version 2022: the band thresholds, under the old ones this total was rated very-high)");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "un-losi-2022", "--format", "json"])).stdout);
    expect(json.rubrics[0].fixtures.find((f: { name: string }) => f.name === "band-edge-65.yaml").mismatches[0].bands_changed).toEqual({ version: "2022", was: "very-high" });
  });

  // A band id renamed alone read as two thresholds moved: "Good (tot): 80 % → –" and "Good (tot-2026): – → 80 %".
  it("a band whose id alone the revision renamed is said as a rename, in en and vi, and moves no fixture", async () => {
    const rubric = withThreshold("dti-cap-so", "{id: tot, min: 80", "{id: tot-2026, min: 80");
    const en = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "en"]);
    expect(en.stdout).toContain("Good: id tot → tot-2026\n");
    expect(en.stdout).toContain("Good, for Vertically managed agency in the province: id tot → tot-2026\n");
    expect(en.stdout).not.toContain("→ –");
    expect(en.stdout).toContain("no fixture changes band or leaves an edge it sat exactly on");
    // Headed "Band thresholds changed", though no threshold moved.
    expect(en.stdout).toContain("Band ids changed since version 2025.1:\n");
    expect(en.stdout).toContain("; band ids changed since 2025.1 (see above)");
    expect(en.stdout).not.toContain("thresholds changed");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "vi"]);
    expect(vi.stdout).toContain("Tốt: mã tot → tot-2026\n");
    expect(vi.stdout).toContain("Mã mức xếp loại đã đổi so với phiên bản 2025.1:\n");
    expect(vi.stdout).toContain("; mã mức xếp loại đã đổi so với 2025.1 (xem trên)");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--format", "json"])).stdout);
    expect(json.rubrics[0].bands_changed.levels[0]).toMatchObject({ id: "tot-2026", was_id: "tot", was: 80, now: 80 });
  });

  it("a type's band set that keeps an id the main set renamed moves none of its fixtures (its ward fixture read as moved and off its edge)", async () => {
    const rubric = withThreshold("dti-cap-xa", "{id: xuat-sac, min: 90,", "{id: xuat-sac-2026, min: 90,");
    const expected = path.join(path.dirname(rubric), "fixtures", "dti-cap-xa", "expected.yaml");
    // The communes' expectations follow the rename; the ward's set kept xuat-sac, and so does its fixture.
    writeFileSync(expected, readFileSync(expected, "utf8").replace(/(ward-band-edge\.yaml:[\s\S]*?band: )xuat-sac\b/, "$1KEEP").replaceAll("band: xuat-sac\n", "band: xuat-sac-2026\n").replace("KEEP", "xuat-sac"));
    const en = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "en"]);
    expect(en.code, en.stdout).toBe(0);
    expect(en.stdout).toContain("Excellent: id xuat-sac → xuat-sac-2026\n");
    expect(en.stdout).not.toContain("ward-band-edge.yaml:");
    expect(en.stdout).not.toContain("no longer tests that edge");
    expect(en.stdout).toContain("no fixture changes band or leaves an edge it sat exactly on");
    const vi = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--lang", "vi"]);
    expect(vi.stdout).toContain("không tệp mẫu nào đổi mức xếp loại hay rời ngưỡng nó nằm đúng");
    const json = JSON.parse((await runCli(["rubric", "test", rubric, "--previous", "dti-cap-xa", "--format", "json"])).stdout);
    expect(json.rubrics[0].bands_changed).toMatchObject({ moved: [], left_edge: [] });
  });

  it("a band renamed and another's threshold moved are headed as both, in en and vi", async () => {
    const rubric = withThreshold("dti-cap-so", "{id: tot, min: 80", "{id: tot-2026, min: 80");
    writeFileSync(rubric, readFileSync(rubric, "utf8").replaceAll("{id: kha, min: 65", "{id: kha, min: 70"));
    const en = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "en"])).stdout;
    expect(en).toContain("Band thresholds and ids changed since version 2025.1:\n");
    expect(en).toContain("Fair (kha): 65 % → 70 %");
    expect(en).toContain("band thresholds and ids changed since 2025.1 (see above)");
    const vi = (await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "vi"])).stdout;
    expect(vi).toContain("Ngưỡng và mã mức xếp loại đã đổi so với phiên bản 2025.1:\n");
    expect(vi).toContain("ngưỡng và mã mức xếp loại đã đổi so với 2025.1 (xem trên)");
  });

  it("a band label with a control character reaches the terminal harmless", async () => {
    const rubric = withThreshold("dti-cap-so", `{id: tot, min: 80, label: {vi: "Tốt", en: "Good"}}`, `{id: tot, min: 85, label: {vi: "Tốt", en: "Go\\u001b[31mod"}}`);
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "en"]);
    expect(r.stdout).toContain("(tot): 80 % → 85 %");
    expect(r.stdout).not.toContain("\u001b");
  });

  it("says nothing where no threshold moved", async () => {
    const r = await runCli(["rubric", "test", "rubrics/dti-cap-so.yaml", "--previous", "dti-cap-so", "--lang", "en"]);
    expect(r.stdout).not.toContain("Band thresholds changed");
    expect(r.stdout).not.toContain("Band ids changed");
  });
});

describe("rubric test --previous: a bands rule with a step fewer", () => {
  // It read "1.1: rule: bands ≥4→20 ≥3→15 ≥2→10 ≥1→5 else 0 → bands ≥4→20 ≥3→15 ≥2→10 else 0".
  it("names the step removed, not both rules whole", async () => {
    const rubric = withThreshold("dti-cap-so", "            - {min: 1, points: 5}\n", "");
    const partial = path.join(path.dirname(rubric), "fixtures", "dti-cap-so", "partial.yaml");
    writeFileSync(partial, readFileSync(partial, "utf8").replace(/"1\.1": \{value: \d+/, `"1.1": {value: 1`));
    const r = await runCli(["rubric", "test", rubric, "--previous", "dti-cap-so", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("1.1: rule: step ≥ 1 (5 points) removed");
    expect(r.stdout).not.toContain("→ bands");
  });
});
