import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";

/** 25 September 2025: past the deadlines of the fixtures and 4.22.7 (2025-08-31), before their last date (2025-12-31). */
export const BEFORE_THE_LAST_DATE = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 8, 25) / 1000) };
/** 15 January 2026: past those deadlines and the last date they take. */
export const AFTER_THE_YEAR = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 15) / 1000) };
export type Today = typeof AFTER_THE_YEAR;

/** An agency file of a deadline fixture rubric (`rubric` its id, version "1"), its `answers` lines as given, in `dir`. */
export function fixtureAgency(dir: string, name: string, rubric: string, answers: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `rubric: {id: ${rubric}, version: "1"}\nagency: {id: x, name: Xã X, type: commune}\nperiod: "2025"\nanswers:\n${answers}`);
  return file;
}

/** The total `score` gives `file` under the rubric file `rubric` on the day `today`. */
export async function scoredTotal(file: string, rubric: string, today: Today): Promise<number> {
  const r = await runCli(["score", file, "--rubric", rubric, "--format", "json"], { env: today });
  return JSON.parse(r.stdout).rubrics[0].agencies[0].score.total as number;
}
