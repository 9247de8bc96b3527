import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { agencyTypeArg } from "../../src/cli/agency-type-words.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-type-words-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The help says "-t … ví dụ department (sở) hoặc commune (xã)"; a commune officer typed -t xã and was told the type
// is not in dti-cap-so, whose types (department, board, vertical) name no commune (found by helper officer7).
describe("-t given in the Vietnamese word the help puts beside each type", () => {
  it.each([["xã", "commune"], ["Xã", "commune"], ["xa", "commune"], ["phường", "ward"], ["sở", "department"], ["commune", "commune"], ["vertical", "vertical"]])("%s is %s", (typed, type) => {
    expect(agencyTypeArg(typed)).toBe(type);
  });

  it("init -t xã writes a commune's file for the commune rubric", async () => {
    const file = path.join(dir, "xa.yaml");
    const r = await runCli(["init", "-o", file, "-t", "xã", "--lang", "vi"]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("rubric: {id: dti-cap-xa");
    expect(text).toContain("type: commune");
  });
});
