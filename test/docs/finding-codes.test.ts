import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasMessage } from "../../src/i18n/messages.js";

/** The bundled rubrics' ids, written in the documents as codes are. */
const rubricIds = new Set(readdirSync("rubrics").filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -".yaml".length)));

// A finding's code is what validate prints as [code] and json gives as code: a code renamed in the code and left in a
// document sends a collector's script or a grep after a finding that never comes (newcomer5). docs/ci.md's rule codes
// are test/docs/ci-rules.test.ts's.
describe("every finding code the agency-file documents name is one the tool says", () => {
  it.each(["docs/agency-format.md", "docs/commands.md", "docs/report-format.md"])("%s", (doc) => {
    const codes = [...readFileSync(doc, "utf8").matchAll(/`([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`/g)].map((m) => m[1] ?? "");
    expect(codes.length).toBeGreaterThan(0);
    // A date's pattern (`yyyy-mm-dd`) is no code.
    expect([...new Set(codes.filter((c) => !rubricIds.has(c) && !/^[ymd]+(?:-[ymd]+)+$/.test(c) && !hasMessage(c)))]).toEqual([]);
  });
});
