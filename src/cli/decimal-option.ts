import { UsageError } from "./errors.js";

/**
 * A number given to an option as its user writes it: 12.5 or 12,5. `1.000` is a thousand to a Vietnamese
 * reader and 1,000 to an English one, so three digits after the sign are never guessed (a thousand read as
 * 1 fails nobody): a usage error names both readings, each written so that it cannot be misread, unless
 * `largest` rules the thousands one out, or the option counts (`whole`) and the decimal one is no count.
 * Undefined when the text is no such number.
 */
export function decimalOption(option: string, text: string, { largest = Infinity, whole = false }: { largest?: number; whole?: boolean } = {}): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(",", "."));
  const thousands = /^[1-9]\d{0,2}[.,]\d{3}$/.test(match[1]!) ? Number(match[1]!.replace(/[.,]/, "")) : undefined;
  if (thousands === undefined || thousands > largest) return value;
  if (whole && !Number.isInteger(value)) return thousands;
  // 999.999 as a decimal is written 999.9990, which no reader takes for thousands; 1.250 as 1.25.
  const shorter = String(value);
  const decimal = shorter.length < match[1]!.length ? shorter : `${match[1]!.replace(",", ".")}0`;
  throw new UsageError("ambiguous-number-option", { option, value: text.trim(), thousands, decimal, decimal_vi: decimal.replace(".", ",") });
}
