/** A problem found by a pure check, located by its JSON path; the loader turns it into file:line:col. */
export interface Issue {
  code: string;
  path: string[];
  params: Record<string, string | number>;
  severity?: "error" | "warning";
  /** Point at the key of the last path segment rather than at its value. */
  atKey?: boolean;
}
