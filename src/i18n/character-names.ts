import type { Lang } from "../core/rubric.js";

/**
 * What the characters findings name by code point are called: "U+200B" alone tells a collector nothing. The
 * invisible ones of a name (check-agency.ts), the unusual spaces of a line (located.ts) that are met in
 * pasted text, and the controls a rubric's text may hold (hidden-characters.ts); any other keeps its code point alone.
 */
const NAMES: Record<string, { vi: string; en: string }> = {
  "U+0007": { vi: "mã chuông", en: "bell" },
  "U+0008": { vi: "mã lùi con trỏ", en: "backspace" },
  "U+001B": { vi: "mã ESC, mở đầu lệnh đổi màu, di chuyển con trỏ", en: "escape, which starts a colour or cursor command" },
  "U+007F": { vi: "mã xóa (DEL)", en: "delete" },
  "U+009B": { vi: "mã CSI, mở đầu lệnh của cửa sổ dòng lệnh", en: "control sequence introducer" },
  "U+00A0": { vi: "dấu cách không ngắt dòng", en: "no-break space" },
  "U+00AD": { vi: "gạch nối mềm", en: "soft hyphen" },
  "U+061C": { vi: "dấu chiều chữ Ả Rập", en: "Arabic letter mark" },
  "U+2009": { vi: "dấu cách hẹp", en: "thin space" },
  "U+200B": { vi: "dấu cách không độ rộng", en: "zero-width space" },
  "U+200C": { vi: "dấu không nối không độ rộng", en: "zero-width non-joiner" },
  "U+200D": { vi: "dấu nối không độ rộng", en: "zero-width joiner" },
  "U+200E": { vi: "dấu chiều trái sang phải", en: "left-to-right mark" },
  "U+200F": { vi: "dấu chiều phải sang trái", en: "right-to-left mark" },
  "U+202A": { vi: "mã nhúng chiều trái sang phải", en: "left-to-right embedding" },
  "U+202B": { vi: "mã nhúng chiều phải sang trái", en: "right-to-left embedding" },
  "U+202C": { vi: "mã kết thúc nhúng chiều", en: "pop directional formatting" },
  "U+202D": { vi: "mã ép chiều trái sang phải", en: "left-to-right override" },
  "U+202E": { vi: "mã ép chiều phải sang trái", en: "right-to-left override" },
  "U+202F": { vi: "dấu cách hẹp không ngắt dòng", en: "narrow no-break space" },
  "U+2010": { vi: "dấu gạch nối", en: "hyphen" },
  "U+2011": { vi: "dấu gạch nối không ngắt dòng", en: "non-breaking hyphen" },
  "U+2012": { vi: "dấu gạch số", en: "figure dash" },
  "U+2013": { vi: "gạch ngang ngắn", en: "en dash" },
  "U+2014": { vi: "gạch ngang dài", en: "em dash" },
  "U+2015": { vi: "gạch ngang", en: "horizontal bar" },
  "U+2060": { vi: "dấu nối từ", en: "word joiner" },
  "U+2066": { vi: "mã cô lập chiều trái sang phải", en: "left-to-right isolate" },
  "U+2067": { vi: "mã cô lập chiều phải sang trái", en: "right-to-left isolate" },
  "U+2068": { vi: "mã cô lập theo chữ đầu tiên", en: "first strong isolate" },
  "U+2069": { vi: "mã kết thúc cô lập chiều", en: "pop directional isolate" },
  "U+2212": { vi: "dấu trừ của bảng ký hiệu", en: "minus sign of a symbol table" },
  "U+3000": { vi: "dấu cách toàn khổ", en: "ideographic space" },
  "U+FEFF": { vi: "dấu BOM, dấu cách không độ rộng không ngắt dòng", en: "byte-order mark, zero-width no-break space" },
};

const AT: Record<Lang, string> = { vi: "tại", en: "at" };

/** Tag characters (U+E0000–U+E007F), named by their block: each is an invisible copy of an ASCII letter. */
const TAG: { vi: string; en: string } = { vi: "ký tự thẻ (tag) vô hình", en: "invisible tag character" };
const isTag = (code: string): boolean => /^U\+E00[0-7][0-9A-F]$/.test(code);

/** A code point as a message says it: "U+200B (zero-width space)", or "U+E000" where it has no name here. */
export function namedCodePoint(code: string, lang: Lang): string {
  const name = Object.hasOwn(NAMES, code) ? NAMES[code]![lang] : isTag(code) ? TAG[lang] : undefined;
  return name ? `${code} (${name})` : code;
}

/**
 * A finding's params with the characters they name by code point named in `lang`: `char`, and `list`, whose
 * items check-agency writes "U+200B (7)" (code point, position), said "U+200B (zero-width space) at 7". The
 * params themselves keep the code points alone, for json readers.
 */
export function withCharacterNames(params: Record<string, string | number>, lang: Lang): Record<string, string | number> {
  const out = { ...params };
  if (typeof params.char === "string") out.char = namedCodePoint(params.char, lang);
  if (typeof params.list === "string") out.list = params.list.replace(/(U\+[0-9A-F]{4,6}) \((\d+)\)/g, (_, code: string, at: string) => `${namedCodePoint(code, lang)} ${AT[lang]} ${at}`);
  return out;
}
