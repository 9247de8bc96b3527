import { compareCodes, naPolicy } from "../../core/codes.js";
import { editDistance } from "../../core/edit-distance.js";
import type { BandSet, Group, Indicator, Input, Option, Rubric, Text } from "../../core/rubric.js";
import { nodes } from "../tree.js";
import { ruleChanges, type RuleChange } from "./rule-changes.js";
import { bandsSummary, evidenceSummary, inputSummary, ruleSummary, sameIgnoringLabels } from "./summaries.js";

interface NodeRef { code: string; title: Text; kind: "group" | "indicator"; max: number; parent: string }
/** `rule`: a rule's change number by number, where it kept its type (the reports say it in words). */
/**
 * `bands`: the band sets each side, by their labels, for the reports people read; `old` and `new` name types and
 * levels by id, as json keeps them (the text formats say "Ward People's Committee", "Excellent ≥ 860"), and are
 * the same where only a level's label changed. `relabelled`: how many agencies of the corpus the new version rates
 * in a band of the same id under another label (set by runImpact: every report names the band by its new label).
 */
export interface FieldChange { field: string; old: string | Text; new: string | Text; rule?: RuleChange[]; bands?: { old: LabelledBands[]; new: LabelledBands[] }; relabelled?: number }
/** One band set as its labels read: the agency types it is for (none: the main bands), its basis and levels. */
export interface LabelledBands { types?: Text[]; basis: BandSet["basis"]; levels: { id: string; label: Text; min: number }[] }
export type ItemChange =
  | { change: "added"; node: NodeRef }
  | { change: "removed"; node: NodeRef }
  /** Same title under a new code: answers to the old code are carried over to the new one. */
  | { change: "recoded"; old: NodeRef; node: NodeRef; fields: FieldChange[] }
  /** Same code; a title among the fields is a rename. */
  | { change: "changed"; old: NodeRef; node: NodeRef; fields: FieldChange[] };
export interface RubricDiff { rubric: FieldChange[]; items: ItemChange[] }

type Entry = { ref: NodeRef; node: Group | Indicator };

/** What changed between two versions of a rubric: its settings, and every group and indicator added, removed, recoded or changed. */
export function diffRubrics(before: Rubric, after: Rubric): RubricDiff {
  const { pairs, removed, added } = match(entries(before), entries(after));
  // A group renumbered keeps its indicators: their parent is compared by the group matched, not by its code.
  const groupToNew = new Map(pairs.filter(([old]) => old.ref.kind === "group").map(([old, now]) => [old.ref.code, now.ref.code]));
  const items: ItemChange[] = [];
  for (const [old, now] of pairs) {
    const fields = fieldChanges(old, now, before, after, groupToNew);
    if (old.ref.code !== now.ref.code) items.push({ change: "recoded", old: old.ref, node: now.ref, fields });
    else if (fields.length > 0) items.push({ change: "changed", old: old.ref, node: now.ref, fields });
  }
  for (const old of removed) items.push({ change: "removed", node: old.ref });
  for (const now of added) items.push({ change: "added", node: now.ref });
  items.sort((x, y) => compareCodes(codeOf(x), codeOf(y)));
  return { rubric: rubricChanges(before, after), items };
}

/**
 * Which node of the new version each node of the old one is: the same code with the same title; else the
 * same title under another code (renumbering: an indicator inserted, two swapped), where the title names
 * one node on each side; else the same code (a rename). What is left was removed or added.
 */
function match(a: Map<string, Entry>, b: Map<string, Entry>): { pairs: [Entry, Entry][]; removed: Entry[]; added: Entry[] } {
  const pairs: [Entry, Entry][] = [];
  const freeA = new Map(a), freeB = new Map(b);
  const pair = (old: Entry, now: Entry) => { pairs.push([old, now]); freeA.delete(old.ref.code); freeB.delete(now.ref.code); };
  const alike = (x: Entry, y: Entry) => x.ref.kind === y.ref.kind && sameTitle(x.ref.title, y.ref.title);
  for (const old of a.values()) {
    const now = b.get(old.ref.code);
    if (now && alike(old, now)) pair(old, now);
  }
  for (const old of [...freeA.values()]) {
    const candidates = [...freeB.values()].filter((now) => alike(old, now));
    if (candidates.length === 1 && [...freeA.values()].filter((other) => alike(other, candidates[0]!)).length === 1) pair(old, candidates[0]!);
  }
  for (const old of [...freeA.values()]) {
    const now = freeB.get(old.ref.code);
    if (now) pair(old, now);
  }
  return { pairs, removed: [...freeA.values()], added: [...freeB.values()] };
}

/**
 * How an answer keyed by an indicator code is read under the other version: carried to the code given, or
 * dropped (null) where the other version uses the code for a different indicator. Codes not listed mean
 * the same indicator on both sides (or one the other side lacks, which validation drops).
 */
export interface CodeMaps {
  toNew: Map<string, string | null>; toOld: Map<string, string | null>;
  /** The old code of each group the new version renumbered: its indicators stay in the same group. */
  groupToOld: Map<string, string>;
  /** Indicators that kept their code and were given another meaning (see retitled): answers carried, each said. */
  retitled: Map<string, { old: Text; new: Text }>;
}

export function codeMaps(diff: RubricDiff): CodeMaps {
  const toNew = new Map<string, string | null>(), toOld = new Map<string, string | null>();
  const groupToOld = new Map<string, string>();
  const retitled = new Map<string, { old: Text; new: Text }>();
  const oldCodes = new Set<string>(), newCodes = new Set<string>();
  for (const c of diff.items) {
    if (c.node.kind === "group" && c.change === "recoded") groupToOld.set(c.node.code, c.old.code);
    if (c.node.kind !== "indicator") continue;
    if (c.change === "changed" && isRetitle(c.old.title, c.node.title)) retitled.set(c.node.code, { old: c.old.title, new: c.node.title });
    if (c.change === "recoded") { toNew.set(c.old.code, c.node.code); toOld.set(c.node.code, c.old.code); }
    if (c.change === "recoded" || c.change === "added") newCodes.add(c.node.code);
    if (c.change === "recoded") oldCodes.add(c.old.code);
    if (c.change === "removed") oldCodes.add(c.node.code);
  }
  // A code that left one indicator and names another now: the answer is about the old one.
  for (const c of diff.items) {
    if (c.node.kind !== "indicator") continue;
    if (c.change === "removed" && newCodes.has(c.node.code)) toNew.set(c.node.code, null);
    if (c.change === "added" && oldCodes.has(c.node.code)) toOld.set(c.node.code, null);
  }
  return { toNew, toOld, groupToOld, retitled };
}

function codeOf(c: ItemChange): string {
  return c.node.code;
}

function entries(rubric: Rubric): Map<string, Entry> {
  return new Map(nodes(rubric).map(({ node, parent, adjustment }) => [node.code, {
    node,
    ref: { code: node.code, title: node.title, kind: node.kind, max: node.max, parent: parent?.code ?? adjustment ?? "" },
  }]));
}

/**
 * The same title, spaces, case and years aside: a new year's revision retitles "Kế hoạch chuyển đổi số năm 2025"
 * as "… năm 2026" in both languages, and moved so, it was another indicator (its answers dropped, and the code's
 * new holder paired with it).
 */
function sameTitle(x: Text, y: Text): boolean {
  return normTitle(x.vi) === normTitle(y.vi) || normTitle(x.en) === normTitle(y.en);
}

/**
 * The same code given another meaning: its title differs by more than two one-letter slips in both languages,
 * spaces, case and years aside. A typo fixed, or a title reworded in one language only, is the same question;
 * a new question under the old code is given the answers written for the old one.
 */
function isRetitle(x: Text, y: Text): boolean {
  const far = (a: string, b: string) => editDistance(normTitle(a), normTitle(b)) > 2;
  return far(x.vi, y.vi) && far(x.en, y.en);
}

function normTitle(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase().replace(YEAR, "YYYY");
}

/** A year as titles write one ("năm 2025", "its 2025 plan"), not part of a longer number. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The years a text names, in order: "2025" of "Kế hoạch năm 2025". */
export function yearsIn(text: string): string[] {
  return text.match(YEAR) ?? [];
}

/**
 * Two titles that differ in their years only, in both languages ("… năm 2025" → "… năm 2026"): a new year's
 * revision, not a rename (the item is the same one, its answers carried as they are).
 */
export function yearsOnlyChanged(x: Text, y: Text): boolean {
  const aside = (s: string) => s.replace(YEAR, "YYYY");
  return aside(x.vi) === aside(y.vi) && aside(x.en) === aside(y.en) && (x.vi !== y.vi || x.en !== y.en);
}

/**
 * An input's change: the options one by one when only they changed in a choice or checklist
 * ("option thi-dua: 5 → –"), the whole input otherwise.
 */
function inputChanges(o: Input, n: Input): FieldChange[] {
  if (o.type !== n.type || (o.type !== "choice" && o.type !== "checklist") || (n.type !== "choice" && n.type !== "checklist")) {
    return [{ field: "input", old: inputSummary(o), new: inputSummary(n) }];
  }
  const worth = (opt: Option | undefined) => (opt === undefined ? "–" : opt.points !== undefined ? String(opt.points) : opt.fraction !== undefined ? `×${opt.fraction}` : "0");
  const before = new Map(o.options.map((opt) => [opt.id, opt]));
  const after = new Map(n.options.map((opt) => [opt.id, opt]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const out = ids.flatMap((id) => {
    const x = worth(before.get(id)), y = worth(after.get(id));
    return x === y ? [] : [{ field: `option:${id}`, old: x, new: y }];
  });
  // Only the order changed: said as the whole input.
  return out.length > 0 ? out : [{ field: "input", old: inputSummary(o), new: inputSummary(n) }];
}

/** `na`: each version's default N/A policy, so that an indicator's policy is compared as it applies. */
function fieldChanges(before: Entry, after: Entry, beforeRubric: Rubric, afterRubric: Rubric, groupToNew: ReadonlyMap<string, string>): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: string, x: string, y: string) => { if (x !== y) out.push({ field, old: x, new: y }); };
  const o = before.node, n = after.node;
  if (o.title.vi !== n.title.vi || o.title.en !== n.title.en) out.push({ field: "title", old: o.title, new: n.title });
  if (o.kind !== n.kind) { add("kind", o.kind, n.kind); return out; }
  add("max", String(o.max), String(n.max));
  if ((groupToNew.get(before.ref.parent) ?? before.ref.parent) !== after.ref.parent) add("parent", before.ref.parent, after.ref.parent);
  add("applies_to", types(o.applies_to), types(n.applies_to));
  add("weight", String(o.weight ?? 1), String(n.weight ?? 1));
  if (o.kind === "group" && n.kind === "group") {
    add("aggregate", o.aggregate ?? "sum", n.aggregate ?? "sum");
    add("cap", String(o.cap ?? "–"), String(n.cap ?? "–"));
    add("floor", String(o.floor ?? "–"), String(n.floor ?? "–"));
  }
  if (o.kind === "indicator" && n.kind === "indicator") {
    add("info_only", String(o.info_only === true), String(n.info_only === true));
    if (!sameIgnoringLabels(o.input, n.input)) out.push(...inputChanges(o.input, n.input));
    if (!sameIgnoringLabels(o.rule ?? null, n.rule ?? null)) {
      const numbers = ruleChanges(o.rule, n.rule, n.input.type === "percent" || n.input.type === "fraction");
      out.push({ field: "rule", old: ruleSummary(o.rule), new: ruleSummary(n.rule), ...(numbers ? { rule: numbers } : {}) });
    }
    add("na", naPolicy(beforeRubric, o), naPolicy(afterRubric, n));
    add("evidence", evidenceSummary(o.evidence), evidenceSummary(n.evidence));
  }
  return out;
}

function types(list: string[] | undefined): string {
  return list ? [...list].sort().join(", ") : "all";
}

function rubricChanges(o: Rubric, n: Rubric): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: string, x: string, y: string) => { if (x !== y) out.push({ field, old: x, new: y }); };
  add("id", o.id, n.id);
  add("version", o.version, n.version);
  // The rubric's own name, shown atop every report and form: retitled, as an agency type's label is.
  if (o.title.vi !== n.title.vi || o.title.en !== n.title.en) out.push({ field: "title", old: o.title, new: n.title });
  // The period files are checked against (period-mismatch): a new year's rubric says it.
  add("period", o.period ?? "–", n.period ?? "–");
  add("scale", String(o.scale), String(n.scale));
  add("rounding.decimals", String(o.rounding.decimals), String(n.rounding.decimals));
  add("aggregate", o.aggregate ?? "sum", n.aggregate ?? "sum");
  add("defaults.na", o.defaults?.na ?? "forbidden", n.defaults?.na ?? "forbidden");
  add("agency_types", o.agency_types.map((t) => t.id).join(", "), n.agency_types.map((t) => t.id).join(", "));
  // A type kept by its id and renamed: every report and form shows the new name, though the ids alone were unchanged.
  for (const t of n.agency_types) {
    const was = o.agency_types.find((x) => x.id === t.id);
    if (was && (was.label.vi !== t.label.vi || was.label.en !== t.label.en)) out.push({ field: `agency_type:${t.id}`, old: was.label, new: t.label });
  }
  add("cohorts", cohorts(o), cohorts(n));
  // A level renamed keeps its id and minimum, so the summaries alone missed it, though every report shows the new name.
  const bands = (field: string, x: string, y: string, labelledX: LabelledBands[], labelledY: LabelledBands[]) => {
    if (x !== y || !sameLevelLabels(labelledX, labelledY)) out.push({ field, old: x, new: y, bands: { old: labelledX, new: labelledY } });
  };
  bands("bands", bandsSummary(o.bands), bandsSummary(n.bands), [labelledBands(o.bands)], [labelledBands(n.bands)]);
  bands("bands.by_agency_type", byType(o), byType(n), labelledByType(o), labelledByType(n));
  add("bonus.cap", String(o.bonus?.cap ?? "–"), String(n.bonus?.cap ?? "–"));
  add("penalty.cap", String(o.penalty?.cap ?? "–"), String(n.penalty?.cap ?? "–"));
  return out;
}

function cohorts(r: Rubric): string {
  return (r.cohorts ?? []).map((c) => `${c.id}(${c.agency_types?.join("+") ?? "*"})`).join(", ") || "–";
}

function byType(r: Rubric): string {
  return (r.bands.by_agency_type ?? []).map((b) => `${b.agency_types.join("+")} ${bandsSummary(b)}`).join("; ") || "–";
}

function labelledBands(set: BandSet, types?: Text[]): LabelledBands {
  return { ...(types ? { types } : {}), basis: set.basis, levels: set.levels.map((l) => ({ id: l.id, label: l.label, min: l.min })) };
}

/** The levels' labels of each set, in both languages (the types' labels are agency_types' own change). */
function sameLevelLabels(x: LabelledBands[], y: LabelledBands[]): boolean {
  const labels = (sets: LabelledBands[]) => JSON.stringify(sets.map((set) => set.levels.map((l) => [l.label.vi, l.label.en])));
  return labels(x) === labels(y);
}

/** A type the rubric does not declare (rubric show refuses it) goes by its id in both languages. */
function labelledByType(r: Rubric): LabelledBands[] {
  const label = (id: string): Text => r.agency_types.find((t) => t.id === id)?.label ?? { vi: id, en: id };
  return (r.bands.by_agency_type ?? []).map((b) => labelledBands(b, b.agency_types.map(label)));
}
