import { describe, expect, it } from "vitest";
import { cleanUpOnInterrupt } from "../../src/io/interrupt-cleanup.js";

describe("cleanUpOnInterrupt", () => {
  it("listens to SIGINT, SIGTERM and SIGHUP only while something is registered (a signal otherwise ends the run as always)", () => {
    const before = ["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s));
    const releaseA = cleanUpOnInterrupt(() => undefined);
    const releaseB = cleanUpOnInterrupt(() => undefined);
    expect(["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s))).toEqual(before.map((n) => n + 1));
    releaseA();
    expect(process.listenerCount("SIGINT")).toBe(before[0]! + 1);
    releaseB();
    expect(["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s))).toEqual(before);
  });
});
