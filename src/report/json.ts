import type { ScoreReport } from "./report.js";

export function formatJson(report: ScoreReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
