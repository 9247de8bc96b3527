import { describe, expect, it } from "vitest";
import type { LocatedDiagnostic } from "../../../src/load/located.js";
import { fingerprints } from "../../../src/rubric-ci/format/sarif-fingerprint.js";

const finding = (params: Record<string, string | number>): LocatedDiagnostic =>
  ({ code: "code-prefix", severity: "error", file: "r.yaml", line: 40, col: 11, path: "groups/1/items/2/code", params }) as LocatedDiagnostic;

describe("sarif fingerprints", () => {
  // The moved item's group and its next free code there were added to code-prefix after the recipe: counted, every
  // alert raised before for such an item was closed and opened again as a new one.
  it("keep an alert's identity when a hint of where (the group, its next free code) is added", () => {
    const before = fingerprints("file:///r.yaml", [finding({ code: "1.5", parent: "2" })]);
    expect(fingerprints("file:///r.yaml", [finding({ code: "1.5", parent: "2", hint_group_code: "2.5", hint_group: "2" })])).toEqual(before);
  });

  it("tell apart findings that differ in what is wrong", () => {
    const [a, b] = fingerprints("file:///r.yaml", [finding({ code: "1.5", parent: "2" }), finding({ code: "1.6", parent: "2" })]);
    expect(a).not.toBe(b);
  });
});
