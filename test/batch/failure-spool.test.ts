import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { encodeFailure, FailureSpool, headlineOnly, spooledFailure } from "../../src/batch/failure-spool.js";
import type { FileFailure } from "../../src/batch/score-files.js";
import { SpoolReader, type MemorySpools } from "../../src/batch/spool.js";
import { withFrame } from "../../src/load/located.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-failure-spool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = Array.from({ length: 120 }, (_, i) => `  "${i}.1": {value: "${"Văn bản chưa đúng định dạng ".repeat(12)}"}`).join("\n");
const file = "/tmp/so-xay-dung.yaml";

/** A file with `count` findings of long values, a warning first (a warning may come before the error that refused the file). */
function failure(count: number): FileFailure {
  const warning = withFrame({ code: "unknown-key", severity: "warning", line: 1, col: 3, params: { key: "ghi_chu" } }, file, text);
  const errors = Array.from({ length: count }, (_, i) => withFrame({ code: "wrong-type", line: i + 1, col: 12, path: `answers/${i}.1/value`, params: { found: "Văn bản chưa đúng định dạng ".repeat(12), expected_key: "number" } }, file, text));
  return { file, agency: { id: "qb-sxd", name: "Sở Xây dựng" }, diagnostics: [warning, ...errors] };
}

const failures: FileFailure[] = [
  failure(100),
  // Read before it is found (no location, no frame), and a later file of an agency id with one finding.
  { file: "/tmp/da-xoa.yaml", diagnostics: [withFrame({ code: "file-not-found", params: { detail: "ENOENT" } }, "/tmp/da-xoa.yaml", undefined)] },
  { ...failure(0), diagnostics: [withFrame({ code: "duplicate-agency", line: 5, col: 7, path: "agency/id", params: { id: "qb-sxd", first: "/tmp/a.yaml" } }, file, text)] },
  // Findings larger than the spool's 1 MiB buffer.
  failure(2500),
];

describe.each(["disk", "memory"] as const)("files not scored spooled (%s)", (where) => {
  const memory: MemorySpools | undefined = where === "memory" ? new Map() : undefined;
  const spool = new FailureSpool(path.join(dir, `${where}.failures`), memory);
  const kept = failures.map((f) => spool.add(encodeFailure(f)));
  const openBeforeClose = spool.open;
  spool.close();
  // A worker that ends is closed twice (its result, then its exit): nothing is written again, nothing thrown.
  spool.close();
  const reader = new SpoolReader(memory);
  afterAll(() => reader.close());

  it("say whether they still take files (a worker's failure sent after it died is not taken)", () => {
    expect([openBeforeClose, spool.open]).toEqual([true, false]);
  });

  it("come back whole, code frames and all, in any order", () => {
    expect(kept.map((f) => spooledFailure(reader, f, true))).toEqual(failures);
    expect(spooledFailure(reader, kept[0]!, true)).toEqual(failures[0]);
  });

  it("come back without their code frames for the reports", () => {
    expect(kept.map((f) => spooledFailure(reader, f, false))).toEqual(failures.map((f) => ({ ...f, diagnostics: f.diagnostics.map(({ frame: _frame, ...d }) => d) })));
  });

  it("keep in memory what the lists show: the first error (not a warning before it), how many findings, no frame", () => {
    expect(kept.map((f) => [f.file, f.agency?.id, f.headline?.code, f.headline?.line, f.findingCount])).toEqual([
      [file, "qb-sxd", "wrong-type", 1, 101],
      ["/tmp/da-xoa.yaml", undefined, "file-not-found", undefined, 1],
      [file, "qb-sxd", "duplicate-agency", 5, 1],
      [file, "qb-sxd", "wrong-type", 1, 2501],
    ]);
    expect(JSON.stringify(kept)).not.toContain('"frame"');
    expect(JSON.stringify(kept).length).toBeLessThan(4000);
    // Its value of 336 letters cut at 300, as standard error shows it.
    const whole = spooledFailure(reader, kept[0]!, false).diagnostics[1]!;
    expect(headlineOnly(kept[0]!).diagnostics).toEqual([{ ...whole, params: { ...whole.params, found: `${String(whole.params.found).slice(0, 299)}…` } }]);
  });
});

describe("the first error kept of a file not scored", () => {
  const huge = "Báo cáo ".repeat(40_000);
  const link = `https://example.gov.vn/${"tai-lieu/".repeat(60)}`;
  const kept = encodeFailure({ file, diagnostics: [withFrame({ code: "wrong-type", line: 3, col: 12, path: "answers/1.1/value", params: { found: huge, expected_key: "number", url: link } }, file, text)] });

  it("quotes the file's text cut as standard error shows it (a 320 KB value was kept whole for the batch)", () => {
    const found = String(kept.kept.headline?.params.found);
    expect([...found]).toHaveLength(300);
    expect(found.endsWith("…")).toBe(true);
    expect(huge.startsWith(found.slice(0, -1))).toBe(true);
  });

  it("keeps a link whole, to be opened, and the whole value in the spooled findings the json lists", () => {
    expect(kept.kept.headline?.params.url).toBe(link);
    expect(Buffer.from(kept.findings).toString("utf8")).toContain(huge);
  });
});
