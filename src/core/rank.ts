/** Standard competition ranking ("1, 2, 2, 4"): equal totals share a rank; ties keep a stable order by key. */
export function competitionRanks<T>(items: T[], total: (item: T) => number, key: (item: T) => string): { item: T; rank: number }[] {
  const sorted = [...items].sort((a, b) => total(b) - total(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || total(item) !== total(sorted[i - 1]!)) rank = i + 1;
    return { item, rank };
  });
}
