import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { globBase, globToRegExp, isGlob } from "./glob.js";

/** Files named on the command line, every *.yaml / *.yml below named folders, and files matching globs, in a stable order. */
export function expandPaths(inputs: string[]): { files: string[]; missing: string[]; walked: Set<string> } {
  const files: string[] = [];
  const walked = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    let stat;
    try { stat = statSync(input); } catch { stat = undefined; }
    if (stat?.isDirectory()) for (const f of walk(input)) { files.push(f); walked.add(f); }
    else if (stat) files.push(input);
    else if (isGlob(input)) {
      const base = globBase(input);
      const re = globToRegExp(input.replace(/^\.\//, ""));
      const matched = walk(base, () => true).filter((f) => re.test(f.split(path.sep).join("/").replace(/^\.\//, "")));
      if (matched.length === 0) missing.push(input);
      else for (const f of matched) { files.push(f); walked.add(f); }
    } else missing.push(input);
  }
  for (const f of files) if (inputs.includes(f)) walked.delete(f);
  return { files: [...new Set(files)], missing, walked };
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
