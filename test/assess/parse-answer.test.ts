import { describe, expect, it } from "vitest";
import { parseSimple } from "../../src/assess/parse-answer.js";
import { TEXT_MAX } from "../../src/core/agency-schema.js";

// A page pasted at a text question whose rubric sets no max_length was saved whole, and copied into the reports.
describe("a text answer's length", () => {
  it("is at most TEXT_MAX where the rubric sets no max_length, and the rubric's own max_length where it does", () => {
    expect(parseSimple({ type: "text" }, "x".repeat(TEXT_MAX + 1), "en")).toEqual({ ok: false, error: `At most ${TEXT_MAX} characters (${TEXT_MAX + 1} given); shorten it` });
    expect(parseSimple({ type: "text" }, "x".repeat(TEXT_MAX), "en")).toEqual({ ok: true, value: "x".repeat(TEXT_MAX) });
    expect(parseSimple({ type: "text", max_length: TEXT_MAX * 2 }, "x".repeat(TEXT_MAX + 1), "en")).toEqual({ ok: true, value: "x".repeat(TEXT_MAX + 1) });
  });
});
