import type { Answer } from "../core/agency.js";
import type { Indicator, Input } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { isPromptExit, lineAtExit } from "../prompts/prompt-exit.js";
import { naAllowed } from "../core/codes.js";
import { showsNothing } from "../core/unicode.js";
import { NOTE_MAX, REASON_MAX } from "../core/agency-schema.js";
import { withinLimit } from "./too-long.js";
import { parseYesNo } from "./parse-number.js";
import { heldEvidence } from "./held-evidence.js";
import { HELD_NA, later, NA, Navigate, type AskContext } from "./ask-context.js";
import { withoutTabs } from "./parse-answer.js";
import { askValue } from "./ask-value.js";
import { askEvidence, documentLabel } from "./ask-evidence.js";

export type { AskContext } from "./ask-context.js";

/** `menu` on an answer: m typed at its note, the answer saved and then the menu opened. */
type IndicatorOutcome = { kind: "answer"; answer: Answer; menu?: boolean } | { kind: "skip" } | { kind: "menu" };

/**
 * Ask one indicator: its value (or N/A with a reason), the evidence it needs, a note. `keep` is given the
 * answer as it stands after each completed step (the value, each evidence item), so that an interruption
 * loses at most the step being typed.
 */
export async function askIndicator(ctx: AskContext, indicator: Indicator, current: Answer | undefined, keep: (answer: Answer) => void | Promise<void> = () => undefined): Promise<IndicatorOutcome> {
  const { lang } = ctx;
  const allowNa = naAllowed(ctx.rubric, indicator);
  const answer: Answer = {};
  // What the file held stays until it is answered again: the evidence until the evidence step gives the
  // items to keep or new ones, or an N/A its reason (Ctrl-C before that leaves it as it was), the note, the
  // flag, verified values.
  const kept = () => ({
    ...answer,
    // As the file wrote it, also where a hand edit wrote no list (one item without its dash was dropped here).
    ...(answer.evidence === undefined && answer.reason === undefined && heldEvidence(current?.evidence).length > 0 ? { evidence: current!.evidence } : {}),
    ...(current?.note ? { note: current.note } : {}), ...(current?.flag ? { flag: true } : {}), ...(current?.verified ? { verified: current.verified } : {}),
  });
  try {
    const keepPart = async (part: unknown) => { answer.value = part; await keep(kept()); };
    // A link typed with the yes/no ("có, tại https://…"): offered at the evidence's link, else at the note.
    let typedLink: string | undefined;
    const linkTyped = (link: string) => { typedLink = link; };
    const value = await askValue({ ...ctx, wording: questionWording(indicator), keepPart, linkTyped }, indicator.input, current?.na ? (allowNa ? HELD_NA : undefined) : current?.value, allowNa);
    if (value === NA) {
      answer.na = true;
      // Ctrl-C, ? (later) and m (the menu) here keep the N/A chosen, as at the evidence a value is kept: the reason
      // left to give (validate says it is missing there), the question asked again first. An answer held already (a
      // value being changed to N/A, or an N/A with its reason) is in the file as it was: nothing replaces it yet.
      const heldAnswer = current?.value !== undefined || Boolean(current?.na && current.reason);
      const keepNa = async () => { if (!heldAnswer) await keep(kept()); };
      // The evidence of the value it replaces is not scored on an N/A: dropped, and said which, to be typed again if needed.
      const sayDropped = () => {
        const dropped = heldEvidence(current?.evidence);
        if (dropped.length > 0) ctx.print(message(lang, "assess-na-evidence-dropped", { items: dropped.map((item) => terminalSafe(withLink(documentLabel(item, lang), item), true)).join("; ") }));
      };
      // Ctrl-C with a reason typed: kept as the note is (it was lost, `na: true` alone saved); with none, as said above.
      // A value being changed to N/A stays as it was: Ctrl-C may be the officer stopping the change, and saving the
      // half-typed reason would drop the value and its evidence.
      const replacesValue = current?.value !== undefined;
      const keepReasonTyped = async (typed: string) => { answer.reason = typed; await keep({ ...kept(), flag: true }); sayDropped(); };
      const reason = await ctx.asker.text({ message: message(lang, "assess-na-reason"), ...(current?.reason ? { default: current.reason } : {}), validate: (v) => (showsNothing(v) ? message(lang, "assess-required") : withinLimit(v, REASON_MAX, lang)) })
        .catch(async (e: unknown) => {
          if (isPromptExit(e) && (replacesValue || !(await keepLineAtExit(ctx, lineAtExit(e), current?.reason, REASON_MAX, keepReasonTyped, "assess-reason-kept-at-exit", indicator.code)))) await keepNa();
          throw e;
        });
      // ? and m are no reason (it was saved as the reason "?").
      const command = later(reason);
      if (command) { await keepNa(); throw new Navigate(command); }
      // Trimmed, its tabs spaces, as a note is and as Ctrl-C saves it (a pasted reason kept both).
      answer.reason = withoutTabs(reason);
      await keep(kept());
      sayDropped();
    } else {
      answer.value = value;
      await keep(kept());
      const evidence = await askEvidence(ctx, indicator, value, heldEvidence(current?.evidence), async (items, review) => { answer.evidence = items; await keep({ ...kept(), ...(review ? { flag: true } : {}) }); }, typedLink);
      if (typedLink !== undefined && evidence.some((item) => item.link === typedLink)) typedLink = undefined;
      if (evidence.length > 0) answer.evidence = evidence;
      else delete answer.evidence;
    }
    // A saved note is offered as the default: Enter keeps it, and Backspace on the empty line drops it (inquirer's way).
    let note = "";
    const noteOffered = typedLink ?? current?.note;
    if (typedLink !== undefined) ctx.print(message(lang, "assess-link-offered", { where: message(lang, "assess-link-at-note") }));
    for (;;) {
      note = withoutTabs(await ctx.asker.text({ message: message(lang, current?.note ? "assess-note-saved" : "assess-note"), ...(noteOffered ? { default: noteOffered } : {}), validate: (v) => withinLimit(v, NOTE_MAX, lang) })
        .catch(async (e: unknown) => { await keepLineAtExit(ctx, lineAtExit(e), current?.note, NOTE_MAX, (typed) => keep({ ...answer, ...(current?.verified ? { verified: current.verified } : {}), note: typed, flag: true }), "assess-note-kept-at-exit", indicator.code); throw e; }));
      // "no" at a yes/no's note is the next question's answer typed one step early: saved only when said so.
      if (indicator.input.type !== "boolean" || parseYesNo(note, lang) === undefined || note === current?.note) break;
      if (await ctx.asker.confirm({ message: message(lang, "assess-note-yes-no", { note: terminalSafe(note, true) }), default: false })) break;
    }
    // ? (later) and m (the menu), as at every other question, are no note: it was saved as the note "?". The
    // answer stands; a note saved before is kept as it is.
    const noteCommand = later(note);
    if (noteCommand) { if (current?.note) answer.note = current.note; }
    else if (note) answer.note = note;
    // Answered again, a question marked for review may be done with: asked, the mark kept only when said so.
    // The answer is saved first, the mark still on: Ctrl-C at this question lost the note just typed.
    if (current?.flag) {
      await keep({ ...answer, flag: true, ...(current.verified ? { verified: current.verified } : {}) });
      if (await ctx.asker.confirm({ message: message(lang, "assess-keep-flag"), default: false })) answer.flag = true;
    }
    if (current?.verified) answer.verified = current.verified;
    return { kind: "answer", answer, ...(noteCommand === "menu" ? { menu: true } : {}) };
  } catch (e) {
    if (e instanceof Navigate && e.parts) { answer.value = e.parts; await keep(kept()); }
    if (e instanceof Navigate) return { kind: e.to === "menu" ? "menu" : "skip" };
    throw e;
  }
}

/**
 * Ctrl-C while a note or an N/A's reason was typed: the line as it stood saved by `save`, the answer marked for
 * review there, so that the next session lists it (menu, finish) and the line is offered to finish or clear (it was
 * lost); said. A line that is the one held or a command (? m) changes nothing, one too long is said not saved: false.
 */
async function keepLineAtExit(ctx: AskContext, typed: string | undefined, held: string | undefined, max: number, save: (typed: string) => void | Promise<void>, said: string, code: string): Promise<boolean> {
  if (typed === undefined || later(typed) || typed === held) return false;
  // Over the limit the question would refuse it, so it is not saved; said, or it went without a word.
  if (withinLimit(typed, max, ctx.lang) !== true) { ctx.print(message(ctx.lang, "assess-line-too-long-at-exit", { code, count: [...typed].length, max })); return false; }
  await save(withoutTabs(typed));
  ctx.print(message(ctx.lang, said, { code }));
  return true;
}

/** A dropped item's label with its link, to type it again (the list's label names the link only where nothing else). */
function withLink(label: string, item: { link?: unknown }): string {
  return typeof item.link === "string" && item.link.trim() !== "" && label !== item.link ? `${label} · ${item.link}` : label;
}

/**
 * What the question itself writes (its title, a fraction's a and b, a part's label), in both languages: the
 * unit's longer forms it uses are taken ("hộ gia đình" for hộ). Not the guidance: it may name what is left out.
 */
function questionWording(indicator: Indicator): string[] {
  const labels = (input: Input): { vi: string; en: string }[] =>
    input.type === "fraction" ? [input.numerator, input.denominator] : input.type === "parts" ? input.fields.flatMap((f) => [f.label, ...labels(f.input)]) : [];
  return [indicator.title, ...labels(indicator.input)].flatMap((t) => [t.vi, t.en]);
}
