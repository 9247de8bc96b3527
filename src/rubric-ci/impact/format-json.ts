import type { Lang } from "../../core/rubric.js";
import type { ImpactReport } from "./run-impact.js";
import { errorLine } from "../../report/common.js";
import { jsonText } from "../../report/json-bidi.js";
import { refusedAnswers } from "./summary.js";

/**
 * The whole impact report: every agency, every driver, every answer carried or dropped. Code frames are left out;
 * an invalid corpus file's findings carry their sentence and hints (`message`), as rubric test's json gives a refused fixture's.
 */
export function formatImpactJson(report: ImpactReport, lang: Lang): string {
  return jsonText({
    ...report,
    // Types and band levels by id, as the rubric writes them; the labels are the text formats' (bands), but
    // where only labels changed the ids read the same on both sides, and the sets by their labels say it.
    diff: { ...report.diff, rubric: report.diff.rubric.map(({ bands, ...f }) => (bands && f.old === f.new ? { ...f, bands } : f)) },
    // Each agency's answers the new version does not take as written (`notes.new` says how): score refuses its file until they are corrected.
    agencies: report.agencies.map((a) => ({ ...a, refused_new_answers: refusedAnswers(a.notes.new) })),
    invalid: report.invalid.map((f) => ({
      file: f.file,
      errors: f.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line ?? null, col: d.col ?? null, path: d.path ?? null, message: errorLine(d, lang), params: d.params })),
    })),
  });
}
