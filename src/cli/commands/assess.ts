import { existsSync } from "node:fs";
import { refuseTextTwin, requireYamlName } from "../agency-file-name.js";
import path from "node:path";
import { homedir } from "node:os";
import { AgencyDoc } from "../../assess/agency-doc.js";
import { answersHoldNothing, notAgencyIssue, type AgencyFile } from "../../core/agency.js";
import { interview, SaveDeclinedError } from "../../assess/flow.js";
import { askHeader, headerComplete } from "../../assess/header.js";
import { isAnswered, isFlagged, questionsFor, type Question } from "../../assess/walk.js";
import { scoreFiles } from "../../batch/score-files.js";
import { deviceNameHere } from "../../io/windows-names.js";
import { folderRefusal } from "../../io/folder-writable.js";
import { isReadOnlyFile } from "../../io/read-only.js";
import { spelledOnDisk } from "../../io/spelled-on-disk.js";
import { isPromptExit } from "../../prompts/prompt-exit.js";
import { scoreAgency } from "../../core/score.js";
import { message } from "../../i18n/messages.js";
import { rubricMismatch } from "../../core/check-agency.js";
import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import type { Asker } from "../../prompts/ask.js";
import { parseAgencyFile, rubricRef, validateAgency, type ParsedAgency } from "../../load/load-agency.js";
import { namesNoRubric, withoutRubricToWrite } from "../../load/given-rubric.js";
import { rubricLine } from "../../load/rubric-line.js";
import { allIndicators, indicatorByCode } from "../../core/codes.js";
import { locateIssue, type LocatedDiagnostic } from "../../load/located.js";
import { countFindings } from "../../load/first-findings.js";
import type { LoadedRubric, RubricOutcome } from "../../load/load-rubric.js";
import { bundledIdForFile, bundledIdForType, bundledRubricFile, DEFAULT_RUBRIC_ID, resolveRubric, rubricNotFound } from "../../load/registry.js";
import { dateText, vietnamDay } from "../../report/format-number.js";
import { EditedMeanwhileError, WriteRefusedError } from "../../io/write-atomic.js";
import { cleanUpOnInterrupt } from "../../io/interrupt-cleanup.js";
import { askSubmitted, datedAfterSent } from "../../assess/submitted.js";
import { terminalSafe } from "../../report/terminal-safe.js";
import { settleStaleAnswers, staleCode, staleFindings, writtenForType } from "../../assess/stale-answers.js";
import { renumberings, versionMove, versionMoveLines } from "../../assess/version-move.js";
import { carryRenumbered } from "../../assess/renumbered-answers.js";
import { rubricVersionNear } from "../../load/nearby-rubric.js";
import { loadRubric } from "../../load/load-rubric.js";
import { buildReport } from "../../report/report.js";
import { formatTable } from "../../report/table.js";
import type { Context } from "../context.js";
import { EXIT, UsageError } from "../errors.js";
import { displayPath } from "../inputs.js";
import { now } from "../now.js";
import { safeStrings } from "../../report/terminal-safe.js";
import { commandArgs, rubricArg, shellWord } from "../command-args.js";
import { assessCommand, fileWord, withLangOption } from "../../load/shell-word.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { requireAgencyType } from "../agency-type-option.js";
import { sayMessage, sayUndeclaredLanguage, showDiagnostic, terminalLines } from "../say.js";
import { schemaFileBeside, writeSchemaBeside } from "../editor-schema-file.js";
import { refuseOverwritingInputs } from "../output-guard.js";
import { typeLabel } from "../../report/common.js";
import { initCommand, otherRubrics } from "../other-rubrics.js";
import { typesNamed } from "../../core/type-words.js";
import { holdsOnlyHeader, mayStartOver, startOver, typedKept } from "../start-over.js";

interface AssessOptions { rubric?: string; agencyType?: string }

/** Exit code of a prompt interrupted by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

export async function assess(ctx: Context, given: string | undefined, opts: AssessOptions): Promise<number> {
  if (!ctx.io.stdinIsTTY) {
    // A rubric named that cannot be used is said first: the way out offered (init --rubric R) fails on it too.
    const named = rubricOption(opts.rubric);
    if (named && !named.ok) { reportUnusableRubric(ctx, named.file, named.diagnostics); return EXIT.usage; }
    // init is given the rubric and type asked for, a bundled id too: `init -o FILE` alone wrote dti-cap-so's file for
    // `assess -t commune` or `--rubric dti-cap-xa`. validate and score find a bundled rubric from the file.
    const initArgs = (opts.rubric !== undefined ? ` --rubric ${shellWord(opts.rubric)}` : "") + (opts.agencyType !== undefined ? ` -t ${shellWord(opts.agencyType)}` : "");
    throw new UsageError("assess-not-tty", { rubric: rubricArg(opts.rubric), init: initArgs });
  }
  // A name typed composed (NFC) resumes one stored decomposed (NFD); a name in another case is another file
  // where the disk tells case apart (Linux): the officer's SO-NV.yaml is not written into so-nv.yaml.
  const file = given === undefined ? undefined : spelledOnDisk(given, { anyCase: false });
  const { lang } = ctx;
  // The file named, however a message shows it, is never broken across lines (its path may have spaces); it and the
  // --rubric typed are left as they are in the commands suggested (a folder "egov-score score").
  const shownFile = file ? [file, path.normalize(file), displayPath(ctx.io.cwd, path.resolve(file))] : [];
  const print = terminalLines(ctx, shownFile, [...shownFile, ...(opts.rubric !== undefined ? [opts.rubric] : [])]);
  // Said before the header is asked: its answers could not be saved there.
  if (file && !existsSync(path.dirname(path.resolve(file)))) throw new UsageError("assess-no-folder", { folder: path.dirname(file) });
  if (file && deviceNameHere(file)) throw new UsageError("assess-reserved-name", { file });
  // A file to create; one already there is resumed under whatever name it has.
  if (file && !existsSync(file)) { requireYamlName(file); refuseTextTwin(file); }
  // A folder the file cannot be written in (the answers are saved through a temporary file beside it), or a
  // file made read-only (sent already?), is said before anything is asked rather than after the first answer.
  const folder = file ? path.dirname(path.resolve(file)) : path.resolve(".");
  if (folderRefusal(folder) !== undefined) throw noWriteIn(folder, file);
  if (file && isReadOnlyFile(file)) throw new UsageError("assess-read-only", { file });

  // An existing file names its rubric; it must parse before anything is asked.
  let existing: AgencyDoc | undefined;
  let parsedFile: ParsedAgency | undefined;
  if (file && AgencyDoc.occupied(file)) {
    const opened = openExisting(ctx, file, "assess-file-unreadable");
    if (!opened) return EXIT.invalid;
    ({ doc: existing, parsed: parsedFile } = opened);
  }
  const ref = parsedFile ? rubricRef(parsedFile.data) : {};
  const fileRubric = opts.rubric === undefined && ref.id && bundledRubricFile(ref.id) ? ref.id : undefined;
  const outcome: RubricOutcome | undefined = rubricOption(opts.rubric) ?? resolveRubric(fileRubric ?? rubricOfType(opts.agencyType, parsedFile));
  if (!outcome?.ok) { if (outcome) reportUnusableRubric(ctx, outcome.file, outcome.diagnostics); return EXIT.usage; }
  const loaded = outcome.loaded;
  // Titles, labels and guidance are shown in the prompts: no control character of the rubric reaches the terminal.
  const rubric = safeStrings(loaded.rubric);
  // A file for a rubric that is not the one in use (not bundled and no --rubric, or another version) is
  // left as it is: asking its questions from another rubric would rewrite its header and answers.
  // A file of an earlier version of the same rubric may be moved to this one, once what changes for it is said.
  let previous: Rubric | undefined;
  if (parsedFile && existing) {
    // Asked before the session's own handling of Ctrl-C (below): there it was an internal error to report.
    const moved = await offerVersionMove(ctx, existing, parsedFile, rubric, opts).catch((e: unknown) => { if (isPromptExit(e)) return "stopped" as const; throw e; });
    if (moved === "stopped") {
      print("");
      print(message(lang, "version-move-stopped", { file: parsedFile.file, found: String(rubricRef(parsedFile.data).version) }));
      return INTERRUPTED;
    }
    if (moved) ({ parsed: parsedFile, previous } = moved);
  }
  // A file of another rubric holding only its header may be started over for --rubric's, the header typed kept.
  if (parsedFile && existing && previous === undefined && opts.rubric !== undefined && mayStartOver(parsedFile, rubric)) {
    const { makeAsker } = await import("../../prompts/ask.js");
    // The rubric the file is for is named: "another rubric" left the officer to guess which (the default began it).
    const question = { message: message(lang, "assess-start-over", { file: parsedFile.file, found: String(rubricRef(parsedFile.data).id), rubric: rubric.id, kept: typedKept(parsedFile, lang) }), default: false };
    const yes = await makeAsker(lang, {}, ctx.colorErr.level > 0).confirm(question).catch((e: unknown) => { if (isPromptExit(e)) return "stopped" as const; throw e; });
    // Stopped unanswered: the way to be asked again, not the refusal of the file and init --force, which lost the header.
    if (yes === "stopped") {
      const type = typeTyped(rubric, opts.agencyType);
      print("");
      print(message(lang, "assess-start-over-stopped", { file: parsedFile.file, found: String(rubricRef(parsedFile.data).id), rubric: rubric.id, command: `${assessCommand(parsedFile.file, shellWord(opts.rubric))}${type !== undefined ? ` -t ${shellWord(type)}` : ""}` }));
      return INTERRUPTED;
    }
    if (yes) {
      existing = startOver(ctx, parsedFile, rubric, opts.rubric, typeTyped(rubric, opts.agencyType));
      const again = parseAgencyFile(parsedFile.file);
      if (!again.ok) throw new Error(`${parsedFile.file}: the file just started over could not be parsed`);
      parsedFile = again.agency;
      print(message(lang, "assess-started-over", { file: parsedFile.file, rubric: rubric.id }));
    }
  }
  if (parsedFile && answersOtherRubric(ctx, parsedFile, rubric, opts, previous === undefined && existing !== undefined)) return EXIT.invalid;
  // -t in the officer's words (xã, UBND xã) is the type's id from here on.
  const agencyType = requireAgencyType(rubric, opts.agencyType, lang, fileRubric !== undefined && file ? { file, onlyHeader: parsedFile !== undefined && holdsOnlyHeader(parsedFile), ...(parsedFile ? { kept: typedKept(parsedFile, lang) } : {}) } : undefined, opts.rubric === undefined && fileRubric === undefined);
  if (agencyType !== undefined) opts = { ...opts, agencyType };

  const { makeAsker } = await import("../../prompts/ask.js");
  const asker = makeAsker(lang, {}, ctx.colorErr.level > 0);
  let doc = existing;
  let resumed = existing !== undefined;
  const stopped = () => {
    print("");
    print(doc ? message(lang, "assess-interrupted", { file: doc.file, args: commandArgs(doc.file, opts.rubric) }) : message(lang, "assess-not-saved"));
  };
  // Ctrl-C outside a question (the terminal is not in raw mode then, and sends a signal, not a key): between
  // the banner and the first question, between two questions, while the score is shown. It ended the session
  // without a word (killed by the signal, or by the handler a save leaves) where Ctrl-C at a question says
  // what is saved and how to go on; the same words now, and the same exit code.
  const releaseStop = cleanUpOnInterrupt(stopped);
  // Its questions are in its own language where it declares only that one: said once, before them, as score says it.
  sayUndeclaredLanguage(ctx, [loaded.rubric]);
  // Which rubric is asked, first: the default one is the provincial departments'; a commune needs --rubric.
  print(message(lang, "assess-rubric", { title: rubric.title[lang], rubric: `${rubric.id} ${rubric.version}` }));
  try {
    // A file that names no rubric is answered with the one just shown: its line is written, as init writes it, and said.
    if (doc && parsedFile && namesNoRubric(parsedFile.data, loaded)) {
      // An empty line (`rubric: ""`) is written over where it is; none at all, added at the top.
      const filled = Object.hasOwn(parsedFile.data, "rubric");
      doc.nameRubric(rubric.id, rubric.version);
      doc.save();
      print(message(lang, filled ? "assess-rubric-filled" : "assess-rubric-named", { file: doc.file, line: rubricLine(loaded) }));
    }
    const data: Partial<AgencyFile> = doc?.data() ?? {};
    // --agency-type on a file of another type changes its type (and what is asked): said, not done unseen.
    const sayTypeChange = (own: Partial<AgencyFile>) => {
      const was = own.agency?.type as unknown;
      if (!opts.agencyType || typeof was !== "string" || was.trim() === "" || was === opts.agencyType) return;
      const label = (id: string) => { const t = rubric.agency_types.find((x) => x.id === id); return t ? `${t.label[lang]} (${id})` : id; };
      print(message(lang, "assess-type-changed", { from: label(was), to: label(opts.agencyType) }));
    };
    if (!doc || !headerComplete(data, rubric) || (opts.agencyType && data.agency?.type !== opts.agencyType)) {
      sayTypeChange(data);
      // A type or cohort the rubric no longer has (a later version renamed or removed it) is asked again or put
      // in its place: said first, where the file names it, so that the change is not made unseen (a type that
      // --agency-type replaces is said above). So is a header key misspelt (`agnecy:`): it is why the header is asked.
      // A type left empty (init without -t) is no slip: it is simply asked, as the name is.
      const namedType = (d: LocatedDiagnostic) => d.path === "agency/type" && d.code !== "empty-value" && !opts.agencyType;
      const said = doc ? fileErrors(doc.file, loaded).filter((d) => namedType(d) || d.path === "agency/cohort" || misspeltHeaderKey(d)) : [];
      for (const d of said) showDiagnostic(ctx, d);
      if (said.some(misspeltHeaderKey)) print(message(lang, "assess-misspelt-header"));
      print(message(lang, "header-intro"));
      // Without a file name the file is AGENCY-CODE.yaml: when that is taken it is checked as soon as the code
      // is typed (not after the whole header). It is never rewritten unasked; the officer may resume it when
      // it answers this rubric, and its own header then stays as it is.
      let taken: { doc: AgencyDoc; previous?: Rubric } | "refused" | undefined;
      // Where the header's answers are saved as they are given: the named file, or AGENCY-CODE.yaml once the code is typed.
      let target = doc ? undefined : file;
      const afterId = doc || file ? undefined : async (id: string) => {
        if (!AgencyDoc.occupied(`${id}.yaml`)) { target = `${id}.yaml`; return "continue" as const; }
        taken = (await resumeTaken(ctx, asker, `${id}.yaml`, rubric, opts)) ?? "refused";
        return "stop" as const;
      };
      const saveField = (path: string[], value: unknown) => {
        if (!doc) {
          // A file that appeared meanwhile is not written over: it is offered once the header is complete (below).
          if (target === undefined || AgencyDoc.occupied(target)) { target = undefined; return; }
          // Every header key in its place from the start, empty until asked (as in a file made by init).
          const skeleton = { rubric: { id: rubric.id, version: rubric.version }, agency: { id: null, name: null }, period: null, respondent: null };
          doc = AgencyDoc.create(target, skeleton as unknown as Omit<AgencyFile, "answers">, lang, rubricArg(opts.rubric));
          print(message(lang, "assess-new", { file: target }));
        }
        doc.setHeaderField(path, value);
        doc.save();
      };
      const header = await askHeader(asker, lang, rubric, data, opts.agencyType, afterId, saveField, () => otherRubricsNote(ctx, rubric, opts, doc));
      if (taken === "refused") return EXIT.invalid;
      if (!taken && !doc) {
        const named = file ?? `${header!.agency.id}.yaml`;
        if (AgencyDoc.occupied(named)) {
          // A file that appeared meanwhile is not written over either: offered, and kept with its own header.
          taken = (await resumeTaken(ctx, asker, named, rubric, opts)) ?? "refused";
          if (taken === "refused") return EXIT.invalid;
        } else {
          doc = AgencyDoc.create(named, header!, lang, rubricArg(opts.rubric));
          print(message(lang, "assess-new", { file: named }));
        }
      }
      if (taken) {
        doc = taken.doc;
        if (taken.previous) previous = taken.previous;
        resumed = true;
        // A taken file whose own header has gaps has them asked, and takes --agency-type, as any resumed file.
        const own = doc.data();
        sayTypeChange(own);
        if (!headerComplete(own, rubric) || (opts.agencyType && own.agency?.type !== opts.agencyType)) await askHeader(asker, lang, rubric, own, opts.agencyType, undefined, saveField, () => otherRubricsNote(ctx, rubric, opts, doc));
      }
      doc?.save();
    }
    // Every path above ends with a file: the named one, a taken one, or one made from the header.
    if (!doc) throw new Error("the header left no agency file");
    // Answers under codes the rubric does not have (a later version re-coded or dropped them): no question
    // mends them, so each is moved, removed or left as the officer chooses, before the questions.
    // The file's last check there is of the file as it now stands: the answers to ask again are read from it.
    const staleDoc = doc;
    let checked: LocatedDiagnostic[] = [];
    if (resumed) await settleStaleAnswers({ loaded, doc: staleDoc, asker, lang, print, show: (d) => showDiagnostic(ctx, d), save: async () => { staleDoc.save(); }, findings: () => (checked = fileFindings(staleDoc.file, loaded)), ...(previous ? { previous } : {}) });
    const redo = resumed ? answersToRedo(ctx, checked, loaded, (field) => staleDoc.strandedFrom(field)) : undefined;
    const showFileErrors = (f: string) => { for (const d of fileErrors(f, loaded)) showDiagnostic(ctx, d); };
    // A hand edit taken in mid-session is checked at once (it was reported only at the next start), leaving
    // out the question being answered: its evidence may be on its way.
    const checkHandEdit = (f: string, code: string) => {
      const found = besidesAnswer(fileErrors(f, loaded), code);
      if (found.length === 0) return;
      print(message(lang, "assess-hand-edit-errors", { file: displayPath(ctx.io.cwd, f), count: found.length }));
      for (const d of found) showDiagnostic(ctx, d);
    };
    const result = await interview({ rubric, doc, asker, lang, print, resumed, showFileErrors, checkHandEdit, resumeArgs: commandArgs(doc.file, opts.rubric), ...(redo ? { redo } : {}), columns: () => ctx.io.stderrColumns, today: vietnamDay(now(ctx.io.env)) });
    if (result === "quit") { print(message(lang, "assess-interrupted", { file: doc.file, args: commandArgs(doc.file, opts.rubric) })); return EXIT.ok; }
    return await finish(ctx, doc, loaded, asker, opts.rubric);
  } catch (e) {
    if (isPromptExit(e)) {
      stopped();
      return INTERRUPTED;
    }
    // Said already, with how to go on: the session's last line stays that, not the error once more (exit codes as
    // main gives them: the disk's refusal is the machine's, a file broken by a hand edit invalid data).
    if (e instanceof SaveDeclinedError) return e.refused instanceof EditedMeanwhileError ? EXIT.invalid : EXIT.usage;
    throw e;
  } finally {
    releaseStop();
  }
}

/**
 * A key of the header written a little off (`agnecy:`, `peroid:`, `nmae:` in the agency), its "did you mean" known:
 * the file has the header, under a name the questions do not read, and they asked it again without a word.
 */
function misspeltHeaderKey(d: LocatedDiagnostic): boolean {
  if (d.code !== "unknown-field" || typeof d.params.suggestion !== "string") return false;
  const path = d.path?.split("/") ?? [];
  return HEADER_KEYS.has(path.length === 1 ? d.params.suggestion : path[0]!);
}

/** What the header's questions fill in. */
const HEADER_KEYS = new Set(["agency", "period", "respondent"]);

/** An existing agency file, parsed and opened for editing; when it cannot be, its errors and `unreadable` are said. */
function openExisting(ctx: Context, file: string, unreadable: string): { doc: AgencyDoc; parsed: ParsedAgency } | undefined {
  const parsed = parseAgencyFile(file);
  const doc = parsed.ok ? AgencyDoc.open(file) : undefined;
  if (parsed.ok && doc) return { doc, parsed: parsed.agency };
  for (const d of parsed.ok ? [] : parsed.diagnostics) showDiagnostic(ctx, d);
  sayMessage(ctx, unreadable, { file });
  return undefined;
}

/**
 * Under the type's list, the bundled rubric of each other kind of agency and the command that makes the file again
 * with it: a commune that ran `init -o xa.yaml` (or `assess xa.yaml`) without --rubric was offered only Sở / Ban /
 * ngành dọc, with no word of dti-cap-xa. The file is there by then (init made it, or the header's first answer did),
 * holding only its header: `assess FILE --rubric R` starts it over for R keeping the name typed (start-over.ts),
 * where init --force, said before, lost it. Not for a rubric named with --rubric, nor for a file holding answers.
 */
function otherRubricsNote(ctx: Context, rubric: Rubric, opts: AssessOptions, doc: AgencyDoc | undefined): string | undefined {
  const { lang } = ctx;
  if (opts.rubric !== undefined || doc === undefined) return undefined;
  const data = doc.data();
  const answers = typeof data.answers === "object" && data.answers !== null ? Object.keys(data.answers) : [];
  if (answers.some((code) => isAnswered(data, code))) return undefined;
  // Shown by the prompt, not said through terminalLines: the --lang given is put in its commands here.
  const lines = otherRubrics(rubric, doc.file, lang).map((r) => withLangOption(message(lang, "header-type-other-rubric", { types: r.types, command: assessCommand(doc.file, r.id) }), ctx.langOption, [doc.file]));
  return lines.length > 0 ? lines.join("\n") : undefined;
}

/**
 * A file answering another rubric than the one in use, or no agency file, is left alone: says why, and true.
 * `declinedMove`: an earlier version's file was offered the move to this one and the officer said no; what the
 * move changes was said, so the finding's advice (write the version by hand) is not, only how to go on.
 */
function answersOtherRubric(ctx: Context, parsedFile: ParsedAgency, rubric: Rubric, opts: AssessOptions, declinedMove = false): boolean {
  // No agency file (a rubric named in its place): its header asked and saved into it would spoil it.
  const foreign = notAgencyIssue(parsedFile.data);
  if (foreign) {
    showDiagnostic(ctx, locateIssue(foreign, parsedFile.parsed, parsedFile.file, parsedFile.text));
    // The file as the command names it: a path with a space or a quote is quoted, to be copied as it is.
    sayMessage(ctx, "assess-not-agency", { file: parsedFile.file, rubric_word: shellWord(parsedFile.file) });
    return true;
  }
  const ref = rubricRef(parsedFile.data);
  const notBundled = ref.id !== undefined && opts.rubric === undefined && !bundledRubricFile(ref.id);
  const issue: Issue | undefined = notBundled ? rubricNotFound(ref.id!, ref.version, parsedFile.file) : rubricMismatch(rubric, parsedFile.data as unknown as AgencyFile);
  if (!issue) return false;
  // The file and the --rubric typed, quoted in the lines and in their commands, kept as they are (a folder "egov-score score").
  const say = terminalLines(ctx, [parsedFile.file], [parsedFile.file, ...(opts.rubric !== undefined ? [opts.rubric] : [])]);
  if (declinedMove && isEarlierVersion(issue)) {
    // Its own version bundled ("--rubric FILE of version 2025.1" sent the officer looking for a file egov-score has): the command.
    const own = bundledNamed(ref);
    const params = { file: parsedFile.file, found: String(issue.params.found), expected: String(issue.params.expected) };
    say(message(ctx.lang, own ? "assess-other-version-bundled" : "assess-other-version", { ...params, command: own ? assessCommand(parsedFile.file, own) : "" }));
    return true;
  }
  // The rubric in use is --rubric's or the default: no line to write into a file whose answers are another's.
  const said = issue.code === "rubric-mismatch" ? { ...issue, params: withoutRubricToWrite(issue.params) } : issue;
  showDiagnostic(ctx, locateIssue(said, parsedFile.parsed, parsedFile.file, parsedFile.text));
  const bundled = notBundled ? undefined : bundledNamed(ref);
  say(message(ctx.lang, notBundled ? "assess-rubric-not-bundled" : bundled ? "assess-other-rubric-bundled" : "assess-other-rubric", { file: parsedFile.file, rubric: bundled ?? "" }));
  // A file holding no answers yet (init's blanks, a header) for the default rubric, a commune's officer having asked
  // for dti-cap-xa, or for another version of the rubric asked: started again for it, it loses nothing but its header.
  const otherRubricOrVersion = issue.code === "rubric-mismatch" || issue.code === "rubric-version-mismatch";
  if (otherRubricOrVersion && opts.rubric !== undefined && answersHoldNothing(parsedFile.data.answers)) {
    say(message(ctx.lang, "assess-other-rubric-start", { file: parsedFile.file, rubric: rubric.id, command: initCommand(shellWord(opts.rubric), parsedFile.file, typeTyped(rubric, opts.agencyType) ?? typeIn(rubric, parsedFile.data)) }));
  }
  return true;
}

/** The agency type -t names where the rubric has it (`-t "UBND xã"` is commune): what the officer asked for, before the file's. */
function typeTyped(rubric: Rubric, typed: string | undefined): string | undefined {
  const named = typed === undefined ? [] : typesNamed(rubric.agency_types, typed);
  return named.length === 1 ? named[0] : undefined;
}

/** The agency type a file names where the rubric has it: kept by the init that starts the file again (a ward's file became a commune's). */
function typeIn(rubric: Rubric, data: Record<string, unknown>): string | undefined {
  const agency = data.agency;
  const type = typeof agency === "object" && agency !== null ? (agency as { type?: unknown }).type : undefined;
  return rubric.agency_types.some((t) => t.id === type) ? (type as string) : undefined;
}

/** An earlier version of the rubric in use, for the same period: a file that may be moved to the version in use. */
function isEarlierVersion(issue: Issue | undefined): issue is Issue {
  return issue?.code === "rubric-version-mismatch" && issue.params.hint_version !== undefined;
}

/**
 * A file answering an earlier version of the rubric in use: what moving it changes for its answers is said (the
 * earlier version's rubric file, found near it or the one in use, tells the indicators added), and it is moved
 * when the officer says yes (default no), answers the new version renumbers carried to their new codes, init's group
 * headings written for the new version. Resolves the
 * file read again and the earlier version, once moved.
 */
async function offerVersionMove(ctx: Context, doc: AgencyDoc, parsedFile: ParsedAgency, rubric: Rubric, opts: AssessOptions): Promise<{ parsed: ParsedAgency; previous: Rubric | undefined } | undefined> {
  const ref = rubricRef(parsedFile.data);
  if (ref.id === undefined || (opts.rubric === undefined && !bundledRubricFile(ref.id))) return undefined;
  const issue = rubricMismatch(rubric, parsedFile.data as unknown as AgencyFile);
  if (!isEarlierVersion(issue)) return undefined;
  const { lang } = ctx;
  const say = terminalLines(ctx, [parsedFile.file]);
  const found = String(issue.params.found), expected = rubric.version;
  const previous = previousVersion(parsedFile.file, opts.rubric, rubric.id, found);
  const data = parsedFile.data as unknown as AgencyFile;
  const answers = typeof data.answers === "object" && data.answers !== null ? data.answers as Record<string, unknown> : {};
  const asAnswered = versionMove(previous, rubric, answers, data.agency?.type);
  // The blanks the move takes out, said with the rest before the officer confirms it.
  const move = { ...asAnswered, unaskedBlanks: doc.unaskedBlanksOnMove(rubric, previous, asAnswered.kept) };
  say(message(lang, "version-move-intro", { file: parsedFile.file, found, expected, rubric: rubric.id }));
  const type = typeof data.agency?.type === "string" ? typeLabel(rubric, data.agency.type, lang) : "";
  for (const line of versionMoveLines(move, found, expected, lang, previous !== undefined, type)) say(line);
  const { makeAsker } = await import("../../prompts/ask.js");
  if (!(await makeAsker(lang, {}, ctx.colorErr.level > 0).confirm({ message: message(lang, "version-move-confirm", { file: parsedFile.file, expected }), default: false }))) return undefined;
  doc.nameRubric(rubric.id, rubric.version);
  // init's lines say the old version (its group headings' titles and maxima, its top lines the version, the schema,
  // the file and --rubric of the commands, the blocks above the answers kept their questions): written again for this one.
  const schemaNamed = doc.headFor(rubric, { earlierVersion: found, args: commandArgs(parsedFile.file, opts.rubric), rubricWord: opts.rubric === undefined ? rubric.id : shellWord(opts.rubric) }, move.kept);
  // A file init wrote held blanks for each group asked of its type: those of a group no longer asked are not to answer.
  doc.dropUnaskedBlanks(rubric, move.unaskedBlanks);
  // init's blank of an indicator the new version dropped holds nothing to keep aside: asking what to do with it was noise.
  const codes = indicatorByCode(rubric);
  for (const code of move.gone) if (move.blank.includes(code) && !codes.has(code)) doc.removeAnswer(code);
  const carried = carryRenumbered(doc, move.recoded, rubric, found, lang);
  // The new questions shown in the file too, as init writes them for this version: an officer editing it by hand saw none.
  doc.addInitBlanks(rubric, move.added, writtenForType(doc.toString()) ? doc.data().agency?.type : undefined);
  doc.save();
  say(message(lang, "version-move-done", { file: parsedFile.file, expected }));
  // init's first line now names the new version's schema: written beside the file, as init would, or the editor reports it missing.
  if (schemaNamed) schemaForMovedFile(ctx, rubric, parsedFile.file, opts.rubric);
  // init's blanks moved with them are not said: no answer was carried.
  const carriedAnswers = carried.filter((m) => !move.blank.includes(m.code));
  if (carriedAnswers.length > 0) say(message(lang, "version-move-carried", { changes: renumberings(carriedAnswers) }));
  const reread = parseAgencyFile(parsedFile.file);
  return reread.ok ? { parsed: reread.agency, previous } : undefined;
}

/**
 * The editor schema of the version a file was moved to, written beside it (see writeSchemaBeside); the file is moved
 * by then, so a schema that cannot be written (the rubric file's own name, a folder refusing it) is said, not an error.
 */
function schemaForMovedFile(ctx: Context, rubric: Rubric, file: string, rubricOpt: string | undefined): void {
  const schemaFile = schemaFileBeside(file, rubric);
  try {
    refuseOverwritingInputs([schemaFile], rubricOpt !== undefined && existsSync(rubricOpt) ? [rubricOpt] : []);
    if (writeSchemaBeside(ctx, rubric, file, rubricOpt).written) sayMessage(ctx, "version-move-schema", { schema: schemaFile });
  } catch (e) {
    const detail = e instanceof WriteRefusedError ? e.reason : e instanceof UsageError ? message(ctx.lang, "version-move-schema-is-rubric") : (e as NodeJS.ErrnoException).code;
    if (detail === undefined) throw e;
    sayMessage(ctx, "version-move-schema-unwritten", { schema: schemaFile, detail, file });
  }
}

/** The earlier version's rubric: bundled with that version, else a file of that id and version near the agency file or --rubric's. */
function previousVersion(agencyFile: string, rubricOpt: string | undefined, id: string, version: string): Rubric | undefined {
  const bundled = bundledRubricFile(id) ? resolveRubric(id) : undefined;
  if (bundled?.ok && bundled.loaded.rubric.version === version) return bundled.loaded.rubric;
  const near = rubricVersionNear([agencyFile, ...(rubricOpt !== undefined && existsSync(rubricOpt) ? [rubricOpt] : [])], id, version);
  const loaded = near === undefined ? undefined : loadRubric(near);
  return loaded?.ok ? loaded.loaded.rubric : undefined;
}

/**
 * The id to give --rubric for the rubric a file names, when egov-score has it (that version, or any when the
 * file names none): `--rubric dti-cap-xa` is what to type, where "--rubric FILE" sent the officer looking for one.
 */
function bundledNamed(ref: { id?: string; version?: string }): string | undefined {
  if (ref.id === undefined || !bundledRubricFile(ref.id)) return undefined;
  const outcome = resolveRubric(ref.id);
  return outcome?.ok && (ref.version === undefined || ref.version === outcome.loaded.rubric.version) ? ref.id : undefined;
}

/**
 * The file the default name points at, when it can be read, answers this rubric and the officer chooses to resume it;
 * one of an earlier version is offered the move, as `assess FILE --rubric NEW` offers it (moved, it is resumed, with
 * the earlier version: see settleStaleAnswers).
 */
async function resumeTaken(ctx: Context, asker: Asker, target: string, rubric: Rubric, opts: AssessOptions): Promise<{ doc: AgencyDoc; previous?: Rubric } | undefined> {
  const { lang } = ctx;
  const opened = openExisting(ctx, target, "assess-taken-unreadable");
  if (!opened) return undefined;
  const { doc } = opened;
  const moved = await offerVersionMove(ctx, doc, opened.parsed, rubric, opts);
  if (answersOtherRubric(ctx, moved?.parsed ?? opened.parsed, rubric, opts, moved === undefined)) return undefined;
  // The officer said yes to moving it: asking again whether to go on with it would leave it moved and unanswered.
  if (moved) return { doc, ...(moved.previous ? { previous: moved.previous } : {}) };
  const data = doc.data();
  const byCode = indicatorByCode(rubric);
  const answered = Object.keys(data.answers ?? {}).filter((code) => isAnswered(data, code, byCode.get(code))).length;
  const name = typeof data.agency?.name === "string" ? data.agency.name : "?";
  if (await asker.confirm({ message: message(lang, "assess-taken-resume", { file: target, name, answered }), default: true })) return { doc };
  sayMessage(ctx, "assess-taken-left", { file: target });
  return undefined;
}

/**
 * A resumed file is checked first: a hand edit may have left answers the file cannot hold (`có` for a
 * yes/no, `12,5` as text), or parts of an answer unanswered (they earn nothing, and the question counted as
 * answered). These are shown, and those answers are asked again before the rest.
 */
function answersToRedo(ctx: Context, findings: LocatedDiagnostic[], loaded: LoadedRubric, strandedFrom: (field: string) => string | undefined): Set<string> | undefined {
  // Answers under codes the rubric does not have were shown, and what to do with them asked, just before.
  const stale = new Set(staleFindings(findings));
  const found = findings.filter((d) => !stale.has(d) && (d.severity === "error" || d.code === "part-unanswered" || d.code === "evidence-missing-no-points"));
  if (found.length === 0) return undefined;
  const codes = new Set(allIndicators(loaded.rubric).map((i) => i.code));
  // A field a hand edit moved out from under its answer (`  value:` in line with the codes) is that answer's: its
  // question offers it and takes it back (it was "an error the questions cannot mend").
  const answerOf = (key: string) => (codes.has(key) ? key : strandedFrom(key));
  const codesOf = (list: LocatedDiagnostic[]) => [...new Set(list.map((d) => d.path?.split("/")).filter((p) => p?.[0] === "answers").map((p) => answerOf(p![1]!)).filter((c): c is string => c !== undefined))];
  // Evidence the interview let the officer leave for later is their to-do, not a mistake: said in a line, not
  // as an error with its code frame (validate and score still count it one).
  // Where the rubric scores the file but gives such an answer no points, the same.
  // So is an item typed in part (?, m or Ctrl-C at its date or title): its question asks only what it lacks.
  const evidenceToGive = (d: LocatedDiagnostic) => d.code === "evidence-missing" || d.code === "evidence-missing-no-points" || evidenceItemGaps(d);
  // So is an N/A whose reason was left (?, m or Ctrl-C at it).
  const reasonToGive = naReasonMissing;
  const toGive = (d: LocatedDiagnostic) => evidenceToGive(d) || reasonToGive(d);
  const later = found.filter(evidenceToGive);
  const reasonsLater = found.filter(reasonToGive);
  const shown = found.filter((d) => !toGive(d));
  // The day sent written as no day (2025-13-01) is asked at Finish: said so, not "fix it in the file" among the
  // errors no question mends.
  const rest = shown.filter((d) => !badDate(d));
  const { errors } = countFindings(rest);
  const redo = codesOf(rest);
  for (const d of shown) showDiagnostic(ctx, d);
  const said = errors === 0 ? "assess-resume-parts" : redo.length > 0 ? "assess-resume-redo" : "assess-resume-errors";
  if (rest.length > 0) terminalLines(ctx)(message(ctx.lang, said, { count: errors, codes: redo.join(", ") }));
  if (shown.some(badDate)) terminalLines(ctx)(message(ctx.lang, "assess-resume-submitted"));
  if (later.length > 0) terminalLines(ctx)(message(ctx.lang, "assess-resume-evidence", { codes: codesOf(later).join(", ") }));
  if (reasonsLater.length > 0) terminalLines(ctx)(message(ctx.lang, "assess-resume-na-reason", { codes: codesOf(reasonsLater).join(", ") }));
  return new Set([...redo, ...codesOf(later), ...codesOf(reasonsLater)]);
}

/** An evidence item typed in part: the item's only finding is the fields it lacks. */
const evidenceItemGaps = (d: LocatedDiagnostic) => d.code === "missing-field" && /^answers\/[^/]+\/evidence\/\d+$/u.test(d.path ?? "");

/** An N/A whose reason was left for later (?, m or Ctrl-C at it): the answer's only missing field is its reason. */
const naReasonMissing = (d: LocatedDiagnostic) => d.code === "missing-field" && /^answers\/[^/]+$/u.test(d.path ?? "") && d.params?.fields === '"reason"';

/** Findings about anything but the answer to this indicator (which is being given, its evidence maybe still to come). */
export function besidesAnswer(found: LocatedDiagnostic[], code: string): LocatedDiagnostic[] {
  return found.filter((d) => { const [top, at] = d.path?.split("/") ?? []; return top !== "answers" || at !== code; });
}

/** Why a file cannot be read as an agency file: its YAML errors, or (a YAML that is no mapping) the check's errors. */
function fileErrors(file: string, loaded: LoadedRubric): LocatedDiagnostic[] {
  return fileFindings(file, loaded).filter((d) => d.severity === "error");
}

/** What a check of the file finds: its YAML errors, or the check's errors and warnings. */
function fileFindings(file: string, loaded: LoadedRubric): LocatedDiagnostic[] {
  const parsed = parseAgencyFile(file);
  if (!parsed.ok) return parsed.diagnostics;
  const checked = validateAgency(parsed.agency, loaded);
  return checked.ok ? checked.warnings : checked.diagnostics;
}

/** The day sent, written by hand as no day (2025-13-01): Finish asks it. */
const badDate = (d: LocatedDiagnostic) => d.severity === "error" && d.path === "submitted";

/**
 * Validate the written file, print its score, its warnings and what is still missing, and ask the day it
 * is sent when it is ready to send. `rubricSpec`: the --rubric given, repeated in the commands suggested.
 */
async function finish(ctx: Context, doc: AgencyDoc, loaded: LoadedRubric, asker: Asker, rubricSpec: string | undefined): Promise<number> {
  const { lang } = ctx;
  const shownFile = [doc.file, path.normalize(doc.file), displayPath(ctx.io.cwd, doc.file)];
  const print = terminalLines(ctx, shownFile, [...shownFile, ...(rubricSpec !== undefined ? [rubricSpec] : [])]);
  const checked = scoreFiles([{ file: doc.file }], { rubric: { ok: true, loaded } });
  // The day sent, written by hand as no day (2025-13-01), is the one error no question mends: asked below, once
  // the score is seen, as for any file ready to send (it was asked first, the score after).
  const dateToAsk = checked.failures.some((f) => f.diagnostics.some(badDate));
  // An N/A's reason left for later is a to-do, said in a line below with the score, not an error with its code frame.
  for (const f of checked.failures) for (const d of f.diagnostics) if (!badDate(d) && !naReasonMissing(d)) showDiagnostic(ctx, d);
  // Evidence and an N/A's reason still to give are what leave a file invalid and its score known: the score is
  // shown, with what is missing, and the file is not yet ready to send (exit 1).
  const reasonsLeft = [...new Set(checked.failures.flatMap((f) => f.diagnostics.filter(naReasonMissing).map((d) => d.path!.split("/")[1]!)))];
  const evidenceLeft = checked.failures.some((f) => f.diagnostics.some((d) => d.severity === "error" && d.code === "evidence-missing"));
  const scoreKnown = checked.failures.every((f) => f.diagnostics.every((d) => d.severity !== "error" || d.code === "evidence-missing" || naReasonMissing(d) || badDate(d)));
  const onlyToDo = (evidenceLeft || reasonsLeft.length > 0) && scoreKnown;
  if (checked.failures.length > 0 && !scoreKnown) {
    const args = commandArgs(displayPath(ctx.io.cwd, doc.file), rubricSpec);
    // Answers left under codes the rubric does not have: a resume asks again what to do with them.
    const diagnostics = checked.failures.flatMap((f) => f.diagnostics);
    const stale = staleFindings(diagnostics);
    const codes = [...new Set(stale.map(staleCode))].map((code) => terminalSafe(code, true));
    if (codes.length > 0) print(message(lang, "assess-finish-stale", { codes: codes.join(", "), count: codes.length, rubric: `${loaded.rubric.id} ${loaded.rubric.version}`, args }));
    // What to do next: a resume shows these errors again and asks again the answers they are about.
    if (diagnostics.some((d) => d.severity === "error" && !stale.includes(d))) print(message(lang, "assess-finish-invalid", { args }));
    return EXIT.invalid;
  }
  // What validate and score will say of the file too (evidence dated after the day it was sent, say).
  for (const s of checked.sections) for (const a of s.agencies) for (const d of a.warnings) showDiagnostic(ctx, d);
  // A day that is no day is left out of the table until it is asked.
  const data = dateToAsk ? { ...doc.data(), submitted: undefined } : doc.data();
  const outcome = checked.failures.length > 0 ? { ...checked, failures: [], sections: [{ rubric: loaded, agencies: [{ file: doc.file, agency: data, self: scoreAgency(loaded.rubric, data), warnings: [] }] }] } : checked;
  const report = buildReport(outcome, ctx.tool, now(ctx.io.env), (f) => displayPath(ctx.io.cwd, f));
  ctx.io.stdout(formatTable(report, lang, ctx.colorOut, ctx.io.stdoutColumns));
  const score = outcome.sections[0]!.agencies[0]!.self;
  const questions = questionsFor(loaded.rubric, data.agency.type);
  const isBonus = (q: Question) => loaded.rubric.bonus?.items.includes(q.indicator) === true;
  // Bonus items are listed apart: an agency leaves them out to claim nothing (the table's count leaves them out too).
  const unanswered = questions.filter((q) => !isAnswered(data, q.indicator.code, q.indicator) && !q.indicator.info_only && !isBonus(q)).map((q) => q.indicator.code);
  const unclaimed = questions.filter((q) => !isAnswered(data, q.indicator.code, q.indicator) && isBonus(q)).map((q) => q.indicator.code);
  const flagged = questions.filter((q) => isFlagged(data, q.indicator.code)).map((q) => q.indicator.code);
  const missing = score.indicators.filter((i) => i.evidence_missing > 0).map((i) => i.code);
  // The interview counted every question; the table's completeness counts scored indicators and penalty items only.
  const extra = questions.filter((q) => q.indicator.info_only || isBonus(q)).length;
  // The N/A answers named only where there are some: "counts N/A apart" beside "N/A 0" read as a contradiction.
  const na = score.completeness.not_applicable;
  if (extra > 0) print(message(lang, na > 0 ? "assess-question-count-na" : "assess-question-count", { answered: questions.filter((q) => isAnswered(data, q.indicator.code, q.indicator)).length, count: questions.length, extra, na }));
  if (unanswered.length) print(message(lang, "assess-unanswered-list", { codes: unanswered.join(", ") }));
  if (unclaimed.length) print(message(lang, "assess-bonus-unclaimed", { codes: unclaimed.join(", ") }));
  if (missing.length) print(message(lang, "assess-missing-evidence", { codes: missing.join(", ") }));
  if (reasonsLeft.length) print(message(lang, "assess-missing-na-reason", { codes: reasonsLeft.join(", ") }));
  if (flagged.length) print(message(lang, "assess-flagged-list", { codes: flagged.join(", ") }));
  // Asked once the score is seen, and only of a file ready to send: nothing unanswered, flagged or missing; and
  // of any file whose day is no day (a hand edit): "not sent yet" clears it.
  if (dateToAsk) {
    print(message(lang, "assess-submitted-unusable", { found: terminalSafe(String(doc.data().submitted), true) }));
    await settleSubmitted(ctx, doc, loaded, asker);
  } else if (!onlyToDo && unanswered.length === 0 && flagged.length === 0) await settleSubmitted(ctx, doc, loaded, asker);
  // Evidence still missing: the total above is the one the file will have, but score refuses it until then.
  const toAdd = { file: path.normalize(doc.file), args: commandArgs(path.normalize(doc.file), rubricSpec), codes: missing.join(", ") };
  const lastLine = reasonsLeft.length > 0 ? message(lang, "assess-finished-na-reason", { ...toAdd, reasons: reasonsLeft.join(", "), evidence: missing.length > 0 ? message(lang, "assess-finished-and-evidence", toAdd) : "" })
    : onlyToDo ? message(lang, "assess-finished-evidence", toAdd) : message(lang, "assess-finished", { file: toAdd.file });
  print(lastLine);
  return onlyToDo ? EXIT.invalid : EXIT.ok;
}

/**
 * The day the file is sent, written to it. A day before some evidence's date is most likely the slip (the
 * evidence was dated when it was made): said once with the indicators, and asked again unless confirmed.
 * A save the disk refuses loses no answer: the date alone is not written, and that is said.
 */
async function settleSubmitted(ctx: Context, doc: AgencyDoc, loaded: LoadedRubric, asker: Asker): Promise<void> {
  const { lang } = ctx;
  const today = vietnamDay(now(ctx.io.env));
  let submitted: string | null | undefined;
  for (;;) {
    submitted = await askSubmitted(asker, lang, doc.data().submitted, today, doc.data().period, terminalLines(ctx));
    if (submitted === undefined) return;
    if (submitted === null) break;
    const later = datedAfterSent(loaded.rubric, doc.data(), submitted);
    if (later.count === 0) break;
    const key = later.answers ? "assess-submitted-dates-later" : "assess-submitted-evidence-later";
    if (await asker.confirm({ message: message(lang, key, { count: later.count, date: dateText(submitted, lang), codes: later.codes.join(", ") }), default: false })) break;
  }
  doc.setHeaderField(["submitted"], submitted);
  try {
    doc.save();
  } catch (e) {
    if (!(e instanceof WriteRefusedError || e instanceof EditedMeanwhileError)) throw e;
    sayMessage(ctx, "assess-submitted-not-saved", { file: displayPath(ctx.io.cwd, doc.file), detail: e instanceof WriteRefusedError ? e.reason : message(lang, "assess-edited-short") });
  }
}

/** A file that names no bundled rubric is answered with the bundled rubric of its agency type: -t's, else the file's. */
function rubricOfType(agencyType: string | undefined, parsed: ParsedAgency | undefined): string {
  if (agencyType !== undefined) return bundledIdForType(agencyType);
  return parsed ? bundledIdForFile(parsed.data) : DEFAULT_RUBRIC_ID;
}

/**
 * The folder named in full ("the folder ." said nothing to an officer inside it), and where the file could go: their
 * home folder when it takes files, written as the command to run.
 */
function noWriteIn(folder: string, file: string | undefined): UsageError {
  const home = homedir();
  const name = file ? path.basename(file) : undefined;
  const elsewhere = name && home && path.resolve(home) !== folder && folderRefusal(home) === undefined ? path.join(home, name) : undefined;
  // As the command names it: a home folder with a space (C:\Users\Nguyen Van A) is quoted.
  return new UsageError(elsewhere ? "assess-no-write-elsewhere" : "assess-no-write", { folder, ...(elsewhere ? { elsewhere: fileWord(elsewhere) } : {}) });
}
