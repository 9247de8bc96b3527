import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { textOf } from "../../src/load/read.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

/**
 * Agency texts to compare two paths on: the examples, the bad fixtures, 40 generated files (written to `dir`) and
 * four of them saved again by a YAML library (codes of three levels unquoted, strings as it quotes them).
 */
export function agencySources(dir: string): { file: string; text: string }[] {
  generate(40, dir);
  mkdirSync(path.join(dir, "resaved"), { recursive: true });
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().slice(0, 4)) {
    writeFileSync(path.join(dir, "resaved", name), stringify(parse(readFileSync(path.join(dir, name), "utf8"))));
  }
  const yamlFiles = (folder: string) => readdirSync(folder, { recursive: true }).map(String).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(folder, f));
  return [...yamlFiles("examples"), ...yamlFiles("test/fixtures/bad"), ...yamlFiles(dir)]
    .map((file) => ({ file, read: textOf(readFileSync(file)) }))
    .flatMap(({ file, read }) => (read.ok ? [{ file, text: read.text }] : []));
}

/** Invalid variants of a valid file: each answer value replaced in turn by something wrong. */
export function mutants(text: string): string[] {
  const out: string[] = [];
  const bad = ['"mười hai"', "-5", "[1, 2]", "{a: 1}", "true", "null", "", "9999999", '"?"', "12.5", "co"];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    const m = /\{value: ([^,}]+|\{[^}]*\}|\[[^\]]*\])/.exec(line);
    if (!m) return;
    const replacement = bad[i % bad.length]!;
    out.push([...lines.slice(0, i), line.replace(m[0], `{value: ${replacement}`), ...lines.slice(i + 1)].join("\n"));
    if (i % 3 === 0) out.push([...lines.slice(0, i), line.replace(/evidence: \[[^\]]*\]/, "evidence: []").replace("{value:", "{na: true, value:"), ...lines.slice(i + 1)].join("\n"));
  });
  out.push(text.replace(/\n {2}type: \w+/, "\n  type: so-khong-co"), text.replace(/\n {2}name: [^\n]+/, ""), text.replace(/\nperiod: [^\n]+/, "\nperiod: [2025]"));
  return out;
}

