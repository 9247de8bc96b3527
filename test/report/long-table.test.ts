import Table from "cli-table3";
import { describe, expect, it } from "vitest";
import { longTable } from "../../src/report/long-table.js";
import { COMPACT } from "../../src/report/table-style.js";

const options = { head: ["Nhóm", "Hạng", "Cơ quan", "Điểm"], colAligns: ["left", "right", "left", "right"], ...COMPACT } satisfies Table.TableConstructorOptions;

function whole(rows: string[][]): string {
  const table = new Table(options);
  table.push(...rows);
  return table.toString();
}

describe("longTable", () => {
  it.each([1, 499, 500, 501, 1000, 1234])("draws %i rows as cli-table3 draws them in one piece", (n) => {
    // Diacritics, a wide character and a coloured cell in places, the widest row near the end.
    const rows = Array.from({ length: n }, (_, i) => [
      i % 7 === 0 ? "Sở, ban, ngành" : "Xã",
      String(i + 1),
      i === n - 2 ? "Ủy ban nhân dân xã Quảng Phú 廣富 (rất dài)" : `Sở Khoa học và Công nghệ ${i}`,
      i % 11 === 0 ? "\u001b[31m81,18\u001b[39m" : "7,5",
    ]);
    expect(longTable(options, rows)).toBe(whole(rows));
  });
});
