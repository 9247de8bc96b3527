import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = mkdtempSync(path.join(tmpdir(), "egov-inputs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("gatherInputs", () => {
  it("takes a folder whose subfolder holds more files than a call takes arguments", () => {
    // Spreading a list of files into push() overflowed the stack past about 120,000 files. Under a
    // 100 KB stack 20,000 are enough to show it (and creating 130,000 files takes a test too long).
    const sub = path.join(root, "big", "sub");
    mkdirSync(sub, { recursive: true });
    for (let i = 0; i < 20_000; i++) writeFileSync(path.join(sub, `a${String(i).padStart(5, "0")}.yaml`), "");
    const script = `import { gatherInputs } from ${JSON.stringify(path.resolve("dist/cli/inputs.js"))};
      const { inputs, failures } = await gatherInputs({}, [${JSON.stringify(path.join(root, "big"))}]);
      console.log(JSON.stringify({ count: inputs.length, failures: failures.length, first: inputs[0], last: inputs.at(-1) }));`;
    const r = spawnSync(process.execPath, ["--stack-size=100", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ count: 20_000, failures: 0, first: { file: path.join(sub, "a00000.yaml"), walked: true }, last: { file: path.join(sub, "a19999.yaml"), walked: true } });
  }, 60_000);
});
