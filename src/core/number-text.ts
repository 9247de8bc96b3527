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

/** A threshold or value an answer must reach, as the rubric writes it: never rounded (2.3449 read "≥ 2.34", and 2.34 fell short). */
export function exact(n: number, lang: Lang): string {
  // Six places drop a computed value's noise (56.99999999999999); below 1 they are six figures, not six decimals:
  // a threshold of 0.0000001 read "≥ 0" (and "value / 0 %").
  return numberText(Number(Math.abs(n) < 1 ? n.toPrecision(6) : n.toFixed(6)), lang);
}

/**
 * A rubric's English unit for one of it: units are written as plurals ("meetings", "authorities"), and
 * "1 meetings" or "5 points per occurrences" read wrong. Vietnamese nouns do not change.
 */
export function unitFor(unit: string, count: number, lang: Lang): string {
  if (lang !== "en" || count !== 1) return unit;
  // What is counted comes before "per": 1 firm per 1,000 residents (it read "1 firms per 1,000 resident").
  const per = unit.search(/\sper\s/);
  const head = per < 0 ? unit : unit.slice(0, per);
  return head.split("/").map(singular).join("/") + unit.slice(head.length);
}

function singular(noun: string): string {
  // An abbreviation's s is no plural: 1 Mbps, not 1 Mbp.
  if (/[A-Z]\S*$/.test(noun)) return noun;
  if (/ies$/.test(noun)) return noun.slice(0, -3) + "y";
  if (/(ss|x|ch|sh)es$/.test(noun)) return noun.slice(0, -2);
  return /[^s]s$/.test(noun) ? noun.slice(0, -1) : noun;
}
