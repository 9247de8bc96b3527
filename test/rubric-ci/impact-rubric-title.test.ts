import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "./helpers/files.js";

/** `rubric impact` lists a change to the rubric's own title beside its other settings, in every format. */

const DIR = "test/rubric-ci/fixtures/impact";
const tempDir = tempDirs();

function retitledV2(): string {
  const file = path.join(tempDir(), "v2.yaml");
  writeFileSync(file, readFileSync(`${DIR}/v2.yaml`, "utf8").replace('en: "Impact test rubric"', 'en: "Impact trial rubric"').replace('vi: "Bộ chỉ số thử ảnh hưởng"', 'vi: "Bộ chỉ số thử nghiệm ảnh hưởng"'));
  return file;
}

describe("rubric impact: the rubric's title", () => {
  const change = "title: “Impact test rubric” → “Impact trial rubric”";
  it.each(["table", "md", "github", "junit"])("--format %s says it", async (format) => {
    const r = await runCli(["rubric", "impact", `${DIR}/v1.yaml`, retitledV2(), "--corpus", `${DIR}/corpus`, "--format", format, "--no-color"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(change);
  });

  it("--format json lists it among the rubric's changes, both languages", async () => {
    const r = await runCli(["rubric", "impact", `${DIR}/v1.yaml`, retitledV2(), "--corpus", `${DIR}/corpus`, "--format", "json"]);
    const fields = JSON.parse(r.stdout).diff.rubric as { field: string; old: unknown; new: unknown }[];
    expect(fields.find((f) => f.field === "title")).toEqual({
      field: "title",
      old: { vi: "Bộ chỉ số thử ảnh hưởng", en: "Impact test rubric" },
      new: { vi: "Bộ chỉ số thử nghiệm ảnh hưởng", en: "Impact trial rubric" },
    });
  });
});
