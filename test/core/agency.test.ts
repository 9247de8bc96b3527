import { describe, expect, it } from "vitest";
import { looksLikeAgencyFile, textLooksForeign } from "../../src/core/agency.js";

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
