import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { globBase, globToRegExp, isGlob } from "./glob.js";

/** Files named on the command line, every *.yaml / *.yml below named folders, and files matching globs, in a stable order. */
export function expandPaths(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let stat;
    try { stat = statSync(input); } catch { stat = undefined; }
    if (stat?.isDirectory()) files.push(...walk(input));
    else if (stat) files.push(input);
    else if (isGlob(input)) {
      const base = globBase(input);
      const re = globToRegExp(input.replace(/^\.\//, ""));
      const matched = walk(base, () => true).filter((f) => re.test(f.split(path.sep).join("/").replace(/^\.\//, "")));
      if (matched.length === 0) missing.push(input); else files.push(...matched);
    } else missing.push(input);
  }
  return { files: [...new Set(files)], missing };
}

function walk(dir: string, keep: (name: string) => boolean = (name) => /\.ya?ml$/i.test(name)): string[] {
  const out: string[] = [];
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = dir === "." ? entry.name : path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, keep));
    else if (keep(entry.name)) out.push(full);
  }
  return out;
}
