import { quotientOf, shareBetween } from "./decimal.js";
import type { Input, SimpleInput } from "./rubric.js";

type Fraction = { a: number; b: number };

export function isFraction(value: unknown): value is Fraction {
  return typeof value === "object" && value !== null && typeof (value as Fraction).a === "number" && typeof (value as Fraction).b === "number";
}

/**
 * The halves of a fraction left "?" or empty ({a: 1234, b: "?"}: b set aside in assess, a kept). No share
 * can be made of one half: such an answer is no answer yet (see answersNothingYet).
 */
export function fractionPartsLeft(input: Input, value: unknown): ("a" | "b")[] {
  if (input.type !== "fraction" || typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const left = (v: unknown) => v === "?" || v === null;
  return (["a", "b"] as const).filter((k) => Object.hasOwn(value, k) && left((value as Record<string, unknown>)[k]));
}

/**
 * The number a numeric rule compares: the value itself, a fraction as a percentage (a/b × 100),
 * a checklist as how many items are ticked, a boolean as 1/0. Undefined when the input has no
 * number (choice, date, text) or a fraction's denominator is 0.
 */
export function measureOf(input: Input, value: unknown): number | undefined {
  switch (input.type) {
    case "boolean": return value === true ? 1 : value === false ? 0 : undefined;
    case "number": case "percent": case "count": case "level":
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    // a × 100 / b, not a / b × 100: 57 of 100 is 57, where the latter gives 56.99999999999999 and misses a step at 57.
    case "fraction": return isFraction(value) && value.b > 0 ? quotientOf(value.a, value.b, 100) : undefined;
    case "checklist": return Array.isArray(value) ? value.length : undefined;
    default: return undefined;
  }
}

/** A share in [0, 1] for the `ratio` rule; undefined when the input has none. */
export function ratioOf(input: SimpleInput, value: unknown): number | undefined {
  switch (input.type) {
    case "fraction": return isFraction(value) && value.b > 0 ? quotientOf(value.a, value.b, 1) : undefined;
    case "percent": return typeof value === "number" ? value / 100 : undefined;
    case "level": {
      const min = input.min ?? 0;
      // No range (min ≥ max, which the rubric check refuses as bad-range): no share, rather than NaN or ±Infinity.
      return typeof value === "number" && input.max > min ? shareBetween(value, min, input.max) : undefined;
    }
    case "boolean": return value === true ? 1 : value === false ? 0 : undefined;
    default: return undefined;
  }
}

/** Inputs whose answers can feed numeric rules (target, bands, piecewise, per_unit, batch-relative). */
export const NUMERIC_INPUTS = new Set(["boolean", "number", "percent", "fraction", "count", "level", "checklist"]);
export const RATIO_INPUTS = new Set(["fraction", "percent", "level", "boolean"]);

/** A zero denominator, which the input's `zero_denominator` policy decides. */
export function hasZeroDenominator(input: Input, value: unknown): boolean {
  return input.type === "fraction" && isFraction(value) && value.b === 0;
}

/** The lowest measure an answer can have (counts, percentages and fractions start at 0; a number without `min`, none). */
export function measureFloor(input: SimpleInput): number {
  switch (input.type) {
    case "boolean": case "percent": case "fraction": case "count": case "checklist": return 0;
    case "level": return input.min ?? 0;
    case "number": return input.min ?? -Infinity;
    default: return -Infinity;
  }
}

/** The highest measure an answer can have (fractions and percentages top out at 100). */
export function measureCeiling(input: SimpleInput): number {
  switch (input.type) {
    case "boolean": return 1;
    case "percent": case "fraction": return 100;
    case "level": return input.max;
    case "count": case "number": return input.max ?? Infinity;
    case "checklist": return input.options.length;
    default: return Infinity;
  }
}
