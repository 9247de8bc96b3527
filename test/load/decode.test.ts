import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/load/decode.js";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));

describe("decodeBytes says where a file stops being UTF-8 text", () => {
  it.each([
    ["a stray byte on line 3", bytes("a: 1\nb: 2\nc: ", [0xff], "\n"), "not-utf8", 3, 4],
    ["Vietnamese before a Windows-1258 byte", bytes("name: Sở Tài chính ", [0xe0], "\n"), "not-utf8", 1, 20],
    ["a character cut at the end", bytes("a: 1\nb: Nguy", [0xe1, 0xbb]), "not-utf8", 2, 8],
    ["an overlong form", bytes("x: ", [0xc0, 0xaf]), "not-utf8", 1, 4],
    ["an overlong three-byte form", bytes("x: ", [0xe0, 0x80, 0x80], "y\n"), "not-utf8", 1, 4],
    ["an encoded surrogate", bytes("x: ", [0xed, 0xa0, 0x80]), "not-utf8", 1, 4],
    ["a byte past U+10FFFF", bytes("x: ", [0xf5, 0x80, 0x80, 0x80]), "not-utf8", 1, 4],
    ["a NUL byte on line 2", bytes("a: 1\nb: x", [0], "y\n"), "binary-file", 2, 5],
    ["a control character on line 2", bytes("a: 1\nb: x\u0007y\n"), "binary-file", 2, 5],
    ["an escape (ESC) on line 1", bytes("name: a\u001b[2Jb\n"), "binary-file", 1, 8],
    ["a form feed", bytes("a: 1\n\u000cb: 2\n"), "binary-file", 2, 1],
    ["a DEL", bytes("a: x\u007f\n"), "binary-file", 1, 5],
    ["a DEL before a NUL", bytes("a: x\u007fy", [0], "\n"), "binary-file", 1, 5],
    // Zero bytes on both parities: no UTF-16 text, whatever most of them are.
    ["zero bytes at odd and even places", bytes([0x41, 0, 0x42, 0, 0x43, 0, 0x44, 0, 0, 0x45]), "binary-file", 1, 2],
    ["a control character after a BOM, counted as an editor shows it", bytes([0xef, 0xbb, 0xbf], "a\u0001"), "binary-file", 1, 2],
    ["a Ctrl-Z before the end", bytes("a: 1\n\u001a\nb: 2\n"), "binary-file", 2, 1],
  ])("%s", (_, input, code, line, col) => {
    expect(decodeBytes(input)).toEqual({ ok: false, code, line, col });
  });

  it.each([
    ["ASCII", bytes("a: 1\n")],
    ["Vietnamese and a four-byte character", bytes("tên: Sở Tài chính 𝐀\n")],
  ])("decodes well-formed %s", (_, input) => {
    expect(decodeBytes(input)).toMatchObject({ ok: true, text: input.toString("utf8").replace(/^\uFEFF/, "") });
  });

  // Old DOS and Windows tools (copy, edit, some mail exports) end a text file with Ctrl-Z: the file is text.
  it.each([
    ["UTF-8", bytes("a: 1\r\n", [0x1a])],
    ["UTF-8 with two of them", bytes("a: 1\r\n", [0x1a, 0x1a])],
    ["UTF-16 LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a: 1\r\n\u001a", "utf16le")])],
  ])("reads a %s file ended by Ctrl-Z as its text", (_, input) => {
    expect(decodeBytes(input)).toEqual({ ok: true, text: "a: 1\r\n" });
  });
});
