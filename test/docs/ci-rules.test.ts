import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rubric-ci/lint/catalogue.js";

const doc = readFileSync("docs/ci.md", "utf8");
/** The "### Rules" section of docs/ci.md, up to the next heading of its level or above. */
const section = doc.slice(doc.indexOf("### Rules"), doc.indexOf("\n## ", doc.indexOf("### Rules")));
/** Every `code` the section names that looks like a rule code (lower case, digits, dots and hyphens). */
const named = new Set([...section.matchAll(/`([a-z][a-z0-9.]*(?:-[a-z0-9.]+)+|yaml-1\.1)`/g)].map((m) => m[1] ?? ""));

describe("docs/ci.md lists the rule catalogue as rubric lint reports it", () => {
  it("every rule of the catalogue is named in the Rules section", () => {
    expect(RULES.map((r) => r.code).filter((c) => !named.has(c))).toEqual([]);
  });

  it("every rule code the Rules section names is in the catalogue", () => {
    const codes = new Set(RULES.map((r) => r.code));
    expect([...named].filter((c) => !codes.has(c))).toEqual([]);
  });

  it("the lint rules' table gives each rule the catalogue's severity", () => {
    const rows = [...section.matchAll(/^\| (`[^|]+`) \| (error|warning) \|/gm)];
    expect(rows.length).toBeGreaterThan(10);
    for (const [, cell = "", severity] of rows) {
      for (const [, code] of cell.matchAll(/`([^`]+)`/g)) expect({ code, severity }).toEqual({ code, severity: RULES.find((r) => r.code === code)?.severity });
    }
  });
});
