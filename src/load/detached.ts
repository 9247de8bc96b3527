/**
 * A copy of data taken from a file's text that does not keep that text alive. V8 makes a substring (and
 * a string joined from one) a view into its parent, and parsers hand out such substrings: an agency id
 * kept for a whole batch would hold its whole file (about 10 KB) instead of a few bytes, and so would a
 * diagnostic that quotes a value. For plain JSON data only; rare or small things, so a JSON round trip.
 */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
