import type { Lang } from "./rubric.js";

/** A number as people write it: no trailing zeros; Vietnamese decimal comma. */
export function numberText(n: number, lang: Lang): string {
  const text = String(n);
  return lang === "vi" ? text.replace(".", ",") : text;
}

/**
 * A number as numberText writes it, its digits in full where String() writes an exponent (1e-7 is 0,0000001,
 * 1e21 is 1000000000000000000000): an answer offered to keep with Enter is read by the question's check, which
 * takes no exponent ("Not a number"). The same digits, so that they read back as the same number.
 */
export function numberInFull(n: number, lang: Lang): string {
  const exponent = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(String(n));
  if (!exponent) return numberText(n, lang);
  const [, sign, whole, fraction = "", power] = exponent;
  const digits = whole! + fraction;
  const point = whole!.length + Number(power);
  const full = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${lang === "vi" ? full.replace(".", ",") : full}`;
}
