/**
 * Control characters from data (an agency name, a note, a line of a file) shown as visible symbols, so that
 * text printed to a terminal cannot move the cursor, clear the screen, hide or recolour text, set the window
 * title or ring the bell: C0 controls (ESC included) as their Unicode control pictures (␛ ␇ ␍), DEL as ␡,
 * C1 controls and bidirectional overrides (which reorder what is shown) as �. Line feeds and tabs stay.
 * Applied to the data before a formatter adds its own colours, never to the finished text.
 */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * In table cells and one-line places (`inCells`) a tab or a line break becomes a space: the table measures a
 * tab as no column, the terminal as up to eight, and a line break in a name would print a line of its own.
 */
export function terminalSafe(text: string, inCells = false): string {
  return (inCells ? text.replace(/\r?\n|\t/g, " ") : text).replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}

/** Every string in plain objects and arrays made terminal-safe (a copy; other objects are kept as they are). */
export function safeStrings<T>(value: T, inCells = false): T {
  if (typeof value === "string") return terminalSafe(value, inCells) as T;
  if (Array.isArray(value)) return value.map((v) => safeStrings(v, inCells)) as T;
  if (value !== null && typeof value === "object" && isPlain(value)) {
    // fromEntries defines each key, so a "__proto__" key from data stays a key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeStrings(v, inCells)])) as T;
  }
  return value;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
