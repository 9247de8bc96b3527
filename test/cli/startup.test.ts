import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Modules reachable from a file through static imports only (dynamic `await import()` is lazy by design). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gm)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, ".ts")));
      else seen.add(`pkg:${spec}`);
    }
  };
  visit(path.resolve(entry));
  return seen;
}

describe("start-up cost", () => {
  it("--version and --help load no yaml, ajv, inquirer, chalk or cli-table3", () => {
    const graph = [...staticGraph("src/cli/main.ts")];
    const heavy = graph.filter((m) => /^pkg:(yaml|ajv|ajv-formats|js-yaml|@inquirer\/.*|chalk|cli-table3)(\/|$)/.test(m));
    expect(heavy).toEqual([]);
    expect(graph).toContain("pkg:commander");
  });

  it("score and validate load yaml only on first use (load/lazy.ts): the fast path of a valid file does without it", () => {
    for (const file of ["src/batch/score-files.ts", "src/load/load-agency.ts"]) {
      const heavy = [...staticGraph(file)].filter((m) => /^pkg:yaml(\/|$)/.test(m));
      expect(heavy, file).toEqual([]);
    }
  });

  it("the pure core imports no fs, process, chalk or inquirer", () => {
    for (const file of ["src/core/score.ts", "src/core/check-rubric.ts", "src/core/check-agency.ts", "src/core/agency-schema.ts"]) {
      const graph = [...staticGraph(file)];
      expect(graph.filter((m) => m.startsWith("pkg:")), file).toEqual([]);
      for (const f of graph) expect(readFileSync(f, "utf8"), f).not.toMatch(/\bprocess\.|from "node:/);
    }
  });
});

describe("the built bundle (dist/bundle, what bin/egov-score.js runs)", () => {
  /** Chunks a bundle file loads through top-level require() calls, itself included (rolldown writes CommonJS). */
  function staticChunks(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    // require("./x.js") and const require_x = require("./x.js") at the start of a line load at once;
    // a dynamic import() became Promise.resolve().then(() => require("./x.js")) inside a function: lazy.
    for (const m of readFileSync(file, "utf8").matchAll(/^(?:const \w+ = )?require\("(\.\/[^"]+)"\)/gm)) staticChunks(path.join(path.dirname(file), m[1]!), seen);
    return seen;
  }

  it("keeps yaml, ajv, inquirer, chalk, cli-table3 and exceljs out of what --version loads", () => {
    const bin = readFileSync("bin/egov-score.js", "utf8");
    const entries = [...bin.matchAll(/require\("\.\.\/(dist\/bundle\/[^"]+)"\)/g)].map((m) => path.resolve(m[1]!));
    expect(entries.map((e) => path.basename(e))).toEqual(["code-cache.js", "main.js"]);
    const chunks = entries.flatMap((e) => [...staticChunks(e)]);
    expect(chunks.length).toBeGreaterThan(entries.length);
    // rolldown heads each bundled module with a comment naming its path: node_modules/<package>/… (the
    // folder may be a parent's, a symlink's or a workspace's, so it is matched anywhere in the path).
    const libraries = new Set(chunks.flatMap((c) => [...readFileSync(c, "utf8").matchAll(/^\/\/ \S*?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]!)));
    expect([...libraries]).toEqual(["commander"]);
  });
});
