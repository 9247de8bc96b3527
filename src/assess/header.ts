import { PERIOD_IN_WORDS, type AgencyFile } from "../core/agency.js";
import type { Lang, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import type { Asker } from "../prompts/ask.js";
import { isEmail } from "../load/email-format.js";
import { CONTACT_MAX, hasNameCharacter, NAME_MAX, PERIOD_MAX } from "../core/agency-schema.js";
import { withinLimit } from "./too-long.js";
import { idFromText, WORD_END } from "../core/label-id.js";
import { typesNamed } from "../core/type-words.js";
import { terminalSafe } from "../report/terminal-safe.js";

type Header = Omit<AgencyFile, "answers">;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What `askHeader` does once the agency id is known: go on, or stop asking (the caller has another plan for the file). */
type AfterId = (id: string) => Promise<"continue" | "stop">;

/**
 * Why a typed agency id cannot be used, with the id it spells when it was typed as words (`Sở Y tế` → so-y-te).
 * `wordsTaken`: words that spell an id are taken (the id is then offered to accept with Enter).
 */
function idProblem(typed: string, lang: Lang, wordsTaken = false): string | undefined {
  if (ID.test(typed)) return undefined;
  if (wordsTaken && idFromText(typed) !== undefined) return undefined;
  if (typed === "") return message(lang, "assess-required");
  const id = idFromText(typed);
  return id === undefined ? message(lang, "header-id-invalid") : message(lang, "header-id-invalid-suggest", { suggestion: id });
}

/** Called with each header field whose value is new (asked, or set by --agency-type), so that it is saved at once. */
type OnHeaderField = (path: string[], value: unknown) => void;

/** Optional respondent fields: asked once, then kept even when left empty (null), so that a resumed file knows they were. */
const OPTIONAL = ["position", "phone", "email"] as const;

/**
 * Ask the header fields that are missing or unusable (all of them for a new file; only the gaps of a
 * file made by `init`, by hand or left by an interruption). Returns the header, or undefined when `afterId`
 * said stop. `onField` hears each new value as it is given: nothing typed is lost to a Ctrl-C in the header.
 * Without a file yet (`afterId`), the code is asked first: it names the file, so the name can be saved too.
 * `typeNote`: said under the type's list (which other rubric a commune needs), read when the type is asked.
 */
export async function askHeader(asker: Asker, lang: Lang, rubric: Rubric, existing: Partial<Header>, fixedType?: string, afterId?: AfterId, onField?: OnHeaderField, typeNote?: () => string | undefined): Promise<Header | undefined> {
  const m = (key: string) => message(lang, key);
  // A name as the file's check takes it (typed, it is saved trimmed): spaces or invisible characters alone, or
  // more than it allows, were saved and then refused, and no question mended them.
  const aName = (v: string) => {
    const problem = nameProblem(v.trim());
    return problem === undefined ? true : message(lang, problem, { max: NAME_MAX, count: [...v.trim()].length });
  };
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
  // A period longer than the file's check takes (PERIOD_MAX) is refused as typed, as a name is.
  const aPeriod = (v: string) => (v.trim() ? withinLimit(v.trim(), PERIOD_MAX, lang) : m("assess-required"));
  const mapping = (v: unknown) => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  const agency = (mapping(existing.agency) ?? {}) as Partial<Header["agency"]>;
  const say = (path: string[], value: unknown, was: unknown) => { if (value !== was) onField?.(path, value); };

  const givenName = validName(agency.name) ? (agency.name as string) : undefined;
  const givenId = text(agency.id) && ID.test(agency.id!) ? agency.id : undefined;
  // A name the file holds but its check refuses (a hand edit) is asked again, saying why.
  const again = (v: unknown) => (typeof v === "string" && v !== "" ? ` ${m("header-name-unusable")}` : "");
  const askName = async () => givenName ?? (await asker.text({ message: m("header-name") + again(agency.name), validate: aName })).trim();
  // A code the file holds but its check refuses (a hand edit: `id: Xã Quảng Phú`) is said, and the code it spells
  // offered: it was asked as for a new file, with no word of what the file had, and Enter was refused as empty.
  const heldId = typeof agency.id === "string" || typeof agency.id === "number" ? String(agency.id).trim() : "";
  const idAgain = givenId === undefined && heldId !== "" ? ` ${message(lang, "header-id-unusable", { found: terminalSafe(heldId, true) })}` : "";
  const spelt = idAgain ? (ID.test(heldId) ? heldId : idFromText(heldId)) : undefined;
  // Words typed for the code (the agency's name, as an officer answers "Mã cơ quan" first): kept to offer as the name.
  let wordsTyped: string | undefined;
  // `fromName`: the code the agency's name spells, offered when the name was asked first (Enter takes it).
  const askId = async (fromName?: string) => {
    if (givenId !== undefined) return givenId;
    const offered = spelt ?? fromName;
    const typed = (await asker.text({ message: m("header-id") + idAgain, ...(offered ? { default: offered } : {}), validate: (v) => idProblem(v.trim(), lang, true) ?? true })).trim();
    if (ID.test(typed)) return typed;
    // Refused with "did you mean xa-quang-phu?", the typed words stayed on the line and Enter refused them
    // again: the code they spell is now asked for with that code as the default.
    wordsTyped = typed;
    const suggestion = idFromText(typed)!;
    return (await asker.text({ message: message(lang, "header-id-spelled", { suggestion }), default: suggestion, validate: (v) => idProblem(v.trim(), lang) ?? true })).trim();
  };
  let name: string, id: string;
  if (afterId) {
    id = await askId();
    if ((await afterId(id)) === "stop") return undefined;
    say(["agency", "id"], id, agency.id);
    name = givenName ?? (wordsTyped !== undefined && aName(wordsTyped) === true
      ? (await asker.text({ message: m("header-name") + again(agency.name), default: wordsTyped, validate: aName })).trim()
      : await askName());
    say(["agency", "name"], name, agency.name);
  } else {
    name = await askName();
    say(["agency", "name"], name, agency.name);
    id = await askId(ID.test(name) ? name : idFromText(name));
    say(["agency", "id"], id, agency.id);
  }
  const types = rubric.agency_types.map((t) => t.id);
  // The note is every option's description: shown under the list whichever is highlighted, gone once one is chosen.
  const askType = () => {
    const note = typeNote?.();
    return asker.select<string>({ message: m("header-type"), choices: rubric.agency_types.map((t) => ({ value: t.id, name: t.label[lang], ...(note ? { description: note } : {}) })), ...typeOfName(rubric, name) });
  };
  const type = fixedType ?? (agency.type && types.includes(agency.type) ? agency.type : undefined)
    ?? (types.length === 1 ? types[0]! : await askType());
  say(["agency", "type"], type, agency.type);
  const cohorts = cohortsFor(rubric, type);
  const cohort = agency.cohort && cohorts.some((c) => c.id === agency.cohort) ? agency.cohort
    : cohorts.length > 1 ? await asker.select<string>({ message: m("header-cohort"), choices: cohorts.map((c) => ({ value: c.id, name: c.label[lang] })) })
    : cohorts[0]?.id;
  if (cohort !== undefined) say(["agency", "cohort"], cohort, agency.cohort);
  // One the rubric no longer has, with none to take its place (a later version without cohorts), is emptied:
  // kept, the file stayed invalid, and no question mended it.
  else if (agency.cohort !== undefined && agency.cohort !== null) say(["agency", "cohort"], null, agency.cohort);
  // A period written as text or a number counts; anything else (a mapping, a list, empty, too long) is asked again.
  const was = existing.period as unknown;
  const givenPeriod = typeof was === "number" ? String(was) : validPeriod(was) ? was : undefined;
  const period = givenPeriod ?? await askPeriod(asker, rubric, lang, aPeriod);
  say(["period"], period, givenPeriod);

  const old = mapping(existing.respondent);
  // What the file already holds is offered as the default: Enter keeps it (a phone number YAML read as a number too).
  const given = (v: unknown) => { const t = typeof v === "number" ? String(v) : text(v); return t === undefined ? {} : { default: t }; };
  const rName = (validName(old?.name) ? (old!.name as string) : undefined) ?? (await asker.text({ message: m("header-respondent") + again(old?.name), validate: aName })).trim();
  say(["respondent", "name"], rName, old?.name);
  const respondent: Record<string, unknown> = { name: rName };
  const asked = { position: "header-position", phone: "header-phone", email: "header-email" } as const;
  // An address or a phone number typed at the position (saved as the position without a word): offered at its own question.
  const carried: Partial<Record<(typeof OPTIONAL)[number], string>> = {};
  for (const key of OPTIONAL) {
    // Asked when the respondent is new to the file, or this field was never asked (an interruption, a hand edit).
    if (validName(old?.name) && old && Object.hasOwn(old, key) && !refusedContact(key, old[key])) { respondent[key] = old[key]; continue; }
    // The schema's own check: a looser one took ngọc.an@… and a trailing dot, and Finish then had no score.
    // A comma typed for a dot is let through, to be offered mended below (refused, it stayed on the line and Enter refused it again).
    // Longer than the file's check takes (CONTACT_MAX: a page pasted at the position) is refused as typed, as a name is.
    const fits = (v: string) => withinLimit(v.trim(), CONTACT_MAX[key], lang);
    const validate = key === "email" ? { validate: (v: string) => (!v.trim() || isEmail(v.trim()) || commaMended(v.trim()) !== undefined ? fits(v) : m("assess-bad-email")) }
      : key === "phone" ? { validate: (v: string) => (!v.trim() || looksLikePhone(v) ? fits(v) : m("assess-bad-phone")) } : { validate: fits };
    let value = (await asker.text({ message: m(asked[key]), ...(carried[key] !== undefined ? { default: carried[key] } : given(old?.[key])), ...validate })).trim() || null;
    for (let belongs; key === "position" && value !== null && (belongs = contactField(value)); ) {
      carried[belongs] = value;
      value = (await asker.text({ message: message(lang, `header-position-${belongs}`, { typed: terminalSafe(value, true) }), validate: fits })).trim() || null;
    }
    for (let mended; key === "email" && value !== null && (mended = commaMended(value)); ) {
      value = (await asker.text({ message: message(lang, "header-email-comma-offered", { suggestion: mended }), default: mended, ...validate })).trim() || null;
    }
    say(["respondent", key], value, old && Object.hasOwn(old, key) ? old[key] : undefined);
    respondent[key] = value;
  }
  return {
    rubric: { id: rubric.id, version: rubric.version },
    ...(existing.example ? { example: existing.example } : {}),
    agency: { id, name, type, ...(cohort ? { cohort } : {}) },
    period,
    respondent: respondent as Header["respondent"],
    ...(existing.submitted ? { submitted: existing.submitted } : {}),
  };
}

/**
 * The type an agency's name says, offered first: "UBND phường Đông Hà" starts with the ward type's label, "Xã
 * Quảng Phú" with the help's word for a commune. Enter took the list's first type, "UBND xã", for a ward too,
 * and the ward's own bands were not applied.
 */
function typeOfName(rubric: Rubric, name: string): { default?: string } {
  const text = name.normalize("NFC").trim().toLowerCase();
  const byLabel = rubric.agency_types.filter((t) => [t.label.vi, t.label.en].some((l) => {
    const label = l.normalize("NFC").trim().toLowerCase();
    const rest = text.slice(label.length);
    return text.startsWith(label) && (rest === "" || WORD_END.test(rest));
  }));
  if (byLabel.length === 1) return { default: byLabel[0]!.id };
  const first = typesNamed(rubric.agency_types, text.split(/[\s,]+/u)[0] ?? "");
  return first.length === 1 ? { default: first[0]! } : {};
}

/** Whether the header already holds everything the agency schema requires. */
export function headerComplete(data: Partial<Header>, rubric: Rubric): boolean {
  const a = data.agency as Partial<Header["agency"]> | undefined;
  return !!a && validName(a.name) && typeof a.id === "string" && ID.test(a.id)
    && typeof a.type === "string" && rubric.agency_types.some((t) => t.id === a.type)
    // A cohort the rubric does not have for the type (renamed or removed in a later version of it) is a gap:
    // askHeader asks it again, where it was an error "the questions cannot mend" and the file could not be sent.
    && (a.cohort === undefined || a.cohort === null || cohortsFor(rubric, a.type).some((c) => c.id === a.cohort))
    && (validPeriod(data.period) || typeof data.period === "number")
    && !!data.respondent && typeof data.respondent === "object" && validName(data.respondent.name)
    // An optional field never asked (an interruption after the respondent's name) is a gap too.
    && OPTIONAL.every((key) => Object.hasOwn(data.respondent!, key))
    // An address the file's check refuses, or a contact longer than it takes (a hand edit), is asked again with the header.
    && !OPTIONAL.some((key) => refusedContact(key, data.respondent![key]));
}

/** The cohorts that may rank an agency of `type`: those that list it, and those that list no type. */
function cohortsFor(rubric: Rubric, type: string): NonNullable<Rubric["cohorts"]> {
  return (rubric.cohorts ?? []).filter((c) => !c.agency_types || c.agency_types.includes(type));
}

/** A period written as text the file's check takes (not empty, at most PERIOD_MAX): one it refuses is asked again. */
function validPeriod(v: unknown): v is string {
  return typeof v === "string" && v.trim() !== "" && [...v].length <= PERIOD_MAX;
}

/** A name the file's check takes (see hasNameCharacter, NAME_MAX): one it refuses is asked again. */
function validName(v: unknown): v is string {
  return typeof v === "string" && nameProblem(v) === undefined;
}

/** What keeps a name from the file's check, as a message key; undefined for a name it takes. */
function nameProblem(v: string): string | undefined {
  if (!v.trim()) return "assess-required";
  if (!hasNameCharacter(v)) return "assess-name-no-letter";
  return [...v].length > NAME_MAX ? "assess-too-long" : undefined;
}

/** The address meant where a comma was typed for a dot (gov,vn, the key beside it); undefined for any other text. */
function commaMended(typed: string): string | undefined {
  const dotted = typed.replace(/,/g, ".");
  return typed.includes(",") && isEmail(dotted) ? dotted : undefined;
}

/** The respondent's field a text typed at the position is: an e-mail address or a phone number, else none. */
function contactField(typed: string): "email" | "phone" | undefined {
  return isEmail(typed) ? "email" : looksLikePhone(typed) ? "phone" : undefined;
}

/** A stored contact field the file's check refuses: an address that is none (an empty one is none), a text longer than CONTACT_MAX. */
function refusedContact(key: (typeof OPTIONAL)[number], value: unknown): boolean {
  if (typeof value !== "string") return false;
  return [...value].length > CONTACT_MAX[key] || (key === "email" && value !== "" && !isEmail(value));
}

/**
 * The period, confirmed where it is not the rubric's: typed "2024" in a 2025 rubric (last year's report at hand), the
 * file was told only at Finish, by validate and by the collector that it "may be a file of another year".
 */
async function askPeriod(asker: Asker, rubric: Rubric, lang: Lang, valid: (v: string) => true | string): Promise<string> {
  for (;;) {
    const period = periodAsTyped(await asker.text({ message: message(lang, "header-period"), default: rubric.period, validate: valid }));
    if (!rubric.period || period === rubric.period) return period;
    if (await asker.confirm({ message: message(lang, "header-period-other", { period, rubric_period: rubric.period }), default: false })) return period;
  }
}

/**
 * The period as the officer says it: "năm 2025" (or "Năm 2025", "year 2025") is the year, written as the
 * rubric and the checks write it. Kept as typed, it was told at Finish, by score and validate that it "may be
 * a file of another year" (period-mismatch), and the evidence dates were not checked against it.
 */
function periodAsTyped(text: string): string {
  const t = text.normalize("NFC").trim();
  return PERIOD_IN_WORDS.exec(t)?.[1] ?? t;
}

/** A phone number as officers write one (0912 345 678, (0232) 3822 123, +84 912…, two with a /): digits and their separators. */
export function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, "").length;
  return /^[\d\s+().\-/,]+$/.test(text.trim()) && digits >= 8 && digits <= 30;
}
