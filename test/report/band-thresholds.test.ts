import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJSModule from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, parseCsv, REPRODUCIBLE, tempDir } from "./helpers.js";

const ExcelJS = ExcelJSModule as unknown as typeof import("exceljs");

/**
 * The dti-cap-xa rubric bands communes on percent and wards on points: a ward at 89.72 % "Excellent" beside a commune
 * at 88.91 % "Good", and no report said why. Each says the thresholds once per rubric, per band set.
 */
const temps: string[] = [];
afterAll(() => cleanup(temps));

let dir: string;
beforeAll(() => {
  dir = tempDir(temps);
  const commune = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
  writeFileSync(path.join(dir, "xa.yaml"), commune);
  writeFileSync(path.join(dir, "phuong.yaml"), commune.replace("id: tn-xa-can-giuoc", "id: tn-phuong-1").replace(`name: "UBND xã Cần Giuộc, tỉnh Tây Ninh"`, `name: "UBND phường Một"`).replace("type: commune", "type: ward"));
});

const EN_COMMUNE = "Bands for Commune People's Committee (on % of the scale): Excellent ≥ 90 · Good ≥ 80 · Fair ≥ 65 · Average ≥ 50 · Weak < 50";
const EN_WARD = "Bands for Ward People's Committee (on points, of 960): Excellent ≥ 860 · Good ≥ 770 · Fair ≥ 625 · Average ≥ 480 · Weak < 480";
const VI_WARD = "Xếp loại của UBND phường (theo số điểm, thang 960): Xuất sắc ≥ 860 · Tốt ≥ 770 · Khá ≥ 625 · Trung bình ≥ 480 · Yếu < 480";

describe("each report says the rubric's band thresholds, per band set", () => {
  it("the terminal: one line a set under the ranking's heading, in en and vi", async () => {
    const en = (await runCli(["score", dir, "--lang", "en"], { env: REPRODUCIBLE })).stdout;
    const heading = en.indexOf("Ranking — dti-cap-xa 2025.2");
    expect(en.slice(heading).split("\n").slice(1, 3)).toEqual([EN_COMMUNE, EN_WARD]);
    expect((await runCli(["score", dir, "--lang", "vi"], { env: REPRODUCIBLE })).stdout).toContain(VI_WARD);
    // One agency has no ranking: its rubric's bands follow it.
    const one = (await runCli(["score", path.join(dir, "phuong.yaml"), "--lang", "en"], { env: REPRODUCIBLE })).stdout;
    expect(one).toContain(EN_WARD);
    // Only the sets that rate the agencies shown: a ward's report listed the communes' bands too, a commune's the wards'.
    expect(one).not.toContain(EN_COMMUNE);
    const communes = (await runCli(["score", path.join(dir, "xa.yaml"), path.join(dir, "xa.yaml"), "--lang", "en"], { env: REPRODUCIBLE })).stdout;
    expect(communes).toContain(EN_COMMUNE);
    expect(communes).not.toContain(EN_WARD);
  });

  it("on a terminal 80 or 100 columns wide a band line breaks between bands, never inside one", async () => {
    const files = ["examples/so-tai-chinh-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml", dir];
    for (const lang of ["en", "vi"]) {
      for (const columns of [80, 100]) {
        const out = (await runCli(["score", ...files, "--lang", lang], { env: REPRODUCIBLE, columns })).stdout;
        const lines = out.split("\n");
        const starts = lines.flatMap((l, i) => (/^(Bands|Xếp loại) /.test(l) ? [i] : []));
        expect(starts.length).toBeGreaterThanOrEqual(4);
        for (const at of starts) {
          const band = [lines[at]!, ...lines.slice(at + 1).filter((_, k, rest) => rest.slice(0, k + 1).every((l) => l.startsWith("  ")))];
          for (const line of band) {
            expect(line.length).toBeLessThan(columns);
            // "Good ≥" ending a line and "80" starting the next: a band cut apart.
            expect(line).not.toMatch(/[≥<]$|^ {2}[\d≥<]|^ {2}(?:scale|thang|điểm)\)/u);
          }
        }
      }
    }
  });

  it("a rubric without per-type bands says its one set without naming types", async () => {
    const out = (await runCli(["score", "examples/losi/hue-portal-2022.yaml", "examples/losi/hue-portal-2022.yaml", "--lang", "en"], { env: REPRODUCIBLE })).stdout;
    expect(out).toMatch(/^Bands \(on % of the scale\): Very high ≥ 75 · High ≥ 50 · Middle ≥ 25 · Low < 25$/m);
  });

  it("md and html: under the section's heading", async () => {
    const md = (await runCli(["score", dir, "--lang", "en", "--format", "md"], { env: REPRODUCIBLE })).stdout;
    expect(md).toContain(`### Ranking — dti-cap-xa 2025.2\n\n${EN_COMMUNE.replace("<", "&lt;")}\n\n${EN_WARD.replace("<", "&lt;")}\n\n|`);
    const html = (await runCli(["score", dir, "--lang", "vi", "--format", "html"], { env: REPRODUCIBLE })).stdout;
    expect(html).toContain(`<p class="meta">${VI_WARD.replace("<", "&lt;")}</p>`);
    // Only the sets that rate the agencies in the section, as the terminal: communes' reports listed the wards' bands too.
    const communes = [path.join(dir, "xa.yaml"), path.join(dir, "xa.yaml")];
    const communesMd = (await runCli(["score", ...communes, "--lang", "en", "--format", "md"], { env: REPRODUCIBLE })).stdout;
    expect(communesMd).toContain(EN_COMMUNE.replace("<", "&lt;"));
    expect(communesMd).not.toContain("Bands for Ward");
    const wardMd = (await runCli(["score", path.join(dir, "phuong.yaml"), "--lang", "en", "--format", "md"], { env: REPRODUCIBLE })).stdout;
    expect(wardMd).toContain(EN_WARD.replace("<", "&lt;"));
    expect(wardMd).not.toContain("Bands for Commune");
    const communesHtml = (await runCli(["score", ...communes, "--lang", "vi", "--format", "html"], { env: REPRODUCIBLE })).stdout;
    expect(communesHtml).toContain("Xếp loại của UBND xã");
    expect(communesHtml).not.toContain("Xếp loại của UBND phường");
  });

  // dti-cap-so's department and board labels hold commas: joined by "; " they read as four types, not two.
  it("a set's types are listed as the rubric commands list them, each label in quotes when one holds a comma", async () => {
    const files = ["examples/so-tai-chinh-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"];
    const types = "«Sở, ban, ngành cấp tỉnh», «Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh»";
    const out = (format: string) => runCli(["score", ...files, "--lang", "vi", "--format", format], { env: REPRODUCIBLE, columns: 400 }).then((r) => r.stdout);
    expect(await out("table")).toContain(`Xếp loại của ${types} (theo % thang điểm)`);
    expect(await out("md")).toContain(`Xếp loại của ${types} (theo % thang điểm)`);
    const html = await out("html");
    expect(html).toContain(`<p class="meta">Xếp loại của ${types} (theo % thang điểm)`);
    expect(html).toContain(`<figcaption>Số cơ quan theo xếp loại của ${types}</figcaption>`);
    expect(html).toContain(`aria-label="Số cơ quan theo xếp loại của ${types}"`);
  });

  it("csv and xlsx: the threshold of each agency's band, in its set's basis, in a last column", async () => {
    const csv = parseCsv((await runCli(["score", dir, "--lang", "en", "--format", "csv"], { env: REPRODUCIBLE })).stdout.replace(/^\uFEFF/, ""), ",");
    expect(csv[0]!.at(-1)).toBe("Band threshold");
    const byId = new Map(csv.slice(1).map((r) => [r[csv[0]!.indexOf("Agency id")], r]));
    expect(byId.get("tn-xa-can-giuoc")!.at(-1)).toBe("≥ 80 %");
    expect(byId.get("tn-phuong-1")!.at(-1)).toBe("≥ 770 points");
    const file = path.join(dir, "out.xlsx");
    await runCli(["score", dir, "--lang", "vi", "-o", file], { env: REPRODUCIBLE });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    const last = sheet.getRow(1).cellCount;
    expect(sheet.getRow(1).getCell(last).value).toBe("Ngưỡng xếp loại");
    const cells = [2, 3].map((r) => String(sheet.getRow(r).getCell(last).value));
    expect(cells.sort()).toEqual(["≥ 770 điểm", "≥ 80 %"]);
  });

  it("json: min and basis on each band, and where each per-type set starts it", async () => {
    const report = JSON.parse((await runCli(["score", dir, "--format", "json"], { env: REPRODUCIBLE })).stdout);
    expect(report.rubrics[0].bands[0]).toEqual({ id: "xuat-sac", label: { vi: "Xuất sắc", en: "Excellent" }, min: 90, basis: "percent", by_agency_type: [{ agency_types: ["ward"], min: 860, basis: "points" }] });
  });
});
