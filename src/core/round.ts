/**
 * Rounding policy, defined once: indicator points are rounded half-up to `decimals` places and then
 * carried as integers of 10^-decimals ("units"), so every subtotal is an exact integer sum and
 * printed parts add up to printed totals.
 */
function unitScale(decimals: number): number {
  return 10 ** decimals;
}

/** Half-up rounding to whole units; the relative nudge removes binary noise such as 0.145 * 100 = 14.4999…. */
export function toUnits(points: number, decimals: number): number {
  const scaled = points * unitScale(decimals);
  return Math.sign(scaled) * Math.round(Math.abs(scaled) * (1 + 4 * Number.EPSILON));
}

/**
 * Half-up rounding of a number of units computed through several float operations (a weighted or geometric
 * mean of shares): the relative nudge, larger than toUnits', absorbs their accumulated error, so that 112.5
 * computed as 112.49999999999999 still rounds up. Units are non-negative here.
 */
export function roundComputedUnits(units: number): number {
  return Math.round(units * (1 + 1e-12));
}

export function fromUnits(units: number, decimals: number): number {
  // A whole number of units divided by 10^d is already the double nearest the decimal (IEEE division is
  // correctly rounded), which is what toFixed would give; `+ 0` turns -0 into 0.
  if (Number.isSafeInteger(units)) return units / unitScale(decimals) + 0;
  return Number((units / unitScale(decimals)).toFixed(decimals));
}

/** The mean of whole units, rounded half-up on the exact quotient (465.575 is 465.58, whatever floats make of it). */
export function meanUnits(sum: number, count: number): number {
  return Math.sign(sum) * Math.floor((2 * Math.abs(sum) + count) / (2 * count));
}

export function roundTo(value: number, decimals: number): number {
  return fromUnits(toUnits(value, decimals), decimals);
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * points / max as a percentage, cut (never rounded up) to `decimals` places from the exact quotient (computed
 * on integers): 849.95 of 1000 is 84.99 %, not 85.00 %, so that a percentage never reads as reaching a band or
 * a threshold the share does not reach (they compare the exact share). Points carry at most six decimals.
 */
export function percentDown(points: number, max: number, decimals: number): number {
  if (!(max > 0) || !(points > 0)) return 0;
  const p = BigInt(Math.round(points * 1e6)), m = BigInt(Math.round(max * 1e6));
  const scale = 100n * 10n ** BigInt(decimals);
  return Number((p * scale) / m) / 10 ** decimals;
}
