import { UsageError } from "./errors.js";

/**
 * A number given to an option as its user writes it: 12.5 or 12,5. `1.000` is a thousand to a Vietnamese
 * reader and 1,000 to an English one, so three digits after the sign are never guessed (a thousand read as
 * 1 fails nobody): a usage error names both readings, unless `largest` rules the thousands one out.
 * Undefined when the text is no such number.
 */
export function decimalOption(option: string, text: string, largest = Infinity): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(",", "."));
  const thousands = /^[1-9]\d{0,2}[.,]\d{3}$/.test(match[1]!) ? Number(match[1]!.replace(/[.,]/, "")) : undefined;
  if (thousands !== undefined && thousands <= largest) {
    throw new UsageError("ambiguous-number-option", { option, value: text.trim(), thousands, decimal: String(value), decimal_vi: String(value).replace(".", ",") });
  }
  return value;
}
