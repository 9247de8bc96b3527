import { compareCodes } from "../../core/codes.js";
import type { Group, Indicator, Rubric, Text } from "../../core/rubric.js";
import { nodes } from "../tree.js";
import { bandsSummary, evidenceSummary, inputSummary, ruleSummary, sameIgnoringLabels } from "./summaries.js";

export interface NodeRef { code: string; title: Text; kind: "group" | "indicator"; max: number; parent: string }
export interface FieldChange { field: string; old: string | Text; new: string | Text }
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
  const a = entries(before), b = entries(after);
  const items: ItemChange[] = [];
  const removed = [...a.values()].filter((e) => !b.has(e.ref.code));
  const added = [...b.values()].filter((e) => !a.has(e.ref.code));
  for (const old of removed) {
    const i = added.findIndex((n) => n.ref.kind === old.ref.kind && sameTitle(n.ref.title, old.ref.title));
    if (i < 0) { items.push({ change: "removed", node: old.ref }); continue; }
    const [renamed] = added.splice(i, 1);
    items.push({ change: "recoded", old: old.ref, node: renamed!.ref, fields: fieldChanges(old, renamed!) });
  }
  for (const n of added) items.push({ change: "added", node: n.ref });
  for (const old of a.values()) {
    const now = b.get(old.ref.code);
    if (!now) continue;
    const fields = fieldChanges(old, now);
    if (fields.length > 0) items.push({ change: "changed", old: old.ref, node: now.ref, fields });
  }
  items.sort((x, y) => compareCodes(codeOf(x), codeOf(y)));
  return { rubric: rubricChanges(before, after), items };
}

/** Old code → new code for indicators that kept their title under a new code. */
export function recodings(diff: RubricDiff): Map<string, string> {
  return new Map(diff.items.flatMap((c) => (c.change === "recoded" && c.node.kind === "indicator" ? [[c.old.code, c.node.code] as const] : [])));
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

function sameTitle(x: Text, y: Text): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  return norm(x.vi) === norm(y.vi) || norm(x.en) === norm(y.en);
}

function fieldChanges(before: Entry, after: Entry): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: string, x: string, y: string) => { if (x !== y) out.push({ field, old: x, new: y }); };
  const o = before.node, n = after.node;
  if (o.title.vi !== n.title.vi || o.title.en !== n.title.en) out.push({ field: "title", old: o.title, new: n.title });
  if (o.kind !== n.kind) { add("kind", o.kind, n.kind); return out; }
  add("max", String(o.max), String(n.max));
  add("parent", before.ref.parent, after.ref.parent);
  add("applies_to", types(o.applies_to), types(n.applies_to));
  add("weight", String(o.weight ?? "–"), String(n.weight ?? "–"));
  if (o.kind === "group" && n.kind === "group") {
    add("aggregate", o.aggregate ?? "sum", n.aggregate ?? "sum");
    add("cap", String(o.cap ?? "–"), String(n.cap ?? "–"));
    add("floor", String(o.floor ?? "–"), String(n.floor ?? "–"));
  }
  if (o.kind === "indicator" && n.kind === "indicator") {
    add("info_only", String(o.info_only === true), String(n.info_only === true));
    if (!sameIgnoringLabels(o.input, n.input)) out.push({ field: "input", old: inputSummary(o.input), new: inputSummary(n.input) });
    if (!sameIgnoringLabels(o.rule ?? null, n.rule ?? null)) out.push({ field: "rule", old: ruleSummary(o.rule), new: ruleSummary(n.rule) });
    add("na", o.na ?? "default", n.na ?? "default");
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
  add("scale", String(o.scale), String(n.scale));
  add("rounding.decimals", String(o.rounding.decimals), String(n.rounding.decimals));
  add("aggregate", o.aggregate ?? "sum", n.aggregate ?? "sum");
  add("defaults.na", o.defaults?.na ?? "forbidden", n.defaults?.na ?? "forbidden");
  add("agency_types", o.agency_types.map((t) => t.id).join(", "), n.agency_types.map((t) => t.id).join(", "));
  add("cohorts", cohorts(o), cohorts(n));
  add("bands", bandsSummary(o.bands), bandsSummary(n.bands));
  add("bands.by_agency_type", byType(o), byType(n));
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
