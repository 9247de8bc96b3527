import { describe, expect, it } from "vitest";
import { firstStringWhere } from "../../src/load/first-string.js";

describe("firstStringWhere", () => {
  const data = { agency: { name: "Sở A" }, answers: { "1.1": { note: "x µ y" }, "1.2": { evidence: [{ title: "µ" }] } } };
  const mark = (text: string) => { const at = text.indexOf("µ"); return at < 0 ? undefined : at; };

  it("finds the first text in the file's order, with its path and what the test found", () => {
    expect(firstStringWhere(data, mark)).toEqual({ text: "x µ y", path: ["answers", "1.1", "note"], found: 2 });
  });

  it("reaches texts in lists, and finds nothing where no text passes", () => {
    expect(firstStringWhere(data.answers["1.2"], mark)?.path).toEqual(["evidence", "0", "title"]);
    expect(firstStringWhere(data, () => undefined)).toBeUndefined();
    expect(firstStringWhere(null, mark)).toBeUndefined();
  });
});
