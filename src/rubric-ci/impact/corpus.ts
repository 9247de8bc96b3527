import { looksLikeAgencyFile, textLooksForeign, type AgencyFile, type Answer } from "../../core/agency.js";
import { sameFile, type BatchInput, type FileFailure } from "../../batch/score-files.js";
import { skippedFile, type SkippedFile } from "../../batch/skipped-kind.js";
import { parseAgencyFile, rubricRef, unknownAnswerIssue, withPlainPositions, type ParsedAgency, type ParsedAgencyOutcome } from "../../load/load-agency.js";
import { MAX_FINDINGS_PER_FILE } from "../../load/first-findings.js";
import type { LoadedRubric } from "../../load/load-rubric.js";
import { locateIssue, type LocatedDiagnostic } from "../../load/located.js";
import { validateAsVersion } from "../validate-as.js";
import type { CodeMaps } from "./diff.js";
import { indicatorByCode } from "../../core/codes.js";
import { checkAgency } from "../../core/check-agency.js";
import { checkFast } from "../../load/fast-agency.js";
import { plainlyValid } from "../../load/plain-valid.js";
import { readText } from "../../load/read.js";
import { describe, valueAt } from "../../load/schema-issues.js";

export type Side = "old" | "new";

/**
 * An answer that could not be used as it is under one version: dropped (it counts as unanswered), carried
 * to a new code, or (`ticks`) kept without the checklist options that version no longer has. `evidence`: the
 * answer is scored, but its evidence falls short of this version's rule (`reason` and `params` say how: too
 * few items, a field now required): `score` refuses the file until it is corrected. `params`: the finding's
 * own, for its message. `verified`: "only" when the collector's verified value alone no longer fits (dropped;
 * the answer is scored), "with" when the answer dropped had one.
 */
/**
 * `as_written`: both versions carry the same version string, so `score` reads the file as written under the new
 * version's codes, not carried or dropped as this note compares it: "other", the new version has an indicator of that
 * code (the answer is taken as that one's, or the file refused where it does not fit it); "missing", it has none (the
 * file is refused). Set on the new side's recoded and code-reused answers only (see runImpact).
 */
export interface AnswerNote { code: string; reason: string; to?: string; ticks?: string[]; evidence?: true; verified?: "only" | "with"; params?: Record<string, unknown>; as_written?: "other" | "missing" }

export interface CorpusAgency {
  file: string;
  /** The side whose version the file names (see homeSide), validated against strictly. */
  home: Side;
  data: Partial<Record<Side, AgencyFile>>;
  notes: Record<Side, AnswerNote[]>;
  /** Why the file cannot be scored under one version at all (e.g. its agency type no longer exists). */
  unscorable: Partial<Record<Side, LocatedDiagnostic>>;
}

/** A corpus file left out; `side`: the version it was checked against and fails (none when it could not be read as an agency file at all). */
export type InvalidFile = FileFailure & { side?: Side };

/** `otherVersion`: files of the rubric naming a version neither side is, carried to both (fromAnotherVersion). */
export interface Corpus { agencies: CorpusAgency[]; invalid: InvalidFile[]; skipped: { file: string; rubric: string }[]; otherVersion: { file: string; version: string }[] }

/**
 * Read a corpus for an impact run. Each file is validated strictly against the version it names (the old
 * one when it names neither or both); it is then carried to the other version: answers to recoded
 * indicators move to the new code, answers that the other version no longer accepts (a removed indicator,
 * a removed option, a changed input type, N/A no longer allowed) are dropped and listed, and missing
 * evidence is left to the engine, which scores the answer and flags it, as it does for any agency.
 * Each agency goes to `onAgency` as it is read, not kept: rubric impact keeps of an agency only what its
 * report needs (its data under both versions, kept for every agency, held 10,000 files in 580 MB).
 */
export function readCorpusEach(files: BatchInput[], rubrics: Record<Side, LoadedRubric>, codes: CodeMaps, onAgency: (agency: CorpusAgency) => void, onForeign: (skipped: SkippedFile) => void = () => undefined, onSameFile: (file: string, first: string) => void = () => undefined): Omit<Corpus, "agencies"> {
  const corpus: Omit<Corpus, "agencies"> = { invalid: [], skipped: [], otherVersion: [] };
  const ids = new Set([rubrics.old.rubric.id, rubrics.new.rubric.id]);
  const firstOfId = new Map<string, string>();
  for (const { file, text, walked } of files) {
    const quick = quickRead(file, text, walked, rubrics, ids);
    const fromQuick = quick && "invalid" in quick ? fromAnotherVersion(quick.invalid, quick.version, rubrics, quick.written) : quick;
    if (fromQuick && "invalid" in fromQuick) { corpus.invalid.push(fromQuick.invalid); continue; }
    const read = fromQuick ?? slowRead(file, text, walked, rubrics, ids, corpus, onForeign);
    if (!read) continue;
    const { home, agency } = read;
    // As `score` does: a later file with an agency id already used, in any case, is not scored.
    const id = agency.agency.id;
    const first = firstOfId.get(id.toLowerCase());
    // A hard link to a file already read is that file, read once (as `score` does).
    if (first !== undefined && sameFile(file, first)) { onSameFile(file, first); continue; }
    if (first !== undefined) {
      const located = read.located();
      if (!located.ok) { corpus.invalid.push({ file, diagnostics: located.diagnostics }); continue; }
      const issue = { code: "duplicate-agency", path: ["agency", "id"], params: { id, first } };
      corpus.invalid.push({ file, diagnostics: [locateIssue(issue, located.agency.parsed, file, located.agency.text)] });
      continue;
    }
    const other: Side = home === "old" ? "new" : "old";
    const moves = home === "old" ? codes.toNew : codes.toOld;
    const carried = carry(read, rubrics[home], rubrics[other], moves, undefined, codes.retitled);
    if ("invalid" in carried) { corpus.invalid.push(carried.invalid); continue; }
    firstOfId.set(id.toLowerCase(), file);
    if (read.version !== undefined) corpus.otherVersion.push({ file, version: read.version });
    onAgency({
      file, home,
      data: { [home]: agency, ...(carried.agency ? { [other]: carried.agency } : {}) },
      notes: { [home]: read.notes ?? [], [other]: carried.notes } as Record<Side, AnswerNote[]>,
      unscorable: carried.unscorable ? { [other]: carried.unscorable } : {},
    });
  }
  return corpus;
}

/**
 * A corpus file valid under the version it names, and its parsed text with positions when a finding needs
 * them. `plain`: read by the plain reader, which refuses what only the written text explains (1.000), so
 * that no check of the written text can find anything in it under any version; its findings are placed
 * with that reader's positions where they can be (withPlainPositions), else with `yaml`'s (`located`).
 */
interface CorpusRead { file: string; home: Side; agency: AgencyFile; plain?: { text: string; data: Record<string, unknown> }; located: () => ParsedAgencyOutcome; /** Passed the quick check as written: the text holds nothing any version's check of it would say (fastAgency). */ clean?: true; /** The version the file names when neither side is it (otherVersion). */ version?: string; /** A file of such a version that OLD refused as written, carried to it (fromAnotherVersion): the answers OLD did not take. */ notes?: AnswerNote[] }

/**
 * The fast path `score` takes (checkFast): most corpus files are valid as
 * written, and for them no positions are worked out unless a finding needs them; a finding is placed from
 * the plain reader's positions where they place it exactly (`yaml`'s parse took 3 ms a file: with every file
 * carried to a version that dropped one of its answers, 2,000 files took 22 s). undefined: the slow way,
 * which parses with `yaml` and says why; `invalid`: the file fails the version it names.
 */
function quickRead(file: string, text: string | undefined, walked: boolean | undefined, rubrics: Record<Side, LoadedRubric>, ids: Set<string>): CorpusRead | { invalid: InvalidFile; version?: string; written: Written } | undefined {
  const source = text ?? readQuietly(file);
  if (source === undefined) return undefined;
  let named: { id?: string; version?: string } = {};
  const fast = checkFast(file, source, (data) => {
    // A YAML file a folder brought in that is no agency file: the slow way skips it with a notice.
    if (walked && !looksLikeAgencyFile(data)) return undefined;
    named = rubricRef(data);
    return named.id !== undefined && ids.has(named.id) ? rubrics[homeSide(named, rubrics)] : undefined;
  }, validateAsVersion);
  if (!fast) return undefined;
  const home = homeSide(named, rubrics);
  const { outcome } = fast;
  let parsed: ParsedAgencyOutcome | undefined;
  // The plain reader takes nothing `yaml` refuses (tested); were it to, the file is listed as invalid, not a crash.
  const written = { data: fast.data, plain: { text: source, data: fast.data }, located: () => (parsed ??= parseAgencyFile(file, source)) };
  if (!outcome.ok) return { invalid: { file, diagnostics: outcome.diagnostics, side: home }, version: otherVersion(named, rubrics), written };
  const read = { file, home, agency: outcome.agency, ...written, version: otherVersion(named, rubrics) };
  return fast.clean ? { ...read, clean: true } : read;
}

function readQuietly(file: string): string | undefined {
  const read = readText(file);
  return read.ok ? read.text : undefined;
}

function slowRead(file: string, text: string | undefined, walked: boolean | undefined, rubrics: Record<Side, LoadedRubric>, ids: Set<string>, corpus: Omit<Corpus, "agencies">, onForeign: (skipped: SkippedFile) => void): CorpusRead | undefined {
  const parsed = parseAgencyFile(file, text);
  if (!parsed.ok) { if (walked && text !== undefined && textLooksForeign(text)) onForeign(skippedFile(file, text)); else corpus.invalid.push({ file, diagnostics: parsed.diagnostics }); return undefined; }
  // As `score` does: a YAML file a folder brought in that is no agency file (a CI workflow) is skipped with a notice.
  const data = parsed.agency.data;
  if (walked && !looksLikeAgencyFile(data)) { onForeign(skippedFile(file, parsed.agency.text)); return undefined; }
  const named = rubricRef(data);
  if (named.id !== undefined && !ids.has(named.id)) { corpus.skipped.push({ file, rubric: named.id }); return undefined; }
  const home = homeSide(named, rubrics);
  const checked = validateAsVersion(parsed.agency, rubrics[home]);
  if (!checked.ok) {
    const carried = fromAnotherVersion({ file, diagnostics: checked.diagnostics, side: home }, otherVersion(named, rubrics), rubrics, { data, located: () => parsed });
    if ("invalid" in carried) corpus.invalid.push(carried.invalid);
    return "invalid" in carried ? undefined : carried;
  }
  return { file, home, agency: checked.agency, located: () => parsed, version: otherVersion(named, rubrics) };
}

/** A file's data as read, and how to read it again with positions where a finding needs them (see CorpusRead). */
interface Written { data: Record<string, unknown>; plain?: CorpusRead["plain"]; located: () => ParsedAgencyOutcome }

/** The version a file of this rubric names when it is neither OLD's nor NEW's (last year's files, two drafts of this year's). */
function otherVersion(named: { id?: string; version?: string }, rubrics: Record<Side, LoadedRubric>): string | undefined {
  const { old, new: next } = rubrics;
  if (named.version === undefined || (named.id !== old.rubric.id && named.id !== next.rubric.id)) return undefined;
  return named.version !== old.rubric.version && named.version !== next.rubric.version ? named.version : undefined;
}

/**
 * A file refused by OLD that answers a third version of the rubric (`version`): neither side is the version it was
 * written for, so neither can hold it strictly to its answers. It is carried to OLD as files are carried to the
 * other side (answers OLD does not take are dropped and listed, evidence short of OLD's rule is scored and said);
 * what lies outside the answers must still fit OLD, or the file is refused, saying which version it answers. Only
 * files already refused come here: the files that pass pay nothing for it.
 */
function fromAnotherVersion(invalid: InvalidFile, version: string | undefined, rubrics: Record<Side, LoadedRubric>, written: Written): CorpusRead | { invalid: InvalidFile } {
  if (version === undefined) return { invalid };
  const raw = written.data;
  const agency = { ...raw, ...(typeof raw.period === "number" ? { period: String(raw.period) } : {}) } as unknown as AgencyFile;
  const read: CorpusRead = { file: invalid.file, home: "old", agency, plain: written.plain, located: written.located };
  // OLD's findings are those of the strict check just made: carry drops the answers they are at without checking again.
  const carried = carry(read, rubrics.old, rubrics.old, new Map(), invalid.diagnostics);
  if ("invalid" in carried || carried.unscorable || !carried.agency) return { invalid: { ...invalid, diagnostics: withVersionHint(invalid.diagnostics, version, rubrics) } };
  return { ...read, agency: carried.agency, notes: carried.notes, version };
}

/** The first error of a refused file of a third version says which version it answers and what to do. */
function withVersionHint(diagnostics: LocatedDiagnostic[], version: string, rubrics: Record<Side, LoadedRubric>): LocatedDiagnostic[] {
  const first = diagnostics.findIndex((d) => d.severity === "error");
  const hint = { hint_corpus_version: version, hint_corpus_old: rubrics.old.rubric.version, hint_corpus_new: rubrics.new.rubric.version };
  return diagnostics.map((d, i) => (i === first ? { ...d, params: { ...d.params, ...hint } } : d));
}

function homeSide(named: { id?: string; version?: string }, rubrics: Record<Side, LoadedRubric>): Side {
  const is = (side: Side) => named.id === rubrics[side].rubric.id && named.version === rubrics[side].rubric.version;
  return is("new") && !is("old") ? "new" : "old";
}

/**
 * A checklist answer keeps the ticks the other version still has: an option removed takes away its own
 * points, not the whole answer. Its verified value likewise.
 */
function withoutRemovedTicks(code: string, answer: Answer | null | "?", target: LoadedRubric, notes: AnswerNote[]): Answer | null | "?" {
  const input = indicatorByCode(target.rubric).get(code)?.input;
  if (input?.type !== "checklist" || answer === null || typeof answer !== "object") return answer;
  const known = new Set(input.options.map((o) => o.id));
  const removed = new Set<string>();
  const keep = (value: unknown) => {
    if (!Array.isArray(value)) return value;
    for (const v of value) if (typeof v === "string" && !known.has(v)) removed.add(v);
    return value.filter((v) => typeof v !== "string" || known.has(v));
  };
  const out: Answer = { ...answer, value: keep(answer.value) };
  if (answer.verified && typeof answer.verified === "object") out.verified = { ...answer.verified, value: keep(answer.verified.value) };
  if (removed.size === 0) return answer;
  notes.push({ code, reason: "ticks-removed", ticks: [...removed] });
  return out;
}

/** `retitled`: codes the new version gave another meaning (CodeMaps.retitled): their answers are carried and each said. */
function carry(read: CorpusRead, source: LoadedRubric, target: LoadedRubric, moves: Map<string, string | null>, checkedAs?: LocatedDiagnostic[], retitled: CodeMaps["retitled"] = new Map()): { agency?: AgencyFile; notes: AnswerNote[]; unscorable?: LocatedDiagnostic } | { invalid: FileFailure } {
  const { agency } = read;
  const notes: AnswerNote[] = [];
  const answers: Record<string, Answer | null | "?"> = {};
  // Codes given the answer of another: what the file says at them is the old answer's, not the carried one.
  const movedIn = new Set<string>();
  // Each code of the carried answers, and the code the answer had in the file.
  const fromCode = new Map<string, string>();
  for (const [code, answer] of Object.entries(agency.answers ?? {})) {
    const to = moves.get(code);
    if (to === null) { notes.push({ code, reason: "code-reused" }); continue; }
    if (to !== undefined) { notes.push({ code, reason: "recoded", to }); movedIn.add(to); }
    // The answer was given to another question: still scored (score takes it), said so that it is checked.
    const titles = to === undefined ? retitled.get(code) : undefined;
    if (titles) notes.push({ code, reason: "retitled", params: { old: titles.old, new: titles.new } });
    fromCode.set(to ?? code, code);
    answers[to ?? code] = withoutRemovedTicks(to ?? code, answer, target, notes);
  }
  const data: AgencyFile = { ...agency, rubric: { id: target.rubric.id, version: target.rubric.version }, answers };
  // `checkedAs`: target's findings on the file as written (fromAnotherVersion), still those of `data` unless ticks were taken out.
  if (checkedAs && !notes.some((n) => n.reason === "ticks-removed")) return dropRefused(checkedAs, { source, target, data, answers, notes, movedIn, fromCode });
  // Valid as carried, by the quick check score uses: nothing to locate (the written text has nothing to say, see CorpusRead).
  if (read.plain && plainlyValid(target.rubric, data) && checkAgency(target.rubric, data).length === 0) return { agency: data, notes };
  if (read.clean && droppedUnknown(answers, data, target, notes)) return { agency: data, notes };
  const check = (agency: ParsedAgency) => validateAsVersion(agency, target, data as unknown as Record<string, unknown>);
  let checked = read.plain ? withPlainPositions(read.file, read.plain.text, read.plain.data, check) : undefined;
  if (!checked) {
    const located = read.located();
    if (!located.ok) return { invalid: { file: located.file, diagnostics: located.diagnostics } };
    checked = check(located.agency);
  }
  if (checked.ok) return { agency: checked.agency, notes };
  return dropRefused(checked.diagnostics, { source, target, data, answers, notes, movedIn, fromCode });
}

/** An agency file being carried to `target` (see carry): its answers as they go, the notes so far, where each came from. */
interface Carrying { source: LoadedRubric; target: LoadedRubric; data: AgencyFile; answers: Record<string, Answer | null | "?">; notes: AnswerNote[]; movedIn: Set<string>; fromCode: Map<string, string> }

/** Drop the answers `target`'s findings refuse, with a note each; a finding outside the answers leaves the file unscorable there. */
function dropRefused(diagnostics: LocatedDiagnostic[], { source, target, data, answers, notes, movedIn, fromCode }: Carrying): { agency: AgencyFile; notes: AnswerNote[] } | { notes: AnswerNote[]; unscorable: LocatedDiagnostic } {
  const dropped = new Set<string>();
  const verifiedOnly = new Map<string, AnswerNote>();
  for (const d of diagnostics) {
    if (d.severity !== "error") continue;
    const [head, code, part] = (d.path ?? "").split("/");
    // Evidence short of this version's rule: scored as it is (points do not depend on evidence), and said,
    // once per answer: `score` would not accept the file.
    if (head === "answers" && code !== undefined && (d.code === "evidence-missing" || part === "evidence")) {
      if (!notes.some((n) => n.code === code && n.evidence)) notes.push({ code, reason: d.code, evidence: true, params: { ...d.params } });
      continue;
    }
    if (head !== "answers" || code === undefined) return { notes, unscorable: outsideAnswers(d) };
    // Only the collector's figure no longer fits: the officer's answer stays, scored (it was dropped whole).
    if (part === "verified") {
      if (!verifiedOnly.has(code)) verifiedOnly.set(code, { code, reason: d.code, verified: "only", params: { ...d.params } });
      continue;
    }
    // The value found is the carried one (after a swap, the file's text at this code was the other answer's: "found 0.9, above 2" for a 7).
    const found = movedIn.has(code) && d.params.found !== undefined ? { found: describe(valueAt(data, (d.path ?? "").split("/"))) } : {};
    const hadVerified = typeof answers[code] === "object" && answers[code] !== null && (answers[code] as Answer).verified !== undefined;
    // A value refused as no option of an input that is of another type now is said so: a number refused by what
    // became a choice read "the option no longer exists" (other findings, 12.500 read two ways, say more as they are).
    const reason = d.code === "not-allowed-value" && part === "value" && inputTypeChanged(source, fromCode.get(code) ?? code, target, code, (d.path ?? "").split("/").slice(3)) ? "wrong-type" : d.code;
    if (!dropped.has(code)) { dropped.add(code); notes.push({ code, reason, ...(hadVerified ? { verified: "with" as const } : {}), params: { ...d.params, ...found } }); }
  }
  for (const code of dropped) delete answers[code];
  for (const [code, note] of verifiedOnly) {
    if (dropped.has(code)) continue;
    // A copy: the same answer object is the other version's too.
    const { verified: _left, ...kept } = answers[code] as Answer;
    answers[code] = kept as Answer;
    notes.push(note);
  }
  return { agency: data, notes };
}

/**
 * Drop the answers under codes `target` lacks (an indicator removed) when the rest passes the quick check, with
 * the note the full check below would write: its finding is then theirs alone, the first of each (at its key),
 * in the file's order. The full check (schema, semantic and text checks, placing every finding) was made to
 * learn only that: 10,000 files carried to a version without an indicator each answers took 14.5–17.6 s of CPU, a
 * version bump alone 9.1–10.4 s (now 11.1–12.2 s). False, nothing changed: the full check decides. Left to it are files that code
 * reads as a number (an object lists such keys first, not in the file's order) and those with so many such
 * answers that the findings shown stop short of them (first-findings.ts).
 */
function droppedUnknown(answers: Record<string, Answer | null | "?">, data: AgencyFile, target: LoadedRubric, notes: AnswerNote[]): boolean {
  const byCode = indicatorByCode(target.rubric);
  const unknown = Object.keys(answers).filter((code) => !byCode.has(code));
  // One finding more may come before them: a verified value dated before the file was sent (a warning).
  if (unknown.length === 0 || unknown.length >= MAX_FINDINGS_PER_FILE || unknown.some((code) => /^\d+$/.test(code))) return false;
  const rest = { ...data, answers: Object.fromEntries(Object.entries(answers).filter(([code]) => byCode.has(code))) };
  if (!plainlyValid(target.rubric, rest) || checkAgency(target.rubric, rest).length > 0) return false;
  for (const code of unknown) {
    const answer = answers[code];
    const hadVerified = typeof answer === "object" && answer !== null && answer.verified !== undefined;
    // Worked out with every answer in place, as the full check does: a code the file answers is no "did you mean".
    notes.push({ code, reason: "unknown-indicator", ...(hadVerified ? { verified: "with" as const } : {}), params: { ...unknownAnswerIssue(code, data, target).params } });
  }
  for (const code of unknown) delete answers[code];
  return true;
}

/**
 * Whether the input a value answers is of another type in `target` than in `source`: the indicator's, or where the
 * finding is inside a `parts` answer (`inside`: the path below `value`), that field's.
 */
function inputTypeChanged(source: LoadedRubric, sourceCode: string, target: LoadedRubric, targetCode: string, inside: string[]): boolean {
  const before = indicatorByCode(source.rubric).get(sourceCode)?.input;
  const after = indicatorByCode(target.rubric).get(targetCode)?.input;
  if (!before || !after) return false;
  if (before.type !== after.type) return true;
  if (before.type !== "parts" || after.type !== "parts" || inside[0] === undefined) return false;
  const field = (input: typeof before) => (input.type === "parts" ? input.fields.find((f) => f.id === inside[0])?.input.type : undefined);
  const [was, now] = [field(before), field(after)];
  return was !== undefined && now !== undefined && was !== now;
}

/** An agency type or cohort the other version no longer has is said as such (it read "the option no longer exists"). */
function outsideAnswers(d: LocatedDiagnostic): LocatedDiagnostic {
  if (d.code !== "not-allowed-value") return d;
  if (d.path === "agency/type") return { ...d, code: "agency-type-removed" };
  if (d.path === "agency/cohort") return { ...d, code: "cohort-removed" };
  return d;
}
