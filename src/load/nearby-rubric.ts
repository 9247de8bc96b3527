import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import path from "node:path";
import { suggestKey } from "../core/check-agency.js";

/** Files looked at per folder, and bytes read of each: a rubric's `id:` is among its first lines. */
const FILES_PER_FOLDER = 200;
const HEAD_BYTES = 4096;

/** Per folder, the rubric ids of the YAML files in it (read once per thread: a batch may name one id 10,000 times). */
const idsByFolder = new Map<string, Map<string, string>>();

/**
 * A rubric file with this id beside the agency file that names it (its folder, the folder above, or a `rubrics/`
 * in either), as the path to give --rubric, written from the agency file's own path (relative where that one is).
 * An author's or a province's own rubric lives so; "not among the bundled rubrics" alone left the officer to guess
 * which file `--rubric` wants. Only the error path calls it.
 */
export function rubricFileNear(agencyFile: string, id: string): string | undefined {
  const here = path.dirname(agencyFile);
  const up = path.join(here, "..");
  for (const folder of [here, path.join(here, "rubrics"), up, path.join(up, "rubrics")]) {
    const found = rubricIdsIn(folder).get(id);
    if (found !== undefined) return path.normalize(found);
  }
  return undefined;
}

/**
 * A rubric file of this id and version near the agency file or the rubric file in use (their folders, a `rubrics/`
 * in them, the folders above and the folders beside: v1/rubric.yaml next to v2/rubric.yaml): the earlier version
 * a file is moved from, to say what the move changes.
 */
export function rubricVersionNear(files: string[], id: string, version: string): string | undefined {
  const folders = new Set<string>();
  for (const file of files) {
    const here = path.dirname(path.resolve(file));
    const up = path.dirname(here);
    for (const f of [here, path.join(here, "rubrics"), up, path.join(up, "rubrics"), ...subfolders(up)]) folders.add(f);
  }
  for (const folder of folders) {
    for (const name of yamlNames(folder)) {
      const text = head(path.join(folder, name));
      if (topLevelId(text) === id && topLevelVersion(text) === version) return path.join(folder, name);
    }
  }
  return undefined;
}

function subfolders(folder: string): string[] {
  try { return readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(folder, e.name)).sort().slice(0, FILES_PER_FOLDER); } catch { return []; }
}

/** The YAML files of a folder, by name, at most FILES_PER_FOLDER of them; none where it cannot be read. */
function yamlNames(folder: string): string[] {
  try { return readdirSync(folder).filter((n) => /\.ya?ml$/i.test(n)).sort().slice(0, FILES_PER_FOLDER); } catch { return []; }
}

/** A rubric's top-level `version:`, quoted or not. */
function topLevelVersion(text: string): string | undefined {
  return /^version:[ \t]*(["']?)([^"'#\s]+)\1[ \t]*(?:#.*)?$/m.exec(text)?.[2];
}

/**
 * The YAML file beside a path that is not there whose name is a slip away from it (`my-rubrc.yaml` for my-rubric.yaml,
 * `./rubrics/dti-cap-xaa.yaml`), with the folder as it was typed: an author's own file there is what was meant, not
 * the bundled rubric of a like id. Only the error path calls it.
 */
export function yamlFileNear(spec: string, cwd: string): string | undefined {
  const name = path.basename(spec);
  const folder = spec.slice(0, spec.length - name.length);
  const near = suggestKey(name, yamlNames(path.resolve(cwd, folder || ".")));
  return near === undefined ? undefined : folder + near;
}

function rubricIdsIn(folder: string): Map<string, string> {
  const key = path.resolve(folder);
  let ids = idsByFolder.get(key);
  if (ids) return ids;
  ids = new Map();
  idsByFolder.set(key, ids);
  for (const name of yamlNames(folder)) {
    const id = topLevelId(head(path.join(folder, name)));
    if (id !== undefined && !ids.has(id)) ids.set(id, path.join(folder, name));
  }
  return ids;
}

/** A top-level `id:` at the start of a line: a rubric's (an agency file's id is under `agency:` or `rubric:`, indented or in braces). */
function topLevelId(text: string): string | undefined {
  return /^id:[ \t]*(["']?)([A-Za-z0-9][A-Za-z0-9._-]*)\1[ \t]*(?:#.*)?$/m.exec(text)?.[2];
}

function head(file: string): string {
  let fd: number | undefined;
  try {
    // Not blocking, and regular files only: a named pipe among the YAML files would hang an error's hint.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return "";
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString("utf8", 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } catch {
    return "";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
