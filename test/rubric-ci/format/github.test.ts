import { describe, expect, it } from "vitest";
import { annotation, githubCommands } from "../../../src/rubric-ci/format/github.js";

const errors = (n: number) => Array.from({ length: n }, (_, i) => annotation("error", "rubrics/a.yaml", { code: "wrong-type", line: i + 1, col: 1 }, `finding ${i + 1}`));
const warnings = (n: number) => Array.from({ length: n }, (_, i) => annotation("warning", "rubrics/a.yaml", { code: "weights", line: i + 1 }, `warning ${i + 1}`));

describe("githubCommands: GitHub shows 10 annotations of each kind per step, the rest only in the log", () => {
  it("up to 10 of each kind: the commands as they are, one a line", () => {
    const lines = [...errors(10), ...warnings(10)];
    expect(githubCommands(lines, "en")).toBe(lines.join("\n") + "\n");
    expect(githubCommands([], "en")).toBe("");
  });

  it("more: a notice first says how many of which kind are not shown and where they are (they were dropped unsaid)", () => {
    const out = githubCommands([...errors(23), ...warnings(4)], "en").split("\n");
    expect(out[0]).toBe("::notice title=egov-score::23 errors: GitHub shows 10 annotations of each kind per step, 13 are only in this step's log");
    expect(out.slice(1, -1)).toEqual([...errors(23), ...warnings(4)]);
    const vi = githubCommands([...errors(11), ...warnings(12)], "vi").split("\n")[0];
    expect(vi).toBe("::notice title=egov-score::11 lỗi, 12 cảnh báo: GitHub chỉ hiện 10 chú thích mỗi loại trong một bước, 3 chú thích còn lại chỉ có trong nhật ký của bước này");
  });
});
