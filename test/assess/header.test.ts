import { describe, expect, it } from "vitest";
import { looksLikePhone } from "../../src/assess/header.js";

describe("looksLikePhone: what the phone prompt takes", () => {
  it.each([
    ["0912 345 678", true],
    ["0912.345.678", true],
    ["(0232) 3822 123", true],
    ["+84 912 345 678", true],
    ["0232.3822123 / 0912345678", true], // two numbers
    ["lan.nt@quangtri.gov.vn", false], // the e-mail typed at the phone prompt (it was taken)
    ["0912 345", false], // too short to be a number
    ["gọi 0912345678", false],
  ])("%s → %s", (text, ok) => {
    expect(looksLikePhone(text)).toBe(ok);
  });
});
