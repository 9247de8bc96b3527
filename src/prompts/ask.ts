/** The only module that imports inquirer: intention-named questions, in our language, rendered on stderr. */
import { checkbox, input, select, Separator } from "@inquirer/prompts";
import type { Lang } from "../core/rubric.js";
import { parseYesNo } from "../assess/parse-number.js";
import { hasMessage, message } from "../i18n/messages.js";
import stringWidth from "string-width";
import { styleText } from "node:util";
import { wrapForTerminal, wrapWidth, wrapWords } from "../report/wrap.js";
import { JOB_CONTROL, pasteAsOneLine } from "./paste-lines.js";
import { typedLine } from "./typed-line.js";
import { withLineAtExit } from "./prompt-exit.js";
import { curlyQuotedText } from "../core/quoted-texts.js";
import { fitChoices } from "./fit-choices.js";

// Node ignores SIGXFSZ, so a save past a file-size limit (ulimit -f, a quota that says so) fails with EFBIG, which
// assess says and offers to try again. inquirer's exit hook (signal-exit) re-raises it when no other listener is
// there: the session was killed in mid-save, silently, an empty lock left beside the agency file.
if (process.platform !== "win32") process.on("SIGXFSZ", () => {});
import { terminalSafe } from "../report/terminal-safe.js";
import { cleanUpOnInterrupt } from "../io/interrupt-cleanup.js";

export interface Choice<T> { value: T; name: string; description?: string; disabled?: boolean | string }

export interface Asker {
  text(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  /**
   * `keys`: a key typed then Enter picks its value (? for "answer later", as typed questions take it), whatever the
   * cursor is on. `typed`: the text typed since the cursor last moved, then Enter, picks the value it gives (a
   * question's code in a long list); undefined leaves Enter to the list. Asked at each key too, to put the cursor on
   * the option named (`entered` false), so a side effect waits for Enter's (`entered` true, or not given).
   */
  select<T>(options: { message: string; choices: (Choice<T> | "separator")[]; default?: T; keys?: Record<string, T>; typed?: (text: string, entered?: boolean) => T | undefined }): Promise<T>;
  checkbox<T>(options: { message: string; choices: (Choice<T> & { checked?: boolean })[]; validate?: (values: T[]) => true | string; keys?: Record<string, T> }): Promise<T[]>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

/** `color`: false for --no-color (inquirer colours its prompts unless NO_COLOR is set). */
export function makeAsker(lang: Lang, streams: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {}, color = true): Asker {
  const context = { input: streams.input ?? process.stdin, output: streams.output ?? process.stderr, clearPromptOnDone: false };
  const themed = (style: Record<string, unknown> = {}) => (color ? { style } : { ...PLAIN, style: { ...PLAIN.style, ...style } });
  // A long question (a save to try again, what a hand edit broke) wrapped at spaces on a terminal: inquirer
  // cuts its lines at the edge, inside a word. Two columns for its "? " before the message.
  const output = context.output as { isTTY?: boolean; columns?: number; rows?: number };
  const terminal = output.isTTY ? output : {};
  // Read at each question: the terminal may have been resized since the last.
  const width = () => wrapWidth(terminal.columns);
  // Key hints of select and checkbox ("↑↓ navigate"), in our language; a narrow terminal breaks them
  // between two keys, not inside a word ("xác" / "nhận").
  const keysHelpTip = (keys: [string, string][]) => joinWithin(keys.map(([key, label]) => `${key} ${hasMessage(`key-${label}`) ? message(lang, `key-${label}`) : label}`), " · ", width());
  // The answer is shown after the question's last line once given ("✔ question answer"): that line leaves it
  // `room` columns (the longest choice, up to half a line; a typed answer's usual length), or inquirer cuts
  // the answer mid-word. A question that leaves less ends with ANSWER_BELOW (see roomForAnswer).
  const wrap = (text: string, room = 24) => (terminal.columns ? roomForAnswer(wrapForTerminal(text, terminal.columns - 2), terminal.columns - 3, Math.min(room, Math.floor(terminal.columns / 2))) : text);
  // A question ending with ANSWER_BELOW keeps that line break where `below` says, given inquirer's status ("done"
  // once answered); elsewhere it is drawn without it. Bold, as inquirer draws a question in colour.
  const drawn = (question: string, below: (status: string) => boolean) => {
    const bare = question.endsWith(ANSWER_BELOW) ? question.slice(0, -ANSWER_BELOW.length) : question;
    const paint = color ? (text: string) => styleText("bold", text) : same;
    return { message: (_: string, status: string) => paint(below(status) ? question : bare) };
  };
  // A list's choices go right under its question; the choice made, under it once answered.
  const listed = (status: string) => status === "done";
  // A list's options fitted to the terminal (see fitChoices), its separators kept in place.
  const fitted = <C extends { name: string; description?: string }>(choices: (C | "separator")[], lead: number, hang = 0) => {
    const options = choices.filter((c): c is C => c !== "separator");
    const fit = fitChoices(options, width(), lead, pageSize(), hang, choices.length - options.length);
    return choices.map((c) => (c === "separator" ? c : fit[options.indexOf(c)]!));
  };
  // A list shows at most 12 choices, fewer on a short terminal: the question's lines above it (its code and
  // title, guidance, format) would otherwise scroll out of sight under a long checklist.
  const pageSize = () => (terminal.rows ? Math.max(5, Math.min(12, terminal.rows - 14)) : 12);
  // Every question stops, as Ctrl-C stops it, on Ctrl-D at an empty answer (see stopAtEndOfInput).
  // Every question takes keys again after Ctrl-Z and `fg` (see readAgainAfterStop).
  // A list hides the cursor while it is asked; a `kill` or a closed terminal then ended the run before inquirer
  // showed it again, and the shell's prompt had no cursor. It is shown on such an exit.
  const ask = <T>(question: (ctx: typeof context & { signal: AbortSignal }) => Promise<T>, ctx: typeof context = context): Promise<T> => {
    const end = stopAtEndOfInput(ctx.input);
    const again = readAgainAfterStop(ctx.input);
    const forget = output.isTTY ? cleanUpOnInterrupt(() => void context.output.write(SHOW_CURSOR)) : () => {};
    const pending = question({ ...ctx, signal: end.signal });
    end.listen();
    return pending.finally(() => { end.done(); again.done(); forget(); });
  };
  // A typed question (a text, a yes/no) reads the terminal through pasteAsOneLine: a paste of several lines is one
  // answer, and lines typed before the question is drawn are kept for it. Bracketed paste is asked of a terminal
  // that draws (no escape means anything under TERM=dumb).
  const typed = <T>(question: (ctx: typeof context & { signal: AbortSignal }) => Promise<T>): Promise<T> => {
    const marksPastes = output.isTTY === true && process.env.TERM !== "dumb";
    const paste = context.input === process.stdin && process.stdin.isTTY ? pasteAsOneLine(process.stdin, marksPastes ? context.output : undefined) : undefined;
    const asked = ask(question, paste ? { ...context, input: paste.input } : context).finally(() => paste?.done());
    // inquirer listens to a terminal's keys from its next check phase on (keys read before it are dropped, as
    // stale): queued after its own, this hands over what was typed before the question was drawn.
    if (paste) setImmediate(paste.listening);
    return asked;
  };
  return {
    text: (o) => {
      const question = wrap(o.message);
      // A long default offered "(…)" (a saved note) and the answer shown once given (a pasted note) are wrapped
      // at spaces after the question's last line, as a chosen option is: the terminal cut them inside a word
      // ("th" / "uê bao"). The line being typed is inquirer's own.
      const after = (text: string, paint: (line: string) => string) => answerAfter(text, question, width()).split("\n").map(paint).join("\n");
      // inquirer's line holds one line: Tab put a saved note of several lines into it through readline, whose
      // line breaks each ended the line, and an edit kept only the last. The note is offered on one line, its
      // breaks made spaces as a paste's are; kept unedited (Enter, or Tab then Enter), it is the note as saved.
      // Shown, not obeyed: a note from the file (a hand edit, a file received) may hold escape sequences.
      const offered = o.default === undefined ? undefined : terminalSafe(o.default.replace(/[\r\n]+/g, " ").trim());
      // A saved default kept with Enter is no typed line: a hand-written note of several lines keeps its breaks.
      // A text pasted from Word wholly in its curly quotes (“Kế hoạch số 5”) is the text inside them, shown so: saved
      // with them, validate warned of the very file assess wrote (text-in-quotes), and a link in them opened nothing.
      const answered = (value: string) => (offered !== undefined && value === offered ? o.default!.normalize("NFC") : withoutCurlyQuotes(typedLine(value)));
      // The answer given, as Enter gave it to validate: nothing given (Enter to skip) leaves no empty line below.
      let given = "";
      // The line as it stands, carried on Ctrl-C's error: a note half typed is kept, not lost (see lineAtExit).
      let line = "";
      const shownAnswer = (text: string) => after(terminalSafe(answered(text)), color ? (l) => styleText("cyan", l) : same);
      return typed((c) => input({
        message: question,
        ...(offered !== undefined ? { default: offered } : {}),
        theme: themed({
          message: drawn(question, (status) => status !== "done" || given.trim() !== "").message,
          answer: shownAnswer,
          defaultAnswer: (text: string) => after(`(${text})`, color ? (l) => styleText("dim", l) : same),
        }),
        // Given, inquirer draws the answer with the theme's only where no transformer is: so here too.
        transformer: (value: string, { isFinal }: { isFinal: boolean }) => { line = value; return isFinal ? shownAnswer(value) : value; },
        validate: (value: string) => { given = answered(value); const said = o.validate ? o.validate(given) : true; return said === true ? true : wrap(said, 0); },
      }, c)).then(answered, (e: unknown) => { throw line.trim() ? withLineAtExit(e, answered(line)) : e; });
    },
    select: <T>(o: { message: string; choices: (Choice<T> | "separator")[]; default?: T; keys?: Record<string, T>; typed?: (text: string, entered?: boolean) => T | undefined }) => {
      const question = wrap(o.message, Math.max(0, ...o.choices.map((c) => (c === "separator" ? 0 : stringWidth(c.name)))));
      const choices = fitted(o.choices, 2, 2).map((c) => (c === "separator" ? new Separator() : { ...c, short: answerAfter(c.short, question, width()) }));
      // Picked by a key or a typed code: the answered line inquirer draws for Enter, the option picked after the question.
      const answered = (value: T) => {
        const chosen = choices.find((c): c is Exclude<typeof c, Separator> => !(c instanceof Separator) && c.value === value);
        const paint = (style: "green" | "cyan", text: string) => (color ? styleText(style, text) : text);
        return chosen && `${paint("green", PLAIN.prefix.done)} ${drawn(question, listed).message("", "done")} ${paint("cyan", chosen.short)}\n`;
      };
      // An option's place as inquirer counts it for a digit typed (from 1, separators left out).
      const options = choices.filter((c): c is Exclude<typeof c, Separator> => !(c instanceof Separator));
      const placeOf = (value: T) => options.findIndex((c) => c.value === value) + 1 || undefined;
      return ask((c) => withKeys(o.keys, c, (k) => select<T>({
        message: question,
        choices,
        ...(o.default !== undefined ? { default: o.default } : {}),
        pageSize: pageSize(),
        theme: themed({ keysHelpTip, ...drawn(question, listed) }),
      }, k), undefined, o.typed, answered, placeOf));
    },
    checkbox: <T>(o: { message: string; choices: (Choice<T> & { checked?: boolean })[]; validate?: (values: T[]) => true | string; keys?: Record<string, T> }) => {
      const question = wrap(o.message);
      return ask((c) => withKeys(o.keys, c, (k) => checkbox<T>({
        message: question,
        choices: fitted(o.choices, 3) as (Choice<T> & { checked?: boolean; short: string })[],
        pageSize: pageSize(),
        theme: themed({ keysHelpTip, ...drawn(question, listed), renderSelectedChoices: (chosen: readonly { short: string }[]) => answerAfter(chosen.map((c) => c.short).join(", "), question, width()) }),
        ...(o.validate ? { validate: (items: readonly { value: T }[]) => o.validate!(items.map((i) => i.value)) } : {}),
      }, k), (v) => [v]));
    },
    // Typed like the yes/no questions of the rubric: có, co, c, không, khong, k, y, n… (inquirer's
    // confirm matched prefixes of "Có" and "Không", so "co" and "khong" typed without diacritics failed).
    confirm: (o) => {
      const fallback = o.default ?? true;
      return typed((c) => input({
        message: wrap(`${o.message} (${fallback ? message(lang, "yes-no-default-yes") : message(lang, "yes-no-default-no")})`, 6),
        theme: themed(),
        // Once answered, the line shows what Enter chose (it showed nothing after the question).
        transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal && typedLine(value).trim() === "" ? message(lang, fallback ? "yes" : "no") : value),
        validate: (value: string) => typedLine(value).trim() === "" || parseYesNo(typedLine(value), lang) !== undefined || message(lang, "answer-yes-no"),
      }, c)).then((value) => (typedLine(value).trim() === "" ? fallback : parseYesNo(typedLine(value), lang)!));
    },
  };
}

const same = (text: string) => text;
const SHOW_CURSOR = "\x1b[?25h";
/** Inquirer's marks and styles without colour: its own are coloured when the theme is made. */
const PLAIN = {
  prefix: { idle: "?", done: "✔" },
  icon: { cursor: "❯", checked: "◉", unchecked: "◯", disabledChecked: "◎", disabledUnchecked: "-" },
  style: {
    answer: same, message: same, help: same, highlight: same, disabled: same, description: same,
    error: (text: string) => `> ${text}`, defaultAnswer: (text: string) => `(${text})`, key: (text: string) => `<${text}>`,
  },
};

/**
 * A list that takes the typed questions' commands: `?` (or m) then Enter picks the value `keys` gives it. A list
 * read no such key, and the Enter that followed picked the option under the cursor: at a choice the first (full
 * marks), at a checklist "none ticked" and then "None of them", saved. Heard before the list's own keys (so the
 * Enter does not pick), any other key in between forgets it. `picked` turns the value into the list's answer.
 */
function withKeys<T, A>(keys: Record<string, T> | undefined, ctx: KeyedContext, question: (ctx: KeyedContext) => Promise<A>, picked: (value: T) => A = (v) => v as unknown as A, typedPick?: (text: string, entered?: boolean) => T | undefined, answered?: (value: T) => string | undefined, placeOf?: (value: T) => number | undefined): Promise<A> {
  if (!keys && !typedPick) return question(ctx);
  const controller = new AbortController();
  // Read by inquirer as the question ends: erased when picked here and `answered` gives the line to draw instead.
  const inner: KeyedContext = { ...ctx, signal: controller.signal, clearPromptOnDone: false };
  let said: string | undefined;
  const stop = () => controller.abort();
  ctx.signal.addEventListener("abort", stop);
  // `typed`: the last key, when it is one of `keys`; `line`: what was typed since the cursor last moved (a code).
  let typed: string | undefined, line = "", chosen: { value: T } | undefined, replaying = false;
  // inquirer forgets the digits typed 700 ms after the last key (its place search starts again): 2, a pause, then 3
  // put its cursor on the third option while `line` read 23, and Enter refused "mức 23". Forgotten here as there where
  // they name an option, by a timer of the same length set just before inquirer's, so that both have fired or neither
  // at the next key.
  let forget: ReturnType<typeof setTimeout> | undefined;
  // inquirer moves the cursor to the option at the place a number typed gives (3: the third, Mức 2 where levels
  // count from 0), while Enter picks what `typedPick` reads in it (Mức 3): the screen showed one and saved the
  // other. Once inquirer has read the digit, its number is typed again as the place of the option Enter picks.
  const showPicked = (place: number) => process.nextTick(() => {
    if (controller.signal.aborted) return;
    replaying = true;
    ctx.input.emit("keypress", undefined, { name: "backspace", sequence: "\x7f", ctrl: false, meta: false, shift: false });
    for (const digit of String(place)) ctx.input.emit("keypress", digit, { name: digit, sequence: digit, ctrl: false, meta: false, shift: false });
    replaying = false;
  });
  const onKey = (text: string | null | undefined, key?: { name?: string; ctrl?: boolean; meta?: boolean }) => {
    if (replaying) return;
    if (key?.name === "return" || key?.name === "enter") {
      const byLine = line.trim() === "" ? undefined : typedPick?.(line.trim(), true);
      if (byLine !== undefined) chosen = { value: byLine };
      else if (typed !== undefined && keys) chosen = { value: keys[typed]! };
      if (chosen) {
        said = answered?.(chosen.value);
        inner.clearPromptOnDone = said !== undefined;
        controller.abort();
      }
      return;
    }
    // A terminal gives the character typed; a key event alone (as a test's screen sends it) names it.
    const char = typeof text === "string" ? text : key?.name?.length === 1 ? key.name : "";
    const printable = !key?.ctrl && !key?.meta && [...char].length === 1 && char >= " " && char !== "\x7f";
    line = key?.name === "backspace" ? line.slice(0, -1) : printable ? line + char : "";
    clearTimeout(forget);
    typed = printable && keys && Object.hasOwn(keys, char.toLowerCase()) ? char.toLowerCase() : undefined;
    // A code typed (4.16) moved inquirer's cursor by its digits and its prefix (to 2.5., then 4.1.) while Enter opened
    // 4.16: once the text names an option, the cursor is put on it, as for a level's digit.
    // Backspace too (4.16 then Backspace left the cursor on 4.16 while Enter opened 4.1); inquirer empties its line at
    // Backspace, so the place is typed again even where it is the line left (12 then Backspace: place 1).
    const erased = key?.name === "backspace";
    const named = (printable || erased) && line !== "" ? typedPick?.(line, false) : undefined;
    const place = named === undefined ? undefined : placeOf?.(named);
    if (place !== undefined && (erased || String(place) !== line)) showPicked(place);
    // Only digits that name an option (a level) are forgotten: a code's first digit (4 of 4.16, no option) typed
    // slowly is kept, or 4, a pause, then .16 opened 1.6.
    if (place !== undefined && /^\d+$/u.test(line)) forget = setTimeout(() => { if (/^\d+$/u.test(line)) line = ""; }, PLACE_SEARCH_MS);
  };
  ctx.input.prependListener("keypress", onKey);
  return question(inner)
    .catch((e: unknown) => {
      if (!chosen) throw e;
      if (said !== undefined) ctx.output?.write(said);
      return picked(chosen.value);
    })
    .finally(() => { clearTimeout(forget); ctx.input.off("keypress", onKey); ctx.signal.removeEventListener("abort", stop); });
}

/** How long inquirer's list keeps the digits typed for an option's place after the last key (@inquirer/select). */
const PLACE_SEARCH_MS = 700;

/** What a list's question is asked with, as withKeys passes it on: inquirer reads `clearPromptOnDone` as it ends. */
type KeyedContext = { input: NodeJS.ReadableStream; output?: NodeJS.WritableStream; signal: AbortSignal; clearPromptOnDone?: boolean };

/**
 * Ctrl-D at an empty answer ends the input: readline closes, pausing its input and leaving raw mode, but
 * inquirer only settles a question on Ctrl-C, so it waited for ever: at a typed answer the terminal echoed
 * keys no one read and Ctrl-C then killed the process (no "saved" message, no exit 130); at a list the
 * process ended with exit code 0. Seen after readline's own handling of the key (its listener comes first,
 * made with the question), a paused input is that close: the question is aborted, and stops as Ctrl-C does.
 */
function stopAtEndOfInput(input: NodeJS.ReadableStream): { signal: AbortSignal; listen: () => void; done: () => void } {
  const controller = new AbortController();
  // After Ctrl-Z and `fg` readline no longer pauses its input as it closes (see readAgainAfterStop): the raw
  // mode it gives up then is that close.
  const closed = () => input.isPaused() || (input as { isRaw?: boolean }).isRaw === false;
  const onKey = (_typed: unknown, key?: { ctrl?: boolean; name?: string }) => {
    if (key?.ctrl === true && key.name === "d" && closed()) controller.abort();
  };
  return {
    signal: controller.signal,
    listen: () => void input.on("keypress", onKey),
    done: () => void input.off("keypress", onKey),
  };
}

/**
 * Ctrl-Z at a question, then `fg`: readline, continued, pauses its input and leaves the program to resume it (it
 * says so on its interface, which inquirer keeps to itself), so the question read no key again, Ctrl-C included
 * (the terminal is raw again): the officer had to close the terminal. Once readline has paused it, the input is
 * resumed; readline then still counts itself paused and does not pause it at the end, which is done here.
 */
function readAgainAfterStop(input: NodeJS.ReadableStream): { done: () => void } {
  let resumed = false;
  // After readline's own listener, added at Ctrl-Z, after this one.
  const onContinue = () => void setImmediate(() => {
    if (!input.isPaused()) return;
    input.resume();
    resumed = true;
  });
  if (JOB_CONTROL) process.on("SIGCONT", onContinue);
  return {
    done: () => {
      process.off("SIGCONT", onContinue);
      if (resumed && !input.isPaused()) input.pause();
    },
  };
}

export { isPromptExit } from "./prompt-exit.js";

/** Parts joined by `separator`, a line break instead where the next part would pass `width` columns. */
function joinWithin(parts: string[], separator: string, width: number | undefined): string {
  if (width === undefined) return parts.join(separator);
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length - 1;
    if (last >= 0 && stringWidth(lines[last] + separator + part) <= width) lines[last] += separator + part;
    else lines.push(part);
  }
  return lines.join("\n");
}

/**
 * An answer for the line inquirer shows it on, after "✔ " and the question's last line: wrapped at spaces
 * to `width` columns and continued two columns in (the terminal would cut it inside a word).
 */
function answerAfter(answer: string, question: string, width: number | undefined): string {
  const after = 2 + stringWidth(question.slice(question.lastIndexOf("\n") + 1)) + 1;
  if (width === undefined || after + stringWidth(answer) <= width) return answer;
  // A word as wide as what goes before the answer holds its place while the answer is wrapped.
  const place = "x".repeat(after - 1);
  const lines = wrapWords(`${place} ${answer}`, width, "  ");
  lines[0] = lines[0]!.slice(place.length + 1);
  return lines.join("\n");
}

/**
 * What ends a question whose answer goes on the line below it: inquirer puts a space between the question and
 * the answer, so the answer stands two columns in, under the question's continued lines.
 */
const ANSWER_BELOW = "\n ";

/**
 * A question whose last line leaves `room` columns of a line `width` wide for the answer after it; where it
 * does not, the answer goes on the line below (ANSWER_BELOW). That last line was wrapped again, narrower: at 40
 * columns a short question broke in the middle of its words ("b = Tổng số" / "CBCCVC", "Điện thoại" /
 * "(Enter để bỏ" / "qua)"). A text nothing follows (`room` 0: an error) has its last line wrapped again to `width`.
 */
function roomForAnswer(text: string, width: number, room: number): string {
  const lines = text.split("\n");
  const last = lines.pop()!;
  if (stringWidth(last) + 1 + room <= width) return text;
  if (room > 0) return `${text}${ANSWER_BELOW}`;
  return [...lines, ...wrapWords(last, Math.max(10, width - 1), "  ")].join("\n");
}

/** Text as typed, or the text inside the curly quotes it is wholly in (see curlyQuotedText). */
function withoutCurlyQuotes(text: string): string {
  return curlyQuotedText(text) ?? text;
}
