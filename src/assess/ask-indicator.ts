import { UNANSWERED, type Answer, type EvidenceItem } from "../core/agency.js";
import { claimsPoints, looksLikeShare, shareAsPercent } from "../core/check-agency.js";
import { brokenLink } from "../core/evidence-link.js";
import type { Indicator, Input, Lang, Rubric, SimpleInput } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { dateText } from "../report/format-number.js";
import { numberText } from "../report/value-text.js";
import { terminalSafe } from "../report/terminal-safe.js";
import type { Asker } from "../prompts/ask.js";
import { isPromptExit } from "../prompts/prompt-exit.js";
import { answerFormat, dateRefusal } from "./describe.js";
import { naAllowed } from "../core/codes.js";
import { labelledId, levelForText } from "../core/label-id.js";
import { parseDate, parseDayOfYear, parseNumber, parseYesNo } from "./parse-number.js";
import { baseUnit, figureAndWords, figureInUnit, inUnitsOf, magnitudeInUnit, plainDashes, plainSpaces, saysNotApplicable, slashFraction } from "../core/number-words.js";
import { doubtfulNumberSource } from "../load/number-source.js";
import { EVIDENCE_FIELDS, sameDocument, sameField, type CitedDocument, type EvidenceField } from "./cited-documents.js";
import { heldEvidence, unfitFields } from "./held-evidence.js";
import { citationAtNumber } from "../load/evidence-citation.js";
import { BARE_LINK } from "../load/schema-issues.js";

/**
 * `naAtFirstPart`: asking a later part of an indicator that allows N/A at its first part (see askValue).
 * `wording`: the question's own texts (see questionWording), in which a unit's longer form may be written.
 * `documents`: the evidence items other answers of the file cite, each with the codes citing it, offered when an
 * item is added (a plan or decision cited at a dozen indicators was typed, four fields, a dozen times).
 * `keepPart`: saves the indicator's value given in part (a fraction's a) before Ctrl-C ends the session at the rest.
 */
export interface AskContext { asker: Asker; lang: Lang; rubric: Rubric; print: (line: string) => void; naAtFirstPart?: boolean; wording?: readonly string[]; documents?: (exceptCode: string) => CitedDocument[]; keepPart?: (value: unknown) => Promise<void>; linkTyped?: (link: string) => void }

/** `menu` on an answer: m typed at its note, the answer saved and then the menu opened. */
type IndicatorOutcome = { kind: "answer"; answer: Answer; menu?: boolean } | { kind: "skip" } | { kind: "menu" };

/**
 * Raised inside a question when the officer types a command (? later, m menu) instead of a value. `parts`:
 * the parts of an answer given before `?` at a later part, kept rather than dropped.
 */
class Navigate { constructor(readonly to: "skip" | "menu" | "na", readonly parts?: Record<string, unknown>) {} }

const COMMANDS: Record<string, "skip" | "menu" | "na"> = { "?": "skip", m: "menu", menu: "menu", na: "na" };
/** N/A as typed, offered where the answer held is N/A. */
const NA_WORD = "na";

/** The command typed, if any: "không áp dụng" written out is N/A too, as validate reads it in a file (it was "not a number"). */
function commandOf(text: string): "skip" | "menu" | "na" | undefined {
  const word = text.trim().toLowerCase();
  // Own keys only: a value typed "constructor" is no command.
  return (Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined) ?? (saysNotApplicable(text) ? "na" : undefined);
}

/** ? or m typed where a text is free (a note, a reason): "later" or the menu; N/A means nothing there. */
function later(text: string): "skip" | "menu" | undefined {
  const word = text.trim().toLowerCase();
  const command = Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
  return command === "na" ? undefined : command;
}

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
  // items to keep or new ones (Ctrl-C before that leaves it as it was), the note, the flag, verified values.
  const kept = () => ({
    ...answer,
    // As the file wrote it, also where a hand edit wrote no list (one item without its dash was dropped here).
    ...(answer.evidence === undefined && heldEvidence(current?.evidence).length > 0 ? { evidence: current!.evidence } : {}),
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
      // left to give (validate says it is missing there), the question asked again first. One held already with its
      // reason is in the file as it was.
      const keepNa = async () => { if (!(current?.na && current.reason)) await keep(kept()); };
      const reason = await ctx.asker.text({ message: message(lang, "assess-na-reason"), ...(current?.reason ? { default: current.reason } : {}), validate: (v) => (v.trim() ? true : message(lang, "assess-required")) })
        .catch(async (e: unknown) => { if (isPromptExit(e)) await keepNa(); throw e; });
      // ? and m are no reason (it was saved as the reason "?").
      const command = later(reason);
      if (command) { await keepNa(); throw new Navigate(command); }
      answer.reason = reason;
      await keep(kept());
    } else {
      answer.value = value;
      await keep(kept());
      const evidence = await askEvidence(ctx, indicator, value, heldEvidence(current?.evidence), async (items) => { answer.evidence = items; await keep(kept()); }, typedLink);
      if (typedLink !== undefined && evidence.some((item) => item.link === typedLink)) typedLink = undefined;
      if (evidence.length > 0) answer.evidence = evidence;
      else delete answer.evidence;
    }
    // A saved note is offered as the default: Enter keeps it, and Backspace on the empty line drops it (inquirer's way).
    let note = "";
    const noteOffered = typedLink ?? current?.note;
    if (typedLink !== undefined) ctx.print(message(lang, "assess-link-offered", { where: message(lang, "assess-link-at-note") }));
    for (;;) {
      note = withoutTabs(await ctx.asker.text({ message: message(lang, current?.note ? "assess-note-saved" : "assess-note"), ...(noteOffered ? { default: noteOffered } : {}) }));
      // "no" at a yes/no's note is the next question's answer typed one step early: saved only when said so.
      if (indicator.input.type !== "boolean" || parseYesNo(note) === undefined || note === current?.note) break;
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

const NA = Symbol("not applicable");
/**
 * The answer held is N/A: offered as the answer's default (na typed, N/A picked in a list), so that Enter keeps it,
 * its reason then offered (Enter was refused, "type an answer", though Enter keeps every other answer held).
 */
const HELD_NA = Symbol("N/A held");

/** The value of one input; commands become Navigate, N/A becomes the NA marker. */
async function askValue(ctx: AskContext, input: Input, current: unknown, allowNa: boolean): Promise<unknown> {
  const { asker, lang } = ctx;
  const extras = () => [
    "separator" as const,
    ...(allowNa ? [{ value: "__na", name: message(lang, "choice-na") }] : []),
    { value: "__skip", name: message(lang, "choice-skip") },
    { value: "__menu", name: message(lang, "choice-menu") },
  ];
  const fromExtra = (v: string) => { if (v === "__na") return NA; if (v === "__skip") throw new Navigate("skip"); if (v === "__menu") throw new Navigate("menu"); return v; };
  // ? and m typed at a list, then Enter, as at a typed question (the Enter picked the option under the cursor).
  const keys = { "?": "__skip", m: "__menu" };

  switch (input.type) {
    case "parts": {
      const out: Record<string, unknown> = {};
      const existing = (typeof current === "object" && current !== null ? current : {}) as Record<string, unknown>;
      // N/A is the whole indicator's: offered at the first part only, and said so (chosen at a later part meaning
      // "we have none of this", it threw away the parts answered and made the indicator N/A: 16 points became 20).
      for (const [k, field] of input.fields.entries()) {
        // What ?, m or Ctrl-C here keeps: the parts given, this one's half if given ({a, b: "?"}: a fraction's
        // half is this part's value, never the whole answer's), the others left "?" (they were thrown away), or
        // at Ctrl-C as the file held them (an answer being changed keeps its parts not reached).
        const given = (half: unknown, held: boolean) => ({
          ...out,
          ...Object.fromEntries(input.fields.slice(k).map((f) => [f.id, held && existing[f.id] !== undefined ? existing[f.id] : UNANSWERED])),
          ...(half !== undefined ? { [field.id]: half } : {}),
        });
        // The parts given are saved before the next is asked, as Ctrl-C there keeps them (they were lost): saved
        // at the prompt's Ctrl-C only, a Ctrl-C before it was drawn was the terminal's signal, ending the session first.
        if (k > 0) await ctx.keepPart?.(given(undefined, true));
        ctx.print(`  · ${field.label[lang]}: ${answerFormat(field.input, lang, "prompt")}`);
        if (k === 0 && allowNa) ctx.print(`    ${message(lang, "assess-parts-na")}`);
        let v: unknown;
        const keepHalf = ctx.keepPart && ((half: unknown) => ctx.keepPart!(given(half, true)));
        try {
          v = await askValue({ ...ctx, keepPart: keepHalf, ...(k > 0 && allowNa ? { naAtFirstPart: true } : {}) }, field.input, k === 0 && current === HELD_NA ? HELD_NA : existing[field.id], allowNa && k === 0);
        } catch (e) {
          if (e instanceof Navigate && e.to !== "na" && (k > 0 || e.parts)) throw new Navigate(e.to, given(e.parts, false));
          throw e;
        }
        if (v === NA) return NA;
        out[field.id] = v;
      }
      return out;
    }
    case "choice": {
      // An option's id, or its label or first words, typed then Enter is that option; other text (không where no
      // label begins so) is said (Enter took the option under the cursor, Có người chuyên trách for không). An
      // option's place (2) is the list's own way.
      const v = await pickTyped(ctx, keys, (typed) => asker.select<string>({
        message: message(lang, "assess-value"),
        choices: [...input.options.map((o) => ({ value: o.id, name: o.label[lang] })), ...extras()],
        // A label written by hand in place of its id (validate's "did you mean"): the option it names, preselected.
        ...(current === HELD_NA ? { default: "__na" } : choiceDefault(input.options, current)),
        keys,
        typed,
      }), (text) => (input.options.some((o) => o.id === text) ? text : labelledId(input.options, text)),
      (text) => /^\d+$/u.test(text) && Number(text) >= 1 && Number(text) <= input.options.length,
      (text) => message(lang, "assess-choice-not-listed", { text }));
      return fromExtra(v);
    }
    case "level": {
      const min = input.min ?? 0;
      const levels = Array.from({ length: input.max - min + 1 }, (_, i) => min + i);
      // The level typed (3, or Mức 3) then Enter is that level: a digit alone moved inquirer's cursor to the option at
      // that place, and 3 picked Mức 2 (levels counted from 0); text naming none (mức 9) is said.
      const v = await pickTyped(ctx, keys, (typed) => asker.select<string>({
        message: message(lang, "assess-value"),
        choices: [...levels.map((n, i) => ({ value: String(n), name: `${message(lang, "level-option", { n })}${input.labels?.[i] ? " — " + input.labels[i]![lang] : ""}` })), ...extras()],
        // `Mức 3` or `Hình thành` written by hand (validate's "did you mean 3?"): level 3 preselected.
        ...(current === HELD_NA ? { default: "__na" } : levelDefault(input, current)),
        keys,
        typed,
      }), (text) => {
        const level = /^\d+$/u.test(text) ? Number(text) : levelForText(input, text);
        return level !== undefined && levels.includes(level) ? String(level) : undefined;
      }, () => false, (text) => message(lang, "assess-level-not-listed", { text, min, max: input.max }));
      const picked = fromExtra(v);
      return picked === NA ? NA : Number(picked);
    }
    case "checklist": {
      // One id alone (a choice's answer moved here when the rubric made it a checklist, or a hand edit): that item ticked.
      const ticked = new Set(Array.isArray(current) ? current : typeof current === "string" ? [current] : []);
      const values = await asker.checkbox<string>({ message: message(lang, "assess-value"), choices: input.options.map((o) => ({ value: o.id, name: o.label[lang], checked: ticked.has(o.id) })), keys });
      if (values.length === 1 && (values[0] === "__skip" || values[0] === "__menu")) return fromExtra(values[0]);
      if (values.length > 0) return values;
      const v = await asker.select<string>({ message: message(lang, "assess-value"), choices: [{ value: "__none", name: message(lang, "choice-none") }, ...extras().slice(1)], ...(current === HELD_NA ? { default: "__na" } : {}), keys });
      return v === "__none" ? [] : fromExtra(v);
    }
    case "fraction": {
      const parse = (raw: string) => nonNegative(raw, lang, input.integer === true, input, ctx.wording);
      // A part written in doubt (1.000, given as written: see answerAsWritten) is offered as written, to be read again.
      // `66/68` written by hand (validate's "did you mean {a: 66, b: 68}?"): its two figures offered.
      // A half left "?" ({a: 1234, b: "?"}: b set aside before) is asked with nothing offered, the other offered.
      let prior = isWrittenFraction(current) ? current : typeof current === "string" ? slashFraction(current) : halfFraction(current);
      // a above b, asked again: both figures typed are offered (one of them is the slip, the other was retyped).
      let refused = false;
      const shown = (n: number | string) => (typeof n === "number" ? numberText(n, lang) : n);
      const offered = (n: number | string | undefined) => (n === undefined ? undefined : shown(n));
      const keptNumber = (n: number | string | undefined) => (typeof n === "number" ? n : undefined);
      for (;;) {
        // A half typed in doubt (1.000), kept at Ctrl-C by `typed`, is this fraction's half, never the whole answer.
        const keepA = ctx.keepPart && ((half: unknown) => ctx.keepPart!({ a: half, b: UNANSWERED }));
        const a = await typed({ ...ctx, keepPart: keepA }, `a = ${input.numerator[lang]}`, (raw) => bothParts(raw, parse, lang) ?? parse(raw), allowNa, current === HELD_NA && !refused ? NA_WORD : offered(prior?.a), keptNumber(prior?.a));
        if (a === NA) return NA;
        if (isWrittenFraction(a)) {
          ctx.print(message(lang, "assess-fraction-both", { a: shown(a.a), b: shown(a.b) }));
          if (a.b === 0 && input.zero_denominator === "invalid") { ctx.print(message(lang, "assess-zero-denominator")); continue; }
          return a;
        }
        // a is saved before b is asked, as Ctrl-C at b keeps it: a Ctrl-C before b's prompt was drawn (the terminal's
        // signal) lost it. A held a kept with Enter leaves the file as it was until b is given.
        if (a !== prior?.a) await ctx.keepPart?.({ a, b: UNANSWERED });
        let bKept = false;
        const keepB = ctx.keepPart && ((half: unknown) => { bKept = true; return ctx.keepPart!({ a, b: half }); });
        // b read two ways, one of them below a: the other (a = 1234, b = 2.000 is 2000; a below b is asked again anyway).
        const parseB = (raw: string): Parsed => { const p = parse(raw); return p.ok === "ambiguous" ? { ...p, atLeast: a as number } : p; };
        const b = await typed({ ...ctx, keepPart: keepB }, `b = ${input.denominator[lang]}`, parseB, allowNa, offered(prior?.b), keptNumber(prior?.b)).catch(async (e: unknown) => {
          // Ctrl-C at b: a saved as ? keeps it, the session then ending (it was lost).
          if (isPromptExit(e) && !bKept) await ctx.keepPart?.({ a, b: UNANSWERED });
          // ? or m at b: a, typed, is saved with b "?" and offered when the question comes back (it was lost).
          if (e instanceof Navigate && !e.parts && e.to !== "na") {
            ctx.print(message(lang, "assess-fraction-half-kept", { a: shown(a as number) }));
            throw new Navigate(e.to, { a, b: UNANSWERED });
          }
          throw e;
        });
        if (b === NA) return NA;
        // As the file's check has it (zero-denominator): a file the officer cannot then send was saved.
        if (b === 0 && input.zero_denominator === "invalid") { ctx.print(message(lang, "assess-zero-denominator")); continue; }
        if ((a as number) <= (b as number)) return { a, b };
        ctx.print(message(lang, "assess-a-gt-b", { a: a as number, b: b as number }));
        prior = { a: a as number, b: b as number };
        refused = true;
      }
    }
    default: {
      // "?" (answer later, also what a question flagged before it was answered holds) is no answer to offer: Enter would skip.
      // Kept as it is only when it is a number: text a hand edit left ("12,5" for a percentage) is read again, to mend it.
      // Whether the answer taken was typed with its % sign: "0,85 %" says a percentage, where "0,85" may be a share.
      let signed = false;
      // A day typed without its year (15/8), the question's year added: said, with the date taken (it was silent).
      let yearAdded: string | undefined;
      // The figure as typed, kept at Ctrl-C at the list asking 85 % or 0,85 % (see keepTypedAtExit).
      let typedText = "";
      const value = await typed(ctx, prompts(input, lang), (raw) => {
        typedText = raw.trim();
        signed = /%\s*$/u.test(raw) || figureInUnit(raw, PERCENT_IN_WORDS) !== undefined;
        yearAdded = input.type === "date" && parseDate(raw) === undefined ? raw.trim() : undefined;
        return parseSimple(input, raw, lang, ctx.wording);
      }, allowNa,
        current === HELD_NA ? NA_WORD : current === undefined || current === null || current === "?" ? undefined : input.type === "date" ? dateText(String(current), lang)
          // A yes/no kept is shown as the officer answers it (có / không), not as the file writes it (true).
          : typeof current === "boolean" ? message(lang, current ? "yes" : "no")
          : typeof current === "number" ? numberText(current, lang) : String(current),
        typeof current === "number" ? current : undefined, input.type === "boolean" ? "assess-na-forbidden-yes-no" : "assess-na-forbidden");
      if (yearAdded !== undefined && typeof value === "string") ctx.print(message(lang, "assess-date-year-added", { text: terminalSafe(yearAdded, true), date: dateText(value, lang) }));
      // 0,85 copied from an Excel percentage cell is 85 %: asked back (a kept answer is not asked again, nor one
      // typed with the sign, which says which it is).
      if (input.type === "percent" && typeof value === "number" && looksLikeShare(value) && value !== current && !signed) {
        const percent = shareAsPercent(value);
        return asker.select<number>({
          message: message(lang, "assess-percent-share", { text: fmt(value, lang), percent: fmt(percent, lang) }),
          choices: [{ value: percent, name: `${fmt(percent, lang)} %` }, { value, name: `${fmt(value, lang)} %` }],
        }).catch(keepTypedAtExit(ctx, typedText));
      }
      return value;
    }
  }
}

/**
 * "66/68" typed at a fraction's first part, as a form's cell writes it (and validate suggests {a: 66, b: 68} for
 * it in a file), or two cells copied from a spreadsheet (66, a tab, 68: it was "not a number"): both parts, each
 * checked as typed alone, a above b refused; undefined for anything else.
 */
function bothParts(raw: string, parse: (raw: string) => Parsed, lang: Lang): Parsed | undefined {
  const m = /^([^/\t]+)(?:\/|\t+)([^/\t]+)$/u.exec(raw.trim());
  if (!m) return undefined;
  const [a, b] = [parse(m[1]!.trim()), parse(m[2]!.trim())];
  if (a.ok === false) return a;
  if (b.ok === false) return b;
  // 1.200/1.500 households: each part read as the question allows it (1.2 is no whole number); two readings left
  // cannot be asked back for two figures at once, so the parts are then asked one by one.
  let [x, y] = [onlyReading(a, parse), onlyReading(b, parse)];
  // One figure in doubt, the other not: a ≤ b may leave it one reading (1234/2.000 is 1234/2000), said as both are.
  if (x !== undefined && y === undefined) y = onlyReading(b, parse, (r) => r >= x!);
  else if (y !== undefined && x === undefined) x = onlyReading(a, parse, (r) => r <= y!);
  if (x === undefined || y === undefined) return { ok: false, error: message(lang, "assess-fraction-apart") };
  return x <= y ? { ok: true, value: { a: x, b: y } } : { ok: false, error: message(lang, "assess-a-gt-b", { a: x, b: y }) };
}

/** The number a part stands for: as typed, or the one reading of an ambiguous figure the question takes. */
function onlyReading(p: Parsed, parse: (raw: string) => Parsed, fits: (reading: number) => boolean = () => true): number | undefined {
  if (p.ok === true) return p.value as number;
  const readings = p.ok === "ambiguous" ? possibleReadings(p.readings, parse).readings.filter(fits) : [];
  return readings.length === 1 ? readings[0] : undefined;
}

/** a and b numbers, or written in doubt (1.000, given as written: see answerAsWritten); "?" is no answer to offer. */
function isWrittenFraction(v: unknown): v is { a: number | string; b: number | string } {
  // 1,000 too: the text typed kept at Ctrl-C where it was asked which number it is.
  const ok = (x: unknown) => typeof x === "number" || (typeof x === "string" && (doubtfulNumberSource(x) !== undefined || parseNumber(x).kind === "ambiguous"));
  return typeof v === "object" && v !== null && ok((v as { a?: unknown }).a) && ok((v as { b?: unknown }).b);
}

/** A fraction with one half given and the other "?" or empty (b set aside with ?): the half given, the other undefined. */
function halfFraction(v: unknown): { a?: number | string; b?: number | string } | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const { a, b } = v as { a?: unknown; b?: unknown };
  const left = (x: unknown) => x === UNANSWERED || x === null;
  const given = (x: unknown): x is number | string => isWrittenFraction({ a: x, b: x });
  if (given(a) && left(b)) return { a };
  if (left(a) && given(b)) return { b };
  return undefined;
}

function prompts(input: SimpleInput, lang: Lang): string {
  return input.type === "boolean" ? message(lang, "assess-yes-no-prompt") : message(lang, "assess-value");
}

/** `atLeast`: a reading below it is no answer though the input takes it (a fraction's b below a: see typed). */
type Parsed = { ok: true; value: unknown; link?: string } | { ok: false; error: string } | { ok: "ambiguous"; readings: [number, number]; text: string; atLeast?: number };


/**
 * A typed answer: commands, validation in our words, and the ambiguous-number question. `current` is the
 * answer held, as shown for the prompt's default; `kept` the value it stands for, given back as it is when the
 * default is kept (Enter on 12.345 read it again, as 12345 or 12,345, and offered 12345 first).
 */
async function typed(ctx: AskContext, prompt: string, parse: (raw: string) => Parsed, allowNa: boolean, current: string | undefined, kept?: unknown, naForbidden = "assess-na-forbidden"): Promise<unknown> {
  const { asker, lang } = ctx;
  const raw = await asker.text({
    message: prompt,
    ...(current !== undefined ? { default: current } : {}),
    validate: (v) => {
      const command = commandOf(v);
      // A yes/no question is answered có or không: "type a value (0 where there is none)" read oddly there.
      if (command === "na" && !allowNa) return message(lang, ctx.naAtFirstPart ? "assess-na-first-part" : naForbidden);
      if (command) return true;
      if (!v.trim()) return message(lang, "assess-empty-typed");
      const parsed = parse(v);
      if (parsed.ok === "ambiguous") return possibleReadings(parsed.readings, parse).error ?? true;
      return parsed.ok === false ? parsed.error : true;
    },
  });
  const command = commandOf(raw);
  if (command === "na") return NA;
  if (command) throw new Navigate(command);
  if (current !== undefined && kept !== undefined && raw === current) return kept;
  const parsed = parse(raw);
  if (parsed.ok === "ambiguous") {
    // Only readings the input accepts are offered (1.000 for a percentage is 1, never 1000); one left is taken.
    const { readings } = possibleReadings(parsed.readings, parse);
    const above = parsed.atLeast === undefined ? readings : readings.filter((r) => r >= parsed.atLeast!);
    if (readings.length === 2 && above.length === 1) {
      const other = readings.find((r) => r !== above[0])!;
      ctx.print(message(lang, "assess-ambiguous-below-a", { text: parsed.text, value: fmt(above[0]!, lang), other: fmt(other, lang), a: fmt(parsed.atLeast!, lang) }));
      return above[0];
    }
    if (readings.length === 1) {
      // Said, not guessed silently: 1.000 for a count of at most 52 is 1, and the officer who meant 1000 sees why.
      const other = parsed.readings.find((r) => r !== readings[0])!;
      ctx.print(message(lang, "assess-ambiguous-one", { text: parsed.text, value: fmt(readings[0]!, lang), other: fmt(other, lang) }));
      return readings[0];
    }
    const [a, b] = parsed.readings;
    return asker.select<number>({ message: message(lang, "assess-ambiguous", { text: parsed.text, a: fmt(a, lang), b: fmt(b, lang) }), choices: [{ value: a, name: fmt(a, lang) }, { value: b, name: fmt(b, lang) }] })
      .catch(keepTypedAtExit(ctx, parsed.text));
  }
  if (parsed.ok === true && parsed.link !== undefined) ctx.linkTyped?.(parsed.link);
  return parsed.ok ? parsed.value : undefined;
}

/** What text typed at a list that names none of its options picks: the list is asked again, saying so. */
const NOT_LISTED = "__not-listed";

/**
 * A list whose options may be typed then Enter (`named`: the option a text names). Text that names none, neither a
 * key (? later, m the menu) nor the list's own (`listOwn`), is said (`refused`) and the list asked again: left to
 * the list, its search or its cursor took an option, over the answer held, without a word.
 */
async function pickTyped(ctx: AskContext, keys: Record<string, string>, ask: (typed: (text: string) => string | undefined) => Promise<string>, named: (text: string) => string | undefined, listOwn: (text: string) => boolean, refused: (text: string) => string): Promise<string> {
  for (;;) {
    let unknown = "";
    const v = await ask((text) => {
      const option = named(text);
      if (option !== undefined) return option;
      if (Object.hasOwn(keys, text.toLowerCase()) || listOwn(text)) return undefined;
      unknown = text.normalize("NFC");
      return NOT_LISTED;
    });
    if (v !== NOT_LISTED) return v;
    ctx.print(refused(terminalSafe(unknown, true)));
  }
}

/**
 * Ctrl-C at a list asking which number a figure typed is (1.000: 1000 or 1? 0,85: 85 % or 0,85 %?): the figure
 * kept as typed, in quotes, so that no reading is guessed nor read into it by a tool (validate names it), and the
 * next session offers it and asks the list again (it was lost).
 */
function keepTypedAtExit(ctx: AskContext, text: string): (e: unknown) => Promise<never> {
  return async (e) => { if (isPromptExit(e)) await ctx.keepPart?.(text); throw e; };
}

/**
 * The readings of an ambiguous number that pass the input's checks, or the first one's error when none does.
 * Each reading is checked written so that it cannot be read two ways: 1.275 as "1.2750" ("1.275" is as
 * ambiguous as what was typed, and so was dropped: 1,275 was taken as 1275 without asking).
 */
function possibleReadings(readings: [number, number], parse: (raw: string) => Parsed): { readings: number[]; error?: string } {
  const checked = readings.map((r) => parse(String(r).replace(/\.\d{3}$/, "$&0")));
  const ok = readings.filter((_, i) => checked[i]!.ok === true);
  const first = checked[0]!;
  return ok.length > 0 ? { readings: ok } : { readings: [], error: first.ok === false ? first.error : undefined };
}

function fmt(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 6, useGrouping: false });
}

/**
 * A free text trimmed, each run of spaces holding a tab one space: Word copies a bullet or a list's number with a tab
 * after it ("•\tTriển khai"), saved as "\t", which validate then took for a Windows path's backslash.
 */
function withoutTabs(text: string): string {
  return text.replace(/[ \t]*\t[ \t]*/gu, " ").trim();
}

/** "85 phần trăm" is 85 %, as "85 %" is (it was "type the number alone"); without accents too, as typed with Unikey off. */
const PERCENT_IN_WORDS = { vi: "phần trăm, phan tram", en: "percent" };

/** A % sign at the end, full-width (％) too: parseNumber reads that form as it reads ８５. */
const PERCENT_SIGN = /[%\uff05]\s*$/;

/** A part of a fraction: "85 người" where the fraction is counted in người is 85, as for a count (it was "not a number"). */
function nonNegative(raw: string, lang: Lang, whole: boolean, counted: { unit?: { vi: string; en: string } }, wording: readonly string[] = []): Parsed {
  if (PERCENT_SIGN.test(raw)) return { ok: false, error: message(lang, "assess-not-percent") };
  const p = parseNumber(figureInUnit(raw, counted.unit, wording) ?? raw);
  if (p.kind === "invalid") return { ok: false, error: numberRefused(raw, lang, (figure) => nonNegative(figure, lang, whole, counted), whole, counted.unit) };
  if (p.kind === "ambiguous") return { ok: "ambiguous", readings: p.readings, text: raw.trim() };
  if (whole && !Number.isInteger(p.value)) return { ok: false, error: message(lang, "assess-not-integer") };
  return p.value < 0 ? { ok: false, error: message(lang, "assess-below", { min: 0 }) } : { ok: true, value: p.value };
}

/** Over the maximum; an amount typed in the unit's base (450000000 where it counts in triệu đồng) is told the figure to type, as validate tells it of a file. */
function aboveMax(value: number, unit: { vi: string; en: string } | undefined, min: number, max: number, lang: Lang): string {
  const scaled = inUnitsOf(value, unit, min, max);
  if (scaled === undefined || !unit) return message(lang, "assess-above", { max });
  const typed = [String(value), baseUnit(unit[lang])].filter((w) => w !== "").join(" ");
  return message(lang, "assess-above-unit", { max, hint: message(lang, "unit-magnitude", { value: typed, converted: scaled, unit: unit[lang] }) });
}

/**
 * Why typed text is no number: "85 người" (other words than the unit) is told to type the figure alone; where the
 * figure itself is refused (85 where at most 52 are taken, 1,5 where a whole number is), that is said instead: the
 * figure named led to a second refusal.
 */
function numberRefused(raw: string, lang: Lang, check: (figure: string) => Parsed, whole: boolean, unit?: { vi: string; en: string }, notNumber: string = whole ? "assess-invalid-whole-number" : "assess-invalid-number"): string {
  const split = figureAndWords(raw);
  // "1,2 tỷ đồng" where the question counts in triệu đồng: the figure to type, 1200 (it was "not a number").
  const scaled = split ? undefined : magnitudeInUnit(raw, unit);
  const reading = scaled && parseNumber(scaled.figure);
  if (scaled && reading && reading.kind === "ok") {
    const converted = fmt(Math.round(reading.value * scaled.times * 1000) / 1000, lang);
    const checked = check(converted);
    return checked.ok === false ? checked.error : message(lang, "assess-number-magnitude", { typed: terminalSafe(raw.trim(), true), converted, unit: unit ? ` ${unit[lang]}` : "" });
  }
  // Where only whole numbers are taken, the example is one: "e.g. 1000 or 12,5" led to 12,5, then refused.
  // A percentage's example is one (e.g. 1000 is over 100), its figures asked for: "tám mươi lăm" is refused.
  if (!split || parseNumber(split.figure).kind === "invalid") return message(lang, notNumber);
  const checked = check(split.figure);
  if (checked.ok === false) return checked.error;
  if (!unit) return message(lang, "assess-number-with-words", { figure: split.figure });
  // The question's unit named: "type the number alone" did not say that "4 100 hộ" is taken where "4 100 hộ gia
  // đình" is not, nor that "người" is not what is counted.
  return message(lang, "assess-number-other-unit", { figure: split.figure, words: terminalSafe(split.words, true), unit: unit[lang] });
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

/**
 * 66/68 typed for a percentage, as a form's cell writes a share: the percentage it makes (two decimals), to type.
 * Not taken as it is: rounded, it is the officer's figure to give. Undefined for anything else.
 */
function shareTyped(raw: string, lang: Lang): string | undefined {
  const pair = slashFraction(raw);
  if (!pair || pair.b === 0) return undefined;
  const percent = fmt(Math.round((pair.a / pair.b) * 10000) / 100, lang);
  return message(lang, "assess-percent-from-share", { text: raw.trim(), percent });
}

/**
 * A yes/no word, then (after a comma, "tại", "ở", "link:"…) a web address. The word is short (the longest,
 * "không tìm thấy", 14 letters): unbounded, and with \s*:?\s*, a pasted line of 100,000 spaces was tried from
 * each space, 16–35 s.
 */
const YES_NO_THEN_LINK = /^(.{1,40}?)[\s,;:.–—-]*(?:(?:tại|tai|ở|xem|link|đường dẫn|địa chỉ)\s*(?::\s*)?)?((?:https?:\/\/|www\.)\S+)$/iu;

function parseSimple(input: SimpleInput, raw: string, lang: Lang, wording: readonly string[] = []): Parsed {
  switch (input.type) {
    case "boolean": {
      const v = parseYesNo(raw);
      // The page where the item was found, pasted as the answer (un-losi-2022 asks whether the portal has it).
      if (v === undefined && BARE_LINK.test(raw.trim())) return { ok: false, error: message(lang, "answer-yes-no-link") };
      // "có, tại https://…": the answer and where it is, on one line (it was refused as no yes or no); the link is offered next.
      const withLink = YES_NO_THEN_LINK.exec(raw.trim());
      const said = withLink ? parseYesNo(withLink[1]!) : undefined;
      if (v === undefined && said !== undefined) return { ok: true, value: said, link: withLink![2]! };
      return v === undefined ? { ok: false, error: message(lang, "answer-yes-no") } : { ok: true, value: v };
    }
    case "date": {
      // 15/3 where the question takes days of 2025 only: 15/03/2025 (it was "no valid day").
      const year = input.min && input.max && input.min.slice(0, 4) === input.max.slice(0, 4) ? input.min.slice(0, 4) : undefined;
      const v = parseDate(raw) ?? parseDayOfYear(raw, year);
      if (!v) return { ok: false, error: dateRefusal(raw, lang, year) };
      if ((input.min && v < input.min) || (input.max && v > input.max)) return { ok: false, error: message(lang, "assess-date-range", { min: input.min ? dateText(input.min, lang) : "…", max: input.max ? dateText(input.max, lang) : "…" }) };
      return { ok: true, value: v };
    }
    case "text": {
      const v = withoutTabs(raw);
      // Letters as the schema counts them (code points), so that what is taken here passes validate.
      const length = [...v].length;
      if (length < Math.max(1, input.min_length ?? 1)) return { ok: false, error: input.min_length ? message(lang, "assess-too-short", { min: input.min_length }) : message(lang, "assess-required") };
      if (input.max_length !== undefined && length > input.max_length) return { ok: false, error: message(lang, "assess-too-long", { max: input.max_length, count: length }) };
      return { ok: true, value: v };
    }
    case "number": case "percent": case "count": {
      // 80% typed for a count is no count: the sign was dropped and 80 taken.
      if (input.type !== "percent" && !(input.type === "number" && input.unit?.en.includes("%")) && PERCENT_SIGN.test(raw)) return { ok: false, error: message(lang, "assess-not-percent") };
      const p = parseNumber(figureInUnit(raw, input.type === "percent" ? PERCENT_IN_WORDS : input.unit, wording) ?? raw);
      if (p.kind === "invalid" && input.type === "percent") { const share = shareTyped(raw, lang); if (share) return { ok: false, error: share }; }
      if (p.kind === "invalid") {
        const percent = input.type === "percent";
        const whole = input.type === "count" || (input.type === "number" && input.integer === true);
        return { ok: false, error: numberRefused(raw, lang, (figure) => parseSimple(input, figure, lang), whole, percent ? undefined : input.unit, percent ? "assess-invalid-percent" : undefined) };
      }
      // An ambiguous reading is checked once the officer has said which one they meant.
      if (p.kind === "ambiguous") return { ok: "ambiguous", readings: p.readings, text: raw.trim() };
      const min = input.type === "number" ? input.min : 0;
      const max = input.type === "percent" ? 100 : input.max;
      if ((input.type === "count" || (input.type === "number" && input.integer)) && !Number.isInteger(p.value)) return { ok: false, error: message(lang, "assess-not-integer") };
      if (min !== undefined && p.value < min) return { ok: false, error: message(lang, "assess-below", { min }) };
      if (max !== undefined && p.value > max) return { ok: false, error: aboveMax(p.value, input.type === "percent" ? undefined : input.unit, min ?? 0, max, lang) };
      return { ok: true, value: p.value };
    }
    default: return { ok: false, error: message(lang, "assess-required") };
  }
}

/** Evidence items: the rubric's minimum is enforced when the answer earns points; optional ones are offered. */
async function askEvidence(ctx: AskContext, indicator: Indicator, value: unknown, current: EvidenceItem[], added: (items: EvidenceItem[]) => Promise<void>, typedLink?: string): Promise<EvidenceItem[]> {
  const rule = indicator.evidence;
  if (!rule || !claimsPoints(indicator, value)) return current;
  const { asker, lang } = ctx;
  const min = rule.required ? (rule.min ?? 1) : 0;
  // An answer asked again (changed from the menu) has its evidence already: kept unless the officer says otherwise.
  // Listed first: "keep 2 items?" alone left the officer to remember which (the file's texts shown, not obeyed).
  for (const item of current) ctx.print(`  · ${terminalSafe(documentLabel(item, lang), true)}`);
  const keepCurrent = current.length > 0 && (await asker.confirm({ message: message(lang, "assess-evidence-keep", { count: current.length }), default: true }));
  const items = keepCurrent ? current.map((item) => ({ ...item })) : [];
  const fields = rule.fields ?? [];
  const required = (field: EvidenceField) => fields.includes(field) || (fields.length === 0 && field === "title");
  // The new item being typed, not yet among `items`; typedSince: a field given since the last save.
  let pending: EvidenceItem | undefined;
  let typedSince = false;
  // What was typed of an item before ? or m or Ctrl-C is saved, its missing fields asked when the question comes back: it was dropped.
  const keepTyped = async () => { if (typedSince) await added(pending ? [...items, pending] : [...items]); };
  // A document's day typed without its year (15/3) is that day of the rubric's period, said, as at a date question (it was "no valid day").
  const periodYear = /^\d{4}$/u.test(ctx.rubric.period) ? ctx.rubric.period : undefined;
  const documentDate = (text: string) => parseDate(text) ?? parseDayOfYear(text, periodYear);
  // Fields read from a whole citation typed at the number, offered at their own questions (Enter keeps them).
  const fromCitation = new Map<EvidenceField, string>();
  // The link typed with the answer, offered at the first new document's link (Enter keeps it).
  if (typedLink !== undefined) { fromCitation.set("link", typedLink); ctx.print(message(lang, "assess-link-offered", { where: message(lang, "assess-link-at-evidence") })); }
  const ask = async (item: EvidenceItem, field: EvidenceField) => {
    const offered = fromCitation.get(field);
    const text = await asker.text({
      // "Enter to skip" is not said where Enter keeps what is offered.
      message: message(lang, `evidence-${field}`) + (required(field) || offered !== undefined ? "" : message(lang, "evidence-optional-field")),
      ...(offered !== undefined ? { default: offered } : {}),
      validate: (v) => {
        if (v.trim() === UNANSWERED || commandOf(v) === "menu") return true;
        if (!v.trim()) return required(field) ? message(lang, "assess-empty-typed") : true;
        if (field === "date" && !documentDate(v)) return dateRefusal(v, lang, periodYear);
        // A slip in a web address ("www.…", "htps://…"), two addresses in one, a pasted invisible character or a
        // javascript: link: typed again, told what to write. An address that may be right after all (it does not
        // parse) is taken, and validate warns.
        const broken = field === "link" ? brokenLink(v) : undefined;
        return broken && broken.code !== "evidence-link-broken" ? message(lang, broken.code, { ...broken, link: v.trim() }) : true;
      },
    }).catch(async (e: unknown) => { if (isPromptExit(e)) await keepTyped(); throw e; });
    // "?" here too is "later": the value stays saved, the evidence is asked when the question comes back
    // (it was saved as evidence "?", which passed every check).
    // m opens the menu here too (it was saved as the document's number "m").
    if (text.trim() === UNANSWERED || commandOf(text) === "menu") {
      await keepTyped();
      ctx.print(message(lang, typedSince ? "assess-evidence-later-typed" : "assess-evidence-later"));
      throw new Navigate(text.trim() === UNANSWERED ? "skip" : "menu");
    }
    // A number's pasted lookalikes (‑ U+2011, a dash, a no-break space) saved as the keyboard's, as a figure's are: a title keeps its typography.
    // "45/BC-UBND ngày 10/01/2025 về …" pasted at the number (as documents cite each other): the number alone is
    // saved, its date and title offered next (the whole sentence was saved as the number, the date asked as if not given).
    const cited = field === "number" ? citationAtNumber(text) : undefined;
    if (cited) {
      // Held in the item at once too: Ctrl-C at the date keeps them.
      item.number = plainSpaces(plainDashes(cited.number));
      if (cited.date !== undefined) { item.date = cited.date; fromCitation.set("date", dateText(cited.date, lang)); }
      if (cited.title !== undefined) { item.title = cited.title; fromCitation.set("title", cited.title); }
      ctx.print(message(lang, "assess-evidence-citation-split", { number: terminalSafe(item.number, true) }));
    } else if (text.trim()) item[field] = field === "date" ? documentDate(text)! : field === "number" ? plainSpaces(plainDashes(text)).trim() : text.trim();
    else delete item[field];
    fromCitation.delete(field);
    if (field === "date" && text.trim() && parseDate(text) === undefined) ctx.print(message(lang, "assess-date-year-added", { text: terminalSafe(text.trim(), true), date: dateText(item.date!, lang) }));
    typedSince = true;
  };
  const unfit = (item: EvidenceItem) => unfitFields(item, rule);
  // A kept item the rubric's rule refuses (a hand edit) has those fields asked, or keeping it would leave the
  // file invalid, asked again at every resume.
  for (const [i, item] of items.entries()) {
    const wrong = unfit(item);
    if (wrong.length === 0) continue;
    ctx.print(message(lang, "assess-evidence-incomplete", { n: i + 1, fields: wrong.map((f) => message(lang, `evidence-${f}`)).join(", ") }));
    for (const field of wrong) await ask(item, field);
    await added([...items]);
    typedSince = false;
  }
  // Kept items: the loop below offers to add another.
  while (items.length < min || (await asker.confirm({ message: message(lang, items.length === 0 ? "assess-evidence-add" : "assess-evidence-more"), default: false }))) {
    // The minimum is said while it is not met: an optional further item is not "at least 1 needed".
    ctx.print(message(lang, "assess-evidence-heading", { n: items.length + 1, min: items.length < min ? message(lang, "assess-evidence-min", { min }) : "" }));
    const cited = await citedDocument(ctx, indicator, items, (number) => fromCitation.set("number", number));
    const item: EvidenceItem = cited ?? {};
    pending = item;
    // A document cited elsewhere is taken as it is, only the fields this indicator asks for besides asked.
    for (const field of cited ? unfit(item) : EVIDENCE_FIELDS) await ask(item, field);
    items.push(item);
    pending = undefined;
    await added([...items]);
    typedSince = false;
  }
  return items;
}

/**
 * A copy of a document another answer cites, chosen from a list, or undefined for a new one (the list's first
 * choice, Enter). Not offered when no other answer cites a document this one does not hold already.
 */
async function citedDocument(ctx: AskContext, indicator: Indicator, held: EvidenceItem[], newNumber: (typed: string) => void): Promise<EvidenceItem | undefined> {
  const { asker, lang } = ctx;
  // One held already is not offered, filled in here or not (a date added to the copy made it another document).
  const others = (ctx.documents?.(indicator.code) ?? []).filter((d) => !held.some((h) => sameDocument(h, d.item) || holdsAllOf(h, d.item)));
  if (others.length === 0) return undefined;
  const chosen = await asker.select<number>({
    message: message(lang, "assess-evidence-source"),
    choices: [
      { value: -1, name: message(lang, "assess-evidence-new") },
      // The file's texts and codes (a hand edit's, a file received) shown, not obeyed: an escape sequence in a
      // title would clear the screen or set the window's title, a bidi override reorder the list.
      // The link goes under the highlighted one: beside the title it took three lines a document at 80 columns.
      ...others.map((d, i) => ({ value: i, name: terminalSafe(documentLabel(d.item, lang), true), description: terminalSafe([message(lang, "assess-evidence-cited-at", { codes: d.codes.join(", ") }), ...(d.item.link ? [d.item.link] : [])].join(" · "), true) })),
    ],
    default: -1,
    // ? and m then Enter, as at the number typed next: the Enter took "a new document" under the cursor.
    keys: { "?": LATER, m: MENU },
    // A number typed then Enter: the listed document of that number, else a new one, the text offered at its number
    // (it was dropped: the list's search matched nothing, Enter took "a new document", the number asked as if never
    // typed). Text a listed document's label begins with is left to the list's search.
    typed: (text) => {
      if (text === "?" || text.toLowerCase() === "m") return undefined;
      const listed = others.findIndex((d) => sameField(d.item.number, text));
      if (listed >= 0) return listed;
      if (others.some((d) => documentLabel(d.item, lang).toLowerCase().startsWith(text.toLowerCase()))) return undefined;
      newNumber(text);
      return -1;
    },
  });
  if (chosen === LATER || chosen === MENU) {
    ctx.print(message(lang, "assess-evidence-later"));
    throw new Navigate(chosen === LATER ? "skip" : "menu");
  }
  return chosen < 0 ? undefined : { ...others[chosen]!.item };
}

/** What ? and m pick at the list of documents cited elsewhere. */
const LATER = -2;
const MENU = -3;

/** A document as the list shows it: number · date · title, those it has (the link where it has nothing else). */
function documentLabel(item: EvidenceItem, lang: Lang): string {
  // A hand edit may leave a field as a number or a list: shown as text, never a crash.
  const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  const named = [text(item.number), typeof item.date === "string" ? dateText(item.date, lang) : text(item.date), text(item.title)].filter((t) => t !== undefined && t !== "");
  return (named.length > 0 ? named : [text(item.link) ?? ""]).join(" · ");
}

/** Whether `held` has every field of `offered`, the same (and perhaps more, filled in when it was taken). */
function holdsAllOf(held: EvidenceItem, offered: EvidenceItem): boolean {
  return EVIDENCE_FIELDS.every((f) => offered[f] === undefined || sameField(held[f], offered[f]));
}

/** The option an answer names, preselected: its id, or a label written by hand in its place (validate's "did you mean"). */
function choiceDefault(options: readonly { id: string; label: { vi: string; en: string } }[], current: unknown): { default?: string } {
  if (typeof current !== "string") return {};
  const id = options.some((o) => o.id === current) ? current : labelledId(options, current);
  return id === undefined ? {} : { default: id };
}

/** The level an answer names, preselected: the number, or `Mức 3` / `Hình thành` written by hand (validate's "did you mean 3?"). */
function levelDefault(input: Extract<SimpleInput, { type: "level" }>, current: unknown): { default?: string } {
  const level = typeof current === "number" ? current : typeof current === "string" ? levelForText(input, current) : undefined;
  return level === undefined ? {} : { default: String(level) };
}
