import { nfc } from "./unicode.js";

/**
 * Yes and no as officials write them: a scoring form's column (Đạt / Không đạt, Đã có / Chưa có), a question about
 * a portal or a document (Có / Không có, (Không) tìm thấy: un-losi-2022's no is "không có hoặc không tìm thấy"),
 * with or without accents, with the Telex or VNI keys left in (Unikey off or set to the other method: cos, co1,
 * khoong, kho6ng), and in English. Assess reads them as the answer; validate names the one a hand-edited
 * file meant. One list, so that what the prompt takes the file's check also recognises.
 */
const YES_WORDS = new Set(["có", "co", "y", "yes", "true", "đúng", "dung", "x", "đạt", "dat", "đã có", "da co", "tìm thấy", "tim thay", "cos", "co1"]);
const NO_WORDS = new Set(["không", "khong", "n", "no", "false", "sai", "không đạt", "khong dat", "chưa có", "chua co", "chưa", "chua",
  "không có", "khong co", "không tìm thấy", "khong tim thay", "chưa tìm thấy", "chua tim thay",
  "khoong", "kho6ng", "khoong cos", "kho6ng co1", "chuwa", "chu7a", "chuwa cos", "chu7a co1"]);

/** The answer a yes/no word stands for; undefined for any other text. */
export function yesNoWord(text: string): boolean | undefined {
  const word = nfc(text).trim().toLowerCase();
  if (YES_WORDS.has(word)) return true;
  if (NO_WORDS.has(word)) return false;
  return undefined;
}
