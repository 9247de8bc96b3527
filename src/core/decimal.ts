/**
 * Exact arithmetic on the numbers people answer with: decimals typed (8.21, 12.5) and shares of two counts
 * (2/3 as 66.666…%). A double only approximates such a number, and the difference of two close ones (9 − 8.21,
 * 70 − 66.67) carries that error into a small result: (9 − 8.21) / 8 × 20 came out as 1.97499…, rounded to
 * 1.97 where the rule gives 1.975, rounded half-up to 1.98. Each double is read back as the number that was
 * meant (821/100, 200/3: see meant).
 */
interface Ratio { n: bigint; d: bigint }

/**
 * (x − from) / (to − from), worked out exactly on the numbers meant and given as the double nearest the exact
 * quotient (so that rounding half-up afterwards sees 1.975, not 1.97499…). `to` must differ from `from`.
 */
export function shareBetween(x: number, from: number, to: number): number {
  const rx = meant(x), rf = meant(from), rt = meant(to);
  if (!rx || !rf || !rt) return (x - from) / (to - from);
  return nearest(rx.n * rf.d - rf.n * rx.d, rx.d * rf.d, rt.n * rf.d - rf.n * rt.d, rt.d * rf.d);
}

/**
 * a × times / b, worked out exactly on the numbers meant, as the double nearest it (0.07 × 100 / 0.16 is 43.75;
 * in doubles it was 43.75000000000001, and min_max then missed a half-way point by 0.01). b must not be 0.
 */
export function quotientOf(a: number, b: number, times: number): number {
  // Whole numbers (the usual counts) divide exactly as they are: IEEE division is correctly rounded.
  if (Number.isInteger(a) && Number.isInteger(b) && Number.isSafeInteger(a * times)) return (a * times) / b;
  const ra = meant(a), rb = meant(b), rt = meant(times);
  if (!ra || !rb || !rt) return (a * times) / b;
  return nearest(ra.n * rt.n, ra.d * rt.d, rb.n, rb.d);
}

/**
 * A weighted mean of shares in whole units, Σ wᵢ · pointsᵢ / maxᵢ / Σ wᵢ × max, rounded half-up on the exact
 * quotient: points and maxima are whole units, the weights the decimals meant. In doubles, with the allowance
 * that absorbs their error, a mean of 9999999900.495 units (a rubric of 1,000,000 points at four decimals, weights
 * 101 and 99) rounded up. Undefined when a weight is no finite number (never, for a checked rubric).
 */
export function weightedMeanUnits(children: readonly { weight: number; points: number; max: number }[], maxUnits: number): number | undefined {
  let n = 0n, d = 1n, wn = 0n, wd = 1n;
  for (const c of children) {
    const w = meant(c.weight);
    if (!w) return undefined;
    // n / d += (w × points) / (max), with w = w.n / w.d
    const cn = w.n * BigInt(c.points), cd = w.d * BigInt(c.max);
    [n, d] = [n * cd + cn * d, d * cd];
    [wn, wd] = [wn * w.d + w.n * wd, wd * w.d];
  }
  if (wn <= 0n || d <= 0n) return undefined;
  const num = n * BigInt(maxUnits) * wd, den = d * wn;
  return Number((2n * num + den) / (2n * den));
}

/** The cohort's bounds come back for every agency: their fractions are kept (a few at a time). */
const known = new Map<number, Ratio>();

/**
 * The number `x` stands for: the decimal it reads as when that has at most six decimals (8.21, 1234.5, what
 * was typed); otherwise (66.66666666666667, a share of two counts) the simplest fraction whose nearest double
 * it is, the first convergent of its exact value that reads back as it (200/3).
 */
function meant(x: number): Ratio | undefined {
  if (!Number.isFinite(x)) return undefined;
  const cached = known.get(x);
  if (cached) return cached;
  const ratio = shortDecimal(x) ?? simplestFraction(x);
  if (known.size >= 64) known.clear();
  known.set(x, ratio);
  return ratio;
}

/** x as digits / 10^k when the shortest decimal that reads back as x has at most six decimals. */
function shortDecimal(x: number): Ratio | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) return undefined;
  const fraction = m[3] ?? "";
  const scale = fraction.length - Number(m[4] ?? 0);
  if (scale > 6) return undefined;
  const digits = BigInt(`${m[1]}${m[2]}${fraction}`);
  return scale >= 0 ? { n: digits, d: 10n ** BigInt(scale) } : { n: digits * 10n ** BigInt(-scale), d: 1n };
}

function simplestFraction(x: number): Ratio {
  const exact = exactValue(Math.abs(x));
  let [h0, h1, k0, k1] = [0n, 1n, 1n, 0n];
  let [n, d] = [exact.n, exact.d];
  let found: Ratio = exact;
  while (d !== 0n) {
    const a = n / d;
    [h0, h1] = [h1, a * h1 + h0];
    [k0, k1] = [k1, a * k1 + k0];
    [n, d] = [d, n - a * d];
    if (Number(h1) / Number(k1) === Math.abs(x)) { found = { n: h1, d: k1 }; break; }
  }
  return x < 0 ? { n: -found.n, d: found.d } : found;
}

/** A finite non-negative double's exact value, m × 2^e as a fraction. */
function exactValue(x: number): Ratio {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const m = exponent === 0 ? fraction : fraction | (1n << 52n);
  const e = (exponent === 0 ? 1 : exponent) - 1075;
  return e >= 0 ? { n: m << BigInt(e), d: 1n } : { n: m, d: 1n << BigInt(-e) };
}

const SAFE = 1n << 53n;

/** (a / b) / (c / d) as the double nearest it: correctly rounded when the terms are exact doubles, else within an ulp. */
function nearest(a: bigint, b: bigint, c: bigint, d: bigint): number {
  let n = a * d, m = b * c;
  if (m < 0n) { n = -n; m = -m; }
  const abs = n < 0n ? -n : n;
  if (abs <= SAFE && m <= SAFE) return Number(n) / Number(m);
  // Shifted so that the integer quotient keeps 64 bits or more; Number() rounds it, the power of two is exact.
  const shift = Math.max(0, 64 - (bitLength(abs) - bitLength(m)));
  return Number((n << BigInt(shift)) / m) * 2 ** -shift;
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}
