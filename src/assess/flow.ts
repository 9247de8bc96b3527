import { EditedMeanwhileError, WriteRefusedError } from "../io/write-atomic.js";
import type { AgencyFile, Answer } from "../core/agency.js";
import type { Group, Input, Lang, Rubric } from "../core/rubric.js";
import { scoreAgency } from "../core/score.js";
import { isBatchRelative } from "../core/rules.js";
import { message } from "../i18n/messages.js";
import type { Asker } from "../prompts/ask.js";
import { dateText, formatPoints } from "../report/format-number.js";
import type { AgencyDoc } from "./agency-doc.js";
import { describeValue } from "../explain/words.js";
import { asTaken } from "../load/move-target.js";
import { askIndicator, type AskContext } from "./ask-indicator.js";
import { citedDocuments } from "./cited-documents.js";
import { answerFormat, evidenceRule, worthAfterTitle } from "./describe.js";
import { initOrder } from "./template.js";
import { typedCode } from "./typed-code.js";
import { naAllowed } from "../core/codes.js";
import { isAnswered, isComplete, isFlagged, questionsFor, type Question } from "./walk.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { truncateWords } from "../core/truncate.js";
import { halfGiven } from "../core/check-agency.js";
import { wrapWidth, wrapWords } from "../report/wrap.js";

/**
 * The officer declined to try a refused save again (the disk refused it, or a hand edit left the file broken): the
 * error and where the earlier answers are have been said, so the session ends without saying it a second time.
 */
export class SaveDeclinedError extends Error {
  constructor(readonly refused: WriteRefusedError | EditedMeanwhileError) { super(refused.message); }
}

interface Interview {
  rubric: Rubric;
  doc: AgencyDoc;
  asker: Asker;
  lang: Lang;
  /** Lines for the officer (stderr). */
  print: (line: string) => void;
  /** The file existed before this session: say how far it got. */
  resumed?: boolean;
  /** The terminal's width: long lines (guidance, formats) are wrapped at spaces, not inside a word. */
  columns?: () => number | undefined;
  /** Answers a hand edit left invalid: asked again before the unanswered ones, counted as not yet answered. */
  redo?: Set<string>;
  /** Say where the file's YAML is broken (file:line:column and the line), when an edit made meanwhile broke it. */
  showFileErrors?: (file: string) => void;
  /** After a save that took in a hand edit: say what it broke, leaving out the question being asked (`code`). */
  checkHandEdit?: (file: string, code: string) => void;
  /** What follows `egov-score assess` to go on with this file (its name, and the --rubric it needs). */
  resumeArgs?: string;
  /** The day in Vietnam (YYYY-MM-DD): a date answer or evidence date typed after it is noted. */
  today?: string;
}

type MenuAction = "continue" | "group" | "unanswered" | "flagged" | "change" | "flag" | "finish" | "quit";

/** Walk the applicable indicators, saving after every answer. Resolves "finish" or "quit". */
export async function interview(iv: Interview): Promise<"finish" | "quit"> {
  const { rubric, doc, lang } = iv;
  const questions = questionsFor(rubric, doc.data().agency.type);
  const groups = [...new Set(questions.map((q) => q.groupIndex))];
  const ctx: AskContext = { asker: iv.asker, lang, rubric, print: iv.print, documents: (except) => citedDocuments(doc.data(), except), ...(iv.today ? { today: iv.today } : {}) };
  // Answers to mend that the officer set aside ("answer later"): they come back after the unanswered ones.
  const setAside = new Set<string>();
  const firstUnanswered = (from = 0) => {
    const data = doc.data();
    // Answers a hand edit left invalid come first, then the unanswered ones (an answer whose required
    // evidence is missing, Ctrl-C while it was asked, is asked again), then those set aside.
    const redo = (q: Question) => iv.redo?.has(q.indicator.code) === true;
    const tests = [(q: Question) => redo(q) && !setAside.has(q.indicator.code), (q: Question) => !isComplete(data, q.indicator) && !setAside.has(q.indicator.code), redo];
    for (const test of tests) {
      for (let k = 0; k < questions.length; k++) {
        const i = (from + k) % questions.length;
        if (test(questions[i]!)) return i;
      }
    }
    return -1;
  };
  // The group (or sub-group) the menu jumped to: its questions still to answer come next, in order, before the
  // answers to mend elsewhere (answering its first led back to one of those, an officer going through the group).
  let walking: Group | undefined;
  const nextToAsk = (from: number) => {
    if (walking) {
      const data = doc.data();
      for (let i = from; i < questions.length && inGroup(questions[i]!, walking); i++) if (toAnswer(iv, data, questions[i]!)) return i;
      walking = undefined;
    }
    return firstUnanswered(from);
  };

  // New answers are written where init writes them, whatever order they are given in.
  doc.inRubricOrder(initOrder(rubric));
  let index = firstUnanswered();
  // Groups whose description was shown: it is said once a session, at the group's first question asked.
  const described = new Set<Group>();
  // Complete answers only: one set aside at its evidence ("?") is still to finish, as score would say.
  const answeredCount = () => questions.filter((q) => isComplete(doc.data(), q.indicator) && !iv.redo?.has(q.indicator.code)).length;
  // A file init made, nothing answered yet, is started, not resumed ("Resuming: 0 of 63 answered").
  if (iv.resumed) { const answered = answeredCount(); iv.print(message(lang, answered === 0 ? "assess-resume-none" : "assess-resume", { file: doc.file, answered, count: questions.length })); }

  for (;;) {
    if (index < 0) {
      iv.print(message(lang, "assess-all-answered"));
      const action = await menu(iv, questions);
      const next = await act(action);
      if (next === "finish" || next === "quit") return next;
      index = next;
      continue;
    }
    const q = questions[index]!;
    showQuestion(iv, q, index, questions.length, groups.indexOf(q.groupIndex) + 1, groups.length, answeredCount(), described);
    const entry = doc.answerAsWritten(q.indicator.code);
    const current = typeof entry === "object" && entry !== null ? entry as Answer : undefined;
    // Each completed step of the answer is saved as it comes (Ctrl-C at the note keeps value and evidence).
    const outcome = await askIndicator(ctx, q.indicator, current, async (draft) => { doc.setAnswer(q.indicator.code, draft); await persist(q.indicator.code, q); });
    if (outcome.kind === "answer") {
      doc.setAnswer(q.indicator.code, outcome.answer);
      await persist(q.indicator.code, q);
      iv.redo?.delete(q.indicator.code);
      showPoints(q, outcome.answer);
      // m at the note: the answer saved, then the menu.
      if (outcome.menu) {
        const next = await act(await menu(iv, questions));
        if (next === "finish" || next === "quit") return next;
        index = next;
        continue;
      }
      index = nextToAsk(index + 1);
    } else if (outcome.kind === "skip") {
      // Later: the next unanswered question after this one; when this was the last, the menu.
      if (iv.redo?.has(q.indicator.code)) setAside.add(q.indicator.code);
      const next = nextToAsk(index + 1);
      if (next >= 0 && next !== index) { index = next; continue; }
      const after = await act(await menu(iv, questions));
      if (after === "finish" || after === "quit") return after;
      index = after;
    } else {
      const next = await act(await menu(iv, questions));
      if (next === "finish" || next === "quit") return next;
      index = next;
    }
  }

  async function act(action: MenuAction): Promise<number | "finish" | "quit"> {
    walking = undefined;
    switch (action) {
      case "quit": return action;
      case "finish": {
        // Finishing with questions unanswered is allowed (the file says "?" for them), but asked once: the
        // officer may have meant to go on.
        // Counted as the interview counts (its "answered 4/50"); the line under the score says what the table leaves out.
        const left = questions.length - answeredCount();
        if (left === 0 || (await iv.asker.confirm({ message: message(lang, "assess-finish-unanswered", { count: left }), default: false }))) return action;
        return act(await menu(iv, questions));
      }
      case "continue": { const i = firstUnanswered(Math.max(0, index)); return i >= 0 ? i : await act(await menu(iv, questions)); }
      case "group": {
        const picked = await pickGroup(iv, questions);
        if (picked === undefined) return act(await menu(iv, questions));
        walking = picked.group;
        return picked.first;
      }
      default: {
        const picked = await pick(iv, questions, action);
        if (picked === undefined) return act(await menu(iv, questions));
        if (action === "flag") {
          const code = questions[picked]!.indicator.code;
          doc.setFlag(code, !isFlagged(doc.data(), code));
          await persist(code);
          return act(await menu(iv, questions));
        }
        return picked;
      }
    }
  }

  /**
   * Save; when the disk refuses (a folder made read-only, a full disk, a file locked by a sync client), or
   * the file was edited meanwhile and its YAML is broken, say why and offer to try again once it is fixed:
   * the answer just given waits in memory meanwhile, and declining ends the session with the answers saved
   * before it, that answer (`answered`, the question it answers) named with what it holds, to be typed again.
   */
  async function persist(code: string, answered?: Question): Promise<void> {
    for (;;) {
      try {
        if (doc.save()) {
          for (const what of new Set(doc.overwritten.map((p) => (p[0] === "answers" ? message(lang, "assess-overwrote-answer", { code: p[1]! }) : p.join("."))))) iv.print(message(lang, "assess-overwrote", { what, file: doc.file }));
          iv.checkHandEdit?.(doc.file, code);
        }
        return;
      } catch (e) {
        if (!(e instanceof WriteRefusedError) && !(e instanceof EditedMeanwhileError)) throw e;
        if (e instanceof WriteRefusedError) iv.print(message(lang, "output-unwritable", { file: e.file, detail: e.reason }));
        else iv.showFileErrors?.(e.file);
        const retry = e instanceof WriteRefusedError ? "assess-save-retry" : "assess-edited-retry";
        if (!(await iv.asker.confirm({ message: message(lang, retry, { file: e.file }), default: true }))) {
          // The answer itself said: "the answers before this one are kept" left the officer to remember what was typed.
          const lost = answered ? unsavedAnswer(answered, doc.data().answers?.[code], lang) : undefined;
          if (lost) iv.print(message(lang, "assess-save-declined-answer", { code, answer: lost }));
          iv.print(message(lang, "assess-save-declined", { file: doc.file, args: iv.resumeArgs ?? doc.file }));
          throw new SaveDeclinedError(e);
        }
      }
    }
  }

  function showPoints(q: Question, answer: Answer): void {
    if (!answer.na && (q.indicator.info_only || !q.indicator.rule)) { iv.print(`  → ${message(lang, "assess-saved")}`); return; }
    if (!answer.na && isBatchRelative(q.indicator.rule!)) { iv.print(`  → ${message(lang, "assess-relative")} · ${message(lang, "assess-saved")}`); return; }
    const result = scoreAgency(rubric, doc.data()).indicators.find((i) => i.code === q.indicator.code);
    // Left out of its group (N/A, or b = 0 where the rubric reads that as not applicable): said so, not "+0".
    if (result?.excluded) { iv.print(`  → ${message(lang, "assess-excluded")} · ${message(lang, "assess-saved")}`); return; }
    // No sign on nothing (a penalty not incurred read −0.00).
    const sign = answer.na || !result?.points ? "" : q.group.code === "+" && rubric.penalty?.items.includes(q.indicator) ? "−" : "+";
    // A date past its deadline: why the points are fewer (it said only "+10,00 / 20 điểm").
    const rule = q.indicator.rule!;
    const late = !answer.na && rule.type === "deadline" && typeof answer.value === "string" && answer.value > rule.by
      ? ` ${message(lang, rule.late_points ? "assess-late" : "assess-late-none", { by: dateText(rule.by, lang), max: q.indicator.max })}` : "";
    iv.print(`  → ${sign}${message(lang, "assess-earned", { points: formatPoints(result?.points ?? 0, rubric.rounding.decimals, lang), max: q.indicator.max })}${late} · ${message(lang, "assess-saved")}`);
  }
}

function showQuestion(iv: Interview, q: Question, index: number, count: number, group: number, groups: number, answered: number, described: Set<Group>): void {
  const { lang, rubric } = iv;
  const ind = q.indicator;
  iv.print("");
  // Wrapped to the terminal, the lines after the first indented under the text.
  const width = wrapWidth(iv.columns?.());
  // `whole`: texts not broken across lines (at 40 columns "(tối đa" / "10 điểm)", "đơn vị: hệ" / "thống"), where
  // they fit on one (longer, the terminal would cut one inside a word).
  const say = (line: string, indent = "    ", whole: string[] = []) => {
    const fitting = whole.filter((w) => width !== undefined && [...w].length <= width - indent.length);
    for (const l of width ? wrapWords(line, width, indent, fitting) : [line]) iv.print(l);
  };
  // The sub-group too (6. … › 6.2. …): a top-level group may hold dozens of questions under several headings.
  const names = [q.group, ...q.within].map((g) => groupName(g, lang));
  say(`${message(lang, "assess-progress", { group, groups, index: index + 1, count, answered })} — ${names.join(" › ")}`, "    ", names);
  // A group's description may say how its questions are answered (un-losi-2022: yes if found on the portal,
  // no if absent or not found), as guidance does for one question.
  for (const g of [q.group, ...q.within]) {
    if (!g.description || described.has(g)) continue;
    described.add(g);
    say(`  ${g.description[lang]}`);
  }
  const worth = worthAfterTitle(ind, lang);
  say(`${ind.code}. ${ind.title[lang]}${worth}`, "  ", [worth.trim()]);
  if (ind.guidance) say(`  ${message(lang, "assess-guidance")}: ${ind.guidance[lang]}`);
  const unit = "unit" in ind.input && ind.input.unit ? message(lang, "format-unit", { unit: ind.input.unit[lang] }) : undefined;
  say(`  ${message(lang, "assess-format")}: ${answerFormat(ind.input, lang, "prompt")}`, "    ", unit ? [unit] : []);
  const evidence = evidenceRule(ind, lang);
  if (evidence) say(`  ${evidence}`);
  // ? and m are typed answers; a list offers the same as its last choices (a checklist once nothing is ticked).
  const list = ind.input.type === "choice" || ind.input.type === "level" ? "assess-commands-list" : ind.input.type === "checklist" ? "assess-commands-checklist" : undefined;
  const na = naAllowed(rubric, ind) ? message(lang, list ? "assess-commands-list-na" : "assess-commands-na") : "";
  iv.print(`  ${message(lang, list ?? "assess-commands", { na })}`);
  // As written: a 1.000 a hand edit left shows as 1.000, as the prompt offers it, not as the 1 YAML reads.
  const entry = iv.doc.answerAsWritten(ind.code) as Answer | null | undefined;
  // An empty `value:` (an init template's) or "?" is no answer to show.
  if (typeof entry === "object" && entry !== null && ((entry.value !== undefined && entry.value !== null && entry.value !== "?") || entry.na)) {
    iv.print(`  ${message(lang, "assess-current", { value: entry.na ? message(lang, "choice-na") : terminalSafe(answerWords(ind.input, entry.value, lang), true) })}`);
  }
}

/**
 * Unanswered, answered without the evidence or parts it needs (set aside with "?"), or holding an answer a
 * hand edit left invalid (to mend): counted and listed as the interview counts them.
 */
function toAnswer(iv: Interview, data: AgencyFile, q: Question): boolean {
  return !isComplete(data, q.indicator) || iv.redo?.has(q.indicator.code) === true;
}

async function menu(iv: Interview, questions: Question[]): Promise<MenuAction> {
  const data = iv.doc.data();
  const unanswered = questions.filter((q) => toAnswer(iv, data, q)).length;
  const flagged = questions.filter((q) => isFlagged(data, q.indicator.code)).length;
  const m = (key: string, params?: Record<string, number>) => message(iv.lang, key, params);
  return iv.asker.select<MenuAction>({
    message: m("menu-title"),
    choices: [
      ...(unanswered > 0 ? [{ value: "continue" as const, name: m("menu-continue") }] : []),
      { value: "group", name: m("menu-group") },
      ...(unanswered > 0 ? [{ value: "unanswered" as const, name: m("menu-unanswered", { count: unanswered }) }] : []),
      ...(flagged > 0 ? [{ value: "flagged" as const, name: m("menu-flagged", { count: flagged }) }] : []),
      { value: "change", name: m("menu-change") },
      { value: "flag", name: m("menu-flag") },
      "separator",
      { value: "finish", name: m("menu-finish") },
      { value: "quit", name: m("menu-quit") },
    ],
    // Every question answered ("All questions are answered" just above): Enter finishes, as the officer then means.
    ...(unanswered === 0 ? { default: "finish" as const } : {}),
  });
}

/** Pick a question (or a group's first question) for a menu action; undefined goes back. */
async function pick(iv: Interview, questions: Question[], action: MenuAction): Promise<number | undefined> {
  const { lang } = iv;
  const data = iv.doc.data();
  const back = { value: -1, name: message(lang, "menu-back") };
  // An entry takes one line of the terminal: the title and the answer give way (the list scrolls by lines).
  const room = (iv.columns?.() ?? 80) - 3;
  const keep = (q: Question) => action === "unanswered" ? toAnswer(iv, data, q) : action === "flagged" ? isFlagged(data, q.indicator.code) : true;
  const answerWidth = Math.min(24, Math.max(8, Math.floor(room / 4)));
  const choices = questions.map((q, i) => ({ q, i })).filter(({ q }) => keep(q)).map(({ q, i }) => {
    const entry = data.answers?.[q.indicator.code];
    // A fraction with one half given ({a: 800, b: "?"}, alone or a parts answer's only part) is no answer yet, but
    // shown as its question shows it ("800 / ?"), not blank.
    const partly = typeof entry === "object" && entry !== null && halfGiven(q.indicator, entry.value);
    const shown = (isAnswered(data, q.indicator.code, q.indicator) || partly) && typeof entry === "object" && entry !== null ? (entry.na ? message(lang, "choice-na") : answerWords(q.indicator.input, entry.value, lang)) : "—";
    const head = `${isFlagged(data, q.indicator.code) ? "⚑ " : ""}${q.indicator.code}. `;
    const answer = ` [${truncateWords(shown, answerWidth)}]`;
    const title = truncateWords(q.indicator.title[lang], Math.max(10, Math.min(50, room - [...head].length - [...answer].length)));
    return { value: i, name: `${head}${title}${answer}` };
  });
  // A list of 60 questions, 10 on the screen at a time: the code typed (4.23, or 4 for its group's first) then
  // Enter goes straight to it, as the question says; one not listed is said, and the list asked again.
  const listed = choices.map(({ value }) => questions[value]!.indicator.code);
  const example = listed[Math.min(listed.length - 1, Math.floor(listed.length / 2))] ?? "1.1";
  for (;;) {
    let missing: { code: string; ambiguous: boolean } | undefined;
    const typed = (text: string) => {
      // 4,8 typed the way a decimal is written here is 4.8 (it was no code: Enter took the question under the cursor).
      const code = text.replace(/,/g, ".").replace(/\.$/, "");
      const at = typedCode(listed, code);
      if (typeof at === "number") return choices[at]!.value;
      if (!CODE_LIKE.test(code)) return undefined;
      missing = { code, ambiguous: at === "ambiguous" };
      return NOT_LISTED;
    };
    const v = await iv.asker.select<number>({ message: message(lang, "menu-pick-typed", { example }), choices: [...choices, back], typed });
    if (v !== NOT_LISTED) return v < 0 ? undefined : v;
    iv.print(message(lang, missing?.ambiguous ? "menu-pick-ambiguous" : "menu-pick-not-listed", { code: terminalSafe(missing?.code ?? "", true) }));
  }
}

/** Pick a group or sub-group: the group, and its first question; undefined goes back. */
async function pickGroup(iv: Interview, questions: Question[]): Promise<{ group: Group; first: number } | undefined> {
  const { lang } = iv;
  const back = { value: -1, name: message(lang, "menu-back") };
  const groups = groupChoices(iv, questions, (iv.columns?.() ?? 80) - 3);
  // A group's code typed then Enter is that group: a digit alone was inquirer's option at that place, and 5 led to
  // 4.22, the fifth entry; a code of no group is said, and the list asked again.
  for (;;) {
    let missing: string | undefined;
    const typed = (text: string) => {
      const code = text.replace(/,/g, ".").replace(/\.$/, "");
      const at = typedCode(groups.map((g) => g.code), code);
      if (typeof at === "number" && groups[at]!.code.toLowerCase() === code.trim().toLowerCase()) return at;
      if (!CODE_LIKE.test(code)) return undefined;
      missing = code;
      return NOT_LISTED;
    };
    const v = await iv.asker.select<number>({ message: message(lang, "menu-pick-group"), choices: [...groups.map(({ name }, k) => ({ value: k, name })), back], typed });
    if (v !== NOT_LISTED) return v < 0 ? undefined : groups[v];
    iv.print(message(lang, "menu-pick-group-not-listed", { code: terminalSafe(missing ?? "", true) }));
  }
}

/** What a typed code that is no question of the list picks: the list is asked again, saying so. */
const NOT_LISTED = -2;
/**
 * Text that reads as an indicator's code (4.23, 6.1.3, T.1, as the rubric schema writes codes): not found, it is
 * said, not left to the cursor (a letter code not listed opened the question under it).
 */
const CODE_LIKE = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/;

/**
 * Every group and sub-group that holds questions, in rubric order, indented by depth, each leading to its
 * first question and saying how many of its questions are done (a group of 25 under four headings is not
 * one stop).
 */
function groupChoices(iv: Interview, questions: Question[], room: number): { group: Group; first: number; name: string; code: string }[] {
  const data = iv.doc.data();
  const groups = new Map<Group, { first: number; depth: number; done: number; total: number }>();
  questions.forEach((q, i) => {
    [q.group, ...q.within].forEach((g, depth) => {
      const seen = groups.get(g) ?? { first: i, depth, done: 0, total: 0 };
      seen.total++;
      if (!toAnswer(iv, data, q)) seen.done++;
      groups.set(g, seen);
    });
  });
  return [...groups].map(([g, { first, depth, done, total }]) => {
    const count = ` [${message(iv.lang, "menu-group-done", { done, total })}]`;
    const head = "  ".repeat(depth);
    const name = truncateWords(groupName(g, iv.lang), Math.max(10, room - head.length - [...count].length));
    return { group: g, first, name: `${head}${name}${count}`, code: g.code };
  });
}

/** Whether the question is in the group or one of its sub-groups. */
function inGroup(q: Question, g: Group): boolean {
  return q.group === g || q.within.includes(g);
}

/**
 * An answer in the officer's words, as the question will take it: a checklist holding one of its ids alone (a
 * choice's answer moved there when the rubric made it a checklist) is that item ticked, named by its label.
 */
function answerWords(input: Input, value: unknown, lang: Lang): string {
  return describeValue(input, asTaken(input, value), lang);
}

/**
 * What an answer a refused save left in memory holds, in the officer's words (its value or N/A with the reason,
 * its evidence items, its note), to be typed again; undefined when it holds nothing.
 */
function unsavedAnswer(q: Question, entry: unknown, lang: Lang): string | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const answer = entry as Answer;
  const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);
  const said = [
    answer.na ? `${message(lang, "choice-na")}${answer.reason ? ` (${answer.reason})` : ""}` : answer.value === undefined ? undefined : answerWords(q.indicator.input, answer.value, lang),
    ...(Array.isArray(answer.evidence) ? answer.evidence.map((item) => `${message(lang, "assess-unsaved-evidence")}: ${[item.number, typeof item.date === "string" ? dateText(item.date, lang) : item.date, item.title, item.link].map(text).filter((t) => t).join(" · ")}`) : []),
    ...(answer.note ? [`${message(lang, "assess-unsaved-note")}: ${answer.note}`] : []),
  ].filter((t): t is string => t !== undefined && t !== "");
  return said.length > 0 ? terminalSafe(said.join(" · "), true) : undefined;
}

/** A group as the interview names it: code and title, or the title alone for bonus and penalty. */
function groupName(g: Group, lang: Lang): string {
  return g.code === "+" ? g.title[lang] : `${g.code}. ${g.title[lang]}`;
}

export type { AgencyFile };
