import { message } from "../i18n/messages.js";
import { numberText } from "../core/number-text.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { isPromptExit } from "../prompts/prompt-exit.js";
import { commandOf, NA, Navigate, type AskContext } from "./ask-context.js";
import { possibleReadings, type Parsed } from "./parse-answer.js";

/**
 * A typed answer: commands, validation in our words, and the ambiguous-number question. `current` is the
 * answer held, as shown for the prompt's default; `kept` the value it stands for, given back as it is when the
 * default is kept (Enter on 12.345 read it again, as 12345 or 12,345, and offered 12345 first).
 */
export async function typed(ctx: AskContext, prompt: string, parse: (raw: string) => Parsed, allowNa: boolean, current: string | undefined, kept?: unknown, naForbidden = "assess-na-forbidden"): Promise<unknown> {
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
      if (parsed.ok !== false) return true;
      // "chưa có số liệu" where N/A is taken (the guidance says "no figures: not applicable"): na named, it was only "not a number".
      return allowNa && !/\p{Nd}/u.test(v) ? message(lang, "assess-or-na", { error: parsed.error }) : parsed.error;
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
      ctx.print(message(lang, "assess-ambiguous-below-a", { text: parsed.text, value: numberText(above[0]!, lang), other: numberText(other, lang), a: numberText(parsed.atLeast!, lang) }));
      return above[0];
    }
    if (readings.length === 1) {
      // Said, not guessed silently: 1.000 for a count of at most 52 is 1, and the officer who meant 1000 sees why.
      const other = parsed.readings.find((r) => r !== readings[0])!;
      ctx.print(message(lang, "assess-ambiguous-one", { text: parsed.text, value: numberText(readings[0]!, lang), other: numberText(other, lang) }));
      return readings[0];
    }
    const [a, b] = parsed.readings;
    return asker.select<number>({ message: message(lang, "assess-ambiguous", { text: parsed.text, a: numberText(a, lang), b: numberText(b, lang) }), choices: [{ value: a, name: numberText(a, lang) }, { value: b, name: numberText(b, lang) }] })
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
export async function pickTyped(ctx: AskContext, keys: Record<string, string>, ask: (typed: (text: string) => string | undefined) => Promise<string>, named: (text: string) => string | undefined, listOwn: (text: string) => boolean, refused: (text: string) => string): Promise<string> {
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
export function keepTypedAtExit(ctx: AskContext, text: string): (e: unknown) => Promise<never> {
  return async (e) => { if (isPromptExit(e)) await ctx.keepPart?.(text); throw e; };
}
