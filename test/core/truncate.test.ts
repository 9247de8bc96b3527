import { describe, expect, it } from "vitest";
import { truncate, truncateWords } from "../../src/core/truncate.js";

describe("truncate and truncateWords", () => {
  it.each([
    ["fits", "Tỷ lệ hồ sơ", 20, "Tỷ lệ hồ sơ", "Tỷ lệ hồ sơ"],
    ["a word ends late enough: cut after it", "Tỷ lệ hồ sơ trực tuyến", 14, "Tỷ lệ hồ sơ t…", "Tỷ lệ hồ sơ…"],
    ["no word ends late enough: cut inside", "Tỷ lệ hồsơtrựctuyến", 14, "Tỷ lệ hồsơtrự…", "Tỷ lệ hồsơtrự…"],
    ["never splits a letter", "điểmđiểm điểm", 7, "điểmđi…", "điểmđi…"],
    // The edit list's answers, 9 wide at 40 columns: a word kept to one or two letters is cut whole.
    ["a word would keep one or two letters: cut before it", "Không áp dụng", 8, "Không á…", "Không…"],
    ["a short word whole at the room's end: kept", "Không áp dụng", 9, "Không áp…", "Không áp…"],
    ["one letter of it", "điểm điểm điểm", 7, "điểm đ…", "điểm…"],
    ["three letters of it are kept", "Có đủ biên bản", 10, "Có đủ biê…", "Có đủ biê…"],
    ["no space but the first: cut inside", " Khôngápdụng", 9, " Khôngáp…", " Khôngáp…"],
    // The room ends where a word does: that word is whole, not cut off.
    ["a word ends where the room does: kept", "Tỷ lệ hồ sơ trực tuyến", 12, "Tỷ lệ hồ sơ…", "Tỷ lệ hồ sơ…"],
    ["a comma before the cut goes", "Tỷ lệ hồ sơ, thủ tục", 14, "Tỷ lệ hồ sơ, …", "Tỷ lệ hồ sơ…"],
    // Cuts counted code points: "🇻🇳" came out "🇻…", a letter written decomposed lost its marks.
    ["never splits a flag (two code points)", "UBND 🇻🇳 phường Đồng Hới", 7, "UBND …", "UBND…"],
    ["never splits a letter from its NFD marks", "Sở Nội vụ Quảng Bình".normalize("NFD"), 8, "Sở N…".normalize("NFD"), "Sở…".normalize("NFD")],
    ["never splits an emoji sequence (a family joined by ZWJ)", "Nhà 👨‍👩‍👧 văn hóa", 8, "Nhà …", "Nhà…"],
  ] as const)("%s", (_, text, width, cut, byWords) => {
    expect(truncate(text, width)).toBe(cut);
    expect(truncateWords(text, width)).toBe(byWords);
    expect([...truncateWords(text, width)].length).toBeLessThanOrEqual(width);
  });
});
