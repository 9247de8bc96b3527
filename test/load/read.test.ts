import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readText, textOf } from "../../src/load/read.js";

describe("readText and textOf refuse a file too large before decoding it", () => {
  it("a 3 GiB file (sparse) is refused by its size, not read (reading it failed as file-unreadable, after trying to take 3 GiB of memory)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-read-"));
    try {
      const file = path.join(dir, "huge.yaml");
      writeFileSync(file, "");
      truncateSync(file, 3 * 1024 ** 3);
      expect(readText(file)).toEqual({ ok: false, diagnostics: [{ code: "file-too-large", line: 1, col: 1, params: { size: 3 * 1024 ** 3, limit: MAX_FILE_BYTES } }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("text given as bytes (standard input) is refused past the same limit", () => {
    const size = MAX_FILE_BYTES + 1;
    expect(textOf(Buffer.alloc(size, 0x23))).toEqual({ ok: false, diagnostics: [{ code: "file-too-large", line: 1, col: 1, params: { size, limit: MAX_FILE_BYTES } }] });
    expect(textOf(Buffer.alloc(MAX_FILE_BYTES, 0x23)).ok).toBe(true);
  });

  it("a file of the limit exactly is read", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-read-"));
    try {
      const file = path.join(dir, "full.yaml");
      writeFileSync(file, Buffer.alloc(MAX_FILE_BYTES, 0x23));
      expect(readText(file).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("readText says a file not there apart from one it cannot read", () => {
  it("not there: file-not-found; a folder: file-unreadable", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-read-"));
    try {
      expect(readText(path.join(dir, "none.yaml"))).toEqual({ ok: false, diagnostics: [{ code: "file-not-found", params: { detail: "ENOENT" } }] });
      expect(readText(dir)).toMatchObject({ ok: false, diagnostics: [{ code: "file-unreadable" }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
