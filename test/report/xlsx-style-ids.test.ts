import ExcelJSModule from "exceljs";
import { PassThrough, Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseReportJson } from "../helpers/report-json.js";
import type { ScoreReport } from "../../src/report/report.js";
import { rankedReport } from "../../src/report/ranked.js";
import { writeXlsx } from "../../src/report/xlsx.js";
import { rememberStyleIds } from "../../src/report/xlsx-style-ids.js";
import { runCli } from "../helpers/run-cli.js";
import { REPRODUCIBLE } from "./helpers.js";

const ExcelJS = ExcelJSModule as unknown as typeof import("exceljs");

/** exceljs's styles part, whose `_addStyle` writes a style as XML to find its number. */
function stylesPrototype(): Record<string, (...args: unknown[]) => unknown> {
  const probe = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough(), useStyles: true });
  return Object.getPrototypeOf((probe as unknown as { styles: object }).styles) as Record<string, (...args: unknown[]) => unknown>;
}

/** The report with each rubric's agencies `times` over: as many styles, `times` as many cells. */
function repeated(report: ScoreReport, times: number): ScoreReport {
  return { ...report, rubrics: report.rubrics.map((r) => ({ ...r, agencies: Array.from({ length: times }, () => r.agencies).flat() })) };
}

async function styleLookups(report: ScoreReport): Promise<number> {
  const lookup = vi.spyOn(stylesPrototype(), "_addStyle");
  try {
    await writeXlsx(new Writable({ write(_c, _e, done) { done(); } }), rankedReport(report), { lang: "en" });
    return lookup.mock.calls.length;
  } finally {
    lookup.mockRestore();
  }
}

afterEach(() => { vi.restoreAllMocks(); });

describe("xlsx style numbers", () => {
  it("are looked up once per style, not once per cell: ten times the agencies take no more lookups", async () => {
    const report = parseReportJson((await runCli(["score", "examples/", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const once = await styleLookups(report);
    const tenfold = await styleLookups(repeated(report, 10));
    expect(once).toBeGreaterThan(0);
    // Looked up per cell, the ten times larger batch took about ten times the lookups (1.2 million on 1,900 agencies).
    expect(tenfold).toBe(once);
  });

  it("are kept apart by the cell's type: a date without a number format is given exceljs's date format, a text cell none", () => {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough(), useStyles: true });
    const { styles } = writer as unknown as { styles: { addStyleModel(model: object | undefined, cellType?: number): number } };
    rememberStyleIds(styles);
    const text = styles.addStyleModel({}, ExcelJS.ValueType.String);
    expect(styles.addStyleModel({}, ExcelJS.ValueType.Date)).not.toBe(text);
    expect(styles.addStyleModel({}, ExcelJS.ValueType.String)).toBe(text);
  });
});
