/** A problem found by a pure check, located by its JSON path; the loader turns it into file:line:col. */
export interface Issue {
  code: string;
  path: string[];
  params: Record<string, string | number>;
  severity?: "error" | "warning";
  /** Point at the key of the last path segment rather than at its value. */
  atKey?: boolean;
  /** The words the finding is about, inside the text value at the path (`at`, `length` in UTF-16 units of `value`): located there, not at the text's start. */
  inText?: { value: string; at: number; length: number };
}
