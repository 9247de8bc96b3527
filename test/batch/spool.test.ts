import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SpoolReader, SpoolWriter, spoolRecords } from "../../src/batch/spool.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-spool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function roundTrip(name: string, records: string[]) {
  const file = path.join(dir, name);
  const writer = new SpoolWriter(file);
  const places = records.map((r) => writer.add(r));
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
  ];

  it.each(cases)("%s: read back in order and by position, byte for byte", (name, records) => {
    const { file, places } = roundTrip(name.replace(/\W+/g, "-"), records);
    expect([...spoolRecords(file)]).toEqual(records);
    const reader = new SpoolReader();
    try {
      places.forEach((at, i) => expect(reader.read(file, at.offset, at.length).toString("utf8")).toBe(records[i]));
    } finally {
      reader.close();
    }
    expect(statSync(file).size).toBe(records.reduce((n, r) => n + Buffer.byteLength(r) + 1, 0));
  });
});
