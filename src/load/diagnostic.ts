/** A finding about a file: a stable code, a location and the parameters its message needs. */
export interface Diagnostic {
  code: string;
  severity: "error" | "warning";
  file: string;
  line?: number;
  col?: number;
  /** Characters to underline in the code frame. */
  length?: number;
  /** JSON path of the value, e.g. answers/1.2/value. */
  path?: string;
  params: Record<string, string | number>;
}

export type DiagnosticInput = Omit<Diagnostic, "file" | "severity"> & { severity?: Diagnostic["severity"] };
