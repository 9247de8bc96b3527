import { realpathSync } from "node:fs";
import path from "node:path";
import { expandPaths, type NotScoredPath } from "../batch/expand-paths.js";
import { fileWithText } from "../batch/copy-names.js";
import { GlobTooLargeError, isGlob, MAX_ALTERNATIVES } from "../batch/glob.js";
import { headerOf, identicalCopies, withAgency, type FileFailure, type PlacedFailure } from "../batch/score-files.js";
import { withFrame } from "../load/located.js";
import type { SkippedFile } from "../batch/skipped-kind.js";
import { message } from "../i18n/messages.js";
import { MAX_FILE_BYTES, readText, STDIN_NAME, textOf, type ReadOutcome } from "../load/read.js";
import type { Context } from "./context.js";
import { UsageError } from "./errors.js";
import { bundledFolderFor } from "./bundled-folder.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { sayMessage } from "./say.js";
import { shellWord, withLangOption } from "../load/shell-word.js";
import { windowsDriveOf } from "../io/windows-path.js";
import { textTwinOf } from "./agency-file-name.js";

export { STDIN_NAME };

/**
 * Command-line paths → files to read (folders expanded, `-` read from standard input), and the paths that give
 * none to read (not there, a folder that cannot be read, a file saved as .txt, standard input unreadable): each
 * listed as not scored at its place among the inputs, in the order the paths were given.
 */
export async function gatherInputs(ctx: Context, paths: string[]): Promise<{ inputs: { file: string; text?: string; walked?: boolean }[]; failures: PlacedFailure[]; documents: SkippedFile[] }> {
  const failures: PlacedFailure[] = [];
  const inputs: { file: string; text?: string; walked?: boolean }[] = [];
  const named = paths.filter((p) => p !== "-");
  const { files, walked, repeated, empty, notScored, documents } = expandPathsOrSay(named);
  // Said first: a folder holding only these is "no .yaml files" below, and these are why.
  if (!ctx.quiet && documents.length > 0) sayDocuments(ctx, documents);
  const absent = notScored.filter((n) => n.kind === "missing" && !isGlob(n.path)).map((n) => n.path);
  const unmatchedPaths = notScored.filter(unmatchedPattern);
  const unmatched = unmatchedPaths.map((n) => n.path);
  // Nothing named is there at all: a mistake in the command line.
  // A name from a zip may hold a terminal's escapes or a line break: said as this file says every name.
  const shown = (name: string) => terminalSafe(name, true);
  if (notScored.length > 0 && notScored.every((n) => n.kind === "missing") && files.length === 0 && !paths.includes("-")) {
    const examples = bundledFolderFor(absent, ctx.io.cwd, "examples");
    if (examples !== undefined) throw new UsageError("path-missing-examples", { path: absent.map(shown).join(", "), dir: examples });
    // so-tc.yaml named, so-tc.yaml.txt there: Windows showed the one as the other (assess says the same).
    const twin = absent.length === 1 ? textTwinOf(absent[0]!) : undefined;
    if (twin !== undefined) throw new UsageError("path-saved-as-text", { file: shown(absent[0]!), twin: shown(twin), name: shown(path.basename(absent[0]!)) });
    // Several named, each its own twin: only a single one was told its .txt.
    const renames = absent.flatMap((file) => { const t = textTwinOf(file); return t === undefined ? [] : [`${shown(t)} → ${shown(path.basename(file))}`]; });
    if (renames.length > 0) throw new UsageError("paths-saved-as-text", { path: absent.map(shown).join(", "), renames: renames.join(", ") });
    const notThere = absent.length > 0 ? absent : unmatched;
    const onDrive = notThere.find((p) => windowsDriveOf(p) !== undefined);
    if (onDrive !== undefined) throw new UsageError("path-windows-drive", { path: notThere.map(shown).join(", "), drive: windowsDriveOf(onDrive)! });
    throw new UsageError(absent.length > 0 ? "path-missing" : "glob-no-match", { path: notThere.map(shown).join(", ") });
  }
  // Otherwise the rest is scored: a pattern that matches nothing (`*.yml` beside `*.yaml`) is only said. So is a
  // folder named beside others that holds no agency file (the communes' folder not yet filled): alone, it is a
  // usage error below. Both said in the order the paths were given.
  const more = files.length > 0 || notScored.some((n) => !unmatchedPattern(n)) || paths.includes("-");
  // `C:\data\*.yaml` copied from Windows matches nothing for the reason a lone one is told: the drive.
  const notices = [...unmatchedPaths.map((n) => ({ arg: n.arg, ...unmatchedNotice(n.path) })),
    ...(more ? empty : []).map((f) => ({ arg: f.arg, key: "no-files", params: { paths: terminalSafe(f.path, true) } }))];
  if (!ctx.quiet) for (const n of notices.sort((a, b) => a.arg - b.arg)) sayMessage(ctx, n.key, n.params);
  if (!ctx.quiet) for (const [file, first] of repeated) sayMessage(ctx, "same-file", { file: terminalSafe(file, true), first: terminalSafe(first, true) });
  // Standard input takes its place among the paths (`a.yaml - b.yaml`): agencies are listed in command-line order.
  // The files of the paths before it are counted by listing those paths again (only when paths follow it too).
  const dash = paths.indexOf("-");
  let stdinFailure: FileFailure | undefined;
  const namedBefore = dash < 0 ? named : paths.slice(0, dash).filter((p) => p !== "-");
  const before = namedBefore.length === named.length ? files.length : namedBefore.length === 0 ? 0 : Math.min(files.length, expandPathsOrSay(namedBefore).files.length);
  // One by one: spreading 130,000 files into push() overflows the stack.
  const add = (file: string) => inputs.push(walked.has(file) ? { file, walked: true } : { file });
  let stdinText: string | undefined;
  if (dash >= 0) {
    // Typed or pasted at a terminal, the end of the file is a key the officer may not know.
    if (ctx.io.stdinIsTTY && !ctx.quiet) sayMessage(ctx, "stdin-waiting");
    const read = await readStdinText(ctx);
    if (read.ok) stdinText = read.text;
    else stdinFailure = { file: STDIN_NAME, diagnostics: read.diagnostics.map((d) => withFrame(d, STDIN_NAME, undefined)) };
  }
  // A file named after the - whose text standard input gave (`cat a.yaml | egov-score score - a.yaml`): standard input
  // follows it, so that the file on disk is ranked and standard input is the copy not scored. Before files[stdinAt].
  const copied = stdinText === undefined || before === files.length ? undefined : fileWithText(stdinText, files.slice(before));
  const stdinAt = before + (copied === undefined ? 0 : copied + 1);
  for (let i = 0; i <= files.length; i++) {
    if (i === stdinAt && stdinText !== undefined) inputs.push({ file: STDIN_NAME, text: stdinText });
    if (i < files.length) add(files[i]!);
  }
  // Each at its place among the inputs: a path named after `-` after standard input's file, when it was read.
  for (const n of notScored) {
    const after = n.arg >= namedBefore.length;
    if (after && stdinFailure) { failures.push({ at: before, failure: stdinFailure }); stdinFailure = undefined; }
    const at = n.at + (after && stdinText !== undefined && n.at >= stdinAt ? 1 : 0);
    // A file named that is not there is listed as not scored (it was to be); a pattern that matches nothing is not.
    if (unmatchedPattern(n)) continue;
    if (n.kind === "missing") failures.push({ at, failure: { file: n.path, diagnostics: [withFrame({ code: "file-not-found", params: { detail: "ENOENT", ...textTwinHint(n.path), ...windowsDriveHint(n.path) } }, n.path, undefined)] } });
    // A folder that cannot be read may hold agencies: listed as not scored, so that none goes missing unsaid.
    else if (n.kind === "unreadable") failures.push({ at, failure: { file: n.path, diagnostics: [withFrame({ code: "folder-unreadable", params: { detail: n.code } }, n.path, undefined)] } });
    else if (n.kind === "misnamed") failures.push({ at, failure: misnamedFailure(n.path) });
    else if (n.kind === "outside") failures.push({ at, failure: { file: n.path, diagnostics: [withFrame({ code: "link-outside-folder", params: { target: n.target } }, n.path, undefined)] } });
  }
  if (stdinFailure) failures.push({ at: before, failure: stdinFailure });
  if (inputs.length === 0 && failures.length === 0) throw new UsageError("no-files", { paths: named.map((p) => terminalSafe(p, true)).join(", ") });
  return { inputs, failures, documents: documents.map((file) => ({ file, kind: "document" as const })) };
}

/** A file named that is not there beside its .txt twin (see textTwinOf): the name to give that one. */
function textTwinHint(file: string): Record<string, string> {
  const twin = textTwinOf(file);
  return twin === undefined ? {} : { hint_text_twin: path.basename(twin), hint_twin_rename: path.basename(file) };
}

/** A pattern that matches nothing, said: on a Windows drive, with the drive (the words a lone one is refused with). */
function unmatchedNotice(pattern: string): { key: string; params: Record<string, string> } {
  const drive = windowsDriveOf(pattern), shown = terminalSafe(pattern, true);
  return drive === undefined ? { key: "glob-no-match", params: { path: shown } } : { key: "path-windows-drive", params: { path: shown, drive } };
}

/** A file named that is not there, on a Windows drive (`C:\egov\so-tc.yaml` among other files): the drive this machine has not. */
export function windowsDriveHint(file: string): Record<string, string> {
  const drive = windowsDriveOf(file);
  return drive === undefined ? {} : { hint_windows_drive: drive };
}

/** Documents named in one line at most: a folder of evidence files would otherwise fill the screen. */
const DOCUMENTS_NAMED = 3;

/**
 * Word and Excel files in the folders walked are not read, and were passed over unsaid: an agency that filled in
 * the form as a document was missing from the ranking without a word. Said once, counted, the first few named.
 */
function sayDocuments(ctx: Context, documents: string[]): void {
  const named = documents.slice(0, DOCUMENTS_NAMED).map((f) => terminalSafe(f, true));
  sayMessage(ctx, "documents-not-read", { count: documents.length, files: named.join(", ") + (documents.length > DOCUMENTS_NAMED ? ", …" : "") });
}

/** A pattern that matches nothing: said, not listed as not scored (`*.yml` beside `*.yaml` is no mistake). */
const unmatchedPattern = (n: NotScoredPath) => n.kind === "missing" && isGlob(n.path);

/** An agency file saved as text (Notepad adds .txt), or with a space after .yaml, is a submission too: said, not left out unnoticed. */
function misnamedFailure(file: string): FileFailure {
  const read = readText(file), base = path.basename(file);
  const finding = /\.txt$/i.test(base) ? { code: "saved-as-text", params: { name: base.slice(0, -4) } } : { code: "yaml-name-trailing", params: { name: base.replace(/[. ]+$/, "") } };
  return withAgency({ file, diagnostics: [withFrame(finding, file, undefined)] }, read.ok ? headerOf(read.text) : undefined);
}

async function readStdinText(ctx: Context): Promise<ReadOutcome> {
  // A folder read as standard input (`- < nop/`) is empty to Node: said as the folder it is, not as a file holding no data.
  if (ctx.io.stdinIsFolder) return { ok: false, diagnostics: [{ code: "file-unreadable", params: { detail: "EISDIR" } }] };
  const bytes = await ctx.io.readStdin(MAX_FILE_BYTES + 1);
  return bytes.length > MAX_FILE_BYTES ? { ok: false, diagnostics: [{ code: "stdin-too-large", params: { limit: MAX_FILE_BYTES } }] } : textOf(bytes);
}

function expandPathsOrSay(paths: string[]): ReturnType<typeof expandPaths> {
  try {
    return expandPaths(paths);
  } catch (e) {
    if (e instanceof GlobTooLargeError) throw new UsageError("glob-too-large", { pattern: e.pattern, limit: MAX_ALTERNATIVES });
    throw e;
  }
}

/** Paths in reports: relative to the working folder when inside it, so reports do not depend on where a clone lives. */
export function displayPath(cwd: string, file: string): string {
  if (file === STDIN_NAME || !path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  // Outside cwd is `..` or `../…`; a name that only begins with two dots (`..x.yaml`) is inside it.
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? file : relative.split(path.sep).join("/");
}

/**
 * A file as a GitHub annotation names it: relative to the repository's root (GITHUB_WORKSPACE), where GitHub
 * looks for it, even when the step runs in a folder of the repository.
 */
export function annotationPath(ctx: Context, file: string): string {
  const root = ctx.io.env.GITHUB_WORKSPACE;
  if (!root) return displayPath(ctx.io.cwd, file);
  // The working folder is a real path: the root's too, or a workspace reached through a link looks foreign.
  const real = (p: string) => { try { return realpathSync(p); } catch { return p; } };
  return displayPath(real(path.resolve(ctx.io.cwd, root)), path.resolve(ctx.io.cwd, file));
}

/** Hard links to a file already checked (found by their agency id): said, as other second names of a file are. */
export function reportSameFiles(ctx: Context, duplicates: readonly FileFailure[]): void {
  if (ctx.quiet) return;
  for (const d of duplicates) if (d.sameFileAs !== undefined) sayMessage(ctx, "same-file", { file: terminalSafe(d.file, true), first: terminalSafe(d.sameFileAs, true) });
}

/** Files not scored that are copies of an earlier one (see identicalCopies): said, so that one submission is not read as two. */
export function reportIdenticalCopies(ctx: Context, failures: readonly { file: string; print?: number }[]): void {
  if (ctx.quiet) return;
  for (const { file, first } of identicalCopies(failures)) {
    // Standard input has no file to take out: the file on disk is the one to correct.
    const onDisk = file === STDIN_NAME ? first : first === STDIN_NAME ? file : undefined;
    if (onDisk !== undefined) sayMessage(ctx, "same-text-invalid-stdin", { file: terminalSafe(onDisk, true) });
    else sayMessage(ctx, "same-text-invalid", { file: terminalSafe(file, true), first: terminalSafe(first, true) });
  }
}

/**
 * YAML files a folder brought in that are not agency files (a CI workflow, a note): said, not hidden, each as what
 * it is (`score rubrics/` called a rubric "a rubric, a CI workflow or some other YAML file").
 */
export function reportSkipped(ctx: Context, files: readonly SkippedFile[]): void {
  if (ctx.quiet) return;
  for (const { file, kind } of files) {
    const shown = terminalSafe(file, true);
    // The why is ours but holds the path: its command gets the --lang given here, as sayMessage keeps the texts it is given.
    // In the command it suggests (--rubric FILE) the path is quoted as the shell takes it (a space, an apostrophe).
    const rubricWord = shellWord(shown);
    const why = withLangOption(message(ctx.lang, `skipped-why-${kind}`, { file: shown, rubric_word: rubricWord }), ctx.langOption, [shown, rubricWord]);
    sayMessage(ctx, "skipped-foreign", { file: shown, why });
  }
}

/**
 * Skipped files that were all there was (`counted` files scored or not scored: none) are a usage error, as an
 * empty folder is: not a run that passes with nothing scored.
 */
export function requireAgencyFiles(skipped: number, counted: number): void {
  if (counted === 0 && skipped > 0) throw new UsageError("no-agency-files", { count: skipped });
}
