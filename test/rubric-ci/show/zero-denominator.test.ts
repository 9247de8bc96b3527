import { describe, expect, it } from "vitest";
import type { Input } from "../../../src/core/rubric.js";
import { zeroDenominatorText } from "../../../src/rubric-ci/show/zero-denominator.js";
import { runCli } from "../../helpers/run-cli.js";

const fraction = (zero_denominator?: "not_applicable" | "full" | "zero" | "invalid"): Input => ({ type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" }, ...(zero_denominator ? { zero_denominator } : {}) });
const parts = (...fields: [string, Input][]): Input => ({ type: "parts", fields: fields.map(([id, input]) => ({ id, label: { vi: id, en: `${id} label` }, input })) } as Input);

describe("zeroDenominatorText", () => {
  it("says a fraction's policy, left out where none is written", () => {
    expect(zeroDenominatorText(fraction(), "en")).toBe("the indicator is left out and its group rescaled");
    expect(zeroDenominatorText(fraction("full"), "vi")).toBe("được điểm tối đa");
    expect(zeroDenominatorText({ type: "count" }, "en")).toBeUndefined();
  });

  it("says it for each fraction part of a sum, as a part scores it: it cannot leave the indicator out", () => {
    const input = parts(["share", fraction()], ["count", { type: "count" }], ["rate", fraction("full")], ["strict", fraction("invalid")]);
    expect(zeroDenominatorText(input, "en")).toBe("share label: 0 points; rate label: full marks for this part; strict label: not accepted (an error)");
    expect(zeroDenominatorText(parts(["count", { type: "count" }]), "en")).toBeUndefined();
  });

  it("rubric show's md and csv say it for dti-cap-so's 3.2, a sum with a fraction part", async () => {
    const md = (await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi", "--format", "md"])).stdout;
    const section = md.slice(md.indexOf("### 3.2 "), md.indexOf("### 3.3 "));
    expect(section).toContain("- **b = 0:** Phòng, đơn vị đã kết nối mạng TSLCD/WAN: không được chấp nhận (lỗi)\n");
    const csv = (await runCli(["rubric", "show", "dti-cap-so", "--lang", "en", "--format", "csv"])).stdout;
    expect(csv.split("\r\n").find((l) => l.includes(",3.2,"))).toContain(",Divisions and units connected to the WAN: not accepted (an error),");
  });
});
