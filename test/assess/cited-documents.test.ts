import { describe, expect, it } from "vitest";
import type { AgencyFile } from "../../src/core/agency.js";
import { citedDocuments, sameDocument } from "../../src/assess/cited-documents.js";

const file = (answers: Record<string, unknown>) => ({ answers } as unknown as AgencyFile);
const plan = { number: "22/KH", date: "2025-02-10", title: "Kế hoạch" };

describe("citedDocuments: what other answers cite, each document once", () => {
  it.each([
    ["one document cited at two answers: once, with both codes", { "1.1": { value: true, evidence: [plan] }, "2.1": { value: 3, evidence: [{ ...plan }] } }, "9", [{ item: plan, codes: ["1.1", "2.1"] }]],
    ["the answer being given left out", { "1.1": { value: true, evidence: [plan] } }, "1.1", []],
    ["two documents differing in a field: both", { "1.1": { evidence: [plan, { ...plan, link: "https://a.vn" }] } }, "9", [{ item: plan, codes: ["1.1"] }, { item: { ...plan, link: "https://a.vn" }, codes: ["1.1"] }]],
    ["a hand edit's slips not offered (a number, an empty field, an unknown field, a text item)", { "1.1": { evidence: [{ number: 22 }, { title: "" }, { title: "x", page: "3" }, "Kế hoạch 22"] } }, "9", []],
    ["answers that are no mapping, or evidence that is no list", { "1.1": "?", "1.2": { evidence: "Kế hoạch" }, "1.3": null }, "9", []],
    ["no answers", undefined, "9", []],
    // Pasted from Word or a PDF, a number's hyphen can be a non-breaking one (U+2011), its space a no-break one: the
    // same document typed later with the keyboard's - was listed twice (found by helper officer18).
    ["one number with a non-breaking hyphen, a dash or a no-break space, and with the keyboard's: once, the first as written", { "1.1": { evidence: [{ number: "15/KH\u2011UBND" }] }, "1.2": { evidence: [{ number: "15/KH-UBND" }, { number: "15/KH\u2013UBND" }] }, "1.3": { evidence: [{ number: "CV\u00a015/KH-UBND" }, { number: "CV  15/KH-UBND" }] } }, "9", [{ item: { number: "15/KH\u2011UBND" }, codes: ["1.1", "1.2"] }, { item: { number: "CV\u00a015/KH-UBND" }, codes: ["1.3"] }]],
  ] as const)("%s", (_, answers, except, expected) => {
    expect(citedDocuments(file(answers as Record<string, unknown>), except)).toEqual(expected);
  });

  it("a copy is offered: choosing it cannot change the answer that cites it", () => {
    const data = file({ "1.1": { evidence: [plan] } });
    citedDocuments(data, "9")[0]!.item.title = "changed";
    expect(plan.title).toBe("Kế hoạch");
  });

  it("sameDocument: a field missing is a field empty, any other difference is another document", () => {
    expect(sameDocument({ title: "a" }, { title: "a", link: "" })).toBe(true);
    expect(sameDocument({ title: "a" }, { title: "a", link: "x" })).toBe(false);
    expect(sameDocument({ number: "15/KH\u2011UBND", title: "Kế hoạch\u202fnăm 2025" }, { number: "15/KH-UBND", title: "Kế hoạch năm 2025" })).toBe(true);
    expect(sameDocument({ number: "15/KH-UBND" }, { number: "15/KHUBND" })).toBe(false);
  });
});
