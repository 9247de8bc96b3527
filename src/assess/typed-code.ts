/**
 * A code typed at a list of questions (4.23, T.1, or a group's code for its first question): the index of its
 * question among the codes listed. Letters in any case: "t.1" is T.1 (inquirer's own search matched it only while
 * typed within 0.7 s of each key, and then Enter took the question under the cursor). The code as written wins; a
 * case-blind match two codes share ("ab.1" for Ab.1 and aB.1) is "ambiguous", to be typed as written.
 */
export function typedCode(listed: readonly string[], text: string): number | "ambiguous" | undefined {
  const code = text.trim().replace(/\.$/, "");
  const folded = code.toLowerCase();
  // The question of that code, else the first one under it (a group's code): each code as the text would name it.
  const named = [(c: string) => c, (c: string) => (c[code.length] === "." ? c.slice(0, code.length) : undefined)];
  for (const as of named) {
    const found = listed.flatMap((c, i) => (as(c)?.toLowerCase() === folded ? [{ i, spelled: as(c)! }] : []));
    if (found.length === 0) continue;
    const written = found.find((f) => f.spelled === code);
    if (written) return written.i;
    return new Set(found.map((f) => f.spelled)).size === 1 ? found[0]!.i : "ambiguous";
  }
  return undefined;
}
