import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

/** Golden outputs: refresh on purpose with `npm run update:golden`, then review the diff. */
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const env = { SOURCE_DATE_EPOCH: "1758758400" }; // 2025-09-25, the seed's submission date

async function golden(name: string, args: string[], lang: string): Promise<void> {
  const r = await runCli(args, { env: { ...env, LANG: lang } });
  const file = path.join("test/golden", name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, r.stdout);
  }
  expect(r.stdout).toBe(readFileSync(file, "utf8"));
}

describe("golden reports", () => {
  it("seed agency, table, Vietnamese", () => golden("seed.table.vi.txt", ["score", "examples/so-khcn-quang-binh.yaml"], "vi_VN.UTF-8"));
  it("seed agency, table, English", () => golden("seed.table.en.txt", ["score", "examples/so-khcn-quang-binh.yaml"], "en_US.UTF-8"));
  it("seed agency, json", () => golden("seed.json", ["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"], "en_US.UTF-8"));
  it("all examples, table, Vietnamese (ranking and the invalid file)", () => golden("examples.table.vi.txt", ["score", "examples/"], "vi_VN.UTF-8"));
  it("the invalid example's errors, Vietnamese", async () => {
    const r = await runCli(["validate", "examples/invalid/so-xay-dung-loi.yaml"], { env: { LANG: "vi_VN.UTF-8" } });
    const file = "test/golden/invalid.errors.vi.txt";
    if (UPDATE || !existsSync(file)) writeFileSync(file, r.stderr);
    expect(r.stderr).toBe(readFileSync(file, "utf8"));
  });
});
