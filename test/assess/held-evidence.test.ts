import { describe, expect, it } from "vitest";
import { heldEvidence } from "../../src/assess/held-evidence.js";

// What a hand edit left in an answer's evidence, read as the items assess offers to keep: nothing that is no item
// (an empty text, a list inside the list, an empty entry) is offered as one, and nothing that is one is lost.
describe("heldEvidence", () => {
  it.each([
    ["   ", []],
    [["", { number: "12/KH" }], [{ number: "12/KH" }]],
    [2025, [{ title: "2025" }]], // a figure alone is a text, not dropped
    ["  https://xa.gov.vn/kh  ", [{ link: "https://xa.gov.vn/kh" }]], // spaces around a link
    [[["Kế hoạch"]], []], // a list in the list is no item
    [[null, "Kế hoạch"], [{ title: "Kế hoạch" }]], // an entry left empty (`- ` alone)
  ])("%j → %j", (evidence, items) => {
    expect(heldEvidence(evidence)).toEqual(items);
  });
});
