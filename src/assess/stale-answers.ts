import { holdsNothing, type Answer } from "../core/agency.js";
import { indicatorByCode } from "../core/codes.js";
import type { Input, Item, Lang, Rubric } from "../core/rubric.js";
import { describeValue } from "../explain/words.js";
import { message } from "../i18n/messages.js";
import { agencyIssues, parseAgencyFile } from "../load/load-agency.js";
import type { LocatedDiagnostic } from "../load/located.js";
import type { LoadedRubric } from "../load/load-rubric.js";
import { asTaken, moveTarget as movedTo } from "../load/move-target.js";
import type { Asker } from "../prompts/ask.js";
import { terminalSafe } from "../report/terminal-safe.js";
import type { AgencyDoc } from "./agency-doc.js";
import { answerFormat } from "./describe.js";
import { indicatorBlock, initOrder } from "./template.js";
import { questionsFor } from "./walk.js";

/**
 * Answers a file keeps under a code the rubric does not have: a later version re-coded the indicator (1.6 is
 * 1.7 now) or dropped it, or a code was mistyped by hand. No question asks them, so no answer mends them, and
 * the file stays invalid until they go: each is shown where the file has it, and the officer chooses to move
 * it to the code suggested, remove it, keep it aside as a comment above `answers:`, or leave it for now. Nothing is moved or removed unasked.
 */
interface StaleAnswers {
  loaded: LoadedRubric;
  doc: AgencyDoc;
  asker: Asker;
  lang: Lang;
  print: (line: string) => void;
  /** Say a finding with its file:line:column and code frame. */
  show: (d: LocatedDiagnostic) => void;
  /** Save the file (every choice is saved as it is made). */
  save: () => Promise<void>;
  /** What a check of the file finds now (read again after each choice: a removal moves the lines below it). */
  findings: () => LocatedDiagnostic[];
  /**
   * The version the file answered before this session moved it to the one in use: an answer of an indicator it had
   * goes only to one asking the same kind of answer (a count of classes fits a percentage's field, and means nothing there).
   */
  previous?: Rubric;
}

/** The findings about such answers: an unknown code under `answers` (not an answer's own field indented as one, `note:`). */
export function staleFindings(findings: LocatedDiagnostic[]): LocatedDiagnostic[] {
  return findings.filter((d) => d.code === "unknown-indicator" && d.path?.split("/")[0] === "answers" && d.params.hint_answer_field === undefined);
}

/**
 * The code such a finding is about, as the file writes it: the finding's own, not its path's second part, which
 * cut a code written with a slash (1/5 for 1.5) to "1" (no answer has that key: moving it was an internal error).
 */
export function staleCode(d: LocatedDiagnostic): string {
  return String(d.params.code);
}

type Choice = "move" | "remove" | "aside" | "leave";

/** Ask about each one, in the file's order; resolves the codes left in the file. */
export async function settleStaleAnswers(s: StaleAnswers): Promise<Set<string>> {
  const left = new Set<string>();
  const { lang } = s;
  const rubric = s.loaded.rubric;
  // An answer moved to another group goes where init writes its code.
  s.doc.inRubricOrder(initOrder(rubric));
  for (;;) {
    const d = staleFindings(s.findings()).find((f) => !left.has(staleCode(f)));
    if (!d) break;
    const code = staleCode(d);
    // As the file writes it, a control character in it shown as its symbol (as every value from the file is).
    const said = terminalSafe(code, true);
    const entry = s.doc.data().answers?.[code];
    // What goes with the answer wherever it goes: said in the choices, a collector's verified value above all.
    const parts = heldParts(entry, lang);
    // Nothing in it to carry (`value:` left empty, "?"): every code takes no value, so the nearest of any type was
    // offered, a move that puts nothing under a question that asks it anyway. Removing it loses nothing.
    const empty = holdsNothing(entry);
    const target = empty ? {} : moveTarget(s, code, d);
    // Where it cannot go, the line below says why: the finding names no code to move it to (validate's names none either).
    s.show("to" in target ? pointingTo(d, target.to) : "reason" in target ? withoutSuggestion(d) : d);
    const what = parts.length > 0 ? message(lang, "stale-with", { parts: parts.join(", ") }) : "";
    s.print(message(lang, "stale-intro", { code: said, rubric: `${rubric.id} ${rubric.version}`, ...invisibleIn(d) }));
    if ("reason" in target) s.print(target.reason);
    if (empty) s.print(message(lang, "stale-empty", { code: said }));
    const choice = await s.asker.select<Choice>({
      message: message(lang, "stale-what", { code: said }),
      choices: [
        ...("to" in target ? [{ value: "move" as const, name: message(lang, "stale-move", { to: target.to, title: target.title, value: target.value, with: what }) }] : []),
        { value: "remove", name: message(lang, "stale-remove", { code: said, with: what }) },
        // Nothing typed is lost, and the file is valid: for an answer no question asks any more (a dropped indicator).
        ...(empty ? [] : [{ value: "aside" as const, name: message(lang, "stale-aside") }]),
        { value: "leave", name: message(lang, "stale-leave") },
      ],
      // Enter keeps the file valid and loses nothing: leaving it was the default, and a moved file stayed invalid.
      default: "to" in target ? "move" : empty ? "remove" : "aside",
    });
    if (choice === "leave") {
      left.add(code);
      s.print(`  → ${message(lang, "stale-left", { code: said })}`);
      continue;
    }
    // An answer given under the code offered while the question was shown (an editor, another window) was written
    // over by the move without a word: the move is not made, the edit taken in (a save with nothing of this
    // session's in it), and the question asked again of the file as it now stands.
    if (choice === "move" && "to" in target && answeredOnDisk(s.doc.file, target.to)) {
      await s.save();
      s.print(`  → ${message(lang, "stale-move-taken", { code: said, to: target.to })}`);
      continue;
    }
    if (choice === "aside") {
      // A control character written raw in a comment leaves a file YAML cannot read: the code as shown on screen.
      s.doc.keepAside(code, message(lang, "stale-aside-heading", { code: said.replace(/\s+/g, " "), rubric: `${rubric.id} ${rubric.version}` }));
      await s.save();
      s.print(`  → ${message(lang, "stale-kept-aside", { code: said })} · ${message(lang, "assess-saved")}`);
      continue;
    }
    // init's block for the old code, where the file has one above it, is written again for the new one.
    const destination = "to" in target ? indicatorByCode(rubric).get(target.to) : undefined;
    // In a file with init's group headings, under the heading of the group it now is in (see AgencyDoc.moveAnswer).
    if (choice === "move" && destination) s.doc.moveAnswer(code, destination.code, (l) => indicatorBlock(rubric, destination, l, writtenForType(s.doc.toString()) ? s.doc.data().agency?.type : undefined), groupsAbove(rubric.groups, destination.code));
    else s.doc.removeAnswer(code);
    await s.save();
    s.print(`  → ${message(lang, choice === "move" ? "stale-moved" : "stale-removed", { code: said, to: "to" in target ? target.to : "" })} · ${message(lang, "assess-saved")}`);
  }
  return left;
}

/**
 * Where the answer may go (load/move-target.ts, whose code validate's "did you mean" names too), with the title
 * and value the move's choice says. When none takes it, why the finding's suggestion, the nearest code the file
 * does not answer, does not, in a line.
 */
function moveTarget(s: StaleAnswers, code: string, d: LocatedDiagnostic): { to: string; title: string; value: string } | { reason: string; otherKind?: true } | Record<string, never> {
  const { lang, loaded } = s;
  const data = s.doc.data();
  const questions = questionsFor(loaded.rubric, data.agency.type);
  const to = movedTo(loaded, data, code, agencyIssues);
  const indicator = to === undefined ? undefined : indicatorByCode(loaded.rubric).get(to);
  const was = s.previous ? indicatorByCode(s.previous).get(code) : undefined;
  if (to !== undefined && indicator && was && !sameKind(was.input, indicator.input)) {
    return { otherKind: true, reason: message(lang, "stale-other-kind", { code: terminalSafe(code, true), was: answerFormat(was.input, lang, "prompt"), to, format: answerFormat(indicator.input, lang, "prompt") }) };
  }
  if (to !== undefined && indicator) {
    const answer = data.answers?.[code];
    const entry = typeof answer === "object" && answer !== null ? answer as Answer : undefined;
    const value = entry?.na ? message(lang, "choice-na") : entry?.value === undefined ? "?" : terminalSafe(describeValue(indicator.input, asTaken(indicator.input, entry.value), lang), true);
    return { to, title: terminalSafe(indicator.title[lang], true), value };
  }
  const suggested = (d.params.suggestion ?? d.params.hint_curly ?? d.params.hint_no_fit) as string | undefined;
  const near = suggested === undefined ? undefined : indicatorByCode(loaded.rubric).get(suggested);
  if (suggested === undefined || !near) return {};
  if (!questions.some((q) => q.indicator === near)) return { reason: message(lang, "stale-not-asked", { to: suggested, code: terminalSafe(code, true) }) };
  return { reason: message(lang, "stale-no-fit", { to: suggested, code: terminalSafe(code, true), format: answerFormat(near.input, lang, "prompt") }) };
}

/**
 * The invisible characters a finding names in its code (U+200B pasted with it), as the intro says them: that is why
 * the code answers nothing, not a later version that re-coded it.
 */
function invisibleIn(d: LocatedDiagnostic): Record<string, string | number> {
  const p = d.params;
  if (p.hint_invisible === undefined) return {};
  return { char: p.hint_invisible, position: p.hint_invisible_position ?? "?", ...(p.hint_invisible_count !== undefined ? { count: p.hint_invisible_count, list: p.hint_invisible_list ?? "" } : {}) };
}

/** The finding with the code the answer is offered to move to as its "did you mean", where it named another or none. */
function pointingTo(d: LocatedDiagnostic, to: string): LocatedDiagnostic {
  if (d.params.suggestion === to || d.params.hint_curly === to) return d;
  const { expected_key: _k, first: _f, last: _l, hint_curly: _c, ...rest } = d.params;
  return { ...d, params: { ...rest, suggestion: to } };
}

/**
 * Whether an answer to `was` means the same under `now`: the same type of input (a choice's id is taken as a
 * checklist's item ticked, see asTaken), not a number of another kind (a count of classes is no percentage).
 */
function sameKind(was: Input, now: Input): boolean {
  return was.type === now.type || (was.type === "choice" && now.type === "checklist");
}

/** The finding without its "did you mean" or its code that takes no such answer: the line below says why it cannot go there. */
function withoutSuggestion(d: LocatedDiagnostic): LocatedDiagnostic {
  const { suggestion: _s, hint_curly: _c, hint_no_fit: _n, ...rest } = d.params;
  return { ...d, params: rest };
}

/**
 * Whether the file was written by init for one agency type (-t), whose blocks do not say who an indicator is for:
 * not when it says so somewhere ("Applies only to …"), or its type line keeps init's list of the types to choose
 * from (`type: department   # one of: …`), as init writes them without -t. A block written again for a moved
 * answer lacked the line init writes above the same code.
 */
export function writtenForType(text: string): boolean {
  return !(["vi", "en"] as const).some((l) => new RegExp(`^ *# +${message(l, "init-appliesOnly")}: |^ +type:.*# ${message(l, "init-oneOf")}: `, "m").test(text));
}

/** The codes of the groups above an indicator, outermost first (none for a bonus or penalty item). */
export function groupsAbove(items: Item[], code: string): string[] {
  for (const item of items) {
    if (item.kind !== "group") continue;
    if (item.items.some((i) => i.kind === "indicator" && i.code === code)) return [item.code];
    const inner = groupsAbove(item.items, code);
    if (inner.length > 0) return [item.code, ...inner];
  }
  return [];
}

/** Whether the file as it is on disk has an answer under `code`. */
function answeredOnDisk(file: string, code: string): boolean {
  const parsed = parseAgencyFile(file);
  const answers = parsed.ok ? parsed.agency.data.answers : undefined;
  return typeof answers === "object" && answers !== null && Object.hasOwn(answers, code);
}

/** What an answer holds besides its value, named: its evidence, note, a collector's verified value. */
function heldParts(entry: unknown, lang: Lang): string[] {
  if (typeof entry !== "object" || entry === null) return [];
  const a = entry as Answer;
  const count = Array.isArray(a.evidence) ? a.evidence.length : 0;
  return [
    ...(count > 0 ? [message(lang, "stale-evidence", { count })] : []),
    ...(typeof a.note === "string" && a.note.trim() !== "" ? [message(lang, "stale-note")] : []),
    ...(typeof a.verified === "object" && a.verified !== null ? [message(lang, "stale-verified", { by: typeof a.verified.by === "string" ? ` (${terminalSafe(a.verified.by, true)})` : "" })] : []),
  ];
}
