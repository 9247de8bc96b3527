import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scoreOneInBatch } from "../../src/batch/one-in-batch.js";
import { scoreFiles, type BatchInput } from "../../src/batch/score-files.js";
import { cohortOf } from "../../src/core/agency.js";
import { batchContext } from "../../src/core/score.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "egov-one-in-batch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

// A batch of every kind: valid and invalid files (one in 20), verified values on a batch-relative indicator (3.3)
// and on another (1.1), a later file of an agency id, one with the id of the file explained, an invalid file under
// two names, agencies of two other rubrics.
generate(80, dir);
const names = readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort();
names.slice(20, 30).forEach((n, i) => {
  const text = readFileSync(at(n), "utf8");
  writeFileSync(at(n), text.replace(/("3\.3": \{value: )(\d+)/, (_, head: string, v: string) => `${head}${v}, verified: {value: ${Number(v) * (i % 2 === 0 ? 3 : 0)}}`).replace(/("1\.1": \{value: )(\d+)/, "$1$2, verified: {value: 0}"));
});
copyFileSync(at(names[10]!), at("zz-again-10.yaml"));
copyFileSync(at(names[0]!), at("zz-again-0.yaml"));
linkSync(at(names[7]!), at("zz-link-of-invalid.yaml"));
copyFileSync("examples/xa-can-giuoc-tay-ninh.yaml", at("zz-commune.yaml"));
// Met before the commune's file, its rubric (un-losi-2022) sorts after the commune's (dti-cap-xa): said in rubric order.
copyFileSync("examples/losi/hue-portal-2022.yaml", at("zy-portal.yaml"));
const batch: BatchInput[] = readdirSync(dir).sort().map((n) => ({ file: at(n), walked: true }));

describe("scoreOneInBatch: one agency scored in its batch, keeping of the batch only the figures", () => {
  it.each([
    ["an agency without verified values", names[0]!],
    ["one with verified values", names[20]!],
    ["one whose id a later file repeats", names[10]!],
    ["one of another rubric", "zz-commune.yaml"],
  ])("%s: as score scores it in memory, with the same cohort figures, counts and files left out", (_, name) => {
    const own = batch.find((b) => b.file === at(name))!;
    const rest = batch.filter((b) => b !== own);
    const whole = scoreFiles([own, ...rest]);
    const section = whole.sections.find((s) => s.agencies.some((a) => a.file === own.file))!;
    const scored = section.agencies.find((a) => a.file === own.file)!;
    const others = section.agencies.filter((a) => a !== scored).map((a) => a.agency);
    const rubric = section.rubric.rubric;
    const cohort = cohortOf(scored.agency.agency, rubric.cohorts);

    const one = scoreOneInBatch(own, rest);
    expect(one.scored?.agency).toEqual(scored);
    expect(one.scored?.rubric).toBe(section.rubric);
    expect(one.scored?.batch).toEqual({
      others: { self: batchContext(rubric, others, "self"), verified: batchContext(rubric, others, "verified") },
      agencies: section.agencies.length,
      cohortSize: section.agencies.filter((a) => cohortOf(a.agency.agency, rubric.cohorts) === cohort).length,
    });
    expect(one.leftOut).toEqual(whole.failures.map((f) => ({ file: f.file, sameAgency: f.diagnostics.some((d) => d.code === "duplicate-agency" && d.params.first === own.file) })));
    const otherSections = whole.sections.filter((s) => s !== section);
    expect(one.otherRubrics).toEqual({ count: otherSections.reduce((n, s) => n + s.agencies.length, 0), rubrics: otherSections.map((s) => `${s.rubric.rubric.id} ${s.rubric.rubric.version}`) });
  });

  it("names each kind of file left out: 4 invalid (one under two names, listed once), a later id, the explained agency's id", () => {
    const one = scoreOneInBatch(batch.find((b) => b.file === at(names[0]!))!, batch.filter((b) => b.file !== at(names[0]!)));
    expect(one.leftOut.filter((f) => !f.sameAgency).map((f) => path.basename(f.file))).toEqual([names[7], names[27], names[47], names[67], "zz-again-10.yaml"]);
    expect(one.leftOut.filter((f) => f.sameAgency).map((f) => path.basename(f.file))).toEqual(["zz-again-0.yaml"]);
    // Its verified context moved by the batch's verified values, which its self context does not see.
    expect(one.scored?.batch.others.verified).not.toEqual(one.scored?.batch.others.self);
    const checked = batch.find((b) => b.file === at(names[20]!))!;
    expect(scoreOneInBatch(checked, batch.filter((b) => b !== checked)).scored?.agency.verified?.total).toBeDefined();
  });

  it("gives an invalid file's findings and scores nothing", () => {
    const own = batch.find((b) => b.file === at(names[7]!))!;
    const one = scoreOneInBatch(own, batch.filter((b) => b !== own));
    expect(one.scored).toBeUndefined();
    expect(one.failure?.diagnostics.map((d) => d.code)).toEqual(["wrong-type", "unknown-indicator"]);
  });
});

describe("scoreOneInBatch: the files left out, as score lists them", () => {
  const own: BatchInput = { file: "examples/so-khcn-quang-binh.yaml" };
  const small = (name: string) => path.join(dir, "small", name);
  mkdirSync(path.join(dir, "small"));
  copyFileSync("examples/kho-bac-quang-binh.yaml", small("1-kho-bac.yaml"));
  copyFileSync("examples/kho-bac-quang-binh.yaml", small("2-kho-bac-again.yaml"));
  writeFileSync(small("3-broken.yaml"), "agency: [\n");
  linkSync(small("1-kho-bac.yaml"), small("4-link.yaml"));

  it("in file order, a later file of an agency id before an invalid file after it", () => {
    const one = scoreOneInBatch(own, ["1-kho-bac.yaml", "2-kho-bac-again.yaml", "3-broken.yaml"].map((n) => ({ file: small(n) })));
    expect(one.leftOut).toEqual([{ file: small("2-kho-bac-again.yaml"), sameAgency: false }, { file: small("3-broken.yaml"), sameAgency: false }]);
  });

  it("not a hard link to a file of the batch: that file, scored once", () => {
    const one = scoreOneInBatch(own, ["1-kho-bac.yaml", "4-link.yaml"].map((n) => ({ file: small(n) })));
    expect(one.leftOut).toEqual([]);
    expect(one.scored?.batch.agencies).toBe(2);
  });
});
