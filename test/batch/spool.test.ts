import { existsSync, fstatSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SpoolReader, SpoolWriter, spoolRecords, spoolScratch, type MemorySpools } from "../../src/batch/spool.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-spool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `bytes`: records handed over already encoded (what a worker does for a file not scored). */
function roundTrip(name: string, records: string[], how: "text" | "bytes" = "text") {
  const file = path.join(dir, `${name}-${how}`);
  const writer = new SpoolWriter(file);
  const places = records.map((r) => (how === "text" ? writer.add(r) : writer.addBytes(Buffer.from(r))));
  writer.close();
  return { file, places };
}

describe("spool files", () => {
  const cases: [string, string[]][] = [
    ["nothing", []],
    ["one ASCII record", ['{"id":"a"}']],
    ["Vietnamese text (several bytes a character)", ['{"name":"Sở Khoa học và Công nghệ"}', '{"note":"Đã kiểm tra ✓"}']],
    ["records across many 1 MiB chunks", Array.from({ length: 3000 }, (_, i) => JSON.stringify({ i, text: "Ủy ban nhân dân ".repeat(40 + (i % 7)) }))],
    ["a record larger than the buffer, between small ones", ['{"a":1}', JSON.stringify({ big: "ở".repeat(700_000) }), '{"b":2}']],
    // 3 bytes a unit (€) nearly filling the buffer, after a record that leaves too little room; 4 bytes a pair (emoji).
    ["records of the widest characters, near the buffer's size", ['{"a":"😀"}', `"${"€".repeat(349_000)}"`, `"${"😀".repeat(200_000)}"`, '{"b":"€"}']],
    // Its line end no longer fits in the buffer: it must still end the record, not be dropped.
    ["a record of exactly the buffer's size", ['{"a":1}', "x".repeat(1 << 20), '{"b":2}']],
  ];

  it.each(cases.flatMap(([name, records]) => (["text", "bytes"] as const).map((how) => [name, how, records] as const)))("%s, given as %s: read back in order and by position, byte for byte", (name, how, records) => {
    const { file, places } = roundTrip(name.replace(/\W+/g, "-"), records, how);
    expect([...spoolRecords(file)]).toEqual(records);
    const reader = new SpoolReader();
    try {
      places.forEach((at, i) => expect(reader.read(file, at.offset, at.length).toString("utf8")).toBe(records[i]));
    } finally {
      reader.close();
    }
    expect(statSync(file).size).toBe(records.reduce((n, r) => n + Buffer.byteLength(r) + 1, 0));
  });

  it("reads records out of order and after later reads, each still whole", () => {
    const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ i, text: "Sở Nội vụ ".repeat(60 + (i % 11)) }));
    // About 2.5 MB: the reads below jump between read-ahead windows.
    const { file, places } = roundTrip("out-of-order", records);
    const reader = new SpoolReader();
    try {
      const order = [2999, 0, 1500, 1, 2998, 500, 501, 2, ...Array.from({ length: 40 }, (_, k) => (k * 997) % 3000)];
      const held = order.map((i) => ({ i, bytes: reader.read(file, places[i]!.offset, places[i]!.length) }));
      // Buffers handed out earlier stay valid after the reader has moved on.
      for (const { i, bytes } of held) expect(bytes.toString("utf8")).toBe(records[i]);
    } finally {
      reader.close();
    }
  });

  // /dev/full refuses every write with ENOSPC, as a full disk does.
  it.runIf(existsSync("/dev/full"))("closes its file even when the last write fails (a full disk): the failure is thrown, no descriptor kept open", () => {
    const writer = new SpoolWriter("/dev/full");
    writer.add('{"a":1}');
    const fd = (writer as unknown as { fd: number }).fd;
    expect(() => writer.close()).toThrow(/ENOSPC/);
    expect(() => fstatSync(fd)).toThrow(/EBADF/);
  });

  it("says so when a record runs past the end of its spool", () => {
    const { file, places } = roundTrip("short", ['{"a":1}']);
    const reader = new SpoolReader();
    try {
      expect(() => reader.read(file, places[0]!.offset, places[0]!.length + 10)).toThrow(/ends early/);
    } finally {
      reader.close();
    }
  });
});

describe("a report's scratch spool", () => {
  // The html's ranking rows: markup, line ends and quotes in an agency's name, text of several bytes a character.
  const records = [
    ["cohort-a", '<tr><td class="num">1</td><th scope="row">Sở "Tài chính"\nline two</th>', "<td>self</td>", "</tr>"],
    ["", "", "", ""],
    ...Array.from({ length: 2000 }, (_, i) => [`c${i % 3}`, "Ủy ban nhân dân ".repeat(100 + (i % 7)), "€😀", `</tr>${i}`]),
  ];

  it.each(["disk", "memory"] as const)("on %s: gives its records back in order, each string as it was put", (where) => {
    const memory: MemorySpools | undefined = where === "memory" ? new Map() : undefined;
    const scratch = spoolScratch(path.join(dir, `scratch-${where}`), memory);
    for (const r of records) scratch.add(r);
    expect([...scratch.records()]).toEqual(records);
    scratch.close();
  });

  it.runIf(existsSync("/proc/self/fd"))("closes its file once, read back or not (a file left open keeps the spool folder on Windows)", () => {
    const open = () => readdirSync("/proc/self/fd").length;
    const before = open();
    const unread = spoolScratch(path.join(dir, "scratch-unread"));
    unread.add(["a"]);
    expect(open()).toBe(before + 1);
    unread.close();
    unread.close();
    expect(open()).toBe(before);
    expect([...spoolRecords(path.join(dir, "scratch-unread"))]).toEqual(['["a"]']);
  });
});
