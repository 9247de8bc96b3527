import ExcelJSModule from "exceljs";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { parseReportJson } from "../helpers/report-json.js";
import type { ScoreReport } from "../../src/report/report.js";
import { rankedReport, type RankedReport } from "../../src/report/ranked.js";
import { writeXlsx } from "../../src/report/xlsx.js";
import { runCli } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/random.js";
import { REPRODUCIBLE } from "./helpers.js";

const ExcelJS = ExcelJSModule as unknown as typeof import("exceljs");

/**
 * The report with each rubric's agencies `times` over, each document's title its own (as a batch's are): the same
 * titles over again, the Evidence sheet's XML packed so small that it all went to the file's buffer.
 */
function repeated(report: ScoreReport, times: number): ScoreReport {
  const random = seededRandom(7);
  const own = (title: string | undefined) => `${title ?? ""} ${random().toString(36).slice(2)}${random().toString(36).slice(2)}`;
  return { ...report, rubrics: report.rubrics.map((r) => ({ ...r, agencies: Array.from({ length: times }, () => r.agencies.map((a) => (a.evidence === undefined ? a : {
    ...a, evidence: Object.fromEntries(Object.entries(a.evidence).map(([code, items]) => [code, items.map((e) => ({ ...e, title: own(e.title) }))])),
  }))).flat() })) };
}

/** The report whose agencies count themselves as the sheets read them; `reading`: the sheets reading them now. */
function counted(report: RankedReport): { report: RankedReport; reads: () => number; reading: () => number } {
  let reads = 0, reading = 0;
  const sections = report.sections.map((s) => ({ ...s, agencies: { *[Symbol.iterator]() {
    reading++;
    try {
      for (const a of s.agencies) { reads++; yield a; }
    } finally {
      reading--;
    }
  } } }));
  return { report: { ...report, sections }, reads: () => reads, reading: () => reading };
}

/** A file that takes nothing until `open` (what it is given waits in the stream's buffer), or fails then. */
function heldFile(): { out: Writable; chunks: Buffer[]; open(error?: Error): void } {
  const chunks: Buffer[] = [];
  const held: ((error?: Error) => void)[] = [];
  let opened = false;
  const out = new Writable({ write(chunk: Buffer, _e, done) { chunks.push(chunk); if (opened) done(); else held.push(done); } });
  return { out, chunks, open: (error) => { opened = true; for (const done of held.splice(0)) done(error); } };
}

/**
 * Turns of the event loop until the agencies are read `all` times, or no more are read for TURNS turns. The writing
 * goes on by setImmediate, 200 rows a turn: not waiting, it reads agencies at least every TURNS turns until the end
 * (the longest stretch without, the Groups sheet, took 6 turns here), whatever the machine's load; no clock is read.
 */
async function readingStops(reads: () => number, all: number): Promise<void> {
  const TURNS = 500;
  for (let last = -1, still = 0; still < TURNS && reads() < all; ) {
    await new Promise((resolve) => setImmediate(resolve));
    still = reads() === last ? still + 1 : 0;
    last = reads();
  }
}

describe("xlsx written to a slow file", () => {
  let big: ScoreReport;
  let agencies: number;
  let all: number;
  beforeAll(async () => {
    big = repeated(parseReportJson((await runCli(["score", "examples/", "--format", "json"], { env: REPRODUCIBLE })).stdout), 200);
    agencies = big.rubrics.reduce((n, r) => n + r.agencies.length, 0);
    // How many times the sheets read the agencies, written to a file that takes all at once.
    const { report, reads } = counted(rankedReport(big));
    await writeXlsx(new Writable({ write(_c, _e, done) { done(); } }), report, { lang: "en" });
    all = reads();
  }, 60_000);

  it("waits for the zip to read what it wrote: the agencies are not all read while the file takes nothing, and the workbook is whole once it does", async () => {
    const { report, reads } = counted(rankedReport(big));
    const file = heldFile();
    const written = writeXlsx(file.out, report, { lang: "en" });
    await readingStops(reads, all);
    // Not waiting, every sheet was written with the file taking nothing (1,400 agencies, each read by three sheets), its XML kept
    // in memory: 172 MB of it on 10,000 agencies citing 50 documents each.
    expect(reads()).toBeLessThan(all);
    file.open();
    await written;
    expect(reads()).toBe(all);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(file.chunks) as unknown as ArrayBuffer);
    // examples/ci/github-workflow.yml, passed over, ends the workbook in a sheet of its own.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Ranking", "Groups", "Indicators", "Not scored", "Verification", "Evidence", "Passed over"]);
    expect(wb.getWorksheet("Ranking")!.rowCount).toBe(agencies + 1);
    const cited = big.rubrics.flatMap((r) => r.agencies).reduce((n, a) => n + Object.values(a.evidence ?? {}).reduce((m, items) => m + items.length, 0), 0);
    expect(wb.getWorksheet("Evidence")!.rowCount).toBe(cited + 1);
  }, 60_000);

  it("a file that fails while a sheet waits for it fails the writing with its error, and the sheet waits no longer", async () => {
    const { report, reads, reading } = counted(rankedReport(big));
    const file = heldFile();
    const written = writeXlsx(file.out, report, { lang: "en" });
    written.catch(() => undefined);
    await readingStops(reads, all);
    file.open(Object.assign(new Error("no space left on device"), { code: "ENOSPC" }));
    await expect(written).rejects.toMatchObject({ code: "ENOSPC" });
    expect(file.out.destroyed).toBe(true);
    // The sheet stopped reading the agencies (still waiting for a zip that reads no more, it never would).
    for (let turns = 0; turns < 500 && reading() > 0; turns++) await new Promise((resolve) => setImmediate(resolve));
    expect(reading()).toBe(0);
  }, 60_000);
});
