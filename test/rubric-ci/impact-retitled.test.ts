import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";

/** `rubric impact` where NEW keeps indicator 1.2's code and gives it another meaning: each agency's answer is said. */

const DIR = "test/rubric-ci/fixtures/impact";
const tempDir = tempDirs();

/** v2 with 1.2 retitled: `en` and `vi` its new titles. */
function retitled(en: string, vi: string): string {
  const file = path.join(tempDir(), "v2.yaml");
  writeFileSync(file, readFileSync(`${DIR}/v2.yaml`, "utf8").replace('en: "Online public services"', `en: "${en}"`).replace('vi: "Số dịch vụ công trực tuyến"', `vi: "${vi}"`));
  return file;
}

const impact = (v2: string, format: string) => runCli(["rubric", "impact", `${DIR}/v1.yaml`, v2, "--corpus", `${DIR}/corpus`, "--format", format]);
type Note = { code: string; reason: string; params?: Record<string, unknown> };
type Agency = { agency: { id: string }; notes: { old: Note[]; new: Note[] }; refused_new_answers: string[] };

describe("rubric impact, a code given another meaning", () => {
  it("json: every agency answering 1.2 has a retitled note with both titles, and score is not said to refuse it", async () => {
    const r = await impact(retitled("Staff trained in cybersecurity", "Số cán bộ được đào tạo an toàn thông tin"), "json");
    const agencies = (JSON.parse(r.stdout) as { agencies: Agency[] }).agencies;
    expect(agencies).toHaveLength(5);
    for (const a of agencies) {
      const note = [...a.notes.old, ...a.notes.new].find((n) => n.reason === "retitled");
      expect(note, a.agency.id).toEqual({ code: "1.2", reason: "retitled", params: { old: { vi: "Số dịch vụ công trực tuyến", en: "Online public services" }, new: { vi: "Số cán bộ được đào tạo an toàn thông tin", en: "Staff trained in cybersecurity" } } });
      expect(a.refused_new_answers).not.toContain("1.2");
    }
  });

  it("github: a warning at each agency within budget; md lists it", async () => {
    const v2 = retitled("Staff trained in cybersecurity", "Số cán bộ được đào tạo an toàn thông tin");
    const github = await impact(v2, "github");
    expect(github.code).toBe(0);
    const warnings = github.stdout.split("\n").filter((l) => l.startsWith("::warning") && l.includes("1.2 asks another question"));
    expect(warnings).toHaveLength(5);
    expect((await impact(v2, "md")).stdout).toContain("answer to 1.2 carried as it is, but 1.2 asks another question in this version: “Staff trained in cybersecurity” (the answer was written for “Online public services”)");
  });

  it("a typo fixed in one language, the other reworded, is the same question: no note", async () => {
    const r = await impact(retitled("Online public service", "Số cán bộ được đào tạo an toàn thông tin"), "json");
    expect(r.stdout).not.toContain('"retitled"');
    const few = await impact(retitled("Online publik servises", "Số dịch vụ công trực tuyến năm 2026"), "json");
    expect(few.stdout).not.toContain('"retitled"');
  });
});
