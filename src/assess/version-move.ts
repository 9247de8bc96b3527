import { holdsNothing } from "../core/agency.js";
import { allIndicators, indicatorApplies, indicatorByCode } from "../core/codes.js";
import type { Lang, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { codeMaps, diffRubrics } from "../rubric-ci/impact/diff.js";

/** What moving a file from one version of its rubric to the next does to its answers. */
export interface VersionMove {
  /** Answered codes the new version asks as they were: the answers stay. */
  kept: string[];
  /** Answered codes the new version lacks (dropped, or re-coded): each asked about before the questions. */
  gone: string[];
  /** Indicators the new version adds that apply to the agency: to answer. Empty without the earlier version. */
  added: string[];
  /** Indicators asked of the agency whose max the new version changed, said once, before the questions. Empty without the earlier version. */
  maxChanged: { code: string; was: string; now: string }[];
  /** Groups whose max changed, and the scale (code ""): the total the file is scored out of. Empty without the earlier version. */
  groupMaxChanged: { code: string; was: string; now: string }[];
  /**
   * Answered codes the new version gives to another indicator (renumbered after one inserted: the old 1.3 is 1.4, and
   * 1.3 names the old 1.2; `now` null where the old indicator is gone and its code names a new one). Kept under their
   * codes, these answers would be read as other indicators': the move carries them to `now`, or keeps them aside
   * (see carryRenumbered). Empty without the earlier version.
   */
  recoded: { code: string; now: string | null }[];
  /** Answers kept whose indicator the new version does not ask of the file's agency type: they stay, not scored. */
  unasked: string[];
  /** Codes whose entries hold nothing (init's `value:` left empty, "?"): no answer, so none said kept. */
  blank: string[];
  /**
   * init's untouched blanks the new version no longer asks of the agency type, which the move takes out (see
   * unaskedBlanks): found in the file's text, not its data, so versionMove leaves it empty for its caller to fill.
   */
  unaskedBlanks: string[];
}

/**
 * The move said for this file: `previous`, the earlier version when its rubric file was found, tells the indicators
 * it added (rubric test --previous's diff); without it only what the file answers can be told.
 */
export function versionMove(previous: Rubric | undefined, rubric: Rubric, answers: Record<string, unknown>, type: unknown): VersionMove {
  const now = indicatorByCode(rubric);
  const answered = Object.keys(answers);
  const applies = (code: string) => { const i = now.get(code); return i !== undefined && (typeof type !== "string" || indicatorApplies(rubric, i, type)); };
  const diff = previous ? diffRubrics(previous, rubric) : undefined;
  const maps = diff ? codeMaps(diff) : undefined;
  const addedCodes = new Set((diff?.items ?? []).filter((c) => c.change === "added" && c.node.kind === "indicator").map((c) => c.node.code));
  return {
    kept: answered.filter((c) => now.has(c) && !addedCodes.has(c) && !maps?.toNew.has(c)),
    gone: answered.filter((c) => (!now.has(c) || addedCodes.has(c)) && !maps?.toNew.has(c)),
    maxChanged: (diff?.items ?? []).flatMap((c) => {
      const max = c.change === "changed" && c.node.kind === "indicator" && applies(c.node.code) ? c.fields.find((f) => f.field === "max") : undefined;
      return max ? [{ code: c.node.code, was: String(max.old), now: String(max.new) }] : [];
    }),
    groupMaxChanged: [
      ...(diff?.items ?? []).flatMap((c) => {
        const max = c.change === "changed" && c.node.kind === "group" ? c.fields.find((f) => f.field === "max") : undefined;
        return max ? [{ code: c.node.code, was: String(max.old), now: String(max.new) }] : [];
      }),
      ...(diff?.rubric ?? []).filter((f) => f.field === "scale").map((f) => ({ code: "", was: String(f.old), now: String(f.new) })),
    ],
    recoded: answered.flatMap((c) => (maps?.toNew.has(c) ? [{ code: c, now: maps.toNew.get(c) ?? null }] : [])),
    unasked: answered.filter((c) => now.has(c) && !addedCodes.has(c) && !maps?.toNew.has(c) && !applies(c) && !holdsNothing(answers[c])),
    blank: answered.filter((c) => holdsNothing(answers[c])),
    unaskedBlanks: [],
    // A code the file answers is still to answer where the answer moves away from it (1.2 inserted, the old 1.2 now 1.3).
    added: allIndicators(rubric).map((i) => i.code).filter((c) => addedCodes.has(c) && applies(c) && (!Object.hasOwn(answers, c) || maps?.toNew.has(c) === true)),
  };
}

/** Kept answers named one by one up to this many (a whole file's 63 codes say nothing): beyond, their count. */
const LISTED = 12;

/** The move in words, a line for each kind of change that concerns the file. */
export function versionMoveLines(move: VersionMove, found: string, expected: string, lang: Lang, previousFound: boolean, typeLabel = ""): string[] {
  const codes = (list: string[]) => list.map((c) => terminalSafe(c, true)).join(", ");
  // init's blanks are no answers: "10 answers are kept" of a file fresh from init named only them.
  const held = (code: string) => !move.blank.includes(code);
  const renumbered = move.recoded.filter((r): r is { code: string; now: string } => r.now !== null && held(r.code));
  const reused = move.recoded.filter((r) => r.now === null && held(r.code));
  // One the new version no longer asks of the agency's type stays in the file but is ignored: "kept" said it counted.
  const kept = move.kept.filter((c) => held(c) && !move.unasked.includes(c));
  const gone = move.gone.filter(held);
  const noAnswer = move.kept.length + move.gone.length + move.recoded.length === move.blank.length;
  return [
    ...(kept.length > 0 ? [message(lang, "version-move-kept", { count: kept.length, codes: kept.length <= LISTED ? `: ${codes(kept)}` : "" })] : []),
    ...(noAnswer ? [message(lang, "version-move-no-answer")] : []),
    ...(move.unasked.length > 0 ? [message(lang, "version-move-unasked", { codes: codes(move.unasked), count: move.unasked.length, expected, type_label: typeLabel })] : []),
    // Blanks hold no answer, but the questions leave the file: said, or the officer looks for them in vain.
    ...(move.unaskedBlanks.length > 0 ? [message(lang, "version-move-unasked-blanks", { codes: codes(move.unaskedBlanks), count: move.unaskedBlanks.length, expected, type_label: typeLabel })] : []),
    ...(gone.length > 0 ? [message(lang, "version-move-gone", { codes: codes(gone), expected })] : []),
    ...(move.added.length > 0 ? [message(lang, "version-move-added", { codes: codes(move.added) })] : []),
    ...(move.maxChanged.length > 0 ? [message(lang, "version-move-max", { changes: move.maxChanged.map((m) => `${terminalSafe(m.code, true)}: ${m.was} → ${m.now}`).join("; ") })] : []),
    ...(move.groupMaxChanged.length > 0 ? [message(lang, "version-move-group-max", { changes: move.groupMaxChanged.map((m) => `${m.code === "" ? message(lang, "version-move-scale") : message(lang, "version-move-group", { code: terminalSafe(m.code, true) })}: ${m.was} → ${m.now}`).join("; ") })] : []),
    ...(renumbered.length > 0 ? [message(lang, "version-move-recoded", { changes: renumberings(renumbered), count: renumbered.length, expected })] : []),
    ...(reused.length > 0 ? [message(lang, "version-move-reused", { codes: codes(reused.map((r) => r.code)), expected })] : []),
    ...(previousFound ? [] : [message(lang, "version-move-no-previous", { found })]),
  ];
}

/** "1.2 → 1.3; 1.3 → 1.4", as the screen shows codes. */
export function renumberings(list: { code: string; now: string }[]): string {
  return list.map((r) => `${terminalSafe(r.code, true)} → ${terminalSafe(r.now, true)}`).join("; ");
}
