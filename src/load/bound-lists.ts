import type { Issue } from "../core/issue.js";
import { setOwn } from "../core/own-key.js";

/**
 * Lists longer than this are cut before the generated validator sees them: it joins the errors of each
 * list item to the ones before with concat, so its time grows with the square of the failing items
 * (100,000 evidence items with a wrong date took 49 s). No answer needs anything near this many.
 */
export const MAX_LIST_ITEMS = 500;

/**
 * Mappings with more keys than this are cut the same way: each unknown key of `answers` is checked and
 * given a "did you mean" (266,000 keys in a 4 MB file took 41 s and 710 MB). A rubric has at most 1000
 * indicators (MAX_INDICATORS), so no answers an agency can give are cut.
 */
export const MAX_MAP_ENTRIES = 2000;

/** The data with every list cut to MAX_LIST_ITEMS and every mapping to MAX_MAP_ENTRIES (copied along the way, the rest shared), and a finding for each cut list. */
export function boundLists(data: Record<string, unknown>): { data: Record<string, unknown>; issues: Issue[] } {
  const issues: Issue[] = [];
  const bound = (value: unknown, path: string[]): unknown => {
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) issues.push({ code: "too-many-items", path, params: { count: value.length, limit: MAX_LIST_ITEMS } });
      const kept = value.length > MAX_LIST_ITEMS ? value.slice(0, MAX_LIST_ITEMS) : value;
      let copy: unknown[] | undefined;
      kept.forEach((item, i) => {
        const next = bound(item, [...path, String(i)]);
        if (next !== item) (copy ??= [...kept])[i] = next;
      });
      return copy ?? kept;
    }
    if (value === null || typeof value !== "object") return value;
    let copy: Record<string, unknown> | undefined;
    let entries = Object.entries(value);
    if (entries.length > MAX_MAP_ENTRIES) {
      issues.push({ code: "too-many-entries", path, params: { count: entries.length, limit: MAX_MAP_ENTRIES } });
      entries = entries.slice(0, MAX_MAP_ENTRIES);
      copy = {};
      for (const [key, item] of entries) setOwn(copy, key, item);
    }
    for (const [key, item] of entries) {
      const next = bound(item, [...path, key]);
      if (next === item) continue;
      copy ??= Object.defineProperties({}, Object.getOwnPropertyDescriptors(value)) as Record<string, unknown>;
      setOwn(copy, key, next);
    }
    return copy ?? value;
  };
  return { data: bound(data, []) as Record<string, unknown>, issues };
}
