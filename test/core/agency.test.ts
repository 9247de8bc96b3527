import { describe, expect, it } from "vitest";
import { agencyNamed, isCalendarDate, looksLikeAgencyFile, periodOf, textLooksForeign } from "../../src/core/agency.js";

describe("looksLikeAgencyFile", () => {
  it.each([
    [{ rubric: { id: "dti-cap-so" }, agency: {} }, true],
    [{ Rubric: "x" }, true],
    [{ " ANSWERS ": {} }, true],
    [{ period: "2025" }, true],
    [{ rubrics: {}, agencies: {}, answer: {} }, true],
    [{ co_quan: { ma: "qb-syt" }, ky: "2025", tra_loi: {} }, true],
    [{ "Cơ quan": "Sở Y tế", "Trả lời": {} }, true],
    [{ "bộ-chỉ-số": "dti-cap-so" }, true],
    [{ site_name: "x", nav: [], theme: {} }, false],
    [{ name: "ci", on: ["push"], jobs: {} }, false],
    [{ version: "3", services: {} }, false],
    [["rubric"], false],
    ["rubric", false],
    [null, false],
    [Object.create(null) as object, false],
  ])("%j → %s", (data, expected) => {
    expect(looksLikeAgencyFile(data)).toBe(expected);
  });
});

describe("textLooksForeign (a YAML text that could not be read)", () => {
  it.each([
    ["apiVersion: v1\nkind: Pod\n---\nkind: Service\n", true],
    ["site_name: x\ntheme: !!python/name:x\n", true],
    ['"name": ci\non: push\n', true],
    ["Rubric: {id: x}\nagency: !tag\n", false],
    ["# only a comment\n", false],
    ["", false],
    ["- a\n- b\n", false],
    ["  answers:\n    indented: 1\n", false],
  ])("%j → %s", (text, expected) => {
    expect(textLooksForeign(text)).toBe(expected);
  });
});

describe("agencyNamed (whom a file not scored is from)", () => {
  it.each([
    ["id and name", { agency: { id: "qb-sxd", name: "Sở Xây dựng" } }, { id: "qb-sxd", name: "Sở Xây dựng" }],
    ["a name in decomposed letters, trimmed", { agency: { name: "  Sở Xây dựng ".normalize("NFD") } }, { name: "Sở Xây dựng" }],
    ["an id that is a number: not text, left out", { agency: { id: 12, name: "Xã A" } }, { name: "Xã A" }],
    ["blank text", { agency: { id: " ", name: "" } }, undefined],
    ["no agency mapping", { agency: "Sở A" }, undefined],
    ["an inherited key is no answer", JSON.parse('{"__proto__": {"agency": {"id": "x"}}}'), undefined],
    ["not a mapping", ["agency"], undefined],
  ])("%s", (_, data, expected) => {
    expect(agencyNamed(data)).toEqual(expected);
  });

  it("cuts a very long name at 200 letters", () => {
    expect(agencyNamed({ agency: { name: "ầ".repeat(500) } })!.name).toBe("ầ".repeat(200));
  });
});

describe("isCalendarDate (a day the schema's date format takes)", () => {
  it.each([
    ["2024-02-29", true], ["2025-02-29", false], ["2000-02-29", true], ["2100-02-29", false],
    // Years below 100 are days of the calendar too, as ajv-formats takes them (Date.UTC reads 25 as 1925).
    ["0025-03-10", true], ["0000-02-29", true], ["0099-12-31", true], ["0025-02-29", false],
  ])("%s → %s", (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe("periodOf", () => {
  it.each([
    ["2025", "2025"],
    [2025, "2025"],
    [" 2025 ", "2025"],
    ["“2025”", "2025"],
    ["' 2025 '", "2025"],
    ["2025-2026", "2025-2026"],
    ["", ""],
    [null, undefined],
    [{ year: 2025 }, undefined],
  ])("%j → %j", (written, period) => {
    expect(periodOf(written)).toBe(period);
  });
});
