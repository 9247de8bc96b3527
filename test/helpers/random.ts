/** A small seeded generator (mulberry32): the same cases on every run, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text with one to three edits, each putting one of `pieces` at a random place over up to two characters. */
export function damagedText(text: string, pieces: readonly string[], random: () => number): string {
  let out = text;
  for (let edit = 0, edits = 1 + Math.floor(random() * 3); edit < edits; edit++) {
    const at = Math.floor(random() * out.length);
    const piece = pieces[Math.floor(random() * pieces.length)]!;
    const cut = Math.floor(random() * 3);
    out = out.slice(0, at) + piece + out.slice(at + cut);
  }
  return out;
}
