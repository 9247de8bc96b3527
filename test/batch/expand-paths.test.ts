import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandPaths, sortNames } from "../../src/batch/expand-paths.js";
import { notScoredPaths } from "../helpers/not-scored-paths.js";

const root = mkdtempSync(path.join(tmpdir(), "egov-expand-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: string[]): string {
  const dir = path.join(root, name);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    if (!f.endsWith("/")) writeFileSync(path.join(dir, f), "");
  }
  return dir;
}

describe("expandPaths over folders", () => {
  const dir = tree("mixed", ["b.yaml", "a/z.yml", "a/b/c.YAML", "a.yaml", "c.txt", ".hidden.yaml", ".git/x.yaml", "node_modules/m.yaml", "d.yaml/inner.yaml", "e/", "Z.yaml", "~$b.yaml"]);

  it("lists YAML files depth first, names in code-point order with subfolders in their place, hidden entries, Office lock files (~$) and node_modules skipped", () => {
    const { files, walked } = expandPaths([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(["Z.yaml", "a/b/c.YAML", "a/z.yml", "a.yaml", "b.yaml", "d.yaml/inner.yaml"].map((f) => f.split("/").join(path.sep)));
    expect([...walked]).toEqual(files);
  });

  it.each([["a trailing separator", `${dir}${path.sep}`], ["a parent step", path.join(dir, "a", "..") + `${path.sep}..${path.sep}mixed`], ["a relative path", path.relative(process.cwd(), dir)]])(
    "writes each path as path.join would, given %s",
    (_, input) => {
      const { files } = expandPaths([input]);
      expect(files[0]).toBe(path.join(input, "Z.yaml"));
      expect(files).toHaveLength(6);
    },
  );

  it("gives bare names for the current folder", () => {
    const cwd = process.cwd();
    process.chdir(path.join(dir, "a"));
    try {
      expect(expandPaths(["."]).files).toEqual(["b/c.YAML", "z.yml"].map((f) => f.split("/").join(path.sep)));
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("expandPaths lists each file once", () => {
  const dir = tree("same", ["a.yaml", "sub/b.yaml", "other/c.yaml"]);
  symlinkSync(path.join(dir, "sub", "b.yaml"), path.join(dir, "link.yaml"));
  symlinkSync(path.join(dir, "other"), path.join(dir, "linked-folder"));
  const a = path.join(dir, "a.yaml");
  const b = path.join(dir, "sub", "b.yaml");

  const c = path.join(dir, "other", "c.yaml");
  const otherSpelling = `${dir}${path.sep}sub${path.sep}..${path.sep}a.yaml`;
  it.each([
    ["a file, then the folder holding it", [c, path.join(dir, "other")], [c], []],
    ["two spellings of one file", [a, otherSpelling], [a], [[otherSpelling, a]]],
    ["one spelling twice (no notice)", [a, a], [a], []],
    ["a folder holding a link to a file in it", [dir], [a, path.join(dir, "link.yaml"), c], [[b, path.join(dir, "link.yaml")]]],
  ])("%s", (_, inputs, files, repeated) => {
    const out = expandPaths(inputs);
    expect(out.files).toEqual(files);
    expect(out.repeated).toEqual(repeated);
  });

  // Listed after the first file, as the paths were given: the later name left out after it moved it to the front.
  it("a path not there keeps its place among the files when a later name of a file is left out after it", () => {
    const missing = path.join(dir, "missing.yaml");
    const out = expandPaths([a, missing, a, c]);
    expect(out.files).toEqual([a, c]);
    expect(out.notScored).toEqual([{ kind: "missing", path: missing, at: 1, arg: 1 }]);
  });

  it("does not follow a link to a folder", () => {
    expect(expandPaths([dir]).files.some((f) => f.includes("linked-folder"))).toBe(false);
  });
});

describe("expandPaths finds a decomposed (NFD) name typed composed (NFC)", () => {
  const stored = "phiếu-sở.yaml".normalize("NFD");
  const folder = "thư-mục".normalize("NFD");
  const dir = tree("nfd", [stored, `${folder}/phiếu-xã.yaml`.normalize("NFD")]);
  const nfc = (text: string) => text.normalize("NFC");

  it.each([
    ["a file name", path.join(dir, nfc("phiếu-sở.yaml")), [path.join(dir, stored)]],
    ["a glob", path.join(dir, nfc("phiếu*.yaml")), [path.join(dir, stored)]],
    ["a file in a folder", path.join(dir, nfc("thư-mục/phiếu-xã.yaml")), [path.join(dir, folder, "phiếu-xã.yaml".normalize("NFD"))]],
    ["a glob in a folder", path.join(dir, nfc("thư-mục/*.yaml")), [path.join(dir, folder, "phiếu-xã.yaml".normalize("NFD"))]],
  ])("given %s", (_, input, expected) => {
    const found = expandPaths([input]), { files } = found;
    expect(notScoredPaths(found, "missing")).toEqual([]);
    expect(files).toEqual(expected);
  });
});

describe("expandPaths with globs", () => {
  const dir = tree("globs", ["nop/so-khcn/bai.yaml", "nop/so-tc/bai.yaml", "nop/so-tc/ghi-chu.txt", "nop/ban/bai.yaml", "g/a/k.yaml", "g/a/b/f.yaml", "g/a/b/note.txt", "g/doc.md", "gb/sub/three.yaml"]);
  const below = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join("/"));

  it.each([
    // A folder the pattern matches is scanned as a folder named on the command line (the shell's `nop/so-*`).
    ["nop/so-*", ["nop/so-khcn/bai.yaml", "nop/so-tc/bai.yaml"]],
    // A trailing `**` takes the YAML files at any depth, and nothing else (not g/doc.md beside them).
    ["g/**", ["g/a/b/f.yaml", "g/a/k.yaml"]],
    ["g/a/**", ["g/a/b/f.yaml", "g/a/k.yaml"]],
    // The part before the wildcards matched whatever its case, as on Windows.
    ["GB/*/*.yaml", ["gb/sub/three.yaml"]],
    ["gb/{SUB,deep}/*.yaml", ["gb/sub/three.yaml"]],
  ])("%s", (pattern, expected) => {
    const found = expandPaths([`${dir}/${pattern}`]), { files } = found;
    expect(notScoredPaths(found, "missing")).toEqual([]);
    expect(below(files)).toEqual(expected);
  });
});

describe("expandPaths with a pattern relative to the working folder", () => {
  const dir = tree("relative", ["a.yaml", "sub/b.yaml"]);
  it("*.yaml takes the folder's own files, not those of its subfolders (it is not the folder)", () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(expandPaths(["*.yaml"]).files).toEqual(["a.yaml"]);
      expect(expandPaths(["**/*.yaml"]).files).toEqual(["a.yaml", path.join("sub", "b.yaml")]);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("expandPaths lists YAML files saved under another name (x.yaml.txt) as a folder's walk does", () => {
  const dir = tree("misnamed", ["a.yaml", "b.yaml.txt", "sub/c.yaml.txt"]);
  it.each([["the folder", dir], ["a pattern ending in ** (it left b.yaml.txt out unsaid)", `${dir}/**`]])("%s", (_, input) => {
    const found = expandPaths([input]), { files } = found;
    expect(files).toEqual([path.join(dir, "a.yaml")]);
    expect(notScoredPaths(found, "misnamed")).toEqual([path.join(dir, "b.yaml.txt"), path.join(dir, "sub", "c.yaml.txt")]);
  });

  // They were listed in the order the disk gives (ext4: by hash, e d b c a), so the same folder's reports listed
  // its files not scored in another order on another machine; the folder's own files are sorted (sortNames).
  it("in the order of their names, as the folder's YAML files are, whatever order the disk lists them in", () => {
    const names = ["q.yaml.txt", "c.yaml.txt", "x.yaml ", "a.yaml.txt", "m.yml.txt", "f.yaml.", "e.yaml.txt", "b.yaml.txt", "d.yaml.txt"];
    const sorted = tree("misnamed-order", [...names, "z.yaml"]);
    expect(notScoredPaths(expandPaths([sorted]), "misnamed")).toEqual([...names].sort().map((name) => path.join(sorted, name)));
  });
});

describe("expandPaths lists the Word and Excel files of a folder walked, which it does not read", () => {
  it("in name order, below subfolders too; not a pattern's non-matching files, nor PDFs and text", () => {
    const dir = tree("documents", ["so-tc.yaml", "so-xd.docx", "b/Xa-A.XLSX", "a.doc", "minh-chung.pdf", "ghi-chu.txt", "~$so-xd.docx"]);
    expect(expandPaths([dir]).documents).toEqual([path.join(dir, "a.doc"), path.join(dir, "so-xd.docx"), path.join(dir, "b", "Xa-A.XLSX")]);
    expect(expandPaths([`${dir}/*.yaml`]).documents).toEqual([]);
    expect(expandPaths([path.join(dir, "so-xd.docx")]).documents).toEqual([]);
  });
});

describe("expandPaths names the folders that hold nothing to score", () => {
  // score says "No .yaml/.yml files found in …" of each one beside other paths; a folder whose only file is
  // misnamed (x.yaml.txt) is said by that note instead, not as empty too.
  it("an empty folder, not one holding a YAML file or only a misnamed one", () => {
    const empty = tree("empty-named/xa", ["sub/", "ghi-chu.txt"]);
    const misnamed = tree("empty-named/txt", ["so-tc.yaml.txt"]);
    const full = tree("empty-named/so", ["a.yaml"]);
    const found = expandPaths([full, empty, misnamed]);
    expect(found.empty).toEqual([{ path: empty, arg: 1 }]);
    expect(notScoredPaths(found, "misnamed")).toEqual([path.join(misnamed, "so-tc.yaml.txt")]);
  });
});

describe.skipIf(path.sep !== "/")("expandPaths on a path copied from Windows", () => {
  const dir = tree("windows", ["nop/so-tc.yaml", "odd\\name.yaml"]);
  it("finds the file a path with backslashes names, as a glob with backslashes does (it was no such file)", () => {
    const found = expandPaths([`${dir}\\nop\\so-tc.yaml`]);
    expect([found.files, notScoredPaths(found, "missing")]).toEqual([[`${dir}/nop/so-tc.yaml`], []]);
    expect(expandPaths([`${dir}\\nop\\*.yaml`]).files).toEqual([path.join(dir, "nop", "so-tc.yaml")]);
  });

  it("keeps a backslash that is part of a name on disk", () => {
    expect(expandPaths([path.join(dir, "odd\\name.yaml")]).files).toEqual([path.join(dir, "odd\\name.yaml")]);
  });
});

describe("expandPaths with glob alternatives that overlap", () => {
  const dir = tree("overlap", ["losi/a.yaml", "b.yaml"]);
  it("lists each file once, when one pattern's alternatives name it twice ({losi,.})", () => {
    const { files, repeated } = expandPaths([`${dir}/{losi,.}`]);
    expect(files.map((f) => path.relative(dir, f).split(path.sep).join("/")).sort()).toEqual(["b.yaml", "losi/a.yaml"]);
    // Named twice by one pattern: not a second name of the file to be said.
    expect(repeated).toEqual([]);
  });
});

describe("expandPaths orders a folder's names by their composed (NFC) spelling", () => {
  it("a name decomposed (NFD, as a macOS archive stores it) takes the place its composed spelling has", () => {
    // sơ-b decomposed, sơ-a composed: as they are spelt, "o" (U+006F) comes before "ơ" (U+01A1)
    const nfd = "so\u031b-b.yaml", nfc = "s\u01a1-a.yaml";
    const names = [nfd, nfc, "t.yaml", "B.yaml"];
    sortNames(names);
    expect(names).toEqual(["B.yaml", nfc, nfd, "t.yaml"]);
    // Composed, the same names are in the same order.
    const composed = names.map((n) => n.normalize("NFC"));
    sortNames(composed);
    expect(composed).toEqual(names.map((n) => n.normalize("NFC")));
  });

  it("one name stored both composed and decomposed (two files to Linux) comes in one order, whatever order the folder lists them in", () => {
    // Which of two files of one agency id is ranked follows this order.
    const nfc = "s\u01a1.yaml", nfd = "so\u031b.yaml";
    const a = [nfc, nfd], b = [nfd, nfc];
    sortNames(a);
    sortNames(b);
    expect(a).toEqual(b);
  });

  it("over a folder", () => {
    const dir = tree("nfd-order", ["so\u031b-b.yaml", "s\u01a1-a.yaml", "t.yaml"]);
    expect(expandPaths([dir]).files.map((f) => path.basename(f).normalize("NFC"))).toEqual(["s\u01a1-a.yaml", "s\u01a1-b.yaml", "t.yaml"]);
  });
});

describe("expandPaths marks as walked only the files no one named", () => {
  // A walked file that is no agency file (a CI workflow) is skipped; one named on the command line is checked, and fails.
  const dir = tree("named-and-walked", ["a.yaml", "workflow.yml"]);
  const named = path.join(dir, "workflow.yml");
  it.each([["the folder first", [dir, named]], ["the file first", [named, dir]]])("a file named and also in a folder named (%s) is not walked", (_, inputs) => {
    const { files, walked } = expandPaths(inputs);
    expect(files).toContain(named);
    expect(walked.has(named)).toBe(false);
    expect(walked.has(path.join(dir, "a.yaml"))).toBe(true);
  });
});

describe("expandPaths lists a copy (xa-03 (1).yaml) after its original, whatever the order", () => {
  const dir = tree("copies", ["xa-03 (1).yaml", "xa-03-b.yaml", "xa-03.yaml"]);
  const [copy, other, original] = ["xa-03 (1).yaml", "xa-03-b.yaml", "xa-03.yaml"].map((f) => path.join(dir, f)) as [string, string, string];

  it("in a folder walked, where the copy sorts first", () => {
    expect(expandPaths([dir]).files).toEqual([other, original, copy]);
  });

  it("named, a path not there keeping its place before the files it came before", () => {
    const missing = path.join(dir, "missing.yaml");
    const out = expandPaths([copy, missing, other, original]);
    expect(out.files).toEqual([other, original, copy]);
    expect(out.notScored).toEqual([{ kind: "missing", path: missing, at: 0, arg: 1 }]);
  });
});
