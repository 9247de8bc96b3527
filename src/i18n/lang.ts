import type { Lang } from "../core/rubric.js";

/** --lang wins; else LC_ALL, LC_MESSAGES, LANG: vi* → vi, anything else → en. */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  const asked = flag?.toLowerCase();
  if (asked === "vi" || asked === "en") return asked;
  // The country's code for its language, as many write it.
  if (asked === "vn") return "vi";
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^vi/i.test(locale) ? "vi" : "en";
}
