import type { Lang } from "../core/rubric.js";

/**
 * --lang wins; else LC_ALL, LC_MESSAGES, LANG: vi* → vi, anything else → en. Windows sets none of them:
 * there the Windows regional format decides (vi-VN → vi), as Intl reads it from the user's settings.
 * GNU's LANGUAGE, a list by preference (`vi:en`, what a desktop set to Vietnamese with English formats
 * writes), goes before them as gettext reads it: its first language the tool speaks, not under a C locale
 * set explicitly (gettext ignores it with no locale set too; here `LANGUAGE=vi` alone asks for Vietnamese).
 */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>, systemLocale: () => string | undefined = windowsLocale): Lang {
  const asked = flag?.toLowerCase();
  if (asked === "vi" || asked === "en") return asked;
  // The country's code for its language, as many write it.
  if (asked === "vn") return "vi";
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale() || "";
  const preferred = /^(C|POSIX)([.@]|$)/.test(locale) ? undefined : env.LANGUAGE?.split(":").find((l) => /^(vi|en)([_.@-]|$)/i.test(l));
  return /^vi/i.test(preferred ?? locale) ? "vi" : "en";
}

function windowsLocale(): string | undefined {
  if (process.platform !== "win32") return undefined;
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}
