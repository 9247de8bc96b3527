import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { ScoreReport } from "../../src/report/report.js";
import { formatTable } from "../../src/report/table.js";

const plain = new Chalk({ level: 0 });

/** The "first error" cell of the table's one row of files not scored. */
function firstErrorCell(table: string): string {
  return table.split("\n").find((line) => line.includes("so-a.yaml"))!.split("│")[2]!.trim();
}

describe("the table's files not scored", () => {
  it("shortens a long first error to 90 characters ending with an ellipsis, never in the middle of a letter", () => {
    const detail = "Flow sequence in block collection must be sufficiently indented and end with a ]";
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: "so-a.yaml", errors: [{ code: "yaml-syntax", severity: "error", line: 15, col: 1, path: null, params: { detail } }] }],
    };
    const vi = firstErrorCell(formatTable(report, "vi", plain));
    const en = firstErrorCell(formatTable(report, "en", plain));
    expect(vi.startsWith("15:1 Lỗi cú pháp YAML: danh sách mở bằng [ chưa được đóng bằng ]")).toBe(true);
    expect(en.startsWith("15:1 YAML syntax error: Flow sequence in block collection")).toBe(true);
    for (const cell of [vi, en]) {
      expect(cell.endsWith("…"), cell).toBe(true);
      expect([...cell]).toHaveLength(90);
    }
  });
});
