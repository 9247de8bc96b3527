import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SEED = "examples/xa-can-giuoc-tay-ninh.yaml";
const PLAN_ANSWER = /^ {2}"4\.22\.7":\n {4}value: "2025-08-12"\n {4}evidence:\n {6}- .*\n/m;

/** The commune example with its plan date (4.22.7, deadline 2025-08-31, last date 2025-12-31) left unanswered, in `dir`. */
export function planUnanswered(dir: string): string {
  const seed = readFileSync(SEED, "utf8");
  if (!PLAN_ANSWER.test(seed)) throw new Error(`${SEED} no longer answers 4.22.7 as the test expects`);
  const file = path.join(dir, "xa.yaml");
  writeFileSync(file, seed.replace(PLAN_ANSWER, ""));
  return file;
}

/** A copy of `file` with 4.22.7 answered `date`, one evidence item dated the same. */
export function planAnswered(file: string, date: string): string {
  const out = path.join(path.dirname(file), `answered-${date}.yaml`);
  writeFileSync(out, readFileSync(file, "utf8").replace(/^( {2}"4\.22\.8":\n)/m, `  "4.22.7":\n    value: "${date}"\n    evidence:\n      - {number: "1/KH-UBND", date: "${date}", title: "Kế hoạch"}\n$1`));
  return out;
}
