import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, tempDir } from "../report/helpers.js";
import { AFTER_THE_YEAR, fixtureAgency } from "./deadline-days.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

const RUBRIC = "test/fixtures/rubrics/deadline-parts.yaml";

// 1.1 is a sum of "co" (10) and a deadline date "ngay" (20). With the date "?", scoring (as docs/agency-format.md
// says: "scored on the parts given, the others earning nothing") gives 10 / 30, and explain says so; the warning
// said "it earns nothing until answered", read as the answer earning nothing.
describe("a parts answer with a part left ?: the warning says what scoring does", () => {
  const dir = tempDir(temps);
  const file = (name: string, answers: string) => fixtureAgency(dir, name, "plan-mini", answers);
  const partly = file("b.yaml", '  "1.1": {value: {co: true, ngay: "?"}}\n');

  it("score and explain give the part given its points, the part left ? none", async () => {
    const s = JSON.parse((await runCli(["score", partly, "--rubric", RUBRIC, "--format", "json"], { env: AFTER_THE_YEAR })).stdout);
    const agency = s.rubrics[0].agencies[0];
    expect(agency.score.indicators.find((i: { code: string }) => i.code === "1.1").points).toBeCloseTo(10, 2);
    expect(agency.score.warnings).toContainEqual(expect.objectContaining({ code: "part_unanswered", indicator: "1.1" }));
    const e = JSON.parse((await runCli(["explain", partly, "--rubric", RUBRIC, "-f", "json"], { env: AFTER_THE_YEAR })).stdout);
    expect(e.total).toBeCloseTo(10, 2);
  });

  it.each([
    ["en", "The answer to 1.1 leaves 1 part unanswered (ngay: left out or ?): it is scored on the parts given, that part earning nothing until answered (a number with nothing to count is answered 0)"],
    ["vi", "Câu trả lời 1.1 còn thiếu 1 ý (ngay: bỏ trống hoặc ?): câu này được tính điểm theo các ý đã trả lời, ý còn thiếu chưa được điểm nào cho đến khi trả lời (ý là số lượng mà không có thì ghi 0)"],
  ])("validate, score and explain warn in %s that the parts given are scored", async (lang, said) => {
    for (const cmd of ["validate", "score", "explain"]) {
      const r = await runCli([cmd, partly, "--rubric", RUBRIC, "--lang", lang], { env: AFTER_THE_YEAR });
      expect(r.code, cmd).toBe(0);
      expect(r.stderr, cmd).toContain(said);
    }
  });

  it.each([
    ["en", "An answer with parts unanswered, scored on the parts given (those unanswered earn nothing): 1.1 (ngay)"],
    ["vi", "Câu trả lời còn ý chưa trả lời, được tính điểm theo các ý đã trả lời (các ý còn thiếu chưa được điểm nào): 1.1 (ngay)"],
  ])("the score report's note in %s says the same", async (lang, said) => {
    const r = await runCli(["score", partly, "--rubric", RUBRIC, "--lang", lang, "--format", "md"], { env: AFTER_THE_YEAR });
    expect(r.stdout).toContain(said);
  });

  it.each([
    ["en", "The verified value of 1.1 leaves 1 part out (ngay: left out or ?): the verified score counts the parts given, that part earning nothing"],
    ["vi", "Giá trị thẩm định của 1.1 còn thiếu 1 ý (ngay: bỏ trống hoặc ?): điểm thẩm định tính theo các ý đã có, ý còn thiếu không được điểm nào"],
  ])("a verified value with a part left ? says so in %s", async (lang, said) => {
    const f = file(`v-${lang}.yaml`, '  "1.1": {value: {co: true, ngay: "2025-08-01"}, verified: {value: {co: true, ngay: "?"}}}\n');
    const r = await runCli(["validate", f, "--rubric", RUBRIC, "--lang", lang], { env: AFTER_THE_YEAR });
    expect(r.stderr).toContain(said);
  });
});
