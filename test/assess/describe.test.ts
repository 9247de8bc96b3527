import { describe, expect, it } from "vitest";
import { answerFormat } from "../../src/assess/describe.js";

describe("answerFormat", () => {
  it("a date answer: typed as people write it, written in a file as YAML's ISO date", () => {
    const input = { type: "date", min: "2025-01-01", max: "2025-12-31" } as const;
    expect(answerFormat(input, "vi")).toBe("ngày (31/03/2025 hoặc 2025-03-31), từ 01/01/2025 đến 31/12/2025");
    expect(answerFormat(input, "vi", true)).toBe("ngày, viết YYYY-MM-DD (ví dụ 2025-03-31), từ 2025-01-01 đến 2025-12-31");
  });
});
