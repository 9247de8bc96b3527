import { describe, expect, it } from "vitest";
import { keyInVietnamese } from "../../src/load/vietnamese-keys.js";

describe("keyInVietnamese: a key written in Vietnamese names the one it stands for, where the place takes it", () => {
  it.each([
    ["minh chứng", ["evidence", "note"], "evidence"],
    ["Giá trị", ["value", "na"], "value"],
    ["ghi chu", ["note"], "note"], // without diacritics
    ["ghi_chu", ["note", "flag"], "note"],
    ["so", ["number", "date", "title"], "number"],
    ["lý do", ["reason", "note"], "reason"],
    ["tên", ["id", "name", "type"], "name"], // the agency's name
    ["tên", ["number", "date", "title"], "title"], // an evidence item's title
    ["số hiệu", ["number", "date"], "number"],
    ["ngày gửi", ["submitted", "answers"], "submitted"],
    ["ngày", ["number", "date", "title"], "date"], // an evidence item's date
    ["ngay", ["value", "na", "reason", "note", "flag", "verified"], "value"], // a date question's answer
    ["không áp dụng", ["value", "na", "reason"], "na"],
    ["đường dẫn", ["number", "date", "title", "link"], "link"],
    // A key the place does not take, or already holds (left out of `allowed`): none.
    ["minh chứng", ["value", "note"], undefined],
    ["ghi chú khác", ["note"], undefined],
    ["__proto__", ["value"], undefined],
    ["constructor", ["value"], undefined],
  ])("%j at a place taking %j → %s", (field, allowed, key) => {
    expect(keyInVietnamese(field, allowed)).toBe(key);
  });
});
