import type { Lang, Rubric } from "../core/rubric.js";
import { saysNotApplicable } from "../core/number-words.js";
import type { Asker } from "../prompts/ask.js";
import type { CitedDocument } from "./cited-documents.js";

// What every question of an indicator shares: its context, the commands typed in place of an answer, the N/A markers.

/**
 * `naAtFirstPart`: asking a later part of an indicator that allows N/A at its first part (see askValue).
 * `wording`: the question's own texts (see questionWording), in which a unit's longer form may be written.
 * `documents`: the evidence items other answers of the file cite, each with the codes citing it, offered when an
 * item is added (a plan or decision cited at a dozen indicators was typed, four fields, a dozen times).
 * `keepPart`: saves the indicator's value given in part (a fraction's a) before Ctrl-C ends the session at the rest.
 * `today` (YYYY-MM-DD, the day in Vietnam): a date typed after it is noted (kept all the same).
 */
export interface AskContext { asker: Asker; lang: Lang; rubric: Rubric; print: (line: string) => void; naAtFirstPart?: boolean; wording?: readonly string[]; documents?: (exceptCode: string) => CitedDocument[]; keepPart?: (value: unknown) => Promise<void>; linkTyped?: (link: string) => void; today?: string }

/**
 * Raised inside a question when the officer types a command (? later, m menu) instead of a value. `parts`:
 * the parts of an answer given before `?` at a later part, kept rather than dropped.
 */
export class Navigate { constructor(readonly to: "skip" | "menu" | "na", readonly parts?: Record<string, unknown>) {} }

const COMMANDS: Record<string, "skip" | "menu" | "na"> = { "?": "skip", m: "menu", menu: "menu", na: "na" };
/** N/A as typed, offered where the answer held is N/A. */
export const NA_WORD = "na";

/** The command typed, if any: "không áp dụng" written out is N/A too, as validate reads it in a file (it was "not a number"). */
export function commandOf(text: string): "skip" | "menu" | "na" | undefined {
  return commandWord(text) ?? (saysNotApplicable(text) ? "na" : undefined);
}

/** ? or m typed where a text is free (a note, a reason): "later" or the menu; N/A means nothing there. */
export function later(text: string): "skip" | "menu" | undefined {
  const command = commandWord(text);
  return command === "na" ? undefined : command;
}

/** The command a text is, as one of the words typed for it (?, m, menu, na), in any case. */
function commandWord(text: string): "skip" | "menu" | "na" | undefined {
  const word = text.trim().toLowerCase();
  // Own keys only: a value typed "constructor" is no command.
  return Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
}

export const NA = Symbol("not applicable");
/**
 * The answer held is N/A: offered as the answer's default (na typed, N/A picked in a list), so that Enter keeps it,
 * its reason then offered (Enter was refused, "type an answer", though Enter keeps every other answer held).
 */
export const HELD_NA = Symbol("N/A held");
