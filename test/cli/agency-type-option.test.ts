import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { typesNamed } from "../../src/core/type-words.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-type-words-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const typesOf = (file: string) => { const o = loadRubric(file); if (!o.ok) throw new Error(file); return o.loaded.rubric.agency_types; };
const so = typesOf("rubrics/dti-cap-so.yaml");
const xa = typesOf("rubrics/dti-cap-xa.yaml");

// The help says "-t … ví dụ department (sở) hoặc commune (xã)"; a commune officer typed -t xã and was told the type
// is not in dti-cap-so, whose types (department, board, vertical) name no commune (found by helper officer7).
describe("-t given in the Vietnamese word the help puts beside each type, or the type's label", () => {
  it.each([["xã", xa, ["commune"]], ["Xã", xa, ["commune"]], ["xa", xa, ["commune"]], ["phường", xa, ["ward"]], ["sở", so, ["department"]], ["commune", xa, ["commune"]], ["vertical", so, ["vertical"]], ["UBND xã", xa, ["commune"]], ["ubnd", xa, ["commune", "ward"]], ["xã", so, []], ["phuong", xa, ["ward"]], ["so", so, ["department"]], [" xã ", xa, ["commune"]], ["xã".normalize("NFD"), xa, ["commune"]]])("%s in its rubric names %j", (typed, types, named) => {
    expect(typesNamed(types, typed)).toEqual(named);
  });

  it("a rubric's own id wins over the help's word (a rubric may call its type xa)", () => {
    expect(typesNamed([{ id: "xa", label: { vi: "Xã", en: "Commune" } }, { id: "commune", label: { vi: "Khác", en: "Other" } }], "xa")).toEqual(["xa"]);
  });

  it("init -t xã writes a commune's file for the commune rubric", async () => {
    const file = path.join(dir, "xa.yaml");
    const r = await runCli(["init", "-o", file, "-t", "xã", "--lang", "vi"]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("rubric: {id: dti-cap-xa");
    expect(text).toContain("type: commune");
  });
});

// `assess -t ubnd` listed the types of dti-cap-so, department, board and vertical, without a word of what they are;
// "UBND xã", the commune type's own label, was refused (found by helper officer8).
describe("-t in words, against the rubric in use", () => {
  it("init -t \"UBND phường\" writes a ward's file for the commune rubric", async () => {
    const file = path.join(dir, "phuong.yaml");
    expect((await runCli(["init", "-o", file, "-t", "UBND phường"])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("type: ward");
  });

  it("assess -t ubnd names the rubric that has such types, and which they are, to choose", async () => {
    const r = await runCli(["assess", "-t", "ubnd", "--lang", "vi"], { stdinIsTTY: true, cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, " ")).toContain("Loại cơ quan \"ubnd\" có thể là nhiều loại của bộ chỉ số dti-cap-xa 2025.2: commune (UBND xã), ward (UBND phường); hãy ghi rõ, ví dụ -t commune");
  });

  it("a type no rubric has is told with the types of the rubric in use, --rubric's, and what each is", async () => {
    const r = await runCli(["init", "-t", "huyện", "-r", "dti-cap-xa", "--lang", "vi"]);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, " ")).toContain("không có trong bộ chỉ số dti-cap-xa 2025.2; các loại của bộ này: commune (UBND xã), ward (UBND phường)");
  });

  // A district officer's `init -t district` (no bundled rubric has districts) was told the type is not in dti-cap-so,
  // a rubric never named, with its three types only, as if no other were bundled, and not what to do (newcomer2).
  it.each([["init", "-t", "district"], ["assess", "-t", "huyện"]])("%s %s %s without --rubric names every bundled rubric's types and --rubric FILE for the province's", async (...args) => {
    const r = await runCli([...args, "--lang", "en"], { stdinIsTTY: true, cwd: dir });
    expect(r.code).toBe(2);
    const said = r.stderr.replace(/\s+/g, " ");
    expect(said).toContain(`No bundled rubric has the agency type "${args[2]}"`);
    expect(said).toContain("dti-cap-so: department (Provincial department), board");
    expect(said).toContain("dti-cap-xa: commune (Commune People's Committee), ward (Ward People's Committee); un-losi-2022: city");
    expect(said).toContain("name your province's rubric file with --rubric FILE");
    expect(said).not.toContain("is not in the rubric dti-cap-so");
  });

  it("in Vietnamese too", async () => {
    const r = await runCli(["init", "-t", "huyện", "--lang", "vi"]);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, " ")).toContain("Không bộ chỉ số có sẵn nào có loại cơ quan \"huyện\"; các loại của từng bộ có sẵn: dti-cap-so: department (Sở, ban, ngành cấp tỉnh)");
  });

  // With --rubric dti-cap-so, "ubnd" (commune or ward) and "xã" (commune) are types of dti-cap-xa: the user is told to
  // use --rubric dti-cap-xa, and where the word names two types there, which to choose at once (one refusal, not two).
  it.each([
    ["ubnd", "in dti-cap-xa it may be commune (Commune People's Committee), ward (Ward People's Committee): use --rubric dti-cap-xa and say which, e.g. --rubric dti-cap-xa -t commune"],
    ["xã", "but is in dti-cap-xa: use --rubric dti-cap-xa"],
  ])("-t %s given with a rubric that has no such type names the bundled rubric that has it", async (typed, said) => {
    const r = await runCli(["init", "-t", typed, "-r", "dti-cap-so", "-o", path.join(dir, "elsewhere.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, " ")).toContain(said);
  });

  // A rubric file of a bundled rubric's id, changed (a province's copy of dti-cap-xa without wards): "use --rubric
  // dti-cap-xa" would send the user to the rubric they named, to be refused again.
  it("a type the bundled rubric of the same id has, missing from an edited copy of it, is said to be not in the rubric, no other named", async () => {
    const copy = path.join(dir, "dti-cap-xa-no-ward.yaml");
    writeFileSync(copy, readFileSync("rubrics/dti-cap-xa.yaml", "utf8").replace(/\n {2}- \{id: ward, label[^\n]+/, "").replace("agency_types: [ward]", "agency_types: [commune]"));
    const r = await runCli(["init", "-t", "ward", "-r", copy, "-o", path.join(dir, "no-ward.yaml")]);
    expect([r.code, r.stderr.replace(/\s+/g, " ").trim()]).toEqual([2, "Agency type \"ward\" is not in the rubric dti-cap-xa 2025.2; its types: commune (Commune People's Committee)"]);
  });
});

// A commune's officer who filled a blank dti-cap-so file (init without -t) with `type: commune` was told only the
// department rubric's three types, as if one of them were to be picked (newcomer2).
describe("an agency file whose type is another bundled rubric's", () => {
  const withType = (name: string, from: string, to: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").replace(`type: ${from}`, `type: ${to}`));
    return file;
  };

  it.each([["commune", "commune"], ["xã", "commune"]])("type: %s in a dti-cap-so file names dti-cap-xa and how its file is made", async (typed, id) => {
    const r = await runCli(["validate", withType(`so-${id}-${typed.length}.yaml`, "department", typed), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\s+/g, " ")).toContain(`hint: ${typed} is an agency type of the bundled rubric dti-cap-xa, not of the rubric this file answers: a file for dti-cap-xa is made with egov-score --lang en init -t ${id} -o FILE.yaml (or egov-score --lang en assess NEW-FILE.yaml -t ${id})`);
  });

  it("a type no bundled rubric has gets no such hint", async () => {
    const r = await runCli(["validate", withType("so-district.yaml", "department", "district"), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("found: district");
    expect(r.stderr).not.toContain("bundled rubric");
  });
});

// Both hints were keyed on hint_type_rubric, so each finding printed the other's too, its {placeholders} unfilled:
// a dti-cap-so file with type: commune, checked without --rubric, was told "which --rubric gives" (newcomer5).
describe("the two hints on an agency type of another bundled rubric are each said only where they belong", () => {
  const unfilled = /\{[a-z_]+\}/;

  it("type: commune in a dti-cap-so file, no --rubric: the hint on how its file is made, none on --rubric", async () => {
    const file = path.join(dir, "so-commune-no-option.yaml");
    writeFileSync(file, readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").replace("type: department", "type: commune"));
    for (const lang of ["en", "vi"]) {
      const r = await runCli(["validate", file, "--lang", lang]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(unfilled);
      expect(r.stderr).not.toContain("--rubric");
    }
  });

  it("a commune's file, its rubric line deleted, with --rubric dti-cap-so: the hint on --rubric, none on how a file is made", async () => {
    const file = path.join(dir, "xa-no-rubric-line.yaml");
    writeFileSync(file, readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8").replace(/^rubric:.*\n/m, ""));
    for (const lang of ["en", "vi"]) {
      const r = await runCli(["validate", file, "--rubric", "dti-cap-so", "--lang", lang]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(unfilled);
      expect(r.stderr).not.toContain("init -t");
      expect(r.stderr).toContain("--rubric");
    }
  });
});
