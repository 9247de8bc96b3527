/**
 * Exact arithmetic on the decimals people type (8.21, 12.5). A double only approximates such a decimal, and
 * the difference of two close ones (9 − 8.21) carries that error into a small result: (9 − 8.21) / 8 × 20 came
 * out as 1.97499999…, rounded to 1.97 where the rule gives 1.975, rounded half-up to 1.98. Each double is read
 * back as the shortest decimal that names it, which is the decimal that was typed.
 */
interface Decimal { digits: bigint; scale: number }

/** digits / 10^scale equal to the shortest decimal that reads back as `x`; undefined when not finite. */
function decimalOf(x: number): Decimal | undefined {
  if (!Number.isFinite(x)) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) return undefined;
  const fraction = m[3] ?? "";
  const scale = fraction.length - Number(m[4] ?? 0);
  const digits = BigInt(`${m[1]}${m[2]}${fraction}`);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * (x − from) / (to − from), worked out exactly on the decimals and given as the double nearest the exact
 * quotient (so that rounding half-up afterwards sees 1.975, not 1.97499…). `to` must differ from `from`.
 */
export function shareBetween(x: number, from: number, to: number): number {
  const dx = decimalOf(x), df = decimalOf(from), dt = decimalOf(to);
  if (!dx || !df || !dt) return (x - from) / (to - from);
  const scale = Math.max(dx.scale, df.scale, dt.scale);
  const at = (d: Decimal) => d.digits * 10n ** BigInt(scale - d.scale);
  return quotient(at(dx) - at(df), at(dt) - at(df));
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const WIDE = 10n ** 40n;

/** n / d as a double: correctly rounded when both are exact doubles; otherwise (many digits) within an ulp or two. */
function quotient(n: bigint, d: bigint): number {
  const abs = (v: bigint) => (v < 0n ? -v : v);
  if (abs(n) <= SAFE && abs(d) <= SAFE) return Number(n) / Number(d);
  return Number((n * WIDE) / d) / 1e40;
}
