/**
 * Rounding policy, defined once: indicator points are rounded half-up to `decimals` places and then
 * carried as integers of 10^-decimals ("units"), so every subtotal is an exact integer sum and
 * printed parts add up to printed totals.
 */
export function unitScale(decimals: number): number {
  return 10 ** decimals;
}

/** Half-up rounding to whole units; the relative nudge removes binary noise such as 0.145 * 100 = 14.4999…. */
export function toUnits(points: number, decimals: number): number {
  const scaled = points * unitScale(decimals);
  return Math.sign(scaled) * Math.round(Math.abs(scaled) * (1 + 4 * Number.EPSILON));
}

export function fromUnits(units: number, decimals: number): number {
  // A whole number of units divided by 10^d is already the double nearest the decimal (IEEE division is
  // correctly rounded), which is what toFixed would give; `+ 0` turns -0 into 0.
  if (Number.isSafeInteger(units)) return units / unitScale(decimals) + 0;
  return Number((units / unitScale(decimals)).toFixed(decimals));
}

export function roundTo(value: number, decimals: number): number {
  return fromUnits(toUnits(value, decimals), decimals);
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
