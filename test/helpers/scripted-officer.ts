import type { Asker } from "../../src/prompts/ask.js";

/** A question's check refused what the scripted officer typed: the run stops with the line it was refused with. */
export class Refused { constructor(readonly error: string) {} }

/**
 * A text prompt answered from `typed` in turn ("" is Enter: the default offered), refused as the question's own
 * check refuses it; `asked` hears each question.
 */
export function typedText(typed: string[], asked?: (message: string) => void): Asker["text"] {
  return async (o) => {
    asked?.(o.message);
    const raw = typed.shift();
    if (raw === undefined) throw new Error(`asked more than typed: ${o.message}`);
    const value = raw === "" && o.default !== undefined ? o.default : raw;
    const verdict = o.validate?.(value) ?? true;
    if (verdict !== true) throw new Refused(verdict);
    return value;
  };
}
