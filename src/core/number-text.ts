import type { Lang } from "./rubric.js";

/**
 * A number as people write it: no trailing zeros, the Vietnamese decimal comma, no grouping (1.000 reads two ways),
 * its digits in full where String() writes an exponent (1e-7 is 0,0000001, 1e21 is 1000000000000000000000): no
 * officer types an exponent, an answer offered to keep with Enter is read by a check that takes none ("Not a
 * number"), and a report read "1e-7 %". The same digits, so that they read back as the same number.
 */
export function numberText(n: number, lang: Lang): string {
  const text = String(n);
  const exponent = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return lang === "vi" ? text.replace(".", ",") : text;
  const [, sign, whole, fraction = "", power] = exponent;
  const digits = whole! + fraction;
  const point = whole!.length + Number(power);
  const full = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${lang === "vi" ? full.replace(".", ",") : full}`;
}
