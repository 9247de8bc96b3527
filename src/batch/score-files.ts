import { fileKey } from "../io/file-key.js";
import { agencyNamed, looksLikeAgencyFile, periodOf, textLooksForeign, type AgencyFile } from "../core/agency.js";
import type { AgencyScore } from "../core/result.js";
import { scoreBatch } from "../core/score.js";
import { parseAgencyFile, rubricRef, validateAgency, type ParsedAgency } from "../load/load-agency.js";
import { plainlyPlaced, Unsure } from "../load/fast-source-map.js";
import { composedData } from "../load/normalize.js";
import type { LoadedRubric, RubricOutcome } from "../load/load-rubric.js";
import { checkFast } from "../load/fast-agency.js";
import { locateIssue, withFrame, type LocatedDiagnostic } from "../load/located.js";
import { parseYaml } from "../load/parse-yaml.js";
import { readText } from "../load/read.js";
import { bundledIdForFile, bundledRubricFile, DEFAULT_RUBRIC_ID, rubricNotFound } from "../load/registry.js";
import { loadRubric } from "../load/load-rubric.js";
import { validateWithGivenRubric } from "../load/given-rubric.js";
import { detached } from "../load/detached.js";
import type { Issue } from "../core/issue.js";
import { likenessPrints, printedLikeness, sameAgencyWarnings } from "./same-agency.js";
import { skippedFile, type SkippedFile } from "./skipped-kind.js";
import { fileData, fileDates } from "./file-dates.js";
import { isDeepStrictEqual } from "node:util";
import { fingerprint } from "../core/same-agency.js";
import { copiedStem, sameText } from "./copy-names.js";

export interface ScoredAgency {
  file: string;
  agency: AgencyFile;
  self: AgencyScore;
  verified?: AgencyScore;
  warnings: LocatedDiagnostic[];
}
interface RubricSection { rubric: LoadedRubric; agencies: ScoredAgency[] }
/**
 * `agency`: the id and name the file gives, where it could be read that far. `sameFileAs`: among the
 * duplicates, a hard link (or the same file through another mount) to an earlier file: scored once, no failure.
 * `print`: the file's text as a fingerprint, where it was read, for telling byte-for-byte copies apart (identicalCopies).
 */
/** `errorCount`: how many errors the file has, where `diagnostics` holds only its first (see headlineOnly). */
export interface FileFailure { file: string; diagnostics: LocatedDiagnostic[]; agency?: { id?: string; name?: string }; sameFileAs?: string; print?: number; errorCount?: number }
export interface BatchOutcome {
  sections: RubricSection[];
  /** Files not scored, in file order (scoreFiles adds the later files of repeated agency ids). */
  failures: FileFailure[];
  /** Rubrics that could not be used: an unusable rubric is exit code 2. */
  rubricFailures: FileFailure[];
  duplicates: FileFailure[];
  skipped: SkippedFile[];
}

/** A file to check; `walked` when a folder or glob brought it in (then a foreign YAML file is skipped, not failed). */
export interface BatchInput { file: string; text?: string; walked?: boolean }

export interface BatchOptions {
  /** --rubric: used for every file instead of the rubric each file names. */
  rubric?: RubricOutcome;
  /** Called after each file, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

export interface ValidAgency { file: string; agency: AgencyFile; warnings: LocatedDiagnostic[] }
export interface CheckedBatch {
  valid: { rubric: LoadedRubric; items: ValidAgency[] }[];
  failures: FileFailure[];
  rubricFailures: FileFailure[];
  /** Files whose agency id an earlier file of the same rubric used: valid, but scoreFiles and the pipeline list them as not scored. */
  duplicates: FileFailure[];
  /** YAML files met in a folder that are no agency files (no `rubric` nor `agency` key): listed, not checked. */
  skipped: SkippedFile[];
}

/** What checking a file can lead to; checkFiles collects it, the large-batch pipeline streams it. */
interface CheckSink {
  /** A valid file (also a duplicate: it is scored, and the duplicate is reported separately). */
  /** `repeated`: an earlier file used its agency id (sink.duplicate follows); it is not scored. */
  valid(item: ValidAgency, rubric: LoadedRubric, repeated: boolean): void;
  failure(failure: FileFailure): void;
  rubricFailure(failure: FileFailure): void;
  duplicate(failure: FileFailure): void;
  skipped(skipped: SkippedFile): void;
}

/** Parse and validate agency files, grouped by the rubric they answer; one bad file never stops the others. */
export function checkFiles(files: BatchInput[], options: BatchOptions = {}): CheckedBatch {
  const failures: FileFailure[] = [];
  const rubricFailures = new Map<string, FileFailure>();
  const valid = new Map<string, { rubric: LoadedRubric; items: ValidAgency[] }>();
  const duplicates: FileFailure[] = [];
  const skipped: SkippedFile[] = [];
  checkEach(files, options, {
    valid(item, rubric) {
      const key = rubricKey(rubric);
      const bucket = valid.get(key) ?? { rubric, items: [] };
      bucket.items.push(item);
      valid.set(key, bucket);
    },
    failure: (f) => failures.push(f),
    rubricFailure: (f) => rubricFailures.set(f.file, f),
    duplicate: (f) => duplicates.push(f),
    skipped: (s) => skipped.push(s),
  });
  return { valid: [...valid.values()].sort((a, b) => rubricOrder(a.rubric, b.rubric)), failures, rubricFailures: [...rubricFailures.values()], duplicates, skipped };
}

export function rubricKey(rubric: LoadedRubric): string {
  return `${rubric.rubric.id}@${rubric.rubric.version}@${rubric.sha256}`;
}

/**
 * The order of a report's rubrics: by id, then version (its runs of digits as numbers, 2025.9 before 2025.10),
 * then SHA-256; never the order their files came in, so that the same files named in another order (a glob,
 * a folder listed elsewhere) give the same report. Ids and hashes in JavaScript's string order, whatever the locale.
 */
export function rubricOrder(a: LoadedRubric, b: LoadedRubric): number {
  const [x, y] = [a.rubric, b.rubric];
  return byCodePoint(x.id, y.id) || x.version.localeCompare(y.version, "en", { numeric: true }) || byCodePoint(x.version, y.version) || byCodePoint(a.sha256, b.sha256);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Check files one by one and tell the sink what became of each; agency ids repeated within these files are duplicates. */
export function checkEach(files: BatchInput[], options: BatchOptions, sink: CheckSink): void {
  const seenIds = new Map<string, string>();
  // A file given as text (standard input) is no file to read again for the dates a later duplicate is measured against.
  const given = new Map<string, string>();
  for (const f of files) if (f.text !== undefined) given.set(f.file, f.text);
  const addValid = (file: string, agency: AgencyFile, rubric: LoadedRubric, warnings: LocatedDiagnostic[], locateId: (first: string) => LocatedDiagnostic) => {
    // The id is kept for the whole batch (duplicates here, the pass records of a large batch): a copy
    // that does not hold on to its file's text.
    agency.agency.id = detached(agency.agency.id);
    // QB-STC and qb-stc are one agency sent twice, not two agencies to rank.
    const idKey = `${rubric.rubric.id}\u0000${agency.agency.id.toLowerCase()}`;
    const first = seenIds.get(idKey);
    sink.valid({ file, agency, warnings }, rubric, first !== undefined);
    if (first === undefined) seenIds.set(idKey, file);
    else if (sameFile(file, first)) sink.duplicate({ file, diagnostics: [], sameFileAs: first });
    else sink.duplicate(withAgency({ file, diagnostics: [givenTwice(locateId(first), given.has(file), given.has(first))] }, agency));
  };

  // An invalid file carries its text's print: a copy saved twice ("so-07 (1).yaml") is one submission, not two.
  const failed = (failure: FileFailure, text: string) => sink.failure({ ...failure, print: fingerprint(text) });
  const check = options.rubric ? validateWithGivenRubric : validateAgency;
  for (const [index, { file, text, walked }] of files.entries()) {
    options.onProgress?.(index, files.length);
    let source = text;
    if (source === undefined) {
      const read = readText(file);
      if (!read.ok) { sink.failure({ file, diagnostics: read.diagnostics.map((d) => withFrame(d, file, undefined)) }); continue; }
      source = read.text;
    }
    const fast = checkFast(file, source, (data) => {
      // A file met in a folder that is no agency file is skipped: the slow path says so.
      if (walked && !looksLikeAgencyFile(data)) return undefined;
      const outcome = options.rubric ?? bundledOutcome(rubricRef(data).id ?? bundledIdForFile(data));
      return outcome?.ok ? outcome.loaded : undefined;
    }, check);
    if (fast) {
      const { outcome } = fast;
      if (outcome.ok) addValid(file, outcome.agency, fast.rubric, outcome.warnings, (first) => duplicateAt(file, source!, outcome.agency.agency.id, first, given.get(first)));
      else failed(withAgency({ file, diagnostics: outcome.diagnostics }, fast.data), source);
      continue;
    }
    const parsed = parseAgencyFile(file, source);
    if (!parsed.ok) { if (walked && textLooksForeign(source)) sink.skipped(skippedFile(file, source)); else failed(withAgency({ file, diagnostics: parsed.diagnostics }, headerOf(source)), source); continue; }
    if (walked && !looksLikeAgencyFile(parsed.agency.data)) { sink.skipped(skippedFile(file, source)); continue; }
    let outcome = options.rubric;
    if (!outcome) {
      const ref = rubricRef(parsed.agency.data);
      outcome = bundledOutcome(ref.id ?? bundledIdForFile(parsed.agency.data));
      if (!outcome) {
        failed(withAgency({ file, diagnostics: [locateIssue(rubricNotFound(ref.id ?? "", ref.version, file), parsed.agency.parsed, file, parsed.agency.text)] }, parsed.agency.data), source);
        continue;
      }
    }
    if (!outcome.ok) { sink.rubricFailure({ file: outcome.file, diagnostics: outcome.diagnostics }); continue; }
    const checked = check(parsed.agency, outcome.loaded);
    if (!checked.ok) { failed(withAgency({ file, diagnostics: checked.diagnostics }, parsed.agency.data), source); continue; }
    const id = checked.agency.agency.id;
    addValid(file, checked.agency, outcome.loaded, checked.warnings, (first) => laterSubmission(locateIssue({ code: "duplicate-agency", path: ["agency", "id"], params: { id, first } }, parsed.agency.parsed, file, parsed.agency.text), checked.agency, first, given.get(first), parsed.agency.text));
  }
  options.onProgress?.(files.length, files.length);
}

/**
 * The header of a file that does not parse, for naming its agency: the text before `answers:` (the mistake
 * is mostly in the answers), else the `agency:` block alone, else its `id:` and `name:` lines one by one
 * (the mistake is in the block). Read with the full parser (only files that failed come here), which
 * refuses aliases and tags as it does for any file.
 */
export function headerOf(text: string): unknown {
  const answers = /^["']?answers["']?[ \t]*:/m.exec(text);
  const before = answers ? dataOf(text.slice(0, answers.index)) : undefined;
  if (before !== undefined && typeof before === "object" && before !== null && Object.hasOwn(before, "agency")) return before;
  // The key's own line (a flow mapping may follow it there) and the lines indented below it.
  const block = /^["']?agency["']?[ \t]*:([^\n]*)\n?((?:(?:[ \t]+[^\n]*|[ \t]*(?:#[^\n]*)?)(?:\n|$))*)/m.exec(text.replace(/\r\n/g, "\n"));
  if (!block) return undefined;
  const whole = dataOf(`agency:${block[1]}\n${block[2]}`);
  if (whole !== undefined) return whole;
  return { agency: keyLines(block[2]!) };
}

function dataOf(text: string): unknown {
  const parsed = parseYaml(text);
  return parsed.ok ? parsed.parsed.data : undefined;
}

/**
 * The `id:` and `name:` lines of a block that does not parse, each read alone. A key written twice, or
 * whose value goes on over the next line, is left out: half a name, or a respondent's, would be wrong.
 */
function keyLines(block: string): Record<string, unknown> {
  const lines = block.split("\n");
  const indent = /^[ \t]+(?=[^\s#])/m.exec(block)?.[0];
  const found = new Map<string, unknown>();
  const leftOut = new Set<string>();
  lines.forEach((line, i) => {
    const key = indent !== undefined && line.startsWith(indent) ? /^(id|name)[ \t]*:/.exec(line.slice(indent.length))?.[1] : undefined;
    if (key === undefined) return;
    if (found.has(key) || leftOut.has(key)) { leftOut.add(key); found.delete(key); return; }
    const next = lines.slice(i + 1).find((l) => l.trim() !== "" && !l.trim().startsWith("#"));
    // A deeper line goes on with the value unless it is a key of its own (a plain value holds no ": ").
    const goesOn = next !== undefined && /^[ \t]*/.exec(next)![0].length > indent!.length && !/^[ \t]+[^\s#:][^:]*:(?:[ \t]|$)/.test(next);
    const value = goesOn ? undefined : (dataOf(`agency:\n${line}`) as { agency?: Record<string, unknown> } | undefined)?.agency?.[key];
    if (value !== undefined) found.set(key, value);
    else leftOut.add(key);
  });
  return Object.fromEntries(found);
}

export function withAgency(failure: FileFailure, data: unknown): FileFailure {
  const agency = agencyNamed(data);
  return agency ? { ...failure, agency } : failure;
}

/** Validate and score: agencies answering the same rubric form one batch (batch-relative rules see it whole). */
export function scoreFiles(files: BatchInput[], options: BatchOptions = {}): BatchOutcome {
  const checked = foldFailures(checkFiles(files, options));
  if (checked.duplicates.length === 0) return scoreChecked(warnSameAgencies(checked, files));
  // Left out before the cohorts' figures are taken: a file not scored takes no part in them.
  const later = new Set(checked.duplicates.map((d) => d.file));
  const valid = checked.valid.map((v) => ({ ...v, items: v.items.filter((i) => !later.has(i.file)) }));
  const outcome = scoreChecked(warnSameAgencies({ ...checked, valid }, files));
  return { ...outcome, failures: notScoredInOrder(outcome.failures, outcome.duplicates, files) };
}

/** Each ranked file likely of an earlier file's agency under another id gets its warning, as the pipeline gives it. */
function warnSameAgencies(checked: CheckedBatch, files: BatchInput[]): CheckedBatch {
  const order = new Map(files.map((f, i) => [f.file, i]));
  const compared = checked.valid.flatMap(({ rubric, items }) => items.map((item) => {
    const index = order.get(item.file) ?? -1;
    const text = files[index]?.text;
    return { item, file: item.file, index, id: item.agency.agency.id, like: printedLikeness(likenessPrints(item.agency, rubric.file)), rubric: "", ...(text !== undefined ? { text } : {}) };
  }));
  const warnings = sameAgencyWarnings(compared.sort((a, b) => a.index - b.index), locatedAt);
  for (const c of compared) {
    const d = warnings.get(c.index);
    if (d) c.item.warnings = [...c.item.warnings, d];
  }
  return checked;
}

/**
 * The files not scored, in file order: the failures, and each later file with an agency id an earlier file
 * of its rubric used. That one is ranked; two files of one agency would share a cohort and push the others
 * down a rank.
 */
export function notScoredInOrder<F extends { file: string; sameFileAs?: string }>(failures: F[], duplicates: F[], files: BatchInput[]): F[] {
  const later = duplicates.filter((d) => d.sameFileAs === undefined);
  if (later.length === 0) return failures;
  const order = new Map(files.map((f, i) => [f.file, i]));
  return [...failures, ...later].sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
}

/**
 * A file not scored that no file of the batch gave (a path named that is not there, a folder that cannot be
 * read, a file saved as .txt), at its place among the batch's files: before files[at].
 */
export interface PlacedFailure<F = FileFailure> { failure: F; at: number }

/**
 * The files not scored in the order the paths were given: `placed` each at its place among `failures`, the
 * batch's own, in file order (`indexOf`: a batch file's index).
 */
export function inGivenOrder<F extends { file: string }>(placed: readonly PlacedFailure<F>[], failures: F[], indexOf: (file: string) => number | undefined): F[] {
  if (placed.length === 0) return failures;
  // Half a place before the file it was named before: after the failure of the file before it.
  const half = new Map(placed.map(({ failure, at }) => [failure, at - 0.5]));
  const key = (f: F) => half.get(f) ?? indexOf(f.file) ?? -1;
  return [...placed.map((p) => p.failure), ...failures].sort((a, b) => key(a) - key(b));
}

/**
 * Files not scored that are one file under two names (a hard link to an invalid file): the later names
 * become same-file notes, so that the file is listed, and counted, once. Only the few failures are looked at.
 */
function foldLinkedFailures<F extends { file: string }>(failures: F[]): { failures: F[]; same: FileFailure[] } {
  const first = new Map<string, string>();
  const kept: F[] = [];
  const same: FileFailure[] = [];
  for (const f of failures) {
    const key = fileKey(f.file);
    const earlier = key === undefined ? undefined : first.get(key);
    if (earlier !== undefined && earlier !== f.file) { same.push({ file: f.file, diagnostics: [], sameFileAs: earlier }); continue; }
    if (key !== undefined && earlier === undefined) first.set(key, f.file);
    kept.push(f);
  }
  return same.length === 0 ? { failures, same } : { failures: kept, same };
}

/** A checked batch with its linked failures folded into same-file notes among the duplicates. */
export function foldFailures<T extends { failures: { file: string }[]; duplicates: FileFailure[] }>(checked: T): T {
  const { failures, same } = foldLinkedFailures(checked.failures);
  return same.length === 0 ? checked : { ...checked, failures, duplicates: [...checked.duplicates, ...same] };
}

/**
 * Whether two names are one file (a hard link, a bind mount): the walk does not stat every file, so this is
 * asked only of two files with one agency id. A file read from standard input is no file of the disk.
 */
export function sameFile(a: string, b: string): boolean {
  const key = fileKey(a);
  return key !== undefined && key === fileKey(b);
}

/** The second pass: score every valid agency against its cohort. */
function scoreChecked(checked: CheckedBatch): BatchOutcome {
  const sections: RubricSection[] = checked.valid.map(({ rubric, items }) => {
    const scores = scoreBatch(rubric.rubric, items.map((i) => i.agency));
    return { rubric, agencies: items.map((item, k) => ({ ...item, ...scores[k]! })) };
  });
  return { sections, failures: checked.failures, rubricFailures: checked.rubricFailures, duplicates: checked.duplicates, skipped: checked.skipped };
}

const bundledById = new Map<string, RubricOutcome | undefined>();

/** A bundled rubric by id (looked up and loaded once per process), or undefined when there is none by that id. */
function bundledOutcome(id: string | undefined): RubricOutcome | undefined {
  const key = id ?? DEFAULT_RUBRIC_ID;
  if (!bundledById.has(key)) {
    const file = bundledRubricFile(key);
    bundledById.set(key, file ? loadRubric(file) : undefined);
  }
  return bundledById.get(key);
}

/** Where a duplicate id stands in a file met on another thread (read and parsed again only for this rare case). */
export function duplicateFailure(file: string, id: string, first: string): FileFailure {
  const read = readText(file);
  if (!read.ok) return { file, diagnostics: [withFrame({ code: "duplicate-agency", params: { id, first } }, file, undefined)], agency: { id } };
  const { diagnostic, data } = duplicateIn(file, read.text, id, first);
  return withAgency({ file, diagnostics: [diagnostic] }, data ?? { agency: { id } });
}

/**
 * A finding about a scored file, found only once the batch was checked, placed in the file read again (`text`: the
 * file's, when it came as text); at the file's start where the place cannot be read.
 */
export function locatedAt(file: string, issue: Issue, text?: string): LocatedDiagnostic {
  const read = text !== undefined ? { ok: true as const, text } : readText(file);
  const unplaced = () => withFrame({ code: issue.code, severity: issue.severity ?? "error", params: issue.params }, file, undefined);
  if (!read.ok) return unplaced();
  const plain = plainlyParsed(file, read.text);
  if (plain) {
    try {
      return locateIssue(issue, plain.parsed, file, read.text);
    } catch (e) {
      if (!(e instanceof Unsure)) throw e;
    }
  }
  const parsed = parseAgencyFile(file, read.text);
  return parsed.ok ? locateIssue(issue, parsed.agency.parsed, file, read.text) : unplaced();
}

/** Where a duplicate id stands in a file the fast path accepted (parsed again only for this rare case); `firstText`: the ranked file's, when it came as text. */
function duplicateAt(file: string, text: string, id: string, first: string, firstText?: string): LocatedDiagnostic {
  return duplicateIn(file, text, id, first, firstText).diagnostic;
}

function duplicateIn(file: string, text: string, id: string, first: string, firstText?: string): { diagnostic: LocatedDiagnostic; data?: unknown } {
  const issue = { code: "duplicate-agency", path: ["agency", "id"], params: { id, first } };
  const placed = (parsed: ParsedAgency) => ({ diagnostic: laterSubmission(locateIssue(issue, parsed.parsed, file, text), parsed.data as Partial<AgencyFile>, first, firstText, text), data: parsed.data });
  const plain = plainlyParsed(file, text);
  if (plain) {
    try {
      return placed(plain);
    } catch (e) {
      // A place the plain reader's positions cannot be sure of (an empty value): `yaml` places it.
      if (!(e instanceof Unsure)) throw e;
    }
  }
  const parsed = parseAgencyFile(file, text);
  if (!parsed.ok) return { diagnostic: withFrame({ code: issue.code, line: 1, col: 1, params: issue.params }, file, text) };
  return placed(parsed.agency);
}

/**
 * A file parsed by the plain reader, its paths placed from its positions, when it takes the text: `yaml` took
 * about 10 ms a file, twice for each duplicate (it and the file ranked), and a folder scored beside its copy
 * has thousands (20,000 files with one id: 363 s of CPU). Undefined where the plain reader cannot read it.
 */
function plainlyParsed(file: string, text: string): ParsedAgency | undefined {
  const placed = plainlyPlaced(text);
  if (!placed) return undefined;
  const data = composedData(text, placed.data);
  return { file, text, parsed: { data, map: placed.map }, data };
}

/**
 * A duplicate that says it was submitted after the file that is ranked is likely a resubmission: its
 * finding names both dates, and the collector decides which file to keep. One that says it was submitted
 * before is likely the older file, the ranked one its resubmission: said too, so that the collector need not
 * open both to learn which to take out. One of another period is no resubmission but another year's file
 * (last year's folder scored beside this year's): both periods are named instead. One whose text is the
 * ranked file's (the same attachment saved twice) is said to be a copy. The ranked file stays the earlier one
 * in file order either way, so that a ranking never turns on a date typed by hand; where their texts differ and no
 * date tells them apart, the finding says which one is ranked, for the collector to keep the right one.
 */
function laterSubmission(found: LocatedDiagnostic, agency: Partial<AgencyFile>, first: string, firstText?: string, ownText?: string): LocatedDiagnostic {
  const d = withTwinName(found, first);
  const ranked = fileDates(first, firstText);
  if (ownText !== undefined && ranked.text !== undefined && sameText(ownText, ranked.text)) return { ...d, params: { ...d.params, hint_identical: 1, ...copyMarkedFirst(d.file, first) } };
  // A copy with a note added (a comment) or saved again by an editor: "the two files differ" sent the collector looking for an answer changed.
  if (ownText !== undefined && ranked.text !== undefined && isDeepStrictEqual(fileData(d.file, ownText), fileData(first, ranked.text))) return { ...d, params: { ...d.params, hint_same_data: 1 } };
  const period = periodOf(agency.period);
  if (period !== undefined && ranked.period !== undefined && period !== ranked.period) return { ...d, params: { ...d.params, period, first_period: ranked.period } };
  const submitted = agency.submitted;
  const other = ranked.submitted;
  // Two different files and no dates to tell the newer: the error alone read as a copy left over, while the file
  // ranked (the first in file order) may be the older one.
  if (typeof submitted !== "string" || other === undefined || submitted === other) return ownText !== undefined && ranked.text !== undefined ? { ...d, params: { ...d.params, hint_differs: 1 } } : d;
  return { ...d, params: { ...d.params, submitted, ...(submitted > other ? { first_submitted: other } : { first_submitted_later: other }) } };
}

/**
 * Of two files alike, the ranked one named as a copy and this one not (`so-khcn copy (2).yaml` sorted before
 * `so-khcn-quang-binh.yaml`, a stem originalsFirst cannot match): "delete this copy" told the collector to delete the
 * original. The ranking stands (the same answers, the same score); the hint says the other file is the copy.
 */
function copyMarkedFirst(file: string, first: string): { identical_copy?: "first" } {
  return copiedStem(first) !== undefined && copiedStem(file) === undefined ? { identical_copy: "first" } : {};
}

/**
 * A duplicate whose name looks the ranked file's on screen, one spelled in decomposed letters (NFD, from a Mac's
 * archive): "already used by Sở Tài chính.yaml" of Sở Tài chính.yaml named no file to tell apart. Says which is decomposed.
 */
function withTwinName(d: LocatedDiagnostic, first: string): LocatedDiagnostic {
  if (d.file === first || d.file.normalize("NFC") !== first.normalize("NFC")) return d;
  return { ...d, params: { ...d.params, hint_twin_name: d.file === d.file.normalize("NFC") ? "first" : "this" } };
}

/**
 * A copy (or a copy differing only in comments) of which one of the two came on standard input (`cat a.yaml | egov-score score - a.yaml`): standard input has
 * no file to delete, so the hint names which one did (`identical_given`) and points at the file on disk.
 */
function givenTwice(d: LocatedDiagnostic, ownGiven: boolean, firstGiven: boolean): LocatedDiagnostic {
  // A copy differing only in comments is the same submission too: "keep one of the two" of standard input named none to keep.
  if ((d.params.hint_identical === undefined && d.params.hint_same_data === undefined) || ownGiven === firstGiven) return d;
  return { ...d, params: { ...d.params, identical_given: ownGiven ? "this" : "first" } };
}

/**
 * Each file not scored whose text is an earlier one's, character for character (a mail's attachment saved twice, "so-07 (1).yaml"),
 * with that earlier file: `failures` in file order. Both are listed with the same errors; said once, they are one submission.
 */
export function identicalCopies(failures: readonly { file: string; print?: number }[]): { file: string; first: string }[] {
  const firstOf = new Map<number, string>();
  const copies: { file: string; first: string }[] = [];
  for (const { file, print } of failures) {
    if (print === undefined) continue;
    const first = firstOf.get(print);
    if (first === undefined) firstOf.set(print, file);
    else copies.push({ file, first });
  }
  return copies;
}
