import type { SpooledSection } from "../batch/pipeline.js";
import { message } from "../i18n/messages.js";
import { cohortLabel } from "../report/common.js";
import { terminalSafe } from "../report/terminal-safe.js";
import type { Context } from "./context.js";
import { sayMessage } from "./say.js";

/** Cohorts named in the notice before "and N more". */
const COHORTS_NAMED = 5;

/**
 * --group-ranks where an agency is alone in its cohort: each of its groups ranks 1 of 1, which the reports show as
 * any rank. Said once: of the one agency scored, or naming each cohort of one (its label and the agency's id).
 */
export function sayGroupRanksAlone(ctx: Context, sections: readonly Pick<SpooledSection, "rubric" | "entries">[]): void {
  if (sections.reduce((n, s) => n + s.entries.length, 0) === 1) { sayMessage(ctx, "group-ranks-one-agency"); return; }
  const alone: string[] = [];
  for (const { rubric, entries } of sections) {
    // Each cohort's first agency, or null once a second is seen.
    const first = new Map<string, string | null>();
    for (const e of entries) first.set(e.cohort, first.has(e.cohort) ? null : e.id);
    for (const [cohort, id] of first) if (id !== null) alone.push(message(ctx.lang, "group-ranks-cohort", { cohort: cohortLabel(rubric.rubric, cohort, ctx.lang), id }));
  }
  if (alone.length === 0) return;
  const named = alone.slice(0, COHORTS_NAMED).join(", ");
  const cohorts = alone.length > COHORTS_NAMED ? message(ctx.lang, "impact-names-more", { names: named, count: alone.length - COHORTS_NAMED }) : named;
  sayMessage(ctx, "group-ranks-cohort-of-one", { count: alone.length, cohorts: terminalSafe(cohorts, true) });
}
