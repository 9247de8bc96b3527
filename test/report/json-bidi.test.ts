import { describe, expect, it } from "vitest";
import { escapeBidi, escapeBidiBytes, jsonText, jsonTextPieces } from "../../src/report/json-bidi.js";
import { jsonChunks } from "../../src/report/json.js";

// The controls, the marks (LRM, RLM, ALM) and the line and paragraph separators.
const CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\u2028", "\u2029", "\u0085", "\u009b"];

describe("bidirectional controls in JSON text", () => {
  it.each(CONTROLS)("U+%s is written as its escape, and reads back as the same text", (c) => {
    const value = { name: `${c}RTL Sở${c}`, note: "“Ngoặc” … – hết" };
    const json = JSON.stringify(value);
    for (const out of [escapeBidi(json), Buffer.from(escapeBidiBytes(Buffer.from(json))).toString("utf8")]) {
      expect(out).not.toMatch(/[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain(`\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}RTL`);
      expect(JSON.parse(out)).toEqual(value);
    }
  });

  it("leaves text without them as it is, the same object (the neighbours U+2026 …, U+202F, U+206A, U+061B, quotes included)", () => {
    const json = JSON.stringify({ name: "Sở “A” … \u202f \u206a \u2065 \u061b \u200d \u00a0«» – x" });
    expect(escapeBidi(json)).toBe(json);
    const bytes = Buffer.from(json);
    expect(escapeBidiBytes(bytes)).toBe(bytes);
  });

  it("finds them at either end of a piece, and several in a row", () => {
    const bytes = Buffer.from("\u202e\u202e\"x\"\u2069");
    expect(Buffer.from(escapeBidiBytes(bytes)).toString("latin1")).toBe('\\u202e\\u202e"x"\\u2069');
  });

  it("in the one-line report, in strings and in spooled bytes alike", () => {
    const frame = { tool: { name: "egov-score", version: "0" }, generated_at: "2026-01-01T00:00:00.000Z", not_scored: [{ file: "\u202ea.yaml", errors: [] }] };
    const head = { id: "r", title: { vi: "\u2066T\u2069", en: "T" } } as never;
    const out = [...jsonChunks(frame, [{ head, facts: [], entries: [['{"file":"\u202eb",', Buffer.from('"score":{"agency":{"name":"\u202eRTL"}}}')]] }])]
      .map((c) => (typeof c === "string" ? c : Buffer.from(c).toString("utf8"))).join("");
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const read = JSON.parse(out) as { rubrics: { title: { vi: string }; agencies: { file: string; score: { agency: { name: string } } }[] }[]; not_scored: { file: string }[] };
    expect([read.rubrics[0]!.title.vi, read.rubrics[0]!.agencies[0]!.file, read.rubrics[0]!.agencies[0]!.score.agency.name, read.not_scored[0]!.file]).toEqual(["\u2066T\u2069", "\u202eb", "\u202eRTL", "\u202ea.yaml"]);
  });
});

describe("log commands in JSON text", () => {
  // explain, impact and score -f json print to a job's log without -o: a title or name holding ##[error] or ##vso[ was a command the runner ran.
  it("writes the bracket after ## or ##vso as \\u005b, in strings and in spooled bytes, and reads back as the same text", () => {
    const value = { title: "KH ##[error]x ##VSO[task.setvariable]y ##vso[z" };
    const json = JSON.stringify(value);
    for (const out of [escapeBidi(json), jsonText(value), Buffer.from(escapeBidiBytes(Buffer.from(json))).toString("utf8")]) {
      expect(out).not.toMatch(/##(vso)?\[/i);
      expect(out).toContain("##\\u005berror]");
      expect(JSON.parse(out)).toEqual(value);
    }
  });
});

describe("jsonTextPieces", () => {
  const item = (i: number) => ({ file: `so-${i}.yaml`, valid: i % 2 === 0, rubric: null, diagnostics: [{ code: "wrong-type", params: { found: `dòng 1\ndòng 2 \u2028 ${i}` }, nested: { list: [1, [2, {}], []] } }] });
  it.each([0, 1, 3])("gives the same text as jsonText of the whole, %i items", (count) => {
    const items = Array.from({ length: count }, (_, i) => item(i));
    const head = { valid: 2, invalid: 1 };
    expect([...jsonTextPieces(head, "files", items)].join("")).toBe(jsonText({ ...head, files: items }));
  });
});

