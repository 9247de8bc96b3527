import { UNANSWERED } from "../core/agency.js";
import type { Input, Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { numberText } from "../core/number-text.js";
import { isPromptExit } from "../prompts/prompt-exit.js";
import { shareWordsSlashed, slashFraction } from "../core/number-words.js";
import { doubtfulNumberSource } from "../load/number-source.js";
import { parseNumber } from "./parse-number.js";
import { HELD_NA, NA, NA_WORD, Navigate, type AskContext } from "./ask-context.js";
import { nonNegative, possibleReadings, type Parsed } from "./parse-answer.js";
import { typed } from "./typed-answer.js";

/** A fraction's a and b, asked one after the other (or both typed at a), a above b refused; commands become Navigate. */
export async function askFraction(ctx: AskContext, input: Extract<Input, { type: "fraction" }>, current: unknown, allowNa: boolean): Promise<unknown> {
  const { lang } = ctx;
  const parse = (raw: string) => nonNegative(raw, lang, input.integer === true, input, ctx.wording);
  // Named as the questions ask them (a = …, b = …): "numerator" and "denominator" are words no question uses.
  // b = 0 refused: na named only where the indicator takes it (it said "answer N/A where allowed" of one that never does).
  const zeroRefused = () => ctx.print(message(lang, allowNa ? "assess-zero-denominator-na" : "assess-zero-denominator"));
  const aAboveB = (a: number, b: number) => message(lang, "assess-a-gt-b", { a, b, numerator: input.numerator[lang], denominator: input.denominator[lang] });
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
    const a = await typed({ ...ctx, keepPart: keepA }, `a = ${input.numerator[lang]}`, (raw) => bothParts(raw, parse, lang, aAboveB) ?? parse(raw), allowNa, current === HELD_NA && !refused ? NA_WORD : offered(prior?.a), keptNumber(prior?.a));
    if (a === NA) return NA;
    if (isWrittenFraction(a)) {
      // Refused before it is said taken (it read "Taken as a = 0, b = 0", then refused).
      if (a.b === 0 && input.zero_denominator === "invalid") { zeroRefused(); continue; }
      ctx.print(message(lang, "assess-fraction-both", { a: shown(a.a), b: shown(a.b) }));
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
    // a is offered again, b (the slip) not: a typed before was asked again with nothing offered, to be typed anew.
    if (b === 0 && input.zero_denominator === "invalid") { zeroRefused(); prior = { a: a as number }; refused = true; continue; }
    if ((a as number) <= (b as number)) return { a, b };
    ctx.print(aAboveB(a as number, b as number));
    prior = { a: a as number, b: b as number };
    refused = true;
  }
}

/**
 * "66/68" typed at a fraction's first part, as a form's cell writes it (and validate suggests {a: 66, b: 68} for
 * it in a file), or said in words ("66 trên 68", "66 of 68": it was "not a number"), or two cells copied from a spreadsheet (66, a tab, 68: it was "not a number"): both parts, each
 * checked as typed alone, a above b refused; undefined for anything else.
 */
function bothParts(raw: string, parse: (raw: string) => Parsed, lang: Lang, aAboveB: (a: number, b: number) => string): Parsed | undefined {
  const m = /^([^/\t]+)(?:\/|\t+)([^/\t]+)$/u.exec(shareWordsSlashed(raw.trim()));
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
  return x <= y ? { ok: true, value: { a: x, b: y } } : { ok: false, error: aAboveB(x, y) };
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
