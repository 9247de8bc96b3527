import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Files named on the command line, and every *.yaml / *.yml below named folders, in a stable order. */
export function expandPaths(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let stat;
    try { stat = statSync(input); } catch { missing.push(input); continue; }
    if (stat.isDirectory()) files.push(...walk(input));
    else files.push(input);
  }
  return { files: [...new Set(files)], missing };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}
