import { describe, expect, it } from "vitest";
import { expandPaths } from "../../src/batch/expand-paths.js";
import { notScoredPaths } from "../helpers/not-scored-paths.js";
import { compileGlob, globBase, GlobTooLargeError, MAX_ALTERNATIVES } from "../../src/batch/glob.js";

/** Whether a path matches a pattern: some alternative's base is a prefix of it and the rest matches below. */
function matches(pattern: string, file: string): boolean {
  return compileGlob(pattern).some((g) => {
    const base = g.base === "." ? [] : g.base.split("/");
    const parts = file.split("/");
    return base.every((b, i) => parts[i] === b) && (g.literal ? parts.length === base.length : g.matches(parts.slice(base.length)));
  });
}

describe("globs", () => {
  it.each([
    ["examples/*.yaml", "examples/so-khcn-quang-binh.yaml", true],
    ["examples/*.yaml", "examples/invalid/so-xay-dung-loi.yaml", false],
    ["examples/**/*.yaml", "examples/invalid/so-xay-dung-loi.yaml", true],
    ["examples/**/*.yaml", "examples/so-khcn-quang-binh.yaml", true],
    ["examples/so-*-quang-binh.{yaml,yml}", "examples/so-tai-chinh-quang-binh.yaml", true],
    ["examples\\*.yaml", "examples/a.yaml", true],
    ["data/agency-00?.yaml", "data/agency-007.yaml", true],
    ["data/agency-[0-4].yaml", "data/agency-5.yaml", false],
    ["data/agency-[!0-4].yaml", "data/agency-5.yaml", true],
    // Wildcards, slashes and braces inside braces, as a shell expands them.
    ["g/{*.yaml,sub/*.yml}", "g/abc.yaml", true],
    ["g/{*.yaml,sub/*.yml}", "g/sub/b.yml", true],
    ["g/{*.yaml,sub/*.yml}", "g/sub/b.yaml", false],
    ["g/{a,sub/*}.y*ml", "g/sub/b.yml", true],
    ["g/{a*,sub/b}.y*ml", "g/abc.yaml", true],
    ["g/{a,{b,c}x}.yaml", "g/cx.yaml", true],
    ["g/{a,b}.yaml", "g/b.yaml", true],
    ["g/{a,b}.yaml", "g/c.yaml", false],
    // Whatever the case, as on Windows and as folder scanning does.
    ["uc/**/*.yaml", "uc/sub/SO-KHCN.YAML", true],
    ["nop/Nộp-*.YAML", "nop/nộp-bài.yaml", true],
    // Characters that mean something to regular expressions are plain here.
    ["a+b/(x).yaml", "a+b/(x).yaml", true],
    ["a.b/*.yaml", "axb/c.yaml", false],
    ["data/[z-a].yaml", "data/[z-a].yaml", true],
    ["data/[z-a].yaml", "data/b.yaml", false],
    // A [ or ] that is part of a name is written [[] or []] (README): a class whose first member is ].
    ["dot-1/*[[]1[]].yaml", "dot-1/so[1].yaml", true],
    ["dot-1/*[[]1[]].yaml", "dot-1/so1.yaml", false],
    // Braces without a comma are no alternatives, as in a shell: characters of the name.
    ["g/{x}.yaml", "g/{x}.yaml", true],
    ["g/{x}.yaml", "g/x.yaml", false],
  ])("%s matches %s: %s", (pattern, file, expected) => {
    expect(matches(pattern, file)).toBe(expected);
  });

  it("walks from the part before the first wildcard, for each alternative", () => {
    expect(globBase("examples/**/x.yaml")).toBe("examples");
    expect(globBase("*.yaml")).toBe(".");
    expect(compileGlob("g/{*.yaml,sub/*.yml}").map((g) => g.base)).toEqual(["g", "g/sub"]);
  });

  it("enters only folders below which a file could match", () => {
    const [glob] = compileGlob("nop/*/2025/*.yaml");
    expect([["so-a"], ["so-a", "2025"], ["so-a", "2024"], ["so-a", "2025", "cu"]].map((f) => glob!.mayEnter(f))).toEqual([true, true, false, false]);
    const [deep] = compileGlob("nop/**/*.yaml");
    expect(deep!.mayEnter(["a", "b", "c"])).toBe(true);
    // A trailing `**` takes any depth.
    const [all] = compileGlob("nop/**");
    expect([all!.mayEnter(["a"]), all!.mayEnter(["a", "b"]), all!.anyName]).toEqual([true, true, true]);
  });

  it("refuses a pattern whose alternatives multiply past the limit", () => {
    expect(() => compileGlob("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}/*.yaml")).toThrow(GlobTooLargeError);
    expect(compileGlob("{a,b}{a,b}{a,b}/*.yaml")).toHaveLength(8);
    // The limit itself is allowed.
    const digit = "{0,1,2,3,4,5,6,7,8,9}";
    expect(compileGlob(`${digit}${digit}${digit}/*.yaml`)).toHaveLength(MAX_ALTERNATIVES);
  });

  it("expands quoted globs the same way on every system, in a stable order", () => {
    const found = expandPaths(["examples/**/*-quang-binh*.yaml", "nothing/*.yaml"]), { files } = found;
    expect(files).toEqual([
      "examples/ban-qlkkt-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml", "examples/so-khcn-quang-binh.yaml",
      "examples/so-noi-vu-quang-binh-chua-xong.yaml", "examples/so-tai-chinh-quang-binh.yaml",
    ]);
    expect(notScoredPaths(found, "missing")).toEqual(["nothing/*.yaml"]);
  });
});
