import type { ImpactReport } from "./run-impact.js";
import { jsonText } from "../../report/json-bidi.js";

/** The whole impact report: every agency, every driver, every answer carried or dropped. Code frames are left out. */
export function formatImpactJson(report: ImpactReport): string {
  return jsonText({
    ...report,
    invalid: report.invalid.map((f) => ({
      file: f.file,
      errors: f.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line ?? null, col: d.col ?? null, path: d.path ?? null, params: d.params })),
    })),
  });
}
