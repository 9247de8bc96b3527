import { describe, expect, it } from "vitest";
import { withFrame } from "../../src/load/located.js";
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
