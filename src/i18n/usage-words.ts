import type { Lang } from "../core/rubric.js";
import { translateSentences, type Sentences } from "./sentences.js";

/**
 * commander writes its usage errors in English; these are the ones the command line can meet, said in
 * Vietnamese (checked against the installed version by test/i18n/usage-words.test.ts). A sentence not
 * listed is shown as commander wrote it.
 */
export const VI_USAGE_SENTENCES: Sentences = [
  [/^error: unknown option '(.*)'/m, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '(.*)'/m, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '(.*)'/m, "lỗi: thiếu đối số bắt buộc <$1>"],
  [/^error: option '(.*)' argument missing/m, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/^error: required option '(.*)' not specified/m, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./m, "lỗi: tùy chọn '$1' không nhận giá trị '$2'; chọn một trong: $3."],
  [/^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\./m, "lỗi: thừa đối số: lệnh nhận $1 đối số, nhưng nhận được $2."],
  [/^\(Did you mean one of (.*)\?\)$/m, "(Có phải là một trong: $1?)"],
  [/^\(Did you mean (.*)\?\)$/m, "(Có phải là $1?)"],
];

/** After a usage error naming a file that starts with a dash as an option: how to name it (said at start-up, so kept here, not in the catalogue). */
export function dashFileWords(file: string, lang: Lang): string {
  return lang === "vi" ? `Có tệp tên ${file} trong thư mục hiện tại: để chỉ tệp đó, viết ./${file} (hoặc đặt -- trước nó)` : `A file named ${file} is in the current folder: to name it, write ./${file} (or put -- before it)`;
}

/** After a usage error, for a word that starts with a dash and looks like a file's name (*.yaml) but is no file here. */
export function dashNameWords(word: string, lang: Lang): string {
  return lang === "vi" ? `${word} được đọc như tùy chọn: để chỉ một tệp có tên bắt đầu bằng -, viết ./${word} hoặc đặt -- trước nó` : `${word} was read as options: to name a file that starts with -, write ./${word} or put -- before it`;
}

/** After a usage error where a list option (--batch, --corpus) took the argument that is missing: how to write it. */
export function listOptionWords(option: string, lang: Lang): string {
  return lang === "vi"
    ? `${option} nhận mọi đường dẫn đứng sau nó, kể cả đối số còn thiếu: hãy viết các đối số trước ${option} (hoặc kết thúc danh sách đường dẫn bằng --)`
    : `${option} takes every path that follows it, the missing argument too: write the arguments before ${option} (or end its paths with --)`;
}

/** A commander error in the user's language, naming arguments and option values as the help does (<đường-dẫn>, not 'paths'). */
export function usageError(text: string, lang: Lang): string {
  return lang === "vi" ? usageWordsVi(translateSentences(text, VI_USAGE_SENTENCES)) : text;
}

/** The words inside <…> and […] of the help: what an officer is to type, in Vietnamese (flags and values stay as typed). */
export const PLACEHOLDERS_VI: Record<string, string> = {
  options: "tùy chọn", command: "lệnh",
  paths: "đường-dẫn", path: "đường-dẫn", file: "tệp", files: "tệp", dir: "thư-mục", format: "định-dạng", formats: "định-dạng",
  id: "mã", "id|path": "mã|đường-dẫn", lang: "ngôn-ngữ", layout: "bố-cục", n: "số", new: "mới", old: "cũ",
  "rubric id": "mã-bộ-chỉ-số", "score|pct%": "điểm|tỷ-lệ%", sep: "ký-tự", severity: "mức", type: "loại", rubrics: "bộ-chỉ-số",
};

/** Commander's placeholders in a usage line or an option: "score [options] <paths...>" → "score [tùy chọn] <đường-dẫn...>". */
export function usageWordsVi(usage: string): string {
  return usage.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/g, (all, open: string, word: string, more = "", close: string) =>
    Object.hasOwn(PLACEHOLDERS_VI, word) ? `${open}${PLACEHOLDERS_VI[word]}${more}${close}` : all);
}


/** Said after a usage error, instead of the whole help. */
export function usageHint(lang: Lang): string {
  return lang === "vi" ? "(thêm --help vào lệnh để xem cách dùng)" : "(add --help to the command to see its usage)";
}

/** The language asked for on the command line (--lang vi, --lang=vi), before commander has read it. */
export function langInArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return undefined;
    if (arg === "--lang") return argv[i + 1];
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return undefined;
}
