import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const readme = readFileSync("README.md", "utf8");
/** README's row for a command in its table of commands. */
const row = (name: string): string => {
  const at = readme.indexOf(`\n| \`${name}`);
  return at < 0 ? "" : readme.slice(at, readme.indexOf("\n", at + 1));
};
const dir = mkdtempSync(path.join(tmpdir(), "egov-docs-names-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README says which names a new agency file may have, as init and assess refuse the others", () => {
  it("init -o with a name a folder's batch would not read is refused, and README's init and assess rows say the rule", async () => {
    for (const name of ["so-tc.txt", ".so-tc.yaml"]) {
      const r = await runCli(["init", "-o", path.join(dir, name)]);
      expect({ name, code: r.code }).toEqual({ name, code: 2 });
    }
    for (const name of ["init", "assess"]) {
      expect(row(name)).toMatch(/`\.yaml` or `\.yml`/);
      expect(row(name)).toMatch(/begin with a dot/);
    }
  });
});
