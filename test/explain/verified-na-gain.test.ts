import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, REPRODUCIBLE, tempDir } from "../report/helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

// The collector answered 5.2 not applicable where the agency gave 3 / 4: on the verified basis it is the collector's
// N/A that has to change, but its gain was not marked the collector's (only one on a verified value was), and the
// officer was left to change their own answer, which the verified score does not read.
describe("explain --verified of an indicator the collector verified as not applicable", () => {
  const file = path.join(tempDir(temps), "stc.yaml");
  const seed = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
  const text = seed.replace(/^( {2}"5\.2":\n {4}value: \{a: 3, b: 4\}\n)/m, `$1    verified: {na: true, reason: "Chưa triển khai phương án", by: "Sở KH&CN"}\n`);
  if (text === seed) throw new Error("examples/so-tai-chinh-quang-binh.yaml no longer answers 5.2 with 3 / 4: the test's file was not made");
  writeFileSync(file, text);

  it("the json marks the gain as the verified one", async () => {
    const r = await runCli(["explain", file, "--verified", "-f", "json"], { env: REPRODUCIBLE });
    const gain = JSON.parse(r.stdout).gains.find((g: { code: string }) => g.code === "5.2");
    expect([gain.kind, gain.verified]).toEqual(["not_applicable", true]);
  });
  it.each([
    ["en", "not applicable as verified"],
    ["vi", "thẩm định ghi không áp dụng"],
  ])("%s: the gains table says so", async (lang, words) => {
    const r = await runCli(["explain", file, "--verified", "-f", "md", "--top", "0", "--lang", lang], { env: REPRODUCIBLE });
    expect(r.stdout.split("\n").find((l) => l.startsWith("| 5.2 |"))).toContain(`(${words})`);
  });
});
