/** Compact cli-table3 borders: no line between rows. */
export const COMPACT = {
  style: { head: [] as string[], border: [] as string[] },
  chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
};
