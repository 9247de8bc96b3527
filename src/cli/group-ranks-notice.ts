import type { SpooledSection } from "../batch/pipeline.js";
import { message } from "../i18n/messages.js";
import { cohortLabel } from "../report/common.js";
import { terminalSafe } from "../report/terminal-safe.js";
import type { Context } from "./context.js";
import { sayMessage } from "./say.js";

/** Cohorts named in the notice before "and N more". */
const COHORTS_NAMED = 5;

type Section = Pick<SpooledSection, "rubric" | "entries">;

/**
 * --group-ranks where an agency is alone in its cohort, or alone in it on a group: it ranks 1 of 1 there, which the
 * reports show as any rank. Said once: of the one agency scored, or naming each cohort of one (its label and the
 * agency's id); then once a group, naming each cohort where it applies to one agency only.
 */
export function sayGroupRanksAlone(ctx: Context, sections: readonly Section[]): void {
  if (sections.reduce((n, s) => n + s.entries.length, 0) === 1) { sayMessage(ctx, "group-ranks-one-agency"); return; }
  const alone: string[] = [];
  for (const { rubric, entries } of sections) {
    // Each cohort's first agency, or null once a second is seen.
    const first = new Map<string, string | null>();
    for (const e of entries) first.set(e.cohort, first.has(e.cohort) ? null : e.id);
    for (const [cohort, id] of first) if (id !== null) alone.push(cohortNamed(ctx, rubric.rubric, cohort, id));
  }
  if (alone.length > 0) sayMessage(ctx, "group-ranks-cohort-of-one", { count: alone.length, cohorts: listed(ctx, alone) });
  for (const section of sections) sayGroupsOfOne(ctx, section);
}

/**
 * A group that applies to one agency only of a cohort of several (its type, or every indicator of it not applicable,
 * leaves the others out): that agency ranks 1 of 1 on it, the others nowhere. Said once a group, naming each such cohort.
 */
function sayGroupsOfOne(ctx: Context, { rubric, entries }: Section): void {
  const cohorts = new Map<string, Section["entries"]>();
  for (const e of entries) { const members = cohorts.get(e.cohort); if (members) members.push(e); else cohorts.set(e.cohort, [e]); }
  rubric.rubric.groups.forEach((group, g) => {
    const alone: string[] = [];
    for (const [cohort, members] of cohorts) {
      if (members.length < 2) continue; // a cohort of one: said above
      const ranked = members.filter((e) => e.groups[g] !== undefined && e.groups[g] !== null);
      if (ranked.length === 1) alone.push(cohortNamed(ctx, rubric.rubric, cohort, ranked[0]!.id));
    }
    if (alone.length > 0) sayMessage(ctx, "group-ranks-group-of-one", { code: terminalSafe(group.code, true), title: terminalSafe(group.title[ctx.lang], true), count: alone.length, cohorts: listed(ctx, alone) });
  });
}

function cohortNamed(ctx: Context, rubric: SpooledSection["rubric"]["rubric"], cohort: string, id: string): string {
  return message(ctx.lang, "group-ranks-cohort", { cohort: cohortLabel(rubric, cohort, ctx.lang), id });
}

/** The first cohorts named, then how many more (cohorts, not the agencies impact's list counts). */
function listed(ctx: Context, cohorts: string[]): string {
  const named = cohorts.slice(0, COHORTS_NAMED).join(", ");
  return terminalSafe(cohorts.length > COHORTS_NAMED ? message(ctx.lang, "group-ranks-cohorts-more", { names: named, count: cohorts.length - COHORTS_NAMED }) : named, true);
}
