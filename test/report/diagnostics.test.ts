import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { withFrame } from "../../src/load/located.js";
import { formatDiagnostic } from "../../src/report/diagnostics.js";

const plain = new Chalk({ level: 0 });

/** The caret line of a diagnostic on `line` 2 of a file, its value found at `value`. */
function caretLine(text: string, value: string): { frameLine: string; caret: string } {
  const lines = text.split("\n");
  const col = lines[1]!.indexOf(value) + 1;
  const out = formatDiagnostic(withFrame({ code: "wrong-type", line: 2, col, length: value.length, params: {} }, "a.yaml", text), "en", plain).split("\n");
  return { frameLine: out.find((l) => l.startsWith("  > "))!, caret: out.find((l) => l.includes("^"))! };
}

/** Column (counted in characters a terminal shows: combining marks take none) where `needle` starts. */
const shownColumn = (line: string, needle: string) => [...line.normalize("NFC").slice(0, line.normalize("NFC").indexOf(needle.normalize("NFC")))].length;

describe("formatDiagnostic's caret", () => {
  const text = 'title: x\n  "6.1.2": {note: "Kế hoạch số 12 về chuyển đổi số", date: "2025-13-40"}\n';
  it.each([
    ["composed (NFC)", text.normalize("NFC")],
    ["decomposed (NFD), as macOS archives store it", text.normalize("NFD")],
    ["with a tab before the value", text.replace("{note", "\t{note")],
  ])("sits under the value in a line written %s", (_, source) => {
    const { frameLine, caret } = caretLine(source, '"2025-13-40"');
    const shown = frameLine.replace(/\t/g, " ");
    expect(caret.replace(/\t/g, " ").indexOf("^")).toBe(shownColumn(shown, '"2025-13-40"'));
    expect(caret.match(/\^+/)![0]).toHaveLength('"2025-13-40"'.length);
  });

  it("is as wide as the marked text shows, not as its characters count", () => {
    const { caret } = caretLine('a: 1\nb: "Sở"\n'.normalize("NFD"), '"Sở"'.normalize("NFD"));
    expect(caret.match(/\^+/)![0]).toBe("^^^^");
  });
});
