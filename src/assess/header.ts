import type { AgencyFile } from "../core/agency.js";
import type { Lang, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import type { Asker } from "../prompts/ask.js";

type Header = Omit<AgencyFile, "answers">;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What `askHeader` does once the agency id is known: go on, or stop asking (the caller has another plan for the file). */
export type AfterId = (id: string) => Promise<"continue" | "stop">;

/** Called after each header answer with the fields known so far, so that they can be saved at once. */
export type OnHeaderField = (known: Partial<Header>) => void;

/**
 * Ask the header fields that are missing or unusable (all of them for a new file; only the gaps of a
 * file made by `init` or by hand). Returns the fields to set, or undefined when `afterId` said stop.
 * `onField` hears each answer as it is given (nothing typed is lost to a Ctrl-C in the header).
 */
export async function askHeader(asker: Asker, lang: Lang, rubric: Rubric, existing: Partial<Header>, fixedType?: string, afterId?: AfterId, onField?: OnHeaderField): Promise<Header | undefined> {
  const m = (key: string) => message(lang, key);
  const required = (v: string) => (v.trim() ? true : m("assess-required"));
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
  const agency = (existing.agency ?? {}) as Partial<Header["agency"]>;
  const known: Partial<Header> = { rubric: { id: rubric.id, version: rubric.version }, ...(existing.example ? { example: existing.example } : {}) };
  const got = (fields: Partial<Header>, asked: boolean) => { Object.assign(known, fields); if (asked) onField?.({ ...known }); };

  const givenName = text(agency.name);
  const name = givenName ?? (await asker.text({ message: m("header-name"), validate: required })).trim();
  // The code's key in its place, empty until it is typed.
  got({ agency: { id: null, name } as unknown as Header["agency"] }, !givenName);
  const givenId = text(agency.id) && ID.test(agency.id!) ? agency.id : undefined;
  const id = givenId ?? (await asker.text({ message: m("header-id"), validate: (v) => (ID.test(v.trim()) ? true : m("header-id-invalid")) })).trim();
  if (afterId && (await afterId(id)) === "stop") return undefined;
  got({ agency: { id, name } as Header["agency"] }, !givenName || !givenId);
  const types = rubric.agency_types.map((t) => t.id);
  const givenType = fixedType ?? (agency.type && types.includes(agency.type) ? agency.type : undefined) ?? (types.length === 1 ? types[0]! : undefined);
  const type = givenType ?? await asker.select<string>({ message: m("header-type"), choices: rubric.agency_types.map((t) => ({ value: t.id, name: t.label[lang] })) });
  const cohorts = (rubric.cohorts ?? []).filter((c) => !c.agency_types || c.agency_types.includes(type));
  const askCohort = !(agency.cohort && cohorts.some((c) => c.id === agency.cohort)) && cohorts.length > 1;
  const cohort = !askCohort && agency.cohort && cohorts.some((c) => c.id === agency.cohort) ? agency.cohort
    : askCohort ? await asker.select<string>({ message: m("header-cohort"), choices: cohorts.map((c) => ({ value: c.id, name: c.label[lang] })) })
    : cohorts[0]?.id;
  got({ agency: { id, name, type, ...(cohort ? { cohort } : {}) } }, givenType === undefined || askCohort);
  // An empty `period:` (null) is a gap to ask, not the text "null".
  const givenPeriod = text(existing.period === undefined || existing.period === null ? undefined : String(existing.period));
  const period = givenPeriod ?? (await asker.text({ message: m("header-period"), default: rubric.period, validate: required })).trim();
  got({ period }, givenPeriod === undefined);
  let respondent = existing.respondent;
  if (!respondent || !text(respondent.name)) {
    // What the file already holds is offered as the default: Enter keeps it.
    const given = (v: unknown) => { const t = text(v); return t === undefined ? {} : { default: t }; };
    // A field left empty that the file has (an init file's `phone:` and its comment) stays there, empty, to fill in later.
    const kept = (key: "position" | "phone" | "email", value: string) => (value ? { [key]: value } : respondent && Object.hasOwn(respondent, key) ? { [key]: null } : {});
    const rName = (await asker.text({ message: m("header-respondent"), validate: required })).trim();
    got({ respondent: { ...respondent, name: rName } }, true);
    const position = (await asker.text({ message: m("header-position"), ...given(respondent?.position) })).trim();
    got({ respondent: { ...known.respondent!, ...kept("position", position) } }, true);
    const phone = (await asker.text({ message: m("header-phone"), ...given(respondent?.phone) })).trim();
    got({ respondent: { ...known.respondent!, ...kept("phone", phone) } }, true);
    const email = (await asker.text({ message: m("header-email"), ...given(respondent?.email), validate: (v) => (!v.trim() || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? true : m("bad-format")) })).trim();
    respondent = { name: rName, ...kept("position", position), ...kept("phone", phone), ...kept("email", email) } as Header["respondent"];
  }
  return {
    rubric: { id: rubric.id, version: rubric.version },
    ...(existing.example ? { example: existing.example } : {}),
    agency: { id: id!, name, type, ...(cohort ? { cohort } : {}) },
    period,
    respondent,
    ...(existing.submitted ? { submitted: existing.submitted } : {}),
  };
}

/** Whether the header already holds everything the agency schema requires. */
export function headerComplete(data: Partial<Header>, rubric: Rubric): boolean {
  const a = data.agency as Partial<Header["agency"]> | undefined;
  return !!a && typeof a.name === "string" && a.name.trim() !== "" && typeof a.id === "string" && ID.test(a.id)
    && typeof a.type === "string" && rubric.agency_types.some((t) => t.id === a.type)
    && (data.period !== undefined && data.period !== null && String(data.period).trim() !== "")
    && !!data.respondent && typeof data.respondent.name === "string" && data.respondent.name.trim() !== "";
}
