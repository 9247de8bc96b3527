import { idSpelling } from "../core/label-id.js";

/**
 * Keys written in Vietnamese, as the questions and the forms name them (`minh chứng:` for `evidence:`), spelt as
 * ids are (no diacritics, dashes): the format's keys each may stand for, the first one the place takes counting.
 * `ngày:` in an answer is a date question's answer written by hand (`ngay: 31/08/2025`): its value.
 */
const MEANINGS: Record<string, readonly string[]> = {
  "gia-tri": ["value"], "minh-chung": ["evidence"], "ghi-chu": ["note"], "ly-do": ["reason"], "khong-ap-dung": ["na"],
  "so": ["number"], "so-hieu": ["number"], "so-van-ban": ["number"], "ngay": ["date", "value"], "ngay-van-ban": ["date"],
  "trich-yeu": ["title"], "tieu-de": ["title"], "ten-van-ban": ["title"], "ten": ["name", "title"],
  "duong-dan": ["link"], "lien-ket": ["link"],
  "co-quan": ["agency"], "don-vi": ["agency"], "ma": ["id"], "ma-co-quan": ["id"], "loai": ["type"], "loai-co-quan": ["type"],
  "ky": ["period"], "ky-danh-gia": ["period"], "nguoi-tra-loi": ["respondent"], "bo-chi-so": ["rubric"],
  "phien-ban": ["version"], "ngay-gui": ["submitted"], "khoi": ["cohort"], "tra-loi": ["answers"], "cau-tra-loi": ["answers"],
  "chuc-vu": ["position"], "dien-thoai": ["phone"], "so-dien-thoai": ["phone"], "tham-dinh": ["verified"], "danh-dau": ["flag"],
};

/** The key a Vietnamese one stands for, where the place takes it (`ten:` is the agency's name, an evidence item's title). */
export function keyInVietnamese(field: string, allowed: readonly string[]): string | undefined {
  const meanings = Object.hasOwn(MEANINGS, idSpelling(field)) ? MEANINGS[idSpelling(field)]! : [];
  return meanings.find((k) => allowed.includes(k));
}
