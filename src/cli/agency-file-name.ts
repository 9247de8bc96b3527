import { existsSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./errors.js";

/**
 * A new agency file (init -o, assess creating one) is named *.yaml or *.yml, not hidden: score and validate find
 * agency files in a folder by that ending and skip hidden ones, and one written as i.json, so-tc (no ending) or
 * .so-tc.yaml was left out of the folder's batch unsaid.
 */
export function requireYamlName(file: string): void {
  const name = path.basename(file);
  if (!name.startsWith(".") && /\.ya?ml$/i.test(name)) return;
  const visible = name.replace(/^\.+/, "");
  const ext = path.extname(visible);
  // so-tc.yaml.txt (Notepad's ending) is so-tc.yaml, not so-tc.yaml.yaml; i.json is i.yaml.
  const stem = /^\.ya?ml$/i.test(ext) ? visible : visible.slice(0, visible.length - ext.length);
  const suggestion = /\.ya?ml$/i.test(stem) ? stem : `${stem}.yaml`;
  throw new UsageError("agency-name-not-yaml", { file, suggestion: path.join(path.dirname(file), suggestion) });
}

/**
 * A new agency file whose name with .txt is there (so-tc.yaml.txt, as Notepad saves it and Windows shows it,
 * without the .txt): the officer means to resume that one, not to start a blank one beside it.
 */
export function refuseTextTwin(file: string): void {
  const twin = textTwinOf(file);
  if (twin !== undefined) throw new UsageError("assess-saved-as-text", { file, twin, name: path.basename(file) });
}

/** The file a name stands for as Windows shows it (so-tc.yaml for so-tc.yaml.txt), where only that one is there. */
export function textTwinOf(file: string): string | undefined {
  const twin = `${file}.txt`;
  return existsSync(twin) ? twin : undefined;
}
