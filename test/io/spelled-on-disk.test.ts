import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spelledOnDisk } from "../../src/io/spelled-on-disk.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-spelled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ["so-tc.yaml", "phiếu.yaml".normalize("NFD")]) writeFileSync(path.join(dir, name), "");

describe("spelledOnDisk for a file to be written (anyCase: false)", () => {
  // On a disk that does not tell case apart (macOS, Windows) the name as typed is that file already.
  it.skipIf(existsSync(path.join(dir, "SO-TC.YAML")))("takes another case as another file, as a disk that tells case apart does (init -o SO-TC.yaml must not write over so-tc.yaml)", () => {
    expect(spelledOnDisk(path.join(dir, "SO-TC.yaml"), { anyCase: false })).toBe(path.join(dir, "SO-TC.yaml"));
    expect(spelledOnDisk(path.join(dir, "SO-TC.yaml"))).toBe(path.join(dir, "so-tc.yaml"));
  });

  it("still finds a name stored decomposed (NFD) typed composed", () => {
    expect(spelledOnDisk(path.join(dir, "phiếu.yaml".normalize("NFC")), { anyCase: false })).toBe(path.join(dir, "phiếu.yaml".normalize("NFD")));
  });
});
