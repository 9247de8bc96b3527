import { UNANSWERED } from "../core/agency.js";
import { looksLikeShare, shareAsPercent } from "../core/check-agency.js";
import type { Input, Lang, SimpleInput } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { dateText } from "../report/format-number.js";
import { numberText } from "../core/number-text.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { answerFormat, futureDayNote } from "./describe.js";
import { labelledId, levelForText } from "../core/label-id.js";
import { parseDate } from "./parse-number.js";
import { figureInUnit } from "../core/number-words.js";
import { HELD_NA, NA, NA_WORD, Navigate, type AskContext } from "./ask-context.js";
import { parseSimple, PERCENT_IN_WORDS, PERCENT_SIGN } from "./parse-answer.js";
import { keepTypedAtExit, pickTyped, typed } from "./typed-answer.js";
import { askFraction } from "./fraction-answer.js";

/** The value of one input; commands become Navigate, N/A becomes the NA marker. */
export async function askValue(ctx: AskContext, input: Input, current: unknown, allowNa: boolean): Promise<unknown> {
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
    case "fraction": return askFraction(ctx, input, current, allowNa);
    default: {
      // "?" (answer later, also what a question flagged before it was answered holds) is no answer to offer: Enter would skip.
      // Kept as it is only when it is a number: text a hand edit left ("12,5" for a percentage) is read again, to mend it.
      // Whether the answer taken was typed with its % sign: "0,85 %" says a percentage, where "0,85" may be a share.
      let signed = false;
      // A day typed without its year (15/8), the question's year added: said, with the date taken (it was silent).
      let yearAdded: string | undefined;
      // The figure as typed, kept at Ctrl-C at the list asking 85 % or 0,85 % (see keepTypedAtExit).
      let typedText = "";
      const value = await typed(ctx, valuePrompt(input, lang), (raw) => {
        typedText = raw.trim();
        // The full-width sign (％, from a Vietnamese IME) says a percentage as % does.
        signed = PERCENT_SIGN.test(raw) || figureInUnit(raw, PERCENT_IN_WORDS) !== undefined;
        yearAdded = input.type === "date" && parseDate(raw) === undefined ? raw.trim() : undefined;
        return parseSimple(input, raw, lang, ctx.wording);
      }, allowNa,
        current === HELD_NA ? NA_WORD : current === undefined || current === null || current === "?" ? undefined : input.type === "date" ? dateText(String(current), lang)
          // A yes/no kept is shown as the officer answers it (có / không), not as the file writes it (true).
          : typeof current === "boolean" ? message(lang, current ? "yes" : "no")
          : typeof current === "number" ? numberText(current, lang) : String(current),
        typeof current === "number" ? current : undefined, input.type === "boolean" ? "assess-na-forbidden-yes-no" : "assess-na-forbidden");
      if (yearAdded !== undefined && typeof value === "string") ctx.print(message(lang, "assess-date-year-added", { text: terminalSafe(yearAdded, true), date: dateText(value, lang) }));
      // A day after today (15/10/2025 typed on 01/09/2025, a plan's issue date): said, kept (it was taken without a word).
      const future = input.type === "date" && typeof value === "string" && value !== current ? futureDayNote(value, typedText, ctx.today, lang) : undefined;
      if (future) ctx.print(future);
      // 0,85 copied from an Excel percentage cell is 85 %: asked back (a kept answer is not asked again, nor one
      // typed with the sign, which says which it is).
      if (input.type === "percent" && typeof value === "number" && looksLikeShare(value) && value !== current && !signed) {
        const percent = shareAsPercent(value);
        return asker.select<number>({
          message: message(lang, "assess-percent-share", { text: numberText(value, lang), percent: numberText(percent, lang) }),
          choices: [{ value: percent, name: `${numberText(percent, lang)} %` }, { value, name: `${numberText(value, lang)} %` }],
        }).catch(keepTypedAtExit(ctx, typedText));
      }
      return value;
    }
  }
}

/** What a typed question asks: yes or no (c/k) for a yes/no, the value otherwise. */
function valuePrompt(input: SimpleInput, lang: Lang): string {
  return input.type === "boolean" ? message(lang, "assess-yes-no-prompt") : message(lang, "assess-value");
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
