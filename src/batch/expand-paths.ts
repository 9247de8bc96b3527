import { opendirSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { fileKey } from "../io/file-key.js";
import { linkOutside } from "../io/link-outside.js";
import { spelledOnDisk } from "../io/spelled-on-disk.js";
import { compileGlob, isGlob, type Glob } from "./glob.js";
import { originalsFirst } from "./copy-names.js";

interface ExpandedPaths {
  files: string[];
  walked: Set<string>;
  /** Later names of a file already listed (another spelling, a symbolic link): [name, first name]. */
  repeated: [string, string][];
  /** Folders named on the command line that hold no file to score (nor one misnamed, nor one unreadable); `arg`: the input that named it. */
  empty: { path: string; arg: number }[];
  /** Word, Excel, OpenDocument and RTF files the folders walked hold, which are not read: an agency may have sent its answers so. */
  documents: string[];
  /** Every path that gives no file to read, of each kind, in the order the paths were given, each at its place among `files`. */
  notScored: NotScoredPath[];
}

/**
 * A path that gives no file to read, and where it goes among the files: before files[at] (after the last one
 * when `at` is files.length). `arg`: the input that named or found it. `missing`: a path or pattern that names
 * nothing there; `unreadable`: a folder that could hold files to score but could not be read (`code`: the
 * system's error); `misnamed`: a file in a walked folder named like a YAML file but not ending in .yaml/.yml,
 * saved as text (`so-tc.yaml.txt`, as Notepad names them) or with a space or a dot after the extension
 * (`so-tc.yaml `, typed so on a Mac); `outside`: a link in a walked folder to a file outside that folder (`target`), not
 * read (see linkOutside).
 */
export type NotScoredPath = { at: number; arg: number } & ({ kind: "missing" | "misnamed"; path: string } | { kind: "unreadable"; path: string; code: string } | { kind: "outside"; path: string; target: string });

/**
 * Files named on the command line, every *.yaml / *.yml below named folders, and files matching globs, in a
 * stable order, each file once: `a.yaml ./a.yaml`, a folder and a file in it, or a link and its target
 * name one file, which is scored once (two copies would share a cohort and push the others down a rank).
 */
export function expandPaths(inputs: string[]): ExpandedPaths {
  const files: string[] = [];
  const walked = new Set<string>();
  const empty: { path: string; arg: number }[] = [];
  let arg = 0;
  const found: Found = { namedTwice: false, notScored: [], documents: [], here: () => ({ at: files.length, arg }) };
  const unreadableCount = () => found.notScored.filter((n) => n.kind === "unreadable").length;
  const named = inputs.map((given) => spelledOnDisk(given));
  const add = (f: string) => { files.push(f); walked.add(f); };
  for (const [i, input] of named.entries()) {
    arg = i;
    const stat = statOrCode(input);
    if (typeof stat !== "string") {
      if (!stat.isDirectory()) { files.push(input); continue; }
      const before = [files.length, found.notScored.length];
      walk(input, [], found, YAML_FILES, add);
      if (files.length === before[0] && found.notScored.length === before[1]) empty.push({ path: input, arg: i });
    }
    else if (isGlob(input)) {
      const before = files.length, unreadable = unreadableCount();
      const globs = compileGlob(input);
      // Alternatives may name a file twice (`{losi,.}`): then each file is listed once below.
      if (globs.length > 1) found.namedTwice = true;
      for (const glob of globs) {
        const base = spelledOnDisk(glob.base);
        const at = statOrCode(base);
        // An alternative without wildcards (`{a,b}.yaml`) names a file or folder; one that is not there is no error.
        if (typeof at === "string") {
          if (!isAbsent(at)) { if (glob.literal) add(base); else found.notScored.push({ kind: "unreadable", path: base, code: at, ...found.here() }); }
        } else if (at.isDirectory()) walk(base, [], found, glob.literal ? YAML_FILES : globWalk(glob), add);
        else if (glob.literal) add(base);
      }
      if (files.length === before && unreadableCount() === unreadable) found.notScored.push({ kind: "missing", path: input, ...found.here() });
    } else if (isAbsent(stat)) found.notScored.push({ kind: "missing", path: input, ...found.here() });
    else files.push(input); // there but out of reach (a folder above it locked): its read says why
  }
  // A set: 20,000 files named on the command line (xargs, a script) took 10 s here, each looked for in the list of all.
  const namedSet = new Set(named);
  for (const f of files) if (namedSet.has(f)) walked.delete(f);
  // One folder without links lists each file once already: no set of 100,000 names to build then.
  const once = inputs.length < 2 && !found.namedTwice ? { files, repeated: [], dropped: [] } : firstOfEach(files);
  const notScored = placedAfter(notScoredOtherwise(found.notScored, once.files), once.dropped);
  const ordered = originalsFirst(once.files);
  return { files: ordered.files, repeated: once.repeated, walked, empty, notScored: placedInOrder(notScored, ordered.newIndex), documents: found.documents };
}

/**
 * Places among the files made places among them once reordered (`newIndex`: each file's new place): before
 * the earliest, in the new order, of the files it came before.
 */
function placedInOrder(notScored: NotScoredPath[], newIndex: number[] | undefined): NotScoredPath[] {
  if (newIndex === undefined || notScored.length === 0) return notScored;
  const earliestFrom = [...newIndex, newIndex.length];
  for (let i = newIndex.length - 1; i >= 0; i--) earliestFrom[i] = Math.min(earliestFrom[i]!, earliestFrom[i + 1]!);
  return notScored.map((n) => ({ ...n, at: earliestFrom[n.at]! }));
}

/** Places among the files as listed, made places among them once the later names of a file (`dropped`, ascending) are left out. */
function placedAfter(notScored: NotScoredPath[], dropped: number[]): NotScoredPath[] {
  if (dropped.length === 0) return notScored;
  let gone = 0;
  return notScored.map((n) => {
    while (gone < dropped.length && dropped[gone]! < n.at) gone++;
    return { ...n, at: n.at - gone };
  });
}

/**
 * Misnamed files that no YAML name of the batch reaches: one a link named `.yaml` points to (or a hard
 * link) is scored under that name, and was also listed as not scored, to be renamed.
 */
function notScoredOtherwise(notScored: NotScoredPath[], files: string[]): NotScoredPath[] {
  if (!notScored.some((n) => n.kind === "misnamed")) return notScored;
  const keys = new Set(files.map(fileKey));
  return notScored.filter((n) => { const key = n.kind === "misnamed" ? fileKey(n.path) : undefined; return key === undefined || !keys.has(key); });
}

/** Each file once, at its first name; `dropped`: the indices of the later names left out, ascending. */
function firstOfEach(files: string[]): { files: string[]; repeated: [string, string][]; dropped: number[] } {
  const first = new Map<string, string>();
  const unique: string[] = [];
  const repeated: [string, string][] = [];
  const dropped: number[] = [];
  for (const [i, file] of files.entries()) {
    const key = identity(file);
    const seen = first.get(key);
    if (seen === undefined) { first.set(key, file); unique.push(file); continue; }
    dropped.push(i);
    if (seen !== file) repeated.push([file, seen]);
  }
  return { files: unique, repeated, dropped };
}

/** The file's real path (links resolved); a file that cannot be resolved keeps its own name, and its read will say why. */
function identity(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * What walking met besides files: whether a file may be named twice (a link, glob alternatives), folders it could
 * not read and files misnamed, each at its place (`here`: the files listed so far, the input walked).
 */
interface Found { namedTwice: boolean; notScored: NotScoredPath[]; documents: string[]; here: () => { at: number; arg: number } }

/**
 * Which entries a walk takes, by their name and the path of their folder below the one walked (in NFC):
 * files to keep, and for a subfolder how to walk it (undefined: not at all). `misnamed`: YAML files saved
 * under another name (x.yaml.txt) that it passes over are listed, as a folder's walk lists them.
 */
interface Walk { keep(below: string[], name: string): boolean; enter(below: string[], name: string): Walk | undefined; misnamed: boolean }

/**
 * The files a glob matches; a folder it matches is scanned as a folder named on the command line would be
 * (`"nop/so-*"` as the shell's `nop/so-*`), and `**` at the end takes the YAML files at any depth.
 */
function globWalk(glob: Glob): Walk {
  const at = (below: string[], name: string) => [...below, name.normalize("NFC")];
  const self: Walk = {
    keep: (below, name) => glob.matches(at(below, name)) && (!glob.anyName || isYaml(name)),
    enter: (below, name) => (glob.matches(at(below, name)) ? YAML_FILES : glob.mayEnter(at(below, name)) ? self : undefined),
    // `nop/**` takes a folder's YAML files as `nop` does: a Notepad-saved file directly in nop/ was left out unsaid.
    misnamed: glob.anyName,
  };
  return self;
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** A YAML file's name with .txt (Notepad), or spaces or dots (which Windows would drop), after its extension. */
const isMisnamedYaml = (name: string) => /\.ya?ml(?:\.txt|[. ]+)$/i.test(name);

/** A Word, Excel, OpenDocument or RTF file: a form an agency may have filled in and sent instead of its agency file. */
const isOfficeDocument = (name: string) => /\.(?:docx?|xlsx?|xlsm|odt|ods|rtf)$/i.test(name);

const YAML_FILES: Walk = { keep: (_, name) => isYaml(name), enter: () => YAML_FILES, misnamed: true };

/** A path's kind, or the system's reason it cannot be looked at. */
function statOrCode(file: string): Stats | string {
  try {
    return statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return typeof code === "string" ? code : "EIO";
  }
}

/** Nothing is there (as opposed to something there that cannot be reached). */
const isAbsent = (code: string) => code === "ENOENT" || code === "ENOTDIR";

/**
 * Files below a folder, depth first, names in order (see sortNames) with subfolders in their place;
 * hidden entries, Office lock files and node_modules skipped; a folder that cannot be read is noted in `found`. Entries are
 * read a batch at a time (opendir) and each path is the folder's prefix, made once with path.join, plus
 * the name (the same path): listing 100,000 files with readdirSync's Dirent objects and a path.join each
 * took the process from 44 to 131 MB RSS, and 83 MB this way (measured).
 */
function walk(dir: string, below: string[], found: Found, take: Walk, add: (file: string) => void, root = dir): void {
  const names: string[] = [];
  const links = new Set<string>();
  const misnamed: string[] = [];
  const documents: string[] = [];
  const folders = new Map<string, Walk>();
  let handle;
  try {
    handle = opendirSync(dir, { bufferSize: 256 });
    for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
      // Office's lock files (~$name) sit beside a file someone has open: never a submission.
      if (entry.name.startsWith(".") || entry.name.startsWith("~$") || entry.name === "node_modules") continue;
      if (entry.isDirectory()) {
        const inside = take.enter(below, entry.name);
        if (inside) { folders.set(entry.name, inside); names.push(entry.name); }
        continue;
      }
      // A link to a file is listed (links to folders are not followed: `find` does not either, and a loop stays out).
      if (take.keep(below, entry.name)) {
        names.push(entry.name);
        if (entry.isSymbolicLink()) { found.namedTwice = true; links.add(entry.name); }
      }
      else if (take.misnamed && isMisnamedYaml(entry.name)) misnamed.push(entry.name);
      else if (take.misnamed && isOfficeDocument(entry.name)) documents.push(entry.name);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    found.notScored.push({ kind: "unreadable", path: dir, code: typeof code === "string" ? code : String(e), ...found.here() });
    return;
  } finally {
    handle?.closeSync();
  }
  // A misnamed file takes its place in the folder's name order (so-tc.yaml.txt after so-tc.yaml), not the disk's
  // (ext4 lists by hash): the same folder lists its files not scored alike everywhere, and in its listing's order.
  const txt = misnamed.length > 0 ? new Set(misnamed) : undefined;
  for (const name of misnamed) names.push(name);
  sortNames(names);
  const prefix = path.join(dir, "x").slice(0, -1);
  sortNames(documents);
  for (const name of documents) found.documents.push(prefix + name);
  for (const name of names) {
    if (txt?.has(name)) { found.notScored.push({ kind: "misnamed", path: prefix + name, ...found.here() }); continue; }
    const inside = folders.get(name);
    if (inside) { walk(prefix + name, [...below, name.normalize("NFC")], found, inside, add, root); continue; }
    const target = links.has(name) ? linkOutside(prefix + name, root) : undefined;
    if (target !== undefined) found.notScored.push({ kind: "outside", path: prefix + name, target, ...found.here() });
    else add(prefix + name);
  }
}

/**
 * Names in JavaScript's string order of their composed (NFC) spelling, then of their own: a folder unpacked
 * from a macOS archive or kept on a disk that decomposes names (NFD: HFS+), gives its files in the order the same
 * folder gives elsewhere, and so ranks the same file of a repeated agency id and orders the same ties.
 */
export function sortNames(names: string[]): void {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // Most names are ASCII, which composing leaves as they are: 100,000 of them are not normalised for nothing.
  if (!names.some((name) => NON_ASCII.test(name))) { names.sort(order); return; }
  const composed = new Map(names.map((name) => [name, name.normalize("NFC")]));
  names.sort((a, b) => order(composed.get(a)!, composed.get(b)!) || order(a, b));
}

const NON_ASCII = /[^\x00-\x7f]/;
