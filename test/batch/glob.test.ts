import { describe, expect, it } from "vitest";
import { expandPaths } from "../../src/batch/expand-paths.js";
import { globBase, globToRegExp } from "../../src/batch/glob.js";

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
  ])("%s matches %s: %s", (pattern, file, expected) => {
    expect(globToRegExp(pattern).test(file)).toBe(expected);
  });

  it("walks from the part before the first wildcard", () => {
    expect(globBase("examples/**/x.yaml")).toBe("examples");
    expect(globBase("*.yaml")).toBe(".");
  });

  it("expands quoted globs the same way on every system, in a stable order", () => {
    const { files, missing } = expandPaths(["examples/**/*-quang-binh*.yaml", "nothing/*.yaml"]);
    expect(files).toEqual([
      "examples/ban-qlkkt-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml", "examples/so-khcn-quang-binh.yaml",
      "examples/so-noi-vu-quang-binh-chua-xong.yaml", "examples/so-tai-chinh-quang-binh.yaml",
    ]);
    expect(missing).toEqual(["nothing/*.yaml"]);
  });
});
