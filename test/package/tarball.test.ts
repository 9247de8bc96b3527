import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What `npm pack` puts in the tarball a user installs (`npm install -g egov-score-X.tgz`): the file list
 * npm itself makes from package.json's `files`, of the dist/ the global setup built. `--ignore-scripts`:
 * without it, pack rebuilds dist/ (prepare) under the tests that run it.
 */
function packedFiles(): string[] {
  const windows = process.platform === "win32";
  const r = spawnSync(windows ? "npm.cmd" : "npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", shell: windows });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path.replaceAll("\\", "/"));
}

const packed = packedFiles();
const has = new Set(packed);

describe("the npm package", () => {
  it("holds what the installed command reads: its bundle, the precompiled rubrics, rubrics with fixtures, schemas, examples", () => {
    for (const file of ["bin/egov-score.js", "bin/package.json", "dist/bundle/main.js", "dist/bundle/code-cache.js", "dist/bundle/share-worker.js", "dist/bundle/package.json",
      "schemas/rubric.schema.json", "schemas/report.schema.json", "examples/so-khcn-quang-binh.yaml", "README.md", "LICENSE"]) expect(has, file).toContain(file);
    for (const rubric of readdirSync(path.join(ROOT, "rubrics")).filter((f) => f.endsWith(".yaml"))) {
      expect(has, rubric).toContain(`rubrics/${rubric}`);
      // `rubric test` with no argument runs the bundled rubrics' fixtures.
      expect(has, rubric).toContain(`rubrics/fixtures/${rubric.replace(/\.yaml$/, "")}/expected.yaml`);
    }
    expect(packed.filter((f) => f.startsWith("dist/precompiled/") && f.endsWith(".agency.cjs")).length).toBeGreaterThan(0);
  });

  it("holds every chunk the bundle requires (a chunk left out breaks only the command that loads it)", () => {
    for (const file of packed.filter((f) => /^dist\/bundle\/[^/]+\.js$/.test(f))) {
      for (const [, chunk] of readFileSync(path.join(ROOT, file), "utf8").matchAll(/require\("\.\/([^"]+)"\)/g)) expect(has, `${file} → ${chunk}`).toContain(`dist/bundle/${chunk}`);
    }
  });

  it("holds every document and example the README links to", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const linked = [...readme.matchAll(/\]\(((?:docs|examples|schemas)\/[^)#\s]+)\)/g), ...readme.matchAll(/`((?:docs|examples|schemas)\/[^`\s]+\.(?:md|yml|yaml|json))`/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(5);
    for (const file of linked) expect(has, file).toContain(file);
  });

  it("holds no tests, sources, build scripts or source maps, nor the unbundled dist/ tree that nothing installed loads (it was 184 of 338 files)", () => {
    expect(packed.filter((f) => /^(test|src|scripts)\/|\.map$|\.ts$|(^|\/)\.bench/.test(f))).toEqual([]);
    expect(packed.filter((f) => f.startsWith("dist/") && !/^dist\/(bundle|precompiled)\//.test(f))).toEqual([]);
  });
});
