import { holdsNothing } from "../core/agency.js";
import { indicatorByCode } from "../core/codes.js";
import type { Lang, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { terminalSafe } from "../report/terminal-safe.js";
import type { AgencyDoc } from "./agency-doc.js";
import { groupsAbove, writtenForType } from "./stale-answers.js";
import { indicatorBlock, initOrder } from "./template.js";
import type { VersionMove } from "./version-move.js";

/**
 * A moved file's answers to the indicators the new version renumbers, carried to their new codes (the old 1.3 is
 * 1.4 after one inserted at 1.2), each with init's block written again for its new code; an answer whose old
 * indicator is gone while its code names another now is kept aside as a comment above `answers:`: kept under the
 * code it would be read as the other indicator's (init's blank there is taken out). Nothing is saved here (the move saves once). Returns the moves made.
 */
export function carryRenumbered(doc: AgencyDoc, recoded: VersionMove["recoded"], rubric: Rubric, found: string, lang: Lang): { code: string; now: string }[] {
  doc.inRubricOrder(initOrder(rubric));
  // Its heading names the code as the screen shows it: a control character written raw leaves a file YAML cannot read.
  const keepAside = (code: string, key: string, now = "") => doc.keepAside(code, message(lang, key, { code: terminalSafe(code, true).replace(/\s+/g, " "), now: terminalSafe(now, true), found, expected: rubric.version }));
  // init's blank under it has nothing to keep: taken out, not written above `answers:` as a comment.
  for (const r of recoded) if (r.now === null) { if (holdsNothing(doc.data().answers?.[r.code])) doc.removeAnswer(r.code); else keepAside(r.code, "version-move-aside-heading"); }
  const byCode = indicatorByCode(rubric);
  const type = writtenForType(doc.toString()) ? doc.data().agency?.type : undefined;
  const answered = () => new Set(Object.keys(doc.data().answers ?? {}));
  const renumbered = recoded.filter((r): r is { code: string; now: string } => r.now !== null);
  // A new code the file already answers with an answer that is not moving (a code typed by hand that neither version
  // had): the answer moving there is kept aside, not put over it (waiting for the code to be freed never ended).
  const held = new Set([...answered()].filter((c) => !renumbered.some((m) => m.code === c)));
  for (const m of renumbered) if (held.has(m.now)) keepAside(m.code, "version-move-aside-held", m.now);
  const moves = renumbered.filter((r) => !held.has(r.now));
  // A code is taken from the answer moving away from it first (1.3 → 1.4 before 1.2 → 1.3); two indicators that swap
  // codes go through a code no indicator has, init's block already written for the one each goes to.
  const pending = [...moves];
  const parked = new Map<string, string>();
  while (pending.length > 0) {
    const taken = answered();
    const at = pending.findIndex((m) => !taken.has(m.now));
    const m = pending[at >= 0 ? at : 0]!;
    const indicator = byCode.get(m.now);
    const block = indicator ? (l: Lang) => indicatorBlock(rubric, indicator, l, type) : undefined;
    if (at < 0) {
      const parking = `${m.code}\u0000${m.now}`;
      doc.moveAnswer(m.code, parking, block);
      parked.set(parking, m.code);
      pending[0] = { code: parking, now: m.now };
      continue;
    }
    pending.splice(at, 1);
    doc.moveAnswer(m.code, m.now, parked.has(m.code) ? undefined : block, groupsAbove(rubric.groups, m.now));
  }
  return moves;
}
