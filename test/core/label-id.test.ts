import { describe, expect, it } from "vitest";
import { idForLabel, idFromText, idSpelling, labelledId, levelForText, unitAt } from "../../src/core/label-id.js";
import { loadRubric } from "../../src/load/load-rubric.js";

const outcome = loadRubric("rubrics/dti-cap-so.yaml");
if (!outcome.ok) throw new Error("the default rubric does not load");
const rubric = outcome.loaded.rubric;

describe("idForLabel", () => {
  it.each([
    [["agency", "type"], "Sở, ban, ngành cấp tỉnh", "department"],
    [["agency", "type"], "provincial department", "department"],
    [["answers", "1.2", "value"], "Người đứng đầu", "thu-truong"], // the label's first words
    [["answers", "1.2", "verified", "value"], "Cấp phó của người đứng đầu", "cap-pho"],
    [["answers", "1.3", "value", "1"], "Chủ trì các cuộc họp CĐS của cơ quan", "chu-tri-hop"], // a checklist item
    [["answers", "3.4", "value", "phong-may-chu"], "Có, mức cơ bản", "co-ban"], // a parts field's choice
    [["agency", "type"], "Sở", "department"], // a whole first word, however short
    [["agency", "type"], "ban", "board"],
    [["agency", "type"], "S", undefined],
    [["agency", "cohort"], "Cơ quan ngành dọc", "nganh-doc"], // a cohort's label
    [["agency", "type"], "Sở ban", undefined], // "Sở, ban": not how the label goes on
    [["answers", "1.2", "value"], "Ngư", undefined], // too short to tell
    [["answers", "1.2", "value"], "Giám đốc", undefined], // not how a label starts
    [["answers", "1.6", "value"], "Hình thành", "3"], // a level's label: the level it names
    [["answers", "1.6", "verified", "value"], "advanced", "4"],
    [["answers", "1.6", "value"], "Chưa chuyển đổi số", "0"],
    [["answers", "1.1", "value"], "4", undefined], // not a choice
    [["answers", "9.9", "value"], "Người đứng đầu", undefined],
    [["period"], "2025", undefined],
  ] as const)("%j %s → %s", (path, text, expected) => {
    expect(idForLabel(rubric, path, text)).toBe(expected);
  });
});

describe("levelForText: a level written as words", () => {
  const level = { type: "level" as const, min: 1, max: 4, labels: [{ vi: "Khởi động", en: "Initiating" }, { vi: "Bắt đầu", en: "Beginning" }, { vi: "Hình thành", en: "Forming" }, { vi: "Nâng cao", en: "Advanced" }] };
  it.each([
    ["Mức 3", 3],
    ["mức độ 2", 2],
    ["Cấp độ 4", 4],
    ["level １", 1], // full-width digits, as an IME types them
    ["Hình thành", 3], // labels count from the level's min
    ["forming", 3],
    ["Mức 0", undefined], // below the min
    ["Mức 5", undefined], // above the max
    ["Hìn", undefined], // too short to tell
    ["Form", 3], // four letters are enough, not a whole word
    ["Mức3", 3], // no space before the figure
    ["muc 3", 3], // typed without diacritics
    ["cap do 2", 2],
    ["3", undefined], // a figure alone is YAML's number, not words
  ])("%j → %s", (text, expected) => {
    expect(levelForText(level, text)).toBe(expected);
  });
});

describe("labelledId: the one option a text names", () => {
  const options = [{ id: "nam", label: { vi: "Kế hoạch năm", en: "Annual plan" } }, { id: "quy", label: { vi: "Kế hoạch quý", en: "Quarterly plan" } }];
  it.each([
    ["  kế hoạch năm ", "nam"], // spaces around it, another case
    ["Quarterly", "quy"],
    ["Kế hoạch", undefined], // the start of two labels: which one is not known
  ])("%j → %s", (text, expected) => {
    expect(labelledId(options, text)).toBe(expected);
  });

  // A short word names a label only as its whole first word, wherever that word ends, and a short label whole.
  it.each([
    ["Sở/ngành", "Sở", "x"],
    ["Sở-ngành", "Sở", "x"],
    ["Sở–ngành", "Sở", "x"],
    ["Sở(ngành)", "Sở", "x"],
    ["Sở;ngành", "Sở", "x"],
    ["Sở:ngành", "Sở", "x"],
    ["Có", "có", "x"], // a label of two letters, typed whole
    ["Ý kiến khác", "ý", undefined], // one letter is too few even as a whole word
  ])("label %j, typed %j → %s", (label, text, expected) => {
    expect(labelledId([{ id: "x", label: { vi: label, en: "Something" } }, { id: "y", label: { vi: "Khác", en: "Other" } }], text)).toBe(expected);
  });
});

describe("unitAt: the unit a number is counted in", () => {
  it.each([
    [["answers", "2.3", "value"], "triệu đồng"], // a number's unit
    [["answers", "1.1", "value"], "cuộc họp"], // a count's
    [["answers", "1.6", "value"], undefined], // a level has none
  ] as const)("%j → %s", (path, unit) => {
    expect(unitAt(rubric, path)?.vi).toBe(unit);
  });
});

describe("idSpelling", () => {
  it.each([
    ["Thủ trưởng", "thu-truong"],
    ["Đạt chuẩn", "dat-chuan"],
    ["  cấp_phó ", "cap-pho"],
    ["Thủ trưởng".normalize("NFD"), "thu-truong"],
  ])("%s is spelt %s as an id", (text, id) => {
    expect(idSpelling(text)).toBe(id);
  });
});

describe("idFromText", () => {
  it.each([
    ["Sở KH&CN Quảng Bình", "so-kh-cn-quang-binh"],
    ["-- Sở Y tế", "so-y-te"], // an id starts with a letter or digit
    ["UBND xã Đông Hà.", "ubnd-xa-dong-ha"], // nor ends with a dot
    ["qb-skhcn", undefined], // already an id
    ["QB-SKHCN", "qb-skhcn"],
    ["Sở - Y tế", "so-y-te"], // one dash between words, not three
    ["Sở KH.CN", "so-kh.cn"], // a dot inside an id is kept
    ["“ ” ?", undefined], // nothing of it is left
  ])("%s → %s", (text, id) => {
    expect(idFromText(text)).toBe(id);
  });
});
