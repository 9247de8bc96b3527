import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { xlsxCells } from "../helpers/xlsx-parts.js";
import { cleanup, REPRODUCIBLE, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

// The Ban QLKKT example's 4.5, N/A ("Tỉnh chưa ban hành chính sách hỗ trợ riêng."), verified N/A for another reason.
const FILE = "test/fixtures/verified-batch/ban-qlkkt.yaml";
const SELF = "Tỉnh chưa ban hành chính sách hỗ trợ riêng.";
const VERIFIED = "Tỉnh đã có chính sách chung, Ban chưa áp dụng.";

// Both sides N/A with another reason was listed "Verified, unchanged: 4.5", the collector's reason nowhere: a finding
// of the verification (why it does not apply) read as a confirmation. It is a change, both reasons said.
describe("a verified N/A whose reason is not the agency's", () => {
  const score = async (...args: string[]) => {
    const r = await runCli(["score", FILE, ...args], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it.each(["table", "md"])("%s lists it as a change with both reasons, not as unchanged", async (format) => {
    const out = await score("-f", format, "--lang", "en");
    expect(out).not.toContain("Verified, unchanged");
    expect(out).toContain(SELF);
    expect(out).toContain(VERIFIED);
  });

  it("the xlsx Verification sheet gives both reasons, its note not saying unchanged", async () => {
    const out = path.join(tempDir(temps), "r.xlsx");
    await score("-o", out, "--lang", "en");
    const sheet = xlsxCells(out).get("Verification")!;
    const ref = [...sheet].find(([r, c]) => r.startsWith("D") && c.value === "4.5")?.[0];
    expect(ref).toBeDefined();
    const n = ref!.slice(1);
    expect(sheet.get(`F${n}`)?.value).toContain(SELF);
    expect(sheet.get(`H${n}`)?.value).toContain(VERIFIED);
    expect(sheet.get(`K${n}`)?.value ?? "").not.toContain("unchanged");
  });
});
