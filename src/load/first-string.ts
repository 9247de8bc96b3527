/**
 * The first text of a file's data, in the file's order, that `test` finds something in, with its path: where
 * a warning about garbled text (double-encoded, a legacy font) is placed.
 */
export function firstStringWhere<T>(value: unknown, test: (text: string) => T | undefined, path: string[] = []): { text: string; path: string[]; found: T } | undefined {
  if (typeof value === "string") {
    const found = test(value);
    return found === undefined ? undefined : { text: value, path, found };
  }
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const hit = firstStringWhere(child, test, [...path, key]);
    if (hit) return hit;
  }
  return undefined;
}
