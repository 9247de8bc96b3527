import { describe, expect, it } from "vitest";
import { competitionRanks } from "../../src/core/rank.js";

type Row = { id: string; total: number };
const rank = (rows: Row[]) => competitionRanks(rows, (r) => r.total, (r) => r.id).map(({ item, rank }) => `${rank} ${item.id}`);

describe("competitionRanks: standard competition ranking, highest first, ties in key order", () => {
  it.each([
    ["highest first", [{ id: "a", total: 10 }, { id: "b", total: 30 }, { id: "c", total: 20 }], ["1 b", "2 c", "3 a"]],
    ["equal totals share a rank and the next rank skips (1, 2, 2, 4)", [{ id: "d", total: 80 }, { id: "b", total: 90 }, { id: "a", total: 100 }, { id: "c", total: 90 }], ["1 a", "2 b", "2 c", "4 d"]],
    ["a tie at the top (1, 1, 3)", [{ id: "x", total: 5 }, { id: "y", total: 7 }, { id: "w", total: 7 }], ["1 w", "1 y", "3 x"]],
    ["everyone equal: all first, in key order", [{ id: "c", total: 0 }, { id: "a", total: 0 }, { id: "b", total: 0 }], ["1 a", "1 b", "1 c"]],
    ["totals that differ by a hundredth do not tie", [{ id: "a", total: 84.99 }, { id: "b", total: 85 }], ["1 b", "2 a"]],
    ["one agency", [{ id: "a", total: 12.5 }], ["1 a"]],
    ["none", [], []],
  ] as [string, Row[], string[]][])("%s", (_, rows, expected) => {
    expect(rank(rows)).toEqual(expected);
  });

  it("does not reorder the list it is given", () => {
    const rows = [{ id: "b", total: 1 }, { id: "a", total: 2 }];
    rank(rows);
    expect(rows.map((r) => r.id)).toEqual(["b", "a"]);
  });
});
