import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readText, readTextOnly } from "../../src/load/read.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf16 = (text: string, bom: number[], big = false) => {
  const le = Buffer.from(text, "utf16le");
  if (big) le.swap16();
  return Buffer.concat([Buffer.from(bom), le]);
};

const FILES: [string, Buffer][] = [
  ["plain UTF-8", Buffer.from("agency:\n  name: Sở Nội vụ\n")],
  ["empty", Buffer.alloc(0)],
  ["a BOM", Buffer.from("\uFEFFa: ở\n")],
  ["two BOMs", Buffer.from("\uFEFF\uFEFFa: 1\n")],
  ["a literal U+FFFD", Buffer.from("a: \uFFFD\n")],
  ["bytes that are no UTF-8", Buffer.from([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a])],
  ["a lone continuation byte", Buffer.from([0x61, 0x80, 0x0a])],
  ["NUL", Buffer.from("a: 1\0\n")],
  ["UTF-16 LE with a BOM", utf16("a: Sở\n", [0xff, 0xfe])],
  ["UTF-16 BE with a BOM", utf16("a: Sở\n", [0xfe, 0xff], true)],
  ["UTF-16 LE without a BOM", utf16("agency: name\n", [])],
  ["a control character", Buffer.from("a: \u0007\n")],
  ["NEL, which YAML allows", Buffer.from("a: x\u0085y\n")],
  ["CRLF line ends", Buffer.from("a: 1\r\nb: 2\r\n")],
  ["just too large", Buffer.alloc(MAX_FILE_BYTES + 1, 0x61)],
  ["just small enough", Buffer.alloc(MAX_FILE_BYTES, 0x61)],
];

describe("readTextOnly", () => {
  it.each(FILES)("gives what readText gives: %s", (name, bytes) => {
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
    writeFileSync(file, bytes);
    const { bytes: _bytes, ...expected } = readText(file) as { bytes?: Uint8Array };
    expect(readTextOnly(file)).toEqual(expected);
  });

  it("gives what readText gives for a missing file and a folder", () => {
    mkdirSync(path.join(dir, "folder.yaml"), { recursive: true });
    for (const file of [path.join(dir, "missing.yaml"), path.join(dir, "folder.yaml")]) {
      const outcome = readTextOnly(file);
      expect(outcome.ok).toBe(false);
      expect(outcome).toEqual(readText(file));
    }
  });
});
