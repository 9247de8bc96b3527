import { isCalendarDate, UNANSWERED, type EvidenceItem } from "../core/agency.js";
import { claimsPoints } from "../core/check-agency.js";
import { brokenLink } from "../core/evidence-link.js";
import type { Indicator, Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { dateText } from "../report/format-number.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { isPromptExit, lineAtExit } from "../prompts/prompt-exit.js";
import { dateRefusal, futureDayNote, laterThanAnswerNote } from "./describe.js";
import { parseDate, parseDayOfYear } from "./parse-number.js";
import { plainDashes, plainSpaces } from "../core/number-words.js";
import { EVIDENCE_FIELDS, sameDocument, sameField, type EvidenceField } from "./cited-documents.js";
import { unfitFields } from "./held-evidence.js";
import { citationAtNumber } from "../load/evidence-citation.js";
import { EVIDENCE_FIELD_MAX } from "../core/agency-schema.js";
import { withinLimit } from "./too-long.js";
import { commandOf, Navigate, type AskContext } from "./ask-context.js";

/** Evidence items: the rubric's minimum is enforced when the answer earns points; optional ones are offered. */
export async function askEvidence(ctx: AskContext, indicator: Indicator, value: unknown, current: EvidenceItem[], added: (items: EvidenceItem[], review?: boolean) => Promise<void>, typedLink?: string): Promise<EvidenceItem[]> {
  const rule = indicator.evidence;
  if (!rule || !claimsPoints(indicator, value)) return current;
  const { asker, lang } = ctx;
  const min = rule.required ? (rule.min ?? 1) : 0;
  // An answer asked again (changed from the menu) has its evidence already: kept unless the officer says otherwise.
  // Listed first: "keep 2 items?" alone left the officer to remember which (the file's texts shown, not obeyed).
  for (const item of current) ctx.print(`  · ${terminalSafe(documentLabel(item, lang), true)}`);
  const keepCurrent = current.length > 0 && (await asker.confirm({ message: message(lang, "assess-evidence-keep", { count: current.length }), default: true }));
  const items = keepCurrent ? current.map((item) => ({ ...item })) : [];
  // A document taken whole (kept here, or from another answer) dated after today (a slip, 2052) or after the date
  // answered: said, as a date typed so is, and kept. Kept items once, here: an answer changed may newly precede one.
  const sayDateNotes = (item: EvidenceItem) => {
    if (typeof item.date !== "string" || !isCalendarDate(item.date)) return;
    const future = futureDayNote(item.date, dateText(item.date, lang), ctx.today, lang);
    if (future) ctx.print(future);
    const afterAnswer = laterThanAnswerNote(item.date, indicator.input, value, lang);
    if (afterAnswer) ctx.print(afterAnswer);
  };
  items.forEach(sayDateNotes);
  const fields = rule.fields ?? [];
  const required = (field: EvidenceField) => fields.includes(field) || (fields.length === 0 && field === "title");
  const askedOrder = askingOrder(required);
  // The new item being typed, not yet among `items`; typedSince: a field given since the last save.
  let pending: EvidenceItem | undefined;
  let typedSince = false;
  // What was typed of an item before ? or m or Ctrl-C is saved, its missing fields asked when the question comes back: it was dropped.
  const keepTyped = async () => { if (typedSince) await added(pending ? [...items, pending] : [...items]); };
  // A document's day typed without its year (15/3) is that day of the rubric's period, said, as at a date question (it was "no valid day").
  const periodYear = /^\d{4}$/u.test(ctx.rubric.period) ? ctx.rubric.period : undefined;
  const documentDate = (text: string) => parseDate(text) ?? parseDayOfYear(text, periodYear);
  // Fields read from a whole citation typed at the number, offered at their own questions (Enter keeps them).
  const fromCitation = new Map<EvidenceField, string>();
  // The link typed with the answer, offered at the first new document's link (Enter keeps it).
  if (typedLink !== undefined) { fromCitation.set("link", typedLink); ctx.print(message(lang, "assess-link-offered", { where: message(lang, "assess-link-at-evidence") })); }
  // What is typed at a field, checked as the field takes it: true, or why not.
  const fieldCheck = (field: EvidenceField, v: string): true | string => {
    if (v.trim() === UNANSWERED || commandOf(v) === "menu") return true;
    if (!v.trim()) return required(field) ? message(lang, "assess-empty-typed") : true;
    if (field === "date" && !documentDate(v)) return dateRefusal(v, lang, periodYear);
    // Longer than the file's check takes (a whole page pasted): refused as typed, as a name is. At the number,
    // a citation's number and title are what is saved (see below).
    const cited = field === "number" ? citationAtNumber(v) : undefined;
    const fits = cited ? [withinLimit(cited.number, EVIDENCE_FIELD_MAX.number, lang), withinLimit(cited.title ?? "", EVIDENCE_FIELD_MAX.title, lang)] : field === "date" ? [] : [withinLimit(v.trim(), EVIDENCE_FIELD_MAX[field], lang)];
    const tooLong = fits.find((fit) => fit !== true);
    if (tooLong !== undefined) return tooLong;
    // Two addresses in one, a pasted invisible character or a javascript: link: typed again, told what to write. A
    // slip whose address meant is known ("www.…", "htps://…") is taken, then offered mended. An address that may be
    // right after all (it does not parse) is taken, and validate warns.
    const broken = field === "link" ? brokenLink(v) : undefined;
    return broken && broken.code !== "evidence-link-broken" && mendedLink(v) === undefined ? message(lang, broken.code, { ...broken, link: v.trim() }) : true;
  };
  // Ctrl-C with a field half typed: the field as it stands kept too, as a note is, the answer marked for review and
  // said (it was lost, the fields given before kept). Not what the field refuses, a command, or a link to mend.
  const keepAtExit = async (item: EvidenceItem, field: EvidenceField, typed: string | undefined) => {
    const named = message(lang, `evidence-${field}`).replace(/ \(.*\)$/u, "").toLowerCase();
    if (typed === undefined || typed.trim() === UNANSWERED || commandOf(typed) === "menu" || (field === "link" && mendedLink(typed))) return keepTyped();
    // Refused (a date in part, a title over the limit): not saved, and said so, or it went without a word.
    const refused = fieldCheck(field, typed);
    if (refused !== true) { await keepTyped(); ctx.print(message(lang, "assess-evidence-not-kept-at-exit", { field: named, code: indicator.code, why: terminalSafe(refused, true) })); return; }
    put(item, field, typed);
    typedSince = true;
    await added(pending ? [...items, pending] : [...items], true);
    ctx.print(message(lang, "assess-evidence-kept-at-exit", { field: named, code: indicator.code }));
  };
  // A field's question, for `item`.
  const askField = (item: EvidenceItem, field: EvidenceField, prompt: string, offered: string | undefined) => asker.text({
    message: prompt,
    ...(offered !== undefined ? { default: offered } : {}),
    validate: (v) => fieldCheck(field, v),
  }).catch(async (e: unknown) => { if (isPromptExit(e)) await keepAtExit(item, field, lineAtExit(e)); throw e; });
  // A number's pasted lookalikes (‑ U+2011, a dash, a no-break space) saved as the keyboard's, as a figure's are: a title keeps its typography.
  // "45/BC-UBND ngày 10/01/2025 về …" pasted at the number (as documents cite each other): the number alone is
  // saved, its date and title offered next (the whole sentence was saved as the number, the date asked as if not given).
  // The text a field took put in the item; whether it was a citation split so.
  const put = (item: EvidenceItem, field: EvidenceField, text: string): boolean => {
    const cited = field === "number" ? citationAtNumber(text) : undefined;
    if (cited) {
      // Held in the item at once too: Ctrl-C at the date keeps them.
      item.number = plainSpaces(plainDashes(cited.number));
      if (cited.date !== undefined) { item.date = cited.date; fromCitation.set("date", dateText(cited.date, lang)); }
      if (cited.title !== undefined) { item.title = cited.title; fromCitation.set("title", cited.title); }
    } else if (text.trim()) item[field] = field === "date" ? documentDate(text)! : field === "number" ? plainSpaces(plainDashes(text)).trim() : text.trim();
    else delete item[field];
    return cited !== undefined;
  };
  const ask = async (item: EvidenceItem, field: EvidenceField) => {
    const offered = fromCitation.get(field);
    // "Enter to skip" is not said where Enter keeps what is offered.
    let text = await askField(item, field, message(lang, `evidence-${field}`) + (required(field) || offered !== undefined ? "" : message(lang, "evidence-optional-field")), offered);
    // A link whose address meant is known ("tanphu.gov.vn/…" without https://, in Word's quotes): asked again with that
    // address offered, Enter taking it (refused, the link stayed on the line and Enter refused it again).
    for (let slip; field === "link" && (slip = mendedLink(text)); ) {
      text = await askField(item, field, message(lang, `${slip.code}-offered`, { link: terminalSafe(text.trim(), true), address: slip.address }), slip.address);
    }
    // "?" here too is "later": the value stays saved, the evidence is asked when the question comes back
    // (it was saved as evidence "?", which passed every check).
    // m opens the menu here too (it was saved as the document's number "m").
    if (text.trim() === UNANSWERED || commandOf(text) === "menu") {
      await keepTyped();
      // A further item, those asked for given, set aside untyped: the answer is complete and never comes back.
      const extra = pending !== undefined && items.length >= min;
      ctx.print(message(lang, typedSince ? "assess-evidence-later-typed" : extra ? "assess-evidence-later-none-needed" : "assess-evidence-later"));
      throw new Navigate(text.trim() === UNANSWERED ? "skip" : "menu");
    }
    if (put(item, field, text)) ctx.print(message(lang, "assess-evidence-citation-split", { number: terminalSafe(item.number!, true) }));
    fromCitation.delete(field);
    if (field === "date" && text.trim() && parseDate(text) === undefined) ctx.print(message(lang, "assess-date-year-added", { text: terminalSafe(text.trim(), true), date: dateText(item.date!, lang) }));
    // A document dated after today: said, kept (the officer may be filling in ahead).
    const future = field === "date" && text.trim() && item.date !== undefined ? futureDayNote(item.date, text, ctx.today, lang) : undefined;
    if (future) ctx.print(future);
    const later = field === "date" && text.trim() && item.date !== undefined ? laterThanAnswerNote(item.date, indicator.input, value, lang) : undefined;
    if (later) ctx.print(later);
    // Only fields skipped so far (Enter) give nothing to keep: saved, the item was `{}`, which validate refuses.
    if (Object.keys(item).length > 0) typedSince = true;
  };
  const unfit = (item: EvidenceItem) => unfitFields(item, rule);
  // A kept item the rubric's rule refuses (a hand edit) has those fields asked, or keeping it would leave the
  // file invalid, asked again at every resume.
  for (const [i, item] of items.entries()) {
    const wrong = unfit(item);
    if (wrong.length === 0) continue;
    ctx.print(message(lang, "assess-evidence-incomplete", { n: i + 1, fields: wrong.map((f) => message(lang, `evidence-${f}`)).join(", ") }));
    for (const field of wrong) await ask(item, field);
    await added([...items]);
    typedSince = false;
  }
  // Kept items: the loop below offers to add another.
  while (items.length < min || (await asker.confirm({ message: message(lang, items.length === 0 ? "assess-evidence-add" : "assess-evidence-more"), default: false }))) {
    // The minimum is said while it is not met: an optional further item is not "at least 1 needed".
    ctx.print(message(lang, "assess-evidence-heading", { n: items.length + 1, min: items.length < min ? message(lang, "assess-evidence-min", { min }) : "" }));
    const cited = await citedDocument(ctx, indicator, items, (number) => fromCitation.set("number", number));
    if (cited) sayDateNotes(cited);
    const item: EvidenceItem = cited ?? {};
    pending = item;
    // A document cited elsewhere is taken as it is, only the fields this indicator asks for besides asked.
    for (const field of cited ? unfit(item) : askedOrder) await ask(item, field);
    items.push(item);
    pending = undefined;
    await added([...items]);
    typedSince = false;
  }
  return items;
}

/**
 * A copy of a document another answer cites, chosen from a list, or undefined for a new one (the list's first
 * choice, Enter). Not offered when no other answer cites a document this one does not hold already.
 */
async function citedDocument(ctx: AskContext, indicator: Indicator, held: EvidenceItem[], newNumber: (typed: string) => void): Promise<EvidenceItem | undefined> {
  const { asker, lang } = ctx;
  // One held already is not offered, filled in here or not (a date added to the copy made it another document).
  const others = (ctx.documents?.(indicator.code) ?? []).filter((d) => !held.some((h) => sameDocument(h, d.item) || holdsAllOf(h, d.item)));
  if (others.length === 0) return undefined;
  const chosen = await asker.select<number>({
    message: message(lang, "assess-evidence-source"),
    choices: [
      { value: -1, name: message(lang, "assess-evidence-new") },
      // The file's texts and codes (a hand edit's, a file received) shown, not obeyed: an escape sequence in a
      // title would clear the screen or set the window's title, a bidi override reorder the list.
      // The link goes under the highlighted one: beside the title it took three lines a document at 80 columns.
      ...others.map((d, i) => ({ value: i, name: terminalSafe(listedLabel(d.item, others.map((o) => o.item), lang), true), description: terminalSafe([message(lang, "assess-evidence-cited-at", { codes: d.codes.join(", ") }), ...(d.item.link ? [d.item.link] : [])].join(" · "), true) })),
    ],
    default: -1,
    // ? and m then Enter, as at the number typed next: the Enter took "a new document" under the cursor.
    keys: { "?": LATER, m: MENU },
    // A number typed then Enter: the listed document of that number, else a new one, the text offered at its number
    // (it was dropped: the list's search matched nothing, Enter took "a new document", the number asked as if never
    // typed). Text a listed document's label begins with is left to the list's search.
    typed: (text, entered) => {
      if (text === "?" || text.toLowerCase() === "m") return undefined;
      const listed = others.findIndex((d) => sameField(d.item.number, text));
      if (listed >= 0) return listed;
      if (others.some((d) => documentLabel(d.item, lang).toLowerCase().startsWith(text.toLowerCase()))) return undefined;
      // Kept at Enter only: the list asks at each key to place its cursor, and a number typed then erased was offered.
      if (entered !== false) newNumber(text);
      return -1;
    },
  });
  if (chosen === LATER || chosen === MENU) {
    ctx.print(message(lang, "assess-evidence-later"));
    throw new Navigate(chosen === LATER ? "skip" : "menu");
  }
  return chosen < 0 ? undefined : { ...others[chosen]!.item };
}

/**
 * The order a new item's fields are asked in: those required first, then those Enter skips, each in the usual order
 * (number, date, title, link). After questions Enter skips, a required link was typed at the date and refused
 * (dti-cap-xa's 4.16), a required title typed at the number saved as the number (dti-cap-so's 3.5). Where the number
 * is required the usual order stays: a citation typed there fills the date and title asked next.
 */
function askingOrder(required: (field: EvidenceField) => boolean): readonly EvidenceField[] {
  if (required("number")) return EVIDENCE_FIELDS;
  return [...EVIDENCE_FIELDS.filter(required), ...EVIDENCE_FIELDS.filter((f) => !required(f))];
}

/** What ? and m pick at the list of documents cited elsewhere. */
const LATER = -2;
const MENU = -3;

/** A document as the list shows it: number · date · title, those it has (the link where it has nothing else). */
export function documentLabel(item: EvidenceItem, lang: Lang): string {
  // A hand edit may leave a field as a number or a list: shown as text, never a crash.
  const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  const named = [text(item.number), typeof item.date === "string" ? dateText(item.date, lang) : text(item.date), text(item.title)].filter((t) => t !== undefined && t !== "");
  return (named.length > 0 ? named : [text(item.link) ?? ""]).join(" · ");
}

/**
 * A document as the list shows it, its link added (or that it has none) where another listed one reads the same: a
 * report cited with its link at one indicator and without at another was listed twice alike.
 */
function listedLabel(item: EvidenceItem, listed: EvidenceItem[], lang: Lang): string {
  const label = documentLabel(item, lang);
  const alike = listed.filter((other) => documentLabel(other, lang) === label).length > 1;
  return alike ? `${label} · ${typeof item.link === "string" && item.link !== "" ? item.link : message(lang, "assess-evidence-no-link")}` : label;
}

/** Whether `held` has every field of `offered`, the same (and perhaps more, filled in when it was taken). */
function holdsAllOf(held: EvidenceItem, offered: EvidenceItem): boolean {
  return EVIDENCE_FIELDS.every((f) => offered[f] === undefined || sameField(held[f], offered[f]));
}

/** A link whose address meant is known (a slip in its https://, the quotes Word pasted it with): that finding. */
function mendedLink(typed: string): { code: "evidence-link-slip" | "evidence-link-quoted"; address: string } | undefined {
  const found = brokenLink(typed);
  return found && (found.code === "evidence-link-slip" || found.code === "evidence-link-quoted") && found.address !== undefined ? { code: found.code, address: found.address } : undefined;
}

