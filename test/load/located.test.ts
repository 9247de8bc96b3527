import { describe, expect, it } from "vitest";
import { withFrame } from "../../src/load/located.js";
import { hintTexts } from "../../src/report/hints.js";
import { cpuTimed } from "../helpers/cpu-time.js";

describe("withFrame on one long line", () => {
  // `answers: {k0: 1,k1: 1,…}` on one 1.2 MB line, a no-break space at its end: 2,001 findings there.
  const line = `answers: {${Array.from({ length: 120_000 }, (_, i) => `k${i}: 1`).join(",")},z:\u00a01}`;
  const text = `rubric: x\n${line}\n`;
  const findings = Array.from({ length: 2001 }, (_, i) => ({ code: "unknown-indicator", line: 2, col: 11 + i * 7, params: {} }));

  it("looks along the line for an unusual space once, not once per finding, and names it in each", () => {
    const { result, ms } = cpuTimed(() => findings.map((d) => withFrame(d, "a.yaml", text)));
    expect(new Set(result.map((d) => `${d.params.hint_space}@${d.params.hint_space_col}`))).toEqual(new Set([`U+00A0@${line.indexOf("\u00a0") + 1}`]));
    // Measured: 1.6 s of CPU before, 53 ms after.
    expect(ms).toBeLessThan(400);
  });

  it("a finding of the same line in another text is looked at in that text", () => {
    const plain = text.replace("\u00a0", " ");
    expect(withFrame(findings[0]!, "a.yaml", text).params.hint_space).toBe("U+00A0");
    expect(withFrame(findings[0]!, "b.yaml", plain).params.hint_space).toBeUndefined();
    expect(withFrame(findings[0]!, "a.yaml", text).params.hint_space).toBe("U+00A0");
  });
});

describe("withFrame names a character that shows as nothing on the marked line", () => {
  it.each([["U+00AD", "\u00ad"], ["U+200C", "\u200c"], ["U+200D", "\u200d"], ["U+2060", "\u2060"], ["U+200B", "\u200b"]])("%s, as the invisible one it is", (name, char) => {
    const text = `answers:\n  "1.2": {value: cap${char}-pho}\n`;
    const d = withFrame({ code: "not-allowed-value", line: 2, col: 18, params: {} }, "a.yaml", text);
    expect(d.params).toMatchObject({ hint_space: name, hint_space_col: 21 });
    expect(hintTexts(d, "en")[0]).toMatch(/^this line holds an invisible character \(U\+/);
  });

  it("not under a finding that names the character itself", () => {
    const text = `answers:\n  "1.2": {link: "https://a.vn/x\u00ady"}\n`;
    expect(withFrame({ code: "evidence-link-hidden", line: 2, col: 17, params: {} }, "a.yaml", text).params.hint_space).toBeUndefined();
  });
});
